/**
 * The other ways a provider fails, one run each, against the real server's fault modes: 429 with
 * Retry-After, an answer slower than the platform's timeout, a dropped connection. Each is a
 * provider_unavailable failure; the third in a row alerts once, and the next success recovers.
 */
import { EVENT, PROPERTY, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import type { FaultMode } from '../servers/oauth-server.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const TIMEOUT_MS = 1000

let world: World
let mailbox: Mailbox
const faultRuns = new Map<FaultMode, JobRun>()
let recoveryRun: JobRun

beforeAll(async () => {
    world = await World.start({ notifier: false, tokenRequestTimeoutMs: TIMEOUT_MS })
    mailbox = world.addAccount('faults@example.com', 'Faults mailbox')
    await world.authorize(mailbox)
    // An admin's refresh window of 600 s (refresh earlier than the floor): room for three failing runs before expiry.
    platform.properties[PROPERTY.refreshWindowSeconds.name] = '600'
    await world.advance(3050) // 550 s left: due, and still valid after the three failing runs
    const faults: [FaultMode, object][] = [
        ['rate_limited', { retryAfterSeconds: 30 }],
        ['slow', { delayMs: TIMEOUT_MS * 3 }],
        ['drop', {}],
    ]
    for (const [mode, settings] of faults) {
        await world.oauth.control.setFault(mode, { ...settings, grantType: 'refresh_token' })
        faultRuns.set(mode, await world.runJob())
        await world.advance(180)
    }
    await world.oauth.control.setFault('none')
    recoveryRun = await world.runJob()
}, 60000)

afterAll(async () => {
    await world?.stop()
})

const attemptIn = (run: JobRun | undefined) => run?.tokenRequests.find((request) => request.parameters.oauth_requestor === mailbox.sysId)

it('reads a 429 with Retry-After as the provider being unavailable', () => {
    expect(attemptIn(faultRuns.get('rate_limited'))?.reply).toMatchObject({ status: 429, headers: { 'retry-after': '30' } })
})

it('gives up on an answer slower than the timeout, and on a dropped connection', () => {
    expect(attemptIn(faultRuns.get('slow'))?.failure).toMatch(/timed out/)
    expect(attemptIn(faultRuns.get('drop'))?.failure).toMatch(/failed/)
})

it('records each as refresh_failing / provider_unavailable and alerts once, at the third failure in a row', () => {
    expect(world.runs.slice(0, 3).map((run) => run.events.map((event) => event.name))).toEqual([[], [], [EVENT.refreshFailing]])
    expect(world.events(mailbox)[0].parm2).toBe('provider_unavailable')
})

it('recovers on the next run, and the new access token logs in', async () => {
    expect(attemptIn(recoveryRun)?.reply?.status).toBe(200)
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok })
    expect(world.events(mailbox).map((event) => event.name)).toEqual([EVENT.refreshFailing, EVENT.recovered])
    expect(await world.imapLogin(mailbox)).toBe('logged_in')
})
