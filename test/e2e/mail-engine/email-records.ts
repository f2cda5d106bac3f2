/**
 * The Email [sys_email] records the stand-in engine reads and writes, with the values ServiceNow
 * documents, and the platform's two email jobs as Schedule [sys_trigger] records.
 *
 * Sources (ServiceNowDocs, Australia/Brazil):
 * - Type (`type`): received, received-ignored, send-failed, send-ignored, send-ready, sent
 *   (REST "Email API" reference, email-api.md; r_EmailLogs.md "System email log and mailboxes").
 *   send-retry-backoff for 4xx answers being retried, send-retry-delayed for address-validation
 *   errors retried every 30 minutes (troubleshooting-notification-emails.md, Australia).
 * - State (`state`): error, ignored, processed, ready (email-api.md). An inbound email is
 *   Processed once run against the inbound email actions "even if there is no matching action"
 *   (c_InboundEmailActions.md). c_SystemMailboxes.md says instead "If not, it is changed to Ready":
 *   the two pages differ; the stand-in follows the inbound-action page. Code must not rely on it.
 * - Error string (`error_string`): "The error string captured from the email server to determine
 *   why the email was not sent. This is logged only if the email is send-failed." (r_EmailLogs.md);
 *   "Some email servers do not return error strings" (troubleshooting-notification-emails.md).
 * - Other fields: recipients (To), copied (Cc), blind_copied (Bcc), subject, body (HTML), body_text,
 *   headers, content_type, importance, uid (the message's id on the mail server), target_table and
 *   instance (the record the email belongs to) (email-api.md, r_EmailLogs.md).
 *
 * UNCONFIRMED (no public page names it): which column holds the email account an email went
 * through. The stand-in writes the sys_email_account's sys_id into `EMAIL_ACCOUNT_FIELD`; read it
 * through this constant only, and treat it as possibly absent on an instance (there, the one
 * active SMTP account at the time of sending is the outbound account: c_EmailAccounts.md "The
 * system only allows one SMTP email account to be active at a time and sends all email through
 * this account").
 *
 * The jobs: "SMTP Sender" ("sends email on a recurring schedule. By default, this job runs every
 * minute", r_MailDiagnostics.md) and "Email Reader" ("downloads any email waiting on the mail server
 * and creates email.read events", r_MailDiagnostics.md; a sys_trigger record, create-email-reader-job.md).
 * UNCONFIRMED: the reader's default interval (modelled as 2 minutes) and the sys_trigger `state`
 * values (modelled as '0' Ready; a stopped job is any other state, here 'permanent_error', the
 * state an admin can set by hand per scheduled-jobs-dashboard.md). Code reading the jobs should
 * treat any state but Ready as stopped.
 */
import { platform, type Row } from '../../stand-ins/platform.ts'

export const EMAIL_TABLE = 'sys_email'

export const EMAIL_TYPE = {
    sendReady: 'send-ready',
    sent: 'sent',
    sendFailed: 'send-failed',
    sendIgnored: 'send-ignored',
    sendRetryBackoff: 'send-retry-backoff',
    sendRetryDelayed: 'send-retry-delayed',
    received: 'received',
    receivedIgnored: 'received-ignored',
} as const

export const EMAIL_STATE = { ready: 'ready', processed: 'processed', ignored: 'ignored', error: 'error' } as const

/** UNCONFIRMED column (see the header): the sys_email_account an email was sent or read through. */
export const EMAIL_ACCOUNT_FIELD = 'email_account'

export const TRIGGER_TABLE = 'sys_trigger'
export const SENDER_JOB_NAME = 'SMTP Sender'
export const READER_JOB_NAME = 'Email Reader'
export const TRIGGER_STATE = { ready: '0', stopped: 'permanent_error' } as const
export const SENDER_INTERVAL_SECONDS = 60
export const READER_INTERVAL_SECONDS = 120

/** The properties the jobs honour (r_OutboundMailConfiguration.md, r_InboundMailConfiguration.md). */
export const EMAIL_PROPERTY = {
    sendingEnabled: 'glide.email.smtp.active',
    receivingEnabled: 'glide.email.read.active',
    /** "Send all email to this test email address (non-production testing)". */
    testUser: 'glide.email.test.user',
    /** "Any email older than 24 hours will not be sent by the system" (additional email properties): by creation, default 24. */
    retryLookbackHours: 'glide.email.smtp.claim.lookback.hrs',
    /** "SMTP codes that cause a resend", default 421,450,451,452 (email properties reference). */
    deferRetryIds: 'glide.smtp.defer_retry_ids',
    /** "Resend on unknown SMTP codes", default true (email properties reference). */
    defaultRetry: 'glide.smtp.default_retry',
} as const

/** A property switched off: the platform stores 'false' (or a boolean false in the stand-in). */
export function propertyIsFalse(name: string): boolean {
    return String(platform.properties[name] ?? '').trim().toLowerCase() === 'false'
}

/** The sys_trigger row of a job, created Ready on first use (the platform ships both jobs). */
export function jobTrigger(name: string, intervalSeconds: number): Row {
    const existing = platform.db.rows(TRIGGER_TABLE).find((row) => row.name === name)
    if (existing) return existing
    const sysId = platform.db.insert(TRIGGER_TABLE, { name, state: TRIGGER_STATE.ready, trigger_type: 'interval', repeat_seconds: intervalSeconds })
    return platform.db.row(TRIGGER_TABLE, sysId) as Row
}

export function jobIsReady(name: string, intervalSeconds: number): boolean {
    return String(jobTrigger(name, intervalSeconds).state) === TRIGGER_STATE.ready
}

export function setJobState(name: string, intervalSeconds: number, state: string): void {
    platform.db.update(TRIGGER_TABLE, String(jobTrigger(name, intervalSeconds).sys_id), { state })
}

export function isTrue(value: unknown): boolean {
    return value === true || value === 'true' || value === '1' || value === 1
}
