/**
 * Issue 16 point 9: a token request that outlasts the lease sized from the property alone. The
 * provider takes 100 s to answer (longer than x_mail_oauth.token_request_timeout_seconds 60 s + 30 s),
 * and a second run starts while the first run's request is still in flight. With strict refresh-token
 * rotation a second request with the same refresh token revokes the grant, so a double request shows.
 * Once an earlier run has recorded a 95-s request (every run records its slowest), every run's lease
 * outlasts twice that and the second run does not send. The control world, with no such record,
 * shows the double request the widened lease prevents.
 */
import { STATUS } from '../../src/common/app.ts'
import { instantValue } from '../../src/token-keeper/health-store.ts'
import { RUN_TABLE } from '../../src/token-keeper/run-history.ts'
import { platform } from '../stand-ins/platform.ts'
import { World, type Mailbox } from './world.ts'

const PROVIDER_SECONDS = 100

async function overlapBehindSlowRequest(slowestSeenMs: number | null): Promise<{ world: World; mailbox: Mailbox; overlapped: boolean }> {
    const world = await World.start({ rotateRefreshToken: true, notifier: false })
    const [mailbox] = await world.addAuthorizedAccounts(['slow@example.com'])
    await world.runJob()
    if (slowestSeenMs !== null) {
        platform.db.insert(RUN_TABLE, { started: instantValue(platform.clock.now()), requests: 1, request_ms: slowestSeenMs, slowest_request_ms: slowestSeenMs })
    }
    await world.advance(3400) // 200 s left: due at this run
    let overlapped = false
    world.transport.onRequest = () => {
        if (overlapped) return
        overlapped = true
        // The provider is still answering the first run's request when the next run starts, 100 s later.
        platform.clock.advanceSeconds(PROVIDER_SECONDS)
        world.runner.runRefreshJob()
    }
    await world.runJob()
    world.transport.onRequest = undefined
    await world.oauth.control.advanceClock(PROVIDER_SECONDS) // one clock again
    return { world, mailbox, overlapped }
}

describe('after a 95-s token request was seen', () => {
    let run: Awaited<ReturnType<typeof overlapBehindSlowRequest>>

    beforeAll(async () => {
        run = await overlapBehindSlowRequest(95000)
    }, 60000)

    afterAll(async () => {
        await run?.world.stop()
    })

    it('really started the second run while the first request was in flight, past the property-sized lease', () => {
        expect(run.overlapped).toBe(true)
    })

    it('sends one token request, not two, and the account stays ok with a token that logs in', async () => {
        expect(run.world.tokenRequests(run.mailbox).map((request) => request.reply?.status)).toEqual([200])
        expect(run.world.health(run.mailbox)?.status).toBe(STATUS.ok)
        await expect(run.world.imapLogin(run.mailbox)).resolves.toBe('logged_in')
    })
})

describe('control: with no slow request on record', () => {
    let run: Awaited<ReturnType<typeof overlapBehindSlowRequest>>

    beforeAll(async () => {
        run = await overlapBehindSlowRequest(null)
    }, 60000)

    afterAll(async () => {
        await run?.world.stop()
    })

    it('the property-sized lease has run out and the second run sends a second request with the same refresh token', () => {
        expect(run.overlapped).toBe(true)
        expect(run.world.tokenRequests(run.mailbox).length).toBe(2)
    })
})
