/**
 * Check this instance as built (dist/app): its Scripted REST API run as the platform runs a route,
 * over an installed app whose platform tables answer as a default instance does
 * (runner/platform-records.ts seedProbedDefaults: every assumption holding), then with each
 * assumption differing in turn: that item, and only that item, says differs (or cannot tell) and what
 * the app does then. The answers are stored, the GET route shows them to a viewer, the mail flow uses
 * the stored sys_email account column, and the Instance Scan check counts each item that differs.
 */
import { ADMIN_ROLE, VIEWER_ROLE } from '../../src/common/app.ts'
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import { NOT_CHECKED_YET, type InstanceCheckView } from '../../src/instance-check/entries.ts'
import { PROBE_ITEMS } from '../../src/instance-check/items.ts'
import { INSTANCE_CHECK_SCAN_NAME } from '../../src/instance-check/run.ts'
import { CANARY_TABLE } from '../../src/mail-flow/names.ts'
import { PROBE_ITEM, PROBE_TABLE, SIGN_IN_RUN_TABLE } from '../../src/platform/probe/names.ts'
import { GOOGLE } from '../../src/providers.ts'
import { platform, type Row } from '../stand-ins/platform.ts'
import { BuiltAppRunner } from './runner/built-app-runner.ts'
import { PROVIDER_OWN, runAuthorizationRequest } from './runner/oauth-util.ts'
import { seedProbedDefaults } from './runner/platform-records.ts'
import { ScanEngineStandIn } from './runner/scan-engine.ts'

const runner = new BuiltAppRunner()
const scan = new ScanEngineStandIn(runner)
const START = Date.UTC(2026, 10, 20, 9, 0, 0)
const SEEDED_AT = '2026-11-20 08:00:00'
const ADMIN = { sysId: '6816f79cc0a8016401c5a33be04be441', userName: 'admin', roles: ['admin'] }
/** Every item's key, as the check lists them. */
const ALL_KEYS = PROBE_ITEMS.map((item) => item.key)
const VIEWER = { sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', userName: 'viewer.vic', roles: [VIEWER_ROLE] }

/** An installed app on a default instance, where the app's OAuth API script has run once (a Microsoft authorization). */
function defaultInstance(): void {
    runner.installApp(START)
    seedProbedDefaults(runner.app, SEEDED_AT)
    runAuthorizationRequest(runner, SIGN_IN_SCRIPT.microsoft, PROVIDER_OWN)
}

function call(method: 'GET' | 'POST', user = ADMIN): { status: number; body: InstanceCheckView & { error?: { message: string } } } {
    const api = runner.builtRecord('sys_ws_definition', (record) => record.service_id === 'instance_check', 'the instance check API')
    const operation = runner.builtRecord('sys_ws_operation', (record) => record.web_service_definition === api.sys_id && record.http_method === method, `the ${method} route`)
    const result = { status: 0, body: {} as InstanceCheckView & { error?: { message: string } } }
    const response = { setStatus: (status: number) => (result.status = status), setHeader: () => undefined, setBody: (body: object) => (result.body = JSON.parse(JSON.stringify(body))) }
    platform.user = user
    try {
        runner.runServerScript(operation.operation_script ?? '', `sys_ws_operation: ${operation.name}`, { request: { pathParams: {} }, response })
    } finally {
        platform.user = ADMIN
    }
    return result
}

function statuses(view: InstanceCheckView): Record<string, string | null> {
    return Object.fromEntries(view.rows.map((row) => [row.key, row.status]))
}

function allConfirmedBut(key: string, status: string): Record<string, string> {
    return Object.fromEntries(ALL_KEYS.map((item) => [item, item === key ? status : 'confirmed']))
}

function rowWhere(table: string, match: (row: Row) => boolean): Row {
    const row = platform.db.rows(table).find(match)
    if (!row) throw new Error(`no ${table} row matches`)
    return row
}

describe('every assumption holding', () => {
    beforeAll(defaultInstance)

    it('the admin runs it: every item confirmed, each saying what it found and what the app does', () => {
        const { status, body } = call('POST')
        expect(status).toBe(200)
        expect(statuses(body)).toEqual(Object.fromEntries(ALL_KEYS.map((item) => [item, 'confirmed'])))
        expect(body.summary).toBe(`${ALL_KEYS.length} confirmed, 0 differ, 0 cannot tell`)
        for (const row of body.rows) expect({ key: row.key, found: row.found.length > 10, appDoes: row.appDoes.length > 10, checkedAt: row.checkedAt }).toEqual({ key: row.key, found: true, appDoes: true, checkedAt: '2026-11-20 09:00:00' })
        expect(body.rows.find((row) => row.key === PROBE_ITEM.signInScripts)?.appDoes).toContain(`you may set ${SIGN_IN_SCRIPT.google} on the Google provider`)
    })

    it('stores one row per item; a second run replaces them', () => {
        call('POST')
        expect(platform.db.rows(PROBE_TABLE).map((row) => row.item).sort()).toEqual(ALL_KEYS.sort())
    })

    it('a viewer reads the stored answers and may not run the check', () => {
        const read = call('GET', VIEWER)
        expect(read.status).toBe(200)
        expect({ canRun: read.body.canRun, confirmed: Object.values(statuses(read.body)).every((status) => status === 'confirmed') }).toEqual({ canRun: false, confirmed: true })
        const run = call('POST', VIEWER)
        expect(run.status).toBe(403)
        expect(run.body.error?.message).toContain(ADMIN_ROLE)
    })

    it('the Instance Scan check finds nothing', () => {
        const check = runner.builtRecord('scan_script_only_check', (record) => record.name === INSTANCE_CHECK_SCAN_NAME, 'the scan check')
        expect(scan.runCheck('scan_script_only_check', check)).toEqual({ findings: [], errors: [] })
    })
})

describe('before the first run', () => {
    beforeAll(() => runner.installApp(START))

    it('the overview shows every item as not checked yet', () => {
        const { status, body } = call('GET', VIEWER)
        expect(status).toBe(200)
        expect(body.summary).toBe(NOT_CHECKED_YET)
        expect(body.rows.every((row) => row.status === null && row.found === 'Not checked yet.')).toBe(true)
    })
})

/** Each assumption differing in turn, as an instance might: what to change, and what the item must then say. */
const DIFFERING: Array<[string, string, () => void, string]> = [
    [PROBE_ITEM.crossScopePrivileges, 'an admin denied the read of sys_email_account', () => platform.db.update('sys_scope_privilege', String(rowWhere('sys_scope_privilege', (row) => row.target_name === 'sys_email_account' && row.operation === 'read').sys_id), { status: 'denied' }), 'read on sys_email_account: denied'],
    [PROBE_ITEM.signInScripts, 'the Google provider names the app script and no run is recorded', () => {
        for (const row of platform.db.rows(SIGN_IN_RUN_TABLE)) platform.db.delete(SIGN_IN_RUN_TABLE, String(row.sys_id))
        const script = rowWhere('sys_script_include', (row) => row.name === SIGN_IN_SCRIPT.google)
        platform.db.update('oauth_entity', String(rowWhere('oauth_entity', (row) => row.name === GOOGLE.entityName).sys_id), { oauth_api_script: String(script.sys_id) })
    }, `names ${SIGN_IN_SCRIPT.google}, and no run`],
    [PROBE_ITEM.emailColumns, 'sys_email has no error_string', () => platform.db.delete('sys_dictionary', String(rowWhere('sys_dictionary', (row) => row.name === 'sys_email' && row.element === 'error_string').sys_id)), 'Missing: error_string'],
    [PROBE_ITEM.emailAccountColumn, 'the account column is named otherwise', () => platform.db.update('sys_dictionary', String(rowWhere('sys_dictionary', (row) => row.name === 'sys_email' && row.element === 'email_account').sys_id), { element: 'sent_through' }), 'column sent_through, not email_account'],
    [PROBE_ITEM.ignoredMailbox, 'no received-ignored type and no ignored email', () => {
        platform.db.delete('sys_email', String(rowWhere('sys_email', (row) => row.type === 'received-ignored').sys_id))
        platform.db.delete('sys_choice', String(rowWhere('sys_choice', (row) => row.name === 'sys_email' && row.value === 'received-ignored').sys_id))
    }, 'lists no received-ignored choice'],
    [PROBE_ITEM.mailJobs, 'the reader job has another name', () => platform.db.update('sys_trigger', String(rowWhere('sys_trigger', (row) => row.name === 'Email Reader').sys_id), { name: 'Inbound Email Reader' }), 'no job named POP3 Reader, Email Reader, IMAP Reader'],
    [PROBE_ITEM.readerLogSource, 'refused logins are logged under another source', () => platform.db.update('syslog', String(rowWhere('syslog', (row) => row.source === 'EmailReader').sys_id), { source: 'IMAPMailReader', message: 'AUTHENTICATE failed for Support inbox' }), 'logged under IMAPMailReader'],
    [PROBE_ITEM.emailFilters, 'nothing ignores the instance own mail', () => {
        platform.properties['glide.pop3.ignore_headers'] = ''
        platform.db.update('sys_email_filter', String(rowWhere('sys_email_filter', (row) => row.name === 'Ignore header').sys_id), { active: false })
    }, 'Nothing ignores X-ServiceNow-Generated'],
    [PROBE_ITEM.inboundEmailFlows, 'an active flow has an inbound email trigger', () => {
        const flow = platform.db.insert('sys_hub_flow', { name: 'Route inbound mail', active: true })
        platform.db.insert('sys_hub_trigger_instance', { flow, trigger_type: 'inbound_email' })
    }, 'Route inbound mail'],
    [PROBE_ITEM.connectionSecurity, 'the Connection security field has a choice the app does not know', () => {
        platform.db.insert('sys_dictionary', { name: 'sys_email_account', element: 'connection_security', internal_type: 'string', column_label: 'Connection security' })
        platform.db.insert('sys_choice', { name: 'sys_email_account', element: 'connection_security', value: 'auto', label: 'Automatic', inactive: false })
    }, 'auto ("Automatic")'],
    [PROBE_ITEM.graphAccountTypes, 'the release has Graph receive only', () => platform.db.delete('sys_choice', String(rowWhere('sys_choice', (row) => row.value === 'graph_send').sys_id)), 'Graph receive only'],
    [PROBE_ITEM.returningCanaryStored, 'the canary left and never came back stored while the reader runs', () => {
        platform.db.update(CANARY_TABLE, String(rowWhere(CANARY_TABLE, (row) => row.state === 'counted').sys_id), { state: 'lost', arrived: '' })
    }, '0 of 1 canaries'],
    [PROBE_ITEM.generatedHeaderStored, 'received email is stored without X-ServiceNow-Generated', () => {
        const stored = rowWhere('sys_email', (row) => row.type === 'received' && String(row.headers ?? '').indexOf('X-Email-OAuth-Canary') >= 0)
        platform.db.update('sys_email', String(stored.sys_id), { headers: String(stored.headers).replace('X-ServiceNow-Generated: true\n', '') })
    }, 'does not store that header'],
    [PROBE_ITEM.smtpLookback, 'the lookback property is not set', () => delete platform.properties['glide.email.smtp.claim.lookback.hrs'], 'is not set'],
    [PROBE_ITEM.certificateChain, 'the claims are kept in another table', () => {
        for (const row of platform.db.rows('sys_dictionary').filter((column) => column.name === 'jwt_standard_claim')) platform.db.update('sys_dictionary', String(row.sys_id), { name: 'jwt_claim' })
    }, 'Missing: table jwt_standard_claim'],
]

test('every item has its differing case here (a new item adds one)', () => {
    expect(DIFFERING.map(([key]) => key).sort()).toEqual([...ALL_KEYS].sort())
})

describe.each(DIFFERING)('%s differing: %s', (key, _why, change, said) => {
    beforeAll(() => {
        defaultInstance()
        change()
    })

    it('that item, and only that one, says differs, what it found and what the app does then', () => {
        const { status, body } = call('POST')
        expect(status).toBe(200)
        expect(statuses(body)).toEqual(allConfirmedBut(key, 'differs'))
        const row = body.rows.find((candidate) => candidate.key === key)
        expect(row?.found).toContain(said)
        expect(row?.appDoes.length).toBeGreaterThan(20)
    })

    it('the Instance Scan check reports one finding counting it once, naming it', () => {
        const check = runner.builtRecord('scan_script_only_check', (record) => record.name === INSTANCE_CHECK_SCAN_NAME, 'the scan check')
        const run = scan.runCheck('scan_script_only_check', check)
        expect(run.errors).toEqual([])
        expect(run.findings.map((finding) => finding.count)).toEqual([1])
        expect(run.findings[0].details).toContain(said)
    })
})

describe('the app uses the answers', () => {
    beforeEach(() => {
        defaultInstance()
        platform.db.update('sys_dictionary', String(rowWhere('sys_dictionary', (row) => row.name === 'sys_email' && row.element === 'email_account').sys_id), { element: 'sent_through' })
    })

    function failedEmailAccounts(): Array<string | null> {
        const out: { emails?: Array<{ accountId: string | null }> } = {}
        runner.runServerScript("out.emails = require('x_mail_oauth/email-oauth-manager/1.0.0/src/mail-flow/outbound-records.ts').readFailedEmails(0, function () { return true }).emails;", 'read failed emails', { out })
        return (out.emails ?? []).map((email) => email.accountId)
    }

    it("the mail flow reads the reader's refused login from the log source the instance uses, once checked", () => {
        platform.db.update('syslog', String(rowWhere('syslog', (row) => row.source === 'EmailReader').sys_id), { source: 'IMAPMailReader', message: "AUTHENTICATE failed: Email account 'Support inbox': [AUTHENTICATIONFAILED] Invalid credentials" })
        const loginError = (): string => {
            const out: { error?: string } = {}
            runner.runServerScript("out.error = require('x_mail_oauth/email-oauth-manager/1.0.0/src/mail-flow/records.ts').readLoginError('Support inbox', 0);", 'read login error', { out })
            return out.error ?? ''
        }
        expect(loginError()).toBe('')
        call('POST')
        expect(loginError()).toContain('[AUTHENTICATIONFAILED] Invalid credentials')
    })

    it('the mail flow reads the account of a failed email from the column the instance has, once checked', () => {
        const account = platform.db.insert('sys_email_account', { name: 'Outbound', type: 'smtp', active: true })
        platform.db.insert('sys_email', { type: 'send-failed', sent_through: account, error_string: '535 5.7.3 Authentication unsuccessful', sys_updated_on: '2026-11-20 08:30:00' })
        expect(failedEmailAccounts()).toEqual([null])
        call('POST')
        expect(failedEmailAccounts()).toEqual([account])
    })
})

describe("the app's own log lines are not the reader's", () => {
    beforeAll(defaultInstance)

    it('a warning of this app quoting AUTHENTICATE, and no reader line: cannot tell, not differs', () => {
        platform.db.delete('syslog', String(rowWhere('syslog', (row) => row.source === 'EmailReader').sys_id))
        platform.db.insert('syslog', { level: 1, source: 'x_mail_oauth', message: 'Email OAuth Manager: the canary was not read back: AUTHENTICATE failed', sys_created_on: SEEDED_AT })
        expect(statuses(call('POST').body)).toEqual(allConfirmedBut(PROBE_ITEM.readerLogSource, 'cannot_tell'))
    })
})

describe('what cannot be read or stored', () => {
    beforeEach(defaultInstance)
    afterEach(() => {
        platform.hooks.beforeQuery = undefined
        platform.refusals.clear()
    })

    it('a refused read makes its item cannot tell, with the reason, and the others still answer', () => {
        platform.hooks.beforeQuery = (table: string) => {
            if (table === 'sys_scope_privilege') throw new Error('Security restricted: read operation on table sys_scope_privilege from scope x_mail_oauth was denied')
        }
        const { body } = call('POST')
        expect(statuses(body)).toEqual(allConfirmedBut(PROBE_ITEM.crossScopePrivileges, 'cannot_tell'))
        expect(body.rows[0].found).toContain('Security restricted')
    })

    it('a refused write is said: 500, naming the table, and nothing claims to be stored', () => {
        platform.refusals.refuse(PROBE_TABLE, 'insert')
        const { status, body } = call('POST')
        expect(status).toBe(500)
        expect(body.refused).toHaveLength(ALL_KEYS.length)
        expect(body.refused[0]).toContain(`in table ${PROBE_TABLE}`)
        expect(body.rows.every((row) => row.status === null)).toBe(true)
    })
})
