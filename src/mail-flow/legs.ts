import { classifyMailError } from './codes.ts'
import { CANARY_NOTIFICATION_NAME } from './names.ts'
import type { MailFlowSettings } from './settings.ts'

/**
 * What became of a canary, and when it did not come back, which leg failed. Pure: the canary, its
 * email record and the facts about the instance's mail machinery in; a verdict out.
 *
 * Outbound leg: the email is send-failed (the platform's error text is quoted and classified), or it
 * is still waiting to be sent after x_mail_oauth.canary_send_bound_minutes (sending switched off, the
 * SMTP Sender job stopped, no active outbound account). Inbound leg: it was sent but not read within
 * x_mail_oauth.canary_arrival_bound_minutes (the account or the reader job inactive, receiving off,
 * the mailbox refusing the token, the message filtered away or read by another instance).
 */

export type Leg = 'outbound' | 'inbound'

export const CANARY_CODE = {
    sendFailed: 'canary_send_failed',
    sendIgnored: 'canary_send_ignored',
    emailMissing: 'canary_email_missing',
    sendingOff: 'canary_sending_off',
    senderJobStopped: 'canary_sender_job_stopped',
    noOutbound: 'canary_no_outbound_account',
    notSent: 'canary_not_sent',
    /**
     * Not an outage: the platform is retrying the canary itself (send-retry-backoff after a 4xx answer,
     * send-retry-delayed after an address-validation error). Shown on the row, no alert.
     */
    sendRetrying: 'canary_send_retrying',
    /** The platform retried the canary until its lookback (glide.email.smtp.claim.lookback.hrs) ran out: it never left. */
    retriesExhausted: 'canary_retries_exhausted',
    inboundAccountInactive: 'canary_inbound_account_inactive',
    receivingOff: 'canary_receiving_off',
    readerJobStopped: 'canary_reader_job_stopped',
    inboundToken: 'canary_inbound_token',
    inboundRefused: 'canary_inbound_login_refused',
    notRead: 'canary_not_read',
    /** Not a failed leg: the app's inbound action is inactive, so it sends no canary (one would reach the other actions). */
    actionInactive: 'canary_action_inactive',
    /** Not a failed leg: the mailbox holds no usable token (Token health: needs authorization), so it gets no canary until it is authorized. */
    needsAuthorization: 'canary_mailbox_needs_authorization',
    /** Not a failed leg: the mailbox has no address to send a canary to. */
    noAddress: 'canary_mailbox_no_address',
} as const

export type CanaryCode = (typeof CANARY_CODE)[keyof typeof CANARY_CODE]

/** The codes that name the outbound leg: the instance's email does not leave (so alert emails may not either). */
export const OUTBOUND_LEG_CODES: readonly string[] = [
    CANARY_CODE.sendFailed,
    CANARY_CODE.sendIgnored,
    CANARY_CODE.emailMissing,
    CANARY_CODE.sendingOff,
    CANARY_CODE.senderJobStopped,
    CANARY_CODE.noOutbound,
    CANARY_CODE.notSent,
    CANARY_CODE.retriesExhausted,
]

export interface CanaryFacts {
    queuedAt: number
    /** The canary's sys_email row; null while the notification has not made it yet, or when it is gone. createdAt: its sys_created_on (the platform's lookback counts from it). */
    email: { type: string; errorString: string; updatedAt: number; createdAt?: number } | null
}

/** The platform's retry types (ServiceNow docs, Troubleshooting notification emails). */
export const RETRY_TYPES: readonly string[] = ['send-retry-backoff', 'send-retry-delayed']

/** glide.email.smtp.claim.lookback.hrs when the instance does not say (its documented default). */
export const DEFAULT_LOOKBACK_HOURS = 24

export interface MailPathFacts {
    /** glide.email.smtp.active */
    sendingEnabled: boolean
    /** glide.email.read.active */
    receivingEnabled: boolean
    /** The SMTP Sender job is scheduled and not overdue; null when it could not be read. */
    senderJobRunning: boolean | null
    readerJobRunning: boolean | null
    /** The active outbound account's name (SMTP or Microsoft Graph (Send)); null when there is none. */
    outboundAccount: string | null
    /** glide.email.smtp.claim.lookback.hrs: email older than this (by creation) is not sent any more. Default 24. */
    lookbackHours?: number
    inbound: {
        name: string
        active: boolean
        /** The token health row's status ('' when none yet) and its sentence. */
        tokenStatus: string
        tokenMessage: string
        /** What the reader recorded about its last login to this mailbox, when it refused the token; '' when nothing. */
        loginError: string
    }
}

export type Verdict =
    /** Still on its way: nothing to say yet. */
    | { kind: 'waiting'; state: 'queued' | 'sent'; sentAt: number | null }
    /** The platform is retrying it (outbound leg slow or throttled): named on the row, not an incident. */
    | { kind: 'retrying'; leg: 'outbound'; code: CanaryCode; message: string; mailCode: string }
    | { kind: 'failed'; state: 'send_failed' | 'stuck' | 'lost'; leg: Leg; code: CanaryCode; message: string; mailCode: string; sentAt: number | null }

const MINUTE = 60000

export function judgeCanary(canary: CanaryFacts, path: MailPathFacts, now: number, settings: Pick<MailFlowSettings, 'canarySendBoundMinutes' | 'canaryArrivalBoundMinutes'>): Verdict {
    const email = canary.email
    if (email === null) {
        // The notification makes the email when the event is processed: none yet is normal for a while.
        if (now - canary.queuedAt < settings.canarySendBoundMinutes * MINUTE) return { kind: 'waiting', state: 'queued', sentAt: null }
        return failed(
            'stuck',
            'outbound',
            CANARY_CODE.emailMissing,
            `No email was made for the canary within ${settings.canarySendBoundMinutes} minutes of its event, so it never left: the notification "${CANARY_NOTIFICATION_NAME}" is inactive or was changed (System Notification > Email > Notifications), the instance's event queue is far behind (System Policy > Events > Event Log), or the email was deleted before it was sent.`,
            '',
            null,
        )
    }
    switch (email.type) {
        case 'send-failed': {
            const mail = classifyMailError(email.errorString)
            const said = email.errorString.trim() === '' ? 'the mail server gave no error text' : `the mail server answered: "${email.errorString.trim().slice(0, 300)}"`
            return failed('send_failed', 'outbound', CANARY_CODE.sendFailed, `The canary could not be sent through ${path.outboundAccount ?? 'the outbound account'}: ${said} (${mail.code}). ${mail.fix}`, mail.code, null)
        }
        case 'send-retry-backoff':
        case 'send-retry-delayed':
            return retrying(canary, email, path, now)
        case 'send-ignored':
            return failed('send_failed', 'outbound', CANARY_CODE.sendIgnored, `The platform skipped sending the canary (send-ignored): ${email.errorString.trim() || 'no reason recorded'}. Check the email properties (System Properties > Email Properties), for example a test address that all email is sent to.`, '', null)
        case 'sent': {
            if (now - email.updatedAt < settings.canaryArrivalBoundMinutes * MINUTE) return { kind: 'waiting', state: 'sent', sentAt: email.updatedAt }
            const [code, message] = inboundCause(path)
            return failed('lost', 'inbound', code, message, '', email.updatedAt)
        }
        default: {
            // send-ready (or translation-ready): still in the outbox.
            if (now - canary.queuedAt < settings.canarySendBoundMinutes * MINUTE) return { kind: 'waiting', state: 'queued', sentAt: null }
            const [code, message] = outboundStuckCause(path, settings.canarySendBoundMinutes)
            return failed('stuck', 'outbound', code, message, '', null)
        }
    }
}

/**
 * A canary the platform retries: the outbound leg retrying, with the server's answer, until the
 * platform's lookback runs out (then it never leaves: the outbound leg failed). The lookback counts
 * from the email's creation (ServiceNow docs, additional email properties).
 */
function retrying(canary: CanaryFacts, email: NonNullable<CanaryFacts['email']>, path: MailPathFacts, now: number): Verdict {
    const lookbackHours = path.lookbackHours ?? DEFAULT_LOOKBACK_HOURS
    const created = email.createdAt ?? canary.queuedAt
    const mail = classifyMailError(email.errorString)
    const answer = email.errorString.trim() === '' ? 'no error text' : `"${email.errorString.trim().slice(0, 300)}"`
    const how = email.type === 'send-retry-delayed' ? 'an address-validation error, retried every 30 minutes' : 'a temporary refusal (4xx), retried with growing intervals'
    if (now - created >= lookbackHours * 3600000) {
        return failed('send_failed', 'outbound', CANARY_CODE.retriesExhausted, `The platform retried the canary through ${path.outboundAccount ?? 'the outbound account'} (${how}; last answer ${answer}) until it was older than glide.email.smtp.claim.lookback.hrs (${lookbackHours} h): it never left. Mail through this account has not left for that long: check the account's sending limits and System Mailboxes > Email Diagnostics.`, mail.code, null)
    }
    return {
        kind: 'retrying',
        leg: 'outbound',
        code: CANARY_CODE.sendRetrying,
        message: `The outbound leg is retrying: the platform holds the canary in ${email.type} (${how}); the server answered ${answer}. Mail is delayed, not lost: the platform keeps trying for ${lookbackHours} h from its creation (glide.email.smtp.claim.lookback.hrs). A mailbox that is throttled (Exchange Online: 30 messages a minute) recovers by itself; one that stays so needs its sending limits checked.`,
        mailCode: mail.code,
    }
}

function failed(state: 'send_failed' | 'stuck' | 'lost', leg: Leg, code: CanaryCode, message: string, mailCode: string, sentAt: number | null): Verdict {
    return { kind: 'failed', state, leg, code, message, mailCode, sentAt }
}

function outboundStuckCause(path: MailPathFacts, bound: number): [CanaryCode, string] {
    const still = `The canary is still waiting in the outbox after ${bound} minutes`
    if (!path.sendingEnabled) return [CANARY_CODE.sendingOff, `${still}: email sending is switched off on this instance (glide.email.smtp.active is false). Turn on "Email sending enabled" in System Properties > Email Properties.`]
    if (path.outboundAccount === null) return [CANARY_CODE.noOutbound, `${still}: the instance has no active outbound email account (neither SMTP nor Microsoft Graph (Send)). Activate one under System Mailboxes > Administration > Email Accounts.`]
    if (path.senderJobRunning === false) return [CANARY_CODE.senderJobStopped, `${still}: the platform's SMTP Sender job is not running. Check it under System Mailboxes > Email Diagnostics (SMTP Sender Job).`]
    return [CANARY_CODE.notSent, `${still} although sending is on and the SMTP Sender job runs: the outbound account ${path.outboundAccount} cannot connect or is very slow. Open System Mailboxes > Email Diagnostics and the account's Test Connection.`]
}

/** What the reader logs when the account holds no access token at all: no login was attempted, none was refused. */
const NO_TOKEN = /no (OAuth )?access token|holds no .*token/i

function inboundCause(path: MailPathFacts): [CanaryCode, string] {
    const mailbox = path.inbound.name
    const sent = `The canary left the instance but was not read back from ${mailbox}`
    if (!path.inbound.active) return [CANARY_CODE.inboundAccountInactive, `${sent}: the email account is inactive. Tick Active on its form.`]
    if (!path.receivingEnabled) return [CANARY_CODE.receivingOff, `${sent}: email receiving is switched off (glide.email.read.active is false). Turn on "Email receiving enabled" in System Properties > Email Properties.`]
    if (path.readerJobRunning === false) return [CANARY_CODE.readerJobStopped, `${sent}: the platform's email reader job is not running. Check it under System Mailboxes > Email Diagnostics (Email Reader Job).`]
    // The token first: a mailbox with none (never authorized, or revoked) did not refuse anything, and the reader's
    // "holds no OAuth access token" line is no refused login.
    if (path.inbound.tokenStatus !== '' && path.inbound.tokenStatus !== 'ok') {
        return [CANARY_CODE.inboundToken, `${sent}: its OAuth token is not usable (${path.inbound.tokenStatus}). ${path.inbound.tokenMessage}`]
    }
    if (NO_TOKEN.test(path.inbound.loginError)) {
        return [CANARY_CODE.inboundToken, `${sent}: the email reader found no OAuth access token for the account ("${path.inbound.loginError.slice(0, 200)}"). Authorize it: Authorize Email Account Access on the email account form.`]
    }
    if (path.inbound.loginError !== '') {
        return [CANARY_CODE.inboundRefused, `${sent}: the mailbox refused the account's token when the reader signed in ("${path.inbound.loginError.slice(0, 200)}"). The token may belong to another user: check Authorized identity under Email OAuth Manager > Token health and authorize the account again as the mailbox.`]
    }
    return [
        CANARY_CODE.notRead,
        `${sent}, although the account, the reader job and the token look healthy: the mailbox may refuse the token (authorized as another user), a mail rule or spam filter may have moved the message out of the Inbox, or another instance reading the same mailbox took it. Look for the canary in the mailbox and check Authorized identity under Email OAuth Manager > Token health.`,
    ]
}
