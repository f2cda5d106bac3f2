import { STATUS } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { authorizeUrl } from '../authorization/sign-in.ts'
import { ACTION_WORDS, CAUSE, CAUSE_WORDS, countedCredential, noHorizonReason, renewalWords, timeToFailure, type Action, type Cause, type CredentialFacts, type HorizonSettings, type MailboxFacts, type ProviderKind } from '../horizons/time-to-failure.ts'
import { CODE, type HealthSnapshot } from '../token-keeper/model.ts'
import { MAIL_CODE } from '../mail-flow/codes.ts'

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
    /** A client-credentials profile or provider: no person signs in, so there is nothing to re-authorize. */
    appOnly?: boolean
    providerKind?: ProviderKind
}

/** What the health row says beyond the token keeper's snapshot: the authorization and who gave it. */
export interface HealthExtras {
    lastAuthorized: number | null
    testingModeSuspected: boolean
    authorizedIdentity: string
    /** match, delegate, mismatch, unknown, or '' when not checked. */
    identityStatus: string
    identityChecked: number | null
    /** The health row's mail-flow columns (src/mail-flow/); absent when the row has none. */
    mailFlow?: MailFlowFacts
}

/** The canary round trip of an inbound mailbox, the latest mail-level code of an outbound account, and what waits for Re-send. */
export interface MailFlowFacts {
    /** '' (never checked), ok, failing or paused. */
    canaryStatus: string
    /** outbound or inbound while failing. */
    canaryLeg: string
    canaryCode: string
    canaryLastArrived: number | null
    /** Seconds; null before the first round trip. */
    roundTripLast: number | null
    roundTripTypical: number | null
    /** The latest mail-level code (src/mail-flow/codes.ts); '' when the last email went out. */
    mailCode: string
    mailErrorAt: number | null
    /** Emails that failed during the account's incident, waiting for an admin's Re-send (offer mode only). */
    resendPending: number
}

/** A Client credentials row as the page shows it. */
export interface CredentialView {
    sysId: string
    provider: { sysId: string; name: string }
    kind: 'secret' | 'certificate'
    expires: string
    /** Where the date came from (CREDENTIAL_SOURCE) and its words: read from the certificate record or Entra, or typed. */
    source: string
    sourceLabel: string
    /** What renewing it takes, for that source (renewalWords): type the new date, or nothing to type. */
    renewWords: string
    /** Whole days on the admin's calendar: 0 on the day, negative once past; null when the date is unreadable. */
    daysLeft: number | null
    /** Active mailboxes of the provider (up to the reader's limit) and their number. */
    mailboxes: string[]
    mailboxCount: number
    /** Another active row of the same provider has an earlier date, which is the one that counts. */
    overriddenBy: string | null
    /** Tokens were issued with this provider more than a day after this date: not the secret in use (renewed, or a wrong date). */
    outlived: boolean
    link: string
}

/** A Basic-auth account that must move, with its actions. */
export interface BasicAccountView {
    sysId: string
    name: string
    mailbox: string
    provider: 'Microsoft' | 'Google'
    /** Microsoft's disabled-by-default date; null for Google, whose date has passed and stops nothing that still works. */
    stopsOn: string | null
    daysLeft: number | null
    /** The provider's date said as the provider states it: what happens, and what the tenant can still do. */
    stopsWords: string
    /** Prepare OAuth switch until the twin exists, then Switch to OAuth: both on the Email Account form. */
    action: 'prepare_oauth_switch' | 'switch_to_oauth'
    actionWord: string
    link: string
}

/** The slice of accounts this answer holds, and how to ask for the others. */
export interface PageInfo {
    index: number
    size: number
    /** Accounts matching the filter. */
    total: number
    /** The status filter ('all', 'attention' or a ViewStatus). */
    status: string
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
    /** The health rows' authorization facts by account sys_id. */
    extras?: ReadonlyMap<string, HealthExtras>
    /** Active Client credentials rows: their expiry is a horizon of their provider's mailboxes. */
    credentials?: readonly CredentialFacts[]
    /** The admin's time zone. */
    settings?: HorizonSettings
    /** Counts over every account (aggregates), when `accounts` is one page of them. */
    counts?: Record<ViewStatus, number>
    page?: PageInfo
    /** The banner over every account, when `accounts` is one page: the first entries and their number. */
    stopping?: { entries: BannerEntry[]; total: number }
    credentialRows?: CredentialView[]
    basicAuth?: { total: number; accounts: BasicAccountView[] }
}

/** A mailbox that stops within the warning period (or has stopped): when, why, and the one action that moves it. */
export interface BannerEntry {
    sysId: string
    name: string
    mailbox: string
    at: string
    /** Its mail has stopped already (the time is past), rather than stopping within the period. */
    stopped: boolean
    reason: string
    cause: string
    action: string
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
    /** When mail stops within the warning period unless someone acts (or since when it has stopped), and why; null otherwise. */
    stops: { at: string; reason: string; stopped: boolean } | null
    /** Why no end is known, when the reason is known (a Microsoft refresh token that rolls); null otherwise. */
    noEnd: string | null
    /** A client-credentials account: no person signs in, so Re-authorize never applies. */
    appOnly: boolean
    /** The earliest horizon the app knows, its cause and the one action that moves it; null when none is known. */
    timeToFailure: TimeToFailureView | null
    /** Who authorized the account, as the identity watch last saw it; null before it looked. */
    identity: IdentityView | null
    /** The mail canary's last round trip (added by the mail-flow capability); absent until it reports. */
    mailFlow?: MailFlowView
    links: { account: string; provider: string | null; reauthorize: string | null }
}

export interface TimeToFailureView {
    at: string
    cause: Cause
    /** "its refresh token ends ...": completes "mail stops when ...". */
    causeWords: string
    action: Action
    actionWords: string
    /** Every other known horizon, soonest first. */
    later: { at: string; cause: Cause }[]
}

export interface IdentityView {
    status: string
    word: string
    tone: Tone
    authorizedAs: string
    checkedAt: string | null
}

/** Room for the mail canary: a word, a tone, when, and what it means. */
export interface MailFlowView {
    word: string
    tone: Tone
    at: string | null
    detail: string
    /** "N emails failed during the incident": the page offers Re-send (POST /accounts/{sys_id}/resend); 0 when nothing waits. */
    resendPending: number
}

/** The card's mail-flow line: the canary's state and leg, its last and typical round trip, the latest mail-level code. Undefined when the row has nothing to say. */
export function mailFlowOf(facts: MailFlowFacts | undefined): MailFlowView | undefined {
    if (!facts) return undefined
    const seconds = (value: number | null) => (value === null ? null : `${value} s`)
    const trip = [seconds(facts.roundTripLast) && `last round trip ${seconds(facts.roundTripLast)}`, seconds(facts.roundTripTypical) && `typical ${seconds(facts.roundTripTypical)}`].filter(Boolean).join(', ')
    const mail = facts.mailCode === '' ? '' : `latest mail error ${facts.mailCode}`
    const detail = (words: string[]) => words.filter((word) => word !== '').join('; ')
    let view: Omit<MailFlowView, 'resendPending'>
    if (facts.canaryStatus === 'failing') {
        const leg = facts.canaryLeg === 'outbound' ? 'outbound (sending)' : facts.canaryLeg === 'inbound' ? 'inbound (reading)' : facts.canaryLeg
        view = { word: `Failing on the ${leg} leg`, tone: 'critical', at: null, detail: detail([facts.canaryCode, mail, trip]) }
    } else if (facts.canaryStatus === 'ok') {
        view = { word: 'Round trip OK', tone: 'positive', at: iso(facts.canaryLastArrived), detail: detail([trip, mail]) }
    } else if (facts.canaryStatus === 'retrying') {
        // The platform retries the canary (a throttled or slow outbound mailbox): delayed, not down.
        view = { word: 'Outbound leg retrying', tone: 'warning', at: null, detail: detail([facts.canaryCode, mail, trip]) }
    } else if (facts.canaryStatus === 'paused') {
        view = { word: 'Not checked', tone: 'info', at: null, detail: detail([facts.canaryCode, mail]) }
    } else if (mail !== '' || facts.resendPending > 0) {
        // An outbound account: no canary comes back to it, but its mail can fail, or wait while the platform retries it.
        const retrying = facts.mailCode === MAIL_CODE.sendRetrying
        view = { word: mail === '' ? 'Sending' : retrying ? 'Sending retried' : 'Sending failed', tone: mail === '' ? 'info' : retrying ? 'warning' : 'critical', at: iso(facts.mailErrorAt), detail: mail }
    } else {
        return undefined
    }
    return { ...view, resendPending: facts.resendPending }
}

export interface Overview {
    /** The platform clock when the view was built: the page corrects its own clock by it. */
    generatedAt: string
    warningDays: number
    summary: { total: number; counts: Record<ViewStatus, number>; line: string }
    /** The banner: accounts that will stop within the warning period, soonest first. */
    stopping: BannerEntry[]
    /** How many stop within the warning period (the banner may list fewer). */
    stoppingTotal: number
    /** The banner's heading: how many have stopped and how many stop within the period. */
    bannerTitle: string
    accounts: AccountView[]
    page: PageInfo
    credentials: CredentialView[]
    basicAuth: { total: number; accounts: BasicAccountView[] }
    /** false for a member of x_mail_oauth.viewer only: the page shows no Check setup, Refresh now or Re-authorize (the REST API refuses them anyway). Set by the REST handler. */
    canAct?: boolean
}

const DAY_MS = 24 * 3600 * 1000

/** The requestor context the token keeper's refresh sends (token-keeper/oauth-client.ts): the account's table. */
const REQUESTOR_CONTEXT = 'sys_email_account'

export function iso(ms: number | null): string | null {
    return ms === null || !isFinite(ms) ? null : new Date(ms).toISOString()
}

/**
 * Where the platform starts "Authorize Email Account Access" for this account (DOMAIN 9; the context
 * value is unconfirmed for email accounts), with the mailbox as login_hint so the provider offers the
 * right account (src/authorization/sign-in.ts; whether oauth_initiator.do passes it on is unconfirmed).
 */
export function reauthorizeUrl(accountSysId: string, profileId: string, mailbox: string | null = null): string | null {
    return authorizeUrl(accountSysId, profileId, REQUESTOR_CONTEXT, mailbox)
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
    [CODE.certificateExpired]: 'The certificate has expired (Entra AADSTS700027, "The key used is expired"): renew it, upload the new public certificate to the app registration and attach its .jks on the x509 Certificate record, or use the certificate switch.',
    [CODE.certificateStorePassword]: 'The instance cannot open the Java Key Store, so no token is requested: retype Key store password on the x509 Certificate record the JWT signing key names.',
    [CODE.certificateKeyPassword]: 'The instance cannot unlock the private key in the Java Key Store, so no token is requested: retype Signing Key Password on the JWT Keys record the JWT provider names.',
    [CODE.unauthorizedClient]: 'The provider does not let this client refresh tokens: check the app registration and the Client ID on the provider form.',
    [CODE.providerUnavailable]: 'The provider\'s token endpoint did not answer usefully: usually temporary, the job retries by itself; click Refresh now once it is back.',
    [CODE.unexpectedResponse]: 'The token endpoint answered something other than a token: check Token URL on the provider form.',
    [CODE.jobError]: 'The refresh job failed on this account: read the job\'s log lines and check its run-as user can read OAuth credentials (KB0859525).',
}

function lastErrorOf(status: ViewStatus, row: HealthSnapshot | null, appOnly: boolean): LastError | null {
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
    // No person signs in to an app-only account: its own sentence (the health row's) says what to fix, never "Re-authorize".
    const summary = appOnly && (CODE_SUMMARY[row.code] ?? '').includes('Re-authorize') ? firstSentence(message) : (CODE_SUMMARY[row.code] ?? firstSentence(message))
    return { code: row.code, summary, detail: message }
}

/** The first sentence of a message (ends at ". " followed by a capital), or the whole of it. */
function firstSentence(message: string): string {
    const match = /^(.+?\.)\s+(?=[A-Z])/.exec(message)
    return match ? match[1] : message
}

const IDENTITY_WORD: Record<string, { word: string; tone: Tone }> = {
    match: { word: 'The mailbox', tone: 'positive' },
    delegate: { word: 'Accepted delegate', tone: 'info' },
    mismatch: { word: 'Someone else', tone: 'critical' },
    unknown: { word: 'Unknown', tone: 'neutral' },
}

export function identityOf(extras: HealthExtras | undefined, mailbox: string): IdentityView | null {
    if (!extras || extras.identityStatus === '') return null
    const known = IDENTITY_WORD[extras.identityStatus] ?? IDENTITY_WORD.unknown
    const word = extras.identityStatus === 'mismatch' ? `Authorized as ${extras.authorizedIdentity || 'someone else'}, the mailbox is ${mailbox}: sign out of the provider and authorize again` : known.word
    return { status: extras.identityStatus, word, tone: known.tone, authorizedAs: extras.authorizedIdentity, checkedAt: iso(extras.identityChecked) }
}

/** The horizons' view of one OAuth account, from what the page read. */
export function mailboxFactsOf(account: OverviewAccount, status: ViewStatus, row: HealthSnapshot | null, provider: OverviewProvider | null, extras: HealthExtras | undefined): MailboxFacts {
    return {
        sysId: account.sysId,
        name: account.name,
        mailbox: mailboxOf(account),
        active: account.active,
        authentication: 'oauth2',
        appOnly: provider?.appOnly === true,
        providerKind: provider?.providerKind ?? 'other',
        providerId: provider?.providerId ?? '',
        status: status === VIEW_STATUS.notChecked || status === VIEW_STATUS.inactive ? null : status,
        accessTokenExpires: row?.accessTokenExpires ?? null,
        refreshTokenExpires: row?.refreshTokenExpires ?? null,
        lastRefreshed: row?.lastRefreshed ?? null,
        lastAuthorized: extras?.lastAuthorized ?? null,
        testingModeSuspected: extras?.testingModeSuspected ?? false,
        hasTwin: false,
        checkedAt: row?.lastChecked ?? null,
    }
}

/** A secret's or certificate's renewal in the words for where its date came from; every other action has its fixed words. */
function actionWordsOf(cause: Cause, action: Action, providerId: string, credentials: readonly CredentialFacts[], settings: HorizonSettings): string {
    if (cause !== CAUSE.certificate && cause !== CAUSE.clientSecret) return ACTION_WORDS[action]
    const credential = providerId === '' ? null : countedCredential(credentials, providerId, settings)
    return renewalWords(cause === CAUSE.certificate ? 'certificate' : 'secret', credential?.source)
}

/** The reason sentence of the banner and the card: the cause, then the one action. */
export function reasonOf(cause: Cause, action: Action): string {
    return `${CAUSE_WORDS[cause]}: ${ACTION_WORDS[action].charAt(0).toLowerCase()}${ACTION_WORDS[action].slice(1)}`
}

/** When mail stops within the warning period unless someone acts (past horizons included: stopped), or null. */
export function stopsOf(ttf: TimeToFailureView | null, now: number, warningDays: number): { at: string; reason: string; stopped: boolean } | null {
    if (ttf === null || Date.parse(ttf.at) > now + warningDays * DAY_MS) return null
    return { at: ttf.at, reason: reasonOf(ttf.cause, ttf.action), stopped: hasStopped(ttf.cause, Date.parse(ttf.at), now) }
}

/**
 * Whether a horizon that is due means the mail has stopped. Not for the Basic-auth date: after it an
 * account still works where the tenant enabled Basic SMTP AUTH again, so it is never called stopped.
 */
export function hasStopped(cause: string, at: number, now: number): boolean {
    return at <= now && cause !== CAUSE.basicAuthCutoff
}

/** "1 mailbox has stopped; 2 stop within 7 days unless someone acts", from the listed entries and the total. */
export function bannerTitleOf(entries: readonly BannerEntry[], total: number, warningDays: number): string {
    const period = `within ${warningDays} day${warningDays === 1 ? '' : 's'} unless someone acts`
    const mailboxes = (n: number) => (n === 1 ? '1 mailbox' : `${n} mailboxes`)
    if (total > entries.length) return `${mailboxes(total)} ${total === 1 ? 'has' : 'have'} stopped or stop ${period}`
    const stopped = entries.filter((entry) => entry.stopped).length
    const coming = entries.length - stopped
    const parts: string[] = []
    if (stopped > 0) parts.push(`${mailboxes(stopped)} ${stopped === 1 ? 'has' : 'have'} stopped`)
    if (coming > 0) parts.push(`${mailboxes(coming)} ${coming === 1 ? 'stops' : 'stop'} ${period}`)
    return parts.join('; ')
}

export function accountView(
    account: OverviewAccount,
    row: HealthSnapshot | null,
    providers: ReadonlyMap<string, OverviewProvider>,
    now: number,
    warningDays: number,
    horizons: { extras?: HealthExtras; credentials?: readonly CredentialFacts[]; settings?: HorizonSettings } = {},
): AccountView {
    const status = statusOf(account, row, now)
    const provider = providers.get(account.profileId) ?? null
    const mailFlow = mailFlowOf(horizons.extras?.mailFlow)
    const appOnly = provider?.appOnly === true
    const facts = mailboxFactsOf(account, status, row, provider, horizons.extras)
    const settings = horizons.settings ?? { utcOffsetMinutes: 0 }
    const known = timeToFailure(facts, horizons.credentials ?? [], settings)
    const ttf: TimeToFailureView | null = known
        ? {
              at: iso(known.at) as string,
              cause: known.cause,
              causeWords: CAUSE_WORDS[known.cause],
              action: known.action,
              actionWords: actionWordsOf(known.cause, known.action, facts.providerId, horizons.credentials ?? [], settings),
              later: known.horizons.slice(1).map((h) => ({ at: iso(h.at) as string, cause: h.cause })),
          }
        : null
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
        lastError: lastErrorOf(status, row, appOnly),
        stops: stopsOf(ttf, now, warningDays),
        noEnd: ttf === null ? noHorizonReason(facts) : null,
        appOnly,
        timeToFailure: ttf,
        identity: identityOf(horizons.extras, mailboxOf(account)),
        ...(mailFlow && { mailFlow }),
        links: {
            account: `sys_email_account.do?sys_id=${encodeURIComponent(account.sysId)}`,
            provider: provider && provider.providerId !== '' ? `oauth_entity.do?sys_id=${encodeURIComponent(provider.providerId)}` : null,
            // A client-credentials account has no person to sign in: an authorization-code link cannot work.
            reauthorize: appOnly ? null : reauthorizeUrl(account.sysId, account.profileId, account.userName || null),
        },
    }
}

export function summaryLine(counts: Record<ViewStatus, number>, total: number): string {
    if (total === 0) return 'No OAuth email accounts yet.'
    return SUMMARY_ORDER.filter(({ status }) => counts[status] > 0)
        .map(({ status, phrase }) => `${counts[status]} ${status === 'needs_authorization' && counts[status] === 1 ? 'needs authorization' : phrase}`)
        .join(', ')
}

export function emptyCounts(): Record<ViewStatus, number> {
    return Object.fromEntries(Object.values(VIEW_STATUS).map((status) => [status, 0])) as Record<ViewStatus, number>
}

/** The banner entry of an account view that stops within the warning period. */
function bannerEntryOf(view: AccountView): BannerEntry | null {
    if (view.stops === null || view.timeToFailure === null) return null
    return { sysId: view.sysId, name: view.name, mailbox: view.mailbox, at: view.stops.at, stopped: view.stops.stopped, reason: view.stops.reason, cause: view.timeToFailure.cause, action: view.timeToFailure.action }
}

/** The summary and the banner of these account views (the page recomputes them after Refresh now, keeping the server's totals). */
export function summaryOf(
    accounts: readonly AccountView[],
    warningDays: number,
    totals?: { counts: Record<ViewStatus, number>; stopping: { entries: BannerEntry[]; total: number } },
): Pick<Overview, 'summary' | 'stopping' | 'stoppingTotal' | 'bannerTitle'> {
    const counts = totals ? { ...totals.counts } : emptyCounts()
    if (!totals) for (const view of accounts) counts[view.status] += 1
    const byId = new Map<string, BannerEntry>()
    for (const entry of totals?.stopping.entries ?? []) byId.set(entry.sysId, entry)
    // The accounts at hand are judged live; the stored instants (written hourly) count the rest.
    let stoppingTotal = totals?.stopping.total ?? 0
    for (const view of accounts) {
        const entry = bannerEntryOf(view)
        const counted = byId.has(view.sysId)
        if (entry) byId.set(view.sysId, entry)
        else byId.delete(view.sysId)
        if (counted && !entry) stoppingTotal -= 1
        if (!counted && entry) stoppingTotal += 1
    }
    const stopping = [...byId.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.name < b.name ? -1 : 1))
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
    const stoppingCount = Math.max(stoppingTotal, stopping.length)
    return { summary: { total, counts, line: summaryLine(counts, total) }, stopping, stoppingTotal: stoppingCount, bannerTitle: bannerTitleOf(stopping, stoppingCount, warningDays) }
}

/** Soonest time to failure first (none known: last), then the most urgent status, then by name. */
export function byTimeToFailure(a: AccountView, b: AccountView): number {
    const at = (view: AccountView) => (view.timeToFailure ? Date.parse(view.timeToFailure.at) : Infinity)
    const urgency = (view: AccountView) => SUMMARY_ORDER.findIndex(({ status }) => status === view.status)
    return at(a) - at(b) || urgency(a) - urgency(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
}

/** The page's data: the accounts it was given (one page, or all), the summary, the banner and the other sections. */
export function buildOverview(input: OverviewInput): Overview {
    const { now, warningDays } = input
    const accounts = input.accounts.map((account) =>
        accountView(account, input.health.get(account.sysId) ?? null, input.providers, now, warningDays, { extras: input.extras?.get(account.sysId), credentials: input.credentials, settings: input.settings }),
    )
    accounts.sort(byTimeToFailure)
    const totals = input.counts && input.stopping ? { counts: input.counts, stopping: input.stopping } : undefined
    return {
        generatedAt: iso(now) as string,
        warningDays,
        ...summaryOf(accounts, warningDays, totals),
        accounts,
        page: input.page ?? { index: 0, size: accounts.length, total: accounts.length, status: 'all' },
        credentials: input.credentialRows ?? [],
        basicAuth: input.basicAuth ?? { total: 0, accounts: [] },
    }
}
