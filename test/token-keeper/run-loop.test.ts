import { EVENT, HEALTH_TABLE, PROPERTY, REFRESH_BATCH_EVENT, REFRESH_QUEUE, STATUS } from '../../src/common/app.ts'
import { refreshAccounts, runRefreshBatch } from '../../src/token-keeper/job.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { gs } from '../stand-ins/glide.ts'
import { formatGlideDateTime, platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES, TRANSPORT_FAILURES } from '../stand-ins/provider-bodies.ts'
import { GlideOAuthClient } from '../stand-ins/sn-auth.ts'
import { eventNames, healthOf, healthRows, nextRun, refreshRequestsFor, runJob, setProperties } from './helpers.ts'

beforeEach(() => {
    platform.reset()
    jest.restoreAllMocks()
    setProperties()
})

/** Every token request takes `ms` on the platform clock; `hangsFor` names token URLs that time out instead. */
function providerLatency(ms: number, hanging: (tokenUrl: string) => boolean = () => false): void {
    const answer = platform.oauth.transport
    platform.oauth.transport = (call) => {
        if (hanging(call.url)) {
            platform.clock.advanceSeconds(60)
            throw new Error(TRANSPORT_FAILURES.readTimeout)
        }
        platform.clock.advance(ms)
        return answer(call)
    }
}

describe('a run keeps to its time budget', () => {
    it('sends one request to a hanging provider, not one per account, and still refreshes the other provider', () => {
        const hanging = seedProvider({ name: 'Hanging provider', tokenUrl: 'https://hanging.example.com/token' })
        const healthy = seedProvider({ name: 'Healthy provider', clientId: 'healthy-client', tokenUrl: 'https://healthy.example.com/token' })
        const stuck = Array.from({ length: 20 }, () => seedEmailAccount(hanging.profileId))
        const fine = Array.from({ length: 5 }, () => seedEmailAccount(healthy.profileId))
        providerLatency(300, (url) => url.includes('hanging'))
        platform.clock.advanceSeconds(3600 - 200)
        const started = platform.clock.now()
        const summary = runJob()
        expect(platform.clock.now() - started).toBeLessThanOrEqual(100000)
        expect(platform.oauth.requests.filter((r) => r.parameters.oauth_provider_profile === hanging.profileId).length).toBe(1)
        expect(fine.map((id) => healthOf(id).status)).toEqual(fine.map(() => STATUS.ok))
        expect(summary).toMatchObject({ refreshed: 5, failed: 1, atRisk: 19 })
        // Every account of the hanging provider says it is not OK; one capacity alert names the provider.
        expect(stuck.map((id) => healthOf(id).status).filter((s) => s === STATUS.ok)).toEqual([])
        expect(platform.events.filter((e) => e.name === EVENT.capacity)).toHaveLength(1)
        const atRiskRow = healthRows().find((r) => r.status === STATUS.atRisk)!
        expect(String(atRiskRow.last_error)).toMatch(/one token request to 'Hanging provider' took 60 s in this run, so no further request to it fit in x_mail_oauth\.run_budget_seconds \(100 s\)/)
    })

    it('never lets every run of a day with a hanging provider run past its budget, and alerts each expired account once', () => {
        const hanging = seedProvider({ name: 'Hanging provider', tokenUrl: 'https://hanging.example.com/token' })
        const stuck = Array.from({ length: 10 }, () => seedEmailAccount(hanging.profileId))
        providerLatency(300, () => true)
        /** Statuses of the account-runs that ended with an expired token: there must be some, and none ok. */
        const expiredStatuses: string[] = []
        for (let run = 0; run < 40; run++) {
            const started = platform.clock.now()
            runJob()
            expect(platform.clock.now() - started).toBeLessThanOrEqual(100000)
            for (const id of stuck) {
                const token = platform.oauth.token(id, hanging.profileId)!
                if (token.accessExpiresAt! <= platform.clock.now()) expiredStatuses.push(String(healthOf(id).status))
            }
            platform.clock.set(started + 180000)
        }
        expect(expiredStatuses.length).toBeGreaterThan(0)
        expect(expiredStatuses.filter((status) => status === STATUS.ok)).toEqual([])
        const alerts = platform.events.filter((e) => e.name !== EVENT.capacity && e.name !== REFRESH_BATCH_EVENT).map((e) => e.parm1)
        expect(alerts.length).toBeGreaterThan(0)
        expect(new Set(alerts).size).toBe(alerts.length)
        expect(platform.events.filter((e) => e.name === EVENT.capacity)).toHaveLength(1)
    })

    it('holds an account for the longest request the platform can make, so an overlapping run never refreshes it too', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.clock.advanceSeconds(3500)
        let nested: ReturnType<typeof refreshAccounts> = null
        platform.oauth.provider.respondNext((call) => {
            platform.clock.advanceSeconds(59) // a request near the platform's timeout; the next run starts meanwhile
            nested = refreshAccounts()
            return platform.oauth.provider.handle(call)
        })
        runJob()
        expect(refreshRequestsFor(accountId)).toBe(1)
        expect(nested).toMatchObject({ refreshed: 0, waiting: 1 })
    })

    it('does not honour a next_attempt beyond any backoff or lease it writes (a fast clock, a hand edit)', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        runJob()
        const row = healthRows()[0]
        platform.db.update(HEALTH_TABLE, String(row.sys_id), { next_attempt: formatGlideDateTime(platform.clock.now() + 86400000) })
        platform.clock.advanceSeconds(3500)
        runJob()
        expect(refreshRequestsFor(accountId)).toBe(1)
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, next_attempt: '' })
    })
})

describe('fan-out on the refresh queue', () => {
    it('hands what its budget cannot hold to the queue in batches, and the workers refresh each account once', () => {
        platform.properties[PROPERTY.runBudgetSeconds.name] = '10'
        const { profileId } = seedProvider()
        const ids = Array.from({ length: 30 }, () => seedEmailAccount(profileId))
        providerLatency(1000)
        platform.clock.advanceSeconds(3500)
        const summary = runJob()
        expect(summary).toMatchObject({ refreshed: 10, handedToWorkers: 20, batches: 2, atRisk: 0 })
        const batches = platform.events.filter((e) => e.name === REFRESH_BATCH_EVENT)
        expect(batches.map((b) => [b.queue, b.table, b.parm1.split(',').length])).toEqual([
            [REFRESH_QUEUE, 'sys_email_account', 10],
            [REFRESH_QUEUE, 'sys_email_account', 10],
        ])
        // Two workers pick the batches up a couple of seconds later, each with its own budget.
        platform.clock.advanceSeconds(2)
        for (const batch of batches) expect(runRefreshBatch({ parm1: batch.parm1, parm2: batch.parm2 })).toMatchObject({ refreshed: 10, deferred: 0 })
        expect(ids.map((id) => refreshRequestsFor(id))).toEqual(ids.map(() => 1))
        const batch = batches[0]
        // Handed twice (a redelivered event): nobody is refreshed again.
        expect(runRefreshBatch({ parm1: batch.parm1, parm2: batch.parm2 })).toMatchObject({ refreshed: 0 })
        nextRun()
        expect(ids.map((id) => refreshRequestsFor(id))).toEqual(ids.map(() => 1))
        expect(ids.map((id) => healthOf(id).status)).toEqual(ids.map(() => STATUS.ok))
    })
})

describe('a worker that cannot read tokens', () => {
    it('refreshes nothing and raises no needs_authorization alert (the same guard as the scheduled job), and says what to fix', () => {
        platform.properties[PROPERTY.runBudgetSeconds.name] = '10'
        const { profileId } = seedProvider()
        Array.from({ length: 30 }, () => seedEmailAccount(profileId))
        providerLatency(1000)
        platform.clock.advanceSeconds(3500)
        runJob()
        const batch = platform.events.filter((e) => e.name === REFRESH_BATCH_EVENT)[0]
        const eventsBefore = platform.events.length
        platform.user = { sysId: 'u2', userName: 'event.processor', roles: [] }
        platform.clock.advanceSeconds(2)
        expect(runRefreshBatch({ parm1: batch.parm1, parm2: batch.parm2 })).toBeNull()
        expect(platform.events.slice(eventsBefore)).toEqual([])
        expect(platform.logs.at(-1)?.message).toMatch(/refresh-queue worker runs as "event\.processor", who needs role admin/)
    })
})

describe('exceptions on the alert path', () => {
    it('sends no false alert when queuing `recovered` throws once, and recovers at the next run', () => {
        platform.properties[PROPERTY.failureAlertThreshold.name] = '1'
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext(PROVIDER_BODIES.entraTemporarilyUnavailable)
        platform.clock.advanceSeconds(3500)
        runJob()
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
        const queue = gs.eventQueue.bind(gs)
        jest.spyOn(gs, 'eventQueue').mockImplementationOnce(() => {
            throw new Error('Event queue unavailable')
        })
        nextRun()
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
        expect(healthOf(accountId).last_error_code).not.toBe('job_error')
        jest.spyOn(gs, 'eventQueue').mockImplementation(queue)
        nextRun()
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`, `${EVENT.recovered}:provider_unavailable`])
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok })
        nextRun()
        expect(platform.events).toHaveLength(2)
    })

    it('makes a null response one failed attempt: one incident, one alert', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        jest.spyOn(GlideOAuthClient.prototype, 'requestTokenByRequest').mockReturnValue(null as never)
        platform.clock.advanceSeconds(3500)
        for (let i = 0; i < 20; i++) nextRun()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.refreshFailing, last_error_code: 'unexpected_response' })
        expect(String(healthOf(accountId).last_error)).toContain('returned no response')
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:unexpected_response`])
    })
})

describe('rows of accounts the job no longer keeps', () => {
    it.each([
        ['deactivated', { active: false }, /was deactivated/],
        ['switched to password authentication', { authentication: 'password' }, /authentication is now 'password', not OAuth 2\.0/],
    ])('removes the row of an account %s, saying why in the log', (_case, change, why) => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        const other = seedEmailAccount(profileId)
        runJob()
        expect(healthOf(accountId).status).toBe(STATUS.ok)
        platform.db.update('sys_email_account', accountId, change)
        expect(nextRun()).toMatchObject({ removed: 1 })
        expect(healthRows().map((r) => r.email_account)).toEqual([other])
        expect(platform.logs.map((l) => l.message)).toContainEqual(expect.stringMatching(why))
    })
})

describe('a refresh queue nobody processes', () => {
    it('never leaves an expired account shown OK: the run keeps expired accounts and marks those it cannot reach at_risk', () => {
        platform.properties[PROPERTY.runBudgetSeconds.name] = '10'
        const { profileId } = seedProvider()
        const ids = Array.from({ length: 30 }, () => seedEmailAccount(profileId))
        providerLatency(1000)
        platform.clock.advanceSeconds(3500)
        /** Statuses of the account-runs that ended with an expired token: there must be some, and none ok. */
        const expiredStatuses: string[] = []
        for (let run = 0; run < 5; run++) {
            runJob()
            for (const id of ids) {
                if (platform.oauth.token(id, profileId)!.accessExpiresAt! <= platform.clock.now()) expiredStatuses.push(String(healthOf(id).status))
            }
            platform.clock.advanceSeconds(180)
        }
        expect(expiredStatuses.length).toBeGreaterThan(0)
        expect(expiredStatuses.filter((status) => status === STATUS.ok)).toEqual([])
        expect(platform.events.filter((e) => e.name === EVENT.capacity)).toHaveLength(1)
    })
})

describe('the instance clock steps back during a provider outage', () => {
    it('sends no recovered alert while the provider is still down, and no second refresh_failing alert; one recovered once it answers', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        let down = false
        const answer = platform.oauth.transport
        platform.oauth.transport = (call) => (down ? PROVIDER_BODIES.entraTemporarilyUnavailable : answer(call))
        runJob()
        down = true
        // The token (3,600 s) expires during the outage: refresh_failing is alerted once.
        for (let i = 0; i < 25; i++) nextRun()
        expect(platform.oauth.token(accountId, profileId)!.accessExpiresAt!).toBeLessThan(platform.clock.now())
        expect(healthOf(accountId).status).toBe(STATUS.refreshFailing)
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
        // An NTP correction steps the clock back 20 minutes, to before the token's expiry: it looks fresh, but nothing was refreshed.
        platform.clock.set(platform.oauth.token(accountId, profileId)!.accessExpiresAt! - 1200 * 1000)
        for (let i = 0; i < 12; i++) nextRun()
        expect(healthOf(accountId).status).toBe(STATUS.refreshFailing)
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
        // The provider answers again.
        down = false
        for (let i = 0; i < 3 && healthOf(accountId).status !== STATUS.ok; i++) nextRun()
        expect(healthOf(accountId).status).toBe(STATUS.ok)
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`, `${EVENT.recovered}:provider_unavailable`])
    })
})
