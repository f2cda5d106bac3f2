/**
 * Scenario 1: a simulated day of runs every 3 minutes with three accounts — one freshly authorized,
 * one whose access token is already due for refresh, one never authorized — plus the
 * outbound account notifications go through. Entra-like provider: refresh tokens are not rotated.
 */
import { EVENT, STATUS } from '../../src/common/app.ts'
import { floorRequests, TARGETS } from '../bench/simulation.ts'
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
/** Refreshed tokens whose expiry on the platform differs from the `exp` the OAuth server gave them. */
const clockDisagreements: string[] = []
/** Each authorized mailbox's access token expiry when the day starts. */
const firstExpiries = new Map<string, number>()
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
    for (const mailbox of authorized) firstExpiries.set(mailbox.sysId, world.token(mailbox)?.accessExpiresAt ?? 0)

    await world.runEvery(RUNS_PER_DAY, async (run, index) => {
        for (const mailbox of authorized) {
            if (world.accessSecondsLeft(mailbox) <= 0) expiredAtARun.push(`${new Date(run.at).toISOString()} ${mailbox.login}`)
            if (!run.tokenRequests.some((request) => request.parameters.oauth_requestor === mailbox.sysId)) continue
            const atProvider = await world.providerExpiresAt(mailbox)
            const onPlatform = world.token(mailbox)?.accessExpiresAt
            if (atProvider !== onPlatform) clockDisagreements.push(`${new Date(run.at).toISOString()} ${mailbox.login}: provider ${atProvider}, platform ${onPlatform}`)
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

it('refreshes near expiry only: at most 26 token requests per mailbox-day (the benchmark target), and no fewer than the floor for these runs', () => {
    const runStarts = world.runs.map((run) => run.at)
    const counts = authorized.map((mailbox) => ({ mailbox: mailbox.login, requests: world.tokenRequests(mailbox).length }))
    // The floor: refreshing at the last run before one that would find the token expired, knowing every run in advance.
    const floors = authorized.map((mailbox) => floorRequests(runStarts, firstExpiries.get(mailbox.sysId) ?? 0))
    expect(floors.every((floor) => floor >= 23)).toBe(true)
    counts.forEach(({ requests }, index) => {
        expect(requests).toBeLessThanOrEqual(TARGETS.maxRequestsPerAccountDay)
        expect(requests).toBeGreaterThanOrEqual(floors[index])
    })
    for (const mailbox of authorized) expect(world.tokenRequests(mailbox).every((request) => request.reply?.status === 200 && request.stored)).toBe(true)
    // The mailbox inside the window is refreshed on the very first run, the fresh one is not.
    const firstRunRequesters = world.runs[0].tokenRequests.map((request) => request.parameters.oauth_requestor)
    expect(firstRunRequesters).toContain(insideWindow.sysId)
    expect(firstRunRequesters).not.toContain(fresh.sysId)
    expect(world.tokenRequests(neverAuthorized)).toEqual([])
})

it('keeps one clock: every refreshed token expires on the platform exactly when the OAuth server says it does', () => {
    expect(authorized.reduce((total, mailbox) => total + world.tokenRequests(mailbox).length, 0)).toBeGreaterThan(0)
    expect(clockDisagreements).toEqual([])
})

it('refreshes each mailbox with its own refresh token at the real provider, and keeps the token the provider answered', async () => {
    const refreshes = (await world.oauth.control.stats()).requests.filter((request) => request.grantType === 'refresh_token')
    for (const mailbox of authorized) {
        const requests = world.tokenRequests(mailbox)
        // The provider attributes each refresh to the mailbox whose refresh token it carried.
        expect(refreshes.filter((request) => request.login === mailbox.login).map((request) => request.status)).toEqual(requests.map(() => 200))
        const lastAnswer = JSON.parse(requests[requests.length - 1].reply?.body ?? '{}') as { access_token?: string }
        expect(world.token(mailbox)?.accessToken).toBe(lastAnswer.access_token)
    }
    expect(refreshes.filter((request) => !authorized.some((mailbox) => mailbox.login === request.login))).toEqual([])
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

it('has replaced the first access token, whose expiry the platform and the provider agree has passed', async () => {
    expect(world.token(fresh)?.accessToken).not.toBe(firstAccessTokenOfFresh)
    expect(await world.imapLogin(fresh, firstAccessTokenOfFresh)).toBe('rejected')
})
