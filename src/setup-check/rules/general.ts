/**
 * The general rules: the plugin, the email account's fields, its profile and provider (endpoints,
 * client, redirect URL, scopes), the mail server against the provider's preset, and the token the
 * platform holds. Pure: findings from a plain snapshot; nothing here throws, whatever the snapshot
 * holds (every read goes through `text()` / `objects()`).
 */
import { GOOGLE, INSTANCE_REDIRECT_URL, MICROSOFT, PLACEHOLDER, REDIRECT_PATH } from '../../providers.ts'
import type { MailServerPreset, ProviderPreset } from '../../providers.ts'
import { isTrue } from '../../common/fields.ts'
import { SIGN_IN_SCRIPT } from '../../authorization/sign-in.ts'
import type { AccountFields, FindingSpec, ProfileFields, ProfileScopeLink, ProviderFields, RawValue, ScopeRecord, TokenSnapshot } from '../finding.ts'

export const GENERAL_FINDING_CODES = {
    plugin_inactive: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    plugin_state_unknown: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    account_not_found: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    account_inactive: { severity: 'info', kind: 'configuration', blocksRefresh: false },
    not_oauth2: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    pop3_unsupported: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    account_type_unknown: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    missing_profile: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    profile_not_found: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    provider_not_found: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    provider_inactive: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    provider_wrong_type: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    grant_type_not_authorization_code: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    auth_url_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    auth_url_not_url: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    auth_url_not_https: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    auth_url_placeholder: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    auth_url_v1_endpoint: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    auth_url_wrong_path: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    token_url_missing: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    token_url_not_url: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    token_url_not_https: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    token_url_placeholder: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    token_url_v1_endpoint: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    token_url_wrong_path: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    provider_urls_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    provider_not_recognised: { severity: 'info', kind: 'configuration', blocksRefresh: false },
    tenant_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    shared_tenant: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    client_id_missing: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    client_id_placeholder: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    client_id_malformed: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    client_secret_missing: { severity: 'error', kind: 'configuration', blocksRefresh: true },
    instance_url_unknown: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    redirect_url_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    redirect_url_generated: { severity: 'info', kind: 'configuration', blocksRefresh: false },
    profile_has_no_scopes: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    scope_combined: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    scope_empty: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    scope_not_on_profile: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    scope_not_on_provider: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    offline_access_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    imap_scope_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    smtp_scope_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    outlook_scope_without_resource: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    graph_scope_mixed: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    google_offline_access_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    server_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    server_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    port_invalid: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    port_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    smtp_on_imap_port: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    ssl_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    tls_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    user_name_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    user_name_placeholder: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    user_name_not_address: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    multiple_active_smtp: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    refresh_token_lifespan_invalid: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    refresh_token_lifespan_too_long: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    refresh_token_lifespan_too_short: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    platform_refresh_job_active: { severity: 'info', kind: 'configuration', blocksRefresh: false },
    token_unreadable: { severity: 'warning', kind: 'token', blocksRefresh: false },
    not_authorized: { severity: 'error', kind: 'token', blocksRefresh: true },
    no_refresh_token: { severity: 'error', kind: 'token', blocksRefresh: true },
    reauth_due: { severity: 'warning', kind: 'token', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

export type GeneralFindingCode = keyof typeof GENERAL_FINDING_CODES

/** The part of the setup snapshot these rules read. */
export interface GeneralSnapshot {
    account?: AccountFields | null
    profile?: ProfileFields | null
    provider?: ProviderFields | null
    providerScopes?: ScopeRecord[]
    profileScopes?: ProfileScopeLink[]
    token?: TokenSnapshot
    instanceUrl?: RawValue
    activeSmtpAccounts?: number | null
    settings?: { reauthWarningDays: number }
}

/** How far the account's setup could be followed: the names the later rule files word their findings with. */
export interface ReachedProvider {
    accountName: string
    mailbox: string
    providerName: string
    tokenPresent: boolean
}

const EMAIL_ACCOUNT_FORM = 'Email Account form'
const REGISTRY_FORM = 'Application Registry form'
const PROFILE_FORM = 'OAuth Entity Profile form'
const SCOPES_LIST = 'OAuth Entity Scopes related list'
const PROFILE_SCOPES_LIST = 'OAuth Entity Profile Scopes related list'
const PLATFORM_DEFAULT_REFRESH_TOKEN_LIFESPAN_SECONDS = 8640000
const SECONDS_PER_DAY = 86400
const GRAPH_RESOURCE = 'https://graph.microsoft.com/'
/** The resource prefix of Microsoft's mail scopes (https://outlook.office.com/), taken from the preset. */
const OUTLOOK_RESOURCE = MICROSOFT.scope.imap.slice(0, MICROSOFT.scope.imap.lastIndexOf('/') + 1)
/** Google also serves its token endpoint on this host (https://oauth2.googleapis.com/token). */
const GOOGLE_TOKEN_HOST = 'oauth2.googleapis.com'
const SHARED_TENANTS = ['common', 'organizations']

/**
 * The account, its profile and provider, the server and the token, in the order to fix them. Returns
 * what the later rule files need when the account's provider was reached, or null when a missing link
 * stopped the check earlier.
 */
export function accountAndProviderFindings(snapshot: GeneralSnapshot, add: Add): ReachedProvider | null {
    const snap: GeneralSnapshot = isObject(snapshot) ? snapshot : {}
    const account = objectOrNull<AccountFields>(snap.account)
    if (!account) {
        add('account_not_found', 'sys_email_account', 'The email account was not found: open it again from the Email Accounts list (System Mailboxes > Administration > Email Accounts) and run the check from its form.')
        return null
    }
    const accountName = quoted(account.name, 'this account')
    const type = text(account.type).toLowerCase()
    const isActive = isTrue(account.active)

    if (!isActive) {
        add('account_inactive', 'sys_email_account.active', `${accountName} is inactive, so the platform neither reads nor sends mail with it: once the check shows no errors and the account is authorized, tick Active on the ${EMAIL_ACCOUNT_FORM}.`)
    }
    if (type === 'pop3') {
        add('pop3_unsupported', 'sys_email_account.type', `${accountName} is a POP3 account, and the platform does not support OAuth for POP3 (KB0793336): on the ${EMAIL_ACCOUNT_FORM}, set Type to IMAP (or create an IMAP account) and deactivate this one.`)
    } else if (type !== 'imap' && type !== 'smtp') {
        add('account_type_unknown', 'sys_email_account.type', `${accountName} has Type ${shown(account.type)}: on the ${EMAIL_ACCOUNT_FORM}, set Type to IMAP (to receive) or SMTP (to send).`)
    }
    if (text(account.authentication) !== 'oauth2') {
        add('not_oauth2', 'sys_email_account.authentication', `${accountName} uses Authentication ${shown(account.authentication)}: on the ${EMAIL_ACCOUNT_FORM}, set Authentication to OAuth2 and select the OAuth Profile of your provider.`)
        return null
    }

    checkAccountFields(account, accountName, type, isActive, snap.activeSmtpAccounts, add)

    const profileId = text(account.oauth_profile)
    if (!profileId) {
        add('missing_profile', 'sys_email_account.oauth_profile', `${accountName} has no OAuth Profile: on the ${EMAIL_ACCOUNT_FORM}, select the profile of your provider (for example "${MICROSOFT.profileName}" or "${GOOGLE.profileName}").`)
        return null
    }
    const profile = objectOrNull<ProfileFields>(snap.profile)
    if (!profile) {
        add('profile_not_found', 'sys_email_account.oauth_profile', `The OAuth Profile of ${accountName} points to a record that no longer exists: on the ${EMAIL_ACCOUNT_FORM}, select an existing profile in OAuth Profile.`)
        return null
    }
    const profileName = quoted(profile.name, 'the OAuth profile')
    const provider = objectOrNull<ProviderFields>(snap.provider)
    if (!text(profile.oauth_entity) || !provider) {
        add('provider_not_found', 'oauth_entity_profile.oauth_entity', `The ${PROFILE_FORM} of ${profileName} names no existing provider: set its OAuth Entity to the Application Registry entry of your mail provider.`)
        return null
    }

    const context: ProviderContext = {
        accountName,
        type,
        profile,
        profileName,
        provider,
        providerName: quoted(provider.name, 'the provider'),
        preset: null,
    }
    checkProviderRecord(context, add)
    context.preset = checkEndpoints(context, add)
    checkClient(context, add)
    checkRedirect(context, snap.instanceUrl, add)
    checkScopes(context, objects<ScopeRecord>(snap.providerScopes), objects<ProfileScopeLink>(snap.profileScopes), add)
    if (context.preset) {
        checkPresetSpecifics(context, account, add)
    }
    checkToken(context, snap.token, snap.settings, add)
    return { accountName: text(account.name), mailbox: text(account.user_name), providerName: text(provider.name), tokenPresent: hasToken(snap.token) }
}

/** The platform's own refresh job beside this app's (a note, not a problem). */
export function platformJobFinding(platformRefreshJobActive: unknown, add: Add): void {
    if (isTrue(platformRefreshJobActive)) {
        add('platform_refresh_job_active', 'sysauto_script.active', 'The platform\'s own scheduled job "Refresh email access token" is active too. Both refresh tokens; this app refreshes before expiry, so the platform\'s job rarely acts. Leave it on as a fallback, or deactivate it on its Scheduled Script Execution form (System Definition > Scheduled Jobs).')
    }
}

type Add = (code: GeneralFindingCode, field: string, message: string) => void

interface ProviderContext {
    accountName: string
    type: string
    profile: ProfileFields
    profileName: string
    provider: ProviderFields
    providerName: string
    preset: ProviderPreset | null
}

export function pluginFindings(pluginActive: unknown, add: Add): void {
    if (pluginActive === false) {
        add('plugin_inactive', 'v_plugin.active', 'The plugin "Email: OAUTH support for IMAP, Microsoft Graph (Receiving), and SMTP" (com.glide.email.oauth) is not active: activate it in System Definition > Plugins (an app cannot do it for you).')
    } else if (pluginActive !== true) {
        add('plugin_state_unknown', 'v_plugin.active', 'The check could not tell whether the plugin com.glide.email.oauth is active: look it up in System Definition > Plugins and activate it if it is not.')
    }
}

function checkAccountFields(account: AccountFields, accountName: string, type: string, isActive: boolean, activeSmtpAccounts: unknown, add: Add): void {
    const userName = text(account.user_name)
    if (!userName) {
        add('user_name_missing', 'sys_email_account.user_name', `${accountName} has no User name: on the ${EMAIL_ACCOUNT_FORM}, enter the mailbox's address (the account you authorize as).`)
    } else if (userName.toLowerCase() === PLACEHOLDER.mailbox) {
        add('user_name_placeholder', 'sys_email_account.user_name', `${accountName} still has the placeholder User name ${PLACEHOLDER.mailbox}: on the ${EMAIL_ACCOUNT_FORM}, enter the mailbox's address.`)
    } else if (!isEmailAddress(userName)) {
        add('user_name_not_address', 'sys_email_account.user_name', `User name ${shown(account.user_name)} of ${accountName} is not an email address: on the ${EMAIL_ACCOUNT_FORM}, enter the mailbox's full address (name@domain).`)
    }
    if (!text(account.server)) {
        add('server_missing', 'sys_email_account.server', `${accountName} has no Server: on the ${EMAIL_ACCOUNT_FORM}, enter the mail server's host name.`)
    }
    const port = text(account.port)
    if (port && !isPort(port)) {
        add('port_invalid', 'sys_email_account.port', `Port ${shown(account.port)} of ${accountName} is not a port number: on the ${EMAIL_ACCOUNT_FORM}, enter the server's port (IMAP over SSL: 993; SMTP with STARTTLS: 587).`)
    }
    if (type === 'smtp' && port === '993') {
        add('smtp_on_imap_port', 'sys_email_account.port', `${accountName} is an SMTP account on port 993, the IMAP port: on the ${EMAIL_ACCOUNT_FORM}, set Port to 587 (STARTTLS).`)
    }
    const activeSmtp = typeof activeSmtpAccounts === 'number' ? activeSmtpAccounts : 0
    if (type === 'smtp' && isActive && activeSmtp > 1) {
        add('multiple_active_smtp', 'sys_email_account.active', `${activeSmtp} SMTP accounts are active, and the platform sends through only one at a time: deactivate all but one on their ${EMAIL_ACCOUNT_FORM}s (System Mailboxes > Administration > Email Accounts).`)
    }
}

function checkProviderRecord(context: ProviderContext, add: Add): void {
    const { provider, providerName, profile, profileName } = context
    if (!isTrue(provider.active)) {
        add('provider_inactive', 'oauth_entity.active', `The provider ${providerName} is inactive: tick Active on its ${REGISTRY_FORM} (System OAuth > Application Registry).`)
    }
    if (text(provider.type) !== 'oauth_provider') {
        add('provider_wrong_type', 'oauth_entity.type', `${providerName} is of type ${shown(provider.type)}, not a third-party OAuth provider: create the provider in System OAuth > Application Registry > New > "Connect to a third party OAuth Provider" and point the ${PROFILE_FORM} of ${profileName} at it.`)
    }
    const providerGrant = text(provider.default_grant_type)
    if (providerGrant && providerGrant !== 'authorization_code') {
        add('grant_type_not_authorization_code', 'oauth_entity.default_grant_type', `${providerName} has Default Grant type ${shown(provider.default_grant_type)}: on its ${REGISTRY_FORM}, set Default Grant type to Authorization Code (a mailbox is authorized by a person signing in).`)
    }
    const profileGrant = text(profile.grant_type)
    if (profileGrant && profileGrant !== 'authorization_code') {
        add('grant_type_not_authorization_code', 'oauth_entity_profile.grant_type', `${profileName} has Grant type ${shown(profile.grant_type)}: on the ${PROFILE_FORM}, set Grant type to Authorization Code.`)
    }
}

interface ParsedUrl {
    scheme: string
    host: string
    path: string
}

/** Validates both URLs, recognises the provider by their hosts, and checks provider-specific paths and tenants. */
function checkEndpoints(context: ProviderContext, add: Add): ProviderPreset | null {
    const auth = checkUrlField(context, 'auth_url', 'Authorization URL', add)
    const token = checkUrlField(context, 'token_url', 'Token URL', add)
    const authPreset = auth ? presetForHost(auth.host) : null
    const tokenPreset = token ? presetForHost(token.host) : null
    if (authPreset && tokenPreset && authPreset !== tokenPreset) {
        add('provider_urls_mismatch', 'oauth_entity.auth_url', `On the ${REGISTRY_FORM} of ${context.providerName}, the Authorization URL is ${authPreset.label}'s and the Token URL is ${tokenPreset.label}'s: use both URLs of one provider (${tokenPreset.label}: ${tokenPreset.authUrl} and ${tokenPreset.tokenUrl}).`)
        return null
    }
    const preset = tokenPreset ?? authPreset
    if (!preset) {
        if (auth || token) {
            add('provider_not_recognised', 'oauth_entity.token_url', `${context.providerName} is neither Microsoft 365 nor Gmail (by its URL hosts), so the provider-specific checks were skipped: compare the scopes (OAuth Entity Scopes related list), Server, Port and Refresh Token Lifespan with your provider's documentation on the ${REGISTRY_FORM} and the ${EMAIL_ACCOUNT_FORM}.`)
        }
        return null
    }
    if (preset === MICROSOFT) {
        checkMicrosoftPath(context, 'auth_url', 'Authorization URL', auth, 'authorize', MICROSOFT.authUrl, add)
        checkMicrosoftPath(context, 'token_url', 'Token URL', token, 'token', MICROSOFT.tokenUrl, add)
        checkTenants(context, auth, token, add)
    } else {
        // Besides the preset's endpoints, Google documents /o/oauth2/v2/auth and https://oauth2.googleapis.com/token.
        checkGooglePath(context, 'auth_url', 'Authorization URL', auth, [pathOf(GOOGLE.authUrl), '/o/oauth2/v2/auth'], GOOGLE.authUrl, add)
        checkGooglePath(context, 'token_url', 'Token URL', token, [pathOf(GOOGLE.tokenUrl), '/token'], GOOGLE.tokenUrl, add)
    }
    return preset
}

/** Returns the parsed URL when it is a usable https URL (a placeholder still parses, so paths can be checked). */
function checkUrlField(context: ProviderContext, field: 'auth_url' | 'token_url', label: string, add: Add): ParsedUrl | null {
    const raw = text(context.provider[field])
    const where = `On the ${REGISTRY_FORM} of ${context.providerName}`
    const example = `for example ${MICROSOFT[field === 'auth_url' ? 'authUrl' : 'tokenUrl']} with your tenant, or ${GOOGLE[field === 'auth_url' ? 'authUrl' : 'tokenUrl']}`
    if (!raw) {
        add(`${field}_missing`, `oauth_entity.${field}`, `${where}, ${label} is empty: enter the provider's ${label.toLowerCase()} (${example}).`)
        return null
    }
    const parsed = parseUrl(raw)
    if (!parsed) {
        add(`${field}_not_url`, `oauth_entity.${field}`, `${where}, ${label} ${shown(raw)} is not a URL: enter the provider's ${label.toLowerCase()} (${example}).`)
        return null
    }
    if (parsed.scheme !== 'https') {
        add(`${field}_not_https`, `oauth_entity.${field}`, `${where}, ${label} ${shown(raw)} does not use https: enter the https address the provider publishes.`)
        return null
    }
    if (/<[^>]*>|%3C/i.test(raw)) {
        add(`${field}_placeholder`, `oauth_entity.${field}`, `${where}, ${label} ${shown(raw)} still holds a placeholder: replace ${PLACEHOLDER.tenant} with your Entra tenant id (a GUID) or domain (contoso.onmicrosoft.com).`)
    }
    return parsed
}

function checkMicrosoftPath(context: ProviderContext, field: 'auth_url' | 'token_url', label: string, url: ParsedUrl | null, endpoint: string, expected: string, add: Add): void {
    if (!url) {
        return
    }
    const segments = url.path.split('/').filter((segment) => segment !== '')
    const where = `On the ${REGISTRY_FORM} of ${context.providerName}`
    if (segments.length === 3 && segments[1] === 'oauth2' && segments[2] === endpoint) {
        add(`${field}_v1_endpoint`, `oauth_entity.${field}`, `${where}, ${label} is Microsoft's v1 endpoint, which does not understand the mail scopes (${MICROSOFT.scope.imap}, ${MICROSOFT.scope.offlineAccess}): set it to ${expected}, with your tenant.`)
    } else if (!(segments.length === 4 && segments[1] === 'oauth2' && segments[2] === 'v2.0' && segments[3] === endpoint)) {
        add(`${field}_wrong_path`, `oauth_entity.${field}`, `${where}, ${label} ${shown(context.provider[field])} is not Microsoft's ${endpoint} endpoint: set it to ${expected}, with your tenant.`)
    }
}

function checkGooglePath(context: ProviderContext, field: 'auth_url' | 'token_url', label: string, url: ParsedUrl | null, paths: string[], expected: string, add: Add): void {
    if (url && paths.indexOf(url.path.replace(/\/+$/, '')) < 0) {
        add(`${field}_wrong_path`, `oauth_entity.${field}`, `On the ${REGISTRY_FORM} of ${context.providerName}, ${label} ${shown(context.provider[field])} is not Google's endpoint: set it to ${expected}.`)
    }
}

function checkTenants(context: ProviderContext, auth: ParsedUrl | null, token: ParsedUrl | null, add: Add): void {
    const tenantOf = (url: ParsedUrl | null): string => (url ? (url.path.split('/').filter((segment) => segment !== '')[0] ?? '').toLowerCase() : '')
    const authTenant = tenantOf(auth)
    const tokenTenant = tenantOf(token)
    const where = `On the ${REGISTRY_FORM} of ${context.providerName}`
    const isPlaceholder = (tenant: string): boolean => tenant.indexOf('<') >= 0 || tenant.indexOf('%3c') >= 0
    if (authTenant && tokenTenant && authTenant !== tokenTenant && !isPlaceholder(authTenant) && !isPlaceholder(tokenTenant)) {
        add('tenant_mismatch', 'oauth_entity.token_url', `${where}, the Authorization URL names tenant "${authTenant}" and the Token URL "${tokenTenant}": use your own tenant id in both.`)
    }
    const shared = [authTenant, tokenTenant].find((tenant) => SHARED_TENANTS.indexOf(tenant) >= 0)
    if (shared) {
        add('shared_tenant', 'oauth_entity.auth_url', `${where}, the URLs use the "${shared}" tenant. It works for multi-tenant app registrations, but a single-tenant registration (the usual one for a company mailbox) fails with AADSTS50194: replace "${shared}" with your tenant id in both URLs.`)
    }
}

function checkClient(context: ProviderContext, add: Add): void {
    const { provider, providerName, preset } = context
    const clientId = text(provider.client_id)
    const where = `on the ${REGISTRY_FORM} of ${providerName}`
    const source = preset === GOOGLE ? 'Google Cloud console > APIs & Services > Credentials' : 'Entra ID > App registrations > your app > Overview'
    if (!clientId) {
        add('client_id_missing', 'oauth_entity.client_id', `Client ID is empty ${where}: paste the client id from ${source}.`)
    } else if (clientId === PLACEHOLDER.clientId || /[<>]/.test(clientId)) {
        add('client_id_placeholder', 'oauth_entity.client_id', `Client ID still holds the placeholder ${shown(clientId)} ${where}: paste the client id from ${source}.`)
    } else if (preset === MICROSOFT && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clientId)) {
        // The value is not echoed: a malformed client id is often the client secret pasted into the wrong field.
        add('client_id_malformed', 'oauth_entity.client_id', `Client ID ${where} is not an Entra application id (a GUID such as 00000000-0000-0000-0000-000000000000): paste the Application (client) ID from ${source}.`)
    } else if (preset === GOOGLE && !/^\S+\.apps\.googleusercontent\.com$/i.test(clientId)) {
        add('client_id_malformed', 'oauth_entity.client_id', `Client ID ${where} is not a Google OAuth client id (it ends in .apps.googleusercontent.com): paste it from ${source}.`)
    }
    if (provider.client_secret_set !== true) {
        add('client_secret_missing', 'oauth_entity.client_secret', `Client Secret is empty ${where}: type the secret's value (not its id) from ${preset === GOOGLE ? source : 'Entra ID > App registrations > your app > Certificates & secrets'}.`)
    }
}

function checkRedirect(context: ProviderContext, instanceUrl: unknown, add: Add): void {
    const base = text(instanceUrl)
    const parsed = parseUrl(base)
    const redirect = text(context.provider.redirect_url)
    const where = `on the ${REGISTRY_FORM} of ${context.providerName}`
    const expected = parsed ? `${base.replace(/\/+$/, '')}/${REDIRECT_PATH}` : INSTANCE_REDIRECT_URL
    if (redirect === '') {
        // The documented default: "Leave the field empty to have the instance auto-generate the URL".
        add('redirect_url_generated', 'oauth_entity.redirect_url', `Redirect URL ${where} is empty, so the instance generates ${expected}: register exactly that URL at the provider (Entra: Authentication > Redirect URIs; Google: Authorized redirect URIs).`)
        return
    }
    if (!parsed) {
        add('instance_url_unknown', 'sys_properties.glide.servlet.uri', `The property glide.servlet.uri is ${shown(instanceUrl)}, so the Redirect URL could not be checked: make sure Redirect URL ${where} is ${INSTANCE_REDIRECT_URL} with your instance name, exactly as registered at the provider, or leave it empty so the instance generates it.`)
        return
    }
    if (redirect !== expected) {
        add('redirect_url_mismatch', 'oauth_entity.redirect_url', `Redirect URL ${where} is ${shown(context.provider.redirect_url)}: clear it so the instance generates ${expected} (or set exactly that), and register that URL at the provider (a difference gives AADSTS50011 or redirect_uri_mismatch).`)
    }
}

function checkScopes(context: ProviderContext, providerScopes: ScopeRecord[], links: ProfileScopeLink[], add: Add): void {
    const { provider, providerName, profileName, preset, type } = context
    const providerId = text(provider.sys_id)
    const scopeRecords: ScopeRecord[] = providerScopes.slice()
    const linkedScopeIds: string[] = []
    for (const link of links) {
        const scope = objectOrNull<ScopeRecord>(link.scope)
        if (!scope) {
            add('scope_not_on_provider', 'oauth_entity_profile_scope.oauth_entity_scope', `The ${PROFILE_SCOPES_LIST} of ${profileName} has an entry whose scope record no longer exists: delete that entry on the ${PROFILE_FORM}.`)
            continue
        }
        linkedScopeIds.push(text(scope.sys_id))
        if (text(scope.oauth_entity) !== providerId) {
            add('scope_not_on_provider', 'oauth_entity_profile_scope.oauth_entity_scope', `Scope ${shown(scope.oauth_entity_scope)} in the ${PROFILE_SCOPES_LIST} of ${profileName} belongs to another provider: remove it there, add it in the ${SCOPES_LIST} of ${providerName}'s ${REGISTRY_FORM}, and link that entry instead.`)
            scopeRecords.push(scope)
        }
    }
    const seen: string[] = []
    for (const scope of scopeRecords) {
        const id = text(scope.sys_id)
        if (seen.indexOf(id) >= 0) {
            continue
        }
        seen.push(id)
        const value = text(scope.oauth_entity_scope)
        const label = quoted(scope.name, 'a scope entry')
        if (!value) {
            add('scope_empty', 'oauth_entity_scope.oauth_entity_scope', `Scope entry ${label} of ${providerName} has an empty OAuth scope: fill it in or delete the entry in the ${SCOPES_LIST}.`)
        } else if (splitScopes(value).length > 1) {
            add('scope_combined', 'oauth_entity_scope.oauth_entity_scope', `Scope entry ${label} holds several scopes (${shown(value)}): in the ${SCOPES_LIST} of ${providerName}, make each of ${splitScopes(value).join(', ')} its own entry, and link each to ${profileName}.`)
        }
    }
    for (const scope of providerScopes) {
        if (text(scope.oauth_entity_scope) && linkedScopeIds.indexOf(text(scope.sys_id)) < 0) {
            add('scope_not_on_profile', 'oauth_entity_profile_scope.oauth_entity_scope', `Scope ${shown(scope.oauth_entity_scope)} is on ${providerName} but not on ${profileName}, so it is not requested: add it in the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM}, or delete it from the provider if it is not needed.`)
        }
    }
    const requested: string[] = []
    for (const link of links) {
        const scope = objectOrNull<ScopeRecord>(link.scope)
        requested.push(...(scope ? splitScopes(text(scope.oauth_entity_scope)) : []))
    }
    if (requested.length === 0) {
        const needed = preset ? requiredScopes(preset, type).join(', ') : 'the scopes your mail provider needs'
        add('profile_has_no_scopes', 'oauth_entity_profile_scope.oauth_entity_scope', `${profileName} requests no scopes (a provider's auto-created default profile has none): in the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM}, add each of these as its own entry: ${needed}.`)
        return
    }
    if (preset === MICROSOFT) {
        checkMicrosoftScopes(context, requested, add)
    } else if (preset === GOOGLE && (type === 'imap' || type === 'smtp') && !hasScope(requested, GOOGLE.scope.mail)) {
        add(type === 'imap' ? 'imap_scope_missing' : 'smtp_scope_missing', 'oauth_entity_profile_scope.oauth_entity_scope', `${profileName} does not request ${GOOGLE.scope.mail}, the one scope Gmail's IMAP and SMTP accept: add it in the ${SCOPES_LIST} of ${providerName} and in the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM}.`)
    }
}

function checkMicrosoftScopes(context: ProviderContext, requested: string[], add: Add): void {
    const { profileName, providerName, type } = context
    const addHow = `add it as its own entry in the ${SCOPES_LIST} of ${providerName} and in the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM}, then authorize the account again`
    const field = 'oauth_entity_profile_scope.oauth_entity_scope'
    if (!hasScope(requested, MICROSOFT.scope.offlineAccess)) {
        add('offline_access_missing', field, `${profileName} does not request ${MICROSOFT.scope.offlineAccess}, so Microsoft issues no refresh token and mail stops within the hour: ${addHow}.`)
    }
    const bare = requested.filter((scope) => /^(IMAP\.AccessAsUser\.All|SMTP\.Send|POP\.AccessAsUser\.All)$/i.test(scope))
    for (const scope of bare) {
        add('outlook_scope_without_resource', field, `${profileName} requests "${scope}" without its resource, which Microsoft reads as a Graph permission (IMAP and SMTP then fail with "AUTHENTICATE failed"): in the ${SCOPES_LIST} of ${providerName}, change that entry's OAuth scope to ${OUTLOOK_RESOURCE}${scope}.`)
    }
    const hasBare = (full: string): boolean => bare.some((scope) => `${OUTLOOK_RESOURCE}${scope}`.toLowerCase() === full.toLowerCase())
    if (type === 'imap' && !hasScope(requested, MICROSOFT.scope.imap) && !hasBare(MICROSOFT.scope.imap)) {
        add('imap_scope_missing', field, `${profileName} does not request ${MICROSOFT.scope.imap}, which an IMAP account needs: ${addHow}.`)
    }
    if (type === 'smtp' && !hasScope(requested, MICROSOFT.scope.smtp) && !hasBare(MICROSOFT.scope.smtp)) {
        add('smtp_scope_missing', field, `${profileName} does not request ${MICROSOFT.scope.smtp}, which an SMTP account needs: ${addHow}.`)
    }
    const graph = requested.filter((scope) => isGraphScope(scope))
    const outlook = requested.filter((scope) => scope.toLowerCase().indexOf(OUTLOOK_RESOURCE) === 0)
    if (graph.length > 0 && outlook.length > 0) {
        add('graph_scope_mixed', field, `${profileName} mixes Microsoft Graph scopes (${graph.join(', ')}) with Outlook scopes: the token then has Graph's audience and IMAP/SMTP fail with "AUTHENTICATE failed". Remove ${graph.join(', ')} from the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM}.`)
    }
}

function checkPresetSpecifics(context: ProviderContext, account: AccountFields, add: Add): void {
    const { provider, providerName, preset, type, accountName } = context
    if (!preset) {
        return
    }
    const apiScript = lastNamePart(text(provider.oauth_api_script_name))
    if (preset === GOOGLE && apiScript !== GOOGLE.oauthApiScript && apiScript !== SIGN_IN_SCRIPT.google) {
        add('google_offline_access_missing', 'oauth_entity.oauth_api_script', `OAuth API Script on the ${REGISTRY_FORM} of ${providerName} is ${shown(provider.oauth_api_script_name)}: set it to ${GOOGLE.oauthApiScript} (the platform's, KB0813417), or Google issues no refresh token (access_type=offline) and mail stops within the hour. ${SIGN_IN_SCRIPT.google} (installed with Email OAuth Manager) does the same and makes Google ask which account signs in: use it only once Check this instance on the overview page says the app's OAuth API scripts run.`)
    }
    if (type === 'imap' || type === 'smtp') {
        checkServer(accountName, account, type === 'imap' ? preset.imap : preset.smtp, preset, type, add)
    }
    const rawLifespan = text(provider.refresh_token_lifespan)
    const lifespan = rawLifespan === '' ? PLATFORM_DEFAULT_REFRESH_TOKEN_LIFESPAN_SECONDS : Number(rawLifespan)
    const bound = preset.refreshTokenLifespanSeconds
    const where = `Refresh Token Lifespan on the ${REGISTRY_FORM} of ${providerName}`
    const days = (seconds: number): string => `${Math.round(seconds / SECONDS_PER_DAY)} days`
    if (!isFinite(lifespan) || lifespan < 0) {
        add('refresh_token_lifespan_invalid', 'oauth_entity.refresh_token_lifespan', `${where} is ${shown(provider.refresh_token_lifespan)}, not a number of seconds: set it to ${bound} (${days(bound)}).`)
    } else if (preset.refreshTokenLifespanBound === 'at_most' && lifespan > bound) {
        add('refresh_token_lifespan_too_long', 'oauth_entity.refresh_token_lifespan', `${where} is ${lifespan} seconds (${days(lifespan)}), longer than ${preset.label}'s refresh tokens live, so the instance believes a dead token is still good (KB2132135) and Token health's Refresh token expires, and with it the reauth_due warning, comes up to ${days(lifespan - bound)} too late: set it to ${bound} (${days(bound)}).`)
    } else if (preset.refreshTokenLifespanBound === 'at_least' && lifespan < bound) {
        add('refresh_token_lifespan_too_short', 'oauth_entity.refresh_token_lifespan', `${where} is ${lifespan} seconds (${days(lifespan)}${rawLifespan === '' ? ', the platform default' : ''}). ${preset.label} refresh tokens in use do not expire by time and are not rotated, so the expiry the instance stores at authorization never moves: after ${days(lifespan)} it calls a working token expired and mail stops. Set it to ${bound} (${days(bound)}), then authorize the account again so the stored expiry is recomputed.`)
    }
}

function checkServer(accountName: string, account: AccountFields, expected: MailServerPreset, preset: ProviderPreset, type: string, add: Add): void {
    const server = text(account.server)
    const port = text(account.port)
    const protocol = type.toUpperCase()
    const fix = `${expected.host}, port ${expected.port}, ${expected.security === 'ssl' ? 'Enable SSL ticked' : 'Enable TLS ticked and Enable SSL cleared'}`
    if (server && server.toLowerCase() !== expected.host) {
        add('server_mismatch', 'sys_email_account.server', `${accountName} uses Server ${shown(server)}, but ${preset.label} ${protocol} is ${expected.host}: on the ${EMAIL_ACCOUNT_FORM}, set Server to ${fix}.`)
    }
    const reportedElsewhere = (type === 'smtp' && port === '993') || (port !== '' && !isPort(port))
    if (port !== String(expected.port) && !reportedElsewhere) {
        add('port_mismatch', 'sys_email_account.port', `${accountName} uses Port ${shown(account.port)}, but ${preset.label} ${protocol} listens on ${expected.port}: on the ${EMAIL_ACCOUNT_FORM}, set Port to ${expected.port}.`)
    }
    if (expected.security === 'ssl' && !isTrue(account.enable_ssl)) {
        add('ssl_mismatch', 'sys_email_account.enable_ssl', `${preset.label} ${protocol} on port ${expected.port} needs SSL: on the ${EMAIL_ACCOUNT_FORM} of ${accountName}, tick Enable SSL.`)
    }
    if (expected.security === 'starttls') {
        if (!isTrue(account.enable_tls)) {
            add('tls_mismatch', 'sys_email_account.enable_tls', `${preset.label} ${protocol} on port ${expected.port} needs STARTTLS: on the ${EMAIL_ACCOUNT_FORM} of ${accountName}, tick Enable TLS.`)
        }
        if (isTrue(account.enable_ssl)) {
            add('ssl_mismatch', 'sys_email_account.enable_ssl', `${preset.label} ${protocol} on port ${expected.port} starts in plain text and upgrades with STARTTLS, so SSL from the first byte fails: on the ${EMAIL_ACCOUNT_FORM} of ${accountName}, clear Enable SSL and tick Enable TLS.`)
        }
    }
}

function checkToken(context: ProviderContext, token: unknown, settings: unknown, add: Add): void {
    const state = isObject(token) ? (token as { state?: unknown }).state : undefined
    const authorizeHow = `on the ${EMAIL_ACCOUNT_FORM} of ${context.accountName}, click Authorize Email Account Access in a private (incognito) browser window, signed in to the provider as the mailbox itself, not with your own session`
    if (state === 'unreadable') {
        const reason = text((token as { reason?: unknown }).reason).slice(0, 200)
        add('token_unreadable', 'oauth_credential', `The account's token could not be read${reason ? ` (${reason})` : ''}: make sure this app's cross-scope access to GlideOAuthClient is allowed (System Applications > Application Cross-Scope Access) and run the check again.`)
        return
    }
    if (state !== 'read') {
        return
    }
    const read = token as { hasAccessToken?: unknown; hasRefreshToken?: unknown; refreshTokenExpiresInSeconds?: unknown }
    const hasAccess = read.hasAccessToken === true
    const hasRefresh = read.hasRefreshToken === true
    if (!hasAccess && !hasRefresh) {
        add('not_authorized', 'oauth_credential', `${context.accountName} has never been authorized (no token): ${authorizeHow}.`)
        return
    }
    if (!hasRefresh) {
        const googleFix = `set OAuth API Script to ${GOOGLE.oauthApiScript} on the ${REGISTRY_FORM} of ${context.providerName}`
        const microsoftFix = `add ${MICROSOFT.scope.offlineAccess} to the scopes of ${context.profileName}`
        const addOffline = context.preset === GOOGLE ? googleFix : context.preset === MICROSOFT ? microsoftFix : `make the provider issue a refresh token (${MICROSOFT.scope.offlineAccess} for Microsoft; for Google, ${googleFix})`
        add('no_refresh_token', 'oauth_credential', `${context.accountName} has an access token but no refresh token, so mail stops when it expires: ${addOffline}, then ${authorizeHow}.`)
        return
    }
    const secondsLeft = typeof read.refreshTokenExpiresInSeconds === 'number' ? read.refreshTokenExpiresInSeconds : 0
    const configuredDays = isObject(settings) ? (settings as { reauthWarningDays?: unknown }).reauthWarningDays : undefined
    const warningDays = typeof configuredDays === 'number' && isFinite(configuredDays) && configuredDays >= 0 ? configuredDays : 0
    if (secondsLeft > 0 && secondsLeft <= warningDays * SECONDS_PER_DAY) {
        add('reauth_due', 'oauth_credential', `The refresh token of ${context.accountName} ends in ${Math.max(1, Math.ceil(secondsLeft / 3600))} hours (within ${warningDays} days), after which mail stops: ${authorizeHow}.`)
    }
}

/** The token was read and the account holds one (access or refresh token). */
function hasToken(token: unknown): boolean {
    if (!isObject(token)) return false
    const read = token as { state?: unknown; hasAccessToken?: unknown; hasRefreshToken?: unknown }
    return read.state === 'read' && (read.hasAccessToken === true || read.hasRefreshToken === true)
}

/** The scopes an account of this type needs from this provider. */
function requiredScopes(preset: ProviderPreset, type: string): string[] {
    if (preset === GOOGLE) {
        return [GOOGLE.scope.mail]
    }
    const mail = type === 'smtp' ? MICROSOFT.scope.smtp : MICROSOFT.scope.imap
    return [mail, MICROSOFT.scope.openid, MICROSOFT.scope.offlineAccess]
}

function presetForHost(host: string): ProviderPreset | null {
    if (host === hostOf(MICROSOFT.tokenUrl)) {
        return MICROSOFT
    }
    if (host === hostOf(GOOGLE.tokenUrl) || host === GOOGLE_TOKEN_HOST) {
        return GOOGLE
    }
    return null
}

function isGraphScope(scope: string): boolean {
    const lower = scope.toLowerCase()
    if (lower.indexOf(GRAPH_RESOURCE) === 0) {
        return true
    }
    // A bare permission such as User.Read or Mail.Send is a Graph permission; the bare Outlook ones are reported on their own.
    return /^[a-z]+(\.[a-z]+)+$/i.test(scope) && !/^(imap\.accessasuser\.all|smtp\.send|pop\.accessasuser\.all)$/.test(lower)
}

function hasScope(requested: string[], scope: string): boolean {
    return requested.some((candidate) => candidate.toLowerCase() === scope.toLowerCase())
}

function splitScopes(value: string): string[] {
    return value.split(/[\s,]+/).filter((part) => part !== '')
}

function parseUrl(value: string): ParsedUrl | null {
    const match = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?([^/?#\s:]+)(?::\d+)?([^?#\s]*)(?:\?[^#\s]*)?(?:#\S*)?$/i.exec(value)
    return match ? { scheme: match[1].toLowerCase(), host: match[2].toLowerCase(), path: match[3] } : null
}

function hostOf(url: string): string {
    return parseUrl(url)?.host ?? ''
}

function pathOf(url: string): string {
    return parseUrl(url)?.path ?? ''
}

function isPort(value: string): boolean {
    return /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535
}

function isEmailAddress(value: string): boolean {
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
}

function lastNamePart(name: string): string {
    return name.slice(name.lastIndexOf('.') + 1)
}

/** Any field value as trimmed text; anything that is not a string or number reads as empty. */
function text(value: unknown): string {
    if (typeof value === 'string') {
        return value.trim()
    }
    return typeof value === 'number' && isFinite(value) ? String(value) : ''
}

function isObject(value: unknown): value is object {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function objectOrNull<T>(value: unknown): T | null {
    return isObject(value) ? (value as T) : null
}

/** The objects of a list; anything else (not a list, or null entries in it) is left out. */
function objects<T>(value: unknown): T[] {
    return Array.isArray(value) ? (value.filter(isObject) as T[]) : []
}

/** A value as shown inside a message: quoted, shortened, or "empty". */
function shown(value: unknown): string {
    const raw = text(value)
    if (!raw) {
        return 'empty'
    }
    return `"${raw.length > 120 ? `${raw.slice(0, 117)}...` : raw}"`
}

function quoted(value: unknown, fallback: string): string {
    const raw = text(value)
    return raw ? `"${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"` : fallback
}
