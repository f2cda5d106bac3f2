import { STATUS, PROPERTY } from '../../src/common/app.ts'
import { daysLeft, expiryMessage, mailboxList } from '../../src/credentials/expiry.ts'
import { invalidClientMessage } from '../../src/token-keeper/messages.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'
import { healthOf, runJob } from '../token-keeper/helpers.ts'

const NOON = Date.UTC(2026, 11, 1, 12, 0, 0)

describe('when to warn about an expiring client secret (pure)', () => {
    it('counts whole days from today (UTC) to the expiry date', () => {
        expect(daysLeft('2026-12-31', NOON)).toBe(30)
        expect(daysLeft('2026-12-01', NOON)).toBe(0)
        expect(daysLeft('2026-11-29', NOON)).toBe(-2)
        expect(daysLeft('not a date', NOON)).toBeNull()
    })

    it('names every mailbox that stops and the steps to renew', () => {
        const message = expiryMessage('Microsoft 365 Email', 'secret', '2026-12-08', 7, ['a@contoso.com', 'b@contoso.com'])
        expect(message).toContain("The client secret of 'Microsoft 365 Email' expires in 7 days (2026-12-08)")
        expect(message).toContain('a@contoso.com, b@contoso.com')
        expect(message).toContain('New client secret')
        expect(message).toContain('Email OAuth Manager > Client credentials')
        expect(message).toContain('this date was typed by an admin')
        expect(mailboxList(Array.from({ length: 53 }, (_, i) => `m${i}@c.com`))).toMatch(/m49@c\.com and 3 more$/)
    })
})

describe('what renewing takes, by where the date came from', () => {
    it('a date read from the certificate record: renew the certificate, nothing to type', () => {
        const message = expiryMessage('Microsoft 365 app-only (certificate)', 'certificate', '2026-12-08', 7, ['a@contoso.com'], 'certificate_record')
        expect(message).toMatch(/this date was read from the certificate record.*nothing to type/)
        expect(message).not.toContain('Client credentials')
    })

    it('a secret read from Entra: the new date is read from Entra, nothing to type', () => {
        const message = expiryMessage('Microsoft 365 Email', 'secret', '2026-12-08', 7, ['a@contoso.com'], 'entra')
        expect(message).toMatch(/read from the app registration in Entra.*nothing to type/)
        expect(message).not.toContain('Client credentials')
    })

    it('a typed certificate date: set Expires on its Client credentials row', () => {
        expect(expiryMessage('P', 'certificate', '2026-12-08', 7, [], 'manual')).toMatch(/typed by an admin: set Expires to the new end date under Email OAuth Manager > Client credentials/)
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
