/**
 * Who signed in, shown at once and recorded by the job: the built display business rule on
 * sys_email_account runs as the platform runs it when the admin is back on the Email Account form
 * after Authorize Email Account Access. A token of the wrong person is shown on the form at once;
 * the form load itself writes nothing and queues nothing (a display rule runs on every load). The
 * refresh job's next run records the identity on the Token health row (which the overview page
 * reads) and alerts once, also for an account that was already OK when it was authorized again.
 */
import { EVENT, HEALTH_TABLE } from '../../src/common/app.ts'
import * as glide from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { seedAccount, seedEnvironment, seedMicrosoftProvider } from '../setup-check/seed.ts'
import { BuiltAppRunner } from './runner/built-app-runner.ts'

const runner = new BuiltAppRunner()
const RULE = 'Email OAuth Manager: who signed in'

function accessTokenFor(upn: string): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ upn })}.sig`
}

/** The form opens: the built display rule runs with `current` (the account) and `previous` (null). */
function openForm(accountId: string): string[] {
    const rule = runner.builtRecord('sys_script', (record) => record.name === RULE, `the business rule "${RULE}"`)
    expect({ table: rule.collection, when: rule.when, active: rule.active }).toEqual({ table: 'sys_email_account', when: 'before_display', active: 'true' })
    platform.formMessages.length = 0
    const current = new glide.GlideRecord('sys_email_account')
    current.get(accountId)
    runner.runServerScript(rule.script, `sys_script: ${RULE}`, { current, previous: null })
    return platform.formMessages.map((message) => `${message.type}: ${message.message}`)
}

const row = (accountId: string) => platform.db.rows(HEALTH_TABLE).find((candidate) => candidate.email_account === accountId)!
const alerts = () => platform.events.filter((event) => event.name === EVENT.identityMismatch)

let accountId: string
let profileId: string

beforeAll(() => {
    runner.installApp(Date.UTC(2026, 10, 20, 9, 0, 0))
    seedEnvironment()
    profileId = seedMicrosoftProvider().profileId
    accountId = seedAccount(profileId, 'imap', 'Invoices inbox', false)
    platform.db.update('sys_email_account', accountId, { user_name: 'invoices@contoso.com' })
    platform.db.insert(HEALTH_TABLE, { email_account: accountId, status: 'needs_authorization' })
})

/** A form load: what it showed, and that it wrote and queued nothing. */
function openFormReadOnly(accountId: string): string[] {
    platform.stats.reset()
    const events = platform.events.length
    const shown = openForm(accountId)
    expect({ writes: platform.stats.totalWrites(), events: platform.events.length - events }).toEqual({ writes: 0, events: 0 })
    return shown
}

const MISMATCH =
    'error: Authorized as admin.jane@contoso.com, the mailbox is invoices@contoso.com: sign out of the provider (or open a private browser window) and click Authorize Email Account Access again, choosing invoices@contoso.com when the provider asks which account to use.'

test("authorized with the admin's own session: the form says so at once and writes nothing; the job records it and alerts once", () => {
    platform.oauth.setToken(accountId, profileId, { accessToken: accessTokenFor('admin.jane@contoso.com'), accessExpiresInSeconds: 3600, refreshToken: 'r1', refreshExpiresInSeconds: 90 * 86400 })
    expect(openFormReadOnly(accountId)).toEqual([MISMATCH])
    expect({ identity: row(accountId).authorized_identity ?? '', status: row(accountId).identity_status ?? '' }).toEqual({ identity: '', status: '' })
    expect(alerts()).toHaveLength(0)

    runner.runRefreshJob()
    expect({ identity: row(accountId).authorized_identity, status: row(accountId).identity_status }).toEqual({ identity: 'admin.jane@contoso.com', status: 'mismatch' })
    expect(alerts().map((event) => [event.sysId, event.parm2])).toEqual([[accountId, 'identity_mismatch']])
    // Opening the form again shows it again; neither the form nor the next run alerts again.
    expect(openFormReadOnly(accountId)).toEqual([MISMATCH])
    platform.clock.advanceSeconds(180)
    runner.runRefreshJob()
    expect(alerts()).toHaveLength(1)
})

test('authorized again as the mailbox while the row says OK: no message; the job sees the new token and records the match', () => {
    platform.clock.advanceSeconds(600)
    platform.oauth.setToken(accountId, profileId, { accessToken: accessTokenFor('invoices@contoso.com'), accessExpiresInSeconds: 3600, refreshToken: 'r2', refreshExpiresInSeconds: 90 * 86400 })
    expect(openFormReadOnly(accountId)).toEqual([])
    expect(row(accountId).identity_status).toBe('mismatch')
    runner.runRefreshJob()
    expect(row(accountId).identity_status).toBe('match')
    expect(alerts()).toHaveLength(1)
})

test('authorized again with the wrong account while the row says OK: the job alerts without waiting for a refresh', () => {
    platform.clock.advanceSeconds(600)
    platform.oauth.setToken(accountId, profileId, { accessToken: accessTokenFor('admin.jane@contoso.com'), accessExpiresInSeconds: 3600, refreshToken: 'r2b', refreshExpiresInSeconds: 90 * 86400 })
    expect(openFormReadOnly(accountId)).toEqual([MISMATCH])
    expect(alerts()).toHaveLength(1)
    runner.runRefreshJob()
    expect(row(accountId).identity_status).toBe('mismatch')
    expect(alerts()).toHaveLength(2)
    // Back to the mailbox for the next test.
    platform.clock.advanceSeconds(600)
    platform.oauth.setToken(accountId, profileId, { accessToken: accessTokenFor('invoices@contoso.com'), accessExpiresInSeconds: 3600, refreshToken: 'r2c', refreshExpiresInSeconds: 90 * 86400 })
    runner.runRefreshJob()
    expect(row(accountId).identity_status).toBe('match')
})

test('a user who may not read tokens sees nothing, and nothing is written', () => {
    platform.oauth.setToken(accountId, profileId, { accessToken: accessTokenFor('admin.jane@contoso.com'), accessExpiresInSeconds: 3600, refreshToken: 'r3' })
    const admin = platform.user
    platform.user = { sysId: 'u2', userName: 'helpdesk', roles: ['x_mail_oauth.admin'] }
    try {
        expect(openFormReadOnly(accountId)).toEqual([])
        expect(row(accountId).identity_status).toBe('match')
    } finally {
        platform.user = admin
    }
})
