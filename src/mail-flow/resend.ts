import { classifyMailError } from './codes.ts'
import { markerOfSubject } from './marker.ts'
import type { MailFlowSettings } from './settings.ts'

/**
 * No outbound mail lost across an incident. Pure.
 *
 * An outbound account's mail incident is open while its token is not healthy, while a canary names
 * the outbound leg, or while its newest authentication-type failure is newer than its newest sent
 * email. It begins at the first authentication failure after the last email that went out (or when
 * the app first saw trouble, if no email failed yet). It ends when none of that holds any more: the
 * token is healthy again and an email (a canary, or any notification) went out after the last failure.
 *
 * The emails to send again are those that failed through that account inside the incident's window
 * with an authentication-type error (codes.ts), that the app has not sent again or that failed again
 * after it did: oldest first, at most x_mail_oauth.resend_max_per_run a run. An email the platform
 * would no longer send (created before glide.email.smtp.claim.lookback.hrs, less a margin) or older
 * than x_mail_oauth.resend_max_age_hours is never set back to send-ready: it is recorded as too old
 * and counted on the health row, so an admin sees it (and can raise the lookback and press Re-send).
 * A bad recipient (550 5.1.1) or an unrecognised error is never re-sent, nor is a canary: a failed
 * canary is over (a new one follows), and sent late it would no longer be awaited, so it would reach
 * the instance's other inbound actions.
 */

export interface OutboundFacts {
    /** The account's token health is ok (or not an OAuth account the token keeper watches). */
    tokenHealthy: boolean
    /** A canary currently names the outbound leg. */
    outboundLegFailing: boolean
    /** The newest authentication-type failure through the account, and the earliest one after its last sent email. */
    newestAuthFailure: number | null
    firstAuthFailureSinceLastSent: number | null
    newestSent: number | null
}

export interface IncidentWindow {
    start: number
    end: number
}

export type OutboundStep =
    | { kind: 'none' }
    | { kind: 'open'; since: number }
    | { kind: 'ongoing' }
    /** The incident is over: its window is the emails' to look at. */
    | { kind: 'ended'; window: IncidentWindow }

export function outboundIncidentStep(since: number | null, facts: OutboundFacts, now: number): OutboundStep {
    const unanswered = facts.newestAuthFailure !== null && (facts.newestSent === null || facts.newestAuthFailure > facts.newestSent)
    const inTrouble = !facts.tokenHealthy || facts.outboundLegFailing || unanswered
    if (inTrouble) return since === null ? { kind: 'open', since: Math.min(now, facts.firstAuthFailureSinceLastSent ?? now) } : { kind: 'ongoing' }
    return since === null ? { kind: 'none' } : { kind: 'ended', window: { start: since, end: now } }
}

export interface FailedEmail {
    sysId: string
    /** When the platform marked it send-failed (sys_updated_on). */
    failedAt: number
    /** When it was created (sys_created_on): the platform's lookback counts from here. */
    createdAt: number
    errorString: string
    subject: string
    /** The account the platform recorded it went through; null when the platform records none (then: the active outbound account). */
    accountId: string | null
}

/** The app's earlier attempts at one email (the re-send log): its highest attempt and that attempt's outcome. */
export interface ResendHistory {
    attempt: number
    outcome: ResendOutcome
}

export type ResendOutcome = 'queued' | 'sent' | 'retrying' | 'failed_again' | 'aged_out' | 'too_old' | 'gone'

/** Outcomes after which the email may be tried again: it failed again for its account, or it was too old and may not be any more (a raised lookback). */
const TRIED_AND_OPEN: readonly ResendOutcome[] = ['failed_again', 'too_old']

/**
 * Attempts at one email, at most: an email that fails for its account while the account's other mail
 * leaves (a From it may not send as, one node refusing) is not tried every run until it ages out. The
 * last attempt's outcome in the re-send log says it failed again, with the server's answer.
 */
export const MAX_RESEND_ATTEMPTS = 5

export const RESEND_CODE = {
    /** The email is older than the platform sends (glide.email.smtp.claim.lookback.hrs, by creation, less a margin) or than x_mail_oauth.resend_max_age_hours: not set back to send-ready. */
    tooOld: 'resend_too_old',
    /** A re-sent email was still in the outbox (or being retried) when the platform's lookback ran out: it was never sent. */
    agedOut: 'resend_aged_out',
} as const

export interface LookbackSettings {
    /** glide.email.smtp.claim.lookback.hrs as read from the instance (default 24). */
    lookbackHours: number
}

const HOUR = 3600000
const MINUTE = 60000

/**
 * The newest creation time an email may have and still not be re-sent, because the platform would no
 * longer send it: the lookback less a margin for the sender to get to it (an hour, or half the lookback
 * when that is shorter). Anything created at or before this instant stays failed and is reported.
 */
export function lookbackCutoff(now: number, lookbackHours: number): number {
    const lookback = lookbackHours * HOUR
    const margin = Math.min(60 * MINUTE, lookback / 2)
    return now - lookback + margin
}

export interface ResendCandidate {
    email: FailedEmail
    /** The attempt this re-send is: 1 for the first, one more than the last for an email that failed again. */
    attempt: number
}

export interface ResendSelection {
    resend: ResendCandidate[]
    /** Emails of the window the platform would not send any more: reported, never set back to send-ready. */
    tooOld: { email: FailedEmail; reason: 'lookback' | 'max_age'; recorded: boolean; attempt: number }[]
    /** More candidates are left for the next run (the per-run bound was reached). */
    more: boolean
}

/**
 * The emails to send again, oldest first (the closest to the platform's lookback go first). An email
 * that was re-sent and failed again for its account is tried again (attempt + 1): "exactly once" means
 * delivered once. One still on its way (queued, retrying), delivered, aged out or deleted is never.
 */
export function selectResends(
    failed: readonly FailedEmail[],
    /** The account whose failures these are (an email with no account recorded counts to it), or a test of the caller's. */
    owner: string | ((email: FailedEmail) => boolean),
    window: IncidentWindow,
    history: ReadonlyMap<string, ResendHistory>,
    now: number,
    settings: Pick<MailFlowSettings, 'resendMaxPerRun' | 'resendMaxAgeHours'> & LookbackSettings,
    via: 'smtp' | 'graph' = 'smtp',
): ResendSelection {
    const oldestFailure = now - settings.resendMaxAgeHours * HOUR
    const cutoff = lookbackCutoff(now, settings.lookbackHours)
    const inWindow = failed
        .filter(
            (email) =>
                (typeof owner === 'function' ? owner(email) : email.accountId === null || email.accountId === owner) &&
                email.failedAt >= window.start &&
                email.failedAt <= window.end &&
                markerOfSubject(email.subject) === null &&
                classifyMailError(email.errorString, via).authentication,
        )
        .filter((email) => {
            const past = history.get(email.sysId)
            return past === undefined || (TRIED_AND_OPEN.includes(past.outcome) && past.attempt < MAX_RESEND_ATTEMPTS)
        })
        .sort((a, b) => a.createdAt - b.createdAt || a.failedAt - b.failedAt)
    const tooOld: ResendSelection['tooOld'] = []
    const eligible: ResendCandidate[] = []
    for (const email of inWindow) {
        const past = history.get(email.sysId)
        const reason = email.createdAt <= cutoff ? 'lookback' : email.failedAt < oldestFailure ? 'max_age' : null
        if (reason !== null) tooOld.push({ email, reason, recorded: past?.outcome === 'too_old', attempt: past?.attempt ?? 0 })
        else eligible.push({ email, attempt: (past?.attempt ?? 0) + 1 })
    }
    return { resend: eligible.slice(0, settings.resendMaxPerRun), tooOld, more: eligible.length > settings.resendMaxPerRun }
}

/**
 * The window widened to cover emails owed besides the incident's own: those that failed again after a
 * re-send, and those that failed through an account that no longer sends. They are sent again once
 * mail leaves after their failure, whether or not an incident opened for them (a run where one email
 * fails and the next leaves opens none). Null when there is neither.
 */
export function windowWithOwed(window: IncidentWindow | null, failedAgain: readonly FailedEmail[]): IncidentWindow | null {
    if (failedAgain.length === 0) return window
    const first = Math.min(...failedAgain.map((email) => email.failedAt))
    const last = Math.max(...failedAgain.map((email) => email.failedAt))
    return window === null ? { start: first, end: last } : { start: Math.min(window.start, first), end: Math.max(window.end, last) }
}

/** What a re-sent email's record says now, as the platform left it. null: it is still waiting in the outbox. */
export interface SettledAttempt {
    outcome: Exclude<ResendOutcome, 'queued' | 'too_old'>
    detail: string
    /** The mail-level code of a new failure ('' otherwise). */
    code: string
}

/**
 * After a re-send: did the email leave? Pure. `sent` is done; `send-failed` failed again (tried again
 * at the account's next recovery when the failure is authentication-type, otherwise reported for an
 * admin); `send-retry-*` the platform is retrying (looked at again next run); still `send-ready`
 * after the platform's lookback: aged out, the platform will not send it; gone: deleted.
 */
export function settleAttempt(email: { type: string; errorString: string; createdAt: number } | null, now: number, lookbackHours: number, via: 'smtp' | 'graph' = 'smtp'): SettledAttempt | null {
    if (email === null) return { outcome: 'gone', detail: 'The email record was deleted before it was sent.', code: '' }
    const answer = email.errorString.trim() === '' ? 'no error text' : `"${email.errorString.trim().slice(0, 300)}"`
    switch (email.type) {
        case 'sent':
            return { outcome: 'sent', detail: 'Sent.', code: '' }
        case 'send-failed': {
            const mail = classifyMailError(email.errorString, via)
            const next = mail.authentication ? 'It is sent again when mail leaves through the outbound account again.' : `It is not sent again: ${mail.fix}`
            return { outcome: 'failed_again', detail: `Failed again (${mail.code}): the server answered ${answer}. ${next}`, code: mail.code }
        }
        case 'send-retry-backoff':
        case 'send-retry-delayed':
            if (now - email.createdAt >= lookbackHours * HOUR) return agedOut(lookbackHours, `the platform was still retrying it (${email.type}, last answer ${answer})`)
            return { outcome: 'retrying', detail: `The platform is retrying it (${email.type}): the server answered ${answer}.`, code: '' }
        case 'send-ignored':
            return { outcome: 'failed_again', detail: `The platform skipped it (send-ignored): ${answer}.`, code: '' }
        default:
            if (now - email.createdAt >= lookbackHours * HOUR) return agedOut(lookbackHours, 'it was still waiting in the outbox')
            return null
    }
}

function agedOut(lookbackHours: number, why: string): SettledAttempt {
    return {
        outcome: 'aged_out',
        detail: `Not sent: ${why} when it became older than glide.email.smtp.claim.lookback.hrs (${lookbackHours} h), so the platform will not send it. Raise the property above its age and press Re-send on the overview page, or forward it by hand.`,
        code: RESEND_CODE.agedOut,
    }
}

/** Counts of the latest attempt per email, for the health row's sentence. */
export function resendReport(outcomes: readonly ResendOutcome[]): string {
    if (outcomes.length === 0) return ''
    const count = (outcome: ResendOutcome) => outcomes.filter((o) => o === outcome).length
    const parts = [
        [count('sent'), 'sent'],
        [count('queued'), 'back in the outbox'],
        [count('retrying'), 'being retried by the platform'],
        [count('failed_again'), 'failed again'],
        [count('aged_out'), 'not sent: older than the platform sends'],
        [count('too_old'), 'not re-sent: older than the platform sends (raise glide.email.smtp.claim.lookback.hrs above their age and press Re-send)'],
        [count('gone'), 'deleted'],
    ]
        .filter(([n]) => (n as number) > 0)
        .map(([n, what]) => `${n} ${what}`)
    return `Emails re-sent after outbound incidents (Email OAuth re-sent email): ${parts.join(', ')}.`
}
