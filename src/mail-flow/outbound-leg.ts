import type { CanaryHealth, CanaryTransition } from './incident.ts'
import { MAIL_FLOW_EVENT } from './names.ts'

/**
 * The outbound leg's incident, named once on the outbound account's row: one outbound account sends
 * every canary, so its outage is one incident (one `failing`, one `recovered`), not one per mailbox.
 * Pure. Its state comes from outbound evidence only: a canary that failed on the outbound leg opens
 * it; an email the instance sent after it began (a canary, a notification, a re-sent email) ends it.
 * A mailbox's inbound failure is never evidence either way.
 */

export interface OutboundLegEvidence {
    /** A canary that failed on the outbound leg in this run (its code and sentence); null when none did. */
    canaryFailure: { code: string; message: string } | null
    /** When an email last left the instance (sys_email type sent); null when none since the incident began. */
    newestSent: number | null
}

export function outboundLegTransition(previous: CanaryHealth, evidence: OutboundLegEvidence, accountName: string, now: number): CanaryTransition {
    const failing = previous.status === 'failing'
    if (evidence.canaryFailure !== null) {
        if (failing) return { next: previous, events: [] }
        const message = `Mail does not leave through the outbound account ${accountName}, so no mailbox's canary makes the round trip (the mailboxes' rows show it; they do not alert each): ${evidence.canaryFailure.message}`
        return { next: { status: 'failing', leg: 'outbound', code: evidence.canaryFailure.code, message, since: now }, events: [{ name: MAIL_FLOW_EVENT.failing, code: evidence.canaryFailure.code }] }
    }
    if (failing && previous.since !== null && evidence.newestSent !== null && evidence.newestSent > previous.since) {
        return { next: { status: 'ok', leg: null, code: '', message: '', since: null }, events: [{ name: MAIL_FLOW_EVENT.recovered, code: previous.code }] }
    }
    return { next: previous, events: [] }
}

/** The outbound leg is failing: its incident is open (until an email is proven to have left through it). */
export function outboundLegFailing(health: CanaryHealth | undefined): boolean {
    return health?.status === 'failing' && health.leg === 'outbound'
}

/**
 * A mailbox whose row fails only because of the outbound leg gets its canary at once when the outbound
 * leg is proven sending again (rather than at its slot, up to a canary period later).
 */
export function dueAtOnce(mailbox: CanaryHealth | undefined, outboundFailing: boolean): boolean {
    return !outboundFailing && mailbox?.status === 'failing' && mailbox.leg === 'outbound'
}
