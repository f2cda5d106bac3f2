/**
 * The stored answers of "Check this instance", for any room that wants the instance's own answer
 * instead of an assumption (for example the sys_email column that names the account an email went
 * through). Thin: one read of the results table per call.
 *
 * A room calls `readProbeResult(key)` and uses `value` only when `status` is confirmed or differs
 * (the check found the instance's answer); on null or cannot_tell it keeps its documented fallback.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../../common/redact.ts'
import { PROBE_TABLE, type ProbeItemKey, type ProbeStatus } from './names.ts'

export interface StoredProbeResult {
    item: string
    status: ProbeStatus
    /** What the instance answered, for the admin. */
    found: string
    /** What the app does with that answer. */
    appDoes: string
    /** A value the app uses (a column name, a job state...): '' when the item has none. */
    value: string
    /** 'yyyy-MM-dd HH:mm:ss' UTC, as stored. */
    checkedAt: string
}

const STATUSES: readonly string[] = ['confirmed', 'differs', 'cannot_tell']

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

/** Every stored result, by item key; empty when the check never ran or its table cannot be read. */
export function readProbeResults(): Map<string, StoredProbeResult> {
    const results = new Map<string, StoredProbeResult>()
    try {
        const gr = new GlideRecord(PROBE_TABLE)
        gr.orderBy('order')
        gr.setLimit(200)
        gr.query()
        while (gr.next()) {
            const status = text(gr.getValue('status'))
            const item = text(gr.getValue('item'))
            if (item === '' || STATUSES.indexOf(status) < 0) continue
            results.set(item, {
                item,
                status: status as ProbeStatus,
                found: text(gr.getValue('found')),
                appDoes: text(gr.getValue('app_does')),
                value: text(gr.getValue('value')),
                checkedAt: text(gr.getValue('checked_at')),
            })
        }
    } catch (error) {
        gs.debug(`Email OAuth Manager: the stored results of Check this instance could not be read: ${redact(String(error))}`)
    }
    return results
}

/** One stored result; null when that item was never checked. */
export function readProbeResult(key: ProbeItemKey): StoredProbeResult | null {
    return readProbeResults().get(key) ?? null
}

/** The value the instance answered for `key`, when the check found one (confirmed or differs); null otherwise. */
export function probedValue(key: ProbeItemKey): string | null {
    const result = readProbeResult(key)
    if (result === null || result.status === 'cannot_tell' || result.value === '') return null
    return result.value
}
