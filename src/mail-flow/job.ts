import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../common/redact.ts'
import { canaryTransition, medianSeconds, type CanaryHealth, type CanaryOutcome } from './incident.ts'
import { CANARY_CODE, judgeCanary, type MailPathFacts } from './legs.ts'
import { canaryTag } from './marker.ts'
import { sharedMailboxOutcome } from './arrival-match.ts'
import { recordStoredArrivals } from './arrival.ts'
import { canaryEmail, countCanariesSince, queueCanary } from './canary-send.ts'
import { CANARY_ACTION_NAME } from '../common/app.ts'
import { dueCanaries, effectivePeriodMinutes } from './plan.ts'
import * as records from './records.ts'
import { readActiveOutbounds } from './outbound-accounts.ts'
import { runOutbound } from './outbound-job.ts'
import { readLookbackHours, readNewestSent } from './outbound-records.ts'
import { dueAtOnce, outboundLegFailing, outboundLegTransition } from './outbound-leg.ts'
import { readMailFlowSettings, type MailFlowSettings } from './settings.ts'
import { instantValue } from '../token-keeper/health-store.ts'

/**
 * The mail-flow job (fluent/mail-flow.now.ts), every 5 minutes: reads what became of earlier canaries
 * and names the failing leg, sends the canaries that are due, records each outbound account's latest
 * mail-level error, and at the end of an outbound incident sends the emails that failed because of
 * it again (or offers them to an admin). Thin: every decision is in the pure modules beside it.
 * Never throws: a failure is logged and the next run tries again.
 */

const DAY = 86400000
const CANARY_ROWS_KEPT_DAYS = 7
const CANARY_ROWS_DELETED_PER_RUN = 200
/** A run stops starting new work after this long (its loops are bounded by count as well). */
const RUN_BUDGET_MS = 60000

export interface MailFlowRunSummary {
    canariesQueued: number
    canariesFailed: number
    events: number
    resent: number
    offered: number
    tooOld: number
    refusedWrites: string[]
}

export function runMailFlowJob(): MailFlowRunSummary | null {
    try {
        const summary = runOnce()
        if (summary.refusedWrites.length > 0) gs.error(`Email OAuth Manager: mail-flow check could not write: ${summary.refusedWrites.join('; ')}`)
        return summary
    } catch (error) {
        gs.error(`Email OAuth Manager: mail-flow check failed: ${redact(String(error instanceof Error ? error.message : error))}`)
        return null
    }
}

function runOnce(): MailFlowRunSummary {
    const startedAt = records.now()
    const withinBudget = () => records.now() - startedAt < RUN_BUDGET_MS
    const settings = readMailFlowSettings()
    const summary: MailFlowRunSummary = { canariesQueued: 0, canariesFailed: 0, events: 0, resent: 0, offered: 0, tooOld: 0, refusedWrites: [] }
    const refused = (what: string) => summary.refusedWrites.push(what)
    const rows = records.readMailFlowRows()
    const mailboxes = records.readInboundMailboxes()
    const outbound = readActiveOutbounds()[0] ?? null
    const basePath = {
        sendingEnabled: records.sendingEnabled(),
        receivingEnabled: records.receivingEnabled(),
        senderJobRunning: records.mailJobRunning('sender', startedAt),
        readerJobRunning: records.mailJobRunning('reader', startedAt),
        outboundAccount: outbound?.name ?? null,
        lookbackHours: readLookbackHours(),
    }

    // 1. What became of the canaries on their way: first their arrival, read from the mail the instance stored, then the latest outcome per mailbox.
    const instance = records.instanceName()
    const stored = recordStoredArrivals(instance, mailboxes, startedAt, withinBudget)
    for (const what of stored.refused) refused(what)
    const outcomes = new Map<string, CanaryOutcome>()
    const outstanding = new Set<string>()
    for (const canary of records.readOutstandingCanaries()) {
        if (!withinBudget()) break
        if (canary.state === 'arrived') {
            outcomes.set(canary.mailboxId, { kind: 'arrived' })
            if (!records.updateCanary(canary.sysId, { state: 'counted' })) refused(`canary ${canary.canaryId}`)
            continue
        }
        const mailbox = mailboxes.find((m) => m.sysId === canary.mailboxId)
        const row = rows.get(canary.mailboxId)
        const path: MailPathFacts = {
            ...basePath,
            inbound: {
                name: mailbox?.name ?? canary.mailboxId,
                active: mailbox?.active ?? false,
                tokenStatus: row?.tokenStatus ?? '',
                tokenMessage: row?.tokenMessage ?? '',
                loginError: mailbox && canary.state !== 'queued' ? records.readLoginError(mailbox.name, canary.queuedAt) : '',
            },
        }
        const email = canaryEmail(canary)
        if (email !== null && canary.emailId === '') {
            canary.emailId = email.sysId
            if (!records.updateCanary(canary.sysId, { email: email.sysId })) refused(`canary ${canary.canaryId}`)
        }
        const verdict = judgeCanary({ queuedAt: canary.queuedAt, email }, path, startedAt, settings)
        if (verdict.kind === 'retrying') {
            // The platform retries it (a throttled or slow outbound mailbox): named on the row, no alert; it still blocks the next canary.
            outstanding.add(canary.mailboxId)
            if (outcomes.get(canary.mailboxId)?.kind !== 'arrived') outcomes.set(canary.mailboxId, { kind: 'retrying', code: verdict.code, message: verdict.message })
            continue
        }
        if (verdict.kind === 'waiting') {
            outstanding.add(canary.mailboxId)
            if (verdict.state !== canary.state && !records.updateCanary(canary.sysId, { state: verdict.state, sent: instantValue(verdict.sentAt) })) refused(`canary ${canary.canaryId}`)
            continue
        }
        // A canary stuck in the outbox still blocks the next one: it leaves as soon as sending works again.
        if (verdict.state === 'stuck') outstanding.add(canary.mailboxId)
        if (canary.state !== verdict.state) {
            summary.canariesFailed += 1
            const written = records.updateCanary(canary.sysId, { state: verdict.state, leg: verdict.leg, code: verdict.code, message: verdict.message.slice(0, 1000), sent: instantValue(verdict.sentAt) })
            if (!written) refused(`canary ${canary.canaryId}`)
        }
        if (!outcomes.has(canary.mailboxId) || outcomes.get(canary.mailboxId)?.kind !== 'arrived') outcomes.set(canary.mailboxId, { kind: 'failed', leg: verdict.leg, code: verdict.code, message: verdict.message })
    }

    // 2. Why no canary can be sent at all, if so (not an incident: the reason is shown, nothing is sent).
    const actionActive = records.canaryActionActive(CANARY_ACTION_NAME)
    const pause = pauseReason(settings, actionActive, outbound !== null, instance)
    // Canaries still in the outbox are withdrawn: with the action inactive they would reach the other actions.
    if (pause) {
        for (const canary of records.readOutstandingCanaries()) {
            if ((canary.state === 'queued' || canary.state === 'stuck') && !records.withdrawCanary(canary, pause.code)) refused(`withdrawal of canary ${canary.canaryId}`)
        }
    }
    const activeMailboxes = mailboxes.filter((m) => m.active)
    // A mailbox without a usable token (it has its needs_authorization alert) gets no canary: it could not be read.
    const needsAuthorization = (mailboxId: string) => rows.get(mailboxId)?.tokenStatus === 'needs_authorization'
    for (const mailbox of activeMailboxes) {
        if (pause && !outcomes.has(mailbox.sysId)) outcomes.set(mailbox.sysId, { kind: 'paused', code: pause.code, message: pause.message })
        if (!pause && mailbox.address === '' && !outcomes.has(mailbox.sysId)) {
            outcomes.set(mailbox.sysId, { kind: 'paused', code: CANARY_CODE.noAddress, message: `No canary can be sent to "${mailbox.name}": neither its User name nor its From is an email address. Set the mailbox's address as User name on the email account form.` })
        }
        if (!pause && needsAuthorization(mailbox.sysId) && !outcomes.has(mailbox.sysId)) {
            outcomes.set(mailbox.sysId, {
                kind: 'paused',
                code: CANARY_CODE.needsAuthorization,
                message: `No canary is sent to "${mailbox.name}": it holds no usable OAuth token (Token health: needs authorization), so the instance cannot read it. Authorize it (Authorize Email Account Access on the email account form); its canaries resume at the next run after that.`,
            })
        }
    }

    // 3. Each mailbox's state and its one alert per incident.
    for (const [mailboxId, seen] of outcomes) {
        const previous: CanaryHealth = rows.get(mailboxId)?.canary ?? { status: null, leg: null, code: '', message: '', since: null }
        const outcome = sharedMailboxOutcome(seen, previous, mailboxes.find((m) => m.sysId === mailboxId)?.name ?? mailboxId, stored.foreign.get(mailboxId) ?? [])
        const { next, events } = canaryTransition(previous, outcome, startedAt)
        const fields: Record<string, string | number> = records.canaryFields(next)
        if (seen.kind === 'arrived') {
            const trips = records.readRoundTrips(mailboxId, startedAt - DAY)
            fields.canary_last_arrived = instantValue(startedAt)
            if (trips.length > 0) fields.round_trip_last = trips[0]
            fields.round_trip_median = medianSeconds(trips) ?? ''
        }
        if (!records.writeMailFlowFields(mailboxId, fields)) refused(`token health row of ${mailboxId}`)
        for (const event of events) summary.events += queueEvent(event.name, mailboxId, event.code)
        const row = rows.get(mailboxId)
        if (row) row.canary = next
    }

    // 3b. The outbound leg's incident, once, on the outbound account's row (outbound-leg.ts).
    const outboundFailing = stepOutboundLegs(outbound, rows, mailboxes, outcomes, startedAt, refused, summary)

    // 4. Canaries that are due, spread over the period.
    if (!pause && outbound !== null) {
        const targets = activeMailboxes.filter((m) => m.address !== '' && !needsAuthorization(m.sysId))
        const period = effectivePeriodMinutes(targets.length, settings)
        const due = dueCanaries(
            targets.map((m) => ({
                sysId: m.sysId,
                lastQueuedAt: dueAtOnce(rows.get(m.sysId)?.canary, outboundFailing) ? null : (rows.get(m.sysId)?.canaryLastSent ?? null),
                outstanding: outstanding.has(m.sysId),
            })),
            startedAt,
            period,
            // What the daily limit leaves, counted on the canaries actually queued in the last 24 hours.
            settings.canaryDailyLimit - countCanariesSince(startedAt - DAY),
        )
        for (const mailboxId of due) {
            if (!withinBudget()) break
            const mailbox = targets.find((m) => m.sysId === mailboxId)!
            const canaryId = gs.generateGUID()
            const tag = canaryTag({ instance, canaryId })
            if (tag === null) break
            const failure = queueCanary({ canaryId, tag, mailbox, outboundId: outbound.sysId, at: startedAt })
            if (failure) refused(failure)
            else {
                summary.canariesQueued += 1
                if (!records.writeMailFlowFields(mailbox.sysId, { canary_last_sent: instantValue(startedAt) })) refused(`token health row of ${mailbox.name}`)
            }
        }
    }

    // 5. The outbound accounts' mail-level errors, their incidents, and the emails they owe (outbound-job.ts).
    const owed = runOutbound({ rows, settings, at: startedAt, withinBudget, refused, queueEvent, outboundLegFailing: outboundFailing })
    summary.resent = owed.resent
    summary.offered = owed.offered
    summary.tooOld = owed.tooOld
    summary.events += owed.events

    records.deleteOldCanaries(CANARY_ROWS_KEPT_DAYS, startedAt, CANARY_ROWS_DELETED_PER_RUN)
    return summary
}

/**
 * Steps the outbound leg's incident on the sending account's row, and on the row of an account that
 * no longer sends but still shows an open one (an admin activated another account: it ends when mail
 * leaves again). Returns whether the sending account's outbound leg is failing.
 */
function stepOutboundLegs(
    outbound: { sysId: string; name: string } | null,
    rows: Map<string, records.MailFlowRow>,
    mailboxes: readonly { sysId: string; name: string }[],
    outcomes: ReadonlyMap<string, CanaryOutcome>,
    at: number,
    refused: (what: string) => void,
    summary: MailFlowRunSummary,
): boolean {
    let failure: { code: string; message: string } | null = null
    for (const seen of outcomes.values()) if (failure === null && seen.kind === 'failed' && seen.leg === 'outbound') failure = { code: seen.code, message: seen.message }
    const inbound = new Set(mailboxes.map((m) => m.sysId))
    const accounts = [...rows.keys()].filter((id) => id !== outbound?.sysId && !inbound.has(id) && outboundLegFailing(rows.get(id)?.canary))
    if (outbound !== null) accounts.unshift(outbound.sysId)
    for (const accountId of accounts) {
        const row = rows.get(accountId)
        const previous: CanaryHealth = row?.canary ?? { status: null, leg: null, code: '', message: '', since: null }
        const newestSent = outboundLegFailing(previous) && previous.since !== null ? readNewestSent(previous.since) : null
        const evidence = { canaryFailure: accountId === outbound?.sysId ? failure : null, newestSent }
        const { next, events } = outboundLegTransition(previous, evidence, accountId === outbound?.sysId ? outbound.name : accountId, at)
        if (next === previous) continue
        if (!records.writeMailFlowFields(accountId, records.canaryFields(next))) refused(`token health row of outbound account ${accountId}`)
        for (const event of events) summary.events += queueEvent(event.name, accountId, event.code)
        if (row) row.canary = next
        else rows.set(accountId, { sysId: '', tokenStatus: '', tokenMessage: '', canary: next, canaryLastSent: null, mailIncidentSince: null, resendWindow: null, resendPending: 0 })
    }
    return outbound !== null && outboundLegFailing(rows.get(outbound.sysId)?.canary)
}

function pauseReason(settings: MailFlowSettings, actionActive: boolean | null, hasOutbound: boolean, instance: string): { code: string; message: string } | null {
    if (!settings.canaryEnabled) return { code: 'canary_disabled', message: 'The mail-flow canary is switched off (x_mail_oauth.canary_enabled is false): the round trip is not checked.' }
    if (actionActive !== true) {
        return {
            code: CANARY_CODE.actionInactive,
            message: `No canary is sent: the app's inbound email action "${CANARY_ACTION_NAME}" is ${actionActive === null ? 'missing' : 'inactive'}, and without it a canary would reach the instance's other inbound actions (and could create a record or notify someone). Activate it under System Policy > Email > Inbound Actions, or set x_mail_oauth.canary_enabled to false.`,
        }
    }
    if (!hasOutbound) {
        return {
            code: CANARY_CODE.noOutbound,
            message: 'No canary can be sent: the instance has no active outbound email account (neither SMTP nor Microsoft Graph (Send)), so no email (canary or notification) can reach this mailbox. Activate one under System Mailboxes > Administration > Email Accounts.',
        }
    }
    if (instance === '') return { code: 'canary_no_instance_name', message: 'No canary is sent: the instance_name property is empty, so a canary could not name this instance.' }
    return null
}

function queueEvent(name: string, accountId: string, code: string): number {
    const account = new GlideRecord('sys_email_account')
    if (!account.get(accountId)) return 0
    gs.eventQueue(name, account, accountId, code)
    return 1
}
