import { CREDENTIAL_EXPIRING_EVENT, CREDENTIAL_TABLE, HEALTH_TABLE, HORIZON_ALERT_TABLE, HORIZON_APPROACHING_EVENT, PROPERTY } from '../../src/common/app.ts'
import { checkHorizons, runHorizonJob } from '../../src/horizons/job.ts'
import { CAUSE } from '../../src/horizons/time-to-failure.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { parseGlideDateTime, platform } from '../stand-ins/platform.ts'
import { runJob } from '../token-keeper/helpers.ts'

const DAY = 86400000
const NOON = Date.UTC(2026, 11, 1, 12, 0, 0)

function seedCredential(providerId: string, expires: string, fields: Record<string, string | boolean> = {}): string {
    return platform.db.insert(CREDENTIAL_TABLE, { provider: providerId, kind: 'secret', expires, active: true, ...fields })
}

function seedBasic(name: string, userName: string, server = 'outlook.office365.com'): string {
    return platform.db.insert('sys_email_account', { name, type: 'smtp', active: true, authentication: 'password', server, user_name: userName })
}

describe('the time to failure and expiry warnings job (built on the stand-ins)', () => {
    beforeEach(() => {
        platform.reset()
        platform.clock.set(NOON)
        platform.properties[PROPERTY.enabled.name] = 'true'
    })

    it("queues one event on the credential, naming the provider's active OAuth mailboxes on the row, once", () => {
        const { entityId, profileId } = seedProvider()
        const other = seedProvider({ name: 'Other provider', clientId: '11111111-2222-3333-4444-555555555555' })
        seedEmailAccount(profileId, { userName: 'sales@contoso.com', name: 'Sales' })
        seedEmailAccount(profileId, { userName: 'support@contoso.com', name: 'Support' })
        seedEmailAccount(profileId, { userName: 'old@contoso.com', active: false })
        seedEmailAccount(other.profileId, { userName: 'elsewhere@contoso.com' })
        const credentialId = seedCredential(entityId, '2026-12-08')
        expect(checkHorizons()).toMatchObject({ alerts: 1, refusedWrites: 0 })
        expect(platform.events).toEqual([expect.objectContaining({ name: CREDENTIAL_EXPIRING_EVENT, table: CREDENTIAL_TABLE, sysId: credentialId, parm1: credentialId, parm2: '7' })])
        expect(platform.db.row(CREDENTIAL_TABLE, credentialId)).toMatchObject({ affected_mailboxes: 'sales@contoso.com, support@contoso.com', last_alert_days: 7, alerted_expiry: '2026-12-08' })
        expect(checkHorizons()).toMatchObject({ alerts: 0 })
        expect(platform.events).toHaveLength(1)
    })

    it('runs every hour for 40 days without warning twice, and leaves inactive credential rows alone', () => {
        const { entityId, profileId } = seedProvider()
        seedEmailAccount(profileId, { userName: 'sales@contoso.com' })
        seedCredential(entityId, '2027-01-01')
        seedCredential(entityId, '2026-12-02', { active: false })
        for (let hour = 0; hour < 40 * 24; hour++) {
            runHorizonJob()
            platform.clock.advance(3600000)
        }
        expect(platform.events.filter((e) => e.name === CREDENTIAL_EXPIRING_EVENT).map((e) => e.parm2)).toEqual(['30', '14', '7', '1', '0'])
    })

    it("warns on the admin's local dates: the session time zone's offset (GlideDateTime.getTZOffset)", () => {
        const { entityId, profileId } = seedProvider()
        seedEmailAccount(profileId)
        seedCredential(entityId, '2026-12-31')
        platform.timeZoneOffsetMinutes = 13 * 60
        platform.clock.set(Date.UTC(2026, 11, 1, 10, 59, 0)) // 23:59 on 1 Dec in Auckland: 30 days left
        checkHorizons()
        platform.clock.set(Date.UTC(2026, 11, 1, 11, 0, 0)) // 00:00 on 2 Dec in Auckland: 29
        checkHorizons()
        expect(platform.events.map((e) => e.parm2)).toEqual(['30'])
    })

    it('two active rows for one provider, the older one past its date while refreshes still work: the newer one is warned about', () => {
        platform.clock.set(NOON - 3500 * 1000)
        const { entityId, profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId, { userName: 'sales@contoso.com' })
        const old = seedCredential(entityId, '2026-11-20')
        const renewed = seedCredential(entityId, '2026-12-15')
        platform.clock.set(NOON)
        runJob()
        expect(platform.db.rows(HEALTH_TABLE).find((row) => row.email_account === accountId)?.last_refreshed).toBeTruthy()
        checkHorizons()
        expect(platform.events.map((e) => [e.name, e.sysId, e.parm2])).toEqual([[CREDENTIAL_EXPIRING_EVENT, renewed, '14']])
        expect(platform.db.row(CREDENTIAL_TABLE, old)?.last_alert_days).toBeUndefined()
        const row = platform.db.rows(HEALTH_TABLE).find((r) => r.email_account === accountId)
        expect(row).toMatchObject({ failure_cause: CAUSE.clientSecret })
        expect(parseGlideDateTime(String(row?.time_to_failure))).toBe(Date.UTC(2026, 11, 15))
    })

    it('a past row is not outlived while no token came after its date: it counts, and says the mailboxes stopped', () => {
        platform.clock.set(Date.UTC(2026, 10, 19, 12))
        const { entityId, profileId } = seedProvider()
        seedEmailAccount(profileId)
        const old = seedCredential(entityId, '2026-11-20')
        seedCredential(entityId, '2026-12-15')
        platform.clock.set(NOON)
        checkHorizons()
        expect(platform.events.map((e) => [e.sysId, e.parm2])).toEqual([[old, '-11']])
    })

    it('warns once about a refresh token ending near midnight, even when the Run as user\'s time zone moves its local day', () => {
        platform.properties[PROPERTY.reauthWarningDays.name] = '1'
        const { profileId } = seedProvider({ name: 'Mail host', tokenUrl: 'https://login.mailhost.example/oauth2/token' })
        const accountId = seedEmailAccount(profileId)
        platform.oauth.token(accountId, profileId)!.refreshExpiresAt = Date.UTC(2026, 11, 8, 23, 30, 0)
        runJob()
        checkHorizons()
        platform.timeZoneOffsetMinutes = 60 // 00:30 on 9 December for the new session time zone
        platform.clock.advance(3600000)
        checkHorizons()
        platform.timeZoneOffsetMinutes = 0
        platform.clock.advance(3600000)
        checkHorizons()
        const warnings = platform.events.filter((e) => e.name === HORIZON_APPROACHING_EVENT)
        expect(warnings.map((e) => [e.parm1, e.parm2])).toEqual([[`${CAUSE.refreshToken}:${accountId}:2026-12-08`, '7']])
        expect(platform.db.rows(HORIZON_ALERT_TABLE).filter((row) => row.active === true || row.active === '1')).toHaveLength(1)
    })

    it('writes each mailbox\'s time to failure, cause and action on its health row, only when it changed', () => {
        const { entityId, profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        runJob()
        seedCredential(entityId, '2027-02-01')
        checkHorizons()
        const row = platform.db.rows(HEALTH_TABLE).find((r) => r.email_account === accountId)
        expect(row).toMatchObject({ failure_cause: CAUSE.clientSecret, failure_action: 'renew_secret' })
        expect(parseGlideDateTime(String(row?.time_to_failure))).toBe(Date.UTC(2027, 1, 1))
        const writes = platform.stats.writesOn(HEALTH_TABLE)
        checkHorizons()
        expect(platform.stats.writesOn(HEALTH_TABLE)).toBe(writes)
    })

    it('one warning row and event for every Basic-auth account at the cut-off; migrating the last one ends it without mail', () => {
        platform.clock.set(Date.UTC(2026, 11, 17, 6))
        const one = seedBasic('Relay', 'relay@contoso.com')
        seedBasic('Printer', 'printer@contoso.com')
        checkHorizons()
        expect(platform.events).toEqual([expect.objectContaining({ name: HORIZON_APPROACHING_EVENT, table: HORIZON_ALERT_TABLE, parm2: '14' })])
        const [row] = platform.db.rows(HORIZON_ALERT_TABLE)
        expect(row).toMatchObject({ cause: CAUSE.basicAuthCutoff, stops_on: '2026-12-31', mailboxes: 'printer@contoso.com, relay@contoso.com', last_alert_days: 14, active: true })
        expect(String(row.message)).toContain('What moves it: Prepare OAuth switch on the Email Account form')
        for (const account of platform.db.rows('sys_email_account')) platform.db.update('sys_email_account', String(account.sys_id), { active: false })
        expect(one).toBeTruthy()
        platform.clock.advance(7 * DAY)
        checkHorizons()
        expect(platform.events).toHaveLength(1)
        expect(platform.db.rows(HORIZON_ALERT_TABLE)[0]).toMatchObject({ active: false })
    })

    it('opens an incident too when the horizon stops the outbound account that carries the alert emails, on its last day', () => {
        platform.clock.set(Date.UTC(2026, 11, 30, 6))
        seedBasic('Outbound', 'noreply@contoso.com')
        checkHorizons()
        const incidents = platform.db.rows('incident')
        expect(incidents).toHaveLength(1)
        expect(incidents[0]).toMatchObject({ correlation_id: expect.stringMatching(/^x_mail_oauth\.horizon:basic_auth_cutoff:microsoft:2026-12-31/) })
        platform.clock.advance(DAY)
        checkHorizons()
        expect(platform.db.rows('incident')).toHaveLength(1)
    })

    it('sends no warning it cannot remember: a refused write queues nothing and says so', () => {
        const { entityId, profileId } = seedProvider()
        seedEmailAccount(profileId)
        seedCredential(entityId, '2026-12-08')
        platform.hooks.beforeWrite = (table) => {
            if (table === CREDENTIAL_TABLE) throw new Error('write refused')
        }
        const summary = checkHorizons()
        expect(summary.alerts).toBe(0)
        expect(platform.events).toEqual([])
        expect(platform.logs.map((l) => l.message).join('\n')).toMatch(/failed: Error: write refused|refused/)
    })
})
