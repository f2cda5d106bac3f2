import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../common/redact.ts'
import { classifyMailError } from './codes.ts'
import { canaryTransition, medianSeconds, type CanaryHealth, type CanaryOutcome } from './incident.ts'
import { CANARY_CODE, judgeCanary, type MailPathFacts } from './legs.ts'
import { canaryTag } from './marker.ts'
import { sharedMailboxOutcome } from './arrival-match.ts'
import { recordStoredArrivals } from './arrival.ts'
import { canaryEmail, countCanariesSince, queueCanary } from './canary-send.ts'
import { CANARY_ACTION_NAME } from '../common/app.ts'
import { MAIL_FLOW_EVENT } from './names.ts'
import { dueCanaries, effectivePeriodMinutes } from './plan.ts'
import * as records from './records.ts'
import { outboundIncidentStep, selectResends, type FailedEmail, type IncidentWindow } from './resend.ts'
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
/** Failed emails read per run for the mail-level code and the re-send: newest first. */
const FAILED_EMAILS_READ = 1000
const CANARY_ROWS_KEPT_DAYS = 7
const CANARY_ROWS_DELETED_PER_RUN = 200
/** A run stops starting new work after this long (its loops are bounded by count as well). */
const RUN_BUDGET_MS = 60000

export const APP_RESENDER = 'Email OAuth Manager (automatic re-send)'

export interface MailFlowRunSummary {
    canariesQueued: number
    canariesFailed: number
    events: number
    resent: number
    offered: number
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
    const summary: MailFlowRunSummary = { canariesQueued: 0, canariesFailed: 0, events: 0, resent: 0, offered: 0, refusedWrites: [] }
    const refused = (what: string) => summary.refusedWrites.push(what)
    const rows = records.readMailFlowRows()
    const mailboxes = records.readInboundMailboxes()
    const outbound = records.readActiveOutbound()
    const basePath = {
        sendingEnabled: records.sendingEnabled(),
        receivingEnabled: records.receivingEnabled(),
        senderJobRunning: records.mailJobRunning('sender', startedAt),
        readerJobRunning: records.mailJobRunning('reader', startedAt),
        outboundAccount: outbound?.name ?? null,
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
    for (const mailbox of activeMailboxes) {
        if (pause && !outcomes.has(mailbox.sysId)) outcomes.set(mailbox.sysId, { kind: 'paused', code: pause.code, message: pause.message })
        if (!pause && mailbox.address === '' && !outcomes.has(mailbox.sysId)) {
            outcomes.set(mailbox.sysId, { kind: 'paused', code: CANARY_CODE.noAddress, message: `No canary can be sent to "${mailbox.name}": neither its User name nor its From is an email address. Set the mailbox's address as User name on the email account form.` })
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

    // 4. Canaries that are due, spread over the period.
    if (!pause && outbound !== null) {
        const targets = activeMailboxes.filter((m) => m.address !== '')
        const period = effectivePeriodMinutes(targets.length, settings)
        const due = dueCanaries(
            targets.map((m) => ({ sysId: m.sysId, lastQueuedAt: rows.get(m.sysId)?.canaryLastSent ?? null, outstanding: outstanding.has(m.sysId) })),
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

    // 5. The outbound account's mail-level error, its incident, and the emails it owes.
    if (outbound !== null) mailLevel(outbound, rows, settings, startedAt, summary, refused, withinBudget)

    records.deleteOldCanaries(CANARY_ROWS_KEPT_DAYS, startedAt, CANARY_ROWS_DELETED_PER_RUN)
    return summary
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
            message: 'No canary can be sent: the instance has no active outbound (SMTP) email account, so no email (canary or notification) can reach this mailbox. Activate one under System Mailboxes > Administration > Email Accounts.',
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

function mailLevel(
    outbound: records.MailAccount,
    rows: Map<string, records.MailFlowRow>,
    settings: MailFlowSettings,
    at: number,
    summary: MailFlowRunSummary,
    refused: (what: string) => void,
    withinBudget: () => boolean,
): void {
    const lookback = at - settings.resendMaxAgeHours * 3600000
    const failed = records.readFailedEmails(lookback, FAILED_EMAILS_READ).filter((email) => email.accountId === null || email.accountId === outbound.sysId)
    const newestSent = records.readNewestSent(lookback)
    const row = rows.get(outbound.sysId)
    const fields: Record<string, string | number> = {}

    // The latest mail-level code, until an email goes out after it.
    const latest = failed[0]
    if (latest && (newestSent === null || latest.failedAt > newestSent)) {
        const mail = classifyMailError(latest.errorString)
        fields.mail_code = mail.code
        fields.mail_error = `${latest.errorString.trim().slice(0, 400) || '(no error text)'}: ${mail.fix}`.slice(0, 1000)
        fields.mail_error_at = instantValue(latest.failedAt)
    } else if (newestSent !== null) {
        fields.mail_code = ''
        fields.mail_error = ''
    }

    const authFailures = failed.filter((email) => classifyMailError(email.errorString).authentication)
    const sinceLastSent = authFailures.filter((email) => newestSent === null || email.failedAt > newestSent)
    const outboundLegFailing = [...rows.values()].some((r) => r.canary.status === 'failing' && r.canary.leg === 'outbound')
    const step = outboundIncidentStep(
        row?.mailIncidentSince ?? null,
        {
            tokenHealthy: row === undefined || row.tokenStatus === '' || row.tokenStatus === 'ok',
            outboundLegFailing,
            newestAuthFailure: authFailures[0]?.failedAt ?? null,
            firstAuthFailureSinceLastSent: sinceLastSent.length > 0 ? sinceLastSent[sinceLastSent.length - 1].failedAt : null,
            newestSent,
        },
        at,
    )
    let window: IncidentWindow | null = row?.resendWindow ?? null
    if (step.kind === 'open') fields.mail_incident_since = instantValue(step.since)
    if (step.kind === 'ended') {
        fields.mail_incident_since = ''
        // A window still being worked through (an earlier incident's) is widened, never dropped.
        window = window === null ? step.window : { start: Math.min(window.start, step.window.start), end: step.window.end }
    }
    // Re-send only while the account is out of trouble: during an incident a re-sent email would fail again.
    if (window !== null && (step.kind === 'ended' || step.kind === 'none')) {
        const selection = selectResends(failed, outbound.sysId, window, records.readResent(failed.map((e) => e.sysId)), at, settings)
        if (settings.resendMode === 'automatic') {
            let resent = 0
            for (const email of selection.resend) {
                if (!withinBudget()) break
                const failure = records.resendEmail({ email, outboundId: outbound.sysId, window, by: APP_RESENDER, errorCode: classifyMailError(email.errorString).code, at })
                if (failure) refused(`re-send of email ${email.sysId}: ${failure}`)
                else resent += 1
            }
            summary.resent += resent
            const done = !selection.more && resent === selection.resend.length
            fields.resend_pending = 0
            fields.resend_window_start = done ? '' : instantValue(window.start)
            fields.resend_window_end = done ? '' : instantValue(window.end)
        } else {
            const pending = countPending(failed, outbound.sysId, window, at, settings)
            if (pending > 0 && (row?.resendPending ?? 0) !== pending && step.kind === 'ended') summary.events += queueEvent(MAIL_FLOW_EVENT.resendOffered, outbound.sysId, String(pending))
            summary.offered = pending
            fields.resend_pending = pending
            fields.resend_window_start = pending > 0 ? instantValue(window.start) : ''
            fields.resend_window_end = pending > 0 ? instantValue(window.end) : ''
        }
    }
    if (Object.keys(fields).length > 0 && !records.writeMailFlowFields(outbound.sysId, fields)) refused(`token health row of ${outbound.name}`)
}

/** How many emails of the window are still to re-send (all of them, not only one run's worth). */
function countPending(failed: readonly FailedEmail[], accountId: string, window: IncidentWindow, at: number, settings: MailFlowSettings): number {
    return selectResends(failed, accountId, window, records.readResent(failed.map((e) => e.sysId)), at, { ...settings, resendMaxPerRun: FAILED_EMAILS_READ }).resend.length
}

/**
 * Re-send on an admin's request (the overview page's Re-send, the REST API): the emails of the
 * account's pending window, at most x_mail_oauth.resend_max_per_run, each logged with who asked.
 */
export function resendForAdmin(accountId: string, requestedBy: string): { resent: number; left: number; refused: string[] } {
    const settings = readMailFlowSettings()
    const at = records.now()
    const row = records.readMailFlowRows().get(accountId)
    const refused: string[] = []
    if (!row || row.resendWindow === null) return { resent: 0, left: 0, refused }
    const window = row.resendWindow
    const failed = records.readFailedEmails(at - settings.resendMaxAgeHours * 3600000, FAILED_EMAILS_READ).filter((email) => email.accountId === null || email.accountId === accountId)
    const selection = selectResends(failed, accountId, window, records.readResent(failed.map((e) => e.sysId)), at, settings)
    let resent = 0
    for (const email of selection.resend) {
        const failure = records.resendEmail({ email, outboundId: accountId, window, by: requestedBy, errorCode: classifyMailError(email.errorString).code, at })
        if (failure) refused.push(`email ${email.sysId}: ${failure}`)
        else resent += 1
    }
    const left = countPending(failed, accountId, window, at, settings) - resent
    const fields: Record<string, string | number> = { resend_pending: Math.max(0, left) }
    if (left <= 0) {
        fields.resend_window_start = ''
        fields.resend_window_end = ''
    }
    if (!records.writeMailFlowFields(accountId, fields)) refused.push('the token health row could not be updated')
    return { resent, left: Math.max(0, left), refused }
}
