/**
 * The recorded provider answers of the ATF classifier step, checked against something they were not
 * written from: the real local OAuth servers (oidc-provider in a child process, test/servers/) put in
 * the same situation. Where a local server can produce the situation, its actual answer must have the
 * recorded answer's HTTP status and OAuth `error` (and, on the Entra-like server, the AADSTS code),
 * and the app's classifier must read both alike. The answers no local server can produce are listed
 * with the documentation they are written from; every recorded answer is in one list or the other.
 */
import { classifyResponse, type ResponseSnapshot } from '../../src/token-keeper/classify.ts'
import { classifyRecordedAnswer, RECORDED_ANSWERS, type RecordedAnswerName } from '../../src/atf/recorded-provider-answers.ts'
import { platform } from '../stand-ins/platform.ts'
import { issueTokens } from '../servers/authorize.ts'
import { startOAuthServer, type OAuthServer } from '../servers/oauth-server.ts'

const REDIRECT_URI = 'https://example.service-now.com/oauth_redirect.do'
const APP = { clientId: 'servicenow-app', clientSecret: 'app-secret-1', redirectUris: [REDIRECT_URI] }
const SCOPE = 'https://outlook.office.com/IMAP.AccessAsUser.All openid offline_access'
/** Both servers on one simulated clock: the inactive refresh token is 91 days on it, not in real time. */
const START_MS = Date.UTC(2026, 2, 2, 9, 0, 0)

/** Written from documentation (or the platform's own text): no local server can give these. */
const FROM_DOCUMENTATION: Partial<Record<RecordedAnswerName, string>> = {
    entraAppNotInTenant:
        'AADSTS700016 (learn.microsoft.com/entra/identity-platform/reference-error-codes): the app is not in the tenant; the local server has one tenant and answers an unknown client invalid_client',
    proxyBadGateway: "a proxy's 502 page (nginx's default error page), not a provider's answer",
    proxySignInPage: "a web proxy's sign-in page answered with 200 instead of the provider's JSON",
    okWithoutAccessToken: 'a 200 that breaks RFC 6749 section 5.1 (access_token is REQUIRED): no conforming server sends it',
    readTimeout: "the platform's own exception text (java.net.SocketTimeoutException) when no answer comes: the platform's, not the provider's",
}

interface LiveAnswer {
    status: number
    contentType: string
    body: string
}

let entra: OAuthServer // Entra-like: Entra's routes and AADSTS error texts, refresh tokens not rotated
let standard: OAuthServer // oidc-provider's own OAuth wording (RFC 6749), refresh tokens rotated as at Google
const live = new Map<RecordedAnswerName, LiveAnswer>()

async function tokenRequest(server: OAuthServer, form: Record<string, string>, clientSecret = APP.clientSecret, clientId = APP.clientId): Promise<LiveAnswer> {
    const response = await fetch(server.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...form, client_id: clientId, client_secret: clientSecret }),
    })
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() }
}

async function refreshTokenOf(server: OAuthServer, login: string): Promise<string> {
    const tokens = await issueTokens(server, { clientId: APP.clientId, clientSecret: APP.clientSecret, redirectUri: REDIRECT_URI, login, scope: SCOPE })
    return tokens.refresh_token ?? ''
}

const refresh = (server: OAuthServer, refreshToken: string, clientSecret?: string, clientId?: string) =>
    tokenRequest(server, { grant_type: 'refresh_token', refresh_token: refreshToken }, clientSecret, clientId)

beforeAll(async () => {
    ;[entra, standard] = await Promise.all([
        startOAuthServer({ clients: [APP], rotateRefreshToken: false, entraRoutes: true, simulatedClockMs: START_MS }),
        startOAuthServer({ clients: [APP], rotateRefreshToken: true, simulatedClockMs: START_MS }),
    ])
    // Each situation as the provider meets it.
    const fresh = await refreshTokenOf(entra, 'fresh@contoso.example')
    live.set('entraRefreshed', await refresh(entra, fresh))
    live.set('entraWrongClientSecret', await refresh(entra, fresh, 'not-the-secret'))
    await entra.control.setClientSecret(APP.clientId, 'app-secret-2')
    live.set('entraClientSecretExpired', await refresh(entra, fresh))
    await entra.control.setClientSecret(APP.clientId, APP.clientSecret)
    const passwordReset = await refreshTokenOf(entra, 'reset@contoso.example')
    await entra.control.revokeRefreshTokens('reset@contoso.example')
    live.set('entraPasswordChanged', await refresh(entra, passwordReset))
    await entra.control.setFault('unavailable', { grantType: 'refresh_token' })
    live.set('entraTemporarilyUnavailable', await refresh(entra, fresh))
    await entra.control.setFault('none')
    await entra.control.advanceClock(91 * 24 * 3600)
    live.set('entraRefreshTokenInactive', await refresh(entra, fresh))

    const revoked = await refreshTokenOf(standard, 'revoked@gmail.example')
    await standard.control.revokeRefreshTokens('revoked@gmail.example')
    live.set('googleExpiredOrRevoked', await refresh(standard, revoked))
    live.set('googleDeletedClient', await refresh(standard, revoked, APP.clientSecret, 'deleted-client'))
    await standard.control.setFault('rate_limited', { retryAfterSeconds: 30 })
    live.set('googleRateLimited', await refresh(standard, revoked))
}, 60000)

afterAll(async () => {
    await Promise.all([entra?.stop(), standard?.stop()])
})

beforeEach(() => platform.reset())

/** What the platform hands the classifier for a live answer (GlideOAuthClientResponse: code, content type, body, token). */
function snapshotOf(answer: LiveAnswer): ResponseSnapshot {
    const json = answer.contentType.includes('json') ? (JSON.parse(answer.body) as Record<string, unknown>) : {}
    const token =
        answer.status === 200 && typeof json.access_token === 'string'
            ? { hasAccessToken: true, expiresInSeconds: Number(json.expires_in), hasRefreshToken: typeof json.refresh_token === 'string', refreshExpiresInSeconds: 0 }
            : null
    return { thrown: null, status: answer.status, errorMessage: '', body: answer.body, contentType: answer.contentType, retryAfter: null, token }
}

const errorOf = (body: string): string | undefined => (JSON.parse(body) as { error?: string }).error
const aadstsOf = (body: string): number | undefined => (JSON.parse(body) as { error_codes?: number[] }).error_codes?.[0]

describe('the recorded provider answers', () => {
    it('are each either reproduced by a local server or listed with the documentation they come from', () => {
        const names = Object.keys(RECORDED_ANSWERS).sort()
        const reproduced = [...live.keys()]
        expect([...reproduced, ...Object.keys(FROM_DOCUMENTATION)].sort()).toEqual(names)
        expect(reproduced.filter((name) => name in FROM_DOCUMENTATION)).toEqual([])
    })

    it('ship no token value', () => {
        for (const answer of Object.values(RECORDED_ANSWERS)) expect(answer.body).not.toMatch(/"(access|refresh)_token":"(?!<redacted>)/)
    })

    it.each([...['entraRefreshed', 'entraWrongClientSecret', 'entraClientSecretExpired', 'entraPasswordChanged', 'entraTemporarilyUnavailable', 'entraRefreshTokenInactive'], ...['googleExpiredOrRevoked', 'googleDeletedClient', 'googleRateLimited']] as RecordedAnswerName[])(
        '%s has the HTTP status and OAuth error of the live answer, and is classified as it is',
        (name) => {
            const recorded = RECORDED_ANSWERS[name]
            const answer = live.get(name)!
            expect(answer.status).toBe(recorded.status)
            expect(answer.contentType).toMatch(/^application\/json/)
            // Google words a 429 rate_limit_exceeded; the local server, RFC 6749's temporarily_unavailable. The status carries the meaning.
            expect(errorOf(answer.body)).toBe(name === 'googleRateLimited' ? 'temporarily_unavailable' : errorOf(recorded.body))
            const liveClassification = classifyResponse(snapshotOf(answer), platform.clock.now())
            expect(classifyRecordedAnswer(name)).toEqual(
                liveClassification.kind === 'refreshed' ? { kind: 'refreshed', code: '', status: 'ok' } : { kind: 'failed', code: liveClassification.code, status: liveClassification.status },
            )
        },
    )

    it.each<RecordedAnswerName>(['entraWrongClientSecret', 'entraClientSecretExpired', 'entraPasswordChanged', 'entraRefreshTokenInactive'])(
        '%s carries the AADSTS code the Entra-like server gives the same situation, leading its description',
        (name) => {
            const recorded = RECORDED_ANSWERS[name]
            const answer = live.get(name)!
            expect(aadstsOf(recorded.body)).toBe(aadstsOf(answer.body))
            expect((JSON.parse(recorded.body) as { error_description: string }).error_description).toMatch(new RegExp(`^AADSTS${aadstsOf(answer.body)}: `))
        },
    )

    it.each<[RecordedAnswerName, string, string]>([
        ['entraRefreshTokenInactive', 'invalid_grant', 'needs_authorization'],
        ['entraAppNotInTenant', 'unauthorized_client', 'misconfigured'],
        ['proxyBadGateway', 'provider_unavailable', 'refresh_failing'],
        ['readTimeout', 'provider_unavailable', 'refresh_failing'],
        ['proxySignInPage', 'unexpected_response', 'refresh_failing'],
        ['okWithoutAccessToken', 'unexpected_response', 'refresh_failing'],
        ['googleRateLimited', 'provider_unavailable', 'refresh_failing'],
    ])('%s is classified %s (%s)', (name, code, status) => {
        expect(classifyRecordedAnswer(name)).toEqual({ kind: 'failed', code, status })
    })
})
