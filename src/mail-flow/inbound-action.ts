import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../common/redact.ts'
import { instantValue, readInstant } from '../token-keeper/health-store.ts'
import { isOwnCanary } from './marker.ts'
import { CANARY_TABLE } from './names.ts'
import { instanceName, now, text } from './records.ts'
import { updateRecord } from '../common/writes.ts'

/**
 * The app's inbound email action (fluent/mail-flow.now.ts), first in order: when the received email is
 * exactly one of this instance's canaries that it is waiting for, it records the arrival and the round
 * trip on the canary row and stops processing (ServiceNow docs, r_OrderedEmailProcessingPlugin: add
 * `event.state="stop_processing";` to the action's script), so no other action runs, no record is
 * created and nobody is notified. Every other email, including another instance's canary or a reply
 * quoting a marker, goes on to the instance's other actions untouched.
 *
 * The action's own Stop processing box is left unticked on purpose: it would stop processing for
 * every email the action runs on, and the action runs on all of them.
 */

/** States in which this instance is still waiting for the canary (a late one still counts). */
const AWAITED_STATES = 'queued,sent,stuck,lost'

/**
 * Entry of the action's script, called with (current, event, email, logger, classifier). `event` is the
 * sysevent record, whose `state` the platform reads after the script; `email` the received email.
 */
export function onInboundEmail(...args: unknown[]): void {
    const event = args[1] as { state?: string } | null
    const email = args[2] as { subject?: unknown } | null
    try {
        let row: GlideRecord | null = null
        const marker = isOwnCanary(text(email?.subject), instanceName(), (canaryId) => {
            const canary = new GlideRecord(CANARY_TABLE)
            canary.addQuery('canary_id', canaryId)
            canary.addQuery('state', 'IN', AWAITED_STATES)
            canary.setLimit(1)
            canary.query()
            if (!canary.next()) return false
            row = canary
            return true
        })
        if (marker === null || row === null) return
        const canary: GlideRecord = row
        const at = now()
        const queued = readInstant(canary, 'queued')
        canary.setValue('state', 'arrived')
        canary.setValue('arrived', instantValue(at))
        if (queued !== null) canary.setValue('round_trip', Math.max(0, Math.round((at - queued) / 1000)))
        const recorded = updateRecord(canary, `the arrival of canary ${marker.canaryId}`)
        if (!recorded.ok) gs.error(`Email OAuth Manager: the canary arrived and is discarded all the same: ${recorded.message}`)
        if (event) event.state = 'stop_processing'
    } catch (error) {
        gs.error(`Email OAuth Manager: canary check of a received email failed, the email goes on to the other actions: ${redact(String(error instanceof Error ? error.message : error))}`)
    }
}
