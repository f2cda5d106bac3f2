/**
 * A certificate chain as the documented procedure leaves it (docs/certificate-credentials.md), for the
 * setup check's tests to break one link at a time, and the broken chains the catalogue test runs.
 */
import type { CertificateChainSnapshot } from '../../src/credentials/chain.ts'
import type { FindingCode, SetupSnapshot } from '../../src/setup-check/checks.ts'
import { graphSend } from './app-only-fixtures.ts'
import { CLIENT_ID, TENANT } from './fixtures.ts'

export const TOKEN_URL = `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`
export const THUMBPRINT = '5F1C8E2A9B3D4C6E7F8091A2B3C4D5E6F708192A'
export const NOW = Date.UTC(2026, 5, 1, 12)

export function chain(overrides: Partial<CertificateChainSnapshot> = {}): CertificateChainSnapshot {
    return {
        jwtProvider: { sysId: 'a'.repeat(32), name: 'Contoso certificate', signingKeyId: 'key' },
        profileLinked: true,
        signingKey: { sysId: 'key', name: 'mail-signing', active: true, passwordSet: true, x5t: '', keystoreId: 'cert' },
        certificate: { sysId: 'cert', name: 'Contoso mail signing', active: true, typeLabel: 'Java Key Store', passwordSet: true, expires: '2027-06-30', validFrom: '2025-06-30' },
        store: { ok: true, thumbprint: THUMBPRINT.toLowerCase() },
        alias: { ok: true, thumbprint: THUMBPRINT.toLowerCase() },
        claims: { aud: [TOKEN_URL], iss: [CLIENT_ID], sub: [CLIENT_ID] },
        script: { name: 'OAuthContosoCertificate', namesJwtProvider: true, namesThumbprint: true },
        registrationThumbprints: null,
        typedSecretRows: 0,
        readAt: NOW,
        ...overrides,
    }
}


/** A Graph send account of a provider that signs with the certificate, set up as the docs describe (OAuth API script included). */
export function certificateAccount(): SetupSnapshot {
    const snapshot = graphSend()
    snapshot.provider = { ...snapshot.provider!, token_url: TOKEN_URL, oauth_api_script_name: 'global.OAuthContosoCertificate' }
    return { ...snapshot, certificate: chain() }
}

function withChain(edit: Partial<CertificateChainSnapshot>, provider: Partial<NonNullable<SetupSnapshot['provider']>> = {}): () => SetupSnapshot {
    return () => {
        const snapshot = certificateAccount()
        snapshot.provider = { ...snapshot.provider!, ...provider }
        snapshot.token = { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null }
        return { ...snapshot, certificate: chain(edit) }
    }
}

const base = chain()

export const CERTIFICATE_BROKEN: [string, () => SetupSnapshot, FindingCode[]][] = [
    ['certificate: the script names the JWT provider, the profile does not', withChain({ profileLinked: false }), ['app_only_token_pending', 'certificate_profile_not_linked']],
    ['certificate: the script is for another JWT provider', withChain({ script: { name: 'OAuthOther', namesJwtProvider: false, namesThumbprint: true } }), ['app_only_token_pending', 'certificate_script_not_for_provider']],
    ['certificate: no signing key', withChain({ signingKey: null, certificate: null, store: null, alias: null }), ['app_only_token_pending', 'certificate_signing_key_missing']],
    ['certificate: signing key inactive, no password', withChain({ signingKey: { ...base.signingKey!, active: false, passwordSet: false } }), ['app_only_token_pending', 'certificate_signing_key_inactive', 'certificate_signing_key_password_missing']],
    ['certificate: no certificate record', withChain({ certificate: null, store: null, alias: null }), ['app_only_token_pending', 'certificate_missing']],
    ['certificate: inactive, not a JKS', withChain({ certificate: { ...base.certificate!, active: false, typeLabel: 'PEM' } }), ['app_only_token_pending', 'certificate_inactive', 'certificate_not_java_key_store']],
    ['certificate: no store password', withChain({ certificate: { ...base.certificate!, passwordSet: false }, store: null, alias: null }), ['app_only_token_pending', 'certificate_store_password_missing']],
    ['certificate: wrong store password', withChain({ store: { ok: false, reason: 'Keystore was tampered with, or password was incorrect' }, alias: null }), ['app_only_token_pending', 'certificate_store_unreadable']],
    ['certificate: alias not in the store', withChain({ alias: { ok: false, reason: 'no thumbprint' } }), ['app_only_token_pending', 'certificate_key_alias_not_found']],
    ['certificate: expired', withChain({ certificate: { ...base.certificate!, expires: '2026-05-01' } }), ['app_only_token_pending', 'certificate_expired']],
    ['certificate: expiring', withChain({ certificate: { ...base.certificate!, expires: '2026-06-20' } }), ['app_only_token_pending', 'certificate_expiring']],
    ['certificate: not yet valid', withChain({ certificate: { ...base.certificate!, validFrom: '2026-07-01' } }), ['app_only_token_pending', 'certificate_not_yet_valid']],
    ['certificate: end unreadable', withChain({ certificate: { ...base.certificate!, expires: 'soon' } }), ['app_only_token_pending', 'certificate_expiry_unknown']],
    ['certificate: claims unreadable', withChain({ claims: null }), ['app_only_token_pending', 'certificate_claims_unread']],
    ['certificate: no sub claim', withChain({ claims: { aud: [TOKEN_URL], iss: [CLIENT_ID] } }), ['app_only_token_pending', 'certificate_claim_missing']],
    ['certificate: aud not the token endpoint', withChain({ claims: { aud: ['https://login.microsoftonline.com/common/oauth2/token'], iss: [CLIENT_ID], sub: [CLIENT_ID] } }), ['app_only_token_pending', 'certificate_claim_audience']],
    ['certificate: iss not the client id', withChain({ claims: { aud: [TOKEN_URL], iss: ['other'], sub: [CLIENT_ID] } }), ['app_only_token_pending', 'certificate_claim_client_id']],
    ['certificate: x5t of another certificate', withChain({ signingKey: { ...base.signingKey!, x5t: '1'.repeat(40) } }), ['app_only_token_pending', 'certificate_thumbprint_mismatch']],
    ['certificate: not on the app registration', withChain({ registrationThumbprints: ['2'.repeat(40)] }), ['app_only_token_pending', 'certificate_not_in_registration']],
    ['certificate: empty Client Secret', withChain({}, { client_secret_set: false }), ['app_only_token_pending', 'certificate_dummy_secret_missing', 'client_secret_missing']],
    ['certificate: a typed secret expiry', withChain({ typedSecretRows: 1 }), ['app_only_token_pending', 'certificate_secret_row_ignored']],
]
