/**
 * The records of the hidden-cause checks as dist/app holds them: who authorized (health columns,
 * events, notifications), client credential expiry (table, ACLs, menu module, the horizons job, event,
 * notification, no seeded rows) and the cross-scope reads they need.
 */
import { ADMIN_ROLE, CREDENTIAL_EXPIRING_EVENT, VIEWER_ROLE, CREDENTIAL_TABLE, EVENT, HEALTH_TABLE } from '../../src/common/app.ts'
import { loadBuiltApp, type BuiltApp } from './dist-app.ts'

let app: BuiltApp

beforeAll(() => {
    app = loadBuiltApp()
})

function adminGroupIds(): string[] {
    const role = app.of('sys_user_role').find((r) => r.fields.name === ADMIN_ROLE)
    return app.of('sys_group_has_role').filter((link) => link.fields.role === role?.sysId).map((link) => link.fields.group)
}

test('the health table remembers who authorized, the accepted delegate and the authorization times, never a token', () => {
    const columns = new Map((app.tables.get(HEALTH_TABLE) ?? []).map((c) => [c.name, c]))
    for (const name of ['authorized_identity', 'accepted_delegate', 'identity_status', 'identity_checked', 'last_authorized', 'short_authorizations', 'testing_mode_suspected']) {
        expect(columns.has(name)).toBe(true)
    }
    expect(columns.get('identity_status')?.choices.sort()).toEqual(['delegate', 'match', 'mismatch', 'unknown'])
    expect([...columns.keys()].filter((name) => /token$|secret/.test(name))).toEqual([])
})

test.each([EVENT.identityMismatch, EVENT.googleTestingMode, CREDENTIAL_EXPIRING_EVENT])('%s is registered and mails the admins group', (eventName) => {
    expect(app.of('sysevent_register').filter((r) => r.fields.event_name === eventName)).toHaveLength(1)
    const notification = app.of('sysevent_email_action').find((r) => r.fields.event_name === eventName)
    expect(notification?.fields).toMatchObject({ generation_type: 'event', active: 'true' })
    const groups = (notification?.fields.recipient_groups ?? '').split(',')
    expect(groups.some((group) => adminGroupIds().includes(group))).toBe(true)
})

test('client credentials: a table admins edit, four ACLs, a menu module, the hourly horizons job, and no seeded rows', () => {
    const columns = (app.tables.get(CREDENTIAL_TABLE) ?? []).map((c) => c.name)
    expect(columns).toEqual(expect.arrayContaining(['provider', 'kind', 'expires', 'note', 'active', 'affected_mailboxes', 'last_alert_days', 'alerted_expiry']))
    const role = app.of('sys_user_role').find((r) => r.fields.name === ADMIN_ROLE)
    const viewer = app.of('sys_user_role').find((r) => r.fields.name === VIEWER_ROLE)
    for (const operation of ['read', 'write', 'create', 'delete']) {
        const acl = app.of('sys_security_acl').find((r) => r.fields.name === CREDENTIAL_TABLE && r.fields.operation === operation)
        expect(acl).toBeDefined()
        const roles = app.of('sys_security_acl_role').filter((r) => r.fields.sys_security_acl === acl?.sysId).map((r) => r.fields.sys_user_role)
        // Viewers read (x_mail_oauth.admin contains the viewer role); only admins record and remove credentials.
        expect(roles).toContain(operation === 'read' ? viewer?.sysId : role?.sysId)
        if (operation !== 'read') expect(roles).not.toContain(viewer?.sysId)
    }
    expect(app.of('sys_app_module').find((r) => r.fields.title === 'Client credentials')?.fields).toMatchObject({ name: CREDENTIAL_TABLE, link_type: 'LIST' })
    expect(app.of('sysauto_script').find((r) => r.fields.name === 'Email OAuth Manager: time to failure and expiry warnings')?.fields).toMatchObject({ run_type: 'periodically', active: 'true' })
    expect(app.records.filter((r) => r.table === CREDENTIAL_TABLE)).toEqual([])
})

test.each([
    ['RESTMessageV2', 'execute'],
    ['sys_user', 'read'],
    ['sys_user_has_role', 'read'],
])('the app may %s (%s) across scopes', (target, operation) => {
    expect(app.of('sys_scope_privilege').some((p) => p.fields.target_name === target && p.fields.operation === operation && p.fields.status === 'allowed')).toBe(true)
})
