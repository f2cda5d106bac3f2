import type { HealthStatus } from '../common/app.ts'

/**
 * The plain values the token keeper's pure core works on. Times are ms since the epoch on the
 * platform clock; nothing here holds a token or a secret, only whether one is present and when
 * it expires.
 */

/** Stable codes: health rows' last_error_code and the events' parm2. */
export const CODE = {
    missingProfile: 'missing_profile',
    missingProvider: 'missing_provider',
    notAuthorized: 'not_authorized',
    noRefreshToken: 'no_refresh_token',
    invalidGrant: 'invalid_grant',
    /** The provider wants the mailbox's user to sign in (MFA, Conditional Access, consent): the refresh token is unusable until then. */
    interactionRequired: 'interaction_required',
    invalidClient: 'invalid_client',
    /** Entra AADSTS7000222: the client secret is right but past its expiry; the fix is a new secret AND its expiry recorded. */
    clientSecretExpired: 'client_secret_expired',
    unauthorizedClient: 'unauthorized_client',
    /** Entra AADSTS700027: the assertion's certificate is not on the app registration (or its signature does not verify). */
    certificateNotRegistered: 'certificate_not_registered',
    /** Entra AADSTS700027 "The key used is expired": the registration knows the certificate, but its end date has passed (the same code as the setup check's finding on the record's end date). */
    certificateExpired: 'certificate_expired',
    /** The instance could not open the Java Key Store (Java: "Keystore was tampered with, or password was incorrect"): nothing was sent. */
    certificateStorePassword: 'certificate_store_password',
    /** The store opens but the key entry does not (Java: UnrecoverableKeyException "Cannot recover key"): nothing was sent. */
    certificateKeyPassword: 'certificate_key_password',
    /** Entra AADSTS700024: the assertion is outside its valid time (the instance's clock, or a lifetime too long or too short). */
    assertionTimeRange: 'client_assertion_time_range',
    /** Entra AADSTS700023: the assertion's aud claim is not the tenant's token endpoint. */
    assertionAudience: 'client_assertion_audience',
    /** Entra AADSTS700021: the assertion's iss/sub claim is not the client id the request names. */
    assertionIssuer: 'client_assertion_issuer',
    providerUnavailable: 'provider_unavailable',
    unexpectedResponse: 'unexpected_response',
    jobError: 'job_error',
    reauthDue: 'reauth_due',
    /** at_risk: the run's budget, its cap or the provider's latency left the account without a refresh before its token runs out. */
    refreshCapacity: 'refresh_capacity',
} as const

/** What GlideOAuthToken reports, without the secrets: presence flags and seconds left. */
export interface RawToken {
    hasAccessToken: boolean
    /** getExpiresIn(): seconds left of the access token (0 or less once expired). */
    expiresInSeconds: number
    hasRefreshToken: boolean
    /** getRefreshTokenExpiresIn(): seconds left, 0 or less when the platform does not report it. */
    refreshExpiresInSeconds: number
}

/** A token as the job sees it at one instant. */
export interface TokenState {
    /** Absolute expiry of the access token; null when there is no access token. */
    accessExpiresAt: number | null
    hasRefreshToken: boolean
    /** Absolute expiry of the refresh token; null when the platform does not report it. */
    refreshExpiresAt: number | null
}

/** One row of x_mail_oauth_token_health, read back. */
export interface HealthSnapshot {
    sysId: string
    status: HealthStatus | null
    code: string
    message: string
    profileId: string
    accessTokenExpires: number | null
    refreshTokenExpires: number | null
    lastChecked: number | null
    lastRefreshed: number | null
    nextAttempt: number | null
    consecutiveFailures: number
}

/** The fields the job writes (last_checked is stamped by the store when it writes). */
export type HealthFields = Omit<HealthSnapshot, 'sysId' | 'lastChecked'>

/** What the admin-facing sentences need to name. */
export interface MessageContext {
    accountName: string
    providerName: string
}

/** Two stored instants are the same when they differ by less than this (seconds resolution, getExpiresIn rounding). */
export const SAME_INSTANT_TOLERANCE_MS = 5000

export function sameInstant(a: number | null, b: number | null): boolean {
    if (a === null || b === null) return a === b
    return Math.abs(a - b) < SAME_INSTANT_TOLERANCE_MS
}

/** One finding of the setup check (src/setup-check), the shape the job consumes. */
export interface SetupFinding {
    code: string
    severity: 'error' | 'warning' | 'info'
    field: string
    message: string
}

/**
 * The seam between the job and the setup check: checks one email account (by sys_id) and returns
 * its findings. The job calls it when it first sees an account, when the account's status leaves
 * ok, and on every run while the account is misconfigured, so fixing the configuration is what
 * lets token requests resume.
 */
export type AccountSetupCheck = (accountSysId: string) => readonly SetupFinding[]
