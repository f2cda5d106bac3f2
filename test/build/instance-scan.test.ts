/**
 * The Instance Scan suite "Email OAuth health" as built (fluent/instance-scan.now.ts), read back
 * from dist/app: the suite, its members, each check's admin-facing fields and the entry its script
 * calls, which must be a module of this build and a check src/instance-scan/ knows.
 */
import { BASIC_AUTH_FILTER } from '../../src/migration/plan.ts'
import { INSTANCE_CHECK_CODES } from '../../src/instance-scan/checks.ts'
import { installFolder, loadBuiltApp, type AppRecord, type BuiltApp } from './dist-app.ts'

const ENTRIES = 'x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts'
/** Check this instance's check calls the room that runs the probe (src/instance-check/). */
const INSTANCE_CHECK_ENTRIES = 'x_mail_oauth/email-oauth-manager/1.0.0/src/instance-check/entries.ts'
const ASSUMPTIONS_CHECK = 'instance_assumptions'

let app: BuiltApp
let checks: AppRecord[]

beforeAll(() => {
    app = loadBuiltApp()
    checks = [...app.of('scan_table_check'), ...app.of('scan_script_only_check')]
})

function summary(check: AppRecord): Record<string, string> {
    const call = /\.(scanEmailAccount|scanInstance|scanInstanceAssumptions)\((?:check, )?engine/.exec(check.fields.script ?? '')
    return {
        table: check.table,
        name: check.fields.name,
        priority: check.fields.priority,
        check: /var check = '([a-z_]+)'/.exec(check.fields.script ?? '')?.[1] ?? '',
        entry: call?.[1] ?? '',
        on: check.fields.table ?? '',
        conditions: check.fields.conditions ?? '',
    }
}

test('the suite holds exactly the nine checks, every one active and installed with the app', () => {
    const suites = app.of('scan_check_suite').filter((suite) => suite.fields.name === 'Email OAuth health')
    expect(suites.map((suite) => [suite.fields.active, installFolder(suite)])).toEqual([['true', 'update']])
    const members = app.of('scan_check_suite_check').filter((member) => member.fields.suite === suites[0].sysId)
    expect(members.map((member) => member.fields.check).sort()).toEqual(checks.map((check) => check.sysId).sort())
    expect(checks.map((check) => [check.fields.name, check.fields.active, installFolder(check)]).filter(([, active, folder]) => active !== 'true' || folder !== 'update')).toEqual([])
})

test('each check: its records, priority, the entry it calls and what it scans', () => {
    expect(checks.map(summary).sort((a, b) => a.check.localeCompare(b.check))).toEqual([
        { table: 'scan_table_check', name: 'Email OAuth: mailbox setup stops mail', priority: '2', check: 'account_errors', entry: 'scanEmailAccount', on: 'sys_email_account', conditions: 'authentication=oauth2' },
        { table: 'scan_table_check', name: 'Email OAuth: mailbox setup notes', priority: '4', check: 'account_notes', entry: 'scanEmailAccount', on: 'sys_email_account', conditions: 'authentication=oauth2' },
        { table: 'scan_table_check', name: 'Email OAuth: mailbox setup warnings', priority: '3', check: 'account_warnings', entry: 'scanEmailAccount', on: 'sys_email_account', conditions: 'authentication=oauth2' },
        { table: 'scan_table_check', name: 'Email OAuth: mailboxes still on Basic auth', priority: '3', check: 'basic_auth', entry: 'scanEmailAccount', on: 'sys_email_account', conditions: BASIC_AUTH_FILTER },
        { table: 'scan_script_only_check', name: 'Email OAuth: client secrets and certificates near expiry', priority: '2', check: 'client_credentials', entry: 'scanInstance', on: '', conditions: '' },
        { table: 'scan_script_only_check', name: 'Email OAuth: this instance differs from an assumption of the app', priority: '3', check: ASSUMPTIONS_CHECK, entry: 'scanInstanceAssumptions', on: '', conditions: '' },
        { table: 'scan_script_only_check', name: "Email OAuth: the platform's refresh job and credential cleanup", priority: '3', check: 'platform_machinery', entry: 'scanInstance', on: '', conditions: '' },
        { table: 'scan_script_only_check', name: 'Email OAuth: plugin active', priority: '2', check: 'plugin', entry: 'scanInstance', on: '', conditions: '' },
        { table: 'scan_script_only_check', name: 'Email OAuth: refresh job and its Run as user', priority: '2', check: 'refresh_job', entry: 'scanInstance', on: '', conditions: '' },
    ])
    const instanceChecks = checks.filter((check) => check.table === 'scan_script_only_check').map((check) => summary(check).check).filter((check) => check !== ASSUMPTIONS_CHECK)
    expect(instanceChecks.sort()).toEqual(Object.keys(INSTANCE_CHECK_CODES).sort())
})

test('every check tells the admin what it finds and how to fix it, and stays safe when its module cannot load', () => {
    expect(app.modules.has(ENTRIES)).toBe(true)
    expect(app.modules.has(INSTANCE_CHECK_ENTRIES)).toBe(true)
    const problems = checks.flatMap((check) => {
        const where = `${check.table} "${check.fields.name}" (${check.file})`
        const found: string[] = []
        if (/Symbol\(|\[object Object\]/.test(app.files.get(check.file) ?? '')) found.push(`${where}: a value Fluent could not resolve`)
        if (check.fields.category !== 'manageability') found.push(`${where}: category ${check.fields.category}`)
        for (const field of ['short_description', 'description', 'resolution_details']) if ((check.fields[field] ?? '').length < 40) found.push(`${where}: ${field} is missing or too short`)
        if (!/^https:\/\//.test(check.fields.documentation_url ?? '')) found.push(`${where}: no documentation URL`)
        const script = check.fields.script ?? ''
        const entries = summary(check).check === ASSUMPTIONS_CHECK ? INSTANCE_CHECK_ENTRIES : ENTRIES
        if (!script.includes(`require('${entries}')`)) found.push(`${where}: does not call ${entries}`)
        if (!/try \{[\s\S]*\} catch \(error\) \{[\s\S]*engine\.finding\.increment\(\)/.test(script)) found.push(`${where}: a module that cannot load would throw instead of reporting scan_check_failed`)
        if (check.table === 'scan_table_check' && check.fields.advanced !== 'true') found.push(`${where}: not advanced, so every matching account would be a finding`)
        return found
    })
    expect(problems).toEqual([])
})
