/**
 * Setup-check rules for app-only (client credentials) accounts: Microsoft Graph receive and send,
 * and SMTP with SMTP.SendAsApp. Pure, like checks.ts.
 *
 * The general rules in checks.ts describe delegated accounts (a person authorizes, a refresh token
 * keeps them alive). On an app-only account several of them are false: Authorization Code is the
 * wrong grant, offline_access and the per-protocol delegated scopes must NOT be there, no one
 * authorizes, there is no refresh token, and a Graph account has no server or port. So for an
 * app-only account `adjustForAppOnly` drops those findings and adds the ones that matter here.
 *
 * Graph account types: ServiceNow documents the labels ("Microsoft Graph (Receive)", "Microsoft
 * Graph (Send)"), not the values behind them, so the account's type is recognised through the
 * instance's own choices (sys_choice for sys_email_account.type, read by read-setup.ts), never
 * by a guessed value.
 */
import { GRANT_TYPE, MICROSOFT_APP_ONLY } from '../../providers.ts'
import type { AccountFields, FindingSpec, ProfileFields, ProfileScopeLink, ProviderFields, RawValue, SeverityFinding } from '../finding.ts'

/** The codes of these rules, spread into the one catalogue FINDING_CODES (checks.ts). None stops the refresh job's token requests. */
export const APP_ONLY_FINDING_CODES = {
    app_only_grant_type_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    app_only_account_type: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    app_only_account_types_unknown: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    app_only_scope_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    app_only_scope_not_default: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    app_only_delegated_scope: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    app_only_inbox_address_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    graph_plugin_inactive: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    graph_plugin_state_unknown: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_script_missing: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_script_name: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    app_only_token_pending: { severity: 'info', kind: 'token', blocksRefresh: false },
    smtp_send_as_app_mailbox_permission: { severity: 'info', kind: 'configuration', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

export type AppOnlyFindingCode = keyof typeof APP_ONLY_FINDING_CODES

/** One choice of sys_email_account.type on the instance. */
export interface AccountTypeChoice {
    value: string
    label: string
}

/** What the app-only rules read beyond the general snapshot (read-setup.ts fills them in; absent = not read). */
export interface AppOnlyFacts {
    /** The instance's choices for sys_email_account.type; null when they could not be read. */
    accountTypeChoices?: AccountTypeChoice[] | null
    /** Whether com.glide.email.graph is active; null when the instance would not say. */
    graphPluginActive?: boolean | null
    /** The sys_email_account column labelled "Inbox email address" on this instance; null when there is none. */
    inboxAddressField?: string | null
    /** The account's value in that column. */
    inboxAddress?: RawValue
    /** How many JWT providers (certificate authentication) the instance has; null when unknown. */
    jwtProviders?: number | null
}

export type AppOnlyKind = 'graph_receive' | 'graph_send' | 'smtp' | 'other'

/** The general findings that do not apply to an app-only account (the rules here say what does). */
const NOT_FOR_APP_ONLY = new Set<string>([
    // Client credentials have no redirect: nothing is authorized in a browser.
    'sign_in_script_missing',
    'redirect_url_generated',
    'redirect_url_mismatch',
    'account_type_unknown',
    'grant_type_not_authorization_code',
    'offline_access_missing',
    'imap_scope_missing',
    'smtp_scope_missing',
    'outlook_scope_without_resource',
    'graph_scope_mixed',
    'profile_has_no_scopes',
    'redirect_url_mismatch',
    'instance_url_unknown',
    'auth_url_missing',
    'auth_url_not_url',
    'auth_url_not_https',
    'auth_url_placeholder',
    'auth_url_v1_endpoint',
    'auth_url_wrong_path',
    'not_authorized',
    'no_refresh_token',
    'reauth_due',
    'refresh_token_lifespan_invalid',
    'refresh_token_lifespan_too_long',
])

/** On a Graph account there is no server, port or login: the account talks to Graph with the app's token. */
const NOT_FOR_GRAPH = new Set<string>([
    'server_missing',
    'server_mismatch',
    'port_invalid',
    'port_mismatch',
    'smtp_on_imap_port',
    'ssl_mismatch',
    'tls_mismatch',
    'user_name_missing',
    'user_name_placeholder',
    'user_name_not_address',
])

/** Delegated permissions and OpenID scopes: a client-credentials token can carry none of them. */
const DELEGATED = /^(offline_access|openid|profile|email)$|AccessAsUser\.All$|\/SMTP\.Send$|^SMTP\.Send$|^(https:\/\/graph\.microsoft\.com\/)?(Mail|User|Calendars|Contacts)\.[A-Za-z.]+$/i

const EMAIL_ACCOUNT_FORM = 'Email Account form'
const REGISTRY_FORM = 'Application Registry form'
const PROFILE_FORM = 'OAuth Entity Profile form'
const PROFILE_SCOPES_LIST = 'OAuth Entity Profile Scopes related list'

interface Snapshot extends AppOnlyFacts {
    account: AccountFields | null
    profile: ProfileFields | null
    provider: ProviderFields | null
    profileScopes: ProfileScopeLink[]
    token: { state: string; hasAccessToken?: boolean }
    /**
     * The provider's certificate chain when it was read (rules/certificate.ts): null = read, and the
     * provider signs with no certificate; absent = not read (then JWT providers on the instance are the hint).
     */
    certificate?: object | null
}

/** The Graph account kind of a type value, from the instance's choice labels; null when it is not a Graph type (or unknown). */
export function graphKindOf(type: string, choices: AccountTypeChoice[] | null | undefined): 'graph_receive' | 'graph_send' | null {
    const label = text(choicesOf(choices).find((choice) => choice.value === type)?.label)
    if (!/graph/i.test(label)) return null
    if (/receiv/i.test(label)) return 'graph_receive'
    return /send/i.test(label) ? 'graph_send' : null
}

/** The grant the profile requests with: its own Grant type, else the provider's Default Grant type. */
export function effectiveGrantType(profile: ProfileFields | null | undefined, provider: ProviderFields | null | undefined): string {
    return text(profile?.grant_type) || text(provider?.default_grant_type)
}

/**
 * An account is app-only when its profile (or provider) uses client credentials, or its type is a
 * Graph type. IMAP and POP3 accounts never are: the platform documents no app-only IMAP, so a
 * client-credentials grant there is the general rules' grant_type_not_authorization_code.
 */
export function isAppOnly(snapshot: Snapshot): boolean {
    const type = text(snapshot.account?.type).toLowerCase()
    if (type === 'imap' || type === 'pop3') return false
    const grant = effectiveGrantType(snapshot.profile, snapshot.provider)
    return grant === GRANT_TYPE.clientCredentials || text(snapshot.provider?.default_grant_type) === GRANT_TYPE.clientCredentials || graphKindOf(text(snapshot.account?.type), snapshot.accountTypeChoices) !== null
}

/**
 * The findings of an app-only account: the general ones that apply, then these rules'. Any other
 * account's findings come back unchanged. Call with checkSetup's findings for the same snapshot.
 */
export function adjustForAppOnly<F extends SeverityFinding>(snapshot: Snapshot, findings: F[]): F[] {
    if (!isRecord(snapshot) || !isRecord(snapshot.account) || !isRecord(snapshot.profile) || !isRecord(snapshot.provider) || !isAppOnly(snapshot)) return findings
    const account = snapshot.account as AccountFields
    const type = text(account.type).toLowerCase()
    const graph = graphKindOf(text(account.type), snapshot.accountTypeChoices)
    const kind: AppOnlyKind = graph ?? (type === 'smtp' ? 'smtp' : 'other')
    // An app-only account that is not SMTP is (or is about to be, once its Type is set) a Graph account.
    const kept = findings.filter((finding) => !NOT_FOR_APP_ONLY.has(finding.code) && !(kind !== 'smtp' && NOT_FOR_GRAPH.has(finding.code)))
    return kept.concat(appOnlyFindings(snapshot, kind) as F[])
}

function appOnlyFindings(snapshot: Snapshot, kind: AppOnlyKind): SeverityFinding<AppOnlyFindingCode>[] {
    const findings: SeverityFinding<AppOnlyFindingCode>[] = []
    const add = (code: AppOnlyFindingCode, field: string, message: string): void => {
        findings.push({ code, severity: APP_ONLY_FINDING_CODES[code].severity, field, message })
    }
    const account = snapshot.account as AccountFields
    const profile = snapshot.profile as ProfileFields
    const provider = snapshot.provider as ProviderFields
    const accountName = quoted(account.name, 'this account')
    const profileName = quoted(profile.name, 'the OAuth profile')
    const providerName = quoted(provider.name, 'the provider')

    checkAccountType(snapshot, account, accountName, kind, add)
    checkGrant(profile, provider, profileName, providerName, add)
    checkScopes(snapshot.profileScopes, kind, profileName, add)
    if (kind === 'graph_receive' || kind === 'graph_send') checkGraph(snapshot, accountName, kind, add)
    checkCertificate(snapshot, provider, providerName, add)
    if (snapshot.token && snapshot.token.state === 'read' && snapshot.token.hasAccessToken !== true) {
        add('app_only_token_pending', 'oauth_credential', `${accountName} has no access token yet. App-only accounts need no Authorize Email Account Access: once the account and ${providerName} are active, the token keeper requests a token with the client credentials at its next run (every 3 minutes). If its row in the Token health list then says misconfigured, it names what to fix.`)
    }
    if (kind === 'smtp') {
        const mailbox = text(account.user_name) || 'the mailbox'
        add('smtp_send_as_app_mailbox_permission', 'sys_email_account.user_name', `If sending as ${mailbox} (User name on the ${EMAIL_ACCOUNT_FORM}) fails with "535 5.7.3 Authentication unsuccessful" while the token is fine: SMTP.SendAsApp also needs the app's service principal in Exchange Online with full access to the mailbox: New-ServicePrincipal -AppId <client id> -ObjectId <enterprise app object id>, then Add-MailboxPermission -Identity "${mailbox}" -User <service principal> -AccessRights FullAccess; and SMTP AUTH enabled for the mailbox.`)
    }
    return findings
}

type Add = (code: AppOnlyFindingCode, field: string, message: string) => void

function checkAccountType(snapshot: Snapshot, account: AccountFields, accountName: string, kind: AppOnlyKind, add: Add): void {
    if (kind !== 'other') return
    const choices = Array.isArray(snapshot.accountTypeChoices) ? choicesOf(snapshot.accountTypeChoices) : null
    const graphChoices = choicesOf(choices).filter((choice) => /graph/i.test(choice.label))
    const type = text(account.type)
    if (!choices) {
        add('app_only_account_types_unknown', 'sys_choice', `The check could not read this instance's email account types (sys_choice for sys_email_account.type), so it cannot tell whether Type ${shown(account.type)} of ${accountName} is a Microsoft Graph type: on the ${EMAIL_ACCOUNT_FORM}, make sure Type is "${MICROSOFT_APP_ONLY.accountTypeLabel.graphReceive}", "${MICROSOFT_APP_ONLY.accountTypeLabel.graphSend}" or SMTP.`)
        return
    }
    const wanted = /receiv/i.test(text(account.name)) ? MICROSOFT_APP_ONLY.accountTypeLabel.graphReceive : /send/i.test(text(account.name)) ? MICROSOFT_APP_ONLY.accountTypeLabel.graphSend : ''
    const what = type ? `Type ${shown(account.type)}, which is no Microsoft Graph type on this instance` : 'no Type'
    const pick = wanted ? `"${wanted}"` : `"${MICROSOFT_APP_ONLY.accountTypeLabel.graphReceive}" (to receive), "${MICROSOFT_APP_ONLY.accountTypeLabel.graphSend}" (to send) or SMTP (SMTP.SendAsApp)`
    if (graphChoices.length === 0) {
        add('app_only_account_type', 'sys_email_account.type', `${accountName} has ${what}, and this instance offers no Microsoft Graph account type: activate the plugin ${MICROSOFT_APP_ONLY.graphPlugin} (System Definition > Plugins), then set Type to ${pick} on the ${EMAIL_ACCOUNT_FORM}; or send with SMTP (SMTP.SendAsApp) instead.`)
        return
    }
    add('app_only_account_type', 'sys_email_account.type', `${accountName} has ${what}: on the ${EMAIL_ACCOUNT_FORM}, set Type to ${pick}${listed(graphChoices)}.`)
}

function checkGrant(profile: ProfileFields, provider: ProviderFields, profileName: string, providerName: string, add: Add): void {
    const profileGrant = text(profile.grant_type)
    const providerGrant = text(provider.default_grant_type)
    if (profileGrant && profileGrant !== GRANT_TYPE.clientCredentials) {
        add('app_only_grant_type_mismatch', 'oauth_entity_profile.grant_type', `${profileName} has Grant type ${shown(profile.grant_type)}, but this is an app-only account (no person signs in, no refresh token): on the ${PROFILE_FORM}, set Grant type to Client Credentials.`)
    }
    if (providerGrant !== GRANT_TYPE.clientCredentials) {
        add('app_only_grant_type_mismatch', 'oauth_entity.default_grant_type', `${providerName} has Default Grant type ${shown(provider.default_grant_type)}, but its profile is used by an app-only account: on the ${REGISTRY_FORM}, set Default Grant type to Client Credentials (keep delegated IMAP/SMTP accounts on a separate provider).`)
    }
}

function checkScopes(links: ProfileScopeLink[], kind: AppOnlyKind, profileName: string, add: Add): void {
    const requested: string[] = []
    for (const link of Array.isArray(links) ? links : []) {
        const scope = link && typeof link === 'object' && link.scope && typeof link.scope === 'object' ? text(link.scope.oauth_entity_scope) : ''
        requested.push(...scope.split(/[\s,]+/).filter((part) => part !== ''))
    }
    const field = 'oauth_entity_profile_scope.oauth_entity_scope'
    for (const scope of requested) {
        if (DELEGATED.test(scope)) {
            add('app_only_delegated_scope', field, `${profileName} requests "${scope}", a delegated (signed-in user) scope: a client-credentials token cannot carry it, and Entra rejects the request (AADSTS1002012 or AADSTS70011). Remove it from the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM}; the app's application permissions come with ${needed(kind)}.`)
        } else if (!isDefaultScope(scope)) {
            add('app_only_scope_not_default', field, `${profileName} requests "${scope}": with client credentials Entra accepts only "<resource>/.default" (all application permissions granted to the app on that resource). Replace it in the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM} with ${needed(kind)}.`)
        }
    }
    const defaults = requested.filter(isDefaultScope)
    const expected = kind === 'smtp' ? [MICROSOFT_APP_ONLY.scope.smtp] : kind === 'other' ? [] : [MICROSOFT_APP_ONLY.scope.graph, '.default']
    if (defaults.length === 0) {
        add('app_only_scope_missing', field, `${profileName} requests no ".default" scope, so the token request fails: add ${needed(kind)} as its own entry on the provider and in the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM}.`)
    } else if (expected.length > 0 && !defaults.some((scope) => expected.some((e) => e.toLowerCase() === scope.toLowerCase()))) {
        add('app_only_scope_missing', field, `${profileName} requests ${defaults.join(', ')}, a token for another resource than this account uses: ${kind === 'smtp' ? 'SMTP.SendAsApp' : 'Microsoft Graph'} needs ${needed(kind)}: change it in the ${PROFILE_SCOPES_LIST} of the ${PROFILE_FORM} (one profile per resource: a client-credentials token has one audience).`)
    }
}

function checkGraph(snapshot: Snapshot, accountName: string, kind: 'graph_receive' | 'graph_send', add: Add): void {
    if (snapshot.graphPluginActive === false) {
        add('graph_plugin_inactive', 'v_plugin.active', `${accountName} is a Microsoft Graph account, and the plugin ${MICROSOFT_APP_ONLY.graphPlugin} is not active: activate it in System Definition > Plugins (an app cannot do it for you).`)
    } else if (snapshot.graphPluginActive !== true) {
        add('graph_plugin_state_unknown', 'v_plugin.active', `The check could not tell whether the plugin ${MICROSOFT_APP_ONLY.graphPlugin}, which Microsoft Graph accounts need, is active: look it up in System Definition > Plugins.`)
    }
    if (kind !== 'graph_receive') return
    const field = snapshot.inboxAddressField || 'user_name'
    const value = snapshot.inboxAddressField ? text(snapshot.inboxAddress) : text(snapshot.account?.user_name)
    if (!value || value.toLowerCase() === 'mailbox@example.com' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
        add('app_only_inbox_address_missing', `sys_email_account.${field}`, `${accountName} has ${value ? `Inbox email address ${shown(value)}, not a real mailbox address` : 'no Inbox email address'}: on the ${EMAIL_ACCOUNT_FORM}, enter the address of the mailbox to read (the app's ${MICROSOFT_APP_ONLY.permission.graphReceive} permission covers every mailbox the tenant allows it).`)
    }
}

function checkCertificate(snapshot: Snapshot, provider: ProviderFields, providerName: string, add: Add): void {
    const script = text(provider.oauth_api_script_name)
    const name = script.slice(script.lastIndexOf('.') + 1)
    if (script && !/^OAuth/.test(name)) {
        add('certificate_script_name', 'oauth_entity.oauth_api_script', `OAuth API Script ${shown(script)} on the ${REGISTRY_FORM} of ${providerName} does not begin with "OAuth", and the platform only runs OAuth API scripts whose name does: copy GraphCertificateOAuthTemplate to a script include named for example OAuthGraphCertificate, set it there, and fill in the JWT provider it signs with.`)
    } else if (!script && (snapshot.certificate !== undefined ? snapshot.certificate !== null : typeof snapshot.jwtProviders === 'number' && snapshot.jwtProviders > 0)) {
        add('certificate_script_missing', 'oauth_entity.oauth_api_script', `This instance has JWT providers, and ${providerName} has no OAuth API Script: if it authenticates with a certificate instead of a client secret, set OAuth API Script on the ${REGISTRY_FORM} to your copy of GraphCertificateOAuthTemplate (a name beginning with "OAuth"), or the token request goes out without the signed assertion. With a client secret, ignore this.`)
    }
}

function isRecord(value: unknown): boolean {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function needed(kind: AppOnlyKind): string {
    if (kind === 'smtp') return `"${MICROSOFT_APP_ONLY.scope.smtp}"`
    if (kind === 'other') return `"${MICROSOFT_APP_ONLY.scope.graph}" (Graph) or "${MICROSOFT_APP_ONLY.scope.smtp}" (SMTP)`
    return `"${MICROSOFT_APP_ONLY.scope.graph}"`
}

/** "<resource>/.default", or the bare ".default" that ServiceNow's Graph setup page shows. */
function isDefaultScope(scope: string): boolean {
    return /(^|\/)\.default$/i.test(scope)
}

function listed(choices: AccountTypeChoice[]): string {
    return choices.length > 0 ? ` (this instance's Graph types: ${choices.map((choice) => `"${choice.label}" = ${choice.value}`).join(', ')})` : ''
}

/** The well-formed choices of a list read from the instance; anything else is left out. */
function choicesOf(choices: unknown): AccountTypeChoice[] {
    return Array.isArray(choices) ? choices.filter((c): c is AccountTypeChoice => !!c && typeof c === 'object' && typeof c.value === 'string' && typeof c.label === 'string') : []
}

function text(value: unknown): string {
    if (typeof value === 'string') return value.trim()
    return typeof value === 'number' && isFinite(value) ? String(value) : ''
}

function shown(value: unknown): string {
    const raw = text(value)
    return raw ? `"${raw.length > 120 ? `${raw.slice(0, 117)}...` : raw}"` : 'empty'
}

function quoted(value: unknown, fallback: string): string {
    const raw = text(value)
    return raw ? `"${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"` : fallback
}
