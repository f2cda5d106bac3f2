import { gs } from '@servicenow/glide'
import { redact } from '../common/redact.ts'
import { isThisInstance, recogniseCanary } from './marker.ts'
import { recordArrival } from './arrival.ts'
import { instanceName, now, text } from './records.ts'

/**
 * The app's inbound email action (fluent/mail-flow.now.ts): a guard, not the detector. On a default
 * instance the canary never reaches it: the platform ignores mail it sent itself (the Ignore header
 * and "Junk email - sender equals recipient" filters, KB0551482, docs Email filters) and stores it as
 * received-ignored, where the mail-flow job finds the arrival (arrival.ts). Where the filters are
 * switched off, this action keeps every canary away from the instance's other actions: when the
 * received email is a canary (of this instance or another one reading the same mailbox, e.g. a
 * sub-production clone; a reply or forward never is, see marker.ts recogniseCanary), it records the
 * arrival when it is one of this instance's awaited canaries and stops processing (ServiceNow docs,
 * r_OrderedEmailProcessingPlugin: `event.state="stop_processing";`), so no other action runs, no
 * record is created and nobody is notified. Every other email goes on untouched.
 *
 * The action's own Stop processing box is left unticked on purpose: it would stop processing for
 * every email the action runs on, and the action runs on all of them. An inbound email flow runs
 * before any action, and an action ordered before this one with Stop processing ends the chain
 * first: the setup check reports both (src/platform/inbound-email.ts).
 */

/**
 * Entry of the action's script, called with (current, event, email, logger, classifier). `event` is the
 * sysevent record, whose `state` the platform reads after the script; `email` the received email.
 */
export function onInboundEmail(...args: unknown[]): void {
    const event = args[1] as { state?: string } | null
    const email = args[2] as { subject?: unknown; body_text?: unknown; headers?: unknown } | null
    try {
        const canary = recogniseCanary({ subject: text(email?.subject), bodyText: text(email?.body_text), headers: text(email?.headers) })
        if (canary === null) return
        if (isThisInstance(canary.marker, instanceName())) {
            const recorded = recordArrival(canary.marker.canaryId, now())
            if (recorded !== null && !recorded.ok) gs.error(`Email OAuth Manager: the canary arrived and is discarded all the same: ${recorded.message}`)
        }
        if (event) event.state = 'stop_processing'
    } catch (error) {
        gs.error(`Email OAuth Manager: canary check of a received email failed, the email goes on to the other actions: ${redact(String(error instanceof Error ? error.message : error))}`)
    }
}
