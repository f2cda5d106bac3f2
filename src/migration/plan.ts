/**
 * Moving an email account off Basic authentication without losing mail: pure decisions. The record
 * moves that carry them out are in records.ts.
 *
 * The shape of a switch: an inactive OAuth twin of the Basic account (same mailbox and type, the
 * provider's OAuth profile, the provider's server settings) is created first; the admin authorizes
 * the twin while the Basic account keeps the mail flowing; the swap happens only once the twin
 * holds a valid token, in one step; and it can be undone while the Basic account still exists.
 */
import { GOOGLE, MICROSOFT, type MailServerPreset } from '../providers.ts'
import { valueForKind, type ConnectionSecurityField } from '../platform/connection-security.ts'

/**
 * Microsoft disables SMTP AUTH with Basic authentication by default at the end of December 2026
 * (Microsoft 365 message center MC786329, revised January 2026; Exchange Team blog, 27 January 2026):
 * a tenant can enable it again until a final removal announced for the second half of 2027. Google
 * ended password sign-in for third-party apps on Workspace accounts on 14 March 2025; an account that
 * still signs in uses an app password, which keeps working.
 */
export const BASIC_AUTH_CUTOFF = { date: '2026-12-31', label: 'end of December 2026', source: 'Microsoft 365 message center MC786329' } as const

/** Name suffix of a twin, so the admin sees the pair side by side in the list. */
export const TWIN_SUFFIX = ' (OAuth)'

export type MailProviderKey = 'microsoft' | 'google'

export interface AccountRecord {
    sysId: string
    name: string
    type: string
    authentication: string
    active: boolean
    server: string
    userName: string
    emailUserLabel: string
    from: string
    oauthProfile: string
}

/** Microsoft 365 and Gmail mail hosts, as admins type them (Basic accounts predate the presets). */
const MICROSOFT_HOSTS = /(^|\.)(office365\.com|outlook\.com|office\.com)$/i
const GOOGLE_HOSTS = /(^|\.)(gmail\.com|googlemail\.com)$/i

export function providerOfServer(server: string): MailProviderKey | null {
    const host = server.trim().toLowerCase().replace(/:\d+$/, '')
    if (MICROSOFT_HOSTS.test(host)) return 'microsoft'
    if (GOOGLE_HOSTS.test(host)) return 'google'
    return null
}

/** A password account on a Microsoft or Google server: it stops at the cut-off. */
export function isBasicAuthAccount(account: Pick<AccountRecord, 'authentication' | 'server' | 'type'>): boolean {
    return account.authentication === 'password' && (account.type === 'imap' || account.type === 'smtp' || account.type === 'pop3') && providerOfServer(account.server) !== null
}

/** The encoded query of the "Accounts on Basic auth" list: the same hosts as providerOfServer. */
export const BASIC_AUTH_FILTER =
    'authentication=password^serverLIKEoffice365.com^ORserverLIKEoutlook.com^ORserverLIKEoffice.com^ORserverLIKEgmail.com^ORserverLIKEgooglemail.com'

export interface TwinFields {
    name: string
    type: string
    active: false
    authentication: 'oauth2'
    oauth_profile: string
    server: string
    port: number
    enable_ssl: boolean
    enable_tls: boolean
    user_name: string
    email_user_label: string
    from: string
    /** The Connection security column of newer releases and the value that matches the port; null without the field. */
    connectionSecurity: { field: string; value: string } | null
}

export type Plan<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * The inactive OAuth twin of a Basic account. POP3 becomes IMAP: the platform supports no OAuth
 * for POP3 (KB0793336). `profileIds` are the sys_ids of the app's delegated profiles.
 * `connectionSecurity`: the instance's Connection security field (newer releases), set to the choice the
 * port needs like Enable SSL / Enable TLS; a field without such a choice is refused rather than left plain.
 */
export function planTwin(basic: AccountRecord, profileIds: Record<MailProviderKey, string>, existingTwin: AccountRecord | null, connectionSecurity: ConnectionSecurityField | null = null): Plan<TwinFields> {
    if (basic.authentication !== 'password') return { ok: false, message: `'${basic.name}' does not use Basic authentication (Authentication is ${basic.authentication || 'empty'}): there is nothing to prepare.` }
    const provider = providerOfServer(basic.server)
    if (provider === null) return { ok: false, message: `'${basic.name}' uses Server '${basic.server}', which is neither Microsoft 365 nor Gmail: create its OAuth account by hand with your provider's settings.` }
    if (existingTwin !== null) return { ok: false, message: `'${basic.name}' already has its OAuth twin '${existingTwin.name}': authorize that one (Authorize Email Account Access), then click Switch to OAuth here.` }
    if (!profileIds[provider]) return { ok: false, message: `The OAuth profile for ${provider === 'microsoft' ? MICROSOFT.label : GOOGLE.label} ('${provider === 'microsoft' ? MICROSOFT.profileName : GOOGLE.profileName}') was not found: reinstall Email OAuth Manager or create the profile, then try again.` }
    const type = basic.type === 'smtp' ? 'smtp' : 'imap'
    const preset = provider === 'microsoft' ? MICROSOFT : GOOGLE
    const server: MailServerPreset = type === 'smtp' ? preset.smtp : preset.imap
    const securityKind = server.security === 'ssl' ? 'ssl_tls' : 'starttls'
    const securityValue = connectionSecurity ? valueForKind(connectionSecurity, securityKind) : null
    if (connectionSecurity && securityValue === null) {
        return { ok: false, message: `This instance's email accounts have the field ${connectionSecurity.label} (${connectionSecurity.element}), but its choices have none for ${securityKind === 'ssl_tls' ? 'SSL/TLS' : 'STARTTLS'}, which port ${server.port} needs: create the OAuth account by hand (System Mailboxes > Email Accounts) and pick the secure choice.` }
    }
    return {
        ok: true,
        value: {
            name: `${basic.name}${TWIN_SUFFIX}`,
            type,
            active: false,
            authentication: 'oauth2',
            oauth_profile: profileIds[provider],
            server: server.host,
            port: server.port,
            enable_ssl: server.security === 'ssl',
            enable_tls: server.security === 'starttls',
            user_name: basic.userName,
            email_user_label: basic.emailUserLabel,
            from: basic.from,
            connectionSecurity: connectionSecurity && securityValue !== null ? { field: connectionSecurity.element, value: securityValue } : null,
        },
    }
}

/** Whether the twin's token is good enough to carry the mail from now on. */
export interface TwinToken {
    hasAccessToken: boolean
    accessExpiresInSeconds: number
    hasRefreshToken: boolean
}

/**
 * One record update in the swap. The order keeps mail flowing: for SMTP the twin is activated
 * before the Basic account is deactivated (there is always an active SMTP account; the platform
 * sends through one), for IMAP the Basic account is deactivated first (the mailbox is never read by
 * both; mail waits in the mailbox for the next poll).
 */
export interface Step {
    sysId: string
    active: boolean
}

/**
 * The twin's access token has lapsed but its refresh token is there: the job refreshes active accounts
 * only, so a twin prepared more than an hour ago is in this state. Switch to OAuth refreshes it once
 * (the token keeper's refresh call) instead of sending the admin to authorize again.
 */
export function twinNeedsRefresh(token: TwinToken | null): boolean {
    return token !== null && token.hasRefreshToken && (!token.hasAccessToken || token.accessExpiresInSeconds <= 0)
}

/**
 * What the provider says when the refresh token is dead or a person must sign in (OAuth's invalid_grant
 * and interaction errors, Entra's AADSTS codes for both, Google's text): the token keeper's rules.
 */
const REFRESH_TOKEN_DEAD = /\b(invalid_grant|interaction_required|consent_required|login_required)\b|AADSTS(700082|50173|70008|70043|500341|54005|50076|50079|50072|50074|50078|50158|50097|5300[0-4]|65001)\b|Token has been expired or revoked|no refresh token is stored/i

/** The refresh at switch time failed: authorize again only when the provider said the refresh token is dead. */
export function twinRefreshFailedMessage(basic: AccountRecord, twin: AccountRecord, said: string): string {
    if (REFRESH_TOKEN_DEAD.test(said)) {
        return `Not switched: the provider no longer accepts the refresh token of '${twin.name}' (${said}). Open '${twin.name}', click Authorize Email Account Access in a private browser window signed in as ${twin.userName || 'the mailbox'}, then click Switch to OAuth again. '${basic.name}' stays active meanwhile.`
    }
    return `Not switched: the access token of '${twin.name}' had lapsed and refreshing it failed (${said || 'no answer'}); its authorization still stands. Click Switch to OAuth again in a few minutes; if it keeps failing, click Check OAuth setup on '${twin.name}'. '${basic.name}' stays active meanwhile.`
}

/** A member who may press the button but whose roles do not let the platform read the twin's token. */
export function switchNeedsRoleMessage(basic: AccountRecord, twin: AccountRecord, role: string, userName: string): string {
    return `Not switched: Switch to OAuth reads the OAuth token of '${twin.name}', and the platform lets only users with the role ${role} read stored tokens (oauth_credential, KB0859525); ${userName || 'you'} lacks it. Ask a user with ${role} to click Switch to OAuth, or to grant you ${role}. '${basic.name}' stays active meanwhile; nothing was changed.`
}

export function planSwitch(basic: AccountRecord, twin: AccountRecord | null, token: TwinToken | null): Plan<Step[]> {
    if (twin === null) return { ok: false, message: `'${basic.name}' has no OAuth twin yet: click Prepare OAuth switch first.` }
    if (!basic.active) return { ok: false, message: `'${basic.name}' is not active, so there is nothing to switch: activate '${twin.name}' directly once it is authorized.` }
    if (twin.active) return { ok: false, message: `'${twin.name}' is already active: deactivate '${basic.name}' by hand if it still is.` }
    if (token === null || !token.hasAccessToken || token.accessExpiresInSeconds <= 0) {
        return { ok: false, message: `Not switched: '${twin.name}' holds no valid OAuth token yet, and switching now would stop the mail. Open '${twin.name}', click Authorize Email Account Access in a private browser window signed in as ${twin.userName || 'the mailbox'}, then click Switch to OAuth again. '${basic.name}' stays active meanwhile.` }
    }
    if (!token.hasRefreshToken) {
        return { ok: false, message: `Not switched: '${twin.name}' has an access token but no refresh token, so its mail would stop within the hour. Microsoft: add offline_access to the profile's scopes; Gmail: the OAuth API script OAuthGoogleOfflineAccess. Authorize '${twin.name}' again, then switch. '${basic.name}' stays active meanwhile.` }
    }
    return { ok: true, value: orderedSwap(basic.type, { sysId: twin.sysId, active: true }, { sysId: basic.sysId, active: false }) }
}

/**
 * Back to Basic, from wherever a switch stopped: the reverse swap after a full switch, and after a
 * half one (a refused write) the one step that gives the mailbox its Basic account back alone: both
 * active, the twin is deactivated; neither active, the Basic account is activated. Refused once the
 * Basic account is gone, and when only the Basic account is active (nothing was switched).
 */
export function planUndo(twin: AccountRecord, basic: AccountRecord | null): Plan<Step[]> {
    if (basic === null) return { ok: false, message: `The Basic account '${twin.name.replace(TWIN_SUFFIX, '')}' of '${twin.name}' no longer exists: there is nothing to switch back to.` }
    if (basic.active && !twin.active) return { ok: false, message: `'${basic.name}' is active and '${twin.name}' is not: nothing to undo.` }
    if (basic.active) return { ok: true, value: [{ sysId: twin.sysId, active: false }] }
    if (!twin.active) return { ok: true, value: [{ sysId: basic.sysId, active: true }] }
    return { ok: true, value: orderedSwap(twin.type, { sysId: basic.sysId, active: true }, { sysId: twin.sysId, active: false }) }
}

/** What applying a plan's steps did: all of them, or a refused one and what the rollback could not undo. */
export type StepsApplied = { ok: true } | { ok: false; refused: string; done: Step[]; notUndone: Step[] }

/**
 * The admin's sentence after a refused step: the refusal (table, record, where to fix it), then the
 * state the pair is in now, read from which steps stand. `action` is "switched" or "switched back".
 */
export function refusedStepsMessage(applied: Extract<StepsApplied, { ok: false }>, pair: { basic: AccountRecord; twin: AccountRecord }, action: string): string {
    const standing = new Map(applied.notUndone.map((step) => [step.sysId, step.active]))
    const activeNow = (account: AccountRecord) => (standing.has(account.sysId) ? (standing.get(account.sysId) as boolean) : account.active)
    const state = (account: AccountRecord) => `'${account.name}' is ${activeNow(account) ? 'active' : 'inactive'}`
    const head = `Not ${action}: ${applied.refused}`
    if (applied.done.length === 0) return `${head} Nothing was changed: ${state(pair.basic)} and ${state(pair.twin)}, as before.`
    if (applied.notUndone.length === 0) return `${head} The step already made was undone, so nothing changed: ${state(pair.basic)} and ${state(pair.twin)}, as before.`
    const both = activeNow(pair.basic) && activeNow(pair.twin)
    const neither = !activeNow(pair.basic) && !activeNow(pair.twin)
    const risk = both
        ? pair.twin.type === 'smtp'
            ? ' Two SMTP accounts are active.'
            : ' Both read the same mailbox.'
        : neither
          ? pair.twin.type === 'smtp'
              ? ' Neither sends mail.'
              : ' Nothing reads the mailbox.'
          : ''
    return `${head} Undoing the step already made was refused too: now ${state(pair.basic)} and ${state(pair.twin)}.${risk} Fix the access named above, then click Undo switch on '${pair.twin.name}' (it finds and undoes what was done), or set Active on both forms by hand.`
}

function orderedSwap(type: string, activate: Step, deactivate: Step): Step[] {
    return type === 'smtp' ? [activate, deactivate] : [deactivate, activate]
}

/** The name of the Basic account a twin was made from. */
export function basicNameOf(twinName: string): string | null {
    return twinName.endsWith(TWIN_SUFFIX) ? twinName.slice(0, -TWIN_SUFFIX.length) : null
}

/** The line shown on a Basic account: what stops, when, and the way out. */
export function cutoffMessage(account: Pick<AccountRecord, 'name' | 'server'>): string {
    const provider = providerOfServer(account.server) === 'google' ? 'Google' : 'Microsoft'
    const what =
        provider === 'Microsoft'
            ? `which Microsoft disables by default at the ${BASIC_AUTH_CUTOFF.label} (${BASIC_AUTH_CUTOFF.source}): mail stops then unless the tenant enables Basic SMTP AUTH again, which it can until the final removal Microsoft announces for the second half of 2027`
            : 'which Google ended for third-party apps on 14 March 2025: it keeps working only with an app password'
    return `'${account.name}' signs in to ${provider} with a password (Basic authentication), ${what}. Click Prepare OAuth switch on the Email Account form, authorize the OAuth twin it creates, then click Switch to OAuth. Mail keeps flowing through '${account.name}' until the switch.`
}
