/**
 * Time to failure: for one mailbox, the earliest instant at which its mail stops unless someone acts,
 * with the cause that sets it and the one action that moves it. Pure: the facts the readers
 * collected, the credential rows of its provider and the settings (the admin's time zone) come in;
 * the clock is not read here, because no horizon depends on "now" (the page and the alerts compare).
 *
 * The horizons the app knows (docs/overview.md says each in admin words, with its source):
 * - the access token's end, when refreshing it is failing or blocked (the token keeper's health row);
 * - no access token at all while the job reports the account at risk (never authorized, or no token
 *   was ever issued): mail has stopped since the job found it so;
 * - the refresh token's end where the platform reports one (getRefreshTokenExpiresIn): authorize
 *   again before it. Microsoft returns a new refresh token with every refresh (rolling, providers.ts),
 *   so for a Microsoft account whose refreshes succeed that end moves with each refresh and is no
 *   date to act on: it counts only while refreshing is failing or blocked;
 * - a Google app in Testing: its refresh tokens end 7 days after the authorization
 *   (token-keeper/testing-mode.ts; Google, "Using OAuth 2.0 to Access Google APIs", Refresh token expiration);
 * - a Google refresh token unused for six months stops working (same Google page): an account that is
 *   never refreshed (inactive, or the job stopped) runs into it;
 * - the end date of the provider's client secret or certificate (Client credentials rows: read from
 *   the certificate record or from Entra, or typed by an admin; credentials/sources.ts);
 * - the Basic-auth cut-off for accounts still on a password at Microsoft: SMTP AUTH with Basic is
 *   disabled by default at the end of December 2026 (MC786329; Exchange Team blog, 27 January 2026);
 *   a tenant can enable it again until a final removal Microsoft announces for the second half of
 *   2027, so the date is when mail stops unless the tenant re-enables it, and the action is the OAuth
 *   switch. Google's 14 March 2025 (password sign-in for Workspace apps ended) is no horizon: it has
 *   passed, and a Gmail account that still signs in (an app password) still works; the page says
 *   so without a date.
 * Not a horizon of its own: the platform's job "Clean Expired OAuth Credentials" deletes expired
 * oauth_credential rows after com.snc.platform.security.oauth.hours.expired.credential.is.kept hours
 * (ServiceNow docs, "Manage OAuth tokens"); it only ever follows one of the ends above.
 */
import { CREDENTIAL_SOURCE } from '../credentials/sources.ts'

/** Why the mail stops: stable codes (docs/codes.md), shown on the page and in the alerts. */
export const CAUSE = {
    noAccessToken: 'no_access_token',
    accessToken: 'access_token_ends',
    refreshToken: 'refresh_token_ends',
    googleTestingMode: 'google_testing_mode_ends',
    googleUnused: 'google_refresh_token_unused',
    clientSecret: 'client_secret_expires',
    certificate: 'certificate_expires',
    basicAuthCutoff: 'basic_auth_cutoff',
} as const

export type Cause = (typeof CAUSE)[keyof typeof CAUSE]

/** The one action that moves a horizon, as the page offers it. */
export const ACTION = {
    reauthorize: 'reauthorize',
    refreshNow: 'refresh_now',
    checkSetup: 'check_setup',
    startRefreshJob: 'start_refresh_job',
    renewSecret: 'renew_secret',
    renewCertificate: 'renew_certificate',
    publishConsentScreen: 'publish_consent_screen',
    prepareOAuthSwitch: 'prepare_oauth_switch',
    switchToOAuth: 'switch_to_oauth',
} as const

export type Action = (typeof ACTION)[keyof typeof ACTION]

/** When two horizons of one mailbox fall on the same instant, the one listed first is named. */
const PRECEDENCE: readonly Cause[] = [
    CAUSE.noAccessToken,
    CAUSE.accessToken,
    CAUSE.basicAuthCutoff,
    CAUSE.clientSecret,
    CAUSE.certificate,
    CAUSE.googleTestingMode,
    CAUSE.refreshToken,
    CAUSE.googleUnused,
]

const DAY_MS = 86400000
/** Google: "The refresh token has not been used for six months." */
export const GOOGLE_UNUSED_DAYS = 183
/** Google: refresh tokens of an app in Testing expire in 7 days. */
export const GOOGLE_TESTING_DAYS = 7

/**
 * Basic-auth dates as the providers state them. Microsoft's is a horizon (admin-local day): SMTP AUTH
 * with Basic disabled by default, re-enable possible until the final removal. Google's has passed
 * and stops nothing that still works: shown as a fact, never as a failure.
 */
export const BASIC_AUTH_CUTOFF_DATES = {
    microsoft: {
        date: '2026-12-31',
        source: 'Microsoft 365 message center MC786329; Exchange Team blog, 27 January 2026',
        what: 'Microsoft disables SMTP AUTH with Basic authentication by default for existing tenants at the end of December 2026',
        reEnable: "A tenant admin can enable it again (Exchange admin center, or Set-TransportConfig -SmtpClientAuthenticationDisabled $false) until the final removal, which Microsoft will announce for the second half of 2027",
    },
    google: {
        date: '2025-03-14',
        source: 'Google Workspace Updates: password sign-in ("less secure apps") for third-party apps ended on 14 March 2025',
        what: 'Google ended password sign-in for third-party apps on Workspace accounts on 14 March 2025',
        reEnable: 'An account that still signs in uses an app password (2-Step Verification on), which keeps working; OAuth needs no password at all',
    },
} as const

export type ProviderKind = 'microsoft' | 'google' | 'other'

/** The facts about one mailbox the horizons need. Instants are ms since the epoch; null = not known. */
export interface MailboxFacts {
    sysId: string
    name: string
    mailbox: string
    active: boolean
    /** 'oauth2', or 'password' for a Basic-auth account that must move. */
    authentication: string
    /** A client-credentials account: no person signs in, no refresh token. */
    appOnly: boolean
    providerKind: ProviderKind
    /** The OAuth provider (oauth_entity) sys_id, '' for Basic-auth accounts or none. */
    providerId: string
    /** The health row's status (token keeper; 'overdue' when it says ok but the access token has ended), or null when the job has not seen it. */
    status: string | null
    accessTokenExpires: number | null
    refreshTokenExpires: number | null
    lastRefreshed: number | null
    lastAuthorized: number | null
    testingModeSuspected: boolean
    /** Basic-auth accounts: whether the OAuth twin exists (Prepare OAuth switch done). */
    hasTwin: boolean
    /** When the job last wrote the health row (last_checked); the start of a stop with no token at all. */
    checkedAt?: number | null
}

/** One row of Client credentials (active). */
export interface CredentialFacts {
    sysId: string
    providerId: string
    providerName: string
    kind: 'secret' | 'certificate'
    /** 'yyyy-MM-dd' as entered: the admin's local date. */
    expires: string
    /**
     * Where the date came from (CREDENTIAL_SOURCE: certificate_record, entra, manual); absent is a row
     * typed by an admin. It decides what the admin does after renewing: type the new date or nothing.
     */
    source?: string
    /**
     * The provider's mailboxes got tokens more than a day after this date ended: the secret or
     * certificate in use is not this one (renewed without ticking this row inactive, or a wrong date).
     * Such a row sets no horizon and is never warned about (withOutlived).
     */
    outlived?: boolean
}

export interface HorizonSettings {
    /** The admin's time zone as an offset from UTC in minutes (+780 for Auckland in summer, -600 for Honolulu). */
    utcOffsetMinutes: number
}

export interface Horizon {
    cause: Cause
    at: number
    action: Action
    /**
     * What the horizon is, independently of the mailbox: mailboxes with the same key share it (one
     * secret stops them all) and get one alert. It holds the horizon's date, so a moved horizon (a
     * secret renewed, a new authorization) is a new key and the old one's warnings end. The date is
     * the one entered for a dated horizon (a secret, the cut-off) and the UTC day for an instant (a
     * token's end): never the session's local day, so the job's Run as user changing time zone does
     * not make a new key (and warn again) for the same horizon.
     */
    key: string
    /** The admin-local day of `at` ('yyyy-MM-dd'). */
    day: string
}

export interface TimeToFailure {
    at: number
    cause: Cause
    action: Action
    /** Every horizon of the mailbox, soonest first (the first is the time to failure). */
    horizons: Horizon[]
}

/** Statuses in which the access token is not being renewed; 'overdue' is the page's "ok, but the token ended": the job is not running. */
const ACCESS_AT_RISK: readonly string[] = ['needs_authorization', 'refresh_failing', 'misconfigured', 'at_risk', 'overdue']

/** The admin-local day ('yyyy-MM-dd') of an instant. */
export function localDay(ms: number, settings: HorizonSettings): string {
    return new Date(ms + settings.utcOffsetMinutes * 60000).toISOString().slice(0, 10)
}

/** The instant an admin-local date starts; null when the text is not a date. */
export function startOfLocalDay(date: string, settings: HorizonSettings): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim().slice(0, 10))
    if (!match) return null
    const utc = Date.UTC(+match[1], +match[2] - 1, +match[3])
    if (localDayOfUtcDate(utc) !== date.trim().slice(0, 10)) return null
    return utc - settings.utcOffsetMinutes * 60000
}

function localDayOfUtcDate(utcMidnight: number): string {
    return isFinite(utcMidnight) ? new Date(utcMidnight).toISOString().slice(0, 10) : ''
}

/** Whole admin-local days from `now` to the horizon's day: 0 on the day, negative once past. */
export function daysUntil(day: string, now: number, settings: HorizonSettings): number {
    const today = Date.parse(`${localDay(now, settings)}T00:00:00Z`)
    return Math.round((Date.parse(`${day}T00:00:00Z`) - today) / DAY_MS)
}

/** The action that moves an access token's end: depends on why refreshing does not happen. */
function accessAction(mailbox: MailboxFacts): Action {
    if (mailbox.status === 'needs_authorization') return mailbox.appOnly ? ACTION.checkSetup : ACTION.reauthorize
    if (mailbox.status === 'misconfigured') return ACTION.checkSetup
    if (mailbox.status === 'overdue') return ACTION.startRefreshJob
    return ACTION.refreshNow
}

/** A horizon at an instant (a token's end): keyed by its UTC day. */
function horizon(cause: Cause, at: number, action: Action, subject: string, settings: HorizonSettings): Horizon {
    return { cause, at, action, key: `${cause}:${subject}:${localDay(at, UTC)}`, day: localDay(at, settings) }
}

/** A horizon on a date the admin or the provider states ('yyyy-MM-dd', admin-local): keyed by that date. */
function datedHorizon(cause: Cause, date: string, action: Action, subject: string, settings: HorizonSettings): Horizon {
    return { cause, at: startOfLocalDay(date, settings) as number, action, key: `${cause}:${subject}:${date}`, day: date }
}

const UTC: HorizonSettings = { utcOffsetMinutes: 0 }

/** Every horizon of one mailbox. `credentials` may hold rows of any provider: only its provider's count. */
export function horizonsOf(mailbox: MailboxFacts, credentials: readonly CredentialFacts[], settings: HorizonSettings): Horizon[] {
    const found: Horizon[] = []
    if (mailbox.authentication === 'password') {
        // Google's date has passed and an account that still signs in works (app password): no horizon.
        if (mailbox.providerKind !== 'microsoft') return found
        const cutoff = BASIC_AUTH_CUTOFF_DATES[mailbox.providerKind]
        found.push(datedHorizon(CAUSE.basicAuthCutoff, cutoff.date, mailbox.hasTwin ? ACTION.switchToOAuth : ACTION.prepareOAuthSwitch, mailbox.providerKind, settings))
        return found
    }
    const atRisk = ACCESS_AT_RISK.includes(mailbox.status ?? '')
    if (atRisk && mailbox.accessTokenExpires === null && mailbox.refreshTokenExpires === null && mailbox.checkedAt != null) {
        // No token at all (never authorized, or none issued): mail stopped when the job found it so.
        found.push(horizon(CAUSE.noAccessToken, mailbox.checkedAt, accessAction(mailbox), mailbox.sysId, settings))
    }
    if (mailbox.accessTokenExpires !== null && atRisk) {
        found.push(horizon(CAUSE.accessToken, mailbox.accessTokenExpires, accessAction(mailbox), mailbox.sysId, settings))
    }
    if (!mailbox.appOnly) {
        // A rolling refresh token (Microsoft) is renewed by every refresh: its end is a horizon only while refreshing does not happen.
        const renewedByRefresh = mailbox.providerKind === 'microsoft' && !atRisk
        if (mailbox.refreshTokenExpires !== null && !renewedByRefresh) found.push(horizon(CAUSE.refreshToken, mailbox.refreshTokenExpires, ACTION.reauthorize, mailbox.sysId, settings))
        if (mailbox.providerKind === 'google') {
            if (mailbox.testingModeSuspected && mailbox.lastAuthorized !== null) {
                found.push(horizon(CAUSE.googleTestingMode, mailbox.lastAuthorized + GOOGLE_TESTING_DAYS * DAY_MS, ACTION.publishConsentScreen, mailbox.sysId, settings))
            }
            const lastUse = Math.max(mailbox.lastRefreshed ?? -Infinity, mailbox.lastAuthorized ?? -Infinity)
            if (isFinite(lastUse)) found.push(horizon(CAUSE.googleUnused, lastUse + GOOGLE_UNUSED_DAYS * DAY_MS, ACTION.refreshNow, mailbox.sysId, settings))
        }
    }
    const credential = mailbox.providerId === '' ? null : countedCredential(credentials, mailbox.providerId, settings)
    if (credential !== null) {
        const certificate = credential.kind === 'certificate'
        found.push(datedHorizon(certificate ? CAUSE.certificate : CAUSE.clientSecret, credential.expires.trim().slice(0, 10), certificate ? ACTION.renewCertificate : ACTION.renewSecret, credential.sysId, settings))
    }
    return found.sort(soonestFirst)
}

/**
 * Marks the rows whose date the provider has outlived: its mailboxes got a token (a refresh, or an
 * app-only token request, both made with the provider's client secret or certificate) more than a
 * day after the row's date ended. `lastIssued`: the latest such success per provider (oauth_entity
 * sys_id), from the health rows' last_refreshed. The day of margin covers a date entered in another
 * time zone than the provider's end.
 */
export function withOutlived<T extends CredentialFacts>(credentials: readonly T[], lastIssued: ReadonlyMap<string, number>, settings: HorizonSettings): T[] {
    return credentials.map((credential) => {
        const start = startOfLocalDay(credential.expires, settings)
        const issued = lastIssued.get(credential.providerId)
        const outlived = start !== null && issued !== undefined && issued >= start + (1 + OUTLIVED_MARGIN_DAYS) * DAY_MS
        return { ...credential, outlived }
    })
}

/** The latest token issued per provider, from the mailboxes' last successful refresh or token request. */
export function lastIssuedByProvider(mailboxes: readonly Pick<MailboxFacts, 'providerId' | 'lastRefreshed'>[]): Map<string, number> {
    const latest = new Map<string, number>()
    for (const mailbox of mailboxes) {
        if (mailbox.providerId === '' || mailbox.lastRefreshed === null) continue
        latest.set(mailbox.providerId, Math.max(latest.get(mailbox.providerId) ?? -Infinity, mailbox.lastRefreshed))
    }
    return latest
}

/** Days after a credential's date has ended before a token issued with the provider says the row is not the one in use. */
export const OUTLIVED_MARGIN_DAYS = 1

/**
 * The credential row that sets a provider's horizon: of several active rows for one provider (a
 * rotation recorded as a new row, a row entered twice), the earliest readable date counts, because
 * the app cannot tell which secret the provider form holds; the page says so beside the others. A
 * row the provider has outlived (withOutlived) does not count: the next one does, so a renewed
 * secret's warnings come although the old row was left active.
 */
export function countedCredential(credentials: readonly CredentialFacts[], providerId: string, settings: HorizonSettings): CredentialFacts | null {
    let counted: CredentialFacts | null = null
    let countedAt = Infinity
    for (const credential of credentials) {
        if (credential.providerId !== providerId || credential.outlived === true) continue
        const at = startOfLocalDay(credential.expires, settings)
        if (at === null || at > countedAt || (at === countedAt && counted !== null && credential.sysId > counted.sysId)) continue
        counted = credential
        countedAt = at
    }
    return counted
}

function soonestFirst(a: Horizon, b: Horizon): number {
    return a.at - b.at || PRECEDENCE.indexOf(a.cause) - PRECEDENCE.indexOf(b.cause)
}

/** The mailbox's time to failure: its soonest horizon, or null when the app knows of none (inactive accounts carry no mail: null). */
export function timeToFailure(mailbox: MailboxFacts, credentials: readonly CredentialFacts[], settings: HorizonSettings): TimeToFailure | null {
    if (!mailbox.active) return null
    const horizons = horizonsOf(mailbox, credentials, settings)
    if (horizons.length === 0) return null
    const [first] = horizons
    return { at: first.at, cause: first.cause, action: first.action, horizons }
}

/** Admin words for each cause: "its <...>" completes "mail stops when ...". */
export const CAUSE_WORDS: Record<Cause, string> = {
    [CAUSE.noAccessToken]: 'it has no token at all (never authorized, or the provider issued none)',
    [CAUSE.accessToken]: 'its access token ends and refreshing it is failing or blocked',
    [CAUSE.refreshToken]: 'its refresh token ends and no refresh renews it before then',
    [CAUSE.googleTestingMode]: 'its Google authorization ends 7 days after it was given (the OAuth consent screen is in Testing)',
    [CAUSE.googleUnused]: 'its Google refresh token has not been used for six months',
    [CAUSE.clientSecret]: "the provider's client secret expires",
    [CAUSE.certificate]: "the provider's certificate expires",
    [CAUSE.basicAuthCutoff]: 'Microsoft disables Basic SMTP AUTH by default (the tenant can enable it again until the final removal announced for the second half of 2027)',
}

/**
 * Why an active account has no horizon, when the reason is known: a healthy Microsoft account's
 * refresh token rolls, and a Gmail account on a password is past Google's date but still works.
 * Null when the app simply knows of no end.
 */
export function noHorizonReason(mailbox: MailboxFacts): string | null {
    if (!mailbox.active) return null
    if (mailbox.authentication === 'password' && mailbox.providerKind === 'google') {
        return `No date: ${BASIC_AUTH_CUTOFF_DATES.google.what}. ${BASIC_AUTH_CUTOFF_DATES.google.reEnable}: move it to OAuth when you can (Prepare OAuth switch).`
    }
    if (mailbox.authentication === 'oauth2' && !mailbox.appOnly && mailbox.providerKind === 'microsoft' && mailbox.status === 'ok' && mailbox.refreshTokenExpires !== null) {
        return 'No end while refreshes succeed: Microsoft returns a new refresh token with every refresh, so its end moves forward each time (the refresh job refreshes it well before).'
    }
    return null
}

/** Admin words for each action: what the button or link does. */
export const ACTION_WORDS: Record<Action, string> = {
    [ACTION.reauthorize]: 'Re-authorize the account, in a private window signed in as the mailbox',
    [ACTION.refreshNow]: 'Refresh now once the provider answers again',
    [ACTION.checkSetup]: 'Check setup and fix what it names (provider, profile or app registration)',
    [ACTION.startRefreshJob]: 'Activate the job "Email OAuth Manager: refresh email access tokens", then Refresh now',
    [ACTION.renewSecret]: 'Create a new client secret and paste it into Client Secret on the provider form',
    [ACTION.renewCertificate]: 'Renew the certificate: upload a new certificate to the app registration and attach its .jks on the x509 Certificate record (or use the certificate switch)',
    [ACTION.publishConsentScreen]: 'Publish the Google OAuth consent screen (Google Cloud console > OAuth consent screen), then Re-authorize',
    [ACTION.prepareOAuthSwitch]: 'Prepare OAuth switch on the Email Account form',
    [ACTION.switchToOAuth]: 'Authorize the OAuth twin, then Switch to OAuth on the Email Account form',
}

/**
 * What renewing a client secret or certificate takes, for where its end date came from: a date read
 * from the certificate record or from Entra follows the renewal by itself; a typed date must be typed
 * again, or the warnings go on about the old one.
 */
export function renewalWords(kind: 'secret' | 'certificate', source: string | undefined): string {
    const renew = ACTION_WORDS[kind === 'certificate' ? ACTION.renewCertificate : ACTION.renewSecret]
    if (source === CREDENTIAL_SOURCE.certificateRecord) {
        return `${renew}. This date was read from the certificate record (x509 Certificate, Expires) at the end of the provider's JWT signing key: the new certificate's date is read from its record within the hour, nothing to type`
    }
    if (source === CREDENTIAL_SOURCE.entra) {
        return `${renew}. This date was read from the app registration in Entra: the new ${kind === 'certificate' ? 'certificate' : 'secret'}'s date is read from Entra on the next daily read, nothing to type; delete the old one from the registration once mail flows`
    }
    return `${renew}. This date was typed by an admin: set Expires on this provider's row under Email OAuth Manager > Client credentials to the new ${kind === 'certificate' ? "certificate's" : "secret's"} end date`
}
