/**
 * The Instance Scan suite "Email OAuth health" as built: the scan engine stand-in (runner/scan-engine.ts,
 * ServiceNow's documented Findings API) runs every check script of dist/app in the instance realm over
 * an installed app with clean and broken accounts, and the findings are the form's Check OAuth setup
 * findings for the same accounts: the same lines (message and code), sorted into the checks by
 * severity, each instance-wide finding once. No token is decrypted (token presence comes from an
 * aggregate over oauth_credential), no provider called, nothing written.
 */
import { CREDENTIAL_TABLE, HEALTH_TABLE } from '../../src/common/app.ts'
import { instanceCheckOf } from '../../src/instance-scan/checks.ts'
import { MICROSOFT } from '../../src/providers.ts'
import { CLEANUP_PROPERTY } from '../../src/setup-check/rules/platform.ts'
import * as snAuth from '../stand-ins/sn-auth.ts'
import * as snWs from '../stand-ins/sn-ws.ts'
import { platform } from '../stand-ins/platform.ts'
import { seedAccount, seedEnvironment, seedMicrosoftProvider } from '../setup-check/seed.ts'
import { BuiltAppRunner } from './runner/built-app-runner.ts'
import { rowCounts, ScanEngineStandIn, type ScanFinding, type SuiteRun } from './runner/scan-engine.ts'

const runner = new BuiltAppRunner()
const engine = new ScanEngineStandIn(runner)
const START = Date.UTC(2026, 10, 20, 9, 0, 0)
const SUITE = 'Email OAuth health'
const CHECK = {
    errors: 'Email OAuth: mailbox setup stops mail',
    warnings: 'Email OAuth: mailbox setup warnings',
    notes: 'Email OAuth: mailbox setup notes',
    basic: 'Email OAuth: mailboxes still on Basic auth',
    platform: "Email OAuth: the platform's refresh job and credential cleanup",
    credentials: 'Email OAuth: client secrets and certificates near expiry',
} as const

/** An unsigned JWT whose claims name `upn`: the identity the form's check reads from the access token. */
function accessTokenFor(upn: string): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ upn, aud: 'https://outlook.office.com' })}.sig`
}

interface World {
    clean: string
    wrongIdentity: string
    noRefreshToken: string
    neverAuthorized: string
    basicAuth: string
    credential: string
    /** Every account the form's check is compared on. */
    accounts: string[]
}

function buildWorld(): World {
    runner.installApp(START)
    seedEnvironment()
    const { providerId, profileId } = seedMicrosoftProvider()
    const clean = seedAccount(profileId, 'imap', 'Support inbox')
    platform.db.update('sys_email_account', clean, { user_name: 'support@contoso.com' })
    platform.oauth.setToken(clean, profileId, { accessToken: accessTokenFor('support@contoso.com'), accessExpiresInSeconds: 3000, refreshToken: 'r-clean', refreshExpiresInSeconds: 80 * 86400 })
    platform.db.insert(HEALTH_TABLE, { email_account: clean, authorized_identity: 'support@contoso.com' })

    const wrongIdentity = seedAccount(profileId, 'imap', 'Invoices inbox')
    platform.db.update('sys_email_account', wrongIdentity, { user_name: 'invoices@contoso.com' })
    platform.oauth.setToken(wrongIdentity, profileId, { accessToken: accessTokenFor('admin.jane@contoso.com'), accessExpiresInSeconds: 3000, refreshToken: 'r-wrong', refreshExpiresInSeconds: 80 * 86400 })
    platform.db.insert(HEALTH_TABLE, { email_account: wrongIdentity, authorized_identity: 'admin.jane@contoso.com' })

    const noRefreshToken = seedAccount(profileId, 'smtp', 'Outbound mail', false)
    platform.db.update('sys_email_account', noRefreshToken, { user_name: 'outbound@contoso.com', port: '25' })
    platform.oauth.setToken(noRefreshToken, profileId, { accessToken: accessTokenFor('outbound@contoso.com'), accessExpiresInSeconds: 3000 })
    platform.db.insert(HEALTH_TABLE, { email_account: noRefreshToken, authorized_identity: 'outbound@contoso.com' })

    const neverAuthorized = seedAccount(profileId, 'imap', 'HR inbox', false)
    platform.db.update('sys_email_account', neverAuthorized, { user_name: 'hr@contoso.com', active: false })

    const basicAuth = platform.db.insert('sys_email_account', {
        name: 'Legacy inbox',
        type: 'imap',
        active: true,
        authentication: 'password',
        server: MICROSOFT.imap.host,
        port: String(MICROSOFT.imap.port),
        enable_ssl: true,
        user_name: 'legacy@contoso.com',
    })
    const credential = platform.db.insert(CREDENTIAL_TABLE, { provider: providerId, kind: 'secret', expires: '2026-12-01', active: true })
    platform.properties[CLEANUP_PROPERTY.hoursExpiredKept] = '24'
    const shipped = platform.db.rows('sys_email_account').filter((row) => row.authentication === 'oauth2' && ![clean, wrongIdentity, noRefreshToken, neverAuthorized].includes(String(row.sys_id)))
    return { clean, wrongIdentity, noRefreshToken, neverAuthorized, basicAuth, credential, accounts: [clean, wrongIdentity, noRefreshToken, neverAuthorized, basicAuth, ...shipped.map((row) => String(row.sys_id))] }
}

/** The form's Check OAuth setup on one account, as built: its finding lines ("message [code]") by message type. */
function formCheck(accountId: string): { error: string[]; info: string[] } {
    platform.formMessages.length = 0
    runner.clickUiAction('sys_email_account', 'Check OAuth setup', accountId)
    const lines = platform.formMessages.filter((message) => /\[[a-z0-9_]+\]$/.test(message.message))
    return { error: lines.filter((m) => m.type === 'error').map((m) => m.message), info: lines.filter((m) => m.type === 'info').map((m) => m.message) }
}

/** A finding's problem lines (after the subject line). */
function linesOf(finding: ScanFinding): string[] {
    return finding.details.split('\n').slice(1)
}

function findingsOn(run: SuiteRun, source: string): ScanFinding[] {
    return run.findings.filter((finding) => finding.source === source)
}

const codeOf = (line: string) => /\[([a-z0-9_]+)\]$/.exec(line)?.[1] ?? ''

let world: World
let run: SuiteRun

beforeAll(() => {
    world = buildWorld()
    run = engine.runSuite(SUITE)
})

afterEach(() => jest.restoreAllMocks())

test('every check runs to the end, and a clean account yields no finding', () => {
    expect(run.errors).toEqual([])
    expect(findingsOn(run, `sys_email_account:${world.clean}`)).toEqual([])
    // The form also shows the instance-wide findings on every account; the scan reports those once, on their own item.
    const form = formCheck(world.clean)
    expect([...form.error, ...form.info].filter((line) => instanceCheckOf(codeOf(line)) === null)).toEqual([])
})

test('the broken accounts: one finding per account and check, counting each problem, with the code and the fix', () => {
    const wrong = findingsOn(run, `sys_email_account:${world.wrongIdentity}`)
    expect(wrong.map((finding) => [finding.check, finding.priority, finding.count, linesOf(finding).map(codeOf)])).toEqual([[CHECK.errors, '2', 1, ['identity_mismatch']]])
    expect(wrong[0].details).toMatch(/^Email account 'Invoices inbox': 1 problem\n.*admin\.jane@contoso\.com.*invoices@contoso\.com.* \[identity_mismatch\]$/s)
    const smtp = findingsOn(run, `sys_email_account:${world.noRefreshToken}`)
    expect(smtp.map((finding) => [finding.check, finding.count, linesOf(finding).map(codeOf)])).toEqual([[CHECK.errors, 2, ['port_mismatch', 'no_refresh_token']]])
    const never = findingsOn(run, `sys_email_account:${world.neverAuthorized}`)
    expect(never.map((finding) => [finding.check, linesOf(finding).map(codeOf)]).sort()).toEqual([
        [CHECK.notes, ['account_inactive']],
        [CHECK.errors, ['not_authorized']],
    ])
    const basic = findingsOn(run, `sys_email_account:${world.basicAuth}`)
    expect(basic.map((finding) => [finding.check, finding.priority, linesOf(finding).map(codeOf)])).toEqual([[CHECK.basic, '3', ['not_oauth2', 'basic_auth_cutoff']]])
})

test('the instance-wide items: once each, naming the item', () => {
    const platformFindings = run.findings.filter((finding) => finding.check === CHECK.platform)
    expect(platformFindings.map((finding) => [finding.source?.split(':')[0], linesOf(finding).map(codeOf)])).toEqual([['sysauto_script', ['oauth_credential_cleanup_too_soon']]])
    const credentials = run.findings.filter((finding) => finding.check === CHECK.credentials)
    expect(credentials.map((finding) => [finding.source, linesOf(finding).map(codeOf)])).toEqual([[`${CREDENTIAL_TABLE}:${world.credential}`, ['client_credential_expiring']]])
    expect(credentials[0].details).toContain('these mailboxes stop: invoices@contoso.com, outbound@contoso.com, support@contoso.com.')
})

test("the scan's findings are the form's findings for the same accounts", () => {
    const instanceWide = run.findings.filter((finding) => !finding.source?.startsWith('sys_email_account:')).flatMap(linesOf)
    for (const account of world.accounts) {
        const label = platform.db.rows('sys_email_account').find((row) => row.sys_id === account)?.name
        const form = formCheck(account)
        const own = (lines: string[]) => lines.filter((line) => instanceCheckOf(codeOf(line)) === null).sort()
        const scan = findingsOn(run, `sys_email_account:${account}`)
        if (scan.some((finding) => finding.check === CHECK.basic)) {
            expect({ label, lines: scan.flatMap(linesOf).sort() }).toEqual({ label, lines: own([...form.error, ...form.info]) })
        } else {
            // Errors stop mail (priority 2); warnings and notes go to the lower checks. Word for word the form's lines.
            expect({ label, errors: scan.filter((f) => f.priority === '2').flatMap(linesOf).sort() }).toEqual({ label, errors: own(form.error) })
            expect({ label, others: scan.filter((f) => f.priority !== '2').flatMap(linesOf).sort() }).toEqual({ label, others: own(form.info) })
        }
        // The form's instance-wide lines are in the scan once, on their item: the same text, except that the
        // client credential finding names every mailbox it stops instead of "this account".
        const wide = [...form.error, ...form.info].filter((line) => instanceCheckOf(codeOf(line)) !== null)
        const expected = wide.map((line) => (codeOf(line).startsWith('client_credential_') ? codeOf(line) : line))
        const found = wide.map((line) => (codeOf(line).startsWith('client_credential_') ? (instanceWide.some((w) => codeOf(w) === codeOf(line)) ? codeOf(line) : 'missing') : instanceWide.includes(line) ? line : 'missing'))
        expect({ label, wide: found }).toEqual({ label, wide: expected })
    }
})

test('the scan decrypts no token (it never calls getToken), reads no token value, calls no provider and writes nothing', () => {
    platform.oauth.decryptions.length = 0
    const valueReads = [jest.spyOn(snAuth.GlideOAuthToken.prototype, 'getAccessToken'), jest.spyOn(snAuth.GlideOAuthToken.prototype, 'getRefreshToken')]
    const calls = [jest.spyOn(snWs.RESTMessageV2.prototype, 'execute'), jest.spyOn(snAuth.GlideOAuthClient.prototype, 'requestTokenByRequest')]
    const tables = ['sys_email_account', HEALTH_TABLE, CREDENTIAL_TABLE, 'oauth_entity', 'sysevent']
    const before = rowCounts(tables)
    const again = engine.runSuite(SUITE)
    expect(again.findings).toEqual(run.findings)
    expect(valueReads.map((spy) => spy.mock.calls.length)).toEqual([0, 0])
    expect(platform.oauth.decryptions).toEqual([])
    expect(calls.map((spy) => spy.mock.calls.length)).toEqual([0, 0])
    expect(rowCounts(tables)).toEqual(before)
    expect(platform.events).toEqual([])
})

test('one failing check does not stop the suite, and says so as a finding', () => {
    const broken = engine.runSuite(SUITE, (check) => (check.name === CHECK.errors ? (check.script ?? '').replace('/1.0.0/', '/9.9.9/') : null))
    expect(broken.errors).toEqual([])
    const failed = broken.findings.filter((finding) => finding.check === CHECK.errors)
    expect(failed.length).toBe(world.accounts.length - 1)
    expect(failed.every((finding) => finding.details.endsWith('[scan_check_failed]'))).toBe(true)
    expect(broken.findings.filter((finding) => finding.check !== CHECK.errors)).toEqual(run.findings.filter((finding) => finding.check !== CHECK.errors))
})
