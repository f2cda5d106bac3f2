import { MAIL_FLOW_JOB_INTERVAL_MINUTES } from './names.ts'
import type { MailFlowSettings } from './settings.ts'

/**
 * Which mailboxes get a canary in this run. Pure.
 *
 * Each mailbox has its own slot in every period (a stable offset from its sys_id), so canaries are
 * spread over the period instead of leaving together. The period stretches when the mailboxes would
 * cost more canaries a day than x_mail_oauth.canary_daily_limit, and one run sends at most
 * MAX_CANARIES_PER_RUN: with the job every 5 minutes that is one a minute on average, far inside
 * Exchange Online's 30 messages a minute per mailbox (docs: learn.microsoft.com/office365/
 * servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits-1).
 */

export const MAX_CANARIES_PER_RUN = 5

const MINUTE = 60000
const DAY_MINUTES = 1440

export interface CanaryTarget {
    sysId: string
    /** When this mailbox's last canary was queued; null before its first. */
    lastQueuedAt: number | null
    /** A canary for it is still on its way (waiting to be sent, sent and not yet read, or stuck in the outbox). */
    outstanding: boolean
}

/** The period actually used: the property's, stretched (to whole job runs) so all mailboxes stay within the daily limit and the job's per-run cap. */
export function effectivePeriodMinutes(mailboxes: number, settings: Pick<MailFlowSettings, 'canaryPeriodMinutes' | 'canaryDailyLimit'>): number {
    const withinDailyLimit = mailboxes === 0 ? 0 : Math.ceil((mailboxes * DAY_MINUTES) / settings.canaryDailyLimit)
    // Half the job's sending capacity, so slots that fall close together still leave within their period.
    const withinRunCap = Math.ceil((mailboxes * 2) / MAX_CANARIES_PER_RUN) * MAIL_FLOW_JOB_INTERVAL_MINUTES
    const period = Math.max(settings.canaryPeriodMinutes, withinDailyLimit, withinRunCap)
    return Math.ceil(period / MAIL_FLOW_JOB_INTERVAL_MINUTES) * MAIL_FLOW_JOB_INTERVAL_MINUTES
}

/** Canaries a day for this many mailboxes at this period. */
export function canariesPerDay(mailboxes: number, periodMinutes: number): number {
    return Math.ceil((mailboxes * DAY_MINUTES) / periodMinutes)
}

/** A stable offset in [0, period) from the sys_id (FNV-1a), so a mailbox keeps its slot from run to run. */
export function slotOffset(sysId: string, periodMs: number): number {
    let hash = 0x811c9dc5
    for (let index = 0; index < sysId.length; index++) {
        hash ^= sysId.charCodeAt(index)
        hash = Math.imul(hash, 0x01000193) >>> 0
    }
    return hash % periodMs
}

/**
 * The sys_ids due now, earliest slot first, at most MAX_CANARIES_PER_RUN and at most `budget` (what the
 * daily limit leaves after the canaries actually queued in the last 24 hours). A mailbox stays due
 * until its canary is queued: one left out of a crowded run goes first in the next, so every mailbox
 * gets its canary within its period. A mailbox without any canary yet is due at once (the cap per run
 * spreads a first run's mailboxes over the next runs).
 */
export function dueCanaries(targets: readonly CanaryTarget[], now: number, periodMinutes: number, budget: number = MAX_CANARIES_PER_RUN): string[] {
    const periodMs = periodMinutes * MINUTE
    const cycleStart = Math.floor(now / periodMs) * periodMs
    const due: { sysId: string; slot: number }[] = []
    for (const target of targets) {
        if (target.outstanding) continue
        const slotThisPeriod = cycleStart + slotOffset(target.sysId, periodMs)
        const lastSlot = slotThisPeriod <= now ? slotThisPeriod : slotThisPeriod - periodMs
        if (target.lastQueuedAt === null || target.lastQueuedAt < lastSlot) due.push({ sysId: target.sysId, slot: lastSlot })
    }
    return due
        .sort((a, b) => a.slot - b.slot)
        .slice(0, Math.max(0, Math.min(MAX_CANARIES_PER_RUN, budget)))
        .map((entry) => entry.sysId)
}
