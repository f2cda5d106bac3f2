import type { Leg } from './legs.ts'
import { MAIL_FLOW_EVENT } from './names.ts'

/**
 * A mailbox's mail-flow state from one canary outcome to the next, and the events that queues:
 * one `failing` per incident (whatever the later canaries say), one `recovered` when a canary
 * arrives again. A canary that fails on the outbound leg is shown on the mailbox's row (its mail does
 * not flow) but alerts nothing there: the outbound account is one for all mailboxes, and its incident
 * is named once, on the outbound account's row (outbound-leg.ts). A mailbox already failing for an
 * inbound reason keeps that incident as it was (its alert was sent; only a round trip ends it). `paused` (no canary sent, with the reason) is not an incident: it neither alerts
 * nor recovers, and it replaces an open incident's state (the reason no canary is sent is what to fix). Pure; the mailbox's health row is the memory.
 */

export type CanaryStatus = 'ok' | 'failing' | 'paused' | 'retrying'

export interface CanaryHealth {
    status: CanaryStatus | null
    leg: Leg | null
    code: string
    message: string
    /** When the current incident began (its first failed canary); null when none. */
    since: number | null
}

export type CanaryOutcome =
    | { kind: 'arrived' }
    | { kind: 'failed'; leg: Leg; code: string; message: string }
    | { kind: 'paused'; code: string; message: string }
    /** The platform retries the canary (send-retry-*): the outbound leg is named as retrying, no alert. */
    | { kind: 'retrying'; code: string; message: string }

export interface CanaryTransition {
    next: CanaryHealth
    events: { name: string; code: string }[]
}

export function canaryTransition(previous: CanaryHealth, outcome: CanaryOutcome, now: number): CanaryTransition {
    switch (outcome.kind) {
        case 'arrived':
            return {
                next: { status: 'ok', leg: null, code: '', message: '', since: null },
                // Only a mailbox incident that alerted recovers: one on the outbound leg was the outbound account's to name.
                events: alerted(previous) ? [{ name: MAIL_FLOW_EVENT.recovered, code: previous.code }] : [],
            }
        case 'failed': {
            const failing = previous.status === 'failing'
            if (outcome.leg === 'outbound') {
                // An inbound incident stays as it was: the outbound failure says nothing about the inbound leg.
                if (alerted(previous)) return { next: previous, events: [] }
                return { next: { status: 'failing', leg: 'outbound', code: outcome.code, message: outcome.message, since: failing ? previous.since : now }, events: [] }
            }
            return {
                next: { status: 'failing', leg: 'inbound', code: outcome.code, message: outcome.message, since: failing ? previous.since : now },
                events: alerted(previous) ? [] : [{ name: MAIL_FLOW_EVENT.failing, code: outcome.code }],
            }
        }
        case 'retrying':
            // An open incident stays open as it was (one alert, one recovery); otherwise the row says "retrying", and no alert
            // follows: a throttled mailbox is delayed, not down. Should the platform give up, the canary fails and alerts then.
            if (previous.status === 'failing') return { next: previous, events: [] }
            return { next: { status: 'retrying', leg: 'outbound', code: outcome.code, message: outcome.message, since: previous.status === 'retrying' ? previous.since : now }, events: [] }
        case 'paused':
            // No canary is sent any more, for a reason an admin chose or must fix: that reason is what the row shows.
            return { next: { status: 'paused', leg: null, code: outcome.code, message: outcome.message, since: null }, events: [] }
    }
}

/** The mailbox's own incident is open and alerted: failing on the inbound leg (the outbound leg is the outbound account's to name). */
function alerted(health: CanaryHealth): boolean {
    return health.status === 'failing' && health.leg !== 'outbound'
}

/** The typical round trip: the median of the last day's, in seconds; null when none arrived. */
export function medianSeconds(roundTrips: readonly number[]): number | null {
    if (roundTrips.length === 0) return null
    const sorted = [...roundTrips].sort((a, b) => a - b)
    const middle = Math.floor(sorted.length / 2)
    return sorted.length % 2 === 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2)
}
