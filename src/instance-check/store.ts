/**
 * Stores the answers of "Check this instance" in the app's table (one row per item, replaced at each
 * run), so the overview shows them and other rooms use them (src/platform/probe/results.ts). Every
 * write goes through the write helper; a refused one is returned, never assumed.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { insertRecord, updateRecord } from '../common/writes.ts'
import { PROBE_TABLE } from '../platform/probe/names.ts'
import type { ProbeResult } from './item.ts'

/** Field lengths of the table (fluent/check-this-instance.now.ts). */
export const PROBE_TEXT_LIMIT = 4000

/** Writes each result; returns the messages of the writes the instance refused (empty when all were stored). */
export function storeProbeResults(results: readonly ProbeResult[]): string[] {
    const checkedAt = new GlideDateTime().getValue()
    const refused: string[] = []
    results.forEach((result, index) => {
        const row = new GlideRecord(PROBE_TABLE)
        const exists = row.get('item', result.key)
        if (!exists) {
            row.initialize()
            row.setValue('item', result.key)
        }
        row.setValue('order', (index + 1) * 10)
        row.setValue('title', result.title)
        row.setValue('assumption', result.assumption.slice(0, PROBE_TEXT_LIMIT))
        row.setValue('status', result.status)
        row.setValue('found', result.found.slice(0, PROBE_TEXT_LIMIT))
        row.setValue('app_does', result.appDoes.slice(0, PROBE_TEXT_LIMIT))
        row.setValue('value', result.value.slice(0, 1000))
        row.setValue('checked_at', checkedAt)
        const what = `the answer of Check this instance for "${result.title}"`
        const written = exists ? updateRecord(row, what) : insertRecord(row, what)
        if (!written.ok) refused.push(written.message)
    })
    return refused
}
