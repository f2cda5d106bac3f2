import { STATUS, type HealthStatus } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { parseRetryAfter } from './backoff.ts'
import { CODE, type RawToken, type TokenState } from './model.ts'

/**
 * Classifies the answer to a refresh request. Pure: the adapter hands over what
 * GlideOAuthClientResponse reported (or the exception requestTokenByRequest threw), and the secrets
 * it knows so provider text is redacted before it can reach a health row.
 */

export interface ResponseSnapshot {
    /** Message of an exception thrown by requestTokenByRequest; null when it returned. */
    thrown: string | null
    /** getResponseCode(); 0 when no HTTP answer came. */
    status: number
    errorMessage: string
    body: string
    contentType: string
    /** A retry hint from the response content, when a provider sends one (no headers reach scripts: see oauth-client.ts). */
    retryAfter: string | null
    /** getToken() of the response, without secrets; null when there is none. */
    token: RawToken | null
}

export type Classification =
    | { kind: 'refreshed'; token: TokenState }
    | {
          kind: 'failed'
          code: string
          status: HealthStatus
          /** A short, redacted account of what the provider said, for the admin's sentence. */
          detail: string
          retryAfterSeconds: number | null
      }

/** Entra and Google texts that mean the refresh token is dead (an admin must authorize again). */
const DEAD_GRANT = /\binvalid_grant\b|AADSTS(700082|50173|70008|70043|500341|54005)\b|Token has been expired or revoked/i
/**
 * OAuth and OpenID error codes, and the Entra AADSTS codes, that mean a person must sign in again:
 * MFA required (50076, 50079 registration, 50072 enrolment, 50074, 50078 claim expired), an external
 * security challenge (50158), Conditional Access or device policy (53000-53004, 50097), consent (65001).
 * Entra sends them as `interaction_required` or as `invalid_grant` with a `suberror`: the refresh
 * token stays unusable until the mailbox's user signs in, so it is not sent again.
 */
const INTERACTION_ERRORS = ['interaction_required', 'consent_required', 'login_required']
const INTERACTION_REQUIRED = /AADSTS(50076|50079|50072|50074|50078|50158|50097|53000|53001|53002|53003|53004|65001)\b/
/** Entra's codes for a wrong or missing client secret. */
const BAD_CLIENT_SECRET = /AADSTS(7000222|7000215|7000218)\b/
/** Entra's code for a client secret past its expiry: a different fix (a new secret, and its expiry recorded). */
const EXPIRED_CLIENT_SECRET = /AADSTS7000222\b/
/**
 * Entra's refusals of a client assertion (certificate sign-in), each with its own fix
 * (docs/certificate-credentials.md). Entra sends them as invalid_client (700027) or invalid_request.
 */
const ASSERTION_REFUSALS: readonly (readonly [RegExp, string])[] = [
    // One AADSTS code, two fixes by its reason: "The key used is expired" (renew the certificate) and
    // "The key was not found" or a bad signature (upload it to the registration).
    [/AADSTS700027\b[\s\S]*\bkey used is expired\b/i, CODE.certificateExpired],
    [/AADSTS700027\b/, CODE.certificateNotRegistered],
    [/AADSTS700024\b/, CODE.assertionTimeRange],
    [/AADSTS700023\b/, CODE.assertionAudience],
    [/AADSTS700021\b/, CODE.assertionIssuer],
]
/**
 * Java's errors when the platform opens the Java Key Store of a JWT signing key, before any request
 * is sent (java.security.KeyStore.load / getKey): a wrong Key store password on the x509 Certificate
 * record, or a wrong Signing Key Password on the JWT Keys record. Retrying cannot help; a person must
 * retype the password. They come as the response's error message or as a thrown exception.
 */
const STORE_PASSWORD_WRONG = /Keystore was tampered with|keystore password was incorrect|password was incorrect/i
const KEY_PASSWORD_WRONG = /UnrecoverableKeyException|Cannot recover key/i
const NO_ANSWER = /timed?\s*out|timeout|connect|unknown\s*host|unknownhost|refused|reset|unreachable|socket|handshake|\beof\b|no route/i
const TRANSIENT_ERRORS = ['temporarily_unavailable', 'server_error']
const DETAIL_MAX = 300

interface ProviderError {
    error: string
    description: string
}

function parseJsonObject(body: string): Record<string, unknown> | null {
    const text = body.trim()
    if (text === '' || text[0] !== '{') return null
    try {
        const parsed: unknown = JSON.parse(text)
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
    } catch {
        return null
    }
}

function providerError(json: Record<string, unknown> | null): ProviderError {
    const error = json && typeof json.error === 'string' ? json.error : ''
    const description = json && typeof json.error_description === 'string' ? json.error_description : ''
    return { error, description }
}

function shorten(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim()
    return flat.length > DETAIL_MAX ? `${flat.slice(0, DETAIL_MAX - 1)}…` : flat
}

/** Visible text of an HTML page: its title or first words, enough to recognise a proxy or error page. */
function htmlText(body: string): string {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)
    if (title && title[1].trim() !== '') return title[1].trim()
    return body.replace(/<[^>]*>/g, ' ')
}

function describe(response: ResponseSnapshot, json: Record<string, unknown> | null, secrets: readonly string[]): string {
    const parts: string[] = []
    if (response.thrown !== null) parts.push(`no answer: ${response.thrown}`)
    else if (response.status > 0) parts.push(`HTTP ${response.status}`)
    const { error, description } = providerError(json)
    if (error) parts.push(description ? `${error}: ${description}` : error)
    else if (response.errorMessage && response.thrown === null) parts.push(response.errorMessage)
    if (!error && response.body.trim() !== '' && json === null) {
        const isHtml = /html/i.test(response.contentType) || /^\s*</.test(response.body)
        parts.push(`${isHtml ? 'HTML page' : 'body not JSON'}: '${shorten(isHtml ? htmlText(response.body) : response.body).slice(0, 80)}'`)
    }
    return shorten(redact(parts.join(', '), secrets))
}

/** The token a successful response carries, as absolute times. */
export function tokenStateOf(raw: RawToken, now: number): TokenState {
    return {
        accessExpiresAt: raw.hasAccessToken ? now + Math.max(0, raw.expiresInSeconds) * 1000 : null,
        hasRefreshToken: raw.hasRefreshToken,
        refreshExpiresAt: raw.hasRefreshToken && raw.refreshExpiresInSeconds > 0 ? now + raw.refreshExpiresInSeconds * 1000 : null,
    }
}

export function classifyResponse(response: ResponseSnapshot, now: number, secrets: readonly string[] = []): Classification {
    const json = parseJsonObject(response.body)
    const { error, description } = providerError(json)
    const said = `${error} ${description} ${response.errorMessage}`
    const detail = describe(response, json, secrets)
    const failed = (code: string, status: HealthStatus, retryAfterSeconds: number | null = null): Classification => ({
        kind: 'failed',
        code,
        status,
        detail,
        retryAfterSeconds,
    })

    const platformError = `${response.thrown ?? ''} ${response.status === 0 ? response.errorMessage : ''}`
    if (STORE_PASSWORD_WRONG.test(platformError)) return failed(CODE.certificateStorePassword, STATUS.misconfigured)
    if (KEY_PASSWORD_WRONG.test(platformError)) return failed(CODE.certificateKeyPassword, STATUS.misconfigured)
    if (response.thrown !== null) {
        return NO_ANSWER.test(response.thrown) ? failed(CODE.providerUnavailable, STATUS.refreshFailing) : failed(CODE.unexpectedResponse, STATUS.refreshFailing)
    }
    const assertion = ASSERTION_REFUSALS.find(([pattern]) => pattern.test(said))
    if (assertion) return failed(assertion[1], STATUS.misconfigured)
    if (error === 'invalid_client' || (error === '' && BAD_CLIENT_SECRET.test(said)) || BAD_CLIENT_SECRET.test(description)) {
        return failed(EXPIRED_CLIENT_SECRET.test(said) ? CODE.clientSecretExpired : CODE.invalidClient, STATUS.misconfigured)
    }
    if (error === 'unauthorized_client') return failed(CODE.unauthorizedClient, STATUS.misconfigured)
    if (INTERACTION_ERRORS.indexOf(error) >= 0 || INTERACTION_REQUIRED.test(said)) return failed(CODE.interactionRequired, STATUS.needsAuthorization)
    if (error === 'invalid_grant' || (error === '' && DEAD_GRANT.test(said))) return failed(CODE.invalidGrant, STATUS.needsAuthorization)

    const retryAfter = parseRetryAfter(response.retryAfter, now)
    const noHttpAnswer = response.status === 0 && response.errorMessage !== ''
    if (response.status === 429 || response.status >= 500 || TRANSIENT_ERRORS.indexOf(error) >= 0 || (noHttpAnswer && NO_ANSWER.test(response.errorMessage))) {
        return failed(CODE.providerUnavailable, STATUS.refreshFailing, retryAfter)
    }
    const answeredOk = (response.status >= 200 && response.status < 300) || (response.status === 0 && response.errorMessage === '')
    if (answeredOk && error === '' && response.token !== null && response.token.hasAccessToken && response.token.expiresInSeconds > 0) {
        return { kind: 'refreshed', token: tokenStateOf(response.token, now) }
    }
    if (answeredOk && error === '' && json !== null) {
        return { kind: 'failed', code: CODE.unexpectedResponse, status: STATUS.refreshFailing, detail: `${detail}, no usable access token in the answer`, retryAfterSeconds: retryAfter }
    }
    return failed(CODE.unexpectedResponse, STATUS.refreshFailing, retryAfter)
}
