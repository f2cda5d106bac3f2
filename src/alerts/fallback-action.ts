/**
 * The Script Action on the token events (fluent/fallback-alerts.now.ts): reads the facts, asks
 * `planFallback`, and carries the plan out. Thin, and it never throws: an exception is logged and the
 * event processor goes on (the alert email is sent by its own notification either way).
 *
 * Tables: `incident` (where it exists: ITSM is not on every instance), and the Next Experience banner
 * announcements `sys_ux_banner_announcement` with its mapping `sys_ux_m2m_banner_announcement` to
 * the "Unified Navigation" configuration (ServiceNow docs, "Next Experience banner announcements":
 * for "planned maintenance, unplanned outages"; the banner shows "for users with specific roles or
 * groups"). UNCONFIRMED in public docs: the column names (heading, summary, start, end, roles, group,
 * show_for, add_link, link_url, link_label, non_dismissible; announcement, announcement_config, order)
 * and show_for's choice values, taken from a published schema of the table: show_for is read from the
 * instance's sys_choice (the value whose label names roles) and no banner is posted when none is
 * found, so a guess can never show the banner to everyone.
 */
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { ADMIN_ROLE, EVENT, HEALTH_TABLE, PROPERTY, STATUS } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { insertRecord, loggedWrite, updateRecord } from '../common/writes.ts'
import { readActiveOutbounds } from '../mail-flow/outbound-accounts.ts'
import { MAIL_FLOW_EVENT } from '../mail-flow/names.ts'
import { correlationIdOf, planFallback, type BannerStep, type FallbackFacts, type HorizonIncidentStep, type IncidentStep } from './fallback.ts'

const LOG_PREFIX = 'Email OAuth Manager: fallback alert'
const BANNER_TABLE = 'sys_ux_banner_announcement'
const BANNER_MAPPING_TABLE = 'sys_ux_m2m_banner_announcement'
const BANNER_CONFIG_TABLE = 'sys_ux_banner_announcement_config'
const UNIFIED_NAVIGATION = 'Unified Navigation'

/** Entry of the Script Action: `event` is the sysevent, `current` the email account it was queued on. */
export function onTokenEvent(event: GlideRecord, current: GlideRecord): void {
    try {
        const facts = readFacts(event, current)
        const plan = planFallback(facts)
        if (plan.incident) applyIncident(plan.incident, facts)
        if (plan.banner) applyBanner(plan.banner)
        if (plan.incident || plan.banner) gs.info(`${LOG_PREFIX} for '${facts.account.name}' (${facts.eventName}): ${plan.reason}`)
    } catch (error) {
        try {
            gs.error(`${LOG_PREFIX}: ${redact(String(error instanceof Error ? error.message : error))}`)
        } catch {
            // Nothing left to tell; a Script Action must not break the event queue.
        }
    }
}

function readFacts(event: GlideRecord, current: GlideRecord): FallbackFacts {
    const accountId = current.getUniqueValue()
    // SMTP and Microsoft Graph (Send) accounts both carry the instance's mail: neither is "no outbound account".
    const outbounds = readActiveOutbounds()
    const activeOutboundAccounts = outbounds.length
    let outboundInTrouble = false
    for (const outbound of outbounds) {
        const health = new GlideRecord(HEALTH_TABLE)
        health.addQuery('email_account', outbound.sysId)
        health.addQuery('status', '!=', STATUS.ok)
        health.setLimit(1)
        health.query()
        if (health.hasNext()) outboundInTrouble = true
    }
    const healthRow = new GlideRecord(HEALTH_TABLE)
    healthRow.addQuery('email_account', accountId)
    healthRow.setLimit(1)
    healthRow.query()
    const message = healthRow.next() ? (healthRow.getValue('last_error') ?? '') : ''
    const incidentTableExists = new GlideRecord('incident').isValid()
    const bannerTableExists = new GlideRecord(BANNER_TABLE).isValid()
    return {
        enabled: String(gs.getProperty(PROPERTY.fallbackAlerts.name, String(PROPERTY.fallbackAlerts.default))).trim().toLowerCase() !== 'false',
        eventName: String(event.getValue('name') ?? ''),
        code: String(event.getValue('parm2') ?? ''),
        account: { sysId: accountId, name: current.getValue('name') ?? accountId, userName: current.getValue('user_name') ?? '' },
        isActiveOutboundSmtp: outbounds.some((outbound) => outbound.sysId === accountId),
        activeOutboundAccounts,
        emailSendingEnabled: String(gs.getProperty('glide.email.smtp.active', 'true')).trim().toLowerCase() !== 'false',
        outboundInTrouble,
        incidentTableExists,
        bannerTableExists,
        openIncident: incidentTableExists ? openIncidentOf(accountId, String(event.getValue('name') ?? '')) : null,
        openBanner: bannerTableExists ? openBannerOf(accountId) : null,
        message,
        instanceUrl: String(gs.getProperty('glide.servlet.uri', '') ?? '').replace(/\/+$/, ''),
        since: String(event.getValue('sys_created_on') ?? new GlideDateTime().getValue()),
    }
}

function openIncidentOf(accountId: string, eventName: string): { sysId: string; number: string } | null {
    const incident = new GlideRecord('incident')
    // Trouble of one kind on an account that already has an open incident of the other (the outbound token revoked:
    // its token and its mail flow fail from one outage, in either order) adds a note to it rather than opening a
    // second one; a recovery resolves only an incident of its own kind.
    const recovery = eventName === EVENT.recovered || eventName === MAIL_FLOW_EVENT.recovered
    const ids = recovery ? [correlationIdOf(accountId, eventName)] : [correlationIdOf(accountId, eventName), correlationIdOf(accountId, eventName === MAIL_FLOW_EVENT.failing ? '' : MAIL_FLOW_EVENT.failing)]
    incident.addQuery('correlation_id', 'IN', ids.join(','))
    incident.addQuery('active', true)
    // Resolved (6), Closed (7) and Canceled (8) end an incident even while it is still active.
    incident.addQuery('state', 'NOT IN', '6,7,8')
    incident.setLimit(1)
    incident.query()
    return incident.next() ? { sysId: incident.getUniqueValue(), number: incident.getValue('number') ?? '' } : null
}

function openBannerOf(accountId: string): { sysId: string } | null {
    const banner = new GlideRecord(BANNER_TABLE)
    banner.addQuery('link_url', 'ENDSWITH', `sys_email_account.do?sys_id=${accountId}`)
    banner.addNullQuery('end')
    banner.setLimit(1)
    banner.query()
    return banner.next() ? { sysId: banner.getUniqueValue() } : null
}

/** The group that holds the app's role (the shipped "Email OAuth Manager admins", whatever it is renamed to). */
function adminGroupId(): string {
    const grant = new GlideRecord('sys_group_has_role')
    grant.addQuery('role.name', ADMIN_ROLE)
    grant.setLimit(1)
    grant.query()
    return grant.next() ? (grant.getValue('group') ?? '') : ''
}

function applyIncident(step: IncidentStep, facts: FallbackFacts): void {
    const incident = new GlideRecord('incident')
    if (step.kind === 'open') {
        incident.initialize()
        incident.setValue('short_description', step.shortDescription)
        incident.setValue('description', step.description)
        incident.setValue('assignment_group', adminGroupId())
        incident.setValue('impact', '2')
        incident.setValue('urgency', '1')
        incident.setValue('correlation_id', step.correlationId)
        incident.setValue('correlation_display', 'Email OAuth Manager')
        loggedWrite(insertRecord(incident, `the fallback incident for email account '${facts.account.name}'`))
        return
    }
    if (!incident.get(step.sysId)) return
    if (step.kind === 'note') {
        incident.setValue('work_notes', step.note)
    } else {
        incident.setValue('state', '6')
        incident.setValue('close_code', 'Solution provided')
        incident.setValue('close_notes', step.closeNotes)
        incident.setValue('work_notes', step.closeNotes)
    }
    loggedWrite(updateRecord(incident, `the fallback incident ${step.kind === 'note' ? 'work note' : 'resolution'} for email account '${facts.account.name}'`))
}

function applyBanner(step: BannerStep): void {
    const banner = new GlideRecord(BANNER_TABLE)
    if (step.kind === 'end') {
        if (banner.get(step.sysId)) {
            banner.setValue('end', new GlideDateTime().getValue())
            loggedWrite(updateRecord(banner, 'the end of the fallback banner announcement'))
        }
        return
    }
    const showFor = roleAudienceChoice()
    const role = new GlideRecord('sys_user_role')
    if (showFor === null || !role.get('name', ADMIN_ROLE)) {
        gs.warn(`${LOG_PREFIX}: no banner posted: the instance's ${BANNER_TABLE}.show_for has no choice for roles, or the role ${ADMIN_ROLE} is missing`)
        return
    }
    banner.initialize()
    banner.setValue('heading', step.heading)
    banner.setValue('summary', step.summary)
    banner.setValue('start', new GlideDateTime().getValue())
    banner.setValue('show_for', showFor)
    banner.setValue('roles', role.getUniqueValue())
    banner.setValue('non_dismissible', false)
    banner.setValue('add_link', true)
    banner.setValue('link_url', step.linkUrl)
    banner.setValue('link_label', step.linkLabel)
    const posted = insertRecord(banner, 'the fallback banner announcement')
    if (!loggedWrite(posted) || !posted.ok) return
    const bannerId = posted.sysId
    const config = new GlideRecord(BANNER_CONFIG_TABLE)
    if (config.get('name', UNIFIED_NAVIGATION)) {
        const mapping = new GlideRecord(BANNER_MAPPING_TABLE)
        mapping.initialize()
        mapping.setValue('announcement', bannerId)
        mapping.setValue('announcement_config', config.getUniqueValue())
        mapping.setValue('order', 100)
        loggedWrite(insertRecord(mapping, `the banner's link to the ${UNIFIED_NAVIGATION} banner configuration`))
    }
}

/** The show_for choice that limits a banner to roles, as the instance lists it; null when none. */
function roleAudienceChoice(): string | null {
    const choice = new GlideRecord('sys_choice')
    choice.addQuery('name', BANNER_TABLE)
    choice.addQuery('element', 'show_for')
    choice.query()
    while (choice.next()) {
        if (/role/i.test(choice.getValue('label') ?? '')) return choice.getValue('value')
    }
    return null
}

/**
 * The incident of a horizon warning (src/horizons/job.ts): opened once per horizon, a work note on the
 * open one after. True when the instance took the write.
 */
export function openHorizonIncident(step: HorizonIncidentStep): boolean {
    if (!new GlideRecord('incident').isValid()) return true
    const open = new GlideRecord('incident')
    open.addQuery('correlation_id', step.correlationId)
    open.addQuery('active', true)
    open.addQuery('state', 'NOT IN', '6,7,8')
    open.setLimit(1)
    open.query()
    if (open.next()) {
        open.setValue('work_notes', step.description)
        return loggedWrite(updateRecord(open, `a work note on the open incident ${step.correlationId}`))
    }
    const incident = new GlideRecord('incident')
    incident.initialize()
    incident.setValue('short_description', step.shortDescription)
    incident.setValue('description', step.description)
    incident.setValue('assignment_group', adminGroupId())
    incident.setValue('impact', '2')
    incident.setValue('urgency', '2')
    incident.setValue('correlation_id', step.correlationId)
    incident.setValue('correlation_display', 'Email OAuth Manager')
    return loggedWrite(insertRecord(incident, `the incident "${step.shortDescription}"`))
}
