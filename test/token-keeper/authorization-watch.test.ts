import { EVENT, PROPERTY, STATUS } from '../../src/common/app.ts'
import { GOOGLE } from '../../src/providers.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { formatGlideDateTime, platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'
import { restPlatform } from '../stand-ins/sn-ws.ts'
import { healthOf, runJob } from './helpers.ts'
import { fakeJwt, refreshAnswerFor } from './tokens.ts'

const DAY = 86400

beforeEach(() => {
    platform.reset()
    restPlatform.reset()
    Object.assign(platform.properties, {
        [PROPERTY.enabled.name]: 'true',
        [PROPERTY.refreshWindowSeconds.name]: '600',
        [PROPERTY.maxRefreshesPerRun.name]: '50',
        [PROPERTY.failureAlertThreshold.name]: '3',
        [PROPERTY.reauthWarningDays.name]: '7',
    })
})

function identityEvents(): string[] {
    return platform.events.filter((e) => e.name === EVENT.identityMismatch).map((e) => `${e.parm1}:${e.parm2}`)
}

/** Runs until the account's access token is inside the refresh window, then the run that refreshes it. */
function runToRefresh(): void {
    platform.clock.advanceSeconds(3600 - 300)
    runJob()
}

describe('who authorized a Microsoft account', () => {
    it('reads the identity from the refreshed access token: the mailbox itself is a match, no alert', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId, { userName: 'Sales@Contoso.com' })
        runJob()
        platform.oauth.provider.respondNext(refreshAnswerFor('sales@contoso.com'))
        runToRefresh()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, authorized_identity: 'sales@contoso.com', identity_status: 'match' })
        expect(identityEvents()).toEqual([])
    })

    it('raises identity_mismatch once when the admin authorized with their own sign-in, and stores only the address', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId, { userName: 'sales@contoso.com' })
        runJob()
        platform.oauth.provider.respondNext(refreshAnswerFor('admin@contoso.com'), refreshAnswerFor('admin@contoso.com'))
        runToRefresh()
        const row = healthOf(accountId)
        expect(row).toMatchObject({ status: STATUS.ok, authorized_identity: 'admin@contoso.com', identity_status: 'mismatch' })
        expect(identityEvents()).toEqual([`${accountId}:identity_mismatch`])
        const token = platform.oauth.token(accountId, profileId)!
        expect(JSON.stringify(row)).not.toContain(token.accessToken)
        expect(JSON.stringify(row)).not.toContain(token.refreshToken)
        expect(platform.logs.map((l) => l.message).join('\n')).toContain("email account 'Mailbox")
        runToRefresh()
        expect(identityEvents()).toHaveLength(1)
    })

    it('sends one recovered alert (code identity_mismatch) once the mailbox itself authorized, so the fallback incident is resolved', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId, { userName: 'sales@contoso.com' })
        runJob()
        platform.oauth.provider.respondNext(refreshAnswerFor('admin@contoso.com'))
        runToRefresh()
        expect(identityEvents()).toEqual([`${accountId}:identity_mismatch`])
        platform.oauth.provider.respondNext(refreshAnswerFor('sales@contoso.com'), refreshAnswerFor('sales@contoso.com'))
        runToRefresh()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, identity_status: 'match' })
        const recovered = () => platform.events.filter((e) => e.name === EVENT.recovered).map((e) => `${e.parm1}:${e.parm2}`)
        expect(recovered()).toEqual([`${accountId}:identity_mismatch`])
        runToRefresh()
        expect(recovered()).toHaveLength(1)
        expect(identityEvents()).toHaveLength(1)
    })

    it('accepts the delegate an admin entered on the health row, and says so', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId, { userName: 'shared@contoso.com' })
        runJob()
        platform.oauth.provider.respondNext(refreshAnswerFor('helper@contoso.com'), refreshAnswerFor('helper@contoso.com'))
        runToRefresh()
        expect(identityEvents()).toHaveLength(1)
        const row = healthOf(accountId)
        platform.db.update('x_mail_oauth_token_health', String(row.sys_id), { accepted_delegate: 'Helper@contoso.com' })
        runToRefresh()
        expect(healthOf(accountId)).toMatchObject({ authorized_identity: 'helper@contoso.com', identity_status: 'delegate' })
        expect(identityEvents()).toHaveLength(1)
    })

    it('reads the ID token claims when the access token is opaque, and says "unknown" when there are none', () => {
        const { profileId } = seedProvider()
        const withIdToken = seedEmailAccount(profileId, { userName: 'a@contoso.com' })
        const without = seedEmailAccount(profileId, { userName: 'b@contoso.com' })
        runJob()
        const opaque = (idTokenFor: string | null) => ({
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token_type: 'Bearer', expires_in: 3600, access_token: 'EwBwA8l6BAAUopaqueToken', ...(idTokenFor ? { id_token: fakeJwt({ preferred_username: idTokenFor }) } : {}) }),
        })
        platform.oauth.provider.respondNext(opaque('a@contoso.com'), opaque(null))
        runToRefresh()
        expect(healthOf(withIdToken)).toMatchObject({ authorized_identity: 'a@contoso.com', identity_status: 'match' })
        expect(healthOf(without)).toMatchObject({ authorized_identity: 'unknown', identity_status: 'unknown' })
        expect(identityEvents()).toEqual([])
    })

    it('adds no write to a refresh that finds the same identity again', () => {
        const { profileId } = seedProvider()
        seedEmailAccount(profileId, { userName: 'sales@contoso.com' })
        runJob()
        platform.oauth.provider.respondNext(refreshAnswerFor('sales@contoso.com'), refreshAnswerFor('sales@contoso.com'))
        runToRefresh()
        platform.clock.advanceSeconds(3600 - 300)
        platform.stats.reset()
        runJob()
        expect(platform.stats.writesOn('x_mail_oauth_token_health')).toBe(2) // the lease and the row: nothing added by the identity check
    })
})

describe('who authorized a Google account', () => {
    function seedGoogle() {
        const provider = seedProvider({ name: GOOGLE.entityName, tokenUrl: GOOGLE.tokenUrl, refreshTokenLifespan: GOOGLE.refreshTokenLifespanSeconds })
        return provider
    }

    it("asks Gmail's profile once per authorization with a short timeout and a bearer header, not on every refresh", () => {
        const { profileId } = seedGoogle()
        const accountId = seedEmailAccount(profileId, { userName: 'helpdesk@example.com' })
        restPlatform.transport = () => ({ status: 200, body: '{"emailAddress":"me.personal@gmail.com","messagesTotal":1}' })
        runJob()
        expect(restPlatform.calls).toHaveLength(1)
        expect(restPlatform.calls[0]).toMatchObject({ method: 'GET', url: GOOGLE.profileUrl, timeoutMs: 5000 })
        expect(restPlatform.calls[0].headers.Authorization).toMatch(/^Bearer /)
        expect(restPlatform.calls[0].url).not.toContain('token')
        expect(healthOf(accountId)).toMatchObject({ authorized_identity: 'me.personal@gmail.com', identity_status: 'mismatch' })
        expect(identityEvents()).toEqual([`${accountId}:identity_mismatch`])
        runToRefresh()
        runToRefresh()
        expect(restPlatform.calls).toHaveLength(1)
    })

    it('asks Google for at most 5 accounts per run, so a slow Google cannot hold the job; the rest at their next refresh', () => {
        platform.clock.advanceSeconds(DAY) // clear of the Google checks earlier tests made (the budget is per 3 minutes of platform time)
        const { profileId } = seedGoogle()
        const accounts = Array.from({ length: 8 }, (_, i) => seedEmailAccount(profileId, { userName: `box${i}@example.com` }))
        restPlatform.transport = () => {
            platform.clock.advanceSeconds(5)
            return { status: 200, body: JSON.stringify({ emailAddress: `box${restPlatform.calls.length - 1}@example.com` }) }
        }
        runJob()
        expect(restPlatform.calls).toHaveLength(5)
        expect(accounts.filter((id) => healthOf(id).identity_status === 'match' || healthOf(id).identity_status === 'mismatch')).toHaveLength(5)
        runToRefresh()
        expect(restPlatform.calls).toHaveLength(8)
    })

    it('falls back to OpenID user info, then "unknown" when Google does not answer in time', () => {
        const { profileId } = seedGoogle()
        const accountId = seedEmailAccount(profileId, { userName: 'helpdesk@example.com' })
        restPlatform.transport = () => {
            throw new Error('Read timed out')
        }
        runJob()
        expect(restPlatform.calls.map((c) => c.url)).toEqual([GOOGLE.profileUrl, GOOGLE.userInfoUrl])
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, authorized_identity: 'unknown', identity_status: 'unknown' })
        expect(identityEvents()).toEqual([])
    })
})

describe('Gmail consent screen in Testing', () => {
    function seedGoogleAccount(): { accountId: string; profileId: string } {
        const { profileId } = seedProvider({ name: GOOGLE.entityName, tokenUrl: GOOGLE.tokenUrl })
        restPlatform.transport = () => ({ status: 200, body: '{"emailAddress":"helpdesk@example.com"}' })
        return { accountId: seedEmailAccount(profileId, { userName: 'helpdesk@example.com' }), profileId }
    }

    /** Runs every 3 hours until the day, the refresh token dying at `deathDay` (invalid_grant). */
    function liveUntilDeath(accountId: string, deathDay: number): void {
        const start = platform.clock.now()
        while (platform.clock.now() < start + deathDay * DAY * 1000) {
            platform.clock.advanceSeconds(3 * 3600)
            platform.oauth.provider.respondNext(refreshAnswerFor('helpdesk@example.com'))
            runJob()
        }
        platform.oauth.provider.respondNext(PROVIDER_BODIES.googleExpiredOrRevoked)
        platform.clock.advanceSeconds(3 * 3600)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.needsAuthorization, last_error_code: 'invalid_grant' })
    }

    function reauthorize(accountId: string, profileId: string): void {
        platform.clock.advanceSeconds(3600)
        platform.oauth.authorize(accountId, profileId)
        runJob()
        expect(healthOf(accountId)).toMatchObject({ status: STATUS.ok, last_authorized: formatGlideDateTime(platform.clock.now()) })
    }

    it('says so once when two authorizations in a row end within 7 days', () => {
        const { accountId, profileId } = seedGoogleAccount()
        runJob()
        liveUntilDeath(accountId, 7)
        expect(healthOf(accountId)).toMatchObject({ short_authorizations: 1, testing_mode_suspected: false })
        reauthorize(accountId, profileId)
        liveUntilDeath(accountId, 7)
        expect(healthOf(accountId)).toMatchObject({ short_authorizations: 2, testing_mode_suspected: true })
        expect(platform.events.filter((e) => e.name === EVENT.googleTestingMode).map((e) => e.parm2)).toEqual(['google_testing_mode'])
        reauthorize(accountId, profileId)
        liveUntilDeath(accountId, 7)
        expect(platform.events.filter((e) => e.name === EVENT.googleTestingMode)).toHaveLength(1)
    })

    it('does not count a revocation weeks after the authorization', () => {
        const { accountId, profileId } = seedGoogleAccount()
        runJob()
        liveUntilDeath(accountId, 7)
        reauthorize(accountId, profileId)
        liveUntilDeath(accountId, 30)
        expect(healthOf(accountId)).toMatchObject({ short_authorizations: 0, testing_mode_suspected: false })
        expect(platform.events.filter((e) => e.name === EVENT.googleTestingMode)).toHaveLength(0)
    })

    it('never applies to a Microsoft account', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        runJob()
        liveUntilDeath(accountId, 3)
        expect(healthOf(accountId).short_authorizations ?? 0).toBe(0)
    })
})
