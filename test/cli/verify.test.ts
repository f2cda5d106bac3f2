/**
 * `email-oauth verify` end to end on loopback: the real bin against the test OAuth server
 * (oidc-provider), Dovecot (passdb oauth2, XOAUTH2 only, as Outlook offers) and smtp-server
 * (XOAUTH2 after STARTTLS with a throwaway certificate the child trusts through NODE_EXTRA_CA_CERTS).
 * The Microsoft and Google presets run with their endpoints pointed at the test server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MICROSOFT } from '../../src/providers.ts'
import { approveDeviceCode, completeAuthorization } from '../servers/authorize.ts'
import { startDovecot, type DovecotServer } from '../servers/dovecot.ts'
import { startOAuthServer, type OAuthServer } from '../servers/oauth-server.ts'
import { freePort } from '../servers/ports.ts'
import { startSmtpServer, type TestSmtpServer } from '../servers/smtp.ts'
import { reportLine, runCli, type RunOptions } from './run-cli.ts'

const MAILBOX = 'mailbox@example.com'
const APP = { clientId: 'servicenow-app', clientSecret: 'app-secret-1' }

let oauth: OAuthServer
let dovecot: DovecotServer
let smtp: TestSmtpServer
let redirectUri: string
let workDir: string
let caFile: string

beforeAll(async () => {
    redirectUri = `http://127.0.0.1:${await freePort()}/callback`
    oauth = await startOAuthServer({
        clients: [{ ...APP, redirectUris: [redirectUri] }],
        rotateRefreshToken: false,
        entraRoutes: true,
    })
    ;[dovecot, smtp] = await Promise.all([
        startDovecot({ introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer, users: [MAILBOX], mechanisms: ['xoauth2'] }),
        startSmtpServer({ introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer }),
    ])
    workDir = mkdtempSync(join(tmpdir(), 'email-oauth-cli-'))
    caFile = join(workDir, 'smtp-ca.pem')
    writeFileSync(caFile, smtp.certificate)
})

afterAll(async () => {
    await Promise.all([oauth?.stop(), dovecot?.stop(), smtp?.stop()])
    if (workDir) rmSync(workDir, { recursive: true, force: true })
})

afterEach(async () => {
    await oauth.control.setFault('none')
})

/** The Microsoft preset, its endpoints pointed at the test server's Entra-like routes. */
const microsoftArgs = (...extra: string[]) => [
    'verify', '--provider', 'microsoft', '--tenant', 'common', '--client-id', APP.clientId,
    '--auth-url', oauth.authorizationUrl, '--token-url', oauth.tokenUrl,
    '--redirect-uri', redirectUri, '--no-browser', '--timeout', '20', '--request-timeout', '5',
    '--login-hint', MAILBOX, '--imap', `${dovecot.host}:${dovecot.port}`, '--smtp', `${smtp.host}:${smtp.port}`,
    '--instance', 'acme',
    ...extra,
]

const signInAs = (login: string): RunOptions['onAuthorizationUrl'] => (url) => completeAuthorization(url, { login, followRedirect: true })

function verify(args: string[], options: RunOptions & { secret?: string } = {}) {
    return runCli(args, {
        onAuthorizationUrl: signInAs(MAILBOX),
        ...options,
        env: { EMAIL_OAUTH_CLIENT_SECRET: options.secret ?? APP.clientSecret, NODE_EXTRA_CA_CERTS: caFile, ...options.env },
    })
}

test('happy path: sign-in, tokens, one refresh, IMAP and SMTP logins, the ServiceNow form values; exit 0', async () => {
    const loginsBefore = smtp.logins.length
    const run = await verify(microsoftArgs())

    expect(run.stdout).toContain('Result: all 10 checks passed.')
    expect(run.code).toBe(0)
    for (const check of ['authorization endpoint accepted', 'sign-in: authorization code received', 'token endpoint answered', 'scopes:', 'access token lifetime: 3600 s', 'refresh token: present', 'refresh: new access token', `IMAP ${dovecot.host}:${dovecot.port}: logged in as ${MAILBOX}; INBOX listed, 1 message`, `SMTP ${smtp.host}:${smtp.port}: logged in as ${MAILBOX}; authenticated with XOAUTH2`]) {
        expect(reportLine(run.stdout, 'PASS', check)).toBeDefined()
    }
    expect(reportLine(run.stdout, 'PASS', `identity: signed in as ${MAILBOX.toLowerCase()}, the mailbox`)).toBeDefined()
    expect(run.stdout).toContain('Secret expires       not visible through OAuth')
    expect(run.stdout).toContain('Redirect URL         https://acme.service-now.com/oauth_redirect.do')
    for (const scope of Object.values(MICROSOFT.scope)) expect(run.stdout).toContain(`\n    ${scope}\n`)
    // The SMTP login really went through STARTTLS, with the server's certificate verified.
    expect(smtp.logins.slice(loginsBefore)).toEqual([{ user: MAILBOX, ok: true, secure: true }])
    // Tokens appear as fingerprints only.
    expect(run.stdout).toMatch(/access token sha256:[0-9a-f]{10}/)
    expect(run.stdout).not.toMatch(/[A-Za-z0-9_-]{40,}/)
})

test('Gmail preset with --json: access_type=offline brings a refresh token; the report parses', async () => {
    const run = await verify([
        'verify', '--provider', 'google', '--client-id', APP.clientId, '--auth-url', oauth.authorizationUrl, '--token-url', oauth.tokenUrl,
        '--redirect-uri', redirectUri, '--no-browser', '--timeout', '20', '--login-hint', MAILBOX,
        '--imap', `${dovecot.host}:${dovecot.port}`, '--no-smtp', '--json',
    ])
    const report = JSON.parse(run.stdout) as { ok: boolean; checks: Array<{ id: string; status: string }>; serviceNow: { applicationRegistry: { oauthApiScript?: string } } }
    expect(report.checks.filter((check) => check.status !== 'pass')).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.checks.map((check) => check.id)).toEqual(['authorization-endpoint', 'sign-in', 'token', 'identity', 'scopes', 'lifetime', 'refresh-token', 'refresh', 'imap'])
    expect(report.serviceNow.applicationRegistry.oauthApiScript).toBe('OAuthGoogleOfflineAccess')
    expect(run.code).toBe(0)
})

test('signed in as someone else (the admin\'s own session): the identity check says who, and how to sign in as the mailbox; exit 1', async () => {
    const run = await verify(microsoftArgs('--no-smtp'), { onAuthorizationUrl: signInAs('admin@contoso.example') })

    expect(reportLine(run.stdout, 'FAIL', `identity: signed in as admin@contoso.example, not as the mailbox ${MAILBOX}`)).toBeDefined()
    expect(run.stdout).toContain('private (incognito) window')
    expect(run.code).toBe(1)
})

test('offline_access not requested: no refresh token, and the report says why; exit 1', async () => {
    const run = await verify(microsoftArgs('--scopes', `${MICROSOFT.scope.imap} openid`, '--no-smtp'))

    expect(reportLine(run.stdout, 'FAIL', 'scopes: offline_access not requested')).toBeDefined()
    expect(reportLine(run.stdout, 'FAIL', 'refresh token: none came back')).toBeDefined()
    expect(run.stdout).toContain('fix: Microsoft issues a refresh token only for offline_access')
    expect(reportLine(run.stdout, 'SKIP', 'refresh: not tried (no refresh token)')).toBeDefined()
    // The access token itself still opens the mailbox.
    expect(reportLine(run.stdout, 'PASS', `IMAP ${dovecot.host}:${dovecot.port}`)).toBeDefined()
    expect(run.code).toBe(1)
})

test('wrong client secret: the token endpoint refuses, and the fix names where the secret lives; exit 1', async () => {
    const run = await verify(microsoftArgs(), { secret: 'not-the-secret' })

    expect(reportLine(run.stdout, 'PASS', 'sign-in: authorization code received')).toBeDefined()
    expect(reportLine(run.stdout, 'FAIL', 'AADSTS7000215: the client secret is wrong')).toBeDefined()
    expect(run.stdout).toContain('into the "Client Secret" field of the ServiceNow Application Registry')
    expect(reportLine(run.stdout, 'SKIP', 'IMAP login: not checked (no token)')).toBeDefined()
    expect(run.stdout).not.toContain('not-the-secret')
    expect(run.code).toBe(1)
})

test('redirect mismatch: caught before anyone signs in, with the URI to register; exit 1', async () => {
    const unregistered = `http://127.0.0.1:${await freePort()}/callback`
    const args = microsoftArgs()
    args[args.indexOf('--redirect-uri') + 1] = unregistered
    const run = await verify(args, { onAuthorizationUrl: () => Promise.reject(new Error('no sign-in should be asked for')) })

    expect(reportLine(run.stdout, 'FAIL', 'AADSTS50011: the redirect URI is not registered for this app')).toBeDefined()
    expect(run.stdout).toContain(`Redirect URIs: add ${unregistered} (for this command) and https://acme.service-now.com/oauth_redirect.do`)
    expect(run.stderr).not.toContain('Sign in as the mailbox')
    expect(run.code).toBe(1)
})

test('wrong tenant: AADSTS90002 before anyone signs in, naming --tenant and the ServiceNow URL fields; exit 1', async () => {
    const args = microsoftArgs().map((arg) => arg.replace('/common/oauth2/', '/contoso.onmicrosoft.com/oauth2/'))
    const run = await verify(args, { onAuthorizationUrl: () => Promise.reject(new Error('no sign-in should be asked for')) })

    expect(reportLine(run.stdout, 'FAIL', 'AADSTS90002: the tenant was not found')).toBeDefined()
    expect(run.stdout).toContain('fix: use the Directory (tenant) ID from Entra admin center > App registrations > your app > Overview in --tenant')
    expect(run.code).toBe(1)
})

test('IMAP server rejecting the token (signed in as another account than the mailbox): exit 1', async () => {
    const run = await verify(microsoftArgs('--no-smtp'), { onAuthorizationUrl: signInAs('admin@example.com') })

    expect(reportLine(run.stdout, 'PASS', 'refresh: new access token')).toBeDefined()
    const line = reportLine(run.stdout, 'FAIL', 'the IMAP server refused the token')
    expect(line).toBeDefined()
    expect(run.stdout).toContain('fix: check --login-hint is the mailbox that signed in')
    expect(run.code).toBe(1)
})

test('token endpoint down (503): one FAIL line, no stack trace; exit 1', async () => {
    await oauth.control.setFault('unavailable', { grantType: 'authorization_code' })
    const run = await verify(microsoftArgs())

    expect(reportLine(run.stdout, 'FAIL', `${oauth.tokenUrl} answered HTTP 503 (the provider is down or busy)`)).toBeDefined()
    expect(run.stdout).toContain('fix: run again in a few minutes')
    expect(reportLine(run.stdout, 'SKIP', 'refresh: not checked (no token)')).toBeDefined()
    expect(run.stderr).not.toContain('    at ')
    expect(run.code).toBe(1)
})

test('token endpoint too slow: the request times out with one FAIL line; exit 1', async () => {
    await oauth.control.setFault('slow', { grantType: 'authorization_code', delayMs: 4000 })
    const run = await verify(microsoftArgs('--request-timeout', '1'))

    expect(reportLine(run.stdout, 'FAIL', `no answer from ${oauth.tokenUrl} within 1 s`)).toBeDefined()
    expect(run.stdout).toContain('or allow longer with --request-timeout')
    expect(run.stderr).not.toContain('    at ')
    expect(run.code).toBe(1)
})

test('sign-in not finished in time: the countdown ends with what to do; exit 1', async () => {
    const run = await verify(microsoftArgs('--timeout', '1'), { onAuthorizationUrl: () => Promise.resolve() })

    expect(run.stderr).toContain('Waiting for the sign-in: 0:01 left')
    expect(reportLine(run.stdout, 'FAIL', `sign-in: nothing came back to ${redirectUri} within 1 s`)).toBeDefined()
    expect(run.code).toBe(1)
})

test('device-code flow: the code is entered on the verification page, then the same checks; exit 0', async () => {
    const run = await verify(
        [
            'verify', '--provider', 'custom', '--client-id', APP.clientId, '--device-code',
            '--token-url', oauth.tokenUrl, '--device-url', oauth.deviceAuthorizationUrl,
            '--scopes', `${MICROSOFT.scope.imap} openid offline_access`,
            '--no-browser', '--timeout', '20', '--login-hint', MAILBOX, '--imap', `${dovecot.host}:${dovecot.port}`,
        ],
        { onUserCode: (userCode) => approveDeviceCode(oauth, userCode, MAILBOX) },
    )

    expect(run.stderr).toMatch(/On any device, open http:\/\/127\.0\.0\.1:\d+\/device and enter the code \S+/)
    expect(reportLine(run.stdout, 'PASS', 'device authorization: code issued')).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', 'token endpoint answered the device code')).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', 'refresh: new access token')).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', `IMAP ${dovecot.host}:${dovecot.port}: logged in as ${MAILBOX}`)).toBeDefined()
    expect(run.stdout).toContain('Result: all 9 checks passed.')
    expect(run.code).toBe(0)
})
