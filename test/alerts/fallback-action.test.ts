/**
 * The Script Action on the token events, against the platform stand-ins: an incident for the admin
 * group and a banner for x_mail_oauth.admin when the alert email cannot go out, one per incident,
 * closed on recovery; nothing when email works; never an exception into the event queue.
 */
import { ADMIN_ROLE, EVENT, HEALTH_TABLE, PROPERTY } from '../../src/common/app.ts'
import { onTokenEvent } from '../../src/alerts/fallback-action.ts'
import { MAIL_FLOW_EVENT } from '../../src/mail-flow/names.ts'
import { GlideRecord } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'

let groupId: string
let roleId: string

beforeEach(() => {
    platform.reset()
    platform.clock.set('2026-12-03 08:00:00')
    platform.properties['glide.servlet.uri'] = 'https://acme.service-now.com/'
    roleId = platform.db.insert('sys_user_role', { name: ADMIN_ROLE })
    groupId = platform.db.insert('sys_user_group', { name: 'Email OAuth Manager admins' })
    platform.db.insert('sys_group_has_role', { group: groupId, role: roleId })
    platform.db.insert('sys_choice', { name: 'sys_ux_banner_announcement', element: 'show_for', value: 'all', label: 'All logged-in users' })
    platform.db.insert('sys_choice', { name: 'sys_ux_banner_announcement', element: 'show_for', value: 'roles_groups', label: 'Users with specific roles or groups' })
    platform.db.insert('sys_ux_banner_announcement_config', { name: 'Unified Navigation' })
})

function account(type: 'imap' | 'smtp', status: string): string {
    const id = platform.db.insert('sys_email_account', { name: `Microsoft 365 ${type}`, type, active: true, authentication: 'oauth2', user_name: `${type}@contoso.com` })
    platform.db.insert(HEALTH_TABLE, { email_account: id, status, last_error: status === 'ok' ? '' : 'The provider rejected the refresh token: authorize again.' })
    return id
}

function fire(eventName: string, accountId: string, code: string): void {
    const eventId = platform.db.insert('sysevent', { name: eventName, parm1: accountId, parm2: code, table: 'sys_email_account' })
    const event = new GlideRecord('sysevent')
    event.get(eventId)
    const current = new GlideRecord('sys_email_account')
    current.get(accountId)
    onTokenEvent(event as never, current as never)
}

const incidents = () => platform.db.rows('incident')
const banners = () => platform.db.rows('sys_ux_banner_announcement')

it('opens one incident for the admin group and one banner for the admin role when the outbound account needs authorization', () => {
    const smtp = account('smtp', 'needs_authorization')
    fire(EVENT.needsAuthorization, smtp, 'invalid_grant')
    expect(incidents()).toEqual([
        expect.objectContaining({ assignment_group: groupId, correlation_id: `x_mail_oauth.token:${smtp}`, impact: '2', urgency: '1', short_description: expect.stringContaining('needs authorization; outbound mail at risk') }),
    ])
    expect(banners()).toEqual([expect.objectContaining({ show_for: 'roles_groups', roles: roleId, link_url: `https://acme.service-now.com/sys_email_account.do?sys_id=${smtp}` })])
    expect(platform.db.rows('sys_ux_m2m_banner_announcement')).toHaveLength(1)

    fire(EVENT.refreshFailing, smtp, 'provider_unavailable')
    expect(incidents()).toHaveLength(1)
    expect(incidents()[0].work_notes).toContain('refresh_failing (provider_unavailable)')
    expect(banners()).toHaveLength(1)

    fire(EVENT.recovered, smtp, 'invalid_grant')
    expect(incidents()[0]).toMatchObject({ state: '6', close_code: 'Solution provided', close_notes: expect.stringContaining('fresh OAuth access token again') })
    expect(banners()[0].end).toBe('2026-12-03 08:00:00')
})

it('opens a new incident for the next outage once the last one is resolved', () => {
    const smtp = account('smtp', 'needs_authorization')
    fire(EVENT.needsAuthorization, smtp, 'invalid_grant')
    fire(EVENT.recovered, smtp, 'invalid_grant')
    fire(EVENT.needsAuthorization, smtp, 'invalid_grant')
    expect(incidents()).toHaveLength(2)
})

it('one outbound outage is one incident: the outbound leg failing on an account whose token incident is open adds a note to it', () => {
    const smtp = account('smtp', 'needs_authorization')
    fire(EVENT.needsAuthorization, smtp, 'invalid_grant')
    fire(MAIL_FLOW_EVENT.failing, smtp, 'canary_send_failed')
    expect(incidents()).toHaveLength(1)
    expect(incidents()[0].work_notes).toContain('canary_send_failed')
    fire(EVENT.recovered, smtp, 'invalid_grant')
    fire(MAIL_FLOW_EVENT.recovered, smtp, 'canary_send_failed')
    expect(incidents()).toEqual([expect.objectContaining({ state: '6' })])
})

it('and in the other order: the token failing on an account whose mail-flow incident is open adds a note to it; the mail-flow recovery resolves it', () => {
    const smtp = account('smtp', 'needs_authorization')
    fire(MAIL_FLOW_EVENT.failing, smtp, 'canary_send_failed')
    fire(EVENT.needsAuthorization, smtp, 'invalid_grant')
    expect(incidents()).toHaveLength(1)
    expect(incidents()[0].work_notes).toContain('invalid_grant')
    fire(EVENT.recovered, smtp, 'invalid_grant')
    expect(incidents()[0].state).not.toBe('6')
    fire(MAIL_FLOW_EVENT.recovered, smtp, 'canary_send_failed')
    expect(incidents()[0]).toMatchObject({ state: '6' })
})

it('the outbound leg failing with a healthy token (SMTP AUTH switched off) opens its own mail-flow incident, which its recovery resolves', () => {
    const smtp = account('smtp', 'ok')
    fire(MAIL_FLOW_EVENT.failing, smtp, 'canary_send_failed')
    expect(incidents()).toEqual([expect.objectContaining({ correlation_id: `x_mail_oauth.mail_flow:${smtp}` })])
    fire(MAIL_FLOW_EVENT.recovered, smtp, 'canary_send_failed')
    expect(incidents()[0]).toMatchObject({ state: '6' })
})

it('leaves an inbound account to the email while the outbound account is healthy', () => {
    account('smtp', 'ok')
    const imap = account('imap', 'needs_authorization')
    fire(EVENT.needsAuthorization, imap, 'invalid_grant')
    expect(incidents()).toHaveLength(0)
    expect(banners()).toHaveLength(0)
})

it('raises it for an inbound account when email sending is off', () => {
    account('smtp', 'ok')
    const imap = account('imap', 'misconfigured')
    platform.properties['glide.email.smtp.active'] = 'false'
    fire(EVENT.misconfigured, imap, 'invalid_client')
    expect(incidents()[0].description).toContain('email sending is off on this instance')
})

it('posts only the banner where there is no incident table, and nothing with the property off', () => {
    const smtp = account('smtp', 'needs_authorization')
    platform.absentTables.add('incident')
    fire(EVENT.needsAuthorization, smtp, 'invalid_grant')
    expect(banners()).toHaveLength(1)
    platform.absentTables.delete('incident')
    platform.properties[PROPERTY.fallbackAlerts.name] = 'false'
    fire(EVENT.refreshFailing, smtp, 'provider_unavailable')
    expect(incidents()).toHaveLength(0)
})

it('posts no banner when the instance lists no roles audience, rather than showing it to everyone', () => {
    const smtp = account('smtp', 'needs_authorization')
    for (const choice of platform.db.rows('sys_choice')) platform.db.delete('sys_choice', String(choice.sys_id))
    fire(EVENT.needsAuthorization, smtp, 'invalid_grant')
    expect(banners()).toHaveLength(0)
    expect(incidents()).toHaveLength(1)
    expect(platform.logs.map((l) => l.message)).toEqual(expect.arrayContaining([expect.stringContaining('no banner posted')]))
})

it('never throws into the event queue: a failing read is logged', () => {
    const smtp = account('smtp', 'needs_authorization')
    platform.hooks.beforeQuery = (table) => {
        if (table === 'incident') throw new Error('Read operation on table incident from scope x_mail_oauth was denied')
    }
    expect(() => fire(EVENT.needsAuthorization, smtp, 'invalid_grant')).not.toThrow()
    expect(platform.logs).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', message: expect.stringContaining('was denied') })]))
})
