import { GlideDateTime, gs, GlideAggregate as ImportedGlideAggregate, GlideRecord as ImportedGlideRecord } from '@servicenow/glide'
// The platform's GlideRecord (what tests and fixtures use): the stand-in's mechanics, on any table.
import { AppGlideAggregate, AppGlideRecord, GlideAggregate, GlideRecord } from '../stand-ins/glide.ts'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import { platform } from '../stand-ins/platform.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'

beforeEach(() => platform.reset())

describe('GlideRecord stand-in', () => {
    function seed() {
        platform.db.insert('t', { name: 'a', n: 1, active: true, kind: 'imap' })
        platform.db.insert('t', { name: 'b', n: 5, active: false, kind: 'smtp' })
        platform.db.insert('t', { name: 'c', n: 10, active: true, kind: '' })
    }
    function names(gr: GlideRecord): string[] {
        const out: string[] = []
        gr.query()
        while (gr.next()) out.push(String(gr.getValue('name')))
        return out
    }

    it('answers getValue like the instance: strings, null when empty, 1/0 for booleans', () => {
        const id = platform.db.insert('t', { name: 'a', active: true, off: false, n: 3, empty: '' })
        const gr = new GlideRecord('t')
        expect(gr.get(id)).toBe(true)
        expect([gr.getValue('name'), gr.getValue('active'), gr.getValue('off'), gr.getValue('n'), gr.getValue('empty'), gr.getValue('missing')]).toEqual(['a', '1', '0', '3', null, null])
        expect(String(gr.active)).toBe('true')
        expect(gr.getUniqueValue()).toBe(id)
    })

    it('supports addQuery operators, encoded queries, ordering and limits', () => {
        seed()
        const byOp = (field: string, op: string, value: unknown) => {
            const gr = new GlideRecord('t')
            gr.addQuery(field, op, value)
            gr.orderBy('name')
            return names(gr)
        }
        expect(byOp('n', '>', 1)).toEqual(['b', 'c'])
        expect(byOp('n', '<=', 5)).toEqual(['a', 'b'])
        expect(byOp('name', 'IN', 'a,c')).toEqual(['a', 'c'])
        expect(byOp('name', '!=', 'a')).toEqual(['b', 'c'])
        expect(byOp('kind', 'STARTSWITH', 'im')).toEqual(['a'])
        const encoded = new GlideRecord('t')
        encoded.addEncodedQuery('active=true^kindISNOTEMPTY^ORn>7^ORDERBYDESCname')
        expect(names(encoded)).toEqual(['c', 'a'])
        const limited = new GlideRecord('t')
        limited.addQuery('active', true)
        limited.orderByDesc('n')
        limited.setLimit(1)
        expect(names(limited)).toEqual(['c'])
        const empty = new GlideRecord('t')
        empty.addNullQuery('kind')
        expect(names(empty)).toEqual(['c'])
        const nq = new GlideRecord('t')
        nq.addEncodedQuery('name=a^NQname=b')
        nq.orderBy('name')
        expect(names(nq)).toEqual(['a', 'b'])
    })

    it('inserts, updates, deletes and counts queries and writes per table', () => {
        const gr = new GlideRecord('t')
        gr.initialize()
        gr.setValue('name', 'x')
        const id = gr.insert() as string
        const again = new GlideRecord('t')
        again.get(id)
        again.setValue('name', 'y')
        again.update()
        expect(platform.db.row('t', id)?.name).toBe('y')
        expect(again.deleteRecord()).toBe(true)
        expect(platform.db.row('t', id)).toBeUndefined()
        expect(platform.stats.queriesOn('t')).toBe(1)
        expect(platform.stats.writesOn('t')).toBe(3)
    })

    it('dot-walks references in getValue, queries and field access', () => {
        const { profileId } = seedProvider({ name: 'Prov' })
        const accountId = seedEmailAccount(profileId, { authorized: false })
        const gr = new GlideRecord('sys_email_account')
        gr.get(accountId)
        expect(gr.getValue('oauth_profile.oauth_entity.name')).toBe('Prov')
        expect(String((gr.oauth_profile as unknown as Record<string, unknown>).oauth_entity as unknown as string)).not.toBe('')
        expect(gr.getDisplayValue('oauth_profile')).toBe('Prov profile')
        const q = new GlideRecord('sys_email_account')
        q.addQuery('oauth_profile.oauth_entity.name', 'Prov')
        q.query()
        expect(q.getRowCount()).toBe(1)
    })
})

describe("cross-scope access: the app's scripts are refused what dist/app declares no privilege for", () => {
    test("the app's code gets the app's GlideRecord and GlideAggregate through @servicenow/glide", () => {
        expect(new ImportedGlideRecord('sys_email_account')).toBeInstanceOf(AppGlideRecord)
        expect(new ImportedGlideAggregate('sys_email_account')).toBeInstanceOf(AppGlideAggregate)
    })

    test('a declared read runs; an undeclared one finds nothing and logs what the instance logs', () => {
        platform.db.insert('sys_email_account', { name: 'Inbound' })
        platform.db.insert('cmdb_ci', { name: 'a server' })
        const declared = new AppGlideRecord('sys_email_account')
        declared.query()
        expect(declared.next()).toBe(true)

        const undeclared = new AppGlideRecord('cmdb_ci')
        undeclared.query()
        expect(undeclared.next()).toBe(false)
        expect(undeclared.isValid()).toBe(true)
        expect(platform.crossScope.refused).toEqual([{ table: 'cmdb_ci', operation: 'read' }])
        expect(platform.logs).toEqual([
            {
                level: 'error',
                message:
                    "Security restricted: Read operation on table 'cmdb_ci' from scope 'Email OAuth Manager' was denied. The application 'Email OAuth Manager' must declare a cross scope access privilege. Please contact the application admin to update their access requests.",
            },
        ])
    })

    test('an undeclared write writes nothing and answers as a refused GlideRecord write does', () => {
        const created = new AppGlideRecord('sys_email_account')
        created.initialize()
        created.setValue('name', 'Created')
        expect(created.insert()).not.toBeNull()
        platform.crossScope.revoke('sys_email_account', 'write')
        created.setValue('name', 'Renamed')
        expect(created.update()).toBeNull()
        expect(platform.db.rows('sys_email_account').map((row) => row.name)).toEqual(['Created'])

        const item = new AppGlideRecord('cmdb_ci')
        item.initialize()
        expect(item.insert()).toBeNull()
        expect(platform.db.rows('cmdb_ci')).toEqual([])
        platform.db.insert('cmdb_ci', { name: 'x' })
        const found = new GlideRecord('cmdb_ci')
        found.query()
        found.next()
        // A record the platform finds, the app does not.
        expect(new AppGlideRecord('cmdb_ci').get(found.getUniqueValue())).toBe(false)
        expect(platform.crossScope.refused.map((r) => `${r.table} ${r.operation}`)).toEqual(['sys_email_account write', 'cmdb_ci create', 'cmdb_ci read'])
    })

    test("the app's own tables need no privilege; the platform's scripts and fixtures are never refused", () => {
        platform.crossScope.revoke('x_mail_oauth_token_health', 'read')
        platform.db.insert('x_mail_oauth_token_health', { status: 'ok' })
        const own = new AppGlideRecord('x_mail_oauth_token_health')
        own.query()
        expect(own.next()).toBe(true)
        const fixture = new GlideRecord('cmdb_ci')
        fixture.initialize()
        expect(fixture.insert()).not.toBeNull()
        expect(platform.crossScope.refused).toEqual([])
    })

    test('an undeclared aggregate counts no row', () => {
        platform.db.insert('cmdb_ci', { name: 'x' })
        const count = new AppGlideAggregate('cmdb_ci')
        count.addAggregate('COUNT')
        count.query()
        expect(count.next() ? count.getAggregate('COUNT') : 'no row').toBe('0')
        expect(platform.crossScope.refused).toEqual([{ table: 'cmdb_ci', operation: 'read' }])
    })

    test('with refusalThrows, a refused access throws the message instead (whether it throws is for the instance probe to tell)', () => {
        platform.crossScope.refusalThrows = true
        expect(() => new AppGlideRecord('cmdb_ci').query()).toThrow(/Security restricted: Read operation on table 'cmdb_ci'/)
    })
})

describe('GlideDateTime and gs stand-ins', () => {
    it('runs on the platform clock in UTC', () => {
        platform.clock.set('2026-03-01 12:00:00')
        const t = new GlideDateTime()
        expect(t.getValue()).toBe('2026-03-01 12:00:00')
        t.addSeconds(90)
        expect(t.getValue()).toBe('2026-03-01 12:01:30')
        expect(new GlideDateTime().before(t)).toBe(true)
        platform.clock.advanceSeconds(3600)
        expect(new GlideDateTime().getNumericValue()).toBe(Date.UTC(2026, 2, 1, 13, 0, 0))
    })

    it('records logs, events and form messages', () => {
        platform.properties['x.y'] = '5'
        expect(gs.getProperty('x.y')).toBe('5')
        expect(gs.getProperty('x.z', 'd')).toBe('d')
        gs.info('hello {0}', 'world')
        gs.addErrorMessage('bad')
        gs.addInfoMessage('fine')
        const id = platform.db.insert('sys_email_account', { name: 'm' })
        const gr = new GlideRecord('sys_email_account')
        gr.get(id)
        gs.eventQueue('x.event', gr, id, 'code')
        expect(platform.logs).toEqual([{ level: 'info', message: 'hello world' }])
        expect(platform.formMessages).toEqual([{ type: 'error', message: 'bad' }, { type: 'info', message: 'fine' }])
        expect(platform.events).toEqual([{ name: 'x.event', table: 'sys_email_account', sysId: id, parm1: id, parm2: 'code' }])
    })
})

describe('sn_auth stand-in', () => {
    function refresh(accountId: string, profileId: string, entityName: string, withStoreParameters = true) {
        const token = new GlideOAuthClient().getToken(accountId, profileId)
        const request = new GlideOAuthClientRequest()
        request.setGrantType('refresh_token')
        request.setRefreshToken(token.getRefreshToken())
        if (withStoreParameters) {
            request.setParameter('oauth_requestor_context', 'sys_email_account')
            request.setParameter('oauth_requestor', accountId)
            request.setParameter('oauth_provider_profile', profileId)
        }
        return new GlideOAuthClient().requestTokenByRequest(entityName, request)
    }

    it('keeps tokens per requestor and profile with absolute expiry', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        const token = new GlideOAuthClient().getToken(accountId, profileId)
        expect(token.getExpiresIn()).toBe(3600)
        platform.clock.advanceSeconds(600)
        expect(new GlideOAuthClient().getToken(accountId, profileId).getExpiresIn()).toBe(3000)
        expect(new GlideOAuthClient().getToken('other', profileId).getAccessToken()).toBeFalsy()
    })

    it('stores a refreshed token only with the three parameters, rolling the refresh token over', () => {
        const { profileId, name } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        const before = platform.oauth.token(accountId, profileId)!
        platform.clock.advanceSeconds(3000)
        const unstored = refresh(accountId, profileId, name, false)
        expect(unstored.getToken().getAccessToken()).toBeTruthy()
        expect(platform.oauth.token(accountId, profileId)!.accessToken).toBe(before.accessToken)
        const stored = refresh(accountId, profileId, name)
        expect(stored.getResponseCode()).toBe(200)
        expect(stored.getErrorMessage()).toBe('')
        const after = platform.oauth.token(accountId, profileId)!
        expect(after.accessToken).toBe(stored.getToken().getAccessToken())
        expect(after.accessToken).not.toBe(before.accessToken)
        expect(after.refreshToken).not.toBe(before.refreshToken)
        expect(platform.oauth.requests.map((r) => r.stored)).toEqual([false, true])
    })

    it('keeps the old refresh token when the provider sends none, and answers provider errors', () => {
        const { profileId, name } = seedProvider()
        platform.oauth.provider.style = 'google'
        const accountId = seedEmailAccount(profileId)
        const before = platform.oauth.token(accountId, profileId)!
        refresh(accountId, profileId, name)
        expect(platform.oauth.token(accountId, profileId)!.refreshToken).toBe(before.refreshToken)
        expect(platform.oauth.token(accountId, profileId)!.refreshExpiresAt).toBe(before.refreshExpiresAt)
        platform.oauth.provider.respondNext(PROVIDER_BODIES.entraRefreshTokenInactive, new Error('java.net.SocketTimeoutException: Read timed out'))
        const rejected = refresh(accountId, profileId, name)
        expect(rejected.getResponseCode()).toBe(400)
        expect(rejected.getErrorMessage()).toMatch(/^invalid_grant: AADSTS700082/)
        expect(rejected.getToken()).toBeNull()
        const timedOut = refresh(accountId, profileId, name)
        expect(timedOut.getResponseCode()).toBe(0)
        expect(timedOut.getErrorMessage()).toContain('Read timed out')
    })
})

describe('the token store as oauth_credential rows', () => {
    it('shows each stored token as a row with its type and expiry (never its value), counts getToken as a decryption, and aggregates MAX over them', () => {
        const account = 'a'.repeat(32)
        platform.clock.set(Date.UTC(2026, 5, 1, 12, 0, 0))
        const stored = platform.oauth.setToken(account, 'p1', { accessToken: 'secret-access-value', accessExpiresInSeconds: 3600, refreshToken: 'secret-refresh-value', refreshExpiresInSeconds: 86400 })
        const rows = platform.db.rows('oauth_credential')
        expect(rows.map((row) => [row.sys_id, row.type, row.expires])).toEqual([
            [stored.accessTokenSysId, 'access_token', '2026-06-01 13:00:00'],
            [stored.refreshTokenSysId, 'refresh_token', '2026-06-02 12:00:00'],
        ])
        expect(JSON.stringify(rows)).not.toContain('secret-')
        // A token changed in the store is what the next read sees.
        platform.oauth.token(account, 'p1')!.accessExpiresAt = Date.UTC(2026, 5, 1, 12, 30, 0)
        const aggregate = new GlideAggregate('oauth_credential')
        aggregate.addQuery('oauth_requestor_profile.requestor_id', '=', account)
        aggregate.addQuery('oauth_requestor_profile.oauth_entity_profile', '=', 'p1')
        const allRows = undefined as unknown as string
        aggregate.addAggregate('COUNT', allRows)
        aggregate.addAggregate('MAX', 'expires')
        aggregate.groupBy('type')
        aggregate.query()
        const found: string[] = []
        while (aggregate.next()) found.push(`${aggregate.getValue('type')} ${aggregate.getAggregate('COUNT', allRows)} ${aggregate.getAggregate('MAX', 'expires')}`)
        expect(found).toEqual(['access_token 1 2026-06-01 12:30:00', 'refresh_token 1 2026-06-02 12:00:00'])
        expect(platform.oauth.decryptions).toEqual([])
        new GlideOAuthClient().getToken(account, 'p1')
        expect(platform.oauth.decryptions).toEqual([{ requestorId: account, profileId: 'p1' }])
    })
})
