/**
 * Scenario 5: 200 OAuth accounts, 10 of them due. The run makes exactly 10 token requests, and its
 * GlideRecord queries are the same as with 20 accounts: they do not grow with the number of accounts.
 */
import { STATUS } from '../../src/common/app.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const logins = (group: string, count: number) => Array.from({ length: count }, (_, index) => `${group}-${index + 1}@example.com`)

let world: World
let dueFirst: Mailbox[]
let dueSecond: Mailbox[]
let others: Mailbox[]
let runWith20: JobRun
let runWith200: JobRun
let providerRequestsIn200Run: number

/*
 * Timeline (access tokens live 3,600 s; after the long gaps between these runs the job takes the
 * next run to start up to 360 s late, so 400 s left is due). Each measured run is preceded by a
 * run with every token fresh, so both measured runs find a health row for every account (the
 * first sight of an account inserts its row without reading it) and differ only in the number of accounts.
 *   t=0     authorize dueFirst (10)
 *   t=1800  authorize dueSecond (10); a run, all fresh
 *   t=3200  run with 20 accounts: dueFirst has 400 s left (due), dueSecond 2,000 s (fresh)
 *           then add and authorize 180 more accounts; a run, all fresh
 *   t=5000  run with 200 accounts: dueSecond has 400 s left (due), dueFirst (refreshed at 3200)
 *           2,000 s, the 180 others 1,800 s (fresh)
 */
beforeAll(async () => {
    world = await World.start({ notifier: false })
    dueFirst = await world.addAuthorizedAccounts(logins('first', 10))
    await world.advance(1800)
    dueSecond = await world.addAuthorizedAccounts(logins('second', 10))
    await world.runJob()
    await world.advance(1400)
    runWith20 = await world.runJob()

    others = await world.addAuthorizedAccounts(logins('other', 180))
    await world.runJob()
    await world.advance(1800)
    await world.oauth.control.resetStats()
    runWith200 = await world.runJob()
    providerRequestsIn200Run = (await world.oauth.control.stats()).total
}, 90000)

afterAll(async () => {
    await world?.stop()
})

it('makes exactly 10 token requests in the run with 200 accounts: the 10 that are due', () => {
    expect(world.runs).toHaveLength(4)
    expect(runWith200.tokenRequests).toHaveLength(10)
    expect(new Set(runWith200.tokenRequests.map((request) => request.parameters.oauth_requestor))).toEqual(new Set(dueSecond.map((mailbox) => mailbox.sysId)))
    expect(runWith200.tokenRequests.every((request) => request.reply?.status === 200 && request.stored)).toBe(true)
    expect(providerRequestsIn200Run).toBe(10)
})

it('reads accounts and health rows in as many queries with 200 accounts as with 20', () => {
    expect(runWith20.tokenRequests).toHaveLength(10)
    expect(runWith200.queries).toBe(runWith20.queries)
})

it('keeps all 200 accounts ok, one health row each, and the 10 refreshed mailboxes log in with their new tokens', async () => {
    for (const mailbox of [...dueFirst, ...dueSecond, ...others]) expect(world.health(mailbox)?.status).toBe(STATUS.ok)
    expect(await world.loginsAfterRun(runWith200, dueSecond)).toEqual([])
})
