import { gs } from '@servicenow/glide'
import { instantValue } from '../token-keeper/health-store.ts'
import { readAccountTypeChoices } from '../setup-check/read-app-only.ts'
import { classifyMailError, MAIL_CODE } from './codes.ts'
import { MAIL_FLOW_EVENT } from './names.ts'
import { readActiveOutbounds, readOutboundAccount, type OutboundAccount } from './outbound-accounts.ts'
import * as outbox from './outbound-records.ts'
import * as records from './records.ts'
import {
    MAX_RESEND_ATTEMPTS,
    outboundIncidentStep,
    resendReport,
    RESEND_CODE,
    selectResends,
    settleAttempt,
    windowWithOwed,
    type FailedEmail,
    type IncidentWindow,
    type ResendSelection,
} from './resend.ts'
import { readMailFlowSettings, type MailFlowSettings } from './settings.ts'

/**
 * The outbound side of the mail-flow job (job.ts runs it last): each outbound account's latest
 * mail-level code (a failure, or the platform retrying), its incident, and at the end of the incident
 * the emails it owes, sent again through the instance's active outbound account or offered to an
 * admin; then, each run, what became of every re-sent email. Thin: the decisions are in resend.ts.
 *
 * The accounts looked at are the active outbound accounts. Emails that failed through an account
 * that is no longer active (or was deleted) are owed by the account the platform sends through now:
 * an admin who activates another account instead of re-authorizing the broken one (or moves off Basic
 * auth to an OAuth twin) still gets the broken one's failed mail sent, once, through the new one. This
 * is read from sys_email and the re-send log, not from the old account's health row, which the
 * refresh job removes once the account is no longer an active OAuth account.
 */

const HOUR = 3600000
const DAY = 24 * HOUR

export const APP_RESENDER = 'Email OAuth Manager (automatic re-send)'

export interface OutboundRunSummary {
    resent: number
    offered: number
    tooOld: number
    settled: number
    events: number
}

interface Context {
    settings: MailFlowSettings
    lookbackHours: number
    at: number
    withinBudget: () => boolean
    refused: (what: string) => void
    /** The account the platform sends through now (re-sent emails leave through it); null when none. */
    sendingThrough: OutboundAccount | null
    activeIds: ReadonlySet<string>
}

interface AccountMail {
    failed: FailedEmail[]
    newestSent: number | null
    retrying: outbox.RetryingMail
}

export function runOutbound(input: {
    rows: Map<string, records.MailFlowRow>
    settings: MailFlowSettings
    at: number
    withinBudget: () => boolean
    refused: (what: string) => void
    queueEvent: (name: string, accountId: string, parm2: string) => number
    /** The outbound leg's incident is open (outbound-leg.ts: from outbound evidence only, never from a mailbox's inbound failure). */
    outboundLegFailing: boolean
}): OutboundRunSummary {
    const summary: OutboundRunSummary = { resent: 0, offered: 0, tooOld: 0, settled: 0, events: 0 }
    const lookbackHours = outbox.readLookbackHours()
    const choices = readAccountTypeChoices()
    const active = readActiveOutbounds(choices)
    const context: Context = {
        settings: input.settings,
        lookbackHours,
        at: input.at,
        withinBudget: input.withinBudget,
        refused: input.refused,
        sendingThrough: active[0] ?? null,
        activeIds: new Set(active.map((account) => account.sysId)),
    }

    // What became of the emails re-sent earlier: sent, failed again, retried, or aged out in the outbox.
    summary.settled = settleOpenAttempts(context, choices)

    const from = Math.min(input.at - Math.max(input.settings.resendMaxAgeHours, lookbackHours) * HOUR, ...[...input.rows.values()].map((row) => row.resendWindow?.start ?? Infinity))
    const read = outbox.readFailedEmails(from, input.withinBudget)
    if (!read.complete) gs.warn(`Email OAuth Manager: mail-flow check read ${read.emails.length} failed emails (oldest first) before its time ran out; it reads on at the next run.`)
    const mail: AccountMail = { failed: read.emails, newestSent: outbox.readNewestSent(from), retrying: outbox.readRetryingEmails(input.at - lookbackHours * HOUR) }
    for (const account of active) {
        const result = accountRun(account, account.sysId === active[0].sysId, input.rows.get(account.sysId), mail, input.outboundLegFailing, context, input.queueEvent)
        summary.resent += result.resent
        summary.offered += result.offered
        summary.tooOld += result.tooOld
        summary.events += result.events
    }
    return summary
}

function settleOpenAttempts(context: Context, choices: ReturnType<typeof readAccountTypeChoices>): number {
    let settled = 0
    const via = new Map<string, 'smtp' | 'graph'>()
    for (const attempt of outbox.readOpenAttempts(context.withinBudget)) {
        if (!context.withinBudget()) break
        if (!via.has(attempt.failedThrough)) via.set(attempt.failedThrough, readOutboundAccount(attempt.failedThrough, choices)?.kind === 'graph' ? 'graph' : 'smtp')
        const outcome = settleAttempt(outbox.readEmailOutcome(attempt.emailId), context.at, context.lookbackHours, via.get(attempt.failedThrough))
        if (outcome === null || outcome.outcome === attempt.outcome) continue
        if (outbox.recordSettled(attempt.sysId, outcome, context.at)) settled += 1
        else context.refused(`the outcome of re-sent email ${attempt.emailId}`)
    }
    return settled
}

/** The email's account: the one the platform recorded; the account the platform sends through now when none is recorded or that one is no longer active. */
function belongsTo(email: { accountId: string | null }, account: OutboundAccount, isSending: boolean, activeIds: ReadonlySet<string>): boolean {
    return email.accountId === account.sysId || (isSending && (email.accountId === null || !activeIds.has(email.accountId)))
}

function accountRun(
    account: OutboundAccount,
    isSending: boolean,
    row: records.MailFlowRow | undefined,
    mail: AccountMail,
    outboundLegFailing: boolean,
    context: Context,
    queueEvent: (name: string, accountId: string, parm2: string) => number,
): { resent: number; offered: number; tooOld: number; events: number } {
    const via = account.kind === 'graph' ? 'graph' : 'smtp'
    const failed = mail.failed.filter((email) => belongsTo(email, account, isSending, context.activeIds)).sort((a, b) => b.failedAt - a.failedAt)
    const fields: Record<string, string | number> = mailLevelFields(failed, mail, account, isSending, via, context.activeIds)

    const authFailures = failed.filter((email) => classifyMailError(email.errorString, via).authentication)
    const sinceLastSent = authFailures.filter((email) => mail.newestSent === null || email.failedAt > mail.newestSent)
    const step = outboundIncidentStep(
        row?.mailIncidentSince ?? null,
        {
            // An account the platform no longer sends through cannot recover by itself: its mail is owed once mail leaves again.
            tokenHealthy: !account.active || row === undefined || row.tokenStatus === '' || row.tokenStatus === 'ok',
            outboundLegFailing: outboundLegFailing || context.sendingThrough === null,
            newestAuthFailure: authFailures[0]?.failedAt ?? null,
            firstAuthFailureSinceLastSent: sinceLastSent.length > 0 ? sinceLastSent[sinceLastSent.length - 1].failedAt : null,
            newestSent: mail.newestSent,
        },
        context.at,
    )
    const history = outbox.readResendHistory(failed.map((e) => e.sysId))
    let window: IncidentWindow | null = row?.resendWindow ?? null
    if (step.kind === 'open') fields.mail_incident_since = instantValue(step.since)
    if (step.kind === 'ended') {
        fields.mail_incident_since = ''
        // A window still being worked through (an earlier incident's) is widened, never dropped.
        window = window === null ? step.window : { start: Math.min(window.start, step.window.start), end: step.window.end }
    }
    // Owed besides the incident's own: a re-sent email that failed again ("exactly once" is delivered once), and
    // what failed through an account that no longer sends (its incident was on a row that is gone).
    window = windowWithOwed(
        window,
        authFailures.filter((email) => {
            const past = history.get(email.sysId)
            if (past) return past.outcome === 'failed_again' && past.attempt < MAX_RESEND_ATTEMPTS
            return email.accountId !== null && email.accountId !== account.sysId
        }),
    )
    const result = { resent: 0, offered: 0, tooOld: 0, events: 0 }
    // Re-send only while mail leaves again: during an incident a re-sent email would fail again.
    if (window !== null && (step.kind === 'ended' || step.kind === 'none') && context.sendingThrough !== null) {
        const owns = (email: FailedEmail) => belongsTo(email, account, isSending, context.activeIds)
        const selection = selectResends(failed, owns, window, history, context.at, { ...context.settings, lookbackHours: context.lookbackHours }, via)
        result.tooOld = noteTooOld(selection, account, window, context, via)
        let pending: number
        if (context.settings.resendMode === 'automatic') {
            result.resent = resend(selection, account, window, APP_RESENDER, context, via)
            pending = selection.resend.length - result.resent + (selection.more ? 1 : 0)
            fields.resend_pending = 0
        } else {
            pending = selectResends(failed, owns, window, history, context.at, { ...context.settings, resendMaxPerRun: Number.MAX_SAFE_INTEGER, lookbackHours: context.lookbackHours }, via).resend.length
            if (pending > 0 && (row?.resendPending ?? 0) !== pending && step.kind === 'ended') result.events += queueEvent(MAIL_FLOW_EVENT.resendOffered, account.sysId, String(pending))
            result.offered = pending
            fields.resend_pending = pending
        }
        // The window stays while emails wait, or while some are too old (a raised lookback lets them go, automatically or by Re-send).
        const keep = pending > 0 || selection.tooOld.length > 0
        fields.resend_window_start = keep ? instantValue(window.start) : ''
        fields.resend_window_end = keep ? instantValue(window.end) : ''
        fields.resend_too_old = selection.tooOld.length
    }
    fields.resend_report = resendReport(outbox.readRecentOutcomes(account.sysId, context.at - DAY - context.lookbackHours * HOUR)).slice(0, 1000)
    if (!records.writeMailFlowFields(account.sysId, fields)) context.refused(`token health row of ${account.name}`)
    return result
}

/**
 * The latest mail-level code, until an email goes out after it: a failure (classified), else the
 * platform retrying this account's mail (mail_send_retrying), else nothing.
 */
function mailLevelFields(failed: readonly FailedEmail[], mail: AccountMail, account: OutboundAccount, isSending: boolean, via: 'smtp' | 'graph', activeIds: ReadonlySet<string>): Record<string, string | number> {
    const latest = failed[0]
    const retrying = mail.retrying.newest !== null && belongsTo(mail.retrying.newest, account, isSending, activeIds) ? mail.retrying.newest : null
    const newerThanSent = (at: number) => mail.newestSent === null || at > mail.newestSent
    if (latest && newerThanSent(latest.failedAt) && !(retrying && retrying.at > latest.failedAt)) {
        const known = classifyMailError(latest.errorString, via)
        return { mail_code: known.code, mail_error: `${latest.errorString.trim().slice(0, 400) || '(no error text)'}: ${known.fix}`.slice(0, 1000), mail_error_at: instantValue(latest.failedAt) }
    }
    if (retrying && newerThanSent(retrying.at)) {
        const answer = retrying.errorString.trim().slice(0, 300) || '(no error text)'
        return {
            mail_code: MAIL_CODE.sendRetrying,
            mail_error: `${mail.retrying.count} email(s) are being retried by the platform (send-retry-backoff / send-retry-delayed); the server last answered "${answer}". Mail is delayed, not lost: the platform retries until an email is older than glide.email.smtp.claim.lookback.hrs. A throttled mailbox recovers by itself; check the account's sending limits if this lasts.`.slice(0, 1000),
            mail_error_at: instantValue(retrying.at),
        }
    }
    return mail.newestSent !== null ? { mail_code: '', mail_error: '' } : {}
}

function resend(selection: ResendSelection, account: OutboundAccount, window: IncidentWindow, by: string, context: Context, via: 'smtp' | 'graph'): number {
    let resent = 0
    for (const { email, attempt } of selection.resend) {
        if (!context.withinBudget()) break
        const failure = outbox.resendEmail({
            email,
            attempt,
            failedThrough: email.accountId ?? account.sysId,
            sentThrough: context.sendingThrough?.sysId ?? account.sysId,
            window,
            by,
            errorCode: classifyMailError(email.errorString, via).code,
            at: context.at,
        })
        if (failure) context.refused(`re-send of email ${email.sysId}: ${failure}`)
        else resent += 1
    }
    return resent
}

/** Records once each email of the window the platform would not send any more; returns how many there are. */
function noteTooOld(selection: ResendSelection, account: OutboundAccount, window: IncidentWindow, context: Context, via: 'smtp' | 'graph'): number {
    for (const { email, reason, recorded, attempt } of selection.tooOld) {
        if (recorded || !context.withinBudget()) continue
        const why =
            reason === 'lookback'
                ? `created ${new Date(email.createdAt).toISOString()}, too close to glide.email.smtp.claim.lookback.hrs (${context.lookbackHours} h) for the platform to send it`
                : `failed longer ago than x_mail_oauth.resend_max_age_hours (${context.settings.resendMaxAgeHours} h)`
        const detail = `Not re-sent (${RESEND_CODE.tooOld}): ${why}. To send it, raise that property above its age; the next run (or Re-send on the overview page) sends it then.`
        if (!outbox.recordTooOld({ email, attempt, failedThrough: email.accountId ?? account.sysId, window, by: APP_RESENDER, errorCode: classifyMailError(email.errorString, via).code, at: context.at }, detail)) {
            context.refused(`the too-old note of email ${email.sysId}`)
        }
    }
    if (selection.tooOld.length > 0) gs.warn(`Email OAuth Manager: ${selection.tooOld.length} email(s) that failed through '${account.name}' are too old for the platform to send and were not re-sent; they are listed in Email OAuth re-sent email (outcome: not re-sent).`)
    return selection.tooOld.length
}

/**
 * Re-send on an admin's request (the overview page's Re-send, the REST API): the emails of the
 * account's pending window, at most x_mail_oauth.resend_max_per_run, each logged with who asked.
 */
export function resendForAdmin(accountId: string, requestedBy: string): { resent: number; left: number; tooOld: number; refused: string[] } {
    const settings = readMailFlowSettings()
    const at = records.now()
    const startedAt = Date.now()
    const withinBudget = () => Date.now() - startedAt < 30000
    const refused: string[] = []
    const row = records.readMailFlowRows().get(accountId)
    const choices = readAccountTypeChoices()
    const account = readOutboundAccount(accountId, choices)
    const sendingThrough = readActiveOutbounds(choices)[0] ?? null
    if (!row || row.resendWindow === null || account === null || sendingThrough === null) return { resent: 0, left: 0, tooOld: 0, refused }
    const activeIds = new Set(readActiveOutbounds(choices).map((active) => active.sysId))
    const context: Context = { settings, lookbackHours: outbox.readLookbackHours(), at, withinBudget, refused: (what) => refused.push(what), sendingThrough, activeIds }
    const via = account.kind === 'graph' ? 'graph' : 'smtp'
    const window = row.resendWindow
    const failed = outbox.readFailedEmails(Math.min(window.start, at - settings.resendMaxAgeHours * HOUR), withinBudget).emails.filter((email) => belongsTo(email, account, sendingThrough.sysId === accountId, activeIds))
    const lookback = { ...settings, lookbackHours: context.lookbackHours }
    const owns = (email: FailedEmail) => belongsTo(email, account, sendingThrough.sysId === accountId, activeIds)
    const selection = selectResends(failed, owns, window, outbox.readResendHistory(failed.map((e) => e.sysId)), at, lookback, via)
    const tooOld = noteTooOld(selection, account, window, context, via)
    const resent = resend(selection, account, window, requestedBy, context, via)
    const left = selectResends(failed, owns, window, outbox.readResendHistory(failed.map((e) => e.sysId)), at, { ...lookback, resendMaxPerRun: Number.MAX_SAFE_INTEGER }, via).resend.length
    const fields: Record<string, string | number> = { resend_pending: left, resend_too_old: tooOld }
    if (left === 0 && tooOld === 0) {
        fields.resend_window_start = ''
        fields.resend_window_end = ''
    }
    if (!records.writeMailFlowFields(accountId, fields)) refused.push('the token health row could not be updated')
    return { resent, left, tooOld, refused }
}
