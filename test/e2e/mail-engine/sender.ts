/**
 * The platform's "SMTP Sender" job, modelled: every send-ready email record goes out through the
 * instance's active SMTP email account, with that account's stored OAuth access token (SASL
 * XOAUTH2, nodemailer), to the test SMTP server, which delivers it into Dovecot.
 *
 * What ServiceNow documents, and what the stand-in does with it:
 * - "The system only allows one SMTP email account to be active at a time and sends all email
 *   through this account" (c_EmailAccounts.md): the sender takes the one active `smtp` account
 *   (as src/alerts/fallback-action.ts finds it); with none, nothing is sent and the emails wait.
 * - Email sending enabled, `glide.email.smtp.active` = false: nothing is sent; the emails stay
 *   send-ready (r_OutboundMailConfiguration.md; KB0521382 warns that disabled sending leaves
 *   emails in send-ready).
 * - The job itself: a Schedule record "SMTP Sender" (r_MailDiagnostics.md); stopped = not Ready.
 * - Retries (troubleshooting-notification-emails.md, Australia, "Exponential back-off retries"; the
 *   email properties reference, Australia): an answer whose code is in `glide.smtp.defer_retry_ids`
 *   (default 421,450,451,452, "SMTP codes that cause a resend") is retried at intervals of 1, 5, 10,
 *   20, 40, 60, 120, 120 minutes with the type send-retry-backoff; another 4xx is retried the same way
 *   while `glide.smtp.default_retry` (default true, "resend on unknown SMTP codes") is not false;
 *   "all other status codes such as 5xx are considered as permanent failure": send-failed, never
 *   retried. An address-validation error (here: every recipient refused with a 4xx at RCPT TO) is
 *   send-retry-delayed, retried every 30 minutes (troubleshooting-notification-emails.md: "address
 *   validation error, retried every 30 minutes").
 * - The lookback, by creation: "Any email older than 24 hours will not be sent by the system"
 *   (`glide.email.smtp.claim.lookback.hrs`, default 24, additional email properties): the sender
 *   picks up no email, send-ready or retrying, whose sys_created_on is older than that. A send-ready
 *   one stays send-ready, unsent, for good.
 *   UNCONFIRMED: what becomes of a retrying email once the lookback passes (modelled: send-failed with
 *   its last answer, at its next due attempt), what follows the last listed interval (modelled: 120
 *   minutes again), which 4xx at RCPT the instance counts as address validation, and whether releases
 *   before Australia retry a 5xx outside glide.smtp.fail_message_ids (500-504, 550-554) such as 535
 *   when glide.smtp.default_retry is true (modelled as Australia documents: never).
 * - Error string: the server's answer as it came ("535 5.7.3 Authentication unsuccessful").
 *   UNCONFIRMED: the exact text the instance stores (its Java mail client may prefix an exception
 *   name, e.g. "AuthenticationFailedException: 535 5.7.3 ..."); code that classifies error
 *   strings must look for the SMTP code and text inside the string, not compare it whole.
 * - Token: the account's stored access token as the platform holds it (the realm's OAuth token
 *   store, platform.oauth, keyed by the account's sys_id and its OAuth profile). An expired or
 *   revoked token is sent as it is and refused by the server, as a token the platform has not yet
 *   refreshed would be. UNCONFIRMED: whether the instance's sender refreshes an expired token itself
 *   before sending (the platform's "Refresh email access token" job keeps it fresh every 3 minutes).
 * - Several recipients, some refused: the message goes to the others and the email counts as sent
 *   (UNCONFIRMED on the instance); all refused: send-failed with the server's answer.
 */
import { createTransport, type Transporter } from 'nodemailer'
import { EMAIL_DEFAULTS } from '../../platform/email-defaults.ts'
import { formatGlideDateTime, platform, type Row } from '../../stand-ins/platform.ts'
import {
    EMAIL_ACCOUNT_FIELD,
    EMAIL_PROPERTY,
    EMAIL_TABLE,
    EMAIL_TYPE,
    SENDER_INTERVAL_SECONDS,
    SENDER_JOB_NAME,
    isTrue,
    jobIsReady,
    propertyIsFalse,
} from './email-records.ts'

/** Minutes between attempts for a 4xx answer (troubleshooting-notification-emails.md). */
export const RETRY_INTERVALS_MINUTES = [1, 5, 10, 20, 40, 60, 120, 120] as const
/** Minutes between attempts after an address-validation error (send-retry-delayed). */
export const DELAYED_RETRY_MINUTES = 30
/** glide.smtp.defer_retry_ids' default (email properties reference). */
export const DEFAULT_DEFER_RETRY_IDS = '421,450,451,452'
const DEFAULT_LOOKBACK_HOURS = 24
/** Emails one run sends at most, and how long it may take: a run is bounded like the instance's job. */
const MAX_EMAILS_PER_RUN = 200
const MAX_RUN_MS = 60000

export interface SmtpEndpoint {
    host: string
    port: number
    /** The STARTTLS certificate to trust. */
    certificate: string
}

export type SendOutcome = 'sent' | 'send-failed' | 'send-retry-backoff' | 'send-retry-delayed'

export interface SendAttempt {
    email: string
    subject: string
    outcome: SendOutcome
    /** The server's answer when the email was not sent. */
    errorString?: string
}

export interface SenderRun {
    /** Platform time of the run, ms. */
    at: number
    /** Why nothing was sent, when nothing was attempted. */
    skipped?: 'sender_stopped' | 'sending_disabled' | 'no_active_smtp_account'
    /** The account sent through (sys_id). */
    account?: string
    attempts: SendAttempt[]
}

interface RetryState {
    attempts: number
    nextAttemptAt: number
}

export class Sender {
    /** Retry bookkeeping per email (UNCONFIRMED where the instance keeps it; not on the record here). */
    private readonly retries = new Map<string, RetryState>()

    constructor(private readonly smtp: SmtpEndpoint) {}

    async run(): Promise<SenderRun> {
        const at = platform.clock.now()
        if (!jobIsReady(SENDER_JOB_NAME, SENDER_INTERVAL_SECONDS)) return { at, skipped: 'sender_stopped', attempts: [] }
        if (propertyIsFalse(EMAIL_PROPERTY.sendingEnabled)) return { at, skipped: 'sending_disabled', attempts: [] }
        const account = activeSmtpAccount()
        if (!account) return { at, skipped: 'no_active_smtp_account', attempts: [] }
        const due = this.dueEmails(at)
        if (due.length === 0) return { at, account: String(account.sys_id), attempts: [] }
        const transport = this.transport(account)
        const attempts: SendAttempt[] = []
        const startedMs = Date.now()
        try {
            for (const email of due) {
                if (attempts.length >= MAX_EMAILS_PER_RUN || Date.now() - startedMs > MAX_RUN_MS) break
                attempts.push(await this.send(transport, account, email))
            }
        } finally {
            transport.close()
        }
        return { at, account: String(account.sys_id), attempts }
    }

    /** Send-ready emails and retries that are due, none created before the lookback (by creation, as the platform claims them). */
    private dueEmails(now: number): Row[] {
        const oldest = now - lookbackHours() * 3600000
        return platform.db.rows(EMAIL_TABLE).filter((row) => {
            if (createdAt(row) < oldest) {
                // The platform no longer picks it up: a retry ends failed with its last answer (UNCONFIRMED, see the header); a send-ready one stays unsent.
                if (isRetryType(row.type)) this.giveUp(row)
                return false
            }
            if (row.type === EMAIL_TYPE.sendReady) return true
            return isRetryType(row.type) && (this.retries.get(String(row.sys_id))?.nextAttemptAt ?? 0) <= now
        })
    }

    private giveUp(row: Row): void {
        this.write(String(row.sys_id), { type: EMAIL_TYPE.sendFailed })
        this.retries.delete(String(row.sys_id))
    }

    private transport(account: Row): Transporter {
        const token = platform.oauth.token(String(account.sys_id), String(account.oauth_profile ?? ''))
        const user = String(account.user_name ?? '')
        return createTransport({
            host: this.smtp.host,
            port: this.smtp.port,
            secure: false,
            requireTLS: true,
            tls: { ca: this.smtp.certificate },
            // One connection for the run, as a sender job would keep; a refused login fails each email in turn.
            pool: true,
            maxConnections: 1,
            // No token held: no AUTH at all, and the server answers MAIL FROM with 530 5.7.57.
            ...(token?.accessToken ? { auth: { type: 'OAuth2' as const, user, accessToken: token.accessToken } } : {}),
        })
    }

    private async send(transport: Transporter, account: Row, email: Row): Promise<SendAttempt> {
        const sysId = String(email.sys_id)
        const subject = String(email.subject ?? '')
        const from = String(account.from || account.email_user_label || account.user_name || '')
        const testUser = String(platform.properties[EMAIL_PROPERTY.testUser] ?? '').trim()
        const messageId = String(email.message_id || `<${sysId}.${platform.clock.now()}@email-oauth-manager.test>`)
        try {
            await transport.sendMail({
                from,
                to: testUser || listOf(email.recipients),
                cc: testUser ? undefined : listOf(email.copied),
                bcc: testUser ? undefined : listOf(email.blind_copied),
                subject,
                ...(email.body ? { html: String(email.body) } : {}),
                ...(email.body_text ? { text: String(email.body_text) } : {}),
                messageId,
                // Every email the instance sends carries X-ServiceNow-Generated: true (KB0551482; test/platform/email-defaults.ts).
                headers: { [EMAIL_DEFAULTS.generatedHeader.name]: EMAIL_DEFAULTS.generatedHeader.value, ...(email.importance ? { Importance: String(email.importance) } : {}) },
            })
            this.write(sysId, { type: EMAIL_TYPE.sent, error_string: '', message_id: messageId, [EMAIL_ACCOUNT_FIELD]: String(account.sys_id) })
            this.retries.delete(sysId)
            return { email: sysId, subject, outcome: 'sent' }
        } catch (error) {
            const failure = error as { response?: string; responseCode?: number; command?: string; message: string }
            const errorString = failure.response ?? failure.message
            const retry = retryTypeOf(failure)
            if (retry !== null && this.scheduleRetry(email, retry)) {
                this.write(sysId, { type: retry, error_string: errorString, [EMAIL_ACCOUNT_FIELD]: String(account.sys_id) })
                return { email: sysId, subject, outcome: retry, errorString }
            }
            this.write(sysId, { type: EMAIL_TYPE.sendFailed, error_string: errorString, [EMAIL_ACCOUNT_FIELD]: String(account.sys_id) })
            this.retries.delete(sysId)
            return { email: sysId, subject, outcome: 'send-failed', errorString }
        }
    }

    /** Plans the next attempt of a retried failure; false once the lookback period has lapsed. */
    private scheduleRetry(email: Row, type: RetryType): boolean {
        const now = platform.clock.now()
        if (now - createdAt(email) >= lookbackHours() * 3600000) return false
        const sysId = String(email.sys_id)
        const attempts = (this.retries.get(sysId)?.attempts ?? 0) + 1
        const minutes = type === EMAIL_TYPE.sendRetryDelayed ? DELAYED_RETRY_MINUTES : RETRY_INTERVALS_MINUTES[Math.min(attempts, RETRY_INTERVALS_MINUTES.length) - 1]
        this.retries.set(sysId, { attempts, nextAttemptAt: now + minutes * 60000 })
        return true
    }

    private write(sysId: string, fields: Row): void {
        platform.db.update(EMAIL_TABLE, sysId, { ...fields, sys_updated_on: formatGlideDateTime(platform.clock.now()) })
    }
}

type RetryType = typeof EMAIL_TYPE.sendRetryBackoff | typeof EMAIL_TYPE.sendRetryDelayed

function isRetryType(type: unknown): boolean {
    return type === EMAIL_TYPE.sendRetryBackoff || type === EMAIL_TYPE.sendRetryDelayed
}

/**
 * How the platform treats a refused send (see the header): every recipient refused with a 4xx at RCPT
 * TO is an address-validation error (send-retry-delayed); a code in glide.smtp.defer_retry_ids, or any
 * other 4xx while glide.smtp.default_retry is not false, is retried with back-off; no code at all (the
 * connection failed) is retried too; 5xx is final (null).
 */
export function retryTypeOf(failure: { responseCode?: number; command?: string }): RetryType | null {
    const code = failure.responseCode
    if (code === undefined) return EMAIL_TYPE.sendRetryBackoff
    if (code < 400 || code >= 500) return null
    if (failure.command === 'RCPT TO') return EMAIL_TYPE.sendRetryDelayed
    const deferIds = String(platform.properties[EMAIL_PROPERTY.deferRetryIds] ?? DEFAULT_DEFER_RETRY_IDS)
        .split(',')
        .map((id) => id.trim())
    if (deferIds.includes(String(code))) return EMAIL_TYPE.sendRetryBackoff
    return propertyIsFalse(EMAIL_PROPERTY.defaultRetry) ? null : EMAIL_TYPE.sendRetryBackoff
}

function lookbackHours(): number {
    return Number(platform.properties[EMAIL_PROPERTY.retryLookbackHours] ?? DEFAULT_LOOKBACK_HOURS) || DEFAULT_LOOKBACK_HOURS
}

function createdAt(email: Row): number {
    return Date.parse(`${String(email.sys_created_on).replace(' ', 'T')}Z`)
}

/** The one active SMTP account (the platform allows one); the first by creation if several are active. */
export function activeSmtpAccount(): Row | undefined {
    return platform.db.rows('sys_email_account').find((row) => row.type === 'smtp' && isTrue(row.active))
}

function listOf(value: unknown): string[] | undefined {
    const addresses = String(value ?? '')
        .split(',')
        .map((address) => address.trim())
        .filter((address) => address !== '')
    return addresses.length > 0 ? addresses : undefined
}
