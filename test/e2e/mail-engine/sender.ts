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
 * - Retries (troubleshooting-notification-emails.md, Australia, "Exponential back-off retries"):
 *   4xx answers are retried at intervals of 1, 5, 10, 20, 40, 60, 120, 120 minutes, the type set to
 *   send-retry-backoff, until the lookback period `glide.email.smtp.claim.lookback.hrs` lapses;
 *   "all other status codes such as 5xx are considered as permanent failure": send-failed, never
 *   retried. Older releases used glide.smtp.defer_retry_ids / fail_message_ids instead (the
 *   Australia page says they "aren't considered"); the stand-in models Australia.
 *   UNCONFIRMED: the lookback's default (modelled as 24 h), what follows the last listed interval
 *   (modelled: 120 minutes again), and address-validation errors (send-retry-delayed every 30
 *   minutes on the instance; not modelled: 550 5.1.1 is a permanent failure here).
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

export type SendOutcome = 'sent' | 'send-failed' | 'send-retry-backoff'

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

    private dueEmails(now: number): Row[] {
        return platform.db
            .rows(EMAIL_TABLE)
            .filter((row) => row.type === EMAIL_TYPE.sendReady || (row.type === EMAIL_TYPE.sendRetryBackoff && (this.retries.get(String(row.sys_id))?.nextAttemptAt ?? 0) <= now))
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
            const failure = error as { response?: string; responseCode?: number; message: string }
            const errorString = failure.response ?? failure.message
            const transient = failure.responseCode === undefined || (failure.responseCode >= 400 && failure.responseCode < 500)
            if (transient && this.scheduleRetry(email)) {
                this.write(sysId, { type: EMAIL_TYPE.sendRetryBackoff, error_string: errorString, [EMAIL_ACCOUNT_FIELD]: String(account.sys_id) })
                return { email: sysId, subject, outcome: 'send-retry-backoff', errorString }
            }
            this.write(sysId, { type: EMAIL_TYPE.sendFailed, error_string: errorString, [EMAIL_ACCOUNT_FIELD]: String(account.sys_id) })
            this.retries.delete(sysId)
            return { email: sysId, subject, outcome: 'send-failed', errorString }
        }
    }

    /** Plans the next attempt of a 4xx failure; false once the lookback period has lapsed. */
    private scheduleRetry(email: Row): boolean {
        const now = platform.clock.now()
        const lookbackHours = Number(platform.properties[EMAIL_PROPERTY.retryLookbackHours] ?? DEFAULT_LOOKBACK_HOURS) || DEFAULT_LOOKBACK_HOURS
        const created = Date.parse(`${String(email.sys_created_on).replace(' ', 'T')}Z`)
        if (now - created >= lookbackHours * 3600000) return false
        const sysId = String(email.sys_id)
        const attempts = (this.retries.get(sysId)?.attempts ?? 0) + 1
        const minutes = RETRY_INTERVALS_MINUTES[Math.min(attempts, RETRY_INTERVALS_MINUTES.length) - 1]
        this.retries.set(sysId, { attempts, nextAttemptAt: now + minutes * 60000 })
        return true
    }

    private write(sysId: string, fields: Row): void {
        platform.db.update(EMAIL_TABLE, sysId, { ...fields, sys_updated_on: formatGlideDateTime(platform.clock.now()) })
    }
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
