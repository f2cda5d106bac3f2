import { CERTIFICATE, JWT_CLAIM, SIGNING_KEY } from '../../src/credentials/certificate-names.ts'
import { readChainOfProfile as readChain } from '../../src/credentials/read-chain.ts'
import { readAccountSetup, readSetupEnvironment } from '../../src/setup-check/read-setup.ts'
import { CertificateEncryption } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { KEY_ALIAS, seedChain, THUMBPRINT } from './seed-chain.ts'

const CLIENT_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
const TOKEN_URL = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token'
const NOW = Date.UTC(2026, 5, 1)

function seedProvider(): { providerId: string; profileId: string } {
    const providerId = platform.db.insert('oauth_entity', { name: 'Microsoft 365 app-only (certificate)', client_id: CLIENT_ID, client_secret: 'certificate-sign-in-not-a-secret', token_url: TOKEN_URL })
    const profileId = platform.db.insert('oauth_entity_profile', { name: 'Graph (certificate)', oauth_entity: providerId, grant_type: 'client_credentials' })
    return { providerId, profileId }
}

beforeEach(() => platform.reset())

describe('readChain', () => {
    it('reads the chain a profile names, end to end, with the store opened by the platform and no password read', () => {
        const { providerId, profileId } = seedProvider()
        const seeded = seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        expect(readChain(profileId, providerId, NOW)).toEqual({
            jwtProvider: { sysId: seeded.jwtProviderId, name: 'Contoso certificate', signingKeyId: seeded.signingKeyId },
            profileLinked: true,
            signingKey: { sysId: seeded.signingKeyId, name: KEY_ALIAS, active: true, passwordSet: true, x5t: '', keystoreId: seeded.certificateId },
            certificate: { sysId: seeded.certificateId, name: 'Contoso mail signing', active: true, typeLabel: CERTIFICATE.jksTypeLabel, passwordSet: true, expires: '2027-06-30', validFrom: '2025-06-30' },
            store: { ok: true, thumbprint: THUMBPRINT },
            alias: { ok: true, thumbprint: THUMBPRINT },
            claims: { aud: [TOKEN_URL], iss: [CLIENT_ID], sub: [CLIENT_ID] },
            script: null,
            registrationThumbprints: null,
            typedSecretRows: 0,
            readAt: NOW,
        })
    })

    it('an empty store or signing key password reads as not set (only whether one is set is read, never its value)', () => {
        const { providerId, profileId } = seedProvider()
        const seeded = seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        platform.db.update(CERTIFICATE.table, seeded.certificateId, { [CERTIFICATE.field.keyStorePassword]: '' })
        platform.db.update(SIGNING_KEY.table, seeded.signingKeyId, { [SIGNING_KEY.field.password]: '' })
        const chain = readChain(profileId, providerId, NOW)
        expect({ certificate: chain?.certificate?.passwordSet, signingKey: chain?.signingKey?.passwordSet }).toEqual({ certificate: false, signingKey: false })
    })

    it('is null for a provider that signs with no certificate', () => {
        const { providerId, profileId } = seedProvider()
        expect(readChain(profileId, providerId, NOW)).toBeNull()
    })

    it('a store that does not open with the record password: not-ok readings with Java reason', () => {
        const { providerId, profileId } = seedProvider()
        const seeded = seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        platform.db.update(CERTIFICATE.table, seeded.certificateId, { [CERTIFICATE.field.keyStorePassword]: 'typo' })
        const chain = readChain(profileId, providerId, NOW)
        expect(chain?.store).toEqual({ ok: false, reason: expect.stringContaining('password was incorrect') })
        expect(chain?.alias).toEqual({ ok: false, reason: expect.stringContaining('password was incorrect') })
    })

    it('a signing key whose name is not an alias in the store', () => {
        const { providerId, profileId } = seedProvider()
        const seeded = seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        platform.db.update(SIGNING_KEY.table, seeded.signingKeyId, { [SIGNING_KEY.field.name]: 'not-in-store' })
        const chain = readChain(profileId, providerId, NOW)
        expect(chain?.alias).toEqual({ ok: false, reason: 'the instance returned no thumbprint' })
        // The store itself opens: the password is right, only the alias is not in it.
        expect(chain?.store).toEqual({ ok: true, thumbprint: THUMBPRINT })
    })

    it('an instance without the claims table: claims unread (null), the rest read', () => {
        const { providerId, profileId } = seedProvider()
        seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        platform.absentTables.add(JWT_CLAIM.table)
        const chain = readChain(profileId, providerId, NOW)
        expect(chain?.claims).toBeNull()
        expect(chain?.alias).toEqual({ ok: true, thumbprint: THUMBPRINT })
    })

    it('finds the JWT provider through the OAuth API script when the profile names none, and checks the script holds the thumbprint', () => {
        const { providerId, profileId } = seedProvider()
        const seeded = seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        platform.db.update('oauth_entity_profile', profileId, { jwt_provider: '' })
        const scriptId = platform.db.insert('sys_script_include', { name: 'OAuthContosoCertificate', script: `var jwtProviderSysId = '${seeded.jwtProviderId}';\nvar thumbprint = '${THUMBPRINT.toUpperCase()}';` })
        platform.db.update('oauth_entity', providerId, { oauth_api_script: scriptId })
        const chain = readChain(profileId, providerId, NOW)
        expect(chain?.profileLinked).toBe(false)
        expect(chain?.jwtProvider?.sysId).toBe(seeded.jwtProviderId)
        expect(chain?.script).toEqual({ name: 'OAuthContosoCertificate', namesJwtProvider: true, namesThumbprint: true })
    })

    it('counts the secret rows an admin typed for the provider, and reads the thumbprints the Entra sync listed', () => {
        const { providerId, profileId } = seedProvider()
        seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        platform.db.insert('x_mail_oauth_provider_credential', { provider: providerId, kind: 'secret', expires: '2026-09-01', active: true })
        platform.db.insert('x_mail_oauth_provider_credential', { provider: providerId, kind: 'certificate', source: 'entra', source_record: THUMBPRINT.toUpperCase(), expires: '2027-06-30', active: false })
        const chain = readChain(profileId, providerId, NOW)
        expect(chain?.typedSecretRows).toBe(1)
        expect(chain?.registrationThumbprints).toEqual([THUMBPRINT.toUpperCase()])
    })
})

describe('the setup check reads the chain', () => {
    it('on the form (with the token), and not in the refresh job blocker check', () => {
        const { providerId, profileId } = seedProvider()
        seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        const accountId = platform.db.insert('sys_email_account', { name: 'Service desk send', active: true, authentication: 'oauth2', oauth_profile: profileId })
        expect(providerId).not.toBe('')
        expect(readAccountSetup(accountId, readSetupEnvironment(), { readToken: true }).certificate).toMatchObject({ profileLinked: true })
        expect(readAccountSetup(accountId, readSetupEnvironment(), { readToken: false }).certificate).toBeUndefined()
    })
})

describe('when this scope may not call CertificateEncryption', () => {
    afterEach(() => jest.restoreAllMocks())

    it('the store is not read and nothing is said about it: a refused call is not a wrong password', () => {
        const { providerId, profileId } = seedProvider()
        seedChain(profileId, { aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        jest.spyOn(CertificateEncryption, 'getThumbPrintFromKeyStore').mockImplementation(() => {
            throw new Error('Access to api getThumbPrintFromKeyStore(CertificateEncryption) from scope x_mail_oauth is not allowed')
        })
        const chain = readChain(profileId, providerId, NOW)
        expect(chain?.alias).toBeNull()
        expect(chain?.store).toBeNull()
    })
})
