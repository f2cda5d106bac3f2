/**
 * Seeds a certificate chain into the platform stand-in the way an admin leaves it after the
 * documented procedure (docs/certificate-credentials.md): a Java Key Store record whose store opens
 * with its password and holds the signing key's alias, the JWT signing key, the JWT provider with
 * aud/iss/sub, and the provider's profile naming the JWT provider. Tests break one link at a time.
 */
import { CERTIFICATE, JWT_CLAIM, JWT_PROVIDER, PROFILE_LINK, SIGNING_KEY } from '../../src/credentials/certificate-names.ts'
import { platform } from '../stand-ins/platform.ts'

export const STORE_PASSWORD = 'seed-store-password'
export const KEY_ALIAS = 'mail-signing'
/** SHA-1 of the seeded certificate, as the instance reports it (lowercase hex in the stand-in). */
export const THUMBPRINT = '5f1c8e2a9b3d4c6e7f8091a2b3c4d5e6f708192a'

export interface SeededChain {
    certificateId: string
    signingKeyId: string
    jwtProviderId: string
}

export function seedChain(profileId: string, claims: { aud: string; iss: string; sub: string }, certificate: { expires?: string; validFrom?: string } = {}): SeededChain {
    const certificateId = platform.db.insert(CERTIFICATE.table, {
        [CERTIFICATE.field.name]: 'Contoso mail signing',
        [CERTIFICATE.field.active]: true,
        [CERTIFICATE.field.type]: CERTIFICATE.jksTypeLabel,
        [CERTIFICATE.field.keyStorePassword]: STORE_PASSWORD,
        [CERTIFICATE.field.expires]: certificate.expires ?? '2027-06-30',
        [CERTIFICATE.field.validFrom]: certificate.validFrom ?? '2025-06-30',
        // The stand-in's model of the attached .jks (test/stand-ins/glide.ts, CertificateEncryption).
        jks_store_password: STORE_PASSWORD,
        jks_entries: JSON.stringify({ [KEY_ALIAS]: THUMBPRINT }),
    })
    const signingKeyId = platform.db.insert(SIGNING_KEY.table, {
        [SIGNING_KEY.field.name]: KEY_ALIAS,
        [SIGNING_KEY.field.keystore]: certificateId,
        [SIGNING_KEY.field.password]: 'encrypted-key-password',
        [SIGNING_KEY.field.algorithm]: 'RS256',
        [SIGNING_KEY.field.active]: true,
    })
    const jwtProviderId = platform.db.insert(JWT_PROVIDER.table, { [JWT_PROVIDER.field.name]: 'Contoso certificate', [JWT_PROVIDER.field.signingKey]: signingKeyId, [JWT_PROVIDER.field.expiryInterval]: 300 })
    for (const [name, value] of Object.entries(claims)) platform.db.insert(JWT_CLAIM.table, { [JWT_CLAIM.field.provider]: jwtProviderId, [JWT_CLAIM.field.name]: name, [JWT_CLAIM.field.value]: value })
    platform.db.update(PROFILE_LINK.table, profileId, { [PROFILE_LINK.field]: jwtProviderId })
    return { certificateId, signingKeyId, jwtProviderId }
}
