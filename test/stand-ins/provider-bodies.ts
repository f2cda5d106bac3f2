/**
 * Token endpoint answers as real providers send them (Microsoft Entra ID v2.0, Google), for the
 * fake provider and for table-driven classification tests. Trace and correlation ids are made up.
 */
import type { TokenEndpointReply } from './oauth-platform.ts'

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

function entraError(status: number, error: string, code: number, description: string): TokenEndpointReply {
    const trace = '3b0e6b52-9f3c-4a8e-bb2e-5e4c1d7a2f00'
    const correlation = 'a7c4d1e9-2b6f-4f0a-9d3c-8e1b2c3d4e5f'
    const stamp = '2026-01-01 00:00:00Z'
    return {
        status,
        headers: JSON_TYPE,
        body: JSON.stringify({
            error,
            error_description: `AADSTS${code}: ${description} Trace ID: ${trace} Correlation ID: ${correlation} Timestamp: ${stamp}`,
            error_codes: [code],
            timestamp: stamp,
            trace_id: trace,
            correlation_id: correlation,
            error_uri: `https://login.microsoftonline.com/error?code=${code}`,
        }),
    }
}

export const PROVIDER_BODIES = {
    entraRefreshTokenInactive: entraError(
        400,
        'invalid_grant',
        700082,
        "The refresh token has expired due to inactivity. The token was issued on 2025-09-01T10:00:00.0000000Z and was inactive for 90.00:00:00.",
    ),
    entraGrantRevoked: entraError(
        400,
        'invalid_grant',
        50173,
        "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '2025-06-01T00:00:00.0000000Z' and the TokensValidFrom date (before which tokens are not valid) for this user is '2025-07-01T00:00:00.0000000Z'.",
    ),
    // Entra answers a refresh that now needs MFA with invalid_grant and a suberror (MSAL reads it as "UI required").
    entraMfaRequired: entraError(
        400,
        'invalid_grant',
        50076,
        "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access 'https://outlook.office.com'.",
    ),
    entraMfaRegistrationRequired: entraError(
        400,
        'interaction_required',
        50079,
        'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
    ),
    entraConditionalAccessBlocked: entraError(400, 'invalid_grant', 53003, 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'),
    entraClientSecretExpired: entraError(
        401,
        'invalid_client',
        7000222,
        "The provided client secret keys for app '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.",
    ),
    // Certificate sign-in (client assertion) refusals, texts as Entra words them (AADSTS error code reference).
    entraCertificateNotRegistered: entraError(
        401,
        'invalid_client',
        700027,
        "The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '5F1C8E2A9B3D4C6E7F8091A2B3C4D5E6F708192A', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'.]",
    ),
    // The same code when the registration holds the certificate but its end date has passed (Azure SDK troubleshooting: "The key used is expired").
    entraCertificateExpired: entraError(
        401,
        'invalid_client',
        700027,
        "Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: '5F1C8E2A9B3D4C6E7F8091A2B3C4D5E6F708192A', Found key 'Start=01/01/2025 00:00:00, End=01/01/2026 00:00:00']",
    ),
    entraAssertionTimeRange: entraError(401, 'invalid_client', 700024, 'Client assertion is not within its valid time range. Current time: 2026-01-01T00:00:00.0000000Z, assertion valid from 2026-01-01T00:10:00.0000000Z, expiry time of assertion 2026-01-01T00:15:00.0000000Z.'),
    entraAssertionAudience: entraError(401, 'invalid_client', 700023, 'Client assertion audience claim does not match Realm issuer.'),
    entraAssertionIssuer: entraError(401, 'invalid_client', 700021, "Client assertion application identifier doesn't match 'client_id' parameter."),
    entraInvalidClientSecret: entraError(
        401,
        'invalid_client',
        7000215,
        "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'.",
    ),
    entraUnauthorizedClient: entraError(
        400,
        'unauthorized_client',
        700016,
        "Application with identifier '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' was not found in the directory 'contoso.onmicrosoft.com'.",
    ),
    entraTemporarilyUnavailable: entraError(503, 'temporarily_unavailable', 90033, 'A transient error has occurred. Please try again.'),
    entraInvalidScope: entraError(
        400,
        'invalid_scope',
        70011,
        "The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid.",
    ),
    // Entra's answer to client credentials with a scope that is not "<resource>/.default".
    entraInvalidScopeClientCredentials: entraError(
        400,
        'invalid_scope',
        1002012,
        "The provided value for scope https://outlook.office.com/SMTP.Send is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).",
    ),
    googleExpiredOrRevoked: {
        status: 400,
        headers: JSON_TYPE,
        body: '{\n  "error": "invalid_grant",\n  "error_description": "Token has been expired or revoked."\n}',
    } as TokenEndpointReply,
    googleInvalidClient: {
        status: 401,
        headers: JSON_TYPE,
        body: '{\n  "error": "invalid_client",\n  "error_description": "Unauthorized"\n}',
    } as TokenEndpointReply,
    googleUnauthorizedClient: {
        status: 401,
        headers: JSON_TYPE,
        body: '{\n  "error": "unauthorized_client",\n  "error_description": "Unauthorized"\n}',
    } as TokenEndpointReply,
    htmlBadGateway: {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
    } as TokenEndpointReply,
    tooManyRequests: {
        status: 429,
        headers: { ...JSON_TYPE, 'retry-after': '120' },
        body: '{"error":"rate_limit_exceeded","error_description":"Rate Limit Exceeded"}',
    } as TokenEndpointReply,
    htmlLoginPageWith200: {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>Proxy login</body></html>',
    } as TokenEndpointReply,
    okWithoutAccessToken: {
        status: 200,
        headers: JSON_TYPE,
        body: '{"token_type":"Bearer","expires_in":3599}',
    } as TokenEndpointReply,
} as const

/** Exceptions the platform's HTTP client reports when no HTTP answer came. */
export const TRANSPORT_FAILURES = {
    readTimeout: 'java.net.SocketTimeoutException: Read timed out',
    connectionRefused: 'java.net.ConnectException: Connection refused (Connection refused)',
    unknownHost: 'java.net.UnknownHostException: login.microsoftonline.com',
} as const
