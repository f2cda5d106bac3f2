/**
 * Scenario 1: a simulated day of runs every 3 minutes with three accounts — one freshly authorized,
 * one whose access token is already due for refresh, one never authorized — plus the
 * outbound account notifications go through. Entra-like provider: refresh tokens are not rotated.
 */
import { EVENT, STATUS } from '../../src/common/app.ts'
import { RUN_INTERVAL_SECONDS, World, type Mailbox } from './world.ts'

const RUNS_PER_DAY = (24 * 3600) / RUN_INTERVAL_SECONDS
/**
 * Each mailbox logs in after every refresh with its new token; every 40 runs (two hours) each IMAP
 * mailbox also logs in with the token it holds, refreshed or not. At every run the platform's copy
 * of each access token is checked unexpired on the clock the provider shares.
 */
const LOGIN_SAMPLE_EVERY_RUNS = 40

let world: World
let fresh: Mailbox
let insideWindow: Mailbox
let neverAuthorized: Mailbox
let authorized: Mailbox[]
const failedLogins: string[] = []
const expiredAtARun: string[] = []
let firstAccessTokenOfFresh: string

beforeAll(async () => {
    world = await World.start({ rotateRefreshToken: false })
    insideWindow = world.addAccount('inside-window@example.com', 'Inside the window')
    await world.authorize(insideWindow)
    // 200 s of its access token left when the day starts: under the floor (the next run's latest start + 60 s), so due now.
    await world.advance(3400)
    fresh = world.addAccount('fresh@example.com', 'Freshly authorized')
    firstAccessTokenOfFresh = (await world.authorize(fresh)).accessToken ?? ''
    neverAuthorized = world.addAccount('never@example.com', 'Never authorized')
    authorized = [fresh, insideWindow, ...(world.notifier ? [world.notifier] : [])]

    await world.runEvery(RUNS_PER_DAY, async (run, index) => {
        for (const mailbox of authorized) {
            if (world.accessSecondsLeft(mailbox) <= 0) expiredAtARun.push(`${new Date(run.at).toISOString()} ${mailbox.login}`)
        }
        failedLogins.push(...(await world.loginsAfterRun(run, authorized, index % LOGIN_SAMPLE_EVERY_RUNS === 0)))
    })
}, 120000)

afterAll(async () => {
    await world?.stop()
})

it('keeps every authorized mailbox able to log in all day: no failed login, no expired access token at any run', async () => {
    expect(world.runs).toHaveLength(RUNS_PER_DAY)
    expect(failedLogins).toEqual([])
    expect(expiredAtARun).toEqual([])
    expect(await world.imapLogin(fresh)).toBe('logged_in')
    expect(await world.imapLogin(insideWindow)).toBe('logged_in')
})

it('refreshes near expiry only: about 26 token requests per mailbox-day, never one per run', () => {
    for (const mailbox of authorized) {
        const requests = world.tokenRequests(mailbox)
        expect(requests.length).toBeGreaterThanOrEqual(24)
        expect(requests.length).toBeLessThanOrEqual(30)
        expect(requests.every((request) => request.reply?.status === 200 && request.stored)).toBe(true)
    }
    // The mailbox inside the window is refreshed on the very first run, the fresh one is not.
    const firstRunRequesters = world.runs[0].tokenRequests.map((request) => request.parameters.oauth_requestor)
    expect(firstRunRequesters).toContain(insideWindow.sysId)
    expect(firstRunRequesters).not.toContain(fresh.sysId)
    expect(world.tokenRequests(neverAuthorized)).toEqual([])
})

it('sent every one of those token requests to the real provider, each answered with a new token', async () => {
    const stats = await world.oauth.control.stats()
    const refreshes = stats.requests.filter((request) => request.grantType === 'refresh_token')
    const sent = authorized.reduce((total, mailbox) => total + world.tokenRequests(mailbox).length, 0)
    expect(refreshes).toHaveLength(sent)
    expect(refreshes.every((request) => request.status === 200)).toBe(true)
})

it('records one health row per account: ok for the authorized ones, needs_authorization for the other', () => {
    expect(world.health(fresh)).toMatchObject({ status: STATUS.ok })
    expect(world.health(insideWindow)).toMatchObject({ status: STATUS.ok })
    expect(world.health(neverAuthorized)).toMatchObject({ status: STATUS.needsAuthorization, last_error_code: 'not_authorized' })
})

it('queues one needs_authorization event for the never-authorized account all day, and none for the others', () => {
    expect(world.events(neverAuthorized).map((event) => [event.name, event.parm2])).toEqual([[EVENT.needsAuthorization, 'not_authorized']])
    expect(world.events(fresh)).toEqual([])
    expect(world.events(insideWindow)).toEqual([])
})

it('lets a day-old access token fail at the IMAP server: it has expired at the provider too', async () => {
    expect(await world.imapLogin(fresh, firstAccessTokenOfFresh)).toBe('rejected')
})
