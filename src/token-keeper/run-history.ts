import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { deleteRecord, insertRecord, loggedWrite } from '../common/writes.ts'
import { SCHEDULE, type RunRecord } from './schedule.ts'

/**
 * Thin adapter over x_mail_oauth_refresh_run: one row per run (when it started, what it did, how
 * long its token requests took), read back by the next runs to size themselves: the observed
 * scheduler lateness and provider latency. Rows older than a day are removed as runs go.
 */

export const RUN_TABLE = 'x_mail_oauth_refresh_run'

const KEEP_MS = 86400000
/** Old rows removed per run: enough to keep up with one run every few seconds. */
const PRUNE_PER_RUN = 20

export interface RunRow extends RunRecord {
    durationMs: number
    accounts: number
    due: number
    deferred: number
    atRisk: number
    batches: number
}

function instant(gr: GlideRecord, field: string): number | null {
    const value = gr.getValue(field)
    if (value === null || value === undefined || String(value) === '') return null
    const ms = new GlideDateTime(String(value)).getNumericValue()
    return isFinite(ms) ? ms : null
}

function whole(gr: GlideRecord, field: string): number {
    const n = parseInt(String(gr.getValue(field) ?? ''), 10)
    return isFinite(n) ? n : 0
}

function instantValue(ms: number): string {
    const gdt = new GlideDateTime()
    gdt.setNumericValue(ms)
    return gdt.getValue()
}

/** The most recent runs, newest first (one query). */
export function readRecentRuns(): RunRecord[] {
    const gr = new GlideRecord(RUN_TABLE)
    gr.orderByDesc('started')
    gr.setLimit(SCHEDULE.historyRuns)
    gr.query()
    const runs: RunRecord[] = []
    while (gr.next()) {
        const startedAt = instant(gr, 'started')
        if (startedAt !== null) runs.push({ startedAt, requests: whole(gr, 'requests'), requestMs: whole(gr, 'request_ms'), slowestRequestMs: whole(gr, 'slowest_request_ms') })
    }
    return runs
}

/** Records a run and removes rows older than a day. */
export function recordRun(run: RunRow): void {
    const gr = new GlideRecord(RUN_TABLE)
    gr.initialize()
    gr.setValue('started', instantValue(run.startedAt))
    gr.setValue('duration_ms', Math.round(run.durationMs))
    gr.setValue('accounts', run.accounts)
    gr.setValue('due', run.due)
    gr.setValue('requests', run.requests)
    gr.setValue('request_ms', Math.round(run.requestMs))
    gr.setValue('slowest_request_ms', Math.round(run.slowestRequestMs))
    gr.setValue('deferred', run.deferred)
    gr.setValue('at_risk', run.atRisk)
    gr.setValue('batches', run.batches)
    loggedWrite(insertRecord(gr, 'the record of this refresh run'))
    const old = new GlideRecord(RUN_TABLE)
    old.addQuery('started', '<', instantValue(run.startedAt - KEEP_MS))
    old.setLimit(PRUNE_PER_RUN)
    old.query()
    while (old.next()) if (!loggedWrite(deleteRecord(old, 'a refresh run record older than a day'))) break
}
