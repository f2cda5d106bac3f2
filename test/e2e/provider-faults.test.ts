/**
 * The other ways a provider fails, one run each, against the real server's fault modes: 429 with a
 * retry hint in its body, 503 with only a Retry-After header, an answer slower than the platform's
 * timeout, a dropped connection. What is checked is what the APP does with each: the failure it
 * records (code, status, count) on the account's health row and when it will try again; the third
 * failure in a row alerts once, and the next success recovers.
 *
 * Retry hints: a script on the instance sees no response header (GlideOAuthClientResponse offers
 * getBody, getContentType, getErrorMessage, getResponseCode, getResponseParameters, getToken), so
 * the app reads a hint only from the body's fields (getResponseParameters: `retry_after`); a
 * Retry-After header alone leaves the app's own backoff (src/token-keeper/backoff.ts) in charge.
 */
import { EVENT, PROPERTY, STATUS } from '../../src/common/app.ts'
import { parseGlideDateTime, platform, type Row } from '../stand-ins/platform.ts'
import type { FaultMode, FaultSettings } from '../servers/oauth-server.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const TIMEOUT_MS = 1000
/** An admin's refresh window (refresh earlier than the floor): room for four failing runs before expiry. */
const REFRESH_WINDOW_SECONDS = 1200
/** Access token left when the first fault is met; a retry is due one run (180 s) before expiry at the latest. */
const SECONDS_LEFT = 1150
const RETRY_HINT_SECONDS = 300

interface FaultRun {
    mode: FaultMode
    settings: Omit<FaultSettings, 'mode'>
    /** Seconds to the next run after this one: when the app said it would try again. */
    thenAdvance: number
    run?: JobRun
    health?: Row
}

let world: World
let mailbox: Mailbox
let expiresAt: number
// Seconds from the first fault: 0, 300, 420, 660; the recovery at 970 (= 1,150 - 180).
const faults: FaultRun[] = [
    { mode: 'rate_limited', settings: { retryAfterSeconds: RETRY_HINT_SECONDS, retryAfterInBody: true }, thenAdvance: 300 },
    { mode: 'unavailable', settings: { retryAfterSeconds: 600 }, thenAdvance: 120 },
    { mode: 'slow', settings: { delayMs: TIMEOUT_MS * 3 }, thenAdvance: 240 },
    { mode: 'drop', settings: {}, thenAdvance: 310 },
]
let recoveryRun: JobRun

beforeAll(async () => {
    world = await World.start({ notifier: false, tokenRequestTimeoutMs: TIMEOUT_MS })
    mailbox = world.addAccount('faults@example.com', 'Faults mailbox')
    await world.authorize(mailbox)
    platform.properties[PROPERTY.refreshWindowSeconds.name] = String(REFRESH_WINDOW_SECONDS)
    await world.advance(3600 - SECONDS_LEFT)
    expiresAt = world.token(mailbox)?.accessExpiresAt ?? 0
    for (const fault of faults) {
        await world.oauth.control.setFault(fault.mode, { ...fault.settings, grantType: 'refresh_token' })
        fault.run = await world.runJob()
        fault.health = { ...world.health(mailbox) }
        await world.advance(fault.thenAdvance)
    }
    await world.oauth.control.setFault('none')
    recoveryRun = await world.runJob()
}, 60000)

afterAll(async () => {
    await world?.stop()
})

const attemptIn = (run: JobRun | undefined) => run?.tokenRequests.find((request) => request.parameters.oauth_requestor === mailbox.sysId)
/** Seconds from the run to the health row's next_attempt. */
const retryInSeconds = (fault: FaultRun) => (parseGlideDateTime(String(fault.health?.next_attempt)) - (fault.run?.at ?? 0)) / 1000

it('meets each fault for real: 429 and 503 answers, a timeout, a dropped connection', () => {
    expect(faults.map((fault) => attemptIn(fault.run)?.reply?.status ?? attemptIn(fault.run)?.failure)).toEqual([429, 503, expect.stringMatching(/timed out/), expect.stringMatching(/failed/)])
})

it('records every fault on the health row as refresh_failing / provider_unavailable, counting the failures in a row', () => {
    expect(faults.map((fault) => fault.health)).toEqual(
        faults.map((_fault, index) =>
            expect.objectContaining({ status: STATUS.refreshFailing, last_error_code: 'provider_unavailable', consecutive_failures: index + 1 }),
        ),
    )
})

it('honours a retry_after field in the body (the hint the platform hands a script), not a Retry-After header alone', () => {
    // First failure: own backoff would retry in 60 s; the body's hint says 300.
    expect(retryInSeconds(faults[0])).toBe(RETRY_HINT_SECONDS)
    // Second failure: the header asks for 600 s, the app cannot see it: its own backoff, 120 s.
    expect(attemptIn(faults[1].run)?.reply?.body).not.toMatch(/retry_after/)
    expect(retryInSeconds(faults[1])).toBe(120)
    // Third and fourth: 240 s, then 480 s pulled forward to one run (180 s) before the token expires.
    expect(retryInSeconds(faults[2])).toBe(240)
    expect(parseGlideDateTime(String(faults[3].health?.next_attempt))).toBe(expiresAt - 180 * 1000)
})

it('alerts once, at the third failure in a row, naming provider_unavailable', () => {
    expect(faults.map((fault) => fault.run?.events.map((event) => event.name))).toEqual([[], [], [EVENT.refreshFailing], []])
    expect(world.events(mailbox)[0].parm2).toBe('provider_unavailable')
})

it('recovers at the retry time, and the new access token logs in', async () => {
    expect(attemptIn(recoveryRun)?.reply?.status).toBe(200)
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok, consecutive_failures: 0 })
    expect(world.events(mailbox).map((event) => event.name)).toEqual([EVENT.refreshFailing, EVENT.recovered])
    expect(await world.imapLogin(mailbox)).toBe('logged_in')
})
