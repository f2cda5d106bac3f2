/**
 * Check this instance as built (fluent/check-this-instance.now.ts, fluent/check-this-instance-access.now.ts,
 * fluent/atf/check-this-instance.now.ts, the scan check): every record read back from dist/app, and a
 * read privilege for every global table its readers touch, found in the source of src/instance-check/
 * (a new item that reads a new table without declaring it fails here, naming the table).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ADMIN_ROLE, VIEWER_ROLE } from '../../src/common/app.ts'
import { EMAIL_FILTER_TABLE } from '../../src/instance-check/items/email-filters.ts'
import { TRIGGER_TABLE } from '../../src/instance-check/items/inbound-email-flows.ts'
import { CANARY_TABLE } from '../../src/mail-flow/names.ts'
import { PROBE_TABLE, SIGN_IN_RUN_TABLE } from '../../src/platform/probe/names.ts'
import { builtAtfSuite, stepScript } from './atf-records.ts'
import { loadBuiltApp } from './dist-app.ts'

const app = loadBuiltApp()
const SRC = join(__dirname, '..', '..', 'src')
const MODULE = 'x_mail_oauth/email-oauth-manager/1.0.0/src'

/** Tables named through a constant rather than a literal, and those reached by a dot-walk or a reference's display value. */
const CONSTANT_TABLES: Record<string, string> = { EMAIL_FILTER_TABLE, TRIGGER_TABLE, PROBE_TABLE, SIGN_IN_RUN_TABLE, CANARY_TABLE }
const REACHED_TABLES = ['sys_dictionary', 'sys_choice', 'sys_scope', 'sys_hub_flow', 'sys_script_include', 'sys_properties']

function sourcesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourcesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
}

/** Every table a GlideRecord of the check's readers (and the Google fix script's) opens. */
function tablesRead(): string[] {
    const files = [...sourcesUnder(join(SRC, 'instance-check')), ...sourcesUnder(join(SRC, 'platform', 'probe')), join(SRC, 'install', 'google-offline-access.ts')]
    const tables = new Set(REACHED_TABLES)
    for (const file of files) {
        for (const match of readFileSync(file, 'utf8').matchAll(/new GlideRecord\(([^)]+)\)/g)) {
            const argument = match[1].trim()
            const literal = /^'([a-z0-9_]+)'$/.exec(argument)?.[1]
            const table = literal ?? CONSTANT_TABLES[argument]
            if (!table) throw new Error(`${file}: new GlideRecord(${argument}): name the table by a literal or add the constant to CONSTANT_TABLES`)
            tables.add(table)
        }
    }
    return [...tables].sort()
}

function one(table: string, match: (fields: Record<string, string>) => boolean) {
    const found = app.of(table).filter((record) => match(record.fields))
    expect(found).toHaveLength(1)
    return found[0]
}

test('a read privilege, allowed, for every global table the check reads', () => {
    const global = tablesRead().filter((table) => !table.startsWith('x_mail_oauth_'))
    expect(global.length).toBeGreaterThan(10)
    const missing = global.filter((table) => !app.of('sys_scope_privilege').some(({ fields }) => fields.target_name === table && fields.operation === 'read' && fields.status === 'allowed' && fields.target_type === 'sys_db_object'))
    expect(missing).toEqual([])
})

test('the Google fix script may write the provider', () => {
    expect(app.of('sys_scope_privilege').some(({ fields }) => fields.target_name === 'oauth_entity' && fields.operation === 'write' && fields.status === 'allowed')).toBe(true)
})

test('the answers table: one row per item (unique), readable by viewers; the run records by admins', () => {
    expect(app.tables.get(PROBE_TABLE)?.map((column) => column.name)).toEqual(expect.arrayContaining(['item', 'order', 'title', 'assumption', 'status', 'found', 'app_does', 'value', 'checked_at']))
    expect(app.tables.get(SIGN_IN_RUN_TABLE)?.map((column) => column.name)).toEqual(expect.arrayContaining(['script', 'first_run', 'last_run', 'runs']))
    expect(app.files.get(`dictionary/${PROBE_TABLE}.xml`)).toMatch(/<index name="instance_check_item" unique="true">/)
    expect(app.files.get(`dictionary/${SIGN_IN_RUN_TABLE}.xml`)).toMatch(/<index name="sign_in_run_script" unique="true">/)
    const roleNames = (aclId: string) => app.of('sys_security_acl_role').filter((link) => link.fields.sys_security_acl === aclId).map((link) => app.byId(link.fields.sys_user_role)?.fields.name ?? link.fields.sys_user_role).sort()
    const readAcl = one('sys_security_acl', (fields) => fields.name === PROBE_TABLE && fields.operation === 'read')
    // The platform role admin is written by name (<sys_user_role name="admin">), the app's roles as records.
    expect(roleNames(readAcl.sysId)).toEqual(expect.arrayContaining([ADMIN_ROLE, VIEWER_ROLE]))
    expect(roleNames(readAcl.sysId)).toHaveLength(3)
})

test('the API: GET for viewers, POST for admins, each calling its handler in the built module', () => {
    const api = one('sys_ws_definition', (fields) => fields.service_id === 'instance_check')
    expect(api.fields.base_uri).toBe('/api/x_mail_oauth/instance_check')
    const operations = app.of('sys_ws_operation').filter((operation) => operation.fields.web_service_definition === api.sysId)
    const roleOf = (aclId: string) => app.of('sys_security_acl_role').filter((link) => link.fields.sys_security_acl === aclId).map((link) => app.byId(link.fields.sys_user_role)?.fields.name)
    expect(
        operations
            .map((operation) => ({
                route: `${operation.fields.http_method} ${operation.fields.relative_path}`,
                roles: roleOf(operation.fields.enforce_acl),
                handler: /^(getInstanceCheck|runInstanceCheck)\(request, response\);$/m.exec(operation.fields.operation_script ?? '')?.[1],
                module: (operation.fields.operation_script ?? '').includes(`${MODULE}/instance-check/entries.ts`),
            }))
            .sort((a, b) => a.route.localeCompare(b.route)),
    ).toEqual([
        { route: 'GET /', roles: [VIEWER_ROLE], handler: 'getInstanceCheck', module: true },
        { route: 'POST /', roles: [ADMIN_ROLE], handler: 'runInstanceCheck', module: true },
    ])
})

test('the ATF step, the scan check and the fix script call modules of this build that export what they call', () => {
    const calls: Array<[string, string, string]> = [
        ['sys_atf_step', 'src/atf/instance-check.ts', 'runInstanceCheckForAtf'],
        ['scan_script_only_check', 'src/instance-check/entries.ts', 'scanInstanceAssumptions'],
        ['sys_script_fix', 'src/install/google-offline-access.ts', 'keepGoogleOfflineAccess'],
    ]
    for (const [table, path, name] of calls) {
        const callers = table === 'sys_atf_step' ? builtAtfSuite(app).tests.flatMap((test) => test.steps.map(stepScript)) : app.of(table).map((record) => record.fields.script ?? '')
        const caller = callers.filter((script) => script.includes(`${MODULE}/${path.replace(/^src\//, '')}`))
        const module = app.modules.get(`x_mail_oauth/email-oauth-manager/1.0.0/${path}`) ?? ''
        expect({ table, path, callers: caller.length, exported: new RegExp(`export function ${name}\\b`).test(module) }).toEqual({ table, path, callers: 1, exported: true })
    }
})
