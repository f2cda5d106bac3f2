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
 * The attached .jks is modelled on the sys_certificate row as the stand-in column `jks_base64` (the
 * end-to-end tier: a real store, a real signature the local OAuth server checks), or without its
 * bytes as `jks_store_password`/`jks_entries` (the unit tier, the CertificateEncryption stand-in's
 * model, test/stand-ins/glide.ts: the signature is then a placeholder). The store is read with
 * cli/jks.ts (a reader of the JDK's format, tested against keytool's files), passwords from the rows.
 *
 * Modelling choices where the platform is not documented (the code must not rely on them silently;
 * listed for the instance probe):
 * - The key entry used is the one whose alias equals the signing key's Name (case-insensitive, as JKS
 *   aliases are); the JWT Keys form has no alias field in the docs. When no alias matches and the
 *   store holds exactly one key entry, that one (a platform that signs with "the" key); with several
 *   and none matching, no request. Setups whose Name is the alias work under both readings.
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
const WRONG_STORE_PASSWORD = 'java.io.IOException: Keystore was tampered with, or password was incorrect'
const noAlias = (alias: string) => `java.security.KeyStoreException: no key entry with alias ${alias}`

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
    if (!certificate) return fail(`JWT signing key ${String(signingKey.name)} has no key store`)
    const alias = String(signingKey[SIGNING_KEY.field.name] ?? '')
    const storePassword = String(certificate[CERTIFICATE.field.keyStorePassword] ?? '')
    let signWith: ((input: Buffer) => Buffer) | undefined
    if (certificate.jks_base64) {
        const store = readJks(Buffer.from(String(certificate.jks_base64), 'base64'), storePassword)
        if (!store.ok) return fail(store.error.code === 'store-password' ? WRONG_STORE_PASSWORD : `java.io.IOException: Invalid keystore format (${store.error.code})`)
        const keyEntries = store.value.filter((entry) => entry.kind === 'key')
        const named = keyEntries.some((entry) => entry.alias.toLowerCase() === alias.toLowerCase()) || keyEntries.length !== 1 ? alias : keyEntries[0].alias
        const key = keyEntry(store.value, named, String(signingKey[SIGNING_KEY.field.password] ?? ''))
        if (!key.ok) return fail(key.error.code === 'key-password' ? 'java.security.UnrecoverableKeyException: Cannot recover key' : noAlias(alias))
        signWith = (input) => sign('sha256', input, key.value.privateKey)
    } else {
        // The unit tier's model of the same store without its bytes (jks_store_password, jks_entries: the
        // CertificateEncryption stand-in): it opens or not, holds the alias or not, and the signature is a
        // placeholder that only the scripted fake provider (which checks no signature) accepts.
        if (storePassword !== String(certificate.jks_store_password ?? '')) return fail(WRONG_STORE_PASSWORD)
        const aliases = Object.keys(JSON.parse(String(certificate.jks_entries ?? '{}')) as Record<string, string>)
        if (!aliases.some((entry) => entry.toLowerCase() === alias.toLowerCase()) && aliases.length !== 1) return fail(noAlias(alias))
    }

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
    const signature = signWith ? signWith(Buffer.from(signingInput)).toString('base64url') : 'unsigned-stand-in-model'
    return { kind: 'assertion', assertion: `${signingInput}.${signature}` }
}

/** The SHA-1 thumbprint the instance reports for a DER certificate (CertificateEncryption), lower-case hex. */
export function sha1Thumbprint(der: Buffer): string {
    return createHash('sha1').update(der).digest('hex')
}

const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
