import { REFRESH_JOB_INTERVAL_SECONDS } from '../common/app.ts'
import type { Settings } from '../common/settings.ts'

/**
 * When the next run can act, and how many refreshes one run can make: pure functions of the recent
 * runs (their start times and request durations), the settings and the clock.
 *
 * A token is refreshed at the last run that safely finds it valid: when it would no longer be valid,
 * with a margin, at the latest instant the next run has been seen to start. That is the floor of
 * token requests for a given schedule; a late scheduler widens the horizon by what it was seen to be late.
 */

/** What a run leaves for the next ones to size themselves by (one row of x_mail_oauth_refresh_run). */
export interface RunRecord {
    startedAt: number
    /** Token requests the run made, and the time they took in all. */
    requests: number
    requestMs: number
    /** The slowest of them (ms): the lease outlasts the slowest request seen (backoff.ts). */
    slowestRequestMs: number
}

export interface Schedule {
    periodMs: number
    /** The longest observed gap between two run starts (at least the period, at most twice it). */
    worstGapMs: number
    /** Mean duration of one token request in recent runs (a default before any was made). */
    requestMs: number
}

export const SCHEDULE = {
    /** Runs remembered: an hour of 3-minute runs. */
    historyRuns: 20,
    /** Time the next run may need to reach an account after it starts: urgent accounts go first. */
    marginSeconds: 60,
    /** Assumed duration of a token request before any was measured. */
    defaultRequestMs: 1000,
} as const

/**
 * The schedule seen by recent runs. A gap longer than two periods is an outage (instance down, job
 * inactive), not lateness: it would make every run refresh early for an hour, so it is capped.
 */
export function scheduleOf(history: readonly RunRecord[], now: number, periodSeconds: number = REFRESH_JOB_INTERVAL_SECONDS): Schedule {
    const periodMs = periodSeconds * 1000
    const starts = history.map((r) => r.startedAt).filter((t) => t <= now).concat([now]).sort((a, b) => a - b)
    let worstGapMs = periodMs
    for (let i = 1; i < starts.length; i++) worstGapMs = Math.max(worstGapMs, Math.min(starts[i] - starts[i - 1], 2 * periodMs))
    const requests = history.reduce((n, r) => n + r.requests, 0)
    const requestMs = requests > 0 ? history.reduce((ms, r) => ms + r.requestMs, 0) / requests : SCHEDULE.defaultRequestMs
    return { periodMs, worstGapMs, requestMs }
}

/** The floor: a token with no more than this left would not be safely valid when the next run reaches it. */
export function floorHorizonMs(schedule: Schedule): number {
    return schedule.worstGapMs + SCHEDULE.marginSeconds * 1000
}

/** Refresh when the access token has no more than this left: the floor, or the refresh window if an admin set a larger one. */
export function refreshHorizonMs(schedule: Schedule, settings: Settings): number {
    return Math.max(settings.refreshWindowSeconds * 1000, floorHorizonMs(schedule))
}

/** How many runs from now an account's refresh can wait: 0 = this run is the last that safely finds its token valid. */
export function runsLeft(accessExpiresAt: number | null, now: number, schedule: Schedule): number {
    if (accessExpiresAt === null) return 0
    return Math.max(0, Math.ceil((accessExpiresAt - now - floorHorizonMs(schedule)) / schedule.periodMs))
}

/**
 * Token requests one run can make within its budget, its own and its workers' together
 * (Infinity when nothing limits it). The cap, when set, bounds the run's own requests and each worker's.
 */
export function capacityPerRun(schedule: Schedule, settings: Settings, workers: number): number {
    const byBudget = Math.floor((settings.runBudgetSeconds * 1000) / Math.max(1, schedule.requestMs))
    const perRunner = settings.maxRefreshesPerRun > 0 ? Math.min(byBudget, settings.maxRefreshesPerRun) : byBudget
    return perRunner * (1 + Math.max(0, workers))
}

export interface Candidate {
    id: string
    /** Due by the refresh horizon: refreshed this run whatever the look-ahead says. */
    due: boolean
    /** Access-token expiry (-Infinity without one): the order within the same deadline. */
    dueAt: number
    runsLeft: number
}

/**
 * Earliest deadline first with look-ahead: the accounts due now, plus as many of the soon-due as
 * the coming runs could not absorb at `capacity` each (so a wave of expiries is spread over the runs
 * before it instead of overflowing one). In the order to make them; ties by id, so runs repeat.
 */
export function planRefreshes(candidates: readonly Candidate[], capacity: number): Candidate[] {
    const ordered = [...candidates].sort((a, b) =>
        a.runsLeft !== b.runsLeft ? a.runsLeft - b.runsLeft : a.dueAt !== b.dueAt ? (a.dueAt < b.dueAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    )
    // Due accounts expire no later than any fresh one, so they sort first and are all taken.
    let needed = ordered.filter((c) => c.due).length
    for (let i = 0; i < ordered.length; i++) {
        const deadline = ordered[i].runsLeft
        if (i + 1 < ordered.length && ordered[i + 1].runsLeft === deadline) continue
        // Runs 1..deadline after this one can take `capacity` each: the rest must be done now.
        const absorbable = deadline === 0 ? 0 : isFinite(capacity) ? deadline * capacity : Infinity
        needed = Math.max(needed, i + 1 - absorbable)
    }
    return ordered.slice(0, Math.max(0, needed))
}
