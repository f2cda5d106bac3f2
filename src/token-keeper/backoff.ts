import { REFRESH_JOB_INTERVAL_SECONDS } from '../common/app.ts'
import type { Settings } from '../common/settings.ts'
import type { RunRecord } from './schedule.ts'

/**
 * When to try again after a failed refresh: capped exponential backoff that honours the provider's
 * Retry-After, but never waits past the access token's expiry.
 */

export const BACKOFF = {
    /** The first retry comes at the next run. */
    firstDelaySeconds: 60,
    maxDelaySeconds: 1800,
    /** A Retry-After longer than this is read as this: a provider's hint, not a licence to stop for a day. */
    maxRetryAfterSeconds: 3600,
    /** A retry is due at least one run before the access token expires. */
    leadSeconds: REFRESH_JOB_INTERVAL_SECONDS,
} as const

/** Time between taking the lease and sending the request, and after it until the row is written. */
export const LEASE_MARGIN_SECONDS = 30

/**
 * How long a run holds an account while its token request is in flight: the longest request the
 * platform can make (x_mail_oauth.token_request_timeout_seconds) plus a margin, so two runs never
 * refresh one account. The platform does not document a timeout for GlideOAuthClient: ServiceNow's
 * HTTP connection properties cap scripted outbound HTTP with glide.http.outbound.max_timeout (30 s by
 * default, RESTMessageV2 executeAsync unless glide.http.outbound.max_timeout.enabled), and nothing
 * names the token request. So the run widens the property with what it has seen (withObservedTimeout).
 */
export function leaseSeconds(settings: Settings): number {
    return settings.tokenRequestTimeoutSeconds + LEASE_MARGIN_SECONDS
}

/**
 * The platform may answer a token request later than the property says: a request seen to take
 * longer proves the real timeout is at least that long, and may be longer still. A double request is
 * worse than a delayed run (a rotated refresh token sent twice revokes the grant), so the lease then
 * outlasts twice the slowest request seen in the recent runs (run history: the last hour), never less
 * than the property. Every run of the hour reads the same history, so the run that holds a lease and
 * the run that meets it agree on its length; a length that grows only makes the later run wait longer.
 */
export function withObservedTimeout(settings: Settings, history: readonly RunRecord[]): Settings {
    const slowestMs = history.reduce((slowest, run) => Math.max(slowest, run.slowestRequestMs), 0)
    const observedSeconds = Math.ceil((2 * slowestMs) / 1000)
    if (observedSeconds <= settings.tokenRequestTimeoutSeconds) return settings
    return { ...settings, tokenRequestTimeoutSeconds: observedSeconds }
}

export function backoffDelaySeconds(consecutiveFailures: number): number {
    const exponent = Math.max(0, Math.min(consecutiveFailures - 1, 20))
    return Math.min(BACKOFF.firstDelaySeconds * Math.pow(2, exponent), BACKOFF.maxDelaySeconds)
}

/**
 * The next attempt after the `consecutiveFailures`-th failure in a row to reach the provider.
 * While the access token still works, capped exponential backoff, pulled forward to one run before
 * the token expires (at the latest: now). The provider's Retry-After (up to an hour) is honoured even
 * past the token's expiry: coming back early only meets another refusal and may prolong the throttle
 * (transition.ts then tells the admin the account is at risk). Once the token has expired, mail is
 * already failing: the next run tries again, unless Retry-After asks to wait longer.
 */
export function nextAttemptAt(now: number, consecutiveFailures: number, retryAfterSeconds: number | null, accessExpiresAt: number | null): number {
    const retryAfter = retryAfterSeconds === null ? 0 : Math.min(retryAfterSeconds, BACKOFF.maxRetryAfterSeconds)
    if (accessExpiresAt === null || accessExpiresAt <= now) return now + retryAfter * 1000
    const latest = Math.max(now, accessExpiresAt - BACKOFF.leadSeconds * 1000)
    return Math.max(Math.min(now + backoffDelaySeconds(consecutiveFailures) * 1000, latest), now + retryAfter * 1000)
}

/** After the provider rejected the client (a human must fix it): capped exponential backoff alone. */
export function nextAttemptAfterRejection(now: number, consecutiveFailures: number): number {
    return now + backoffDelaySeconds(consecutiveFailures) * 1000
}

/** Retry-After as seconds from now: a number of seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
    if (value === null || value === undefined) return null
    const text = String(value).trim()
    if (text === '') return null
    if (/^\d+$/.test(text)) return parseInt(text, 10)
    const date = Date.parse(text)
    if (isNaN(date)) return null
    return Math.max(0, Math.ceil((date - now) / 1000))
}
