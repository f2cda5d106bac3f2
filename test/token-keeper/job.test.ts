import { EVENT, HEALTH_TABLE, PROPERTY, STATUS } from '../../src/common/app.ts'
import { MICROSOFT } from '../../src/providers.ts'
import { refreshAccounts, runRefreshJob } from '../../src/token-keeper/job.ts'
import { RUN_TABLE } from '../../src/token-keeper/run-history.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { formatGlideDateTime, platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'
import { eventNames, healthOf, healthRows, nextRun, refreshRequestsFor, runJob, setProperties } from './helpers.ts'

beforeEach(() => {
    platform.reset()
    // The 600-s window and cap of 50 these rules were written against; every other property at its default.
    setProperties({ [PROPERTY.refreshWindowSeconds.name]: '600', [PROPERTY.maxRefreshesPerRun.name]: '50' })
})

describe('the refresh job on fresh and expiring tokens', () => {
    it('records a fresh account once and then neither requests nor writes', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, oauth_profile: profileId, consecutive_failures: 0, last_error_code: '' })
        expect(healthOf(accountId).access_token_expires).toBe(formatGlideDateTime(platform.clock.now() + 3600 * 1000))
        platform.stats.reset()
        for (let i = 0; i < 5; i++) nextRun()
        expect(platform.oauth.requests).toHaveLength(0)
        // One row a run in the run history, nothing else.
        expect(platform.stats.writesOn(HEALTH_TABLE)).toBe(0)
        expect(platform.stats.totalWrites()).toBe(platform.stats.writesOn(RUN_TABLE))
        expect(platform.events).toHaveLength(0)
    })

    it('refreshes inside the window with the three parameters and no provider name (KB0823628), so the platform stores the token', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        const before = platform.oauth.token(accountId, profileId)!
        platform.clock.advanceSeconds(3600 - 600)
        const summary = runJob()
        expect(summary.refreshed).toBe(1)
        expect(platform.oauth.requests).toHaveLength(1)
        expect(platform.oauth.requests[0]).toMatchObject({
            entityName: '',
            grantType: 'refresh_token',
            refreshToken: before.refreshToken,
            parameters: { oauth_requestor: accountId, oauth_requestor_context: 'sys_email_account', oauth_provider_profile: profileId },
            stored: true,
        })
        const after = platform.oauth.token(accountId, profileId)!
        expect(after.accessToken).not.toBe(before.accessToken)
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, last_refreshed: formatGlideDateTime(platform.clock.now()), next_attempt: '' })
    })

    it('lets the profile select the provider, so a second provider of the same name changes nothing', () => {
        const impostor = seedProvider({ clientId: 'another-client', tokenUrl: 'https://login.example.net/token' })
        const { profileId, tokenUrl } = seedProvider()
        expect(impostor.name).toBe(MICROSOFT.entityName)
        const accountId = seedEmailAccount(profileId)
        platform.clock.advanceSeconds(3600 - 600)
        expect(runJob().refreshed).toBe(1)
        expect(platform.oauth.requests[0].call?.url).toBe(tokenUrl)
        expect(healthOf(accountId).status).toBe(STATUS.ok)
    })

    it('does nothing but log when x_mail_oauth.enabled is false', () => {
        const { profileId } = seedProvider()
        seedEmailAccount(profileId)
        platform.properties[PROPERTY.enabled.name] = 'false'
        const summary = runJob()
        expect(summary.disabled).toBe(true)
        expect(platform.stats.totalQueries()).toBe(0)
        expect(platform.logs.map((l) => l.message)).toEqual([expect.stringContaining('disabled by the property x_mail_oauth.enabled')])
    })

    it('falls back to defaults for bad properties with one warning each per run', () => {
        platform.properties[PROPERTY.refreshWindowSeconds.name] = '-1'
        runJob()
        expect(platform.logs.filter((l) => l.level === 'warn')).toHaveLength(1)
    })

    it('reads accounts and health rows in a constant number of queries', () => {
        const { profileId } = seedProvider()
        for (let i = 0; i < 20; i++) seedEmailAccount(profileId)
        runJob()
        platform.stats.reset()
        nextRun()
        const few = platform.stats.totalQueries()
        for (let i = 0; i < 80; i++) seedEmailAccount(profileId)
        runJob()
        platform.stats.reset()
        nextRun()
        expect(platform.stats.totalQueries()).toBe(few)
        // Accounts, health rows, recent runs, and the pruning of runs older than a day.
        expect(few).toBe(4)
    })

    it('ignores inactive and password accounts', () => {
        const { profileId } = seedProvider()
        seedEmailAccount(profileId, { active: false })
        seedEmailAccount(profileId, { authentication: 'password' })
        expect(runJob().accounts).toBe(0)
        expect(healthRows()).toHaveLength(0)
    })
})

describe('accounts an admin must fix', () => {
    it('marks an account without a profile misconfigured, once, without a token call', () => {
        const accountId = seedEmailAccount(null)
        runJob()
        nextRun()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'missing_profile' })
        expect(String(healthOf(accountId).last_error)).toContain('OAuth Profile')
        expect(eventNames()).toEqual([`${EVENT.misconfigured}:missing_profile`])
        expect(platform.events[0]).toMatchObject({ table: 'sys_email_account', sysId: accountId, parm1: accountId })
        expect(platform.oauth.requests).toHaveLength(0)
    })

    it('asks for authorization when there is no token, and resumes once there is one', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId, { authorized: false })
        runJob()
        nextRun()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.needsAuthorization, last_error_code: 'not_authorized' })
        expect(String(healthOf(accountId).last_error)).toMatch(/Authorize Email Account Access.*private browser window/)
        platform.oauth.authorize(accountId, profileId)
        nextRun()
        expect(healthOf(accountId).status).toBe(STATUS.ok)
        expect(eventNames()).toEqual([`${EVENT.needsAuthorization}:not_authorized`, `${EVENT.recovered}:not_authorized`])
    })

    it('says how to get a refresh token when there is none', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId, { withRefreshToken: false })
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.needsAuthorization, last_error_code: 'no_refresh_token' })
        expect(String(healthOf(accountId).last_error)).toMatch(/offline_access.*access_type=offline/)
        expect(platform.oauth.requests).toHaveLength(0)
    })

    it('stops requesting with a rejected refresh token until a new token appears', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.revoke(platform.oauth.token(accountId, profileId)!.refreshToken!)
        platform.clock.advanceSeconds(3000)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.needsAuthorization, last_error_code: 'invalid_grant' })
        expect(String(healthOf(accountId).last_error)).toContain('AADSTS50173')
        for (let i = 0; i < 30; i++) nextRun()
        expect(refreshRequestsFor(accountId)).toBe(1)
        expect(eventNames()).toEqual([`${EVENT.needsAuthorization}:invalid_grant`])
        platform.oauth.authorize(accountId, profileId)
        nextRun()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, last_error_code: '', consecutive_failures: 0 })
        expect(eventNames()).toEqual([`${EVENT.needsAuthorization}:invalid_grant`, `${EVENT.recovered}:invalid_grant`])
        platform.clock.advanceSeconds(3000)
        runJob()
        expect(refreshRequestsFor(accountId)).toBe(2)
        expect(healthOf(accountId).status).toBe(STATUS.ok)
    })

    it.each([
        ['MFA required (AADSTS50076)', PROVIDER_BODIES.entraMfaRequired, 'AADSTS50076'],
        ['MFA registration (AADSTS50079)', PROVIDER_BODIES.entraMfaRegistrationRequired, 'AADSTS50079'],
        ['Conditional Access (AADSTS53003)', PROVIDER_BODIES.entraConditionalAccessBlocked, 'AADSTS53003'],
    ])('asks for a new sign-in on %s: one alert, no further request with that token', (_case, body, aadsts) => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext(body)
        platform.clock.advanceSeconds(3000)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.needsAuthorization, last_error_code: 'interaction_required', next_attempt: '' })
        expect(String(healthOf(accountId).last_error)).toMatch(new RegExp(`sign in again \\(.*${aadsts}.*multi-factor authentication, a Conditional Access policy`))
        for (let i = 0; i < 30; i++) nextRun()
        expect(refreshRequestsFor(accountId)).toBe(1)
        expect(eventNames()).toEqual([`${EVENT.needsAuthorization}:interaction_required`])
        platform.oauth.authorize(accountId, profileId)
        nextRun()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, last_error_code: '' })
        expect(eventNames()).toEqual([`${EVENT.needsAuthorization}:interaction_required`, `${EVENT.recovered}:interaction_required`])
    })

    it('marks a rejected client secret misconfigured with a sentence naming the form', () => {
        const { profileId, entityId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.db.update('oauth_entity', entityId, { client_secret: 'wrong-secret-value-123' })
        platform.clock.advanceSeconds(3000)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'invalid_client' })
        expect(String(healthOf(accountId).last_error)).toMatch(/Client Secret on the Application Registry form/)
        expect(eventNames()).toEqual([`${EVENT.misconfigured}:invalid_client`])
        nextRun()
        nextRun()
        nextRun()
        expect(platform.oauth.requests).toHaveLength(3) // backing off 1, 2, then 4 minutes: the third run waits
        platform.clock.advanceSeconds(60)
        platform.db.update('oauth_entity', entityId, { client_secret: 'Qx8~secret.Value_ForTests-9aZ3kLmN0pQrStUv' })
        platform.clock.advanceSeconds(60)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, last_error_code: '' })
        expect(eventNames()).toEqual([`${EVENT.misconfigured}:invalid_client`, `${EVENT.recovered}:invalid_client`])
    })
})

describe('a failing provider', () => {
    function failingAccount() {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext(...Array.from({ length: 500 }, () => PROVIDER_BODIES.entraTemporarilyUnavailable))
        return { accountId, profileId }
    }

    it('retries with backoff up to the last run before the token expires, then every run, and alerts once per incident', () => {
        const { accountId, profileId } = failingAccount()
        const expiresAt = platform.oauth.token(accountId, profileId)!.accessExpiresAt!
        platform.clock.advanceSeconds(3000 - 180) // the next run finds 600 s left: inside the window
        const attempts: number[] = []
        for (let i = 0; i < 480; i++) {
            const before = platform.oauth.requests.length
            nextRun()
            if (platform.oauth.requests.length > before) attempts.push(platform.clock.now())
        }
        const beforeExpiry = attempts.filter((t) => t < expiresAt)
        // Seconds before expiry. backoff.ts: 60 s after the first failure (the next run), 120 s after the
        // second (the next run), 240 s after the third, pulled forward to one run (180 s) before expiry,
        // which is past: the next run, the last before expiry.
        expect(beforeExpiry.map((t) => (t - expiresAt) / 1000)).toEqual([-600, -420, -240, -60])
        // Once expired, mail is failing: every run tries again (the run budget bounds the load).
        const afterExpiry = attempts.filter((t) => t >= expiresAt)
        expect(afterExpiry.length).toBe(480 - 3 - 1)
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.refreshFailing, last_error_code: 'provider_unavailable' })
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
    })

    it('makes a single blip alert nobody, and recovers quietly', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext(PROVIDER_BODIES.htmlBadGateway)
        platform.clock.advanceSeconds(3000)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.refreshFailing, consecutive_failures: 1, last_error_code: 'provider_unavailable' })
        expect(String(healthOf(accountId).last_error)).toContain('502 Bad Gateway')
        nextRun()
        nextRun()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, consecutive_failures: 0 })
        expect(platform.events).toHaveLength(0)
    })

    it('alerts after the threshold and then says recovered', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext(PROVIDER_BODIES.htmlBadGateway, PROVIDER_BODIES.htmlBadGateway, PROVIDER_BODIES.htmlBadGateway)
        platform.clock.advanceSeconds(2400)
        runJob()
        for (let i = 0; i < 8 && platform.oauth.requests.length < 4; i++) nextRun()
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`, `${EVENT.recovered}:provider_unavailable`])
        expect(healthOf(accountId).status).toBe(STATUS.ok)
    })

    it('never sees a Retry-After header: GlideOAuthClientResponse exposes no headers, so its own backoff decides', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext({ ...PROVIDER_BODIES.tooManyRequests, headers: { 'retry-after': '900' } })
        platform.clock.advanceSeconds(3600 + 60) // already expired: retried at the next run
        runJob()
        expect(healthOf(accountId).next_attempt).toBe(formatGlideDateTime(platform.clock.now()))
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
    })

    it('honours a retry hint the provider puts in the response content (getResponseParameters)', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext({ ...PROVIDER_BODIES.tooManyRequests, body: JSON.stringify({ error: 'temporarily_unavailable', retry_after: 900 }) })
        platform.clock.advanceSeconds(3600 + 60) // already expired: nothing to pull the retry forward
        runJob()
        expect(healthOf(accountId).next_attempt).toBe(formatGlideDateTime(platform.clock.now() + 900 * 1000))
        expect(eventNames()).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
    })

    it('treats a timeout as provider_unavailable', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.oauth.provider.respondNext(new Error('java.net.SocketTimeoutException: Read timed out'))
        platform.clock.advanceSeconds(3000)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.refreshFailing, last_error_code: 'provider_unavailable' })
    })
})

describe('reauth warning', () => {
    it('warns once per refresh token ending within reauth_warning_days', () => {
        const { profileId } = seedProvider({ refreshTokenLifespan: 10 * 86400 })
        platform.oauth.provider.style = 'google' // refreshes keep the same refresh token
        const accountId = seedEmailAccount(profileId)
        for (let i = 0; i < 24 * 20 * 4; i++) nextRun() // 4 days
        expect(eventNames()).toEqual([`${EVENT.reauthDue}:reauth_due`])
        for (let i = 0; i < 24 * 20; i++) nextRun()
        expect(eventNames()).toEqual([`${EVENT.reauthDue}:reauth_due`])
        platform.oauth.authorize(accountId, profileId)
        nextRun()
        expect(healthOf(accountId).status).toBe(STATUS.ok)
        for (let i = 0; i < 24 * 20 * 4; i++) nextRun()
        expect(eventNames()).toEqual([`${EVENT.reauthDue}:reauth_due`, `${EVENT.reauthDue}:reauth_due`])
    })
})

describe('limits, overlap and isolation', () => {
    it('refreshes at most max_refreshes_per_run, soonest expiry first', () => {
        platform.properties[PROPERTY.maxRefreshesPerRun.name] = '2'
        platform.properties[PROPERTY.refreshWorkers.name] = '0'
        const { profileId } = seedProvider()
        const late = seedEmailAccount(profileId)
        platform.clock.advanceSeconds(60)
        const middle = seedEmailAccount(profileId)
        platform.clock.advanceSeconds(60)
        const soonest = seedEmailAccount(profileId)
        platform.oauth.token(soonest, profileId)!.accessExpiresAt = platform.clock.now() - 10000
        platform.clock.advanceSeconds(3000)
        const summary = runJob()
        expect(summary).toMatchObject({ refreshed: 2, deferred: 1 })
        expect(platform.oauth.requests.map((r) => r.parameters.oauth_requestor)).toEqual([soonest, late])
        nextRun()
        expect(platform.oauth.requests.map((r) => r.parameters.oauth_requestor)).toEqual([soonest, late, middle])
    })

    it('marks accounts a cap leaves without a valid token at_risk, alerts once naming the setting, and recovers', () => {
        platform.properties[PROPERTY.maxRefreshesPerRun.name] = '1'
        platform.properties[PROPERTY.refreshWorkers.name] = '0'
        const { profileId } = seedProvider()
        const ids = [seedEmailAccount(profileId), seedEmailAccount(profileId), seedEmailAccount(profileId)]
        runJob()
        platform.clock.advanceSeconds(3500)
        expect(runJob()).toMatchObject({ refreshed: 1, deferred: 2, atRisk: 2 })
        const atRisk = ids.filter((id) => healthOf(id).status === STATUS.atRisk)
        expect(atRisk).toHaveLength(2)
        expect(healthOf(atRisk[0])).toMatchObject({ last_error_code: 'refresh_capacity' })
        expect(String(healthOf(atRisk[0]).last_error)).toMatch(/x_mail_oauth\.max_refreshes_per_run \(1\) stopped the run first: raise it, or set it to 0/)
        expect(eventNames()).toEqual([`${EVENT.capacity}:refresh_capacity`])
        nextRun()
        expect(eventNames()).toEqual([`${EVENT.capacity}:refresh_capacity`])
        expect(ids.map((id) => healthOf(id).status).sort()).toEqual([STATUS.atRisk, STATUS.ok, STATUS.ok])
        platform.properties[PROPERTY.maxRefreshesPerRun.name] = '0'
        nextRun()
        expect(ids.map((id) => healthOf(id).status)).toEqual([STATUS.ok, STATUS.ok, STATUS.ok])
        expect(eventNames()).toEqual([`${EVENT.capacity}:refresh_capacity`])
    })

    it('does not refresh an account twice when runs overlap', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        platform.clock.advanceSeconds(3000)
        let nested: ReturnType<typeof refreshAccounts> = null
        platform.oauth.provider.respondNext((call) => {
            nested = refreshAccounts() // a second run starts while the first one waits for the provider
            return platform.oauth.provider.handle(call)
        })
        runJob()
        expect(refreshRequestsFor(accountId)).toBe(1)
        expect(nested).toMatchObject({ waiting: 1, refreshed: 0 })
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, next_attempt: '' })
        expect(healthRows()).toHaveLength(1)
    })

    it('records an exception on the account and goes on with the others; the job never throws', () => {
        const { profileId } = seedProvider()
        const broken = seedEmailAccount(profileId)
        const fine = seedEmailAccount(profileId)
        platform.hooks.beforeGetToken = (requestor) => {
            if (requestor === broken) throw new Error('Security restricted: read access to oauth_credential denied')
        }
        const summary = runJob()
        expect(summary.errors).toBe(1)
        expect(healthOf(fine).status).toBe(STATUS.ok)
        expect(healthOf(broken)).toMatchObject({ status: STATUS.refreshFailing, last_error_code: 'job_error' })
        expect(String(healthOf(broken).last_error)).toContain('read access to oauth_credential denied')
        platform.hooks.beforeQuery = () => {
            throw new Error('database down')
        }
        expect(() => runRefreshJob()).not.toThrow()
        expect(platform.logs.at(-1)).toMatchObject({ level: 'error', message: expect.stringContaining('database down') })
    })

    it('never creates a second health row for an account and removes one left by a race', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        runJob()
        platform.db.insert(HEALTH_TABLE, { email_account: accountId, status: STATUS.ok })
        nextRun()
        expect(healthRows()).toHaveLength(1)
    })
})

describe('the setup-check seam', () => {
    const finding = { code: 'client_secret_empty', severity: 'error' as const, field: 'client_secret', message: 'Client Secret is empty on the Application Registry form.' }

    it('checks a new account first and makes no token call while the check finds an error', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        let findings = [finding]
        const checked: string[] = []
        const checkAccount = (id: string) => {
            checked.push(id)
            return findings
        }
        platform.clock.advanceSeconds(3000)
        runJob({ checkAccount })
        nextRun({ checkAccount })
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'client_secret_empty', last_error: finding.message })
        expect(platform.oauth.requests).toHaveLength(0)
        expect(eventNames()).toEqual([`${EVENT.misconfigured}:client_secret_empty`])
        findings = []
        nextRun({ checkAccount })
        expect(healthOf(accountId).status).toBe(STATUS.ok)
        expect(platform.oauth.requests).toHaveLength(1)
        const checksSoFar = checked.length
        nextRun({ checkAccount })
        expect(checked.length).toBe(checksSoFar)
    })

    it('checks again when the status leaves ok', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        let findings: (typeof finding)[] = []
        const checkAccount = () => findings
        runJob({ checkAccount })
        findings = [finding]
        platform.oauth.provider.respondNext(PROVIDER_BODIES.entraClientSecretExpired)
        platform.clock.advanceSeconds(3000)
        runJob({ checkAccount })
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'client_secret_empty' })
    })
})
