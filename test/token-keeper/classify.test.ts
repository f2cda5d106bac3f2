import { STATUS } from '../../src/common/app.ts'
import { classifyResponse, type ResponseSnapshot } from '../../src/token-keeper/classify.ts'
import type { TokenEndpointReply } from '../stand-ins/oauth-platform.ts'
import { PROVIDER_BODIES, TRANSPORT_FAILURES } from '../stand-ins/provider-bodies.ts'

const NOW = Date.UTC(2026, 0, 1)
/** Java's messages when the platform opens a JWT signing key's store (as test/stand-ins/jwt-assertion.ts models them). */
const KEYSTORE_FAILURES = {
    storePassword: 'java.io.IOException: Keystore was tampered with, or password was incorrect',
    keyPassword: 'java.security.UnrecoverableKeyException: Cannot recover key',
}

/** What GlideOAuthClientResponse reports for a provider answer (see test/stand-ins/oauth-platform.ts). */
function answered(reply: TokenEndpointReply, retryAfter: string | null = null): ResponseSnapshot {
    let json: Record<string, unknown> | null = null
    try {
        json = JSON.parse(reply.body)
    } catch {
        json = null
    }
    const error = json && typeof json.error === 'string' ? json.error : ''
    const description = json && typeof json.error_description === 'string' ? json.error_description : ''
    return {
        thrown: null,
        status: reply.status,
        errorMessage: error ? `${error}${description ? `: ${description}` : ''}` : `HTTP ${reply.status}`,
        body: reply.body,
        contentType: reply.headers?.['content-type'] ?? '',
        retryAfter,
        token: null,
    }
}

function noAnswer(message: string, viaException: boolean): ResponseSnapshot {
    return viaException
        ? { thrown: message, status: 0, errorMessage: '', body: '', contentType: '', retryAfter: null, token: null }
        : { thrown: null, status: 0, errorMessage: message, body: '', contentType: '', retryAfter: null, token: null }
}

describe('classifyResponse', () => {
    it.each([
        ['Entra AADSTS700082 (refresh token inactive)', answered(PROVIDER_BODIES.entraRefreshTokenInactive), 'invalid_grant', STATUS.needsAuthorization, /AADSTS700082/],
        ['Entra AADSTS50173 (grant revoked)', answered(PROVIDER_BODIES.entraGrantRevoked), 'invalid_grant', STATUS.needsAuthorization, /AADSTS50173/],
        ['Google expired or revoked', answered(PROVIDER_BODIES.googleExpiredOrRevoked), 'invalid_grant', STATUS.needsAuthorization, /Token has been expired or revoked/],
        ['Entra AADSTS50076 (MFA required, sent as invalid_grant)', answered(PROVIDER_BODIES.entraMfaRequired), 'interaction_required', STATUS.needsAuthorization, /AADSTS50076/],
        ['Entra AADSTS50079 (MFA registration)', answered(PROVIDER_BODIES.entraMfaRegistrationRequired), 'interaction_required', STATUS.needsAuthorization, /interaction_required: AADSTS50079/],
        ['Entra AADSTS53003 (Conditional Access)', answered(PROVIDER_BODIES.entraConditionalAccessBlocked), 'interaction_required', STATUS.needsAuthorization, /AADSTS53003/],
        ['OpenID consent_required', answered({ status: 400, body: '{"error":"consent_required"}' }), 'interaction_required', STATUS.needsAuthorization, /consent_required/],
        ['Entra AADSTS7000222 (client secret expired)', answered(PROVIDER_BODIES.entraClientSecretExpired), 'client_secret_expired', STATUS.misconfigured, /AADSTS7000222/],
        ['Entra AADSTS700027 (certificate not on the registration)', answered(PROVIDER_BODIES.entraCertificateNotRegistered), 'certificate_not_registered', STATUS.misconfigured, /AADSTS700027/],
        ['Entra AADSTS700027 "The key used is expired" (certificate past its end)', answered(PROVIDER_BODIES.entraCertificateExpired), 'certificate_expired', STATUS.misconfigured, /The key used is expired/],
        ['a wrong Key store password, reported (nothing sent)', noAnswer(KEYSTORE_FAILURES.storePassword, false), 'certificate_store_password', STATUS.misconfigured, /Keystore was tampered with/],
        ['a wrong Key store password, thrown (nothing sent)', noAnswer(KEYSTORE_FAILURES.storePassword, true), 'certificate_store_password', STATUS.misconfigured, /password was incorrect/],
        ['a wrong Signing Key Password, reported (nothing sent)', noAnswer(KEYSTORE_FAILURES.keyPassword, false), 'certificate_key_password', STATUS.misconfigured, /Cannot recover key/],
        ['a wrong Signing Key Password, thrown (nothing sent)', noAnswer(KEYSTORE_FAILURES.keyPassword, true), 'certificate_key_password', STATUS.misconfigured, /UnrecoverableKeyException/],
        ['Entra AADSTS700024 (assertion outside its time: clock skew)', answered(PROVIDER_BODIES.entraAssertionTimeRange), 'client_assertion_time_range', STATUS.misconfigured, /valid time range/],
        ['Entra AADSTS700023 (assertion audience)', answered(PROVIDER_BODIES.entraAssertionAudience), 'client_assertion_audience', STATUS.misconfigured, /AADSTS700023/],
        ['Entra AADSTS700021 (assertion issuer)', answered(PROVIDER_BODIES.entraAssertionIssuer), 'client_assertion_issuer', STATUS.misconfigured, /AADSTS700021/],
        ['Entra AADSTS7000215 (wrong client secret)', answered(PROVIDER_BODIES.entraInvalidClientSecret), 'invalid_client', STATUS.misconfigured, /AADSTS7000215/],
        ['Google invalid_client', answered(PROVIDER_BODIES.googleInvalidClient), 'invalid_client', STATUS.misconfigured, /HTTP 401, invalid_client: Unauthorized/],
        ['Entra unauthorized_client', answered(PROVIDER_BODIES.entraUnauthorizedClient), 'unauthorized_client', STATUS.misconfigured, /AADSTS700016/],
        ['Google unauthorized_client', answered(PROVIDER_BODIES.googleUnauthorizedClient), 'unauthorized_client', STATUS.misconfigured, /unauthorized_client/],
        ['an HTML 502 page', answered(PROVIDER_BODIES.htmlBadGateway), 'provider_unavailable', STATUS.refreshFailing, /HTTP 502.*HTML page: '502 Bad Gateway'/],
        ['429 with Retry-After', answered(PROVIDER_BODIES.tooManyRequests, '120'), 'provider_unavailable', STATUS.refreshFailing, /HTTP 429/],
        ['Entra 503 temporarily_unavailable', answered(PROVIDER_BODIES.entraTemporarilyUnavailable), 'provider_unavailable', STATUS.refreshFailing, /temporarily_unavailable/],
        ['a read timeout thrown', noAnswer(TRANSPORT_FAILURES.readTimeout, true), 'provider_unavailable', STATUS.refreshFailing, /no answer: .*Read timed out/],
        ['a refused connection reported', noAnswer(TRANSPORT_FAILURES.connectionRefused, false), 'provider_unavailable', STATUS.refreshFailing, /Connection refused/],
        ['an unknown host thrown', noAnswer(TRANSPORT_FAILURES.unknownHost, true), 'provider_unavailable', STATUS.refreshFailing, /UnknownHost/],
        ['another exception', noAnswer('org.mozilla.javascript.EcmaError: undefined is not a function', true), 'unexpected_response', STATUS.refreshFailing, /EcmaError/],
        ['Entra invalid_scope', answered(PROVIDER_BODIES.entraInvalidScope), 'unexpected_response', STATUS.refreshFailing, /invalid_scope: AADSTS70011/],
        ['a 200 HTML login page', answered(PROVIDER_BODIES.htmlLoginPageWith200), 'unexpected_response', STATUS.refreshFailing, /HTML page: 'Sign in to your account'/],
        ['a 200 without an access token', answered(PROVIDER_BODIES.okWithoutAccessToken), 'unexpected_response', STATUS.refreshFailing, /no usable access token/],
    ])('%s → %s', (_case, response, code, status, detail) => {
        const result = classifyResponse(response, NOW)
        expect(result).toMatchObject({ kind: 'failed', code, status, detail: expect.stringMatching(detail) })
    })

    it('reads a success with a new token as absolute expiries', () => {
        const response: ResponseSnapshot = {
            ...answered({ status: 200, body: '{"access_token":"x","expires_in":3599}' }),
            errorMessage: '',
            token: { hasAccessToken: true, expiresInSeconds: 3599, hasRefreshToken: true, refreshExpiresInSeconds: 7776000 },
        }
        expect(classifyResponse(response, NOW)).toEqual({
            kind: 'refreshed',
            token: { accessExpiresAt: NOW + 3599000, hasRefreshToken: true, refreshExpiresAt: NOW + 7776000000 },
        })
    })

    it('does not take a token that is already expired as a success', () => {
        const response: ResponseSnapshot = {
            ...answered({ status: 200, body: '{"access_token":"x","expires_in":0}' }),
            errorMessage: '',
            token: { hasAccessToken: true, expiresInSeconds: 0, hasRefreshToken: true, refreshExpiresInSeconds: 0 },
        }
        expect(classifyResponse(response, NOW)).toMatchObject({ kind: 'failed', code: 'unexpected_response' })
    })

    it('reads Retry-After in seconds or as a date', () => {
        const seconds = classifyResponse(answered(PROVIDER_BODIES.tooManyRequests, '120'), NOW)
        const date = classifyResponse(answered(PROVIDER_BODIES.tooManyRequests, new Date(NOW + 300000).toUTCString()), NOW)
        expect(seconds).toMatchObject({ retryAfterSeconds: 120 })
        expect(date).toMatchObject({ retryAfterSeconds: 300 })
    })

    it('redacts what the provider echoes back', () => {
        const refreshToken = '0.AXoA-secret-refresh-token-value-ABCDEFGHIJ'
        const body = JSON.stringify({ error: 'invalid_request', error_description: `bad refresh_token=${refreshToken} with Authorization: Bearer abc.def.ghi` })
        const result = classifyResponse(answered({ status: 400, body }), NOW, [refreshToken])
        expect(result.kind === 'failed' && result.detail).not.toContain(refreshToken)
        expect(result.kind === 'failed' && result.detail).not.toContain('abc.def.ghi')
    })
})
