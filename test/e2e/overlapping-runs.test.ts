/**
 * Scenario 6: two runs overlap (a slow provider, a node restart): while the first run's first token
 * request is in flight, a second run starts and completes. With strict refresh-token rotation a
 * second refresh with the same token would fail and revoke the grant, so a double refresh shows.
 */
import { STATUS } from '../../src/common/app.ts'
import { World, type Mailbox } from './world.ts'

const ACCOUNTS = 6

let world: World
let mailboxes: Mailbox[]
let overlapped = false

beforeAll(async () => {
    world = await World.start({ rotateRefreshToken: true, notifier: false })
    mailboxes = await world.addAuthorizedAccounts(Array.from({ length: ACCOUNTS }, (_, index) => `overlap-${index + 1}@example.com`))
    // An ordinary run first, with every token fresh: the accounts have their health rows, as on any day but the first.
    await world.runJob()
    await world.advance(3400) // 200 s left: due at this run (the floor is the next run's latest start + 60 s)
    // The second run starts inside the first run's first token request, before its answer arrives.
    world.transport.onRequest = () => {
        if (overlapped) return
        overlapped = true
        world.runner.runRefreshJob()
    }
    await world.runJob()
    world.transport.onRequest = undefined
}, 60000)

afterAll(async () => {
    await world?.stop()
})

it('really overlapped the two runs', () => {
    expect(overlapped).toBe(true)
})

it('refreshes each account once across both runs, and every refresh succeeds', async () => {
    for (const mailbox of mailboxes) {
        expect(world.tokenRequests(mailbox).map((request) => request.reply?.status)).toEqual([200])
    }
    const refreshes = (await world.oauth.control.stats()).requests.filter((request) => request.grantType === 'refresh_token')
    expect(refreshes).toHaveLength(ACCOUNTS)
    expect(refreshes.every((request) => request.status === 200)).toBe(true)
})

it('leaves every account ok, one health row each, and its current token logs in', async () => {
    for (const mailbox of mailboxes) expect(world.health(mailbox)?.status).toBe(STATUS.ok)
    const outcomes = await Promise.all(mailboxes.map((mailbox) => world.imapLogin(mailbox)))
    expect(outcomes).toEqual(mailboxes.map(() => 'logged_in'))
})
