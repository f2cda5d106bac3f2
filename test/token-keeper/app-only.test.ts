/**
 * The token keeper on app-only (client credentials) accounts: it requests every token itself with
 * the client-credentials grant through sn_auth, so the platform stores it for the account; same
 * health rows, backoff and alerts as delegated accounts, and never needs_authorization.
 */
import { EVENT, PROPERTY, STATUS } from '../../src/common/app.ts'
import { GRANT_TYPE, MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import { refreshBlockerCheck } from '../../src/setup-check/read-setup.ts'
import { classifyAppOnly } from '../../src/token-keeper/app-only.ts'
import { classifyResponse } from '../../src/token-keeper/classify.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'
import { eventNames, healthOf, nextRun, refreshRequestsFor, runJob } from './helpers.ts'
import { floorRequests, TARGETS } from '../bench/simulation.ts'

const SECRET = 'Qx8~app.Only_Secret-ForTests-4bY7pQ2'

beforeEach(() => {
    platform.reset()
    Object.assign(platform.properties, {
        [PROPERTY.enabled.name]: 'true',
        [PROPERTY.refreshWindowSeconds.name]: '600',
        [PROPERTY.maxRefreshesPerRun.name]: '50',
        [PROPERTY.failureAlertThreshold.name]: '3',
        [PROPERTY.reauthWarningDays.name]: '7',
    })
})

/** The app-only preset as an admin fills it in: client credentials on provider and profile, one .default scope linked. */
function seedAppOnly(scope: string = MICROSOFT_APP_ONLY.scope.smtp): { entityId: string; profileId: string; accountId: string } {
    const entityId = platform.db.insert('oauth_entity', {
        name: MICROSOFT_APP_ONLY.entityName,
        type: 'oauth_provider',
        active: true,
        client_id: '5d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
        client_secret: SECRET,
        default_grant_type: GRANT_TYPE.clientCredentials,
        token_url: MICROSOFT_APP_ONLY.tokenUrl.replace('<tenant>', 'contoso.onmicrosoft.com'),
        access_token_lifespan: 3600,
    })
    const profileId = platform.db.insert('oauth_entity_profile', { name: MICROSOFT_APP_ONLY.smtpProfileName, oauth_entity: entityId, grant_type: GRANT_TYPE.clientCredentials })
    const scopeId = platform.db.insert('oauth_entity_scope', { name: 'Exchange Online', oauth_entity_scope: scope, oauth_entity: entityId })
    platform.db.insert('oauth_entity_profile_scope', { oauth_entity_profile: profileId, oauth_entity_scope: scopeId })
    platform.oauth.provider.registerClient('5d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', SECRET)
    const accountId = seedEmailAccount(profileId, { name: 'Service desk (SMTP.SendAsApp)', type: 'smtp', authorized: false })
    return { entityId, profileId, accountId }
}

describe('an app-only account', () => {
    it('gets its first token from the keeper, with client_credentials, the .default scope and the three parameters, no provider name', () => {
        const { accountId, profileId } = seedAppOnly()
        const summary = runJob()
        expect(summary.refreshed).toBe(1)
        expect(platform.oauth.requests).toHaveLength(1)
        const [request] = platform.oauth.requests
        expect(request).toMatchObject({
            entityName: '',
            grantType: 'client_credentials',
            refreshToken: '',
            parameters: { oauth_requestor: accountId, oauth_requestor_context: 'sys_email_account', oauth_provider_profile: profileId },
            stored: true,
        })
        expect(request.call?.form).toMatchObject({ grant_type: 'client_credentials', scope: MICROSOFT_APP_ONLY.scope.smtp })
        expect(platform.oauth.token(accountId, profileId)).toMatchObject({ refreshToken: null, accessExpiresAt: platform.clock.now() + 3600 * 1000 })
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, last_error_code: '', refresh_token_expires: '' })
        expect(platform.events).toEqual([])
    })

    it('requests a new token before expiry, never on a fresh one: at most 26 a day (the benchmark target), no fewer than the floor', () => {
        // The target holds on shipped defaults: the refresh window at its default (0: the floor), not this file's 600 s.
        platform.properties[PROPERTY.refreshWindowSeconds.name] = String(PROPERTY.refreshWindowSeconds.default)
        const { accountId, profileId } = seedAppOnly()
        const runStarts = [platform.clock.now()]
        runJob()
        for (let i = 0; i < 479; i++) {
            nextRun()
            runStarts.push(platform.clock.now())
            expect(platform.oauth.token(accountId, profileId)!.accessExpiresAt! - platform.clock.now()).toBeGreaterThan(180 * 1000)
        }
        expect(runStarts).toHaveLength(480)
        expect(refreshRequestsFor(accountId)).toBeLessThanOrEqual(TARGETS.maxRequestsPerAccountDay)
        // The first token at the first run, then a refresh at the last run before one that would find it expired.
        expect(refreshRequestsFor(accountId)).toBeGreaterThanOrEqual(1 + floorRequests(runStarts, runStarts[0] + 3600 * 1000))
        expect(healthOf(accountId).status).toBe(STATUS.ok)
        expect(platform.events).toEqual([])
    })

    it('treats a wrong or expired client secret as misconfigured, with the fix, backs off, and recovers once the form is saved', () => {
        const { accountId, entityId } = seedAppOnly()
        platform.db.update('oauth_entity', entityId, { client_secret: 'expired-secret-value' })
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'invalid_client' })
        expect(String(healthOf(accountId).last_error)).toMatch(/new client secret.*Client Secret on the Application Registry form of 'Microsoft 365 app-only'/)
        nextRun()
        nextRun()
        nextRun()
        expect(refreshRequestsFor(accountId)).toBe(3)
        platform.clock.advanceSeconds(30)
        platform.db.update('oauth_entity', entityId, { client_secret: SECRET })
        platform.clock.advanceSeconds(30)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok })
        expect(eventNames()).toEqual([`${EVENT.misconfigured}:invalid_client`, `${EVENT.recovered}:invalid_client`])
    })

    it('never asks anyone to authorize: an Entra refusal that means "sign in again" for a person is misconfigured here', () => {
        const { accountId } = seedAppOnly()
        platform.oauth.provider.respondNext(PROVIDER_BODIES.entraGrantRevoked)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'app_only_rejected' })
        expect(String(healthOf(accountId).last_error)).toMatch(/No one needs to sign in.*admin consent/)
        expect(eventNames()).toEqual([`${EVENT.misconfigured}:app_only_rejected`])
        expect(eventNames().join()).not.toContain(EVENT.needsAuthorization)
    })

    it('names the .default scope when the profile carries a delegated one', () => {
        const { accountId } = seedAppOnly('https://outlook.office.com/SMTP.Send')
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'app_only_invalid_scope' })
        expect(String(healthOf(accountId).last_error)).toContain('https://outlook.office365.com/.default')
    })

    it('retries a provider outage with the same backoff and alert threshold as any account', () => {
        const { accountId } = seedAppOnly()
        platform.oauth.provider.respondNext(...Array.from({ length: 10 }, () => PROVIDER_BODIES.entraTemporarilyUnavailable))
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.refreshFailing, last_error_code: 'provider_unavailable', consecutive_failures: 1 })
        for (let i = 0; i < 20 && healthOf(accountId).status !== STATUS.ok; i++) nextRun()
        expect(healthOf(accountId).status).toBe(STATUS.ok)
    })

    it('answered 429 with a retry hint that runs past its token\'s expiry: asked again only once the hint has passed', () => {
        const { accountId } = seedAppOnly()
        runJob()
        // Into the refresh window (600 s): the next run asks, and is throttled for 15 minutes, past the token's expiry.
        platform.clock.advanceSeconds(3600 - 540)
        const throttledAt = platform.clock.now()
        platform.oauth.provider.respondNext({ status: 429, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'rate_limit_exceeded', error_description: 'Rate Limit Exceeded', retry_after: '900' }) })
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.refreshFailing, last_error_code: 'provider_unavailable' })
        expect(String(healthOf(accountId).last_error)).toMatch(/At risk: the provider asked to wait until/)
        const askedAt: number[] = []
        for (let i = 0; i < 8; i++) {
            const before = refreshRequestsFor(accountId)
            nextRun()
            if (refreshRequestsFor(accountId) > before) askedAt.push((platform.clock.now() - throttledAt) / 1000)
        }
        expect(askedAt[0]).toBeGreaterThanOrEqual(900)
        expect(healthOf(accountId).status).toBe(STATUS.ok)
    })

    it('is isolated from delegated accounts: one failing does not stop the other', () => {
        const { accountId: appOnly, entityId } = seedAppOnly()
        const { profileId } = seedProvider()
        const delegated = seedEmailAccount(profileId)
        platform.db.update('oauth_entity', entityId, { client_secret: 'wrong' })
        platform.clock.advanceSeconds(3000)
        runJob()
        expect(healthOf(appOnly).status).toBe(STATUS.misconfigured)
        expect(healthOf(delegated).status).toBe(STATUS.ok)
        expect(platform.oauth.requests.find((r) => r.parameters.oauth_requestor === delegated)?.grantType).toBe('refresh_token')
    })

    it('passes the job seam: the setup check blocks no token request of a correct app-only account', () => {
        const { accountId } = seedAppOnly()
        runJob({ checkAccount: refreshBlockerCheck() })
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok })
    })
})

describe('classifyAppOnly', () => {
    const failed = (body: { status: number; body: string }) =>
        classifyAppOnly(classifyResponse({ thrown: null, status: body.status, errorMessage: '', body: body.body, contentType: 'application/json', retryAfter: null, token: null }, 0))

    it('keeps invalid_client (and an expired secret, client_secret_expired) misconfigured: the secret is the fix', () => {
        expect(failed(PROVIDER_BODIES.entraClientSecretExpired)).toMatchObject({ code: 'client_secret_expired', status: STATUS.misconfigured })
    })
    it('leaves transient failures retryable', () => {
        expect(failed(PROVIDER_BODIES.entraTemporarilyUnavailable)).toMatchObject({ code: 'provider_unavailable', status: STATUS.refreshFailing })
    })
    it('never returns needs_authorization', () => {
        for (const body of Object.values(PROVIDER_BODIES)) {
            if (typeof body === 'string') continue
            expect(failed(body)).not.toMatchObject({ status: STATUS.needsAuthorization })
        }
    })
})
