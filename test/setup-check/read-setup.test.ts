import { PROPERTY } from '../../src/common/app.ts'
import { checkSetup } from '../../src/setup-check/checks.ts'
import { PLATFORM_REFRESH_JOB_SYS_ID, readAccountSetup, readSetupEnvironment, refreshBlockerCheck } from '../../src/setup-check/read-setup.ts'
import type { AccountSetupCheck } from '../../src/token-keeper/model.ts'
import { GlidePluginManager } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { ACCESS_TOKEN, CLIENT_SECRET, REFRESH_TOKEN, seedAccount, seedMicrosoftProvider, seedWorkingSetup } from './seed.ts'
import { INSTANCE_URL, REDIRECT_URL } from './fixtures.ts'
import { seedConnectionSecurityField } from '../stand-ins/fixtures.ts'

const codesOf = (accountId: string): string[] => checkSetup(readAccountSetup(accountId, readSetupEnvironment(), { readToken: true })).map((finding) => finding.code)

beforeEach(() => platform.reset())
afterEach(() => jest.restoreAllMocks())

describe('readSetupEnvironment', () => {
    it('reads the plugin, glide.servlet.uri, the active SMTP accounts, the platform job and reauth_warning_days', () => {
        seedWorkingSetup()
        platform.properties[PROPERTY.reauthWarningDays.name] = '10'
        expect(readSetupEnvironment()).toEqual({
            pluginActive: true,
            instanceUrl: INSTANCE_URL,
            activeSmtpAccounts: 1,
            platformRefreshJobActive: false,
            settings: { reauthWarningDays: 10 },
            access: { user: { name: 'admin', hasAuthorizeRole: true, canReadTokens: true }, job: { found: true, runAs: 'admin', runAsActive: true, runAsCanReadTokens: true } },
            platform: expect.any(Object),
            // The app-only facts: nothing seeded, so unknown choices, inactive Graph plugin, no inbox column, no JWT provider.
            accountTypeChoices: null,
            graphPluginActive: false,
            inboxAddressField: null,
            jwtProviders: 0,
            // No Connection security field in the stand-in dictionary: an older release.
            connectionSecurityField: null,
        })
    })

    it('takes the settings the job already read instead of reading the properties again', () => {
        seedWorkingSetup()
        platform.properties[PROPERTY.reauthWarningDays.name] = 'not a number'
        const environment = readSetupEnvironment({ reauthWarningDays: 3 })
        expect(environment.settings).toEqual({ reauthWarningDays: 3 })
        expect(platform.logs).toEqual([])
    })

    it('says unknown when the platform job is not on the instance, and false when the plugin is not', () => {
        expect(readSetupEnvironment()).toMatchObject({ pluginActive: false, instanceUrl: null, activeSmtpAccounts: 0, platformRefreshJobActive: null })
    })

    it('says unknown (null) when the plugin manager refuses the call, and logs why at debug level', () => {
        jest.spyOn(GlidePluginManager, 'isActive').mockImplementation(() => {
            throw new Error('Access to GlidePluginManager is not allowed from scope x_mail_oauth')
        })
        expect(readSetupEnvironment().pluginActive).toBeNull()
        expect(platform.logs.filter((line) => line.level === 'debug')).toEqual([{ level: 'debug', message: expect.stringContaining('is not allowed from scope x_mail_oauth') }])
    })
})

describe('readAccountSetup', () => {
    it('reads a working setup into a snapshot the check passes without findings', () => {
        const setup = seedWorkingSetup()
        const snapshot = readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })
        expect(snapshot.account).toMatchObject({ sys_id: setup.imapAccountId, type: 'imap', authentication: 'oauth2', port: '993', enable_ssl: '1', enable_tls: '0' })
        expect(snapshot.provider).toMatchObject({ sys_id: setup.providerId, redirect_url: REDIRECT_URL, client_secret_set: true, oauth_api_script_name: 'OAuthEmailMicrosoftSignIn', refresh_token_lifespan: '7776000' })
        expect(snapshot.providerScopes.map((scope) => scope.sys_id)).toEqual(setup.scopeIds)
        expect(snapshot.profileScopes.map((link) => link.scope?.sys_id)).toEqual(setup.scopeIds)
        expect(snapshot.token).toEqual({ state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 3000, hasRefreshToken: true, refreshTokenExpiresInSeconds: 80 * 86400 })
        expect(checkSetup(snapshot)).toEqual([])
        expect(codesOf(setup.smtpAccountId)).toEqual([])
    })

    it('keeps every secret out of the snapshot', () => {
        const setup = seedWorkingSetup()
        const text = JSON.stringify(readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true }))
        for (const secret of [CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN]) expect(text).not.toContain(secret)
    })

    it('reads in a fixed number of queries, whatever the number of scopes', () => {
        const setup = seedWorkingSetup()
        platform.stats.reset()
        readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })
        const few = platform.stats.totalQueries()
        for (let i = 0; i < 20; i += 1) {
            const scopeId = platform.db.insert('oauth_entity_scope', { name: `extra ${i}`, oauth_entity_scope: `https://outlook.office.com/Extra${i}`, oauth_entity: setup.providerId })
            platform.db.insert('oauth_entity_profile_scope', { oauth_entity_profile: setup.profileId, oauth_entity_scope: scopeId })
        }
        platform.stats.reset()
        readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })
        expect(platform.stats.totalQueries()).toBe(few)
        // Instance-wide: SMTP accounts, platform job (and its Run as user and role), app job (its Run as user and role),
        // the app-only facts (sys_choice, sys_documentation, jwt_provider); for the account: its records, its health row
        // (rules/authorization.ts) and the provider's recorded credentials; the dictionary of sys_email_account (Connection security).
        expect(few).toBeLessThanOrEqual(18)
        expect(platform.stats.totalWrites()).toBe(0)
    })

    it('turns a missing account, profile or provider into a null the check reports', () => {
        const setup = seedWorkingSetup()
        expect(codesOf('no-such-account')).toEqual(['account_not_found'])
        expect(codesOf('')).toEqual(['account_not_found'])
        platform.db.update('sys_email_account', setup.imapAccountId, { oauth_profile: 'deleted-profile' })
        expect(codesOf(setup.imapAccountId)).toEqual(['profile_not_found'])
        platform.db.update('sys_email_account', setup.imapAccountId, { oauth_profile: '' })
        expect(codesOf(setup.imapAccountId)).toEqual(['missing_profile'])
        platform.db.update('oauth_entity_profile', setup.profileId, { oauth_entity: 'deleted-provider' })
        expect(codesOf(setup.smtpAccountId)).toEqual(['provider_not_found'])
    })

    it('reads a linked scope of another provider, and a link to a deleted scope, as findings', () => {
        const setup = seedWorkingSetup()
        const other = seedMicrosoftProvider('Another provider')
        platform.db.insert('oauth_entity_profile_scope', { oauth_entity_profile: setup.profileId, oauth_entity_scope: other.scopeIds[0] })
        platform.db.insert('oauth_entity_profile_scope', { oauth_entity_profile: setup.profileId, oauth_entity_scope: 'deleted-scope' })
        const snapshot = readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })
        expect(snapshot.profileScopes.slice(-2).map((link) => link.scope?.oauth_entity)).toEqual([other.providerId, undefined])
        expect(codesOf(setup.imapAccountId)).toEqual(['scope_not_on_provider', 'scope_not_on_provider'])
    })

    it('reads the client secret as set or not, and the OAuth API script by its name', () => {
        const setup = seedWorkingSetup()
        const script = platform.db.insert('sys_script_include', { name: 'OAuthGoogleOfflineAccess', api_name: 'global.OAuthGoogleOfflineAccess' })
        platform.db.update('oauth_entity', setup.providerId, { client_secret: '', oauth_api_script: script })
        const snapshot = readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: false })
        expect(snapshot.provider).toMatchObject({ client_secret_set: false, oauth_api_script_name: 'OAuthGoogleOfflineAccess' })
        expect(snapshot.token).toEqual({ state: 'not_read' })
    })

    it('reads an account never authorized, and one with an access token only', () => {
        const { profileId } = seedWorkingSetup()
        const never = seedAccount(profileId, 'imap', 'Never authorized', false)
        expect(codesOf(never)).toEqual(['not_authorized'])
        platform.oauth.setToken(never, profileId, { accessToken: ACCESS_TOKEN, accessExpiresInSeconds: 100 })
        expect(codesOf(never)).toEqual(['no_refresh_token'])
    })

    it('reports a token the platform refuses to read, without the exception leaking a secret', () => {
        const setup = seedWorkingSetup()
        platform.hooks.beforeGetToken = () => {
            throw new Error(`Access denied while reading token ${REFRESH_TOKEN}`)
        }
        const snapshot = readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })
        expect(snapshot.token).toEqual({ state: 'unreadable', reason: expect.stringContaining('Access denied') })
        expect(JSON.stringify(snapshot)).not.toContain(REFRESH_TOKEN)
        expect(checkSetup(snapshot).map((finding) => finding.code)).toEqual(['token_unreadable'])
    })

    it('counts the other active SMTP accounts', () => {
        const { profileId, smtpAccountId } = seedWorkingSetup()
        seedAccount(profileId, 'smtp', 'Second outbound')
        expect(codesOf(smtpAccountId)).toEqual(['multiple_active_smtp'])
    })
})

describe('refreshBlockerCheck (the refresh job\'s checkAccount seam)', () => {
    it('fits the job\'s AccountSetupCheck type', () => {
        const seam: AccountSetupCheck = refreshBlockerCheck()
        expect(typeof seam).toBe('function')
    })

    it('returns the errors that stop a refresh, leaves the token alone and reports no token state', () => {
        const { profileId, providerId } = seedWorkingSetup()
        const never = seedAccount(profileId, 'imap', 'Never authorized', false)
        platform.db.update('oauth_entity', providerId, { client_secret: null, client_id: '<application (client) id>', auth_url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize' })
        let tokenReads = 0
        platform.hooks.beforeGetToken = () => {
            tokenReads += 1
        }
        const findings = refreshBlockerCheck()(never)
        expect(findings.map((finding) => finding.code)).toEqual(['client_id_placeholder', 'client_secret_missing'])
        expect(findings[0].message).toContain('Client ID still holds the placeholder')
        expect(tokenReads).toBe(0)
    })

    it('returns nothing for a working account, and the job\'s own missing_profile for an account without a profile', () => {
        const setup = seedWorkingSetup()
        expect(refreshBlockerCheck()(setup.imapAccountId)).toEqual([])
        platform.db.update('sys_email_account', setup.imapAccountId, { oauth_profile: null })
        expect(refreshBlockerCheck()(setup.imapAccountId).map((finding) => finding.code)).toEqual(['missing_profile'])
    })

    it('keeps refreshing an account whose errors do not touch the token request', () => {
        const setup = seedWorkingSetup()
        platform.db.update('oauth_entity', setup.providerId, { redirect_url: 'https://old-instance.service-now.com/oauth_redirect.do', token_url: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token' })
        platform.db.update('sys_email_account', setup.imapAccountId, { port: 143 })
        platform.db.update('sysauto_script', PLATFORM_REFRESH_JOB_SYS_ID, { active: true })
        expect(codesOf(setup.imapAccountId)).toEqual(['tenant_mismatch', 'redirect_url_mismatch', 'port_mismatch', 'platform_refresh_job_active'])
        expect(refreshBlockerCheck()(setup.imapAccountId)).toEqual([])
    })

    it('does not read or warn about the properties once per account', () => {
        const setup = seedWorkingSetup()
        const check = refreshBlockerCheck()
        check(setup.imapAccountId)
        check(setup.smtpAccountId)
        expect(platform.logs).toEqual([])
    })

    it('reads the instance-wide setup once per run, not once per account', () => {
        const setup = seedWorkingSetup()
        platform.stats.reset()
        const check = refreshBlockerCheck()
        check(setup.imapAccountId)
        check(setup.smtpAccountId)
        // The platform's job and the app's own (for its Run as user), once each.
        expect(platform.stats.queriesOn('sysauto_script')).toBe(2)
    })
})

describe('Connection security (newer releases)', () => {
    it('reports an account left on None, and one whose choice does not match its port, where the field exists', () => {
        const setup = seedWorkingSetup()
        seedConnectionSecurityField()
        platform.db.update('sys_email_account', setup.imapAccountId, { connection_security: '0' })
        expect(codesOf(setup.imapAccountId)).toContain('connection_security_mismatch')
        platform.db.update('sys_email_account', setup.imapAccountId, { connection_security: '1' })
        expect(codesOf(setup.imapAccountId)).toContain('connection_security_mismatch')
        platform.db.update('sys_email_account', setup.imapAccountId, { connection_security: '2' })
        expect(codesOf(setup.imapAccountId)).not.toContain('connection_security_mismatch')
    })

    it('says nothing of it where the field does not exist (older releases: Enable SSL / Enable TLS are checked)', () => {
        const setup = seedWorkingSetup()
        platform.db.update('sys_email_account', setup.imapAccountId, { connection_security: '0' })
        expect(readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: false }).connectionSecurity).toBeNull()
        expect(codesOf(setup.imapAccountId)).not.toContain('connection_security_mismatch')
    })
})

