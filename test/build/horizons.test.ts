/**
 * The time-to-failure records as dist/app holds them (src/horizons/, fluent/horizons.now.ts,
 * fluent/provider-credentials.now.ts, fluent/token-health.now.ts, fluent/menu.now.ts): every option
 * the Fluent declares, read back, so a dropped option fails here.
 */
import { HEALTH_TABLE, VIEWER_ROLE, HORIZON_ALERT_TABLE, HORIZON_APPROACHING_EVENT } from '../../src/common/app.ts'
import { loadBuiltApp, type BuiltApp } from './dist-app.ts'

let app: BuiltApp

beforeAll(() => {
    app = loadBuiltApp()
})

/** A column's dictionary attributes as the build wrote them. */
function element(table: string, column: string): Record<string, string> {
    const xml = [...app.files.entries()].find(([path]) => path === `dictionary/${table}.xml`)?.[1] ?? ''
    const tag = new RegExp(`<element name="${column}"( [^>]*)/>`).exec(xml)?.[1] ?? ''
    return Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
}

test('the health row stores the time to failure, its cause and action, indexed for sorting', () => {
    expect(element(HEALTH_TABLE, 'time_to_failure')).toMatchObject({ type: 'glide_date_time', label: 'Time to failure' })
    expect(element(HEALTH_TABLE, 'failure_cause')).toMatchObject({ type: 'string', max_length: '80' })
    expect(element(HEALTH_TABLE, 'failure_action')).toMatchObject({ type: 'string', max_length: '80' })
    const xml = app.files.get(`dictionary/${HEALTH_TABLE}.xml`) ?? ''
    expect(xml).toMatch(/<index name="time_to_failure"[^>]*>\s*<element name="time_to_failure"\/>/)
})

test('the Token health list shows the time to failure, and "Stops next" lists it soonest first', () => {
    const list = app.of('sys_ui_list_element').filter((r) => r.file.includes(`sys_ui_list_${HEALTH_TABLE}_`))
    const columns = [...list].sort((a, b) => Number(a.fields.position) - Number(b.fields.position)).map((r) => r.fields.element)
    expect(columns.slice(0, 4)).toEqual(['email_account', 'time_to_failure', 'failure_cause', 'status'])
    const module = app.of('sys_app_module').find((r) => r.fields.title === 'Stops next')
    expect(module?.fields).toMatchObject({ name: HEALTH_TABLE, link_type: 'LIST', filter: 'time_to_failureISNOTEMPTY^ORDERBYtime_to_failure', active: 'true' })
})

test('the warning table: its columns, Active defaulting to true, a unique horizon key, read by the viewer role (which the admin role contains) only', () => {
    expect(element(HORIZON_ALERT_TABLE, 'active')).toMatchObject({ type: 'boolean', default_value: 'true' })
    expect(element(HORIZON_ALERT_TABLE, 'horizon')).toMatchObject({ mandatory: 'true', max_length: '200' })
    for (const column of ['cause', 'stops_on', 'stops_at', 'mailboxes', 'message', 'last_alert_days']) expect(element(HORIZON_ALERT_TABLE, column).name ?? column).toBeTruthy()
    expect(Object.keys(element(HORIZON_ALERT_TABLE, 'mailboxes'))).toContain('max_length')
    const role = app.of('sys_user_role').find((r) => r.fields.name === VIEWER_ROLE)
    const acl = app.of('sys_security_acl').find((r) => r.fields.name === HORIZON_ALERT_TABLE && r.fields.operation === 'read')
    expect(app.of('sys_security_acl_role').filter((r) => r.fields.sys_security_acl === acl?.sysId).map((r) => r.fields.sys_user_role)).toContain(role?.sysId)
    expect(app.records.filter((r) => r.table === HORIZON_ALERT_TABLE)).toEqual([])
})

test('the warning event (description within the 100-character field) and its notification to the admins group', () => {
    const event = app.of('sysevent_register').find((r) => r.fields.event_name === HORIZON_APPROACHING_EVENT)
    expect(event?.fields).toMatchObject({ table: HORIZON_ALERT_TABLE })
    expect(event?.fields.description.length).toBeLessThanOrEqual(100)
    const notification = app.of('sysevent_email_action').find((r) => r.fields.event_name === HORIZON_APPROACHING_EVENT)
    expect(notification?.fields).toMatchObject({ generation_type: 'event', active: 'true', collection: HORIZON_ALERT_TABLE })
    expect(notification?.fields.message_html).toContain('${message}')
    expect(notification?.fields.recipient_groups).toBeTruthy()
})

test('one job for every horizon: hourly, as admin, its script the horizons module', () => {
    const jobs = app.of('sysauto_script').filter((r) => /expiry|time to failure/i.test(r.fields.name))
    expect(jobs).toHaveLength(1)
    expect(jobs[0].fields).toMatchObject({ name: 'Email OAuth Manager: time to failure and expiry warnings', run_type: 'periodically', active: 'true', run_as: '6816f79cc0a8016401c5a33be04be441' })
    expect(jobs[0].fields.run_period).toBe('1970-01-01 01:00:00')
    expect(jobs[0].fields.script).toContain('runHorizonJob')
})
