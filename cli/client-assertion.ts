/**
 * Pure: the client assertion that replaces a client secret (RFC 7523 section 2.2, OpenID Connect
 * `private_key_jwt`), in Microsoft's certificate credential format
 * (learn.microsoft.com/entra/identity-platform/certificate-credentials):
 * - header `alg` RS256 (what a ServiceNow JWT signing key's default "RSA 256" signs with, and the
 *   format Microsoft long documented) or PS256 (what the page now prefers), `typ` JWT, `x5t` the
 *   base64url SHA-1 thumbprint and `x5t#S256` the base64url SHA-256 thumbprint of the certificate's
 *   DER: Entra finds the registered certificate by them;
 * - claims `aud` the token endpoint, `iss` and `sub` the client ID, a fresh `jti`, `nbf`/`iat` now
 *   and `exp` a few minutes later.
 */
import { constants, createHash, randomUUID, sign, type KeyObject, type X509Certificate } from 'node:crypto'

export type AssertionAlgorithm = 'RS256' | 'PS256'
export const ASSERTION_ALGORITHMS: readonly AssertionAlgorithm[] = ['RS256', 'PS256']
export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/** Microsoft's libraries (MSAL) give their assertions ten minutes. */
const ASSERTION_LIFETIME_SECONDS = 600

export interface AssertionInput {
    readonly clientId: string
    /** The token endpoint the assertion is posted to. */
    readonly audience: string
    readonly algorithm: AssertionAlgorithm
    readonly certificate: X509Certificate
    readonly privateKey: KeyObject
    readonly nowSeconds: number
    readonly jti?: string
}

export interface Thumbprints {
    /** As Entra's Certificates & secrets page shows it: SHA-1, upper-case hex. */
    readonly sha1Hex: string
    /** The `x5t` header: base64url of the SHA-1 thumbprint. */
    readonly x5t: string
    /** The `x5t#S256` header: base64url of the SHA-256 thumbprint. */
    readonly x5tS256: string
}

export function thumbprints(certificate: X509Certificate): Thumbprints {
    const sha1 = createHash('sha1').update(certificate.raw).digest()
    return {
        sha1Hex: sha1.toString('hex').toUpperCase(),
        x5t: sha1.toString('base64url'),
        x5tS256: createHash('sha256').update(certificate.raw).digest('base64url'),
    }
}

export function signClientAssertion(input: AssertionInput): string {
    const { x5t, x5tS256 } = thumbprints(input.certificate)
    const header = { alg: input.algorithm, typ: 'JWT', x5t, 'x5t#S256': x5tS256 }
    const claims = {
        aud: input.audience,
        iss: input.clientId,
        sub: input.clientId,
        jti: input.jti ?? randomUUID(),
        nbf: input.nowSeconds,
        iat: input.nowSeconds,
        exp: input.nowSeconds + ASSERTION_LIFETIME_SECONDS,
    }
    const signingInput = `${base64url(header)}.${base64url(claims)}`
    const key = input.algorithm === 'PS256' ? { key: input.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } : input.privateKey
    return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key).toString('base64url')}`
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
