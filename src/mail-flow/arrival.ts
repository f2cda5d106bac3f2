import { GlideRecord } from '@servicenow/glide'
import { loggedWrite, updateRecord, type WriteResult } from '../common/writes.ts'
import { instantValue, readInstant } from '../token-keeper/health-store.ts'
import { matchStoredCanaries, SHARED_WINDOW_MS, type AwaitedCanary, type StoredCanaryMail } from './arrival-match.ts'
import { CANARY_BODY_LABEL, CANARY_HEADER, CANARY_SUBJECT_PREFIX, recogniseCanary } from './marker.ts'
import { CANARY_TABLE } from './names.ts'
import { text, type MailAccount } from './records.ts'

/**
 * Thin adapter: the canaries' arrival, read where the platform stores received mail. The Email Reader
 * stores every email it takes from a mailbox in sys_email: type received, or received-ignored when an
 * email filter ignored it (docs Email filters: "When an email is ignored, the email is saved to your
 * instance but is not processed"; the default Ignore header filter and "Junk email - sender equals
 * recipient" ignore every email the instance sent itself, KB0551482). So the job reads both types,
 * whatever their mailbox (Inbox or Junk), and never depends on an inbound action having run.
 *
 * Only candidate rows are read (subject, header or body carrying the canary's fixed text), oldest
 * first, page by page, bounded by the run's time budget as well as by page size: a busy mailbox costs
 * nothing extra. Which mailbox value an ignored email gets (inbox or junk) is not documented: the
 * query does not filter on it.
 */

/** States in which this instance is still waiting for the canary (a late one still counts). */
const AWAITED_STATES = 'queued,sent,stuck,lost'
/** How long after it was queued a lost canary may still arrive and end its incident. */
const LATE_ARRIVAL_MS = 24 * 3600000
const PAGE = 500

/** Marks one awaited canary arrived (with its round trip); null when this instance is not waiting for that id. */
export function recordArrival(canaryId: string, arrivedAt: number): WriteResult | null {
    const canary = new GlideRecord(CANARY_TABLE)
    canary.addQuery('canary_id', canaryId)
    canary.addQuery('state', 'IN', AWAITED_STATES)
    canary.setLimit(1)
    canary.query()
    if (!canary.next()) return null
    const queued = readInstant(canary, 'queued')
    canary.setValue('state', 'arrived')
    canary.setValue('arrived', instantValue(arrivedAt))
    if (queued !== null) canary.setValue('round_trip', Math.max(0, Math.round((arrivedAt - queued) / 1000)))
    return updateRecord(canary, `the arrival of canary ${canaryId}`)
}

export interface StoredArrivals {
    arrived: number
    /** Per mailbox sys_id: other instances whose canaries this instance stored from it lately (a shared mailbox). */
    foreign: Map<string, string[]>
    refused: string[]
}

/** Finds the awaited canaries that the instance has stored as received mail, and records their arrival. */
export function recordStoredArrivals(instance: string, mailboxes: readonly MailAccount[], at: number, withinBudget: () => boolean): StoredArrivals {
    const awaited = readAwaited(at)
    const sharedSince = at - SHARED_WINDOW_MS
    const since = awaited.reduce((oldest, canary) => Math.min(oldest, canary.queuedAt), sharedSince)
    const stored = readStoredCanaryMail(since, withinBudget)
    const match = matchStoredCanaries(stored, awaited, mailboxes, instance, sharedSince)
    const refused: string[] = []
    let arrived = 0
    for (const arrival of match.arrivals) {
        const written = recordArrival(arrival.canaryId, arrival.arrivedAt)
        if (written === null) continue
        if (loggedWrite(written)) arrived += 1
        else refused.push(`arrival of canary ${arrival.canaryId}`)
    }
    return { arrived, foreign: match.foreign, refused }
}

function readAwaited(at: number): (AwaitedCanary & { queuedAt: number })[] {
    const gr = new GlideRecord(CANARY_TABLE)
    gr.addQuery('state', 'IN', AWAITED_STATES)
    gr.orderBy('queued')
    gr.query()
    const awaited: (AwaitedCanary & { queuedAt: number })[] = []
    while (gr.next()) {
        const queuedAt = readInstant(gr, 'queued') ?? at
        if (text(gr.getValue('state')) === 'lost' && at - queuedAt > LATE_ARRIVAL_MS) continue
        awaited.push({ sysId: gr.getUniqueValue(), canaryId: text(gr.getValue('canary_id')), mailboxId: text(gr.getValue('mailbox')), queuedAt })
    }
    return awaited
}

/** A query of received and received-ignored emails that look like a canary (of any instance): subject, header or body carrying its fixed text. */
export function queryStoredCanaryMail(): GlideRecord {
    const gr = new GlideRecord('sys_email')
    gr.addQuery('type', 'IN', 'received,received-ignored')
    const candidate = gr.addQuery('subject', 'CONTAINS', CANARY_SUBJECT_PREFIX)
    candidate.addOrCondition('headers', 'CONTAINS', CANARY_HEADER)
    candidate.addOrCondition('body_text', 'CONTAINS', CANARY_BODY_LABEL)
    return gr
}

/** Received and received-ignored emails since `from` that look like a canary (of any instance), oldest first. */
function readStoredCanaryMail(from: number, withinBudget: () => boolean): StoredCanaryMail[] {
    const found: StoredCanaryMail[] = []
    const seen = new Set<string>()
    let cursor = from
    for (;;) {
        const gr = queryStoredCanaryMail()
        gr.addQuery('sys_created_on', '>=', instantValue(cursor))
        gr.orderBy('sys_created_on')
        gr.setLimit(PAGE)
        gr.query()
        let rows = 0
        let fresh = 0
        while (gr.next()) {
            rows += 1
            const sysId = gr.getUniqueValue()
            if (seen.has(sysId)) continue
            seen.add(sysId)
            fresh += 1
            const storedAt = readInstant(gr, 'sys_created_on') ?? cursor
            cursor = Math.max(cursor, storedAt)
            const recognised = recogniseCanary({ subject: text(gr.getValue('subject')), bodyText: text(gr.getValue('body_text')), headers: text(gr.getValue('headers')) })
            if (recognised) found.push({ sysId, storedAt, recipients: text(gr.getValue('recipients')), recognised })
        }
        // The next page starts at the newest time read (rows of that second are skipped by sys_id); a page of nothing new ends the scan.
        if (rows < PAGE || fresh === 0 || !withinBudget()) return found
    }
}
