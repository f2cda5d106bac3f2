/**
 * Scenario: fan-out on the refresh queue. More accounts are due than one run may refresh (a cap of
 * 5 per run and per worker), so the built job hands the rest to the event queue x_mail_oauth.refresh
 * in batches, and the queue's workers run the built Script Action on them. With strict refresh-token
 * rotation a second refresh of one account would fail and revoke its grant, so a double refresh shows.
 */
import { PROPERTY, REFRESH_BATCH_EVENT, REFRESH_QUEUE, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const ACCOUNTS = 12

let world: World
let mailboxes: Mailbox[]
let dueRun: JobRun
let batchesProcessed = 0
let nextRun: JobRun

beforeAll(async () => {
    world = await World.start({ rotateRefreshToken: true, notifier: false })
    platform.properties[PROPERTY.maxRefreshesPerRun.name] = '5'
    mailboxes = await world.addAuthorizedAccounts(Array.from({ length: ACCOUNTS }, (_, index) => `worker-${index + 1}@example.com`))
    await world.runJob()
    await world.advance(3400)
    dueRun = await world.runJob()
    batchesProcessed = world.runner.runQueueWorkers(REFRESH_QUEUE)
    await world.advance(180)
    nextRun = await world.runJob()
}, 60000)

afterAll(async () => {
    await world?.stop()
})

it('hands what the run may not refresh itself to the refresh queue, in batches a worker can make', () => {
    expect(dueRun.tokenRequests).toHaveLength(5)
    const batches = dueRun.events.filter((event) => event.name === REFRESH_BATCH_EVENT)
    expect(batches.map((event) => event.queue)).toEqual([REFRESH_QUEUE, REFRESH_QUEUE])
    expect(batches.map((event) => event.parm1.split(',').length)).toEqual([5, 2])
    expect(batchesProcessed).toBe(2)
})

it('refreshes every account exactly once across the run and its workers, each refresh a success', async () => {
    for (const mailbox of mailboxes) expect(world.tokenRequests(mailbox).map((request) => request.reply?.status)).toEqual([200])
    expect(nextRun.tokenRequests).toEqual([])
    const refreshes = (await world.oauth.control.stats()).requests.filter((request) => request.grantType === 'refresh_token')
    expect(refreshes).toHaveLength(ACCOUNTS)
})

it('leaves every account ok, and its new token logs in', async () => {
    for (const mailbox of mailboxes) expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok })
    expect(await world.imapLogin(mailboxes[ACCOUNTS - 1])).toBe('logged_in')
})
