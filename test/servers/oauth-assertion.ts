/**
 * `private_key_jwt` client authentication as Entra ID checks it, for the test OAuth server's
 * client-credentials grant (runs in its child process). A client registered with `certificates`
 * (the public certificates uploaded to the app registration) may authenticate with a client
 * assertion (RFC 7523 2.2) instead of its secret. Checked in Entra's order, each failure with the
 * code and wording Entra answers (Azure SDK troubleshooting guides; the 700027/50013 reasons as
 * Entra words them in reported errors):
 * - malformed, or no certificate thumbprint in the header: AADSTS50027;
 * - the thumbprint (`x5t#S256`, else `x5t`) names no uploaded certificate: AADSTS700027 "The key
 *   was not found"; it names one whose end date has passed on the server's clock: AADSTS700027
 *   "The key used is expired";
 * - the signature does not verify with that certificate's key: AADSTS50013;
 * - `iss`/`sub` not the client_id: AADSTS700021; `aud` not the token endpoint: AADSTS700023;
 * - outside `nbf`..`exp` (with a few minutes of allowed skew): AADSTS700024.
 */
import { constants, createHash, verify, X509Certificate } from 'node:crypto'
import type { EntraError } from './oauth-entra.ts'

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/**
 * Allowed clock difference. Entra does not document its tolerance; five minutes is the common
 * default of token validators (e.g. Microsoft.IdentityModel's ClockSkew).
 */
const ALLOWED_SKEW_SECONDS = 300

export interface AssertionCheck {
    readonly assertionType: string | null
    readonly assertion: string
    readonly clientId: string
    /** PEM certificates uploaded to the app registration. */
    readonly certificates: readonly string[]
    /** The token endpoint's URL, the only audience accepted. */
    readonly tokenUrl: string
    readonly nowSeconds: number
}

export type AssertionVerdict = { readonly ok: true } | { readonly ok: false; readonly entra: EntraError }

export function checkClientAssertion(check: AssertionCheck): AssertionVerdict {
    const refuse = (code: number, description: string): AssertionVerdict => ({ ok: false, entra: { code, description } })
    const parts = check.assertion.split('.')
    const decoded = parts.length === 3 ? [parseJson(parts[0]), parseJson(parts[1])] : []
    const [header, claims] = decoded
    if (check.assertionType !== CLIENT_ASSERTION_TYPE || !header || !claims) return refuse(50027, 'JWT token is invalid or malformed.')
    const x5tS256 = typeof header['x5t#S256'] === 'string' ? header['x5t#S256'] : undefined
    const x5t = typeof header.x5t === 'string' ? header.x5t : undefined
    if (!x5tS256 && !x5t) return refuse(50027, 'Invalid JWT token. No certificate thumbprint specified in token header.')

    const uploaded = check.certificates.map((pem) => new X509Certificate(pem))
    const match = uploaded.find((certificate) =>
        x5tS256 ? createHash('sha256').update(certificate.raw).digest('base64url') === x5tS256 : createHash('sha1').update(certificate.raw).digest('base64url') === x5t,
    )
    const usedThumbprint = x5t ? Buffer.from(x5t, 'base64url').toString('hex').toUpperCase() : Buffer.from(x5tS256 ?? '', 'base64url').toString('hex').toUpperCase()
    if (!match) {
        return refuse(
            700027,
            `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${usedThumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${check.clientId}'.]`,
        )
    }
    const found = `Found key 'Start=${new Date(match.validFrom).toISOString()}, End=${new Date(match.validTo).toISOString()}'`
    if (new Date(match.validTo).getTime() / 1000 <= check.nowSeconds) {
        return refuse(700027, `Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: '${usedThumbprint}', ${found}]`)
    }
    if (!signatureVerifies(parts, header.alg, match)) {
        return refuse(50013, `Assertion failed signature validation. [Reason - The provided signature value did not match the expected signature value., Thumbprint of key used by client: '${usedThumbprint}', ${found}]`)
    }
    if (claims.iss !== check.clientId || claims.sub !== check.clientId) {
        return refuse(700021, "Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials")
    }
    if (claims.aud !== check.tokenUrl) {
        return refuse(700023, 'Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials')
    }
    const nbf = typeof claims.nbf === 'number' ? claims.nbf : 0
    const exp = typeof claims.exp === 'number' ? claims.exp : 0
    if (check.nowSeconds + ALLOWED_SKEW_SECONDS < nbf || check.nowSeconds - ALLOWED_SKEW_SECONDS >= exp) {
        const iso = (seconds: number) => new Date(seconds * 1000).toISOString()
        return refuse(700024, `Client assertion is not within its valid time range. Current time: ${iso(check.nowSeconds)}, assertion valid from ${iso(nbf)}, expiry time of assertion ${iso(exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials`)
    }
    return { ok: true }
}

function signatureVerifies(parts: string[], alg: unknown, certificate: X509Certificate): boolean {
    const data = Buffer.from(`${parts[0]}.${parts[1]}`)
    const signature = Buffer.from(parts[2], 'base64url')
    if (alg === 'RS256') return verify('sha256', data, certificate.publicKey, signature)
    if (alg === 'PS256') return verify('sha256', data, { key: certificate.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature)
    return false
}

function parseJson(segment: string): Record<string, unknown> | undefined {
    try {
        const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
    } catch {
        return undefined
    }
}
