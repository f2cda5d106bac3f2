/**
 * The alert path that does not need mail: when an account's trouble may keep the alert email from
 * being sent (the account IS the instance's active outbound SMTP account, the outbound account is in
 * trouble itself, there is none, or email sending is off), admins learn it through an incident
 * assigned to the admin group and a banner in the platform UI shown to the admin role.
 *
 * Pure: facts in, a plan out. `fallback-action.ts` reads the facts and carries the plan out.
 * One incident per incident: an event while an incident for the account is open adds a work note;
 * `recovered` resolves it and ends the banner.
 */
import { EVENT } from '../common/app.ts'
import { OUTBOUND_LEG_CODES } from '../mail-flow/legs.ts'
import { MAIL_FLOW_EVENT } from '../mail-flow/names.ts'

export interface FallbackFacts {
    /** x_mail_oauth.fallback_alerts. */
    enabled: boolean
    eventName: string
    /** parm2: the code. */
    code: string
    account: { sysId: string; name: string; userName: string }
    /** The account in trouble is the active outbound (SMTP) account, so the alert email would go through it. */
    isActiveOutboundSmtp: boolean
    /** Active SMTP accounts on the instance. */
    activeOutboundAccounts: number
    /** glide.email.smtp.active: false means the instance sends no email at all. */
    emailSendingEnabled: boolean
    /** The active outbound account's own token health is not ok (so no alert email leaves either). */
    outboundInTrouble: boolean
    incidentTableExists: boolean
    bannerTableExists: boolean
    openIncident: { sysId: string; number: string } | null
    openBanner: { sysId: string } | null
    /** The health row's sentence: what happened and what to do. */
    message: string
    /** glide.servlet.uri without the trailing slash. */
    instanceUrl: string
    /** The event's time, for "since". */
    since: string
}

export type IncidentStep =
    | { kind: 'open'; shortDescription: string; description: string; correlationId: string }
    | { kind: 'note'; sysId: string; note: string }
    | { kind: 'resolve'; sysId: string; closeNotes: string }

export type BannerStep = { kind: 'post'; heading: string; summary: string; linkUrl: string; linkLabel: string } | { kind: 'end'; sysId: string }

export interface FallbackPlan {
    incident: IncidentStep | null
    banner: BannerStep | null
    /** Why the plan is what it is, for the log. */
    reason: string
}

const TROUBLE_EVENTS: readonly string[] = [EVENT.needsAuthorization, EVENT.refreshFailing, EVENT.misconfigured, EVENT.identityMismatch, EVENT.capacity, MAIL_FLOW_EVENT.failing]
const RECOVERED_EVENTS: readonly string[] = [EVENT.recovered, MAIL_FLOW_EVENT.recovered]

const WHAT: Record<string, string> = {
    [EVENT.needsAuthorization]: 'needs authorization',
    [EVENT.refreshFailing]: 'cannot refresh its OAuth token',
    [EVENT.misconfigured]: 'has a wrong OAuth setup',
    [EVENT.identityMismatch]: 'was authorized as the wrong user',
    [EVENT.capacity]: 'and others cannot all be refreshed in time (Token health: At risk)',
    [MAIL_FLOW_EVENT.failing]: 'does not get mail through: the canary did not make the round trip',
}

/** The incident's correlation id: one open incident per email account and kind of trouble (token, or mail flow). */
export function correlationIdOf(accountSysId: string, eventName = ''): string {
    return eventName.indexOf('x_mail_oauth.mail_flow.') === 0 ? `x_mail_oauth.mail_flow:${accountSysId}` : `x_mail_oauth.token:${accountSysId}`
}

/** Why the alert email may not reach anyone, or null when email works. */
export function mailAtRisk(facts: Pick<FallbackFacts, 'isActiveOutboundSmtp' | 'activeOutboundAccounts' | 'emailSendingEnabled' | 'outboundInTrouble'>): string | null {
    if (facts.isActiveOutboundSmtp) return 'the account is the active outbound (SMTP) account, so the alert email cannot be sent through it'
    if (!facts.emailSendingEnabled) return 'email sending is off on this instance (glide.email.smtp.active)'
    if (facts.activeOutboundAccounts === 0) return 'the instance has no active outbound account (neither SMTP nor Microsoft Graph (Send))'
    if (facts.outboundInTrouble) return 'the active outbound account is in trouble too, so alert emails may not leave'
    return null
}

export function planFallback(facts: FallbackFacts): FallbackPlan {
    if (!facts.enabled) return { incident: null, banner: null, reason: 'x_mail_oauth.fallback_alerts is false' }
    const accountUrl = `${facts.instanceUrl}/sys_email_account.do?sys_id=${facts.account.sysId}`
    if (RECOVERED_EVENTS.includes(facts.eventName)) {
        const what = facts.eventName === EVENT.recovered ? 'has a fresh OAuth access token again' : 'gets mail through again (a canary made the round trip)'
        return {
            incident: facts.openIncident
                ? { kind: 'resolve', sysId: facts.openIncident.sysId, closeNotes: `Email OAuth Manager: the email account '${facts.account.name}' ${what} (recovered from ${facts.code || 'its alert'} at ${facts.since} UTC).` }
                : null,
            banner: facts.openBanner ? { kind: 'end', sysId: facts.openBanner.sysId } : null,
            reason: 'recovered',
        }
    }
    if (!TROUBLE_EVENTS.includes(facts.eventName)) return { incident: null, banner: null, reason: `${facts.eventName}: mail still flows, the email is enough` }
    const risk =
        facts.eventName === MAIL_FLOW_EVENT.failing && OUTBOUND_LEG_CODES.includes(facts.code)
            ? 'the canary names the outbound leg: email does not leave the instance, so the alert email may not either'
            : mailAtRisk(facts)
    if (risk === null) return { incident: null, banner: null, reason: 'email works: the alert email reaches the admins' }
    const what = WHAT[facts.eventName]
    const headline = `Email account '${facts.account.name}' ${what}`
    const incident: IncidentStep | null = !facts.incidentTableExists
        ? null
        : facts.openIncident
          ? { kind: 'note', sysId: facts.openIncident.sysId, note: `${facts.eventName} (${facts.code}) at ${facts.since} UTC: ${facts.message}` }
          : {
                kind: 'open',
                shortDescription: truncate(`Email OAuth Manager: ${headline}; outbound mail at risk`, 160),
                description: [
                    `What happened: ${headline} (code ${facts.code}) since ${facts.since} UTC.`,
                    `Why this is an incident and not only an email: ${risk}.`,
                    `What to do: ${facts.message || 'run Check OAuth setup on the email account form.'}`,
                    `Where: ${accountUrl} (email account form; Check OAuth setup and Authorize Email Account Access are there), and Email OAuth Manager > Token health.`,
                    'This incident is resolved by itself when the account has a fresh token again.',
                ].join('\n\n'),
                correlationId: correlationIdOf(facts.account.sysId, facts.eventName),
            }
    const banner: BannerStep | null =
        facts.bannerTableExists && !facts.openBanner
            ? {
                  kind: 'post',
                  heading: truncate(`Email OAuth Manager: ${headline}`, 100),
                  summary: truncate(`Since ${facts.since} UTC. ${risk}. Open the account to fix it.`, 200),
                  linkUrl: accountUrl,
                  linkLabel: 'Open the email account',
              }
            : null
    return { incident, banner, reason: risk }
}

function truncate(text: string, max: number): string {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** What a horizon warning needs to know to decide whether its email may not reach anyone. */
export interface HorizonFallbackFacts {
    key: string
    daysLeft: number
    /** The mailboxes the horizon stops. */
    mailboxIds: readonly string[]
    activeOutboundIds: readonly string[]
    emailSendingEnabled: boolean
    headline: string
    message: string
}

export type HorizonIncidentStep = { correlationId: string; shortDescription: string; description: string }

/**
 * A horizon warning goes by email; an incident as well when that email may not reach anyone: email
 * sending is off, there is no outbound account, or the horizon stops the outbound account itself
 * within a day (its last warnings would be sent through the account that is about to stop).
 * One incident per horizon: the action adds a note to an open one.
 */
export function horizonIncident(facts: HorizonFallbackFacts): HorizonIncidentStep | null {
    const stopsOutbound = facts.daysLeft <= 1 && facts.mailboxIds.some((id) => facts.activeOutboundIds.includes(id))
    const risk = !facts.emailSendingEnabled
        ? 'email sending is off on this instance (glide.email.smtp.active)'
        : facts.activeOutboundIds.length === 0
          ? 'the instance has no active outbound (SMTP) account'
          : stopsOutbound
            ? 'it stops the active outbound (SMTP) account, which carries the alert emails'
            : null
    if (risk === null) return null
    return {
        correlationId: `x_mail_oauth.horizon:${facts.key}`.slice(0, 100),
        shortDescription: truncate(facts.headline, 160),
        description: [facts.message, `Why this is an incident and not only an email: ${risk}.`, 'Email OAuth Manager > Overview lists every mailbox by time to failure.'].join('\n\n'),
    }
}
