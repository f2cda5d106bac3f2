import { EVENT, STATUS, type HealthStatus } from '../common/app.ts'
import type { Settings } from '../common/settings.ts'
import { CODE, sameInstant, type HealthSnapshot } from './model.ts'

/**
 * Which events a change of health queues: one per status change or incident, never one per run.
 * Pure; the previous row is the memory, so nothing beyond the health columns is needed.
 */

export interface AlertEvent {
    name: string
    /** parm2: the code (for `recovered`, the code of the problem it recovered from). */
    code: string
}

/** The state an alert decision needs on each side of a run. */
export interface AlertState {
    status: HealthStatus | null
    code: string
    consecutiveFailures: number
    accessExpiresAt: number | null
    /** When this state was true: the previous row's last_checked, or the current run's time. */
    at: number | null
}

function tokenExpiredAt(expiresAt: number | null, at: number | null): boolean {
    return expiresAt === null || (at !== null && expiresAt <= at)
}

/** A refresh_failing incident alerts once failures reach the threshold or the access token has expired. */
export function failingIsAlerting(state: AlertState, settings: Settings): boolean {
    return state.status === STATUS.refreshFailing && (state.consecutiveFailures >= settings.failureAlertThreshold || tokenExpiredAt(state.accessExpiresAt, state.at))
}

/** Whether an admin was told about this state: every needs_authorization and misconfigured state alerts on entry. */
export function hasAlerted(state: AlertState | null, settings: Settings): boolean {
    if (state === null) return false
    return state.status === STATUS.needsAuthorization || state.status === STATUS.misconfigured || failingIsAlerting(state, settings)
}

export function statusAlerts(previous: AlertState | null, next: AlertState, settings: Settings): AlertEvent[] {
    const before = previous?.status ?? null
    if (next.status === before) {
        if (next.status === STATUS.refreshFailing && failingIsAlerting(next, settings) && !hasAlerted(previous, settings)) {
            return [{ name: EVENT.refreshFailing, code: next.code }]
        }
        return []
    }
    switch (next.status) {
        case STATUS.needsAuthorization:
            return [{ name: EVENT.needsAuthorization, code: next.code }]
        case STATUS.misconfigured:
            return [{ name: EVENT.misconfigured, code: next.code }]
        case STATUS.refreshFailing:
            return failingIsAlerting(next, settings) ? [{ name: EVENT.refreshFailing, code: next.code }] : []
        case STATUS.ok:
            return hasAlerted(previous, settings) ? [{ name: EVENT.recovered, code: previous?.code ?? '' }] : []
        default:
            return []
    }
}

export function alertStateOf(row: HealthSnapshot | null): AlertState | null {
    if (row === null || row.status === null) return null
    return { status: row.status, code: row.code, consecutiveFailures: row.consecutiveFailures, accessExpiresAt: row.accessTokenExpires, at: row.lastChecked }
}

/**
 * reauth_due, once per refresh token: the refresh token ends within reauth_warning_days and the
 * row was not already written while this same token (same expiry) was inside that window. Every
 * run that finds the token inside the window either warns (and writes the row) or finds such a write.
 */
export function reauthAlert(previous: HealthSnapshot | null, refreshExpiresAt: number | null, now: number, settings: Settings): AlertEvent[] {
    if (refreshExpiresAt === null || refreshExpiresAt <= now) return []
    const windowStart = refreshExpiresAt - settings.reauthWarningDays * 86400000
    if (now < windowStart) return []
    const alreadyWarned =
        previous !== null &&
        previous.refreshTokenExpires !== null &&
        sameInstant(previous.refreshTokenExpires, refreshExpiresAt) &&
        previous.lastChecked !== null &&
        previous.lastChecked >= windowStart
    return alreadyWarned ? [] : [{ name: EVENT.reauthDue, code: CODE.reauthDue }]
}
