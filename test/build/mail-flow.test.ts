/**
 * The mail-flow records as `now-sdk build` wrote them to dist/app (fluent/mail-flow.now.ts): the job,
 * the inbound action (first, active, stopping by script), the events with their notifications and
 * fallback Script Actions, the properties with their defaults, the tables with their unique indexes,
 * and the mail-flow columns of token health.
 */
import { installFolder, loadBuiltApp, type AppRecord, type BuiltApp } from './dist-app.ts'
import { CANARY_ACTION_ORDER, CANARY_NOTIFICATION_NAME, MAIL_FLOW_EVENT, MAIL_FLOW_JOB_NAME, MAIL_FLOW_PROPERTY } from '../../src/mail-flow/names.ts'
import { CANARY_ACTION_NAME } from '../../src/common/app.ts'
import { recogniseCanary } from '../../src/mail-flow/marker.ts'
import { ADMIN_USER_SYS_ID } from '../../src/common/app.ts'

let app: BuiltApp

beforeAll(() => {
    app = loadBuiltApp()
})

function one(table: string, match: (fields: Record<string, string>) => boolean): AppRecord {
    const found = app.of(table).filter((record) => match(record.fields))
    expect(found).toHaveLength(1)
    return found[0]
}

test('the mail-flow job runs every 5 minutes as admin and calls the module', () => {
    const job = one('sysauto_script', (f) => f.name === MAIL_FLOW_JOB_NAME)
    expect(job.fields).toMatchObject({ active: 'true', run_type: 'periodically', run_as: ADMIN_USER_SYS_ID })
    expect(job.fields.run_period).toBe('1970-01-01 00:05:00')
    expect(job.fields.script).toMatch(/require\('x_mail_oauth\/email-oauth-manager\/[^']+\/src\/mail-flow\/job\.ts'\);\s*runMailFlowJob\(\);/)
})

test('the inbound action is active, runs first, and stops processing by script for this instance\'s canaries only', () => {
    const action = one('sysevent_in_email_action', (f) => f.name === CANARY_ACTION_NAME)
    expect(action.fields).toMatchObject({ active: 'true', order: String(CANARY_ACTION_ORDER), stop_processing: 'false', type: 'new', action: 'record_action', event_name: 'email.read' })
    expect(action.fields.script).toMatch(/onInboundEmail\(current, event, email, logger, classifier\)/)
    const others = app.of('sysevent_in_email_action').filter((r) => r.sysId !== action.sysId)
    for (const other of others) expect(Number(other.fields.order)).toBeGreaterThan(CANARY_ACTION_ORDER)
    const module = [...app.modules.entries()].find(([path]) => path.endsWith('src/mail-flow/inbound-action.ts'))
    expect(module?.[1]).toContain("event.state = 'stop_processing'")
})

test('the canary leaves as the app\'s notification on its own event: to the address in parm1, the marker in the subject and a body line the job reads back', () => {
    one('sysevent_register', (f) => f.event_name === MAIL_FLOW_EVENT.canary && f.table === 'x_mail_oauth_canary')
    const notification = one('sysevent_email_action', (f) => f.name === CANARY_NOTIFICATION_NAME)
    expect(notification.fields).toMatchObject({
        active: 'true',
        generation_type: 'event',
        event_name: MAIL_FLOW_EVENT.canary,
        collection: 'x_mail_oauth_canary',
        event_parm_1: 'true',
        event_parm_2: 'false',
        send_self: 'false',
        content_type: 'text/plain',
        omit_watermark: 'true',
    })
    expect(notification.fields.recipient_groups ?? '').toBe('')
    // Rendered as the platform renders it (${event.parm2} → the marker), what arrives is recognised by subject and by body line.
    const tag = `acme/${'0123456789abcdef'.repeat(2)}`
    const subject = notification.fields.subject.replace('${event.parm2}', tag)
    const text = notification.fields.message_text.replace('${event.parm2}', tag)
    expect(recogniseCanary({ subject, bodyText: text, headers: '' })?.marker).toEqual({ instance: 'acme', canaryId: '0123456789abcdef'.repeat(2) })
    expect(recogniseCanary({ subject: 'rewritten', bodyText: text, headers: 'X-ServiceNow-Generated: true' })?.via).toBe('body')
    // The app creates no sys_email row: the job's module queues the event, never an insert on sys_email.
    const job = [...app.modules.entries()].find(([path]) => path.endsWith('src/mail-flow/canary-send.ts'))?.[1] ?? ''
    expect(job).toMatch(/gs\.eventQueue\(/)
    expect(job).not.toMatch(/GlideRecord\(['"]sys_email['"]\)[\s\S]*initialize\(\)/)
})

test.each(['sys_hub_trigger_instance_v2', 'sys_hub_trigger_instance', 'sys_hub_flow'])('the setup check may read %s (a cross-scope privilege, read only)', (table) => {
    const privilege = one('sys_scope_privilege', (f) => f.target_name === table)
    expect(privilege.fields).toMatchObject({ operation: 'read', status: 'allowed', target_type: 'sys_db_object' })
})

test.each([
    [MAIL_FLOW_EVENT.failing, 'Email OAuth Manager: mail flow failing', true],
    [MAIL_FLOW_EVENT.recovered, 'Email OAuth Manager: mail flow recovered', true],
    [MAIL_FLOW_EVENT.resendOffered, 'Email OAuth Manager: failed emails wait for Re-send', false],
])('%s is registered on sys_email_account, with its notification and fallback', (eventName, notification, fallback) => {
    one('sysevent_register', (f) => f.event_name === eventName && f.table === 'sys_email_account')
    const email = one('sysevent_email_action', (f) => f.name === notification)
    expect(email.fields).toMatchObject({ active: 'true', generation_type: 'event', event_name: eventName, collection: 'sys_email_account' })
    expect(email.fields.recipient_groups).not.toBe('')
    const actions = app.of('sysevent_script_action').filter((r) => r.fields.event_name === eventName)
    expect(actions.length).toBe(fallback ? 1 : 0)
    if (fallback) expect(actions[0].fields).toMatchObject({ active: 'true' })
    if (fallback) expect(actions[0].fields.script).toMatch(/onTokenEvent\(event, current\)/)
})

test.each(Object.values(MAIL_FLOW_PROPERTY))('property $name ships with its default, first install only', ({ name, default: value }) => {
    const property = one('sys_properties', (f) => f.name === name)
    expect(property.fields.value).toBe(String(value))
    expect(installFolder(property)).toBe('unload')
})

test('the canary and re-send tables have unique keys, so a canary id and a re-sent email exist once', () => {
    expect(app.files.get('dictionary/x_mail_oauth_canary.xml')).toMatch(/<index name="canary_id" unique="true">/)
    expect(app.files.get('dictionary/x_mail_oauth_resend.xml')).toMatch(/<index name="resend_email" unique="true">/)
    expect(app.tables.get('x_mail_oauth_canary')?.find((c) => c.name === 'state')?.choices).toEqual(expect.arrayContaining(['queued', 'sent', 'arrived', 'counted', 'send_failed', 'stuck', 'lost']))
})

test('token health carries the mail-flow columns with their defaults', () => {
    const columns = app.tables.get('x_mail_oauth_token_health') ?? []
    const names = columns.map((c) => c.name)
    for (const name of ['canary_status', 'canary_leg', 'canary_code', 'canary_message', 'canary_since', 'canary_last_sent', 'canary_last_arrived', 'round_trip_last', 'round_trip_median', 'mail_code', 'mail_error', 'mail_error_at', 'mail_incident_since', 'resend_window_start', 'resend_window_end', 'resend_pending']) {
        expect(names).toContain(name)
    }
    expect(columns.find((c) => c.name === 'canary_leg')?.choices).toEqual(['outbound', 'inbound'])
    expect(app.files.get('dictionary/x_mail_oauth_token_health.xml')).toMatch(/<element name="resend_pending"[^>]* default_value="0"/)
})

test('the overview API offers Re-send', () => {
    const route = one('sys_ws_operation', (f) => f.name === 'resend failed emails')
    expect(route.fields).toMatchObject({ http_method: 'POST', operation_uri: expect.stringContaining('/accounts/{sys_id}/resend') })
})
