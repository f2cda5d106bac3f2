import type { CertificateChainSnapshot } from '../../../src/credentials/chain.ts'
import { checkSetup } from '../../../src/setup-check/checks.ts'
import { certificateFindings, type CertificateContext } from '../../../src/setup-check/rules/certificate.ts'
import { graphSend } from '../app-only-fixtures.ts'
import { certificateAccount, chain, THUMBPRINT, TOKEN_URL } from '../certificate-fixtures.ts'
import { CLIENT_ID } from '../fixtures.ts'

const context: CertificateContext = { providerName: 'Microsoft 365 app-only (certificate)', clientId: CLIENT_ID, tokenUrl: TOKEN_URL, clientSecretSet: true, proved: false }
const codes = (snapshot: CertificateChainSnapshot, ctx: Partial<CertificateContext> = {}) => certificateFindings(snapshot, { ...context, ...ctx }).map((finding) => finding.code)

describe('certificateFindings', () => {
    it('finds nothing on the chain the docs describe, and nothing when the provider has no chain', () => {
        expect(codes(chain())).toEqual([])
        expect(certificateFindings(null, context)).toEqual([])
    })

    it('a JKS that does not open with its password: its own code, naming the form and the field', () => {
        const [finding] = certificateFindings(chain({ store: { ok: false, reason: 'java.io.IOException: Keystore was tampered with, or password was incorrect' }, alias: null }), context)
        expect(finding).toEqual({ code: 'certificate_store_unreadable', field: 'sys_certificate.key_store_password', message: expect.stringContaining('x509 Certificate form') })
        expect(finding.message).toContain('password was incorrect')
    })

    it('a key alias not in the store: a warning naming the JWT Keys form, silenced once a token proves the chain', () => {
        const missing = chain({ alias: { ok: false, reason: 'the instance returned no thumbprint' } })
        expect(certificateFindings(missing, context)).toEqual([{ code: 'certificate_key_alias_not_found', field: 'jwt_keystore_aliases.name', message: expect.stringContaining('JWT Keys form') }])
        expect(codes(missing, { proved: true })).toEqual([])
    })

    it('a certificate that ended, ends within 30 days, starts in the future, or whose end cannot be read', () => {
        expect(codes(chain({ certificate: { ...chain().certificate!, expires: '2026-05-31' } }))).toEqual(['certificate_expired'])
        const expiring = certificateFindings(chain({ certificate: { ...chain().certificate!, expires: '2026-06-15 10:00:00' } }), context)
        expect(expiring).toEqual([{ code: 'certificate_expiring', field: 'sys_certificate.expires', message: expect.stringContaining('expires in 14 days (2026-06-15)') }])
        expect(expiring[0].message).toContain('Upload certificate')
        expect(codes(chain({ certificate: { ...chain().certificate!, validFrom: '2026-06-03' } }))).toEqual(['certificate_not_yet_valid'])
        expect(codes(chain({ certificate: { ...chain().certificate!, expires: '' } }))).toEqual(['certificate_expiry_unknown'])
    })

    it('claims Entra refuses: a missing one, an audience that is not the token endpoint, an issuer or subject that is not the client id', () => {
        expect(codes(chain({ claims: { aud: [TOKEN_URL], iss: [CLIENT_ID] } }))).toEqual(['certificate_claim_missing'])
        const audience = certificateFindings(chain({ claims: { aud: ['https://login.microsoftonline.com/common/oauth2/token'], iss: [CLIENT_ID], sub: [CLIENT_ID] } }), context)
        expect(audience).toEqual([{ code: 'certificate_claim_audience', field: 'jwt_standard_claim.value', message: expect.stringContaining(TOKEN_URL) }])
        expect(codes(chain({ claims: { aud: [`${TOKEN_URL}/`], iss: ['someone-else'], sub: [CLIENT_ID] } }))).toEqual(['certificate_claim_client_id'])
    })

    it('claims that cannot be read on this instance: a warning with the values to check, none once a token proves them', () => {
        const [finding] = certificateFindings(chain({ claims: null }), context)
        expect(finding.code).toBe('certificate_claims_unread')
        expect(finding.message).toContain(`aud = ${TOKEN_URL}, iss = sub = ${CLIENT_ID}`)
        expect(codes(chain({ claims: null }), { proved: true })).toEqual([])
    })

    it('a thumbprint the registration does not know (AADSTS700027), or an x5t / script thumbprint that is not the store certificate', () => {
        expect(codes(chain({ registrationThumbprints: ['0'.repeat(40)] }))).toEqual(['certificate_not_in_registration'])
        expect(codes(chain({ registrationThumbprints: [Buffer.from(THUMBPRINT, 'hex').toString('base64')] }))).toEqual([])
        expect(codes(chain({ signingKey: { ...chain().signingKey!, x5t: Buffer.from('1'.repeat(40), 'hex').toString('base64url') } }))).toEqual(['certificate_thumbprint_mismatch'])
        expect(codes(chain({ script: { name: 'OAuthContosoCertificate', namesJwtProvider: true, namesThumbprint: false } }))).toEqual(['certificate_thumbprint_mismatch'])
    })

    it('the missing links: signing key, its password, its certificate, the profile link, a script for another JWT provider', () => {
        expect(codes(chain({ signingKey: null, certificate: null, store: null, alias: null }))).toEqual(['certificate_signing_key_missing'])
        expect(codes(chain({ signingKey: { ...chain().signingKey!, passwordSet: false, active: false } }))).toEqual(['certificate_signing_key_inactive', 'certificate_signing_key_password_missing'])
        expect(codes(chain({ certificate: null, store: null, alias: null }))).toEqual(['certificate_missing'])
        expect(codes(chain({ profileLinked: false }))).toEqual(['certificate_profile_not_linked'])
        expect(codes(chain({ script: { name: 'OAuthOther', namesJwtProvider: false, namesThumbprint: true } }))).toEqual(['certificate_script_not_for_provider'])
    })

    it('the secret field of a certificate provider: a dummy is expected, and a typed secret expiry is said not to count', () => {
        expect(codes(chain(), { clientSecretSet: false })).toEqual(['certificate_dummy_secret_missing'])
        expect(codes(chain({ typedSecretRows: 1 }))).toEqual(['certificate_secret_row_ignored'])
    })
})

describe('checkSetup with a certificate chain', () => {
    it('a correct Graph account signing with a certificate: no finding', () => {
        expect(checkSetup(certificateAccount()).map((finding) => finding.code)).toEqual([])
    })

    it('adds the chain findings with their severities, and proves with the account token', () => {
        const findings = checkSetup({ ...certificateAccount(), token: { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null }, certificate: chain({ claims: null, certificate: { ...chain().certificate!, expires: '2026-05-01' } }) })
        expect(findings.filter((finding) => finding.code.startsWith('certificate_')).map((finding) => [finding.code, finding.severity])).toEqual([
            ['certificate_expired', 'error'],
            ['certificate_claims_unread', 'warning'],
        ])
    })
})

describe('the OAuth API script hint on app-only accounts, now that the app ships a JWT provider', () => {
    const withJwtProviders = () => ({ ...graphSend(), jwtProviders: 1 })

    it('a provider whose chain was read and which signs with no certificate: no script warning, whatever JWT providers the instance has', () => {
        expect(checkSetup({ ...withJwtProviders(), certificate: null }).map((finding) => finding.code)).toEqual([])
    })

    it('a provider that signs with a certificate and has no OAuth API script: the script warning', () => {
        expect(checkSetup({ ...withJwtProviders(), certificate: chain() }).map((finding) => finding.code)).toEqual(['certificate_script_missing'])
    })
})
