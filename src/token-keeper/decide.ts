import { STATUS, type HealthStatus } from '../common/app.ts'
import type { Settings } from '../common/settings.ts'
import { BACKOFF, leaseSeconds } from './backoff.ts'
import { CODE, sameInstant, type HealthSnapshot, type RawToken, type TokenState } from './model.ts'

/**
 * What to do for one account at one instant: a pure function of its token, the clock, the
 * settings and its previous health row.
 */

export type Decision =
    /** No token request; the account is in this state until something changes. */
    | { kind: 'blocked'; status: HealthStatus; code: string }
    /** The access token has more than the refresh horizon left: nothing to do. */
    | { kind: 'fresh' }
    /** A refresh is due but an earlier failure's backoff, or another run's lease, holds it until `until`. */
    | { kind: 'waiting'; until: number }
    /** Refresh now; `dueAt` orders the run's refreshes (soonest expiry first, missing access token before all). */
    | { kind: 'refresh'; dueAt: number }

export interface DecisionInput {
    profileId: string
    token: TokenState | null
    previous: HealthSnapshot | null
    now: number
    settings: Settings
    /** Refresh when the access token has no more than this left (schedule.ts: refresh at the floor); the refresh window when absent. */
    horizonMs?: number
    /** How the account gets tokens. Without a refresh token only client credentials can request one (issue 10 adds that grant). */
    grant?: 'refresh_token' | 'client_credentials'
}

/**
 * Turns what getToken reported into absolute times. An expired token reports 0 seconds left every
 * run; keeping the expiry already on record then avoids rewriting the row on every run.
 */
export function observeToken(raw: RawToken | null, now: number, previous: HealthSnapshot | null): TokenState | null {
    if (raw === null || (!raw.hasAccessToken && !raw.hasRefreshToken)) return null
    const absolute = (secondsLeft: number, recorded: number | null): number =>
        secondsLeft > 0 ? now + secondsLeft * 1000 : recorded !== null && recorded <= now ? recorded : now
    return {
        accessExpiresAt: raw.hasAccessToken ? absolute(raw.expiresInSeconds, previous?.accessTokenExpires ?? null) : null,
        hasRefreshToken: raw.hasRefreshToken,
        refreshExpiresAt: !raw.hasRefreshToken
            ? null
            : raw.refreshExpiresInSeconds > 0
              ? now + raw.refreshExpiresInSeconds * 1000
              : // 0 means "not reported", or "expired" when an expiry already passed is on record.
                previous !== null && previous.refreshTokenExpires !== null && previous.refreshTokenExpires <= now
                ? previous.refreshTokenExpires
                : null,
    }
}

/** Codes after which the stored refresh token is not sent again: only a new authorization helps. */
export function isTokenRejection(code: string): boolean {
    return code === CODE.invalidGrant || code === CODE.interactionRequired
}

/**
 * After invalid_grant (or interaction_required) the platform still holds the rejected token. It is the same token as long as
 * both expiries on record match: a token issued later (the admin authorized again) expires later.
 * Expiries stand in for identity because the health row must never hold a token or its hash.
 */
export function isRejectedToken(token: TokenState, previous: HealthSnapshot | null): boolean {
    if (previous === null || previous.status !== STATUS.needsAuthorization || !isTokenRejection(previous.code)) return false
    return sameInstant(token.accessExpiresAt, previous.accessTokenExpires) && sameInstant(token.refreshExpiresAt, previous.refreshTokenExpires)
}

export function needsRefresh(token: TokenState, now: number, horizonMs: number): boolean {
    return token.accessExpiresAt === null || token.accessExpiresAt - now <= horizonMs
}

/**
 * The next_attempt the job honours: a lease, or a backoff no longer than this job ever writes and,
 * for a failing refresh, not past the expiry of a token that still works unless the provider asked
 * for that wait (a retry hint, kept up to an hour by backoff.ts: asking earlier only meets another
 * refusal and may prolong the throttle). Anything else was written by a node whose clock ran fast or
 * by hand, and holding the account on it would let its token expire.
 */
export function heldUntil(previous: HealthSnapshot | null, token: TokenState | null, now: number, settings: Settings): number | null {
    const at = previous?.nextAttempt ?? null
    if (previous === null || at === null || at <= now) return null
    if (at - now <= leaseSeconds(settings) * 1000) return at
    const longest =
        previous.status === STATUS.misconfigured ? BACKOFF.maxDelaySeconds : previous.status === STATUS.refreshFailing ? BACKOFF.maxRetryAfterSeconds : 0
    if (at - now > longest * 1000) return null
    const expiresAt = token?.accessExpiresAt ?? null
    if (previous.status === STATUS.refreshFailing && expiresAt !== null && expiresAt > now && at > expiresAt && !providerMayAskToWait(previous.code)) return null
    return at
}

/** The failures whose answer can carry the provider's retry hint (classify.ts passes it on for these only). */
function providerMayAskToWait(code: string): boolean {
    return code === CODE.providerUnavailable || code === CODE.unexpectedResponse
}

export function decide(input: DecisionInput): Decision {
    const { profileId, token, previous, now, settings } = input
    const horizonMs = input.horizonMs ?? settings.refreshWindowSeconds * 1000
    const appOnly = input.grant === 'client_credentials'
    if (profileId === '') return { kind: 'blocked', status: STATUS.misconfigured, code: CODE.missingProfile }
    if (token === null && !appOnly) return { kind: 'blocked', status: STATUS.needsAuthorization, code: CODE.notAuthorized }
    if (token !== null && !token.hasRefreshToken && !appOnly) return { kind: 'blocked', status: STATUS.needsAuthorization, code: CODE.noRefreshToken }
    if (token !== null && isRejectedToken(token, previous)) return { kind: 'blocked', status: STATUS.needsAuthorization, code: (previous as HealthSnapshot).code }
    if (token !== null && !needsRefresh(token, now, horizonMs)) return { kind: 'fresh' }
    // Token null here is an app-only account with none yet: its failures back off like any other.
    const held = heldUntil(previous, token, now, settings)
    if (held !== null) return { kind: 'waiting', until: held }
    return { kind: 'refresh', dueAt: token === null || token.accessExpiresAt === null ? -Infinity : token.accessExpiresAt }
}


/**
 * A misconfigured account's backoff ends early when an admin saved its account, profile or provider
 * after the job last wrote its row: the fix is tried at the next run, not after the backoff.
 */
export function configurationChangedSince(previous: HealthSnapshot | null, changedAt: number | null): boolean {
    return previous !== null && previous.status === STATUS.misconfigured && previous.lastChecked !== null && changedAt !== null && changedAt > previous.lastChecked
}
