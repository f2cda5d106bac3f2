/**
 * Scenario 2: the provider's token endpoint answers 503 (with Retry-After) for an hour, during
 * which the account's access token reaches its refresh window and expires; then it is back.
 */
import { EVENT, STATUS } from '../../src/common/app.ts'
import type { ImapLoginOutcome } from './runner/imap-login.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const RUNS_BEFORE = 15 // 45 minutes: the token (3,600 s) is not yet in its 600 s window
const RUNS_DOWN = 20 // an hour
const RUNS_AFTER = 20 // an hour

let world: World
let mailbox: Mailbox
const statusDuringOutage: string[] = []
const secondsLeftAfterBack: number[] = []
let loginWhileExpired: ImapLoginOutcome
let outageRuns: JobRun[]
let backRuns: JobRun[]

beforeAll(async () => {
    world = await World.start()
    mailbox = world.addAccount('outage@example.com', 'Outage mailbox')
    await world.authorize(mailbox)
    await world.runEvery(RUNS_BEFORE)

    await world.oauth.control.setFault('unavailable', { retryAfterSeconds: 120, grantType: 'refresh_token' })
    outageRuns = await world.runEvery(RUNS_DOWN, async () => {
        statusDuringOutage.push(String(world.health(mailbox)?.status))
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

it('retries with backoff during the outage: every attempt reached the provider and got its 503', async () => {
    const attempts = outageRuns.flatMap((run) => run.tokenRequests).filter((request) => request.parameters.oauth_requestor === mailbox.sysId)
    expect(attempts.length).toBeGreaterThanOrEqual(3)
    expect(attempts.length).toBeLessThanOrEqual(RUNS_DOWN)
    expect(attempts.every((request) => request.reply?.status === 503 && !request.stored)).toBe(true)
    const faulted = (await world.oauth.control.stats()).requests.filter((request) => request.fault === 'unavailable')
    expect(faulted.length).toBeGreaterThanOrEqual(attempts.length)
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
