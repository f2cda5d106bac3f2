import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { HEALTH_TABLE } from '../common/app.ts'
import { isTrue } from '../common/fields.ts'
import { deleteRecord, insertRecord, loggedWrite, updateRecord } from '../common/writes.ts'
import { instantValue, readInstant } from '../token-keeper/health-store.ts'
import type { CanaryHealth, CanaryStatus } from './incident.ts'
import type { Leg } from './legs.ts'
import { CANARY_TABLE, PLATFORM_MAIL_JOB, PLATFORM_MAIL_PROPERTY, RESEND_TABLE } from './names.ts'
import type { FailedEmail } from './resend.ts'

/**
 * Thin adapters over the platform's email records (sys_email, sys_email_account, sys_trigger) and the
 * app's mail-flow rows (the canary table, the re-send log, the mail-flow columns of token health).
 * Every write's result is returned, so the caller reports a refused write instead of assuming it.
 *
 * sys_email (ServiceNow docs r_EmailLogs): `type` send-ready / sent / send-failed / send-ignored /
 * received; `mailbox` outbox / sent / failed / inbox; `error_string` the server's answer; `recipients`,
 * `subject`, `body`, `content_type`, `headers`. The docs name no column for the account an outbound
 * email went through; the platform sends through its one active SMTP account, so an email without
 * such a column is counted to that account (see readFailedEmails).
 */

const MINUTE = 60000

export function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

export function now(): number {
    return new GlideDateTime().getNumericValue()
}

export function instanceName(): string {
    return text(gs.getProperty(PLATFORM_MAIL_PROPERTY.instanceName, '')).trim()
}

export interface MailAccount {
    sysId: string
    name: string
    /** The mailbox's address: its user name when that is an address; '' otherwise. */
    address: string
    active: boolean
}

function accountOf(gr: GlideRecord): MailAccount {
    const userName = text(gr.getValue('user_name')).trim()
    const from = text(gr.getValue('from')).trim()
    const address = /@/.test(userName) ? userName : /@/.test(from) ? from : ''
    return { sysId: gr.getUniqueValue(), name: text(gr.getValue('name')) || gr.getUniqueValue(), address, active: isTrue(gr.getValue('active')) }
}

/** The inbound OAuth mailboxes the app watches (IMAP accounts with OAuth 2.0), active or not. */
export function readInboundMailboxes(): MailAccount[] {
    const gr = new GlideRecord('sys_email_account')
    gr.addQuery('type', 'imap')
    gr.addQuery('authentication', 'oauth2')
    gr.orderBy('name')
    // All of them: a mailbox left out would never get a canary (the job's work per mailbox is bounded by its time budget).
    gr.query()
    const accounts: MailAccount[] = []
    while (gr.next()) accounts.push(accountOf(gr))
    return accounts
}

/** The instance's active outbound (SMTP) account; the platform sends through one at a time. */
export function readActiveOutbound(): MailAccount | null {
    const gr = new GlideRecord('sys_email_account')
    gr.addQuery('type', 'smtp')
    gr.addQuery('active', true)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? accountOf(gr) : null
}

function flag(name: string): boolean {
    return text(gs.getProperty(name, 'true')).trim().toLowerCase() !== 'false'
}

export function sendingEnabled(): boolean {
    return flag(PLATFORM_MAIL_PROPERTY.sendingEnabled)
}

export function receivingEnabled(): boolean {
    return flag(PLATFORM_MAIL_PROPERTY.receivingEnabled)
}

/**
 * Whether one of the platform's mail jobs (sys_trigger) is scheduled: found, in state Ready (0), Running
 * (1) or Queued (2), and, when it has a next action, not more than 10 minutes overdue (the sender runs
 * every minute). Any other state (an error state, on hold) counts as stopped. null when none of the
 * names is found, so an instance that names the job otherwise is never reported as stopped.
 */
export function mailJobRunning(which: keyof typeof PLATFORM_MAIL_JOB, at: number): boolean | null {
    const gr = new GlideRecord('sys_trigger')
    gr.addQuery('name', 'IN', PLATFORM_MAIL_JOB[which].join(','))
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    if (['0', '1', '2'].indexOf(text(gr.getValue('state'))) < 0) return false
    const next = readInstant(gr, 'next_action')
    return next === null || next >= at - 10 * MINUTE
}

/**
 * What the email reader logged about its last refused login to this account since `from` ('' when
 * nothing). UNCONFIRMED where each release logs it: the reader's errors are read from the system log
 * (syslog, source EmailReader or POP3Reader) when they name the account; when none is found the
 * inbound leg is still named, only without the server's answer.
 */
export function readLoginError(accountName: string, from: number): string {
    const gr = new GlideRecord('syslog')
    gr.addQuery('source', 'IN', 'EmailReader,POP3Reader')
    gr.addQuery('message', 'CONTAINS', `'${accountName}'`)
    gr.addQuery('sys_created_on', '>=', instantValue(from))
    gr.orderByDesc('sys_created_on')
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return ''
    const message = text(gr.getValue('message'))
    const answer = message.indexOf(': ')
    return answer >= 0 ? message.slice(answer + 2) : message
}

/** The app's inbound email action by name: active or not; null when it is missing. */
export function canaryActionActive(name: string): boolean | null {
    const gr = new GlideRecord('sysevent_in_email_action')
    gr.addQuery('name', name)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? isTrue(gr.getValue('active')) : null
}

// ---- canaries ----

export interface CanaryRow {
    sysId: string
    canaryId: string
    mailboxId: string
    emailId: string
    state: string
    queuedAt: number
}

/** Canaries still on their way (queued, sent, stuck in the outbox) or just arrived and not yet counted, oldest first. */
export function readOutstandingCanaries(): CanaryRow[] {
    const gr = new GlideRecord(CANARY_TABLE)
    gr.addQuery('state', 'IN', 'queued,sent,stuck,arrived')
    gr.orderBy('queued')
    gr.query()
    const rows: CanaryRow[] = []
    while (gr.next()) {
        rows.push({
            sysId: gr.getUniqueValue(),
            canaryId: text(gr.getValue('canary_id')),
            mailboxId: text(gr.getValue('mailbox')),
            emailId: text(gr.getValue('email')),
            state: text(gr.getValue('state')),
            queuedAt: readInstant(gr, 'queued') ?? 0,
        })
    }
    return rows
}

/** Round trips (seconds) of the mailbox's canaries that arrived since `from`, newest first. */
export function readRoundTrips(mailboxId: string, from: number): number[] {
    const gr = new GlideRecord(CANARY_TABLE)
    gr.addQuery('mailbox', mailboxId)
    gr.addQuery('state', 'IN', 'arrived,counted')
    gr.addQuery('arrived', '>=', instantValue(from))
    gr.orderByDesc('arrived')
    gr.setLimit(500)
    gr.query()
    const seconds: number[] = []
    while (gr.next()) {
        const value = parseInt(text(gr.getValue('round_trip')), 10)
        if (isFinite(value)) seconds.push(value)
    }
    return seconds
}

export interface EmailState {
    type: string
    errorString: string
    updatedAt: number
}

export function updateCanary(sysId: string, fields: Record<string, string | number>): boolean {
    const gr = new GlideRecord(CANARY_TABLE)
    if (!gr.get(sysId)) return false
    for (const [field, value] of Object.entries(fields)) gr.setValue(field, value)
    return loggedWrite(updateRecord(gr, `the canary record ${sysId}`))
}

/** Takes back a canary that has not left yet (its email send-ignored, the row withdrawn); false when a write was refused. */
export function withdrawCanary(canary: CanaryRow, why: string): boolean {
    const email = new GlideRecord('sys_email')
    if (email.get(canary.emailId) && text(email.getValue('type')) !== 'sent') {
        email.setValue('type', 'send-ignored')
        email.setValue('error_string', `Email OAuth Manager: canary withdrawn (${why})`)
        if (!loggedWrite(updateRecord(email, `the withdrawal of the canary email ${canary.emailId}`))) return false
    }
    return updateCanary(canary.sysId, { state: 'withdrawn', code: why })
}

/** Deletes canary rows older than `days` days, at most `limit` a run. */
export function deleteOldCanaries(days: number, at: number, limit: number): number {
    const gr = new GlideRecord(CANARY_TABLE)
    gr.addQuery('queued', '<', instantValue(at - days * 86400000))
    gr.setLimit(limit)
    gr.query()
    let deleted = 0
    while (gr.next()) if (loggedWrite(deleteRecord(gr, `the old canary record ${gr.getUniqueValue()}`))) deleted += 1
    return deleted
}

// ---- outbound mail ----

/**
 * Failed outbound emails since `from`, newest first, at most `limit`. When the instance's sys_email has
 * a column naming the account (`email_account`, present where several outbound accounts exist) it is
 * read; otherwise accountId is null and the caller counts the email to the active outbound account.
 */
export function readFailedEmails(from: number, limit: number): FailedEmail[] {
    const gr = new GlideRecord('sys_email')
    gr.addQuery('type', 'send-failed')
    gr.addQuery('sys_updated_on', '>=', instantValue(from))
    gr.orderByDesc('sys_updated_on')
    gr.setLimit(limit)
    gr.query()
    const emails: FailedEmail[] = []
    while (gr.next()) {
        // getValue of a column the table does not have answers null on the instance: then no account is recorded.
        const account = text(gr.getValue('email_account'))
        emails.push({
            sysId: gr.getUniqueValue(),
            failedAt: readInstant(gr, 'sys_updated_on') ?? 0,
            errorString: text(gr.getValue('error_string')),
            subject: text(gr.getValue('subject')),
            accountId: account === '' ? null : account,
        })
    }
    return emails
}

/** When the newest email was sent (type sent, outbound), since `from`; null when none. */
export function readNewestSent(from: number): number | null {
    const gr = new GlideRecord('sys_email')
    gr.addQuery('type', 'sent')
    gr.addQuery('sys_updated_on', '>=', instantValue(from))
    gr.orderByDesc('sys_updated_on')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? readInstant(gr, 'sys_updated_on') : null
}

/** Email sys_ids the app has sent again before (the re-send log), among `emailIds`. */
export function readResent(emailIds: readonly string[]): Set<string> {
    const resent = new Set<string>()
    if (emailIds.length === 0) return resent
    const gr = new GlideRecord(RESEND_TABLE)
    gr.addQuery('email', 'IN', emailIds.join(','))
    gr.query()
    while (gr.next()) resent.add(text(gr.getValue('email')))
    return resent
}

/**
 * Sends one failed email again, exactly once: first the re-send log row (its `email` is unique, so a
 * second run or a second admin cannot log the same email twice: the insert fails and nothing is sent),
 * then the email back to send-ready in the Outbox, which the SMTP Sender job sends like any queued
 * email (KB0521382 "Troubleshooting Outbound Email" reprocesses outbound email this way). Returns
 * null when done, or why not.
 */
export function resendEmail(input: { email: FailedEmail; outboundId: string; window: { start: number; end: number }; by: string; errorCode: string; at: number }): string | null {
    const log = new GlideRecord(RESEND_TABLE)
    log.initialize()
    log.setValue('email', input.email.sysId)
    log.setValue('outbound_account', input.outboundId)
    log.setValue('incident_start', instantValue(input.window.start))
    log.setValue('incident_end', instantValue(input.window.end))
    log.setValue('resent_at', instantValue(input.at))
    log.setValue('resent_by', input.by)
    log.setValue('error_code', input.errorCode)
    log.setValue('failed_at', instantValue(input.email.failedAt))
    // The log row first: its unique index on email is what makes a re-send happen at most once.
    const logged = insertRecord(log, `the re-send log row of email ${input.email.sysId} (refused also when it was already re-sent)`)
    if (!logged.ok) return logged.message
    const logId = logged.sysId
    const email = new GlideRecord('sys_email')
    if (!email.get(input.email.sysId)) return 'the email is gone'
    if (text(email.getValue('type')) !== 'send-failed') return `the email is no longer send-failed (${text(email.getValue('type'))})`
    email.setValue('type', 'send-ready')
    email.setValue('mailbox', 'outbox')
    email.setValue('error_string', '')
    const resent = updateRecord(email, `email ${input.email.sysId} set back to send-ready`)
    if (resent.ok) return null
    const undo = new GlideRecord(RESEND_TABLE)
    if (undo.get(logId)) loggedWrite(deleteRecord(undo, `the re-send log row of email ${input.email.sysId}`))
    return resent.message
}

// ---- health rows ----

export interface MailFlowRow {
    sysId: string
    tokenStatus: string
    tokenMessage: string
    canary: CanaryHealth
    /** When the mailbox's last canary was queued (null before its first). */
    canaryLastSent: number | null
    mailIncidentSince: number | null
    resendWindow: { start: number; end: number } | null
    resendPending: number
}

export function readMailFlowRows(): Map<string, MailFlowRow> {
    const rows = new Map<string, MailFlowRow>()
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.query()
    while (gr.next()) {
        const status = text(gr.getValue('canary_status'))
        const leg = text(gr.getValue('canary_leg'))
        const start = readInstant(gr, 'resend_window_start')
        const end = readInstant(gr, 'resend_window_end')
        rows.set(text(gr.getValue('email_account')), {
            sysId: gr.getUniqueValue(),
            tokenStatus: text(gr.getValue('status')),
            tokenMessage: text(gr.getValue('last_error')),
            canary: {
                status: status === 'ok' || status === 'failing' || status === 'paused' ? (status as CanaryStatus) : null,
                leg: leg === 'outbound' || leg === 'inbound' ? (leg as Leg) : null,
                code: text(gr.getValue('canary_code')),
                message: text(gr.getValue('canary_message')),
                since: readInstant(gr, 'canary_since'),
            },
            canaryLastSent: readInstant(gr, 'canary_last_sent'),
            mailIncidentSince: readInstant(gr, 'mail_incident_since'),
            resendWindow: start !== null && end !== null ? { start, end } : null,
            resendPending: parseInt(text(gr.getValue('resend_pending')), 10) || 0,
        })
    }
    return rows
}

/**
 * Writes mail-flow columns on the account's health row (only those given, so the refresh job's columns
 * stay as it wrote them), creating the row when the refresh job has not yet. False when refused.
 */
export function writeMailFlowFields(accountId: string, fields: Record<string, string | number>): boolean {
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.addQuery('email_account', accountId)
    gr.setLimit(1)
    gr.query()
    if (gr.next()) {
        for (const [field, value] of Object.entries(fields)) gr.setValue(field, value)
        return loggedWrite(updateRecord(gr, `the mail-flow columns of the token health row of email account ${accountId}`))
    }
    gr.initialize()
    gr.setValue('email_account', accountId)
    gr.setValue('consecutive_failures', 0)
    for (const [field, value] of Object.entries(fields)) gr.setValue(field, value)
    return loggedWrite(insertRecord(gr, `the token health row of email account ${accountId}`))
}

export function canaryFields(health: CanaryHealth): Record<string, string> {
    return {
        canary_status: health.status ?? '',
        canary_leg: health.leg ?? '',
        canary_code: health.code,
        canary_message: health.message.length > 1000 ? `${health.message.slice(0, 999)}…` : health.message,
        canary_since: instantValue(health.since),
    }
}
