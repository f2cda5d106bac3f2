/**
 * What the platform does before a token request when the OAuth profile names a JWT provider
 * (docs "Set up OAuth provider with JWT Bearer grant type", "Configure client credential flow for
 * SMTP OAuth2 using certificate-based authentication"): it walks the chain
 *   oauth_entity_profile.jwt_provider -> jwt_provider.jwt_keystore_alias (JWT signing key)
 *   -> jwt_keystore_aliases.signing_keystore (sys_certificate, the Java Key Store),
 * opens the store with the certificate record's key store password, takes the key entry with the
 * signing key's password, signs a JWT with the JWT provider's claims, and posts it as the client
 * assertion (RFC 7523 2.2) instead of the client secret.
 *
 * The attached .jks is modelled on the sys_certificate row as the stand-in column `jks_base64`
 * (beside `jks_store_password`/`jks_entries`, the CertificateEncryption stand-in's model of the same
 * store, test/stand-ins/glide.ts). The store is read with cli/jks.ts (a reader of the JDK's format,
 * tested against keytool's files), passwords from the rows: nothing here is the app's code.
 *
 * Modelling choices where the platform is not documented (the code must not rely on them silently;
 * listed for the instance probe):
 * - The key entry used is the one whose alias equals the signing key's Name (case-insensitive, as JKS
 *   aliases are); the JWT Keys form has no alias field in the docs. Strict: no such entry, no request.
 * - The `x5t` header is the signing key's "X.509 Certificate SHA-1 Thumbprint (x5t)" field (hex ->
 *   base64url), as the docs have the admin fill it; left empty, the assertion carries no thumbprint
 *   (Entra answers AADSTS50027). The algorithm is RS256, the only one the JWT Keys form offers.
 * - Claims: each Standard Claim row (JWT_CLAIM, an unconfirmed table) becomes a claim; `jti`, `iat`,
 *   `nbf` and `exp` (= now + the provider's Expiry Interval) are added, on the platform clock.
 * - Only the assertion is sent: no client_secret beside it.
 * - A store or key that does not open fails the request before anything is sent, with Java's message.
 */
import { createHash, randomUUID, sign } from 'node:crypto'
import { keyEntry, readJks } from '../../cli/jks.ts'
import { CERTIFICATE, JWT_CLAIM, JWT_PROVIDER, PROFILE_LINK, SIGNING_KEY } from '../../src/credentials/certificate-names.ts'
import { CLIENT_ASSERTION_TYPE } from '../servers/oauth-assertion.ts'
import type { Row } from './platform.ts'

export { CLIENT_ASSERTION_TYPE }
const DEFAULT_EXPIRY_INTERVAL_SECONDS = 300

export interface ChainTables {
    row(table: string, sysId: string): Row | undefined
    rows(table: string): Row[]
}

export type AssertionOutcome =
    /** The profile names no JWT provider: the client secret is sent. */
    | { readonly kind: 'secret' }
    | { readonly kind: 'assertion'; readonly assertion: string }
    /** The chain is broken on the instance: the request fails before it is sent. */
    | { readonly kind: 'failure'; readonly message: string }

export function clientAssertionFor(db: ChainTables, profileId: string, nowMs: number): AssertionOutcome {
    const profile = db.row(PROFILE_LINK.table, profileId)
    const jwtProviderId = String(profile?.[PROFILE_LINK.field] ?? '')
    if (jwtProviderId === '') return { kind: 'secret' }
    const fail = (message: string): AssertionOutcome => ({ kind: 'failure', message })
    const provider = db.row(JWT_PROVIDER.table, jwtProviderId)
    if (!provider) return fail(`JWT provider not found: ${jwtProviderId}`)
    const signingKey = db.row(SIGNING_KEY.table, String(provider[JWT_PROVIDER.field.signingKey] ?? ''))
    if (!signingKey) return fail(`JWT provider ${String(provider.name)} has no signing configuration`)
    const certificate = db.row(CERTIFICATE.table, String(signingKey[SIGNING_KEY.field.keystore] ?? ''))
    if (!certificate || !certificate.jks_base64) return fail(`JWT signing key ${String(signingKey.name)} has no key store`)
    const store = readJks(Buffer.from(String(certificate.jks_base64), 'base64'), String(certificate[CERTIFICATE.field.keyStorePassword] ?? ''))
    if (!store.ok) return fail(store.error.code === 'store-password' ? 'java.io.IOException: Keystore was tampered with, or password was incorrect' : `java.io.IOException: Invalid keystore format (${store.error.code})`)
    const key = keyEntry(store.value, String(signingKey[SIGNING_KEY.field.name] ?? ''), String(signingKey[SIGNING_KEY.field.password] ?? ''))
    if (!key.ok) return fail(key.error.code === 'key-password' ? 'java.security.UnrecoverableKeyException: Cannot recover key' : `java.security.KeyStoreException: no key entry with alias ${String(signingKey.name)}`)

    const nowSeconds = Math.floor(nowMs / 1000)
    const lifetime = Number(provider[JWT_PROVIDER.field.expiryInterval] ?? 0) || DEFAULT_EXPIRY_INTERVAL_SECONDS
    const claims: Record<string, string | number> = {}
    for (const claim of db.rows(JWT_CLAIM.table).filter((row) => String(row[JWT_CLAIM.field.provider]) === jwtProviderId)) {
        claims[String(claim[JWT_CLAIM.field.name])] = String(claim[JWT_CLAIM.field.value] ?? '')
    }
    Object.assign(claims, { jti: randomUUID(), iat: nowSeconds, nbf: nowSeconds, exp: nowSeconds + lifetime })
    const thumbprintHex = String(signingKey[SIGNING_KEY.field.thumbprint] ?? '').replace(/[^0-9a-f]/gi, '')
    const header = { alg: 'RS256', typ: 'JWT', ...(thumbprintHex.length === 40 ? { x5t: Buffer.from(thumbprintHex, 'hex').toString('base64url') } : {}) }
    const signingInput = `${encode(header)}.${encode(claims)}`
    return { kind: 'assertion', assertion: `${signingInput}.${sign('sha256', Buffer.from(signingInput), key.value.privateKey).toString('base64url')}` }
}

/** The SHA-1 thumbprint the instance reports for a DER certificate (CertificateEncryption), lower-case hex. */
export function sha1Thumbprint(der: Buffer): string {
    return createHash('sha1').update(der).digest('hex')
}

const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
