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
 * with an authentication-type error (codes.ts), not older than x_mail_oauth.resend_max_age_hours,
 * that the app has not sent again before: oldest first, at most x_mail_oauth.resend_max_per_run a run.
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
    errorString: string
    subject: string
    /** The account the platform recorded it went through; null when the platform records none (then: the active outbound account). */
    accountId: string | null
}

export interface ResendSelection {
    resend: FailedEmail[]
    /** More candidates are left for the next run (the per-run bound was reached). */
    more: boolean
}

export function selectResends(
    failed: readonly FailedEmail[],
    accountId: string,
    window: IncidentWindow,
    alreadyResent: ReadonlySet<string>,
    now: number,
    settings: Pick<MailFlowSettings, 'resendMaxPerRun' | 'resendMaxAgeHours'>,
): ResendSelection {
    const oldest = now - settings.resendMaxAgeHours * 3600000
    const candidates = failed
        .filter(
            (email) =>
                (email.accountId === null || email.accountId === accountId) &&
                email.failedAt >= window.start &&
                email.failedAt <= window.end &&
                email.failedAt >= oldest &&
                !alreadyResent.has(email.sysId) &&
                markerOfSubject(email.subject) === null &&
                classifyMailError(email.errorString).authentication,
        )
        .sort((a, b) => a.failedAt - b.failedAt)
    return { resend: candidates.slice(0, settings.resendMaxPerRun), more: candidates.length > settings.resendMaxPerRun }
}
