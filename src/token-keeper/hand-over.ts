import { gs } from '@servicenow/glide'
import { REFRESH_BATCH_EVENT, REFRESH_QUEUE } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import type { Settings } from '../common/settings.ts'
import { accountRecord } from './accounts.ts'
import { capacityPerRun, type Schedule } from './schedule.ts'
import { describeError, LOG_PREFIX, safeLog } from './log.ts'
import type { TokenState } from './model.ts'

/** Account sys_ids per refresh batch: they travel in the event's parm1 (4,000 characters). */
export const BATCH_SIZE = 100

/** What the hand-over needs of the run that makes it; it counts what it queued in `summary`. */
export interface RunContext {
    schedule: Schedule
    settings: Settings
    startedAt: number
    summary: { batches: number; handedToWorkers: number }
}

/** An account the run planned to refresh, with the token it read. */
export interface PlannedRefresh {
    account: { sysId: string }
    token: TokenState | null
}

/**
 * Fan-out: what this run's own budget cannot hold goes to the refresh queue in batches, one event
 * each, processed in parallel by the queue's workers (Script Action on x_mail_oauth.refresh.batch,
 * same lease). Returns what this run keeps: the most urgent share, and whatever could not be queued.
 */
export function handOverToWorkers<W extends PlannedRefresh>(planned: W[], run: RunContext): W[] {
    const own = capacityPerRun(run.schedule, run.settings, 0)
    if (planned.length <= own || run.settings.refreshWorkers === 0) return planned
    const reach = Math.min(planned.length, capacityPerRun(run.schedule, run.settings, run.settings.refreshWorkers))
    // An account whose token has already expired stays with this run: if no worker took the last hand-over,
    // this run reaches it or marks it at_risk, so a queue that is not processed never hides an expired token.
    const handed = planned.slice(own, reach).filter((w) => w.token !== null && w.token.accessExpiresAt !== null && w.token.accessExpiresAt > run.startedAt)
    // A batch is what one worker can make in its budget, and fits the event's parm1.
    const size = Math.max(1, Math.min(BATCH_SIZE, own))
    let queued = 0
    for (let i = 0; i < handed.length; i += size) {
        const ids = handed.slice(i, i + size).map((w) => w.account.sysId)
        try {
            const record = accountRecord(ids[0])
            if (record === null) break
            gs.eventQueue(REFRESH_BATCH_EVENT, record, ids.join(','), String(run.startedAt), REFRESH_QUEUE)
            queued += ids.length
            run.summary.batches += 1
        } catch (error) {
            // Not handed over: those accounts stay with this run (and its budget).
            safeLog('error', `${LOG_PREFIX}: could not hand ${ids.length} refreshes to the queue ${REFRESH_QUEUE}: ${redact(describeError(error))}`)
            break
        }
    }
    run.summary.handedToWorkers = queued
    const handedIds = new Set(handed.slice(0, queued).map((w) => w.account.sysId))
    return planned.filter((w) => !handedIds.has(w.account.sysId))
}
