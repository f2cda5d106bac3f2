import { gs, GlideRecord } from '@servicenow/glide'
import { ASSUMED_EMAIL_ACCOUNT_COLUMN, PROBE_ITEM } from '../platform/probe/names.ts'
import { probedValue } from '../platform/probe/results.ts'
import { insertRecord, loggedWrite, updateRecord, deleteRecord } from '../common/writes.ts'
import { instantValue, readInstant } from '../token-keeper/health-store.ts'
import { DEFAULT_LOOKBACK_HOURS, RETRY_TYPES } from './legs.ts'
import { RESEND_TABLE } from './names.ts'
import { text } from './records.ts'
import type { FailedEmail, ResendHistory, ResendOutcome, SettledAttempt } from './resend.ts'

/**
 * Thin adapters for the outbound side of mail flow: the instance's failed and retrying email
 * (sys_email), its lookback, and the re-send log (one row per attempt at an email). Every write's
 * result is returned.
 *
 * sys_email (ServiceNow docs r_EmailLogs, Troubleshooting notification emails): `type` send-failed,
 * send-retry-backoff, send-retry-delayed, sent; `error_string` the server's answer. The docs name no
 * column for the account an email went through: the one Check this instance found on this instance
 * is read (src/instance-check/items/email-account-column.ts), else `email_account`; an email with
 * none is counted by the caller to the active outbound account.
 */

/** The sys_email column naming the account an email went through, as this instance answered it. */
function accountColumn(): string {
    return probedValue(PROBE_ITEM.emailAccountColumn) ?? ASSUMED_EMAIL_ACCOUNT_COLUMN
}

/** The platform's lookback: "Any email older than 24 hours will not be sent by the system" (ServiceNow docs, additional email properties). */
export const LOOKBACK_PROPERTY = 'glide.email.smtp.claim.lookback.hrs'

/** Rows read per query when paging; a run pages on while its time budget lasts. */
const PAGE = 500

/** glide.email.smtp.claim.lookback.hrs from the instance: a positive number of hours, else the documented default (24), with a warning. */
export function readLookbackHours(): number {
    const raw = text(gs.getProperty(LOOKBACK_PROPERTY, String(DEFAULT_LOOKBACK_HOURS))).trim()
    const hours = Number(raw)
    if (raw !== '' && isFinite(hours) && hours > 0) return hours
    gs.warn(`Email OAuth Manager: ${LOOKBACK_PROPERTY} is '${raw.slice(0, 20)}', not a number of hours; the re-send assumes the platform's default ${DEFAULT_LOOKBACK_HOURS}.`)
    return DEFAULT_LOOKBACK_HOURS
}

/**
 * Failed outbound emails that failed since `from`, OLDEST FIRST by creation (the platform's lookback
 * counts from it, so the emails closest to ageing out come first), paged until none is left or the
 * run's time is up: never a fixed cap that leaves the oldest unread. `complete` says whether all
 * were read. getValue of a column the table does not have answers null on the instance: then no
 * account is recorded.
 */
export function readFailedEmails(from: number, withinBudget: () => boolean): { emails: FailedEmail[]; complete: boolean } {
    const emails: FailedEmail[] = []
    const column = accountColumn()
    const complete = readPaged(
        'sys_email',
        (gr) => {
            gr.addQuery('type', 'send-failed')
            gr.addQuery('sys_updated_on', '>=', instantValue(from))
            gr.orderBy('sys_created_on')
        },
        withinBudget,
        (gr) => {
            const account = text(gr.getValue(column))
            emails.push({
                sysId: gr.getUniqueValue(),
                failedAt: readInstant(gr, 'sys_updated_on') ?? 0,
                createdAt: readInstant(gr, 'sys_created_on') ?? 0,
                errorString: text(gr.getValue('error_string')),
                subject: text(gr.getValue('subject')),
                accountId: account === '' ? null : account,
            })
        },
    )
    return { emails, complete }
}

/**
 * Reads `table` page by page (filtered and ordered by `where`, then by sys_id so pages do not
 * overlap) and hands each row to `each`, until a page comes back short or the run's time is up. True
 * when every row was read.
 */
function readPaged(table: string, where: (gr: GlideRecord) => void, withinBudget: () => boolean, each: (gr: GlideRecord) => void): boolean {
    for (let first = 0; ; first += PAGE) {
        if (!withinBudget()) return false
        const gr = new GlideRecord(table)
        where(gr)
        gr.orderBy('sys_id')
        gr.chooseWindow(first, first + PAGE, false)
        gr.query()
        let read = 0
        while (gr.next()) {
            read += 1
            each(gr)
        }
        if (read < PAGE) return true
    }
}

export interface RetryingMail {
    count: number
    /** The newest retrying email: its answer, when it was last tried, the account. */
    newest: { errorString: string; at: number; accountId: string | null } | null
}

/** Emails the platform is retrying (send-retry-backoff / send-retry-delayed) updated since `from`. */
export function readRetryingEmails(from: number): RetryingMail {
    const gr = new GlideRecord('sys_email')
    gr.addQuery('type', 'IN', RETRY_TYPES.join(','))
    gr.addQuery('sys_updated_on', '>=', instantValue(from))
    gr.orderByDesc('sys_updated_on')
    gr.query()
    const count = gr.getRowCount()
    if (!gr.next()) return { count: 0, newest: null }
    const account = text(gr.getValue(accountColumn()))
    return { count, newest: { errorString: text(gr.getValue('error_string')), at: readInstant(gr, 'sys_updated_on') ?? 0, accountId: account === '' ? null : account } }
}

/** When the newest email was sent (type sent), since `from`; null when none. */
export function readNewestSent(from: number): number | null {
    const gr = new GlideRecord('sys_email')
    gr.addQuery('type', 'sent')
    gr.addQuery('sys_updated_on', '>=', instantValue(from))
    gr.orderByDesc('sys_updated_on')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? readInstant(gr, 'sys_updated_on') : null
}

const OUTCOMES: readonly ResendOutcome[] = ['queued', 'sent', 'retrying', 'failed_again', 'aged_out', 'too_old', 'gone']

function outcomeOf(gr: GlideRecord): ResendOutcome {
    const value = text(gr.getValue('outcome'))
    return (OUTCOMES as readonly string[]).includes(value) ? (value as ResendOutcome) : 'queued'
}

/**
 * The app's attempts at these emails (the re-send log): per email the highest attempt and its outcome
 * (a "too old" note on the same attempt wins, being the later word). Read in pages of ids.
 */
export function readResendHistory(emailIds: readonly string[]): Map<string, ResendHistory> {
    const history = new Map<string, ResendHistory>()
    for (let first = 0; first < emailIds.length; first += PAGE) {
        const gr = new GlideRecord(RESEND_TABLE)
        gr.addQuery('email', 'IN', emailIds.slice(first, first + PAGE).join(','))
        gr.query()
        while (gr.next()) keepLatest(history, gr)
    }
    return history
}

/** Keeps per email the row of its highest attempt ("too old" wins on the same attempt: it is written after). */
function keepLatest(latest: Map<string, ResendHistory>, gr: GlideRecord): void {
    const email = text(gr.getValue('email'))
    const attempt = parseInt(text(gr.getValue('attempt')), 10) || 0
    const outcome = outcomeOf(gr)
    const known = latest.get(email)
    if (!known || attempt > known.attempt || (attempt === known.attempt && outcome === 'too_old')) latest.set(email, { attempt, outcome })
}

export interface OpenAttempt {
    sysId: string
    emailId: string
    outcome: ResendOutcome
    failedThrough: string
}

/** Re-sends not yet settled (back in the outbox, or being retried by the platform), oldest first, while the run's time lasts. */
export function readOpenAttempts(withinBudget: () => boolean): OpenAttempt[] {
    const open: OpenAttempt[] = []
    readPaged(
        RESEND_TABLE,
        (gr) => {
            gr.addQuery('outcome', 'IN', 'queued,retrying')
            gr.orderBy('resent_at')
        },
        withinBudget,
        (gr) => open.push({ sysId: gr.getUniqueValue(), emailId: text(gr.getValue('email')), outcome: outcomeOf(gr), failedThrough: text(gr.getValue('outbound_account')) }),
    )
    return open
}

/** The email as the platform left it, for the check after a re-send; null when it is gone. */
export function readEmailOutcome(sysId: string): { type: string; errorString: string; createdAt: number } | null {
    const gr = new GlideRecord('sys_email')
    if (sysId === '' || !gr.get(sysId)) return null
    return { type: text(gr.getValue('type')), errorString: text(gr.getValue('error_string')), createdAt: readInstant(gr, 'sys_created_on') ?? 0 }
}

export function recordSettled(attemptId: string, settled: SettledAttempt, at: number): boolean {
    const gr = new GlideRecord(RESEND_TABLE)
    if (!gr.get(attemptId)) return false
    gr.setValue('outcome', settled.outcome)
    gr.setValue('outcome_detail', settled.detail.slice(0, 1000))
    gr.setValue('checked_at', instantValue(at))
    return loggedWrite(updateRecord(gr, `the outcome of re-sent email ${text(gr.getValue('email'))}`))
}

/** The latest outcome of each email re-sent (or found too old) since `from` that failed or was re-sent through this account, for the health row's sentence. */
export function readRecentOutcomes(accountId: string, from: number): ResendOutcome[] {
    const latest = new Map<string, ResendHistory>()
    const gr = new GlideRecord(RESEND_TABLE)
    gr.addQuery('outbound_account', accountId).addOrCondition('sent_through', accountId)
    gr.addQuery('sys_created_on', '>=', instantValue(from))
    gr.setLimit(20000)
    gr.query()
    while (gr.next()) keepLatest(latest, gr)
    return [...latest.values()].map((entry) => entry.outcome)
}

export interface ResendInput {
    email: FailedEmail
    attempt: number
    failedThrough: string
    sentThrough: string
    window: { start: number; end: number }
    by: string
    errorCode: string
    at: number
}

function logRow(input: Omit<ResendInput, 'sentThrough'> & { sentThrough: string | null }, key: string, outcome: ResendOutcome, detail: string): GlideRecord {
    const log = new GlideRecord(RESEND_TABLE)
    log.initialize()
    log.setValue('email', input.email.sysId)
    log.setValue('attempt_key', key)
    log.setValue('attempt', input.attempt)
    log.setValue('outbound_account', input.failedThrough)
    if (input.sentThrough !== null) log.setValue('sent_through', input.sentThrough)
    log.setValue('incident_start', instantValue(input.window.start))
    log.setValue('incident_end', instantValue(input.window.end))
    log.setValue('resent_at', instantValue(input.at))
    log.setValue('resent_by', input.by)
    log.setValue('error_code', input.errorCode)
    log.setValue('failed_at', instantValue(input.email.failedAt))
    log.setValue('outcome', outcome)
    log.setValue('outcome_detail', detail.slice(0, 1000))
    return log
}

/**
 * Sends one failed email again, this attempt exactly once: first the attempt's log row (its
 * `attempt_key` "<email>:<attempt>" is unique, so a second run or a second admin cannot make the same
 * attempt: the insert fails and nothing is sent), then the email back to send-ready in the Outbox,
 * which the SMTP Sender job sends like any queued email (KB0521382 "Troubleshooting Outbound Email"
 * reprocesses outbound email this way). Returns null when done, or why not.
 */
export function resendEmail(input: ResendInput): string | null {
    const logged = insertRecord(logRow(input, `${input.email.sysId}:${input.attempt}`, 'queued', 'Set back to send-ready; waiting for the SMTP Sender.'), `the re-send log row of email ${input.email.sysId}, attempt ${input.attempt} (refused also when that attempt was already made)`)
    if (!logged.ok) return logged.message
    const email = new GlideRecord('sys_email')
    const undo = (why: string): string => {
        const row = new GlideRecord(RESEND_TABLE)
        if (row.get(logged.sysId)) loggedWrite(deleteRecord(row, `the re-send log row of email ${input.email.sysId}`))
        return why
    }
    if (!email.get(input.email.sysId)) return undo('the email is gone')
    if (text(email.getValue('type')) !== 'send-failed') return undo(`the email is no longer send-failed (${text(email.getValue('type'))})`)
    email.setValue('type', 'send-ready')
    email.setValue('mailbox', 'outbox')
    email.setValue('error_string', '')
    const resent = updateRecord(email, `email ${input.email.sysId} set back to send-ready`)
    return resent.ok ? null : undo(resent.message)
}

/**
 * Notes an email of the incident that the platform would not send any more (too old): not set back
 * to send-ready, one row per email and attempt so it is listed once. False when the write was refused.
 */
export function recordTooOld(input: Omit<ResendInput, 'sentThrough'>, detail: string): boolean {
    const row = logRow({ ...input, sentThrough: null }, `${input.email.sysId}:${input.attempt}:too_old`, 'too_old', detail)
    return loggedWrite(insertRecord(row, `the "too old to re-send" note of email ${input.email.sysId}`))
}
