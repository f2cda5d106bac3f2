import { STATUS } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { CODE, type HealthSnapshot } from '../token-keeper/model.ts'

/**
 * The overview page's view of every OAuth email account: a pure function of the records the thin
 * reader (read-overview.ts) collected, the clock and the warning period. Only what the page shows:
 * names, statuses, instants and sentences, never a token, a secret or a client id.
 * Instants are ISO 8601 UTC strings, so the page counts down to an absolute time.
 */

/** One sys_email_account with authentication = oauth2, as read. */
export interface OverviewAccount {
    sysId: string
    name: string
    /** imap, pop3, smtp (the platform's choice values). */
    type: string
    active: boolean
    userName: string
    emailUserLabel: string
    from: string
    /** '' when the account has no OAuth profile. */
    profileId: string
}

/** An OAuth profile and its provider (oauth_entity), as read. */
export interface OverviewProvider {
    profileId: string
    /** '' when the profile names no provider or the provider is gone. */
    providerId: string
    providerName: string
}

export interface OverviewInput {
    accounts: readonly OverviewAccount[]
    /** Health rows by account sys_id (x_mail_oauth_token_health). */
    health: ReadonlyMap<string, HealthSnapshot>
    /** Profiles (with their provider) by profile sys_id. */
    providers: ReadonlyMap<string, OverviewProvider>
    /** ms since the epoch on the platform clock. */
    now: number
    /** x_mail_oauth.reauth_warning_days. */
    warningDays: number
}

/** The four statuses the job records, and three the overview derives. */
export const VIEW_STATUS = {
    ...STATUS,
    /** The job wrote ok, but the access token it recorded has expired since: the job is not running. */
    overdue: 'overdue',
    /** Active, but the job has not written a health row for it yet. */
    notChecked: 'not_checked',
    /** The job skips inactive accounts. */
    inactive: 'inactive',
} as const

export type ViewStatus = (typeof VIEW_STATUS)[keyof typeof VIEW_STATUS]

/** The Horizon design system's severity variants, which the page maps to the instance theme's colours. */
export type Tone = 'positive' | 'critical' | 'warning' | 'info' | 'neutral'

const STATUS_WORD: Record<ViewStatus, { word: string; tone: Tone }> = {
    ok: { word: 'OK', tone: 'positive' },
    needs_authorization: { word: 'Needs authorization', tone: 'critical' },
    refresh_failing: { word: 'Refresh failing', tone: 'warning' },
    at_risk: { word: 'At risk', tone: 'warning' },
    misconfigured: { word: 'Misconfigured', tone: 'critical' },
    overdue: { word: 'Token expired', tone: 'critical' },
    not_checked: { word: 'Not checked yet', tone: 'info' },
    inactive: { word: 'Inactive', tone: 'neutral' },
}

/** The summary line's order and wording: most urgent first. */
const SUMMARY_ORDER: { status: ViewStatus; phrase: string }[] = [
    { status: 'needs_authorization', phrase: 'need authorization' },
    { status: 'overdue', phrase: 'token expired' },
    { status: 'misconfigured', phrase: 'misconfigured' },
    { status: 'at_risk', phrase: 'at risk' },
    { status: 'refresh_failing', phrase: 'refresh failing' },
    { status: 'not_checked', phrase: 'not checked yet' },
    { status: 'ok', phrase: 'OK' },
    { status: 'inactive', phrase: 'inactive' },
]

export interface LastError {
    code: string
    /** One sentence: what happened and what to do. */
    summary: string
    /** The job's full sentence(s), as on the health row. */
    detail: string
}

export interface AccountView {
    sysId: string
    name: string
    mailbox: string
    direction: 'inbound' | 'outbound'
    type: string
    active: boolean
    status: ViewStatus
    statusWord: string
    tone: Tone
    provider: { sysId: string; name: string } | null
    accessTokenExpiresAt: string | null
    refreshTokenExpiresAt: string | null
    lastRefreshedAt: string | null
    lastCheckedAt: string | null
    nextAttemptAt: string | null
    lastError: LastError | null
    /** When mail stops within the warning period unless someone acts, and why; null otherwise. */
    stops: { at: string; reason: string } | null
    links: { account: string; provider: string | null; reauthorize: string | null }
}

export interface Overview {
    /** The platform clock when the view was built: the page corrects its own clock by it. */
    generatedAt: string
    warningDays: number
    summary: { total: number; counts: Record<ViewStatus, number>; line: string }
    /** The banner: accounts that will stop within the warning period, soonest first. */
    stopping: { sysId: string; name: string; mailbox: string; at: string; reason: string }[]
    accounts: AccountView[]
}

const DAY_MS = 24 * 3600 * 1000

/** The requestor context the token keeper's refresh sends (token-keeper/oauth-client.ts): the account's table. */
const REQUESTOR_CONTEXT = 'sys_email_account'

export function iso(ms: number | null): string | null {
    return ms === null || !isFinite(ms) ? null : new Date(ms).toISOString()
}

/** Where the platform starts "Authorize Email Account Access" for this account (DOMAIN 9; the context value is unconfirmed for email accounts). */
export function reauthorizeUrl(accountSysId: string, profileId: string): string | null {
    if (profileId === '') return null
    return (
        `/oauth_initiator.do?oauth_requestor_context=${encodeURIComponent(REQUESTOR_CONTEXT)}` +
        `&oauth_requestor=${encodeURIComponent(accountSysId)}&oauth_provider_profile=${encodeURIComponent(profileId)}&response_type=code`
    )
}

export function directionOf(type: string): 'inbound' | 'outbound' {
    return type === 'smtp' ? 'outbound' : 'inbound'
}

/** The address the mailbox is known by: its login, else its label or From address. */
function mailboxOf(account: OverviewAccount): string {
    return account.userName || account.emailUserLabel || account.from || account.name
}

export function statusOf(account: OverviewAccount, row: HealthSnapshot | null, now: number): ViewStatus {
    if (!account.active) return VIEW_STATUS.inactive
    if (row === null || row.status === null) return VIEW_STATUS.notChecked
    if (row.status === STATUS.ok && row.accessTokenExpires !== null && row.accessTokenExpires <= now) return VIEW_STATUS.overdue
    return row.status
}

const AUTHORIZE_AGAIN = 'click Re-authorize (in a private window signed in as the mailbox)'

/** One sentence per code the token keeper writes; the health row's own text is the detail. */
const CODE_SUMMARY: Record<string, string> = {
    [CODE.missingProfile]: 'The account has no OAuth profile: open the account form and select your provider\'s profile, then authorize it.',
    [CODE.missingProvider]: 'The OAuth profile names no provider: set its OAuth Entity on the profile form, or pick another profile.',
    [CODE.notAuthorized]: `No token is stored for this mailbox: ${AUTHORIZE_AGAIN}.`,
    [CODE.noRefreshToken]: `The provider issued no refresh token: add offline_access (Microsoft) or OAuthGoogleOfflineAccess (Google) to the provider, then ${AUTHORIZE_AGAIN}.`,
    [CODE.invalidGrant]: `The provider rejected the refresh token (expired, revoked or password changed): ${AUTHORIZE_AGAIN}.`,
    [CODE.invalidClient]: 'The provider rejected the client secret (wrong or expired): paste a new secret into Client Secret on the provider form.',
    [CODE.clientSecretExpired]: 'The client secret has expired: create a new one at the provider, paste it into Client Secret on the provider form, and record its expiry under Email OAuth Manager > Client credentials.',
    [CODE.unauthorizedClient]: 'The provider does not let this client refresh tokens: check the app registration and the Client ID on the provider form.',
    [CODE.providerUnavailable]: 'The provider\'s token endpoint did not answer usefully: usually temporary, the job retries by itself; click Refresh now once it is back.',
    [CODE.unexpectedResponse]: 'The token endpoint answered something other than a token: check Token URL on the provider form.',
    [CODE.jobError]: 'The refresh job failed on this account: read the job\'s log lines and check its run-as user can read OAuth credentials (KB0859525).',
}

function lastErrorOf(status: ViewStatus, row: HealthSnapshot | null): LastError | null {
    if (status === VIEW_STATUS.overdue && row !== null) {
        return {
            code: 'refresh_overdue',
            summary: `The access token expired at ${iso(row.accessTokenExpires)} and was not refreshed: check that the scheduled job "Email OAuth Manager: refresh email access tokens" is active, then click Refresh now.`,
            detail: '',
        }
    }
    if (status === VIEW_STATUS.notChecked) return null
    if (row === null || (row.code === '' && row.message === '')) return null
    if (status === VIEW_STATUS.ok && row.code !== CODE.reauthDue) return null
    // Rows written before client ids were redacted may still quote one (Entra names the app id): redacted on the way out too.
    const message = redact(row.message)
    return { code: row.code, summary: CODE_SUMMARY[row.code] ?? firstSentence(message), detail: message }
}

/** The first sentence of a message (ends at ". " followed by a capital), or the whole of it. */
function firstSentence(message: string): string {
    const match = /^(.+?\.)\s+(?=[A-Z])/.exec(message)
    return match ? match[1] : message
}

/**
 * When mail stops unless someone acts, if within the warning period: the access token's end for an
 * account that cannot refresh (or keeps failing to), else the refresh token's end.
 */
export function stopsOf(status: ViewStatus, row: HealthSnapshot | null, now: number, warningDays: number): { at: number; reason: string } | null {
    if (row === null || status === VIEW_STATUS.inactive) return null
    const horizon = now + warningDays * DAY_MS
    const access = row.accessTokenExpires
    if (access !== null && access > now && access <= horizon) {
        if (status === VIEW_STATUS.needsAuthorization) return { at: access, reason: 'its access token ends and it cannot be refreshed: authorize it again' }
        if (status === VIEW_STATUS.refreshFailing || status === VIEW_STATUS.misconfigured) return { at: access, reason: 'its access token ends, unless a refresh succeeds before' }
    }
    const refresh = row.refreshTokenExpires
    if (refresh !== null && refresh > now && refresh <= horizon) return { at: refresh, reason: 'its refresh token ends: authorize it again before then' }
    return null
}

export function accountView(account: OverviewAccount, row: HealthSnapshot | null, providers: ReadonlyMap<string, OverviewProvider>, now: number, warningDays: number): AccountView {
    const status = statusOf(account, row, now)
    const provider = providers.get(account.profileId) ?? null
    const stops = stopsOf(status, row, now, warningDays)
    return {
        sysId: account.sysId,
        name: account.name,
        mailbox: mailboxOf(account),
        direction: directionOf(account.type),
        type: account.type,
        active: account.active,
        status,
        statusWord: STATUS_WORD[status].word,
        tone: STATUS_WORD[status].tone,
        provider: provider && provider.providerId !== '' ? { sysId: provider.providerId, name: provider.providerName } : null,
        accessTokenExpiresAt: iso(row?.accessTokenExpires ?? null),
        refreshTokenExpiresAt: iso(row?.refreshTokenExpires ?? null),
        lastRefreshedAt: iso(row?.lastRefreshed ?? null),
        lastCheckedAt: iso(row?.lastChecked ?? null),
        nextAttemptAt: iso(row?.nextAttempt ?? null),
        lastError: lastErrorOf(status, row),
        stops: stops ? { at: iso(stops.at) as string, reason: stops.reason } : null,
        links: {
            account: `sys_email_account.do?sys_id=${encodeURIComponent(account.sysId)}`,
            provider: provider && provider.providerId !== '' ? `oauth_entity.do?sys_id=${encodeURIComponent(provider.providerId)}` : null,
            reauthorize: reauthorizeUrl(account.sysId, account.profileId),
        },
    }
}

export function summaryLine(counts: Record<ViewStatus, number>, total: number): string {
    if (total === 0) return 'No OAuth email accounts yet.'
    return SUMMARY_ORDER.filter(({ status }) => counts[status] > 0)
        .map(({ status, phrase }) => `${counts[status]} ${status === 'needs_authorization' && counts[status] === 1 ? 'needs authorization' : phrase}`)
        .join(', ')
}

/** The summary and the banner of these account views (the page recomputes them after Refresh now). */
export function summaryOf(accounts: readonly AccountView[]): Pick<Overview, 'summary' | 'stopping'> {
    const counts = Object.fromEntries(Object.values(VIEW_STATUS).map((status) => [status, 0])) as Record<ViewStatus, number>
    for (const view of accounts) counts[view.status] += 1
    const stopping = accounts
        .filter((view) => view.stops !== null)
        .map((view) => ({ sysId: view.sysId, name: view.name, mailbox: view.mailbox, at: (view.stops as { at: string }).at, reason: (view.stops as { reason: string }).reason }))
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    return { summary: { total: accounts.length, counts, line: summaryLine(counts, accounts.length) }, stopping }
}

/** The whole page's data: one entry per OAuth email account, needing attention first, then by name. */
export function buildOverview(input: OverviewInput): Overview {
    const { now, warningDays } = input
    const accounts = input.accounts.map((account) => accountView(account, input.health.get(account.sysId) ?? null, input.providers, now, warningDays))
    const urgency = (view: AccountView) => SUMMARY_ORDER.findIndex(({ status }) => status === view.status)
    accounts.sort((a, b) => urgency(a) - urgency(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    return { generatedAt: iso(now) as string, warningDays, ...summaryOf(accounts), accounts }
}
