/**
 * A stand-in of the platform's email engine in the end-to-end world, so mail flow is proved
 * against real mail servers: outbound Email records leave through smtp-server (SASL XOAUTH2 with
 * the outbound account's stored token) and are delivered into Dovecot; the reader logs in to
 * Dovecot with each inbound account's stored token, creates received Email records and runs the
 * inbound email actions, the app's (from dist/app) and the test world's.
 *
 * API (the world builds it: `const world = await World.start({ mailEngine: true })`, then `world.mail`):
 *
 *   world.mail.queueEmail({ to, subject, body?, bodyText?, cc?, bcc? }) → sys_id
 *       an outbound email record (type send-ready), as a notification or a script creates one.
 *   await world.mail.runSender()  → SenderRun { at, skipped?, account?, attempts[{ email, subject, outcome, errorString? }] }
 *       one run of the "SMTP Sender" job: every due email through the active SMTP account; a row
 *       becomes sent, send-failed (5xx: error_string = the server's answer, never retried) or
 *       send-retry-backoff (4xx: retried after 1, 5, 10, 20, 40, 60, 120, 120 minutes of platform time).
 *   await world.mail.runReader()  → ReaderRun { at, skipped?, accounts[{ account, name, login, outcome, error?, received[{ email, subject, actions[] }] }] }
 *       one run of the "Email Reader" job over every active IMAP account.
 *   await world.mail.runDue()     → both jobs, each only if its interval (60 s / 120 s) has passed
 *       on the platform clock since its last run: call it after world.advance() to let the
 *       platform's jobs run on the world's one clock.
 *   world.mail.stopSender() / startSender() / stopReader() / startReader()
 *       the Schedule [sys_trigger] records "SMTP Sender" and "Email Reader" set not Ready / Ready.
 *   world.mail.addInboundAction({ name, script, order?, table?, stopProcessing?, conditionScript?, filterCondition?, active?, type? }) → sys_id
 *   world.mail.addCreateIncidentAction(order = 100) → sys_id: the platform's "Create Incident", stand-in
 *   world.mail.setFilter('ignoreHeader' | 'junkSenderEqualsRecipient', active): the two default email
 *       filters, both on by default (test/platform/email-defaults.ts): mail the instance sent to itself
 *       is stored received-ignored and reaches no flow and no action.
 *   world.mail.addInboundFlow({ name, matches?, run?, stopProcessing?, active? }): a flow with an inbound
 *       email trigger, run before every action.
 *   world.mail.emails(type?) → the sys_email rows (optionally of one type), in creation order
 *   world.smtp.script({ stage: 'login' | 'mail-from' | 'rcpt', address, answer, times? }) / clearScript(address?)
 *       scripted Exchange answers (test/servers/smtp-answers.ts EXCHANGE_ANSWERS), e.g.
 *       world.smtp.script({ stage: 'login', address: world.notifier.login, answer: EXCHANGE_ANSWERS.smtpAuthDisabledForMailbox })
 *   world.dovecot.deliver(user, rawMessage): put a message straight into a mailbox (mail from outside).
 *
 * Properties honoured (platform.properties): glide.email.allow_duplicate_message_ids, glide.email.smtp.active, glide.email.read.active,
 * glide.email.test.user, glide.email.smtp.claim.lookback.hrs, com.glide.email.max_read,
 * glide.email.reply_subject_prefix, glide.email.forward_subject_prefix.
 *
 * With `mailEngine: true` the world's notifications are not sent directly any more: each becomes a
 * send-ready email record (SentNotification.email) that the sender sends, as on the instance.
 *
 * What ServiceNow documents and what is UNCONFIRMED: see the headers of email-records.ts,
 * sender.ts, reader.ts and inbound-actions.ts, and README.md beside this file.
 */
import type { EmailFilterName } from '../../platform/email-defaults.ts'
import { platform, type Row } from '../../stand-ins/platform.ts'
import type { DovecotServer } from '../../servers/dovecot.ts'
import type { TestSmtpServer } from '../../servers/smtp.ts'
import type { BuiltAppRunner } from '../runner/built-app-runner.ts'
import {
    EMAIL_STATE,
    EMAIL_TABLE,
    EMAIL_TYPE,
    READER_INTERVAL_SECONDS,
    READER_JOB_NAME,
    SENDER_INTERVAL_SECONDS,
    SENDER_JOB_NAME,
    TRIGGER_STATE,
    jobTrigger,
    setJobState,
} from './email-records.ts'
import { addInboundAction, CREATE_INCIDENT_ACTION, type InboundActionSpec } from './inbound-actions.ts'
import { InboundProcessing, type InboundFlowSpec } from './inbound-filters.ts'
import { Reader, type ReaderRun } from './reader.ts'
import { Sender, type SenderRun } from './sender.ts'

export { EMAIL_ACCOUNT_FIELD, EMAIL_PROPERTY, EMAIL_STATE, EMAIL_TABLE, EMAIL_TYPE, READER_JOB_NAME, SENDER_JOB_NAME, TRIGGER_STATE } from './email-records.ts'
export { ACTION_TABLE, CREATE_INCIDENT_ACTION, type ActionRun, type InboundActionSpec } from './inbound-actions.ts'
export type { AccountRead, ReaderRun, ReceivedEmail } from './reader.ts'
export type { FlowRun, InboundFlowSpec } from './inbound-filters.ts'
export type { EmailFilterName } from '../../platform/email-defaults.ts'
export { RETRY_INTERVALS_MINUTES, type SendAttempt, type SenderRun } from './sender.ts'
export { EXCHANGE_ANSWERS, answerLine, type SmtpAnswer } from '../../servers/smtp-answers.ts'

export interface OutboundEmail {
    /** Direct recipients, comma-separated or a list. */
    to: string | string[]
    subject: string
    /** HTML body (the record's Body). */
    body?: string
    /** Text body (the record's Body text). */
    bodyText?: string
    cc?: string | string[]
    bcc?: string | string[]
    /** Extra fields of the record, e.g. target_table and instance. */
    fields?: Row
}

export class MailEngine {
    readonly senderRuns: SenderRun[] = []
    readonly readerRuns: ReaderRun[] = []
    private readonly sender: Sender
    private readonly reader: Reader
    /** The email filters (both default ones active), duplicate Message-IDs and inbound flows, before the actions. */
    readonly inbound = new InboundProcessing()
    private lastSenderRun = -Infinity
    private lastReaderRun = -Infinity

    constructor(servers: { smtp: TestSmtpServer; dovecot: DovecotServer }, runner: () => BuiltAppRunner) {
        this.sender = new Sender(servers.smtp)
        this.reader = new Reader(servers.dovecot, runner, this.inbound)
        // The platform ships both jobs Ready.
        jobTrigger(SENDER_JOB_NAME, SENDER_INTERVAL_SECONDS)
        jobTrigger(READER_JOB_NAME, READER_INTERVAL_SECONDS)
    }

    queueEmail(email: OutboundEmail): string {
        const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : (value ?? ''))
        return platform.db.insert(EMAIL_TABLE, {
            type: EMAIL_TYPE.sendReady,
            state: EMAIL_STATE.ready,
            notification_type: 'SMTP',
            recipients: list(email.to),
            copied: list(email.cc),
            blind_copied: list(email.bcc),
            subject: email.subject,
            body: email.body ?? '',
            body_text: email.bodyText ?? '',
            ...(email.fields ?? {}),
        })
    }

    async runSender(): Promise<SenderRun> {
        this.lastSenderRun = platform.clock.now()
        const run = await this.sender.run()
        this.senderRuns.push(run)
        return run
    }

    async runReader(): Promise<ReaderRun> {
        this.lastReaderRun = platform.clock.now()
        const run = await this.reader.run()
        this.readerRuns.push(run)
        return run
    }

    /** Runs each job whose interval has passed on the platform clock since its last run (sender first). */
    async runDue(): Promise<{ sender?: SenderRun; reader?: ReaderRun }> {
        const now = platform.clock.now()
        const due: { sender?: SenderRun; reader?: ReaderRun } = {}
        if (now - this.lastSenderRun >= SENDER_INTERVAL_SECONDS * 1000) due.sender = await this.runSender()
        if (now - this.lastReaderRun >= READER_INTERVAL_SECONDS * 1000) due.reader = await this.runReader()
        return due
    }

    stopSender(): void {
        setJobState(SENDER_JOB_NAME, SENDER_INTERVAL_SECONDS, TRIGGER_STATE.stopped)
    }
    startSender(): void {
        setJobState(SENDER_JOB_NAME, SENDER_INTERVAL_SECONDS, TRIGGER_STATE.ready)
    }
    stopReader(): void {
        setJobState(READER_JOB_NAME, READER_INTERVAL_SECONDS, TRIGGER_STATE.stopped)
    }
    startReader(): void {
        setJobState(READER_JOB_NAME, READER_INTERVAL_SECONDS, TRIGGER_STATE.ready)
    }

    addInboundAction(spec: InboundActionSpec): string {
        return addInboundAction(spec)
    }

    /** Switches one of the two default email filters off (or on again) for this test. */
    setFilter(name: EmailFilterName, active: boolean): void {
        this.inbound.setFilter(name, active)
    }

    /** An active flow with an inbound email trigger: it runs before every inbound email action. */
    addInboundFlow(flow: InboundFlowSpec): void {
        this.inbound.flows.push(flow)
    }

    addCreateIncidentAction(order = CREATE_INCIDENT_ACTION.order): string {
        return addInboundAction({ ...CREATE_INCIDENT_ACTION, order })
    }

    emails(type?: string): Row[] {
        return platform.db.rows(EMAIL_TABLE).filter((row) => type === undefined || row.type === type)
    }
}
