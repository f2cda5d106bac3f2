/**
 * `email-oauth verify --flow client-credentials` end to end on loopback: the real bin against the
 * test OAuth server's Entra-like client-credentials grant, the Graph-like endpoint (the mailbox's
 * inbox read as the app) and smtp-server (XOAUTH2 as the mailbox with the app's token).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGraphServer, type GraphServer } from '../servers/graph.ts'
import { startOAuthServer, type OAuthServer } from '../servers/oauth-server.ts'
import { startSmtpServer, type TestSmtpServer } from '../servers/smtp.ts'
import { reportLine, runCli } from './run-cli.ts'

const MAILBOX = 'servicedesk@contoso.com'
const APP = { clientId: '5d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', clientSecret: 'app-only-secret-1' }
const NO_CONSENT = { clientId: '6e2f1b3c-4d5e-4f60-9b0c-1d2e3f4a5b6c', clientSecret: 'app-only-secret-2' }

let oauth: OAuthServer
let graph: GraphServer
let smtp: TestSmtpServer
let workDir: string
let caFile: string

beforeAll(async () => {
    oauth = await startOAuthServer({
        clients: [
            { ...APP, redirectUris: [], grantTypes: ['client_credentials'], roles: ['Mail.ReadWrite', 'Mail.Send', 'SMTP.SendAsApp'], mailbox: MAILBOX },
            { ...NO_CONSENT, redirectUris: [], grantTypes: ['client_credentials'], roles: [], mailbox: MAILBOX },
        ],
        rotateRefreshToken: false,
        entraRoutes: true,
    })
    ;[graph, smtp] = await Promise.all([
        startGraphServer({ introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer, mailboxes: { [MAILBOX]: { total: 12, unread: 3 } } }),
        startSmtpServer({ introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer, requiredScope: 'https://outlook.office.com/SMTP.Send' }),
    ])
    workDir = mkdtempSync(join(tmpdir(), 'email-oauth-cli-app-'))
    caFile = join(workDir, 'smtp-ca.pem')
    writeFileSync(caFile, smtp.certificate)
})

afterAll(async () => {
    await Promise.all([oauth?.stop(), graph?.stop(), smtp?.stop()])
    if (workDir) rmSync(workDir, { recursive: true, force: true })
})

const args = (client: string, mailbox: string, ...extra: string[]) => [
    'verify', '--provider', 'microsoft', '--flow', 'client-credentials', '--tenant', 'common', '--client-id', client,
    '--token-url', oauth.tokenUrl, '--auth-url', oauth.authorizationUrl, '--graph-url', graph.url, '--smtp', `${smtp.host}:${smtp.port}`,
    '--login-hint', mailbox, '--request-timeout', '5', ...extra,
]
const verify = (argv: string[], secret: string) => runCli(argv, { env: { EMAIL_OAUTH_CLIENT_SECRET: secret, NODE_EXTRA_CA_CERTS: caFile } })

test('mints a token per resource, shows its roles, reads the inbox through Graph and logs into SMTP as the mailbox; exit 0', async () => {
    const run = await verify(args(APP.clientId, MAILBOX), APP.clientSecret)
    expect(run.stdout).toContain('client credentials (app-only)')
    expect(reportLine(run.stdout, 'PASS', 'Microsoft Graph token (client credentials, https://graph.microsoft.com/.default)')).toContain('no refresh token (none is needed)')
    expect(reportLine(run.stdout, 'PASS', 'Microsoft Graph application permissions (roles): Mail.ReadWrite, Mail.Send, SMTP.SendAsApp')).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', `Graph ${graph.url}: inbox of ${MAILBOX} read as the app; 12 messages, 3 unread`)).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', 'Exchange Online (SMTP) token (client credentials, https://outlook.office365.com/.default)')).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', `SMTP ${smtp.host}:${smtp.port}: logged in as ${MAILBOX} with the app's token (SMTP.SendAsApp)`)).toBeDefined()
    expect(run.stdout).toMatch(/Default Grant type\s+Client Credentials/)
    expect(run.stdout).not.toContain(APP.clientSecret)
    expect(run.code).toBe(0)
})

test('a wrong secret: AADSTS7000215 translated to the Entra setting and the ServiceNow field; exit 1', async () => {
    const run = await verify(args(APP.clientId, MAILBOX, '--no-smtp'), 'not-the-secret')
    const line = reportLine(run.stdout, 'FAIL', 'AADSTS7000215')
    expect(line).toBeDefined()
    expect(run.stdout).toMatch(/Certificates & secrets/)
    expect(run.code).toBe(1)
})

test('an app without admin consent: no roles, and the fix names Application permissions and admin consent', async () => {
    const run = await verify(args(NO_CONSENT.clientId, MAILBOX), NO_CONSENT.clientSecret)
    expect(reportLine(run.stdout, 'FAIL', 'Microsoft Graph application permissions (roles): none')).toBeDefined()
    expect(run.stdout).toMatch(/Application permissions \(not Delegated\).*Grant admin consent/)
    expect(reportLine(run.stdout, 'FAIL', 'Graph answered HTTP 403 ErrorAccessDenied')).toBeDefined()
    expect(run.code).toBe(1)
})

test('a mailbox the app has no FullAccess on: SMTP refuses, and the fix is the Exchange service principal step', async () => {
    const run = await verify(args(APP.clientId, 'someone-else@contoso.com', '--no-graph'), APP.clientSecret)
    expect(reportLine(run.stdout, 'FAIL', `SMTP ${smtp.host}:${smtp.port}: the server refused the app's token for someone-else@contoso.com`)).toBeDefined()
    expect(run.stdout).toMatch(/New-ServicePrincipal -AppId 5d1f0a2b.*Add-MailboxPermission -Identity "someone-else@contoso.com".*FullAccess/)
    expect(run.code).toBe(1)
})

test('asks for the secret and the mailbox before anything: exit 2', async () => {
    const noSecret = await runCli(args(APP.clientId, MAILBOX), { env: { EMAIL_OAUTH_CLIENT_SECRET: '' } })
    expect(noSecret.code).toBe(2)
    expect(noSecret.stderr).toContain('the client secret or certificate is missing')
})
