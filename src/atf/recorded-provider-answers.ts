/**
 * Token endpoint answers as Microsoft Entra ID (v2.0 endpoint) and Google send them, recorded in the
 * shape the platform hands them to the job (GlideOAuthClientResponse: status, content type, body),
 * for the ATF test "response classifier on recorded provider answers". Formats: Entra's error
 * response (learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#error-response-1,
 * AADSTS codes from learn.microsoft.com/entra/identity-platform/reference-error-codes) and Google's
 * (developers.google.com/identity/protocols/oauth2/web-server#offline). Trace and correlation ids
 * are made up; token values are replaced by "<redacted>": nothing here is a secret.
 *
 * Sources. Each answer marked "live" is checked against the answer a real local OAuth server gives
 * the same situation (test/atf/recorded-provider-answers.test.ts: same HTTP status, OAuth error,
 * AADSTS code, same classification); the others are written from the documentation named beside them.
 */
import { GlideDateTime } from '@servicenow/glide'
import { classifyResponse, type ResponseSnapshot } from '../token-keeper/classify.ts'

const JSON_TYPE = 'application/json; charset=utf-8'

/** Entra's error body: the AADSTS code leads error_description, followed by its trace lines. */
function entra(error: string, code: number, description: string): string {
    const stamp = '2026-03-02 09:41:07Z'
    return JSON.stringify({
        error,
        error_description: `AADSTS${code}: ${description}\r\nTrace ID: 0f8c3a52-1d1e-4c7b-9a0b-6a5c2e7d1f00\r\nCorrelation ID: 5b9e0c1d-7a3f-4e2b-8c6d-1f0e9d8c7b6a\r\nTimestamp: ${stamp}`,
        error_codes: [code],
        timestamp: stamp,
        trace_id: '0f8c3a52-1d1e-4c7b-9a0b-6a5c2e7d1f00',
        correlation_id: '5b9e0c1d-7a3f-4e2b-8c6d-1f0e9d8c7b6a',
        error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    })
}

function answer(status: number, contentType: string, body: string): ResponseSnapshot {
    return { thrown: null, status, errorMessage: '', body, contentType, retryAfter: null, token: null }
}

export const RECORDED_ANSWERS = {
    /** Live: a refresh token 91 days unused at the Entra-like server (AADSTS700082). */
    entraRefreshTokenInactive: answer(
        400,
        JSON_TYPE,
        entra('invalid_grant', 700082, 'The refresh token has expired due to inactivity. The token was issued on 2025-11-28T08:12:44.0000000Z and was inactive for 90.00:00:00.'),
    ),
    /** Live: a refresh after the user's grants were revoked (AADSTS50173). */
    entraPasswordChanged: answer(
        400,
        JSON_TYPE,
        entra('invalid_grant', 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '2026-01-10T07:00:00.0000000Z' and the TokensValidFrom date (before which tokens are not valid) for this user is '2026-02-20T16:30:00.0000000Z'."),
    ),
    /** Live: the client's previous secret after a new one took its place (AADSTS7000222). */
    entraClientSecretExpired: answer(
        401,
        JSON_TYPE,
        entra('invalid_client', 7000222, "The provided client secret keys for app '7d1e3c55-0000-4a1b-9c2d-3e4f5a6b7c8d' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds."),
    ),
    /** Live: a secret the client never had (AADSTS7000215). */
    entraWrongClientSecret: answer(
        401,
        JSON_TYPE,
        entra('invalid_client', 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '7d1e3c55-0000-4a1b-9c2d-3e4f5a6b7c8d'."),
    ),
    /** Documentation: AADSTS700016, learn.microsoft.com/entra/identity-platform/reference-error-codes (the local server has one tenant). */
    entraAppNotInTenant: answer(
        400,
        JSON_TYPE,
        entra('unauthorized_client', 700016, "Application with identifier '7d1e3c55-0000-4a1b-9c2d-3e4f5a6b7c8d' was not found in the directory 'contoso.onmicrosoft.com'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant."),
    ),
    /** Live (status and error): the token endpoint's 503 temporarily_unavailable; AADSTS90033 from the error code reference. */
    entraTemporarilyUnavailable: answer(503, JSON_TYPE, entra('temporarily_unavailable', 90033, 'A transient error has occurred. Please try again.')),
    /** Live (status and error): a revoked grant's refresh token at an RFC 6749 server; the text from Google's OAuth 2.0 docs. */
    googleExpiredOrRevoked: answer(400, JSON_TYPE, '{\n  "error": "invalid_grant",\n  "error_description": "Token has been expired or revoked."\n}'),
    /** Live (status and error): an unknown client at an RFC 6749 server; the text from Google's OAuth 2.0 docs. */
    googleDeletedClient: answer(401, JSON_TYPE, '{\n  "error": "invalid_client",\n  "error_description": "The OAuth client was deleted."\n}'),
    /** Live (status): a 429; Google's rate_limit_exceeded wording from its OAuth 2.0 docs. */
    googleRateLimited: answer(429, JSON_TYPE, '{\n  "error": "rate_limit_exceeded",\n  "error_description": "Rate Limit Exceeded"\n}'),
    /** Documentation: a proxy's 502 page (nginx's default error page), not a provider's answer. */
    proxyBadGateway: answer(502, 'text/html', '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n'),
    /** Documentation: a web proxy's sign-in page answered with 200. */
    proxySignInPage: answer(200, 'text/html; charset=utf-8', '<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>Web proxy sign-in</body></html>'),
    /** Constructed: a 200 without the access_token RFC 6749 section 5.1 requires. */
    okWithoutAccessToken: answer(200, JSON_TYPE, '{"token_type":"Bearer","scope":"https://outlook.office.com/IMAP.AccessAsUser.All","expires_in":3599,"ext_expires_in":3599}'),
    /** Live: a refresh answered with new tokens. */
    entraRefreshed: {
        ...answer(200, JSON_TYPE, '{"token_type":"Bearer","scope":"https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send","expires_in":3599,"ext_expires_in":3599,"access_token":"<redacted>","refresh_token":"<redacted>"}'),
        token: { hasAccessToken: true, expiresInSeconds: 3599, hasRefreshToken: true, refreshExpiresInSeconds: 0 },
    },
    /** No HTTP answer: the exception the platform's HTTP client reports (the platform's text, not a provider's). */
    readTimeout: { ...answer(0, '', ''), thrown: 'java.net.SocketTimeoutException: Read timed out' },
} as const satisfies Record<string, ResponseSnapshot>

export type RecordedAnswerName = keyof typeof RECORDED_ANSWERS

export interface ClassifiedAnswer {
    kind: 'refreshed' | 'failed'
    /** The code recorded on the health row; '' when refreshed. */
    code: string
    /** The health status the answer leads to. */
    status: string
}

/** Classifies one recorded answer on the platform's clock, as the job would classify it live. */
export function classifyRecordedAnswer(name: RecordedAnswerName): ClassifiedAnswer {
    const classification = classifyResponse(RECORDED_ANSWERS[name], new GlideDateTime().getNumericValue())
    return classification.kind === 'refreshed'
        ? { kind: 'refreshed', code: '', status: 'ok' }
        : { kind: 'failed', code: classification.code, status: classification.status }
}
