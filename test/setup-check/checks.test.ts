import { classifyMailError, MAIL_CODE } from '../../src/mail-flow/codes.ts'
import { CANARY_CODE } from '../../src/mail-flow/legs.ts'
import { GOOGLE, INSTANCE_REDIRECT_URL, MICROSOFT, PLACEHOLDER } from '../../src/providers.ts'
import { checkSetup, FINDING_CODES, firstRefreshBlocker, summarise } from '../../src/setup-check/checks.ts'
import type { Finding, FindingCode, SetupSnapshot } from '../../src/setup-check/checks.ts'
import { APP_ONLY_BROKEN } from './app-only-fixtures.ts'
import { CERTIFICATE_BROKEN } from './certificate-fixtures.ts'
import { CLIENT_ID, gmailImap, gmailSmtp, linkTo, microsoftImap, microsoftSmtp, scopeRecord, TENANT, withScopes } from './fixtures.ts'

const JOB_OK = { found: true, runAs: 'admin', runAsActive: true, runAsCanReadTokens: true }

const DAY = 86400

function codes(findings: Finding[]): string[] {
    return findings.map((finding) => finding.code).sort()
}

function change(base: () => SetupSnapshot, edit: (snapshot: SetupSnapshot) => void): () => SetupSnapshot {
    return () => {
        const snapshot = base()
        edit(snapshot)
        return snapshot
    }
}

const msUrl = (tenant: string, path: string): string => `https://login.microsoftonline.com/${tenant}/${path}`

/** Each row breaks one thing (or a realistic few) in a working setup; the codes are exactly what it must produce. */
/** A Connection security field as newer releases may have it (its column is not documented). */
const CONNECTION_SECURITY = { element: 'connection_security', label: 'Connection security', choiceLabels: { starttls: 'STARTTLS', ssl_tls: 'SSL/TLS' } }

const BROKEN: [string, () => SetupSnapshot, FindingCode[]][] = [
    ['plugin com.glide.email.oauth inactive', change(microsoftImap, (s) => (s.pluginActive = false)), ['plugin_inactive']],
    ['plugin state unknown', change(microsoftImap, (s) => (s.pluginActive = null)), ['plugin_state_unknown']],
    ['account record missing', change(microsoftImap, (s) => (s.account = null)), ['account_not_found']],
    ['account inactive', change(microsoftImap, (s) => (s.account!.active = '0')), ['account_inactive']],
    ['basic (password) authentication', change(microsoftImap, (s) => (s.account!.authentication = 'password')), ['not_oauth2', 'basic_auth_cutoff']],
    ['basic (password) authentication at a server of neither provider', change(microsoftImap, (s) => { s.account!.authentication = 'password'; s.account!.server = 'mail.example.org' }), ['not_oauth2']],
    ['POP3 account with OAuth', change(microsoftImap, (s) => (s.account!.type = 'pop3')), ['pop3_unsupported']],
    ['unexpected account type', change(microsoftImap, (s) => (s.account!.type = 'exchange')), ['account_type_unknown']],
    ['no OAuth profile', change(microsoftImap, (s) => { s.account!.oauth_profile = null; s.profile = null }), ['missing_profile']],
    ['OAuth profile reference dangling', change(microsoftImap, (s) => (s.profile = null)), ['profile_not_found']],
    ['profile without a provider', change(microsoftImap, (s) => { s.profile!.oauth_entity = ''; s.provider = null }), ['provider_not_found']],
    ['provider inactive', change(microsoftImap, (s) => (s.provider!.active = '0')), ['provider_inactive']],
    ['provider is an inbound client', change(microsoftImap, (s) => (s.provider!.type = 'client')), ['provider_wrong_type']],
    ['client credentials grant on the profile', change(microsoftImap, (s) => (s.profile!.grant_type = 'client_credentials')), ['grant_type_not_authorization_code']],
    ['authorization URL empty', change(microsoftImap, (s) => (s.provider!.auth_url = '')), ['auth_url_missing']],
    ['authorization URL not a URL', change(microsoftImap, (s) => (s.provider!.auth_url = 'see the Entra portal')), ['auth_url_not_url']],
    ['authorization URL over http', change(gmailImap, (s) => (s.provider!.auth_url = GOOGLE.authUrl.replace('https', 'http'))), ['auth_url_not_https']],
    ['Google authorization URL with a wrong path', change(gmailImap, (s) => (s.provider!.auth_url = 'https://accounts.google.com/o/oauth2/token')), ['auth_url_wrong_path']],
    ['token URL empty', change(gmailImap, (s) => (s.provider!.token_url = '   ')), ['token_url_missing']],
    ['token URL without a scheme', change(microsoftImap, (s) => (s.provider!.token_url = `login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`)), ['token_url_not_url']],
    ['token URL over http', change(microsoftImap, (s) => (s.provider!.token_url = msUrl(TENANT, 'oauth2/v2.0/token').replace('https', 'http'))), ['token_url_not_https']],
    ['<tenant> placeholder still in both URLs', change(microsoftImap, (s) => { s.provider!.auth_url = MICROSOFT.authUrl; s.provider!.token_url = MICROSOFT.tokenUrl }), ['auth_url_placeholder', 'token_url_placeholder']],
    ['Microsoft v1 endpoints with v2 scopes', change(microsoftImap, (s) => { s.provider!.auth_url = msUrl(TENANT, 'oauth2/authorize'); s.provider!.token_url = msUrl(TENANT, 'oauth2/token') }), ['auth_url_v1_endpoint', 'token_url_v1_endpoint']],
    ['common tenant', change(microsoftImap, (s) => { s.provider!.auth_url = msUrl('common', 'oauth2/v2.0/authorize'); s.provider!.token_url = msUrl('common', 'oauth2/v2.0/token') }), ['shared_tenant']],
    ['organizations tenant on the token URL only', change(microsoftImap, (s) => (s.provider!.token_url = msUrl('organizations', 'oauth2/v2.0/token'))), ['shared_tenant', 'tenant_mismatch']],
    ['tenants differ between the URLs', change(microsoftImap, (s) => (s.provider!.token_url = msUrl('contoso.onmicrosoft.com', 'oauth2/v2.0/token'))), ['tenant_mismatch']],
    ['token URL pointing at the authorize endpoint', change(microsoftImap, (s) => (s.provider!.token_url = msUrl(TENANT, 'oauth2/v2.0/authorize'))), ['token_url_wrong_path']],
    ['Google auth URL with Microsoft token URL', change(microsoftImap, (s) => (s.provider!.auth_url = GOOGLE.authUrl)), ['provider_urls_mismatch']],
    ['provider neither Microsoft nor Google', change(microsoftImap, (s) => { s.provider!.auth_url = 'https://idp.example.net/oauth2/authorize'; s.provider!.token_url = 'https://idp.example.net/oauth2/token' }), ['provider_not_recognised']],
    ['client id empty', change(microsoftImap, (s) => (s.provider!.client_id = null)), ['client_id_missing']],
    ['client id placeholder as shipped', change(microsoftImap, (s) => (s.provider!.client_id = PLACEHOLDER.clientId)), ['client_id_placeholder']],
    ['client secret pasted as client id', change(microsoftImap, (s) => (s.provider!.client_id = 'Qw8Q~abcdEFGHijklMNOPqrstUVWXyz0123456789')), ['client_id_malformed']],
    ['Gmail client id that is not Google\'s', change(gmailImap, (s) => (s.provider!.client_id = CLIENT_ID)), ['client_id_malformed']],
    ['client secret empty', change(microsoftImap, (s) => (s.provider!.client_secret_set = false)), ['client_secret_missing']],
    ['redirect URL with the <instance> placeholder', change(microsoftImap, (s) => (s.provider!.redirect_url = INSTANCE_REDIRECT_URL)), ['redirect_url_mismatch']],
    ['redirect URL empty, as shipped: the instance generates it', change(microsoftImap, (s) => (s.provider!.redirect_url = MICROSOFT.redirectUrl)), ['redirect_url_generated']],
    ['Gmail refresh token lifespan of 183 days: a healthy token would be called expired', change(gmailImap, (s) => (s.provider!.refresh_token_lifespan = '15811200')), ['refresh_token_lifespan_too_short']],
    ['Gmail refresh token lifespan left empty (the platform default of 100 days)', change(gmailImap, (s) => (s.provider!.refresh_token_lifespan = null)), ['refresh_token_lifespan_too_short']],
    ['redirect URL of another instance', change(microsoftImap, (s) => (s.provider!.redirect_url = 'https://acmedev.service-now.com/oauth_redirect.do')), ['redirect_url_mismatch']],
    ['glide.servlet.uri not set', change(microsoftImap, (s) => (s.instanceUrl = null)), ['instance_url_unknown']],
    ['openid and offline_access in one scope entry', change(microsoftImap, (s) => Object.assign(s, withScopes(s, [MICROSOFT.scope.imap, 'openid offline_access']))), ['scope_combined']],
    ['scopes separated by commas in one entry', change(microsoftImap, (s) => Object.assign(s, withScopes(s, [`${MICROSOFT.scope.imap},openid,offline_access`]))), ['scope_combined']],
    ['offline_access missing (no refresh token)', change(microsoftImap, (s) => Object.assign(s, withScopes(s, [MICROSOFT.scope.imap, MICROSOFT.scope.openid]))), ['offline_access_missing']],
    ['offline_access on the provider but not on the profile', change(microsoftImap, (s) => (s.profileScopes = s.profileScopes.filter((link) => link.scope?.oauth_entity_scope !== 'offline_access'))), ['offline_access_missing', 'scope_not_on_profile']],
    ['IMAP scope missing on an IMAP account', change(microsoftImap, (s) => Object.assign(s, withScopes(s, [MICROSOFT.scope.smtp, MICROSOFT.scope.openid, MICROSOFT.scope.offlineAccess]))), ['imap_scope_missing']],
    ['SMTP.Send missing on an SMTP account', change(microsoftSmtp, (s) => Object.assign(s, withScopes(s, [MICROSOFT.scope.imap, MICROSOFT.scope.offlineAccess]))), ['smtp_scope_missing']],
    ['Graph scope mixed with Outlook scopes', change(microsoftImap, (s) => Object.assign(s, withScopes(s, [MICROSOFT.scope.imap, MICROSOFT.scope.offlineAccess, 'https://graph.microsoft.com/Mail.Read']))), ['graph_scope_mixed']],
    ['bare User.Read mixed with Outlook scopes', change(microsoftImap, (s) => Object.assign(s, withScopes(s, [MICROSOFT.scope.imap, MICROSOFT.scope.offlineAccess, 'User.Read']))), ['graph_scope_mixed']],
    ['IMAP scope without its resource', change(microsoftImap, (s) => Object.assign(s, withScopes(s, ['IMAP.AccessAsUser.All', MICROSOFT.scope.offlineAccess]))), ['outlook_scope_without_resource']],
    ['default profile with no scopes', change(microsoftImap, (s) => (s.profileScopes = [])), ['profile_has_no_scopes', 'scope_not_on_profile', 'scope_not_on_profile', 'scope_not_on_profile', 'scope_not_on_profile']],
    ['profile links a scope of another provider', change(microsoftImap, (s) => s.profileScopes.push(linkTo(scopeRecord('google-scope', GOOGLE.scope.mail, 'google-entity')))), ['scope_not_on_provider']],
    ['profile scope link dangling', change(microsoftImap, (s) => s.profileScopes.push({ sys_id: 'dangling', oauth_entity_scope: 'gone', scope: null })), ['scope_not_on_provider']],
    ['empty scope entry on the provider', change(microsoftImap, (s) => s.providerScopes.push(scopeRecord('blank', '', 'ms-entity'))), ['scope_empty']],
    ['Gmail without OAuthGoogleOfflineAccess', change(gmailImap, (s) => (s.provider!.oauth_api_script_name = null)), ['google_offline_access_missing']],
    ['Microsoft without the sign-in script (an upgraded provider)', change(microsoftImap, (s) => (s.provider!.oauth_api_script_name = null)), ['sign_in_script_missing']],
    ['Gmail without the mail scope', change(gmailImap, (s) => Object.assign(s, withScopes(s, ['openid', 'email']))), ['imap_scope_missing']],
    ['Gmail SMTP on port 465', change(gmailSmtp, (s) => (s.account!.port = '465')), ['port_mismatch']],
    ['Microsoft IMAP on the wrong server', change(microsoftImap, (s) => (s.account!.server = 'outlook.office.com')), ['server_mismatch']],
    ['Microsoft IMAP on port 143', change(microsoftImap, (s) => (s.account!.port = '143')), ['port_mismatch']],
    ['Microsoft IMAP without SSL', change(microsoftImap, (s) => (s.account!.enable_ssl = 'false')), ['ssl_mismatch']],
    ['SMTP account on the IMAP port', change(microsoftSmtp, (s) => (s.account!.port = '993')), ['smtp_on_imap_port']],
    ['SMTP with SSL instead of STARTTLS', change(microsoftSmtp, (s) => { s.account!.enable_ssl = '1'; s.account!.enable_tls = '0' }), ['ssl_mismatch', 'tls_mismatch']],
    ['Connection security None (newer releases)', change(microsoftImap, (s) => (s.connectionSecurity = { ...CONNECTION_SECURITY, value: '0', kind: 'none' })), ['connection_security_mismatch']],
    ['Connection security STARTTLS on the IMAP port 993', change(microsoftImap, (s) => (s.connectionSecurity = { ...CONNECTION_SECURITY, value: 'starttls', kind: 'starttls' })), ['connection_security_mismatch']],
    ['Connection security SSL/TLS on the STARTTLS port 587', change(microsoftSmtp, (s) => (s.connectionSecurity = { ...CONNECTION_SECURITY, value: 'ssl', kind: 'ssl_tls' })), ['connection_security_mismatch']],
    ['SMTP on the consumer Outlook server', change(microsoftSmtp, (s) => (s.account!.server = 'smtp-mail.outlook.com')), ['server_mismatch']],
    ['server empty', change(microsoftImap, (s) => (s.account!.server = '')), ['server_missing']],
    ['port not a number', change(microsoftImap, (s) => (s.account!.port = 'imaps')), ['port_invalid']],
    ['user name empty', change(microsoftImap, (s) => (s.account!.user_name = null)), ['user_name_missing']],
    ['user name still the placeholder', change(microsoftImap, (s) => (s.account!.user_name = PLACEHOLDER.mailbox)), ['user_name_placeholder']],
    ['user name not an address', change(microsoftImap, (s) => (s.account!.user_name = 'CONTOSO\\support')), ['user_name_not_address']],
    ['never authorized', change(microsoftImap, (s) => (s.token = { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null })), ['not_authorized']],
    ['access token without a refresh token', change(microsoftImap, (s) => (s.token = { state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 3000, hasRefreshToken: false, refreshTokenExpiresInSeconds: null })), ['no_refresh_token']],
    ['refresh token ending in 2 days', change(microsoftImap, (s) => (s.token = { state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 3000, hasRefreshToken: true, refreshTokenExpiresInSeconds: 2 * DAY })), ['reauth_due']],
    ['token unreadable', change(microsoftImap, (s) => (s.token = { state: 'unreadable', reason: 'Access to GlideOAuthClient denied' })), ['token_unreadable']],
    ['two active SMTP accounts', change(microsoftSmtp, (s) => (s.activeSmtpAccounts = 2)), ['multiple_active_smtp']],
    ['refresh token lifespan left at the platform default of 100 days', change(microsoftImap, (s) => (s.provider!.refresh_token_lifespan = null)), ['refresh_token_lifespan_too_long']],
    ['refresh token lifespan not a number', change(microsoftImap, (s) => (s.provider!.refresh_token_lifespan = '90 days')), ['refresh_token_lifespan_invalid']],
    ['platform refresh job active too', change(microsoftImap, (s) => (s.platformRefreshJobActive = true)), ['platform_refresh_job_active']],
    ['checked by a group member without admin: no token read', change(microsoftImap, (s) => (s.access = { user: { name: 'jdoe', hasAuthorizeRole: true, canReadTokens: false }, job: JOB_OK })), ['user_needs_role_admin']],
    ['checked by a user without oauth_admin', change(microsoftImap, (s) => (s.access = { user: { name: 'jdoe', hasAuthorizeRole: false, canReadTokens: true }, job: JOB_OK })), ['user_needs_role_oauth_admin']],
    ['the refresh job deleted', change(microsoftImap, (s) => (s.access = { user: null, job: { found: false, runAs: '', runAsActive: null, runAsCanReadTokens: null } })), ['job_not_found']],
    ['the refresh job with Run as empty', change(microsoftImap, (s) => (s.access = { user: null, job: { ...JOB_OK, runAs: '', runAsActive: null, runAsCanReadTokens: null } })), ['job_run_as_empty']],
    ['the refresh job running as an inactive user', change(microsoftImap, (s) => (s.access = { user: null, job: { ...JOB_OK, runAsActive: false } })), ['job_run_as_inactive']],
    ['the refresh job running as a user without admin', change(microsoftImap, (s) => (s.access = { user: null, job: { ...JOB_OK, runAs: 'svc.mail', runAsCanReadTokens: false } })), ['job_run_as_needs_role_admin']],
    ['authorized with the admin\'s own sign-in', change(microsoftImap, (s) => (s.authorization = { identity: 'admin@contoso.com', identitySource: 'token', acceptedDelegate: '', testingModeSuspected: false })), ['identity_mismatch']],
    ['shared mailbox read by an accepted delegate', change(microsoftImap, (s) => (s.authorization = { identity: 'helper@contoso.com', identitySource: 'token', acceptedDelegate: 'helper@contoso.com', testingModeSuspected: false })), ['identity_delegate']],
    ['Google consent screen left in Testing', change(gmailImap, (s) => (s.authorization = { identity: null, identitySource: null, acceptedDelegate: '', testingModeSuspected: true })), ['google_testing_mode']],
    [
        "platform refresh job running as a user without admin",
        change(microsoftImap, (s) => (s.platform = { refreshJobActive: true, refreshJobRunAs: { userName: 'jdoe', active: true, hasAdmin: false }, expiredCredentialHoursKept: null, oldCredentialDaysKept: null })),
        ['platform_refresh_job_run_as_not_admin'],
    ],
    ['client secret recorded as expiring in 5 days', change(microsoftImap, (s) => (s.credentials = [{ kind: 'secret', expires: '2026-12-06', daysLeft: 5 }])), ['client_credential_expiring']],
    ['client secret recorded as expired yesterday', change(microsoftImap, (s) => (s.credentials = [{ kind: 'secret', expires: '2026-11-30', daysLeft: -1 }])), ['client_credential_expired']],
    [
        'expired OAuth credentials deleted after 2 hours',
        change(microsoftImap, (s) => (s.platform = { refreshJobActive: false, refreshJobRunAs: null, expiredCredentialHoursKept: '2', oldCredentialDaysKept: null })),
        ['oauth_credential_cleanup_too_soon'],
    ],
    [
        'Microsoft IMAP account as the app ships it',
        change(microsoftImap, (s) => {
            Object.assign(s.account!, { active: '0', user_name: PLACEHOLDER.mailbox })
            Object.assign(s.provider!, { client_id: PLACEHOLDER.clientId, auth_url: MICROSOFT.authUrl, token_url: MICROSOFT.tokenUrl, redirect_url: MICROSOFT.redirectUrl, client_secret_set: false })
            s.token = { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null }
            s.platformRefreshJobActive = true
        }),
        ['account_inactive', 'auth_url_placeholder', 'client_id_placeholder', 'client_secret_missing', 'not_authorized', 'platform_refresh_job_active', 'redirect_url_generated', 'token_url_placeholder', 'user_name_placeholder'],
    ],
    ...APP_ONLY_BROKEN,
    ...CERTIFICATE_BROKEN,
    ...MAIL_FLOW_BROKEN(),
]

/** One snapshot per mail-flow code (rules/mail-flow.ts): the health row's latest mail error, or the canary's state. */
function MAIL_FLOW_BROKEN(): [string, () => SetupSnapshot, FindingCode[]][] {
    const quiet = { mailCode: '', mailError: '', mailErrorAt: '', canaryStatus: 'ok', canaryLeg: '', canaryCode: '', canaryMessage: '' }
    const mail = Object.values(MAIL_CODE).map((code): [string, () => SetupSnapshot, FindingCode[]] => [
        `last email failed: ${code}`,
        change(microsoftImap, (s) => (s.mailFlow = { ...quiet, mailCode: code, mailError: `the server answer: ${classifyMailError('').fix}` })),
        [code],
    ])
    const paused = ['canary_action_inactive', 'canary_mailbox_no_address', 'canary_disabled', 'canary_no_instance_name']
    const canary = [...Object.values(CANARY_CODE).filter((code) => !paused.includes(code)), ...paused].map((code): [string, () => SetupSnapshot, FindingCode[]] => [
        `canary: ${code}`,
        change(microsoftImap, (s) => (s.mailFlow = { ...quiet, canaryStatus: paused.includes(code) ? 'paused' : 'failing', canaryLeg: 'inbound', canaryCode: code, canaryMessage: 'Check it under System Mailboxes > Email Diagnostics.' })),
        [code as FindingCode],
    ])
    return [...mail, ...canary]
}

describe('checkSetup on working setups', () => {
    it('finds nothing to say about rights when the user and the job hold the roles', () => {
        const snapshot = microsoftImap()
        snapshot.access = { user: { name: 'admin', hasAuthorizeRole: true, canReadTokens: true }, job: JOB_OK }
        expect(checkSetup(snapshot)).toEqual([])
    })

    it.each([
        ['Microsoft 365 IMAP', microsoftImap],
        ['Microsoft 365 SMTP', microsoftSmtp],
        ['Gmail IMAP', gmailImap],
        ['Gmail SMTP', gmailSmtp],
    ])('%s has no findings at all', (_name, build) => {
        expect(checkSetup(build())).toEqual([])
    })

    it('accepts the Google token endpoint on oauth2.googleapis.com and the script include by its API name', () => {
        const snapshot = gmailImap()
        snapshot.provider!.token_url = 'https://oauth2.googleapis.com/token'
        snapshot.provider!.oauth_api_script_name = 'global.OAuthGoogleOfflineAccess'
        // Offline access is there; only the app's script that also asks for the account is advised.
        expect(codes(checkSetup(snapshot))).toEqual(['sign_in_script_missing'])
    })

    it('tolerates a trailing slash missing from glide.servlet.uri', () => {
        const snapshot = microsoftImap()
        snapshot.instanceUrl = 'https://acme.service-now.com'
        expect(checkSetup(snapshot)).toEqual([])
    })

    it('recognises the provider by its URL hosts, not by its name', () => {
        const snapshot = microsoftImap()
        snapshot.provider!.name = 'Gmail (renamed by someone)'
        snapshot.account!.port = '143'
        expect(codes(checkSetup(snapshot))).toEqual(['port_mismatch'])
    })
})

describe('checkSetup on broken setups', () => {
    it('has at least 30 broken configurations', () => {
        expect(BROKEN.length).toBeGreaterThanOrEqual(30)
    })

    it.each(BROKEN)('%s', (_name, build, expected) => {
        expect(codes(checkSetup(build()))).toEqual([...expected].sort())
    })

    it('covers every finding code in the table', () => {
        const produced = new Set(BROKEN.flatMap(([, build]) => codes(checkSetup(build()))))
        expect(Object.keys(FINDING_CODES).filter((code) => !produced.has(code))).toEqual([])
    })

    it.each(BROKEN)('%s: each finding names a form, list or page and a field, with its catalogue severity', (_name, build) => {
        for (const finding of checkSetup(build())) {
            expect(finding.severity).toBe(FINDING_CODES[finding.code].severity)
            expect(finding.field).toMatch(/^[a-z_]+(\.[a-z_.]+)?$/)
            expect(finding.message).toMatch(/form|list|System Definition|glide\.servlet\.uri|Cross-Scope/)
            expect(finding.message.length).toBeLessThan(600)
        }
    })
})

describe('finding messages', () => {
    const messageOf = (snapshot: SetupSnapshot, code: FindingCode): string => checkSetup(snapshot).find((finding) => finding.code === code)?.message ?? ''

    it('tells the admin to authorize in a private window signed in as the mailbox', () => {
        const snapshot = microsoftImap()
        snapshot.token = { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null }
        const message = messageOf(snapshot, 'not_authorized')
        expect(message).toContain('Authorize Email Account Access')
        expect(message).toContain('private (incognito) browser window')
        expect(message).toContain('as the mailbox itself, not with your own session')
    })

    it('gives the exact redirect URL of this instance', () => {
        const snapshot = microsoftImap()
        snapshot.provider!.redirect_url = 'https://acme.service-now.com/oauth_redirect'
        expect(messageOf(snapshot, 'redirect_url_mismatch')).toContain('clear it so the instance generates https://acme.service-now.com/oauth_redirect.do')
    })

    it('says which redirect URL the instance generates when the field is empty', () => {
        const snapshot = microsoftImap()
        snapshot.provider!.redirect_url = null
        expect(messageOf(snapshot, 'redirect_url_generated')).toContain('the instance generates https://acme.service-now.com/oauth_redirect.do: register exactly that URL at the provider')
    })

    it('names the entries a combined scope must be split into', () => {
        const snapshot = withScopes(microsoftImap(), [MICROSOFT.scope.imap, 'openid offline_access'])
        expect(messageOf(snapshot, 'scope_combined')).toContain('make each of openid, offline_access its own entry')
    })

    it('lists the scopes a profile without any must get', () => {
        const snapshot = microsoftSmtp()
        snapshot.profileScopes = []
        expect(messageOf(snapshot, 'profile_has_no_scopes')).toContain(`add each of these as its own entry: ${MICROSOFT.scope.smtp}, openid, offline_access`)
    })

    it('for Gmail without a refresh token, points at the OAuth API Script', () => {
        const snapshot = gmailImap()
        snapshot.token = { state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 100, hasRefreshToken: false, refreshTokenExpiresInSeconds: null }
        expect(messageOf(snapshot, 'no_refresh_token')).toContain('set OAuth API Script to OAuthGoogleOfflineAccess')
    })

    it('never shows a value longer than 120 characters', () => {
        const snapshot = microsoftImap()
        snapshot.account!.user_name = 'x'.repeat(5000)
        expect(messageOf(snapshot, 'user_name_not_address')).toContain(`"${'x'.repeat(117)}..."`)
    })
})

describe('reauth_due uses the reauth_warning_days setting', () => {
    const withRefreshLeft = (seconds: number | null, days: number): SetupSnapshot => {
        const snapshot = microsoftImap()
        snapshot.token = { state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 3000, hasRefreshToken: true, refreshTokenExpiresInSeconds: seconds }
        snapshot.settings = { reauthWarningDays: days }
        return snapshot
    }

    it.each([
        [7 * DAY, 7, ['reauth_due']],
        [7 * DAY + 1, 7, []],
        [20 * DAY, 30, ['reauth_due']],
        [3600, 0, []],
        [0, 7, []],
        [null, 7, []],
    ])('%p seconds left, warning at %p days: %p', (seconds, days, expected) => {
        expect(codes(checkSetup(withRefreshLeft(seconds, days)))).toEqual(expected)
    })

    it('does not check the token at all when it was not read', () => {
        const snapshot = microsoftImap()
        snapshot.token = { state: 'not_read' }
        expect(checkSetup(snapshot)).toEqual([])
    })
})

describe('finding order', () => {
    it('puts the plugin first and the token state after the configuration', () => {
        const snapshot = microsoftImap()
        snapshot.pluginActive = false
        snapshot.provider!.client_secret_set = false
        snapshot.token = { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null }
        expect(checkSetup(snapshot).map((finding) => finding.code)).toEqual(['plugin_inactive', 'client_secret_missing', 'not_authorized'])
    })
})

describe('summarise', () => {
    const finding = (code: FindingCode): Finding => ({ code, severity: FINDING_CODES[code].severity, field: 'x', message: 'y' })

    it.each([
        [[], 'No problems found: the OAuth setup of "Support inbox" is complete'],
        [['platform_refresh_job_active'], 'No problems found: the OAuth setup of "Support inbox" is complete (1 note above)'],
        [['reauth_due'], '1 warning, no errors: mail works; the warnings say what will need care'],
        [['shared_tenant', 'reauth_due', 'scope_empty'], '3 warnings, no errors: mail works; the warnings say what will need care'],
        [['client_secret_missing'], '1 error: mail will stop at the next token refresh'],
        [['client_secret_missing', 'offline_access_missing', 'shared_tenant', 'account_inactive'], '2 errors, 1 warning: mail will stop at the next token refresh'],
        [['redirect_url_mismatch', 'port_mismatch'], '2 errors: mail fails, or will at the next authorization, until the errors are fixed'],
        [['not_oauth2', 'account_inactive'], '1 error: the account does not use OAuth2, so its OAuth setup was not checked further'],
        [['not_authorized', 'client_secret_missing'], '2 errors: no mail flows until the errors are fixed and the account is authorized'],
    ] as [FindingCode[], string][])('%p -> %s', (found, expected) => {
        expect(summarise(found.map(finding), 'Support inbox')).toBe(expected)
    })
})

describe('firstRefreshBlocker', () => {
    const finding = (code: FindingCode): Finding => ({ code, severity: FINDING_CODES[code].severity, field: 'x', message: code })

    it('skips errors that break authorization or mail but not the refresh, and warnings', () => {
        const findings = ['shared_tenant', 'redirect_url_mismatch', 'imap_scope_missing', 'port_mismatch', 'client_secret_missing', 'token_url_placeholder'].map((code) => finding(code as FindingCode))
        expect(firstRefreshBlocker(findings)?.code).toBe('client_secret_missing')
    })

    it('is null for a setup whose token can still be refreshed', () => {
        expect(firstRefreshBlocker(['redirect_url_mismatch', 'user_name_not_address', 'google_offline_access_missing', 'plugin_inactive', 'tenant_mismatch', 'client_id_malformed'].map((code) => finding(code as FindingCode)))).toBeNull()
        expect(firstRefreshBlocker(checkSetup(microsoftImap()))).toBeNull()
    })

    it('blocks only where a token request certainly cannot be made or succeed', () => {
        const blocking = Object.entries(FINDING_CODES).filter(([, entry]) => entry.blocksRefresh).map(([code]) => code)
        expect(blocking.sort()).toEqual(
            [
                'account_not_found', 'not_oauth2', 'missing_profile', 'profile_not_found', 'provider_not_found', 'token_url_missing', 'token_url_not_url',
                'token_url_placeholder', 'client_id_missing', 'client_id_placeholder', 'client_secret_missing', 'not_authorized', 'no_refresh_token',
            ].sort(),
        )
        for (const code of blocking) expect(FINDING_CODES[code as FindingCode].severity).toBe('error')
    })
})
