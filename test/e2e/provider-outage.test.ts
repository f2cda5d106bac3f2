/**
 * Scenario 2: the provider's token endpoint answers 503 (with Retry-After) for an hour, during
 * which the account's access token reaches its refresh window and expires; then it is back.
 * An admin's refresh window of 1,800 s gives the job half an hour of failing attempts while the
 * token still works: the time in which backoff (src/token-keeper/backoff.ts) spaces them.
 */
import { EVENT, PROPERTY, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import type { ImapLoginOutcome } from './runner/imap-login.ts'
import { RUN_INTERVAL_SECONDS, World, type JobRun, type Mailbox } from './world.ts'

const REFRESH_WINDOW_SECONDS = 1800
const RUNS_BEFORE = 5 // 15 minutes: the token (3,600 s) is not yet in its 1,800 s window
const RUNS_DOWN = 20 // an hour: the token enters its window at 1,800 s and expires at 3,600 s
const RUNS_AFTER = 20 // an hour

let world: World
let mailbox: Mailbox
let authorizedAt: number
const statusDuringOutage: string[] = []
const failuresDuringOutage: number[] = []
const secondsLeftAfterBack: number[] = []
let loginWhileExpired: ImapLoginOutcome
let outageRuns: JobRun[]
let backRuns: JobRun[]

beforeAll(async () => {
    world = await World.start()
    platform.properties[PROPERTY.refreshWindowSeconds.name] = String(REFRESH_WINDOW_SECONDS)
    mailbox = world.addAccount('outage@example.com', 'Outage mailbox')
    authorizedAt = platform.clock.now()
    await world.authorize(mailbox)
    await world.runEvery(RUNS_BEFORE)

    await world.oauth.control.setFault('unavailable', { retryAfterSeconds: 120, grantType: 'refresh_token' })
    outageRuns = await world.runEvery(RUNS_DOWN, async () => {
        statusDuringOutage.push(String(world.health(mailbox)?.status))
        failuresDuringOutage.push(Number(world.health(mailbox)?.consecutive_failures ?? 0))
        if (loginWhileExpired === undefined && world.accessSecondsLeft(mailbox) <= 0) loginWhileExpired = await world.imapLogin(mailbox)
    })

    await world.oauth.control.setFault('none')
    backRuns = await world.runEvery(RUNS_AFTER, () => {
        secondsLeftAfterBack.push(world.accessSecondsLeft(mailbox))
    })
}, 60000)

afterAll(async () => {
    await world?.stop()
})

it('marks the account refresh_failing while the provider is down, and the expired token fails at the IMAP server', () => {
    expect(statusDuringOutage).toContain(STATUS.refreshFailing)
    expect(statusDuringOutage[statusDuringOutage.length - 1]).toBe(STATUS.refreshFailing)
    expect(loginWhileExpired).toBe('rejected')
})

it('backs off while the token still works (gaps growing by the backoff schedule), retries every run once it has expired; each attempt got its 503', async () => {
    const attemptRuns = outageRuns.filter((run) => run.tokenRequests.some((request) => request.parameters.oauth_requestor === mailbox.sysId))
    const attemptsAt = attemptRuns.map((run) => (run.at - authorizedAt) / 1000)
    // Seconds after authorization, runs every 180 s from 0; the token expires at 3,600. backoff.ts:
    // after the n-th failure in a row wait 60 * 2^(n-1) s (capped at 1,800), at the next run from then,
    // but no later than one run before expiry (3,420); once expired, the next run (the app sees no
    // Retry-After: the platform gives scripts no response headers).
    //   1,800 enters the window, fails (1)  -> +60 s    -> run 1,980
    //   1,980 fails (2)                      -> +120 s   -> run 2,160
    //   2,160 fails (3)                      -> +240 s   -> run 2,520 (2,340 is skipped)
    //   2,520 fails (4)                      -> +480 s   -> run 3,060 (2,700 and 2,880 are skipped)
    //   3,060 fails (5)                      -> +960 s, pulled forward to 3,420, one run before expiry
    //   3,420 fails (6)                      -> 3,420 again: the next run, 3,600, when it has expired
    //   3,600, 3,780, ... every run while expired
    const expected = [1800, 1980, 2160, 2520, 3060, 3420, 3600, 3780, 3960, 4140, 4320]
    expect(attemptsAt).toEqual(expected)
    const gapsWhileValid = attemptsAt.slice(0, 5).map((at, index) => (index === 0 ? 0 : at - attemptsAt[index - 1])).slice(1)
    expect(gapsWhileValid).toEqual([180, 180, 360, 540])
    expect(RUN_INTERVAL_SECONDS).toBe(180)
    // One request per attempt run, each answered 503 and nothing stored; the health row counts them.
    const attempts = attemptRuns.flatMap((run) => run.tokenRequests).filter((request) => request.parameters.oauth_requestor === mailbox.sysId)
    expect(attempts).toHaveLength(expected.length)
    expect(attempts.every((request) => request.reply?.status === 503 && !request.stored)).toBe(true)
    expect(Math.max(...failuresDuringOutage)).toBe(expected.length)
})

it('queues one refresh_failing event for the whole outage, then one recovered event', () => {
    expect(world.events(mailbox).map((event) => event.name)).toEqual([EVENT.refreshFailing, EVENT.recovered])
    expect(world.events(mailbox)[0].parm2).toBe('provider_unavailable')
})

it('has no expired access token once the provider is back, and the new token logs in', async () => {
    expect(secondsLeftAfterBack.filter((seconds) => seconds <= 0)).toEqual([])
    expect(backRuns[0].tokenRequests.some((request) => request.parameters.oauth_requestor === mailbox.sysId && request.reply?.status === 200)).toBe(true)
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok })
    expect(await world.imapLogin(mailbox)).toBe('logged_in')
})
