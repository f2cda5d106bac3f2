import { CREDENTIAL_EXPIRING_EVENT, CREDENTIAL_TABLE, STATUS, PROPERTY } from '../../src/common/app.ts'
import { checkCredentialExpiry, runCredentialExpiryJob } from '../../src/credentials/expiry-job.ts'
import { daysLeft, dueAlert, expiryMessage, mailboxList } from '../../src/credentials/expiry.ts'
import { invalidClientMessage } from '../../src/token-keeper/messages.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'
import { healthOf, runJob } from '../token-keeper/helpers.ts'

const DAY = 86400000
const NOON = Date.UTC(2026, 11, 1, 12, 0, 0)
const fresh = { lastAlertedDays: null, alertedExpiry: '' }

describe('when to warn about an expiring client secret (pure)', () => {
    it('counts whole days from today (UTC) to the expiry date', () => {
        expect(daysLeft('2026-12-31', NOON)).toBe(30)
        expect(daysLeft('2026-12-01', NOON)).toBe(0)
        expect(daysLeft('2026-11-29', NOON)).toBe(-2)
        expect(daysLeft('not a date', NOON)).toBeNull()
    })

    it('alerts at 30, 7 and 1 day(s) before and on the day, each once', () => {
        const alerted: number[] = []
        const state = { lastAlertedDays: null as number | null, alertedExpiry: '' }
        for (let day = 0; day <= 45; day++) {
            const due = dueAlert('2027-01-15', Date.UTC(2026, 11, 1, 6) + day * DAY, state)
            if (due !== null) {
                alerted.push(due)
                Object.assign(state, { lastAlertedDays: due, alertedExpiry: '2027-01-15' })
            }
        }
        expect(alerted).toEqual([30, 7, 1, 0])
    })

    it('sends one alert for the nearest threshold when several were crossed (a date entered late, a job that missed days)', () => {
        expect(dueAlert('2026-12-06', NOON, fresh)).toBe(7)
        expect(dueAlert('2026-11-20', NOON, fresh)).toBe(0)
        expect(dueAlert('2026-12-06', NOON, { lastAlertedDays: 7, alertedExpiry: '2026-12-06' })).toBeNull()
    })

    it('starts over when the admin enters a new expiry date', () => {
        expect(dueAlert('2027-06-30', NOON, { lastAlertedDays: 0, alertedExpiry: '2026-12-01' })).toBeNull()
        expect(dueAlert('2026-12-25', NOON, { lastAlertedDays: 0, alertedExpiry: '2026-12-01' })).toBe(30)
    })

    it('names every mailbox that stops and the steps to renew', () => {
        const message = expiryMessage('Microsoft 365 Email', 'secret', '2026-12-08', 7, ['a@contoso.com', 'b@contoso.com'])
        expect(message).toContain("The client secret of 'Microsoft 365 Email' expires in 7 days (2026-12-08)")
        expect(message).toContain('a@contoso.com, b@contoso.com')
        expect(message).toContain('New client secret')
        expect(message).toContain('Email OAuth Manager > Client credentials')
        expect(mailboxList(Array.from({ length: 53 }, (_, i) => `m${i}@c.com`))).toMatch(/m49@c\.com and 3 more$/)
    })
})

describe('the daily client credential expiry job', () => {
    beforeEach(() => {
        platform.reset()
        platform.clock.set(NOON)
    })

    function seedCredential(providerId: string, expires: string, fields: Record<string, string | boolean> = {}): string {
        return platform.db.insert(CREDENTIAL_TABLE, { provider: providerId, kind: 'secret', expires, active: true, ...fields })
    }

    it("queues one event on the credential, naming the provider's active OAuth mailboxes on the row", () => {
        const { entityId, profileId } = seedProvider()
        const other = seedProvider({ name: 'Other provider', clientId: '11111111-2222-3333-4444-555555555555' })
        seedEmailAccount(profileId, { userName: 'sales@contoso.com', name: 'Sales' })
        seedEmailAccount(profileId, { userName: 'support@contoso.com', name: 'Support' })
        seedEmailAccount(profileId, { userName: 'old@contoso.com', active: false })
        seedEmailAccount(other.profileId, { userName: 'elsewhere@contoso.com' })
        const credentialId = seedCredential(entityId, '2026-12-08')
        expect(checkCredentialExpiry()).toEqual({ checked: 1, alerts: 1 })
        expect(platform.events).toEqual([expect.objectContaining({ name: CREDENTIAL_EXPIRING_EVENT, table: CREDENTIAL_TABLE, sysId: credentialId, parm1: credentialId, parm2: '7' })])
        expect(platform.db.row(CREDENTIAL_TABLE, credentialId)).toMatchObject({ affected_mailboxes: 'sales@contoso.com, support@contoso.com', last_alert_days: 7, alerted_expiry: '2026-12-08' })
        expect(platform.logs.map((l) => l.message).join('\n')).toContain('these mailboxes stop: sales@contoso.com, support@contoso.com')
        expect(checkCredentialExpiry()).toEqual({ checked: 1, alerts: 0 })
    })

    it('runs every day without alerting twice, and leaves inactive rows alone', () => {
        const { entityId } = seedProvider()
        seedCredential(entityId, '2027-01-01')
        seedCredential(entityId, '2026-12-02', { active: false })
        for (let day = 0; day < 40; day++) {
            runCredentialExpiryJob()
            platform.clock.advance(DAY)
        }
        expect(platform.events.map((e) => e.parm2)).toEqual(['30', '7', '1', '0'])
    })
})

describe('an expired client secret at the token endpoint (AADSTS7000222)', () => {
    beforeEach(() => {
        platform.reset()
        Object.assign(platform.properties, { [PROPERTY.enabled.name]: 'true' })
    })

    it('says exactly that, with the steps to create and enter a new secret', () => {
        const { profileId } = seedProvider()
        const accountId = seedEmailAccount(profileId)
        runJob()
        platform.oauth.provider.respondNext(PROVIDER_BODIES.entraClientSecretExpired)
        platform.clock.advanceSeconds(3600 - 300)
        runJob()
        const row = healthOf(accountId)
        expect(row).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'client_secret_expired' })
        expect(String(row.last_error)).toContain('has expired (HTTP 401, invalid_client: AADSTS7000222')
        expect(String(row.last_error)).toContain('create a new client secret and copy its value (not its id)')
        expect(String(row.last_error)).toContain('Email OAuth Manager > Client credentials')
    })

    it('keeps the general sentence for a wrong secret (AADSTS7000215)', () => {
        const message = invalidClientMessage({ accountName: 'a', providerName: 'Microsoft 365 Email' }, 'HTTP 401, invalid_client: AADSTS7000215: Invalid client secret provided.')
        expect(message).toContain('the client secret is wrong or has expired')
    })
})
