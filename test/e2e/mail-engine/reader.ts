/**
 * The platform's "Email Reader" job, modelled: for each active inbound (IMAP) email account, log in
 * to Dovecot with the account's stored OAuth access token, fetch the unread messages, create a
 * received Email record for each, delete what was read from the server, then run the inbound email
 * actions on each new record (inbound-actions.ts).
 *
 * What ServiceNow documents, and what the stand-in does with it:
 * - The job: "Email Reader" Schedule record, "downloads any email waiting on the mail server and
 *   creates email.read events" (r_MailDiagnostics.md); stopped = not Ready.
 * - Email receiving enabled, `glide.email.read.active` = false: nothing is read (r_InboundMailConfiguration.md).
 * - An inactive account is not read (c_EmailAccounts.md: accounts "can be deactivated").
 * - Delete, not mark: "Emails received via a POP3 or IMAP server account are stored in the Email
 *   [sys_email] table and then deleted from the account ... After a mail is read from a POP or
 *   IMAP account that you have configured, ServiceNow deletes the email from the server"
 *   (c_EmailAccounts.md, Tokyo; c_SystemMailboxes.md "once the instance pulls an email message, it
 *   is deleted from the mail server"). KB0688478: the reader reads 20 emails a cycle
 *   (com.glide.email.max_read), sends a delete for those, then reads the next 20. KB2713015: only
 *   unread messages are retrieved, so one another client marked read is not picked up.
 * - The record: type received, state ready until the actions ran, subject, body (HTML), body_text,
 *   headers, recipients (To), copied (Cc), user (the sender's address), uid, content_type, importance
 *   (r_EmailLogs.md, email-api.md); the account it came through in EMAIL_ACCOUNT_FIELD (UNCONFIRMED
 *   column, see email-records.ts).
 * - A login the mail server refuses: the account is skipped with the server's answer, the others
 *   are read. UNCONFIRMED where the instance shows it (Email Diagnostics tests each account's
 *   connection when the page loads; the job logs it): the stand-in writes a `syslog` row (level
 *   error, source "EmailReader", the account and the server's answer) and reports it in the run.
 *   ServiceNow's troubleshooting list names the IMAP answer "AUTHENTICATE failed" for OAuth.
 * - Mechanism: the instance uses SASL XOAUTH2. imapflow takes OAUTHBEARER when the server offers
 *   it: start the world with `imapMechanisms: ['xoauth2']` (Outlook's offer) for an exact model.
 */
import { ImapFlow, type FetchMessageObject, type MessageStructureObject } from 'imapflow'
import type { Readable } from 'node:stream'
import { platform, type Row } from '../../stand-ins/platform.ts'
import type { BuiltAppRunner } from '../runner/built-app-runner.ts'
import {
    EMAIL_ACCOUNT_FIELD,
    EMAIL_PROPERTY,
    EMAIL_STATE,
    EMAIL_TABLE,
    EMAIL_TYPE,
    READER_INTERVAL_SECONDS,
    READER_JOB_NAME,
    isTrue,
    jobIsReady,
    propertyIsFalse,
} from './email-records.ts'
import { runInboundActions, type ActionRun } from './inbound-actions.ts'
import type { FlowRun, InboundProcessing } from './inbound-filters.ts'

/** KB0688478: emails read per cycle unless com.glide.email.max_read says otherwise. */
const DEFAULT_MAX_READ = 20
/** Cycles per account and real time per run, so a run always ends. */
const MAX_CYCLES = 50
const MAX_RUN_MS = 60000

export interface ImapEndpoint {
    host: string
    port: number
}

export interface ReceivedEmail {
    /** The sys_email record's sys_id. */
    email: string
    subject: string
    /** The filter that ignored it (stored received-ignored, not processed: no flow, no action); absent when none did. */
    ignoredBy?: string
    /** The inbound email flows that ran on it, before any action. */
    flows: FlowRun[]
    /** The inbound email actions that ran on it, in order. */
    actions: ActionRun[]
}

export interface AccountRead {
    account: string
    name: string
    login: string
    outcome: 'read' | 'login_refused' | 'unavailable' | 'no_token'
    /** The server's answer when the account could not be read. */
    error?: string
    received: ReceivedEmail[]
    /** Message-IDs read and dropped unstored: an email with that Message-ID was already received (KB0816001). */
    droppedDuplicates: string[]
}

export interface ReaderRun {
    at: number
    skipped?: 'reader_stopped' | 'receiving_disabled'
    accounts: AccountRead[]
}

export class Reader {
    constructor(
        private readonly imap: ImapEndpoint,
        private readonly runner: () => BuiltAppRunner,
        private readonly processing: InboundProcessing,
    ) {}

    async run(): Promise<ReaderRun> {
        const at = platform.clock.now()
        if (!jobIsReady(READER_JOB_NAME, READER_INTERVAL_SECONDS)) return { at, skipped: 'reader_stopped', accounts: [] }
        if (propertyIsFalse(EMAIL_PROPERTY.receivingEnabled)) return { at, skipped: 'receiving_disabled', accounts: [] }
        const accounts = platform.db.rows('sys_email_account').filter((row) => row.type === 'imap' && isTrue(row.active))
        const reads: AccountRead[] = []
        for (const account of accounts) reads.push(await this.readAccount(account))
        // Filters, then flows, then actions, after the mail is safely stored and deleted from the server, one email at a time.
        for (const read of reads) {
            for (const received of read.received) {
                const ignoredBy = this.processing.filter(received.email)
                if (ignoredBy !== null) {
                    received.ignoredBy = ignoredBy
                    continue
                }
                const flows = this.processing.runFlows(received.email)
                received.flows = flows.ran
                if (!flows.stopped) received.actions = runInboundActions(this.runner(), received.email)
            }
        }
        return { at, accounts: reads }
    }

    private async readAccount(account: Row): Promise<AccountRead> {
        const base = { account: String(account.sys_id), name: String(account.name ?? ''), login: String(account.user_name ?? ''), received: [] as ReceivedEmail[], droppedDuplicates: [] as string[] }
        const token = platform.oauth.token(base.account, String(account.oauth_profile ?? ''))
        if (!token?.accessToken) return this.failed(base, 'no_token', 'The email account holds no OAuth access token')
        const client = new ImapFlow({
            host: this.imap.host,
            port: this.imap.port,
            secure: false,
            doSTARTTLS: false,
            auth: { user: base.login, accessToken: token.accessToken },
            logger: false,
            connectionTimeout: 5000,
            greetingTimeout: 5000,
        })
        client.on('error', () => undefined)
        try {
            await client.connect()
        } catch (error) {
            client.close()
            const failure = error as { authenticationFailed?: boolean; serverResponseCode?: string; response?: string; responseText?: string; message: string }
            const answer = failure.responseText ?? failure.response ?? failure.message
            const refused = failure.authenticationFailed || failure.serverResponseCode === 'AUTHENTICATIONFAILED'
            return this.failed(base, refused ? 'login_refused' : 'unavailable', `${failure.serverResponseCode ? `[${failure.serverResponseCode}] ` : ''}${answer}`)
        }
        try {
            const lock = await client.getMailboxLock('INBOX')
            try {
                await this.readInbox(client, account, base)
            } finally {
                lock.release()
            }
            await client.logout()
        } finally {
            client.close()
        }
        return { ...base, outcome: 'read' }
    }

    private async readInbox(client: ImapFlow, account: Row, read: { received: ReceivedEmail[]; droppedDuplicates: string[] }): Promise<void> {
        const maxRead = Number(platform.properties['com.glide.email.max_read']) || DEFAULT_MAX_READ
        const startedMs = Date.now()
        for (let cycle = 0; cycle < MAX_CYCLES && Date.now() - startedMs < MAX_RUN_MS; cycle++) {
            const unread = (await client.search({ seen: false }, { uid: true })) || []
            if (unread.length === 0) return
            const batch = unread.slice(0, maxRead)
            for (const uid of batch) {
                const message = await client.fetchOne(String(uid), { envelope: true, headers: true, bodyStructure: true, uid: true }, { uid: true })
                if (!message) continue
                const messageId = message.envelope?.messageId ?? ''
                if (this.processing.isDuplicate(messageId)) {
                    read.droppedDuplicates.push(messageId)
                    continue
                }
                const email = await this.store(client, account, message)
                read.received.push({ email, subject: String(message.envelope?.subject ?? ''), flows: [], actions: [] })
            }
            // Stored first, then deleted from the server (KB0688478), so a failure never loses a message.
            await client.messageDelete(batch.join(','), { uid: true })
        }
    }

    private async store(client: ImapFlow, account: Row, message: FetchMessageObject): Promise<string> {
        const envelope = message.envelope
        const addresses = (list: Array<{ address?: string }> | undefined) => (list ?? []).map((entry) => entry.address ?? '').filter((address) => address !== '').join(',')
        const parts = textParts(message.bodyStructure)
        const text = parts.plain ? await download(client, message.uid, parts.plain) : ''
        const html = parts.html ? await download(client, message.uid, parts.html) : ''
        const headers = message.headers ? message.headers.toString('utf8') : ''
        const from = envelope?.from?.[0]?.address ?? ''
        return platform.db.insert(EMAIL_TABLE, {
            type: EMAIL_TYPE.received,
            state: EMAIL_STATE.ready,
            mailbox: 'inbox',
            subject: envelope?.subject ?? '',
            body: html || text,
            body_text: text || stripTags(html),
            headers,
            content_type: message.bodyStructure?.type ?? '',
            recipients: addresses(envelope?.to),
            copied: addresses(envelope?.cc),
            user: from,
            origemail: from,
            uid: String(message.uid),
            message_id: envelope?.messageId ?? '',
            importance: headerValue(headers, 'importance'),
            [EMAIL_ACCOUNT_FIELD]: String(account.sys_id),
        })
    }

    private failed(base: Omit<AccountRead, 'outcome'>, outcome: AccountRead['outcome'], error: string): AccountRead {
        platform.db.insert('syslog', { level: 'error', source: 'EmailReader', message: `Email account '${base.name}' (${base.login}): ${error}` })
        return { ...base, outcome, error }
    }
}

/** The first text/plain and text/html parts that are not attachments ('1' for a single-part message). */
function textParts(structure: MessageStructureObject | undefined): { plain?: string; html?: string } {
    const found: { plain?: string; html?: string } = {}
    const visit = (node: MessageStructureObject) => {
        if (node.childNodes?.length) return node.childNodes.forEach(visit)
        if (node.disposition === 'attachment') return
        const part = node.part ?? '1'
        if (node.type === 'text/plain' && !found.plain) found.plain = part
        if (node.type === 'text/html' && !found.html) found.html = part
    }
    if (structure) visit(structure)
    return found
}

async function download(client: ImapFlow, uid: number, part: string): Promise<string> {
    const { content } = await client.download(String(uid), part, { uid: true })
    const chunks: Buffer[] = []
    for await (const chunk of content as Readable) chunks.push(Buffer.from(chunk as Buffer))
    return Buffer.concat(chunks).toString('utf8')
}

function headerValue(headers: string, name: string): string {
    const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)
    return match ? match[1].trim() : ''
}

function stripTags(html: string): string {
    return html
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
}
