import { STATUS, type HealthStatus } from '../common/app.ts'
import type { Settings } from '../common/settings.ts'
import { alertStateOf, reauthAlert, statusAlerts, type AlertEvent } from './alerts.ts'
import { APP_ONLY_CODE, appOnlyInvalidScopeMessage, appOnlyRejectedMessage } from './app-only.ts'
import { nextAttemptAfterRejection, nextAttemptAt } from './backoff.ts'
import { isTokenRejection } from './decide.ts'
import {
    blockedMessage,
    assertionRefusedMessage,
    invalidClientMessage,
    interactionRequiredMessage,
    invalidGrantMessage,
    jobErrorMessage,
    providerUnavailableMessage,
    unauthorizedClientMessage,
    unexpectedResponseMessage,
} from './messages.ts'
import { CODE, sameInstant, type HealthFields, type HealthSnapshot, type MessageContext, type TokenState } from './model.ts'

/**
 * What one run's outcome for an account does to its health row and which events it queues.
 * Pure: the previous row, the outcome, the clock and the settings in; the row to write (if any)
 * and the events out.
 */

export type Outcome =
    /** The access token is fresh (nothing was requested, or another run already refreshed it). */
    | { kind: 'fresh'; token: TokenState }
    /** Backoff, another run's lease, or deferred by the run's budget or cap: leave the row as it is. */
    | { kind: 'waiting' }
    /** No token request possible; `message` overrides the code's own sentence (a setup-check finding). */
    | { kind: 'blocked'; status: HealthStatus; code: string; message?: string; token: TokenState | null }
    | { kind: 'refreshed'; token: TokenState }
    | { kind: 'failed'; status: HealthStatus; code: string; detail: string; retryAfterSeconds: number | null; token: TokenState | null }

export interface TransitionContext {
    profileId: string
    now: number
    settings: Settings
    names: MessageContext
}

export interface Transition {
    fields: HealthFields
    events: AlertEvent[]
    /** False when nothing about the row changed and no event is due: the row is not touched. */
    write: boolean
    /**
     * The row's last_checked: now, but never earlier than the time already on the row. The instance's
     * clock can step back (an NTP correction); the row's time is the alerts' memory ("was the token
     * expired when we last looked?"), and a step back must not make an alerted incident look un-alerted.
     */
    checkedAt: number
}

/** last_error holds at most this many characters (the column's length). */
export const LAST_ERROR_MAX = 1000

function formatInstant(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** The provider's Retry-After runs past the access token's expiry: said, so the admin knows mail is at risk. */
function retryPastExpiry(nextAttempt: number | null, accessExpiresAt: number | null): string {
    if (nextAttempt === null || accessExpiresAt === null || nextAttempt <= accessExpiresAt) return ''
    return ` At risk: the provider asked to wait until ${formatInstant(nextAttempt)} UTC, after the access token expires at ${formatInstant(accessExpiresAt)} UTC; the job honours that (an earlier request would be refused again), so mail through this account stops in between unless the provider recovers sooner.`
}

function failureMessage(code: string, names: MessageContext, detail: string, nextAttempt: number | null, accessExpiresAt: number | null): string {
    switch (code) {
        case CODE.invalidGrant:
            return invalidGrantMessage(names, detail)
        case CODE.interactionRequired:
            return interactionRequiredMessage(names, detail)
        case CODE.invalidClient:
        case CODE.clientSecretExpired:
            return invalidClientMessage(names, detail)
        case CODE.unauthorizedClient:
            return unauthorizedClientMessage(names, detail)
        case CODE.certificateNotRegistered:
        case CODE.certificateExpired:
        case CODE.certificateStorePassword:
        case CODE.certificateKeyPassword:
        case CODE.assertionTimeRange:
        case CODE.assertionAudience:
        case CODE.assertionIssuer:
            return assertionRefusedMessage(code, names, detail)
        case CODE.providerUnavailable:
            return providerUnavailableMessage(names, detail, nextAttempt === null ? '' : formatInstant(nextAttempt)) + retryPastExpiry(nextAttempt, accessExpiresAt)
        case CODE.jobError:
            return jobErrorMessage(names, detail)
        case APP_ONLY_CODE.invalidScope:
            return appOnlyInvalidScopeMessage(names, detail)
        case APP_ONLY_CODE.rejected:
            return appOnlyRejectedMessage(names, detail)
        default:
            return unexpectedResponseMessage(names, detail)
    }
}

function clip(message: string): string {
    return message.length > LAST_ERROR_MAX ? `${message.slice(0, LAST_ERROR_MAX - 1)}…` : message
}

function nextFields(previous: HealthSnapshot | null, outcome: Exclude<Outcome, { kind: 'waiting' }>, ctx: TransitionContext): HealthFields {
    const base = {
        profileId: ctx.profileId,
        lastRefreshed: previous?.lastRefreshed ?? null,
    }
    const expiries = (token: TokenState | null) => ({
        accessTokenExpires: token?.accessExpiresAt ?? null,
        refreshTokenExpires: token?.refreshExpiresAt ?? null,
    })
    switch (outcome.kind) {
        case 'fresh':
        case 'refreshed':
            return {
                ...base,
                ...expiries(outcome.token),
                status: STATUS.ok,
                code: '',
                message: '',
                lastRefreshed: outcome.kind === 'refreshed' ? ctx.now : base.lastRefreshed,
                nextAttempt: null,
                consecutiveFailures: 0,
            }
        case 'blocked':
            return {
                ...base,
                ...expiries(outcome.token),
                status: outcome.status,
                code: outcome.code,
                message: clip(outcome.message ?? blockedMessage(outcome.code, ctx.names)),
                nextAttempt: null,
                consecutiveFailures: previous?.consecutiveFailures ?? 0,
            }
        case 'failed': {
            const failures = (previous?.consecutiveFailures ?? 0) + 1
            // A rejected refresh token is not retried at all (see decide.ts), so it needs no next attempt;
            // a rejected client waits for a human, so its retries back off whatever the token's expiry.
            const nextAttempt =
                isTokenRejection(outcome.code)
                    ? null
                    : outcome.status === STATUS.misconfigured
                      ? nextAttemptAfterRejection(ctx.now, failures)
                      : nextAttemptAt(ctx.now, failures, outcome.retryAfterSeconds, outcome.token?.accessExpiresAt ?? null)
            return {
                ...base,
                ...expiries(outcome.token),
                status: outcome.status,
                code: outcome.code,
                message: clip(failureMessage(outcome.code, ctx.names, outcome.detail, nextAttempt, outcome.token?.accessExpiresAt ?? null)),
                nextAttempt,
                consecutiveFailures: failures,
            }
        }
    }
}

/** Keeps the recorded instant when the new one is the same up to rounding, so rows are not rewritten for noise. */
function settle(recorded: number | null, observed: number | null): number | null {
    return recorded !== null && observed !== null && sameInstant(recorded, observed) ? recorded : observed
}

export function fieldsChanged(previous: HealthSnapshot, fields: HealthFields): boolean {
    return (
        previous.status !== fields.status ||
        previous.code !== fields.code ||
        previous.message !== fields.message ||
        previous.profileId !== fields.profileId ||
        previous.consecutiveFailures !== fields.consecutiveFailures ||
        !sameInstant(previous.accessTokenExpires, fields.accessTokenExpires) ||
        !sameInstant(previous.refreshTokenExpires, fields.refreshTokenExpires) ||
        !sameInstant(previous.lastRefreshed, fields.lastRefreshed) ||
        !sameInstant(previous.nextAttempt, fields.nextAttempt)
    )
}

/**
 * A failing account whose token looks fresh although nobody refreshed it: the same token as on the
 * row (it expires no later), seen fresh only because the instance's clock stepped back (an NTP
 * correction). Nothing recovered: the row and its alerts stay as they are until a refresh succeeds or
 * another token appears.
 */
function freshOnlyByTheClock(previous: HealthSnapshot | null, outcome: Outcome): boolean {
    if (outcome.kind !== 'fresh' || previous === null || previous.status !== STATUS.refreshFailing) return false
    const recorded = previous.accessTokenExpires
    const observed = outcome.token.accessExpiresAt
    return recorded !== null && observed !== null && (observed <= recorded || sameInstant(observed, recorded))
}

/** null for `waiting` (and a failing token seen fresh only by a clock that stepped back): the row stays as it is and no event is due. */
export function transition(previous: HealthSnapshot | null, outcome: Outcome, ctx: TransitionContext): Transition | null {
    if (outcome.kind === 'waiting' || freshOnlyByTheClock(previous, outcome)) return null
    const computed = nextFields(previous, outcome, ctx)
    const fields: HealthFields =
        previous === null
            ? computed
            : {
                  ...computed,
                  accessTokenExpires: settle(previous.accessTokenExpires, computed.accessTokenExpires),
                  refreshTokenExpires: settle(previous.refreshTokenExpires, computed.refreshTokenExpires),
              }
    const checkedAt = previous !== null && previous.lastChecked !== null ? Math.max(ctx.now, previous.lastChecked) : ctx.now
    const events = statusAlerts(
        alertStateOf(previous),
        { status: fields.status, code: fields.code, consecutiveFailures: fields.consecutiveFailures, accessExpiresAt: fields.accessTokenExpires, at: checkedAt },
        ctx.settings,
    )
    // Warn about an ending refresh token only while it still works.
    if (fields.status === STATUS.ok || fields.status === STATUS.refreshFailing) events.push(...reauthAlert(previous, fields.refreshTokenExpires, ctx.now, ctx.settings))
    return { fields, events, write: previous === null || previous.status === null || fieldsChanged(previous, fields) || events.length > 0, checkedAt }
}
