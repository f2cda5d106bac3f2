/**
 * Self-tests of the real servers the CLI and end-to-end tiers use: the OAuth server (oidc-provider
 * in a child process), Dovecot with passdb oauth2, and smtp-server with XOAUTH2.
 */
import { createTransport } from 'nodemailer'
import { GOOGLE, MICROSOFT } from '../../src/providers.ts'
import { approveDeviceCode, AuthorizationPageError, completeAuthorization, issueTokens } from './authorize.ts'
import { startDovecot, type DovecotServer } from './dovecot.ts'
import { tryImapLogin } from './imap.ts'
import { introspect } from './introspect.ts'
import { startOAuthServer, type OAuthServer } from './oauth-server.ts'
import { isGroupRunning, isRunning } from './process.ts'
import { startSmtpServer, type TestSmtpServer } from './smtp.ts'

const REDIRECT_URI = 'https://example.service-now.com/oauth_redirect.do'
const APP = { clientId: 'servicenow-app', clientSecret: 'app-secret-1', redirectUris: [REDIRECT_URI] }
const MICROSOFT_SCOPE = [MICROSOFT.scope.imap, MICROSOFT.scope.smtp, MICROSOFT.scope.openid, MICROSOFT.scope.offlineAccess].join(' ')

let strict: OAuthServer // rotates refresh tokens (a reused one is rejected)
let entra: OAuthServer // Entra-like routes, refresh tokens stay valid
let dovecot: DovecotServer
let smtp: TestSmtpServer

beforeAll(async () => {
    ;[strict, entra] = await Promise.all([
        startOAuthServer({ clients: [APP], rotateRefreshToken: true }),
        startOAuthServer({ clients: [APP], rotateRefreshToken: false, entraRoutes: true }),
    ])
    ;[dovecot, smtp] = await Promise.all([
        startDovecot({ introspectionUrl: strict.introspectionUrl, ...strict.resourceServer, users: ['anna@example.com'], mechanisms: ['xoauth2'] }),
        startSmtpServer({ introspectionUrl: strict.introspectionUrl, ...strict.resourceServer, requiredScope: MICROSOFT.scope.smtp }),
    ])
})

afterAll(async () => {
    await Promise.all([strict?.stop(), entra?.stop(), dovecot?.stop(), smtp?.stop()])
})

const authorize = (server: OAuthServer, login: string, scope = MICROSOFT_SCOPE) =>
    issueTokens(server, { clientId: APP.clientId, clientSecret: APP.clientSecret, redirectUri: REDIRECT_URI, login, scope })

interface TokenAnswer {
    status: number
    retryAfter: string | null
    body: { access_token?: string; refresh_token?: string; error?: string; scope?: string; retry_after?: string }
}

async function tokenRequest(
    server: OAuthServer,
    params: Record<string, string>,
    { clientSecret = APP.clientSecret, basic = false, timeoutMs = 5000 } = {},
): Promise<TokenAnswer> {
    const form = new URLSearchParams(params)
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
    if (basic) headers.authorization = `Basic ${Buffer.from(`${APP.clientId}:${clientSecret}`).toString('base64')}`
    else {
        form.set('client_id', APP.clientId)
        form.set('client_secret', clientSecret)
    }
    const response = await fetch(server.tokenUrl, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(timeoutMs) })
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as TokenAnswer['body'] }
}

const refresh = (server: OAuthServer, refreshToken: string, options?: Parameters<typeof tokenRequest>[2]) =>
    tokenRequest(server, { grant_type: 'refresh_token', refresh_token: refreshToken }, options)

/** Logs into the test Dovecot and lists the mailboxes; returns 'ok' or the server's response code. */
async function imapLogin(user: string, accessToken: string): Promise<string> {
    const result = await tryImapLogin(dovecot, user, accessToken)
    if (!result.ok) return result.code
    expect(result.mailboxes).toContain('INBOX')
    return 'ok'
}

describe('OAuth server and Dovecot', () => {
    test('a token from issueTokens logs into Dovecot over XOAUTH2 and sees the INBOX', async () => {
        const tokens = await authorize(strict, 'anna@example.com')
        expect(tokens.scope.split(' ').sort()).toEqual(MICROSOFT_SCOPE.split(' ').sort())
        expect(tokens.refresh_token).toEqual(expect.any(String))
        expect(tokens.expires_in).toBe(3600)

        expect(await imapLogin('anna@example.com', tokens.access_token)).toBe('ok')
        expect(await dovecot.log()).toMatch(/Login: user=<anna@example\.com>, method=XOAUTH2/)
        expect(await imapLogin('someone-else@example.com', tokens.access_token)).toBe('AUTHENTICATIONFAILED')
    })

    test('a revoked grant: refresh gives invalid_grant and the access token no longer logs in', async () => {
        const tokens = await authorize(strict, 'revoked@example.com')
        expect(await imapLogin('revoked@example.com', tokens.access_token)).toBe('ok')

        expect(await strict.control.revokeRefreshTokens('revoked@example.com')).toBe(1)

        const answer = await refresh(strict, tokens.refresh_token ?? '')
        expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_grant' } })
        expect(await imapLogin('revoked@example.com', tokens.access_token)).toBe('AUTHENTICATIONFAILED')
        const stats = await strict.control.stats()
        expect(stats.requests.at(-1)).toMatchObject({ grantType: 'refresh_token', login: 'revoked@example.com', status: 400, error: 'invalid_grant' })
    })

    test('rotation on: a refresh answers a new refresh token, and reusing the old one is invalid_grant and ends the grant', async () => {
        const tokens = await authorize(strict, 'rotate@example.com')
        const first = await refresh(strict, tokens.refresh_token ?? '')
        expect(first.status).toBe(200)
        expect(first.body.refresh_token).not.toBe(tokens.refresh_token)
        expect(await imapLogin('rotate@example.com', first.body.access_token ?? '')).toBe('ok')

        expect((await refresh(strict, tokens.refresh_token ?? '')).body.error).toBe('invalid_grant')
        expect((await refresh(strict, first.body.refresh_token ?? '')).body.error).toBe('invalid_grant')
    })

    test('rotation off, Entra routes: the same refresh token keeps working; basic client credentials are accepted', async () => {
        expect(new URL(entra.tokenUrl).pathname).toBe('/common/oauth2/v2.0/token')
        expect(new URL(entra.authorizationUrl).pathname).toBe('/common/oauth2/v2.0/authorize')
        const tokens = await authorize(entra, 'entra@example.com')
        const first = await refresh(entra, tokens.refresh_token ?? '')
        const second = await refresh(entra, tokens.refresh_token ?? '', { basic: true })
        expect([first.status, second.status]).toEqual([200, 200])
        expect(second.body.refresh_token).toBe(tokens.refresh_token)
        expect(second.body.access_token).not.toBe(first.body.access_token)
    })

    test('a refresh token only with offline_access (or Google access_type=offline)', async () => {
        const noOffline = await authorize(strict, 'anna@example.com', `${MICROSOFT.scope.imap} openid`)
        expect(noOffline.refresh_token).toBeUndefined()
        expect(noOffline.scope).toBe(`${MICROSOFT.scope.imap} openid`)

        const google = await authorize(strict, 'gmail@example.com', GOOGLE.scope.mail)
        expect(google.refresh_token).toBeUndefined()
        const offline = await issueTokens(strict, {
            clientId: APP.clientId,
            clientSecret: APP.clientSecret,
            redirectUri: REDIRECT_URI,
            login: 'gmail@example.com',
            scope: GOOGLE.scope.mail,
            extraParameters: { access_type: 'offline' },
        })
        expect(offline.refresh_token).toEqual(expect.any(String))
        expect(offline.scope).toBe(`${GOOGLE.scope.mail} offline_access`)
    })

    test('declined consent redirects with access_denied; an unregistered redirect URI shows an error page', async () => {
        const request = new URL(strict.authorizationUrl)
        request.search = new URLSearchParams({ response_type: 'code', client_id: APP.clientId, redirect_uri: REDIRECT_URI, scope: MICROSOFT_SCOPE, state: 's1' }).toString()
        const declined = new URL(await completeAuthorization(request.toString(), { login: 'anna@example.com', consent: false }))
        expect(declined.origin + declined.pathname).toBe(REDIRECT_URI)
        expect(declined.searchParams.get('error')).toBe('access_denied')
        expect(declined.searchParams.get('state')).toBe('s1')

        request.searchParams.set('redirect_uri', 'http://127.0.0.1:9/elsewhere')
        const mismatch = completeAuthorization(request.toString(), { login: 'anna@example.com' })
        await expect(mismatch).rejects.toBeInstanceOf(AuthorizationPageError)
        await expect(mismatch).rejects.toMatchObject({ error: 'invalid_redirect_uri' })
    })

    test('device flow: approveDeviceCode lets the device poll a token', async () => {
        const response = await fetch(strict.deviceAuthorizationUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ client_id: APP.clientId, client_secret: APP.clientSecret, scope: MICROSOFT_SCOPE }),
        })
        const device = (await response.json()) as { device_code: string; user_code: string; verification_uri: string }
        expect(device.verification_uri).toBe(strict.deviceVerificationUrl)
        const pending = await tokenRequest(strict, { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: device.device_code })
        expect(pending.body.error).toBe('authorization_pending')

        await approveDeviceCode(strict, device.user_code, 'device@example.com')
        const granted = await tokenRequest(strict, { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: device.device_code })
        expect(granted.status).toBe(200)
        expect(granted.body.refresh_token).toEqual(expect.any(String))
        expect(await imapLogin('device@example.com', granted.body.access_token ?? '')).toBe('ok')
    })

    test('a changed client secret gives 401 invalid_client; mail servers keep introspecting', async () => {
        const tokens = await authorize(entra, 'secret@example.com')
        await entra.control.setClientSecret(APP.clientId, 'app-secret-2')
        const old = await refresh(entra, tokens.refresh_token ?? '')
        expect(old).toMatchObject({ status: 401, body: { error: 'invalid_client' } })
        expect((await refresh(entra, tokens.refresh_token ?? '', { clientSecret: 'app-secret-2' })).status).toBe(200)
        expect((await introspect(entra.introspectionUrl, entra.resourceServer.clientId, entra.resourceServer.clientSecret, tokens.access_token)).active).toBe(true)
        await entra.control.setClientSecret(APP.clientId, APP.clientSecret)
    })

    test('with Entra routes, errors carry AADSTS codes: expired or wrong secret, revoked grant, unknown tenant, redirect mismatch', async () => {
        const tokens = await authorize(entra, 'aadsts@example.com')
        await entra.control.setClientSecret(APP.clientId, 'app-secret-3')
        const descriptionOf = async (answer: Promise<TokenAnswer>) => {
            const { body } = await answer
            return `${body.error} ${(body as { error_description?: string }).error_description}`
        }
        expect(await descriptionOf(refresh(entra, tokens.refresh_token ?? ''))).toMatch(/^invalid_client AADSTS7000222: /)
        expect(await descriptionOf(refresh(entra, tokens.refresh_token ?? '', { clientSecret: 'never-valid' }))).toMatch(/^invalid_client AADSTS7000215: /)
        await entra.control.setClientSecret(APP.clientId, APP.clientSecret)

        await entra.control.revokeRefreshTokens('aadsts@example.com')
        expect(await descriptionOf(refresh(entra, tokens.refresh_token ?? ''))).toMatch(/^invalid_grant AADSTS50173: /)

        const wrongTenant = await fetch(entra.tokenUrl.replace('/common/', '/contoso.example/'), { method: 'POST' })
        expect(wrongTenant.status).toBe(400)
        expect(await wrongTenant.json()).toMatchObject({ error: 'invalid_request', error_codes: [90002] })

        const request = new URL(entra.authorizationUrl)
        request.search = new URLSearchParams({ response_type: 'code', client_id: APP.clientId, redirect_uri: 'http://127.0.0.1:9/wrong', scope: MICROSOFT_SCOPE }).toString()
        await expect(completeAuthorization(request.toString(), { login: 'aadsts@example.com' })).rejects.toMatchObject({
            error: 'invalid_redirect_uri',
            errorDescription: expect.stringMatching(/^AADSTS50011: The redirect URI 'http:\/\/127.0.0.1:9\/wrong' /),
        })
    })

    test('advancing the server clock expires the access token, and after 90 days the refresh token', async () => {
        const tokens = await authorize(entra, 'clock@example.com')
        const check = () => introspect(entra.introspectionUrl, entra.resourceServer.clientId, entra.resourceServer.clientSecret, tokens.access_token)
        expect((await check()).active).toBe(true)
        await entra.control.advanceClock(3601)
        expect((await check()).active).toBe(false)
        expect((await refresh(entra, tokens.refresh_token ?? '')).status).toBe(200)

        await entra.control.advanceClock(91 * 24 * 3600)
        const expired = await refresh(entra, tokens.refresh_token ?? '')
        expect(expired.body).toMatchObject({ error: 'invalid_grant', error_codes: [700082] })
    })
})

describe('simulated clock', () => {
    test('stands still where the test puts it: token lifetimes are counted on the simulated clock, not in real time', async () => {
        const startMs = Date.UTC(2030, 0, 1, 0, 0, 0)
        const simulated = await startOAuthServer({ clients: [APP], rotateRefreshToken: false, simulatedClockMs: startMs })
        try {
            const tokens = await authorize(simulated, 'clock@example.com')
            const check = () => introspect(simulated.introspectionUrl, simulated.resourceServer.clientId, simulated.resourceServer.clientSecret, tokens.access_token)
            // A whole authorization flow later (real milliseconds pass), the server's clock has not moved.
            expect(await simulated.control.nowMs()).toBe(startMs)
            expect(await check()).toMatchObject({ active: true, exp: startMs / 1000 + 3600 })
            await simulated.control.advanceClock(3599)
            expect(await simulated.control.nowMs()).toBe(startMs + 3599 * 1000)
            expect((await check()).active).toBe(true)
            await simulated.control.advanceClock(1)
            expect((await check()).active).toBe(false)
        } finally {
            await simulated.stop()
        }
    })
})

describe('token endpoint faults', () => {
    let refreshToken: string
    beforeAll(async () => {
        refreshToken = (await authorize(entra, 'faults@example.com')).refresh_token ?? ''
        await entra.control.resetStats()
    })
    afterEach(() => entra.control.setFault('none'))

    test('unavailable: 503 with Retry-After', async () => {
        await entra.control.setFault('unavailable', { retryAfterSeconds: 120 })
        expect(await refresh(entra, refreshToken)).toMatchObject({ status: 503, retryAfter: '120', body: { error: 'temporarily_unavailable' } })
    })

    test('rate_limited: 429 with Retry-After seconds; with retryAfterInBody the hint is also a retry_after body field', async () => {
        await entra.control.setFault('rate_limited', { retryAfterSeconds: 7 })
        const headerOnly = await refresh(entra, refreshToken)
        expect(headerOnly).toMatchObject({ status: 429, retryAfter: '7' })
        expect(headerOnly.body).not.toHaveProperty('retry_after')
        await entra.control.setFault('rate_limited', { retryAfterSeconds: 7, retryAfterInBody: true })
        expect(await refresh(entra, refreshToken)).toMatchObject({ status: 429, retryAfter: '7', body: { error: 'temporarily_unavailable', retry_after: '7' } })
    })

    test('slow: answers after the delay, past a client timeout', async () => {
        await entra.control.setFault('slow', { delayMs: 1500 })
        await expect(refresh(entra, refreshToken, { timeoutMs: 300 })).rejects.toMatchObject({ name: 'TimeoutError' })
        await entra.control.setFault('slow', { delayMs: 200 })
        expect(await refresh(entra, refreshToken)).toMatchObject({ status: 504, body: { error: 'temporarily_unavailable' } })
        await entra.control.setFault('slow', { delayMs: 200, slowThenProcess: true })
        expect((await refresh(entra, refreshToken)).status).toBe(200)
    })

    test('drop: the connection is closed without an answer', async () => {
        await entra.control.setFault('drop')
        await expect(refresh(entra, refreshToken)).rejects.toThrow('fetch failed')
    })

    test('a fault limited to refresh_token leaves other grants alone, and stats count every request', async () => {
        await entra.control.setFault('unavailable', { grantType: 'refresh_token' })
        expect((await refresh(entra, refreshToken)).status).toBe(503)
        expect(await tokenRequest(entra, { grant_type: 'authorization_code', code: 'nope', redirect_uri: REDIRECT_URI })).toMatchObject({
            status: 400,
            body: { error: 'invalid_grant' },
        })
        await entra.control.setFault('none')
        expect((await refresh(entra, refreshToken)).status).toBe(200)

        const stats = await entra.control.stats()
        expect(stats.byGrantType).toEqual({ refresh_token: 9, authorization_code: 1 })
        expect(stats.requests.map((request) => request.fault ?? request.status)).toEqual(['unavailable', 'rate_limited', 'rate_limited', 'slow', 'slow', 'slow', 'drop', 'unavailable', 400, 200])
        expect(stats.requests.filter((request) => request.grantType === 'refresh_token').every((request) => request.login === 'faults@example.com')).toBe(true)
    })
})

describe('SMTP server', () => {
    test('nodemailer authenticates with XOAUTH2 over STARTTLS; a token without SMTP.Send or a bad token is refused', async () => {
        const send = (user: string, accessToken: string) =>
            createTransport({ host: smtp.host, port: smtp.port, secure: false, requireTLS: true, tls: { ca: smtp.certificate }, auth: { type: 'OAuth2', user, accessToken } }).verify()
        const tokens = await authorize(strict, 'smtp@example.com')
        await expect(send('smtp@example.com', tokens.access_token)).resolves.toBe(true)

        const imapOnly = await authorize(strict, 'smtp@example.com', `${MICROSOFT.scope.imap} openid`)
        await expect(send('smtp@example.com', imapOnly.access_token)).rejects.toMatchObject({ code: 'EAUTH' })
        await expect(send('smtp@example.com', 'not-a-token')).rejects.toMatchObject({ code: 'EAUTH' })
        // nodemailer tries XOAUTH2 a second time before giving up, so each refusal may appear twice.
        expect(smtp.logins[0]).toEqual({ user: 'smtp@example.com', ok: true, secure: true })
        expect(new Set(smtp.logins.slice(1).map((login) => `${login.ok}:${login.secure}:${login.reason}`))).toEqual(
            new Set(['false:true:scope_missing', 'false:true:token_inactive']),
        )
    })
})

describe('lifecycle', () => {
    test('Dovecot missing: a clear error that says to run npm run setup', async () => {
        await expect(startDovecot({ introspectionUrl: strict.introspectionUrl, ...strict.resourceServer, binary: '/nonexistent/dovecot' })).rejects.toThrow(
            'Dovecot is not installed (/nonexistent/dovecot): run `npm run setup`',
        )
    })

    test('every server stops, and its process (group) is gone; Dovecot without its OAuth server answers UNAVAILABLE', async () => {
        const pids = [strict.pid, entra.pid, dovecot.pid]
        expect(pids.every(isRunning)).toBe(true)
        const tokens = await authorize(strict, 'anna@example.com')
        await strict.stop()
        expect(await imapLogin('anna@example.com', tokens.access_token)).toBe('UNAVAILABLE')
        await Promise.all([entra.stop(), dovecot.stop(), smtp.stop()])
        expect(pids.filter(isRunning)).toEqual([])
        expect(pids.filter(isGroupRunning)).toEqual([])
    })
})
