/**
 * Moving a Basic-auth account to OAuth on the Glide stand-ins, through the UI action entries the
 * way the generated glue calls them: prepare the twin, refuse the switch while the twin has no
 * valid token, switch in the safe order once it has, and undo. Plus the pure plan's rules.
 */
import { MICROSOFT } from '../../src/providers.ts'
import { isBasicAuthAccount, planSwitch, providerOfServer, type AccountRecord } from '../../src/migration/plan.ts'
import { prepareOAuthSwitch, switchToOAuth, undoOAuthSwitch } from '../../src/migration/form-actions.ts'
import { action, GlideRecord } from '../stand-ins/glide.ts'
import { seedConnectionSecurityField, seedProvider } from '../stand-ins/fixtures.ts'
import { platform } from '../stand-ins/platform.ts'

type Entry = typeof prepareOAuthSwitch

function click(entry: Entry, sysId: string): void {
    const current = new GlideRecord('sys_email_account')
    expect(current.get(sysId)).toBe(true)
    entry(current as unknown as Parameters<Entry>[0], action as unknown as Parameters<Entry>[1])
}

function account(sysId: string) {
    return platform.db.row('sys_email_account', sysId)!
}

function twinOf(name: string) {
    return platform.db.rows('sys_email_account').find((row) => row.name === `${name} (OAuth)`)
}

const writes: string[] = []

beforeEach(() => {
    platform.reset()
    writes.length = 0
    const update = platform.db.update.bind(platform.db)
    platform.db.update = (table, sysId, fields) => {
        if (table === 'sys_email_account' && 'active' in fields) writes.push(`${String(platform.db.row(table, sysId)?.name)}=${String(fields.active)}`)
        update(table, sysId, fields)
    }
})

function seedBasic(type: 'imap' | 'smtp', server: string): string {
    const { profileId } = seedProvider({ name: 'Microsoft 365 Email' })
    platform.db.update('oauth_entity_profile', profileId, { name: MICROSOFT.profileName })
    writes.length = 0
    return platform.db.insert('sys_email_account', {
        name: type === 'smtp' ? 'Outbound' : 'Service desk',
        type,
        active: true,
        authentication: 'password',
        server,
        port: type === 'smtp' ? 587 : 993,
        user_name: 'servicedesk@contoso.com',
        email_user_label: 'Service desk',
        from: 'servicedesk@contoso.com',
        password: 'stored-by-the-platform',
    })
}

describe('Prepare OAuth switch', () => {
    it('creates an inactive OAuth twin with the same mailbox, the Microsoft profile and its servers; the Basic account stays active', () => {
        const basic = seedBasic('imap', 'outlook.office365.com')
        click(prepareOAuthSwitch, basic)
        const twin = twinOf('Service desk')!
        expect(twin).toMatchObject({ type: 'imap', active: false, authentication: 'oauth2', server: MICROSOFT.imap.host, port: MICROSOFT.imap.port, enable_ssl: true, user_name: 'servicedesk@contoso.com' })
        expect(platform.db.row('oauth_entity_profile', String(twin.oauth_profile))?.name).toBe(MICROSOFT.profileName)
        expect(account(basic).active).toBe(true)
        expect(platform.formMessages.at(-1)?.message).toMatch(/Authorize Email Account Access .* signed in as servicedesk@contoso.com/)
    })

    it('sets Connection security to what the port needs where the instance has the field, and leaves it alone where it has not', () => {
        seedConnectionSecurityField()
        click(prepareOAuthSwitch, seedBasic('imap', 'outlook.office365.com'))
        expect(twinOf('Service desk')).toMatchObject({ port: 993, enable_ssl: true, connection_security: '2' })
        click(prepareOAuthSwitch, seedBasic('smtp', 'smtp.office365.com'))
        expect(twinOf('Outbound')).toMatchObject({ port: 587, enable_tls: true, connection_security: '1' })
    })

    it('writes no Connection security where the field does not exist (older releases)', () => {
        click(prepareOAuthSwitch, seedBasic('imap', 'outlook.office365.com'))
        const twin = twinOf('Service desk')!
        expect(twin).not.toHaveProperty('connection_security')
        expect(twin).not.toHaveProperty('connectionSecurity')
    })

    it('creates no twin where the field has no secure choice for the port, and says what to do', () => {
        seedConnectionSecurityField('connection_security', 'Connection security', [{ value: '0', label: 'None' }])
        click(prepareOAuthSwitch, seedBasic('imap', 'outlook.office365.com'))
        expect(twinOf('Service desk')).toBeUndefined()
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('none for SSL/TLS, which port 993 needs') })
    })

    it('refuses a second twin, and a server of neither provider', () => {
        const basic = seedBasic('smtp', 'smtp.office365.com')
        click(prepareOAuthSwitch, basic)
        click(prepareOAuthSwitch, basic)
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('already has its OAuth twin') })
        platform.db.update('sys_email_account', basic, { server: 'mail.example.org' })
        click(prepareOAuthSwitch, basic)
        expect(platform.formMessages.at(-1)?.message).toContain('neither Microsoft 365 nor Gmail')
    })
})

describe('Switch to OAuth', () => {
    it('is refused with a clear message while the twin holds no valid token; nothing changes', () => {
        const basic = seedBasic('smtp', 'smtp.office365.com')
        click(prepareOAuthSwitch, basic)
        writes.length = 0
        click(switchToOAuth, basic)
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/^Not switched: 'Outbound \(OAuth\)' holds no valid OAuth token yet.*stays active meanwhile/) })
        expect(writes).toEqual([])
    })

    it("refreshes a prepared twin whose access token lapsed (the job keeps active accounts only) with one token request, then switches", () => {
        const basic = seedBasic('smtp', 'smtp.office365.com')
        click(prepareOAuthSwitch, basic)
        const twin = twinOf('Outbound')!
        platform.oauth.authorize(String(twin.sys_id), String(twin.oauth_profile))
        platform.clock.advanceSeconds(3700)
        writes.length = 0
        const before = platform.oauth.requests.length
        click(switchToOAuth, basic)
        expect(platform.oauth.requests.length - before).toBe(1)
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'info', message: expect.stringMatching(/^Switched/) })
        expect(writes).toEqual(['Outbound (OAuth)=true', 'Outbound=false'])
    })

    it('sends the admin to authorize again only when the provider refuses the refresh token', () => {
        const basic = seedBasic('smtp', 'smtp.office365.com')
        click(prepareOAuthSwitch, basic)
        const twin = twinOf('Outbound')!
        platform.oauth.authorize(String(twin.sys_id), String(twin.oauth_profile))
        platform.clock.advanceSeconds(3700)
        platform.oauth.provider.respondNext({ status: 400, body: JSON.stringify({ error: 'invalid_grant', error_description: 'AADSTS70008: The refresh token has expired.' }) })
        writes.length = 0
        click(switchToOAuth, basic)
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/no longer accepts the refresh token.*Authorize Email Account Access/) })
        expect(writes).toEqual([])
    })

    it('tells a member without admin which role reading the twin\'s token needs, instead of "authorize again"', () => {
        const basic = seedBasic('smtp', 'smtp.office365.com')
        click(prepareOAuthSwitch, basic)
        const twin = twinOf('Outbound')!
        platform.oauth.authorize(String(twin.sys_id), String(twin.oauth_profile))
        platform.user = { sysId: 'u1', userName: 'mail.admin', roles: ['email_account_admin'] }
        writes.length = 0
        click(switchToOAuth, basic)
        const message = platform.formMessages.at(-1)?.message ?? ''
        expect(message).toMatch(/the role admin .*mail\.admin lacks it/)
        expect(message).not.toMatch(/Authorize Email Account Access/)
        expect(writes).toEqual([])
    })

    it('SMTP: activates the authorized twin before deactivating the Basic account, so an SMTP account is always active', () => {
        const basic = seedBasic('smtp', 'smtp.office365.com')
        click(prepareOAuthSwitch, basic)
        const twin = twinOf('Outbound')!
        platform.oauth.authorize(String(twin.sys_id), String(twin.oauth_profile))
        writes.length = 0
        click(switchToOAuth, basic)
        expect(writes).toEqual(['Outbound (OAuth)=true', 'Outbound=false'])
        expect(platform.formMessages.at(-1)?.type).toBe('info')
    })

    it('IMAP: deactivates the Basic account before activating the twin, so the mailbox is never read by both; Undo reverses it', () => {
        const basic = seedBasic('imap', 'outlook.office365.com')
        click(prepareOAuthSwitch, basic)
        const twin = twinOf('Service desk')!
        platform.oauth.authorize(String(twin.sys_id), String(twin.oauth_profile))
        writes.length = 0
        click(switchToOAuth, basic)
        expect(writes).toEqual(['Service desk=false', 'Service desk (OAuth)=true'])
        writes.length = 0
        click(undoOAuthSwitch, String(twin.sys_id))
        expect(writes).toEqual(['Service desk (OAuth)=false', 'Service desk=true'])
        expect(account(basic).password).toBe('stored-by-the-platform')
    })
})

describe('a write the instance refuses', () => {
    function prepared(type: 'imap' | 'smtp'): { basic: string; twin: string } {
        const basic = seedBasic(type, type === 'smtp' ? 'smtp.office365.com' : 'outlook.office365.com')
        click(prepareOAuthSwitch, basic)
        const twin = twinOf(type === 'smtp' ? 'Outbound' : 'Service desk')!
        platform.oauth.authorize(String(twin.sys_id), String(twin.oauth_profile))
        writes.length = 0
        return { basic, twin: String(twin.sys_id) }
    }
    const activating = (sysId: string, active: boolean) => (row: Record<string, unknown>) => row.sys_id === sysId && row.active === active

    it('Prepare OAuth switch says the twin was not created, naming the table and where to allow it', () => {
        const basic = seedBasic('smtp', 'smtp.office365.com')
        platform.refusals.refuse('sys_email_account', 'insert')
        click(prepareOAuthSwitch, basic)
        expect(twinOf('Outbound')).toBeUndefined()
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/^Not prepared: The instance refused to create the OAuth twin 'Outbound \(OAuth\)' in table sys_email_account.*Application Access/) })
    })

    it('SMTP: the Basic account cannot be deactivated, so the twin is deactivated again: one active SMTP account, as before', () => {
        const { basic, twin } = prepared('smtp')
        platform.refusals.refuse('sys_email_account', 'update', activating(basic, false))
        click(switchToOAuth, basic)
        expect(writes).toEqual(['Outbound (OAuth)=true', 'Outbound (OAuth)=false'])
        expect([account(basic).active, account(twin).active]).toEqual([true, false])
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/^Not switched: The instance refused to update Active \(off\) on the email account 'Outbound'.*was undone, so nothing changed/) })
    })

    it('IMAP: the twin cannot be activated, so the Basic account is activated again: the mailbox keeps its reader', () => {
        const { basic, twin } = prepared('imap')
        platform.refusals.refuse('sys_email_account', 'update', activating(twin, true))
        click(switchToOAuth, basic)
        expect(writes).toEqual(['Service desk=false', 'Service desk=true'])
        expect([account(basic).active, account(twin).active]).toEqual([true, false])
    })

    it('when undoing is refused too, the message states the pair\'s state; Undo switch later finds and undoes what was done', () => {
        const { basic, twin } = prepared('smtp')
        platform.refusals.refuse('sys_email_account', 'update', (row) => row.active === false)
        click(switchToOAuth, basic)
        expect([account(basic).active, account(twin).active]).toEqual([true, true])
        expect(platform.formMessages.at(-1)?.message).toMatch(/refused too: now 'Outbound' is active and 'Outbound \(OAuth\)' is active\. Two SMTP accounts are active\. .*Undo switch/)
        platform.refusals.clear()
        writes.length = 0
        click(undoOAuthSwitch, twin)
        expect(writes).toEqual(['Outbound (OAuth)=false'])
        expect([account(basic).active, account(twin).active]).toEqual([true, false])
        expect(platform.formMessages.at(-1)?.type).toBe('info')
    })

    it('Undo switch after an IMAP switch that left neither account active gives the mailbox its Basic reader back', () => {
        const { basic, twin } = prepared('imap')
        platform.refusals.refuse('sys_email_account', 'update', (row) => row.sys_id === twin || (row.sys_id === basic && row.active === true))
        click(switchToOAuth, basic)
        expect([account(basic).active, account(twin).active]).toEqual([false, false])
        expect(platform.formMessages.at(-1)?.message).toContain('Nothing reads the mailbox.')
        platform.refusals.clear()
        writes.length = 0
        click(undoOAuthSwitch, twin)
        expect(writes).toEqual(['Service desk=true'])
    })

    it('Undo switch refused: nothing changes and the message says so', () => {
        const { basic, twin } = prepared('smtp')
        click(switchToOAuth, basic)
        platform.refusals.refuse('sys_email_account', 'update')
        writes.length = 0
        click(undoOAuthSwitch, twin)
        expect(platform.formMessages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/^Not switched back: .*Nothing was changed: 'Outbound' is inactive and 'Outbound \(OAuth\)' is active, as before\./) })
        expect([account(basic).active, account(twin).active]).toEqual([false, true])
    })
})

describe('the plan', () => {
    it('recognises Microsoft and Google hosts only', () => {
        expect(providerOfServer('outlook.office365.com')).toBe('microsoft')
        expect(providerOfServer('smtp.office365.com')).toBe('microsoft')
        expect(providerOfServer('imap.gmail.com')).toBe('google')
        expect(providerOfServer('office365.com.evil.example')).toBeNull()
        expect(isBasicAuthAccount({ authentication: 'password', server: 'smtp.gmail.com', type: 'smtp' })).toBe(true)
        expect(isBasicAuthAccount({ authentication: 'oauth2', server: 'smtp.gmail.com', type: 'smtp' })).toBe(false)
    })

    it('refuses a twin with an access token but no refresh token', () => {
        const record = (over: Partial<AccountRecord>): AccountRecord => ({ sysId: 'a', name: 'A', type: 'imap', authentication: 'password', active: true, server: 'outlook.office365.com', userName: 'a@b.c', emailUserLabel: '', from: '', oauthProfile: '', ...over })
        const result = planSwitch(record({}), record({ sysId: 't', name: 'A (OAuth)', authentication: 'oauth2', active: false }), { hasAccessToken: true, accessExpiresInSeconds: 3000, hasRefreshToken: false })
        expect(result).toMatchObject({ ok: false, message: expect.stringContaining('no refresh token') })
    })
})
