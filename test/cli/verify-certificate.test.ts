/**
 * `email-oauth verify --flow client-credentials` with a certificate instead of a secret, end to end
 * on loopback: the real bin signs a client assertion with the key of a Java Key Store (or PEM files)
 * made at test time, the test OAuth server checks it as Entra does (`private_key_jwt`,
 * test/servers/oauth-assertion.ts) against the certificates uploaded to the app registration, and
 * the token logs into Graph and SMTP as the mailbox. Every refusal names what to change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { certificateValidFor, makeCertificate, makeJks, type TestCertificate } from '../servers/certificates.ts'
import { startGraphServer, type GraphServer } from '../servers/graph.ts'
import { startOAuthServer, type OAuthServer } from '../servers/oauth-server.ts'
import { startSmtpServer, type TestSmtpServer } from '../servers/smtp.ts'
import { reportLine, runCli } from './run-cli.ts'

const MAILBOX = 'servicedesk@contoso.com'
const CLIENT_ID = '7a3b2c1d-5e6f-4a70-8b9c-0d1e2f3a4b5c'
const STORE_PASSWORD = 'store-pass-1'
const KEY_PASSWORD = 'key-pass-2'
const ALIAS = 'mailapp'
const HOUR_MS = 3600 * 1000
const DAY_MS = 24 * HOUR_MS

let oauth: OAuthServer
let graph: GraphServer
let smtp: TestSmtpServer
let dir: string
let caFile: string
let good: TestCertificate
const file = (name: string) => join(dir, name)

/** A JKS with one key entry; the key and chain default to the certificate's own. */
function writeJks(name: string, certificate: TestCertificate, overrides: { privateKey?: TestCertificate['privateKey']; keyPassword?: string } = {}): string {
    const entry = { alias: ALIAS, keyPassword: overrides.keyPassword ?? KEY_PASSWORD, privateKey: overrides.privateKey ?? certificate.privateKey, chain: [certificate.der] }
    writeFileSync(file(name), makeJks(STORE_PASSWORD, [entry], [{ alias: 'entra-root', certificate: certificate.der }]))
    return file(name)
}

beforeAll(async () => {
    good = certificateValidFor(365)
    oauth = await startOAuthServer({
        clients: [{ clientId: CLIENT_ID, clientSecret: 'unused-secret', redirectUris: [], grantTypes: ['client_credentials'], roles: ['Mail.ReadWrite', 'Mail.Send', 'SMTP.SendAsApp'], mailbox: MAILBOX, certificates: [good.pem] }],
        rotateRefreshToken: false,
        entraRoutes: true,
    })
    ;[graph, smtp] = await Promise.all([
        startGraphServer({ introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer, mailboxes: { [MAILBOX]: { total: 4, unread: 1 } } }),
        startSmtpServer({ introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer, requiredScope: 'https://outlook.office.com/SMTP.Send' }),
    ])
    dir = mkdtempSync(join(tmpdir(), 'email-oauth-cli-cert-'))
    caFile = file('smtp-ca.pem')
    writeFileSync(caFile, smtp.certificate)
    writeJks('good.jks', good)
    writeFileSync(file('good.pem'), good.pem)
    writeFileSync(file('good.key'), good.keyPem)
}, 30000)

afterAll(async () => {
    await Promise.all([oauth?.stop(), graph?.stop(), smtp?.stop()])
    if (dir) rmSync(dir, { recursive: true, force: true })
})

const args = (...credential: string[]) => [
    'verify', '--provider', 'microsoft', '--flow', 'client-credentials', '--tenant', 'common', '--client-id', CLIENT_ID,
    '--token-url', oauth.tokenUrl, '--auth-url', oauth.authorizationUrl, '--graph-url', graph.url, '--smtp', `${smtp.host}:${smtp.port}`,
    '--login-hint', MAILBOX, '--request-timeout', '5', ...credential,
]
const passwords = { EMAIL_OAUTH_KEYSTORE_PASSWORD: STORE_PASSWORD, EMAIL_OAUTH_KEY_PASSWORD: KEY_PASSWORD }
const verify = (argv: string[], env: Record<string, string> = passwords) => runCli(argv, { env: { EMAIL_OAUTH_CLIENT_SECRET: '', ...env, NODE_EXTRA_CA_CERTS: caFile } })
const jks = (path: string, alias = ALIAS) => ['--keystore', path, '--alias', alias]

test('a Java Key Store proves the certificate: the assertion gets a token per resource, Graph reads the inbox, SMTP logs in; the chain\'s form values are printed; exit 0', async () => {
    await oauth.control.resetStats()
    const run = await verify(args(...jks(file('good.jks'))))
    const sha1 = good.x509.fingerprint.replace(/:/g, '')
    expect(reportLine(run.stdout, 'PASS', 'the private key (RSA 2048 bits) belongs to the certificate "CN=ServiceNow mail app"')).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', `certificate "CN=ServiceNow mail app", SHA-1 thumbprint ${sha1}`)).toContain('(364 days left)')
    expect(reportLine(run.stdout, 'PASS', `Microsoft Graph token (client credentials, certificate ${sha1.slice(0, 8)}…, RS256, https://graph.microsoft.com/.default)`)).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', `Graph ${graph.url}: inbox of ${MAILBOX} read as the app; 4 messages, 1 unread`)).toBeDefined()
    expect(reportLine(run.stdout, 'PASS', `SMTP ${smtp.host}:${smtp.port}: logged in as ${MAILBOX} with the app's token (SMTP.SendAsApp)`)).toBeDefined()
    expect(run.stdout).toMatch(new RegExp(`Thumbprint\\s+${sha1} \\(x5t `))
    expect(run.stdout).toMatch(/Type\s+Java Key Store/)
    expect(run.stdout).toContain('Email account (SMTP): Authentication OAuth2, OAuth Profile "Microsoft 365 app-only SMTP profile (certificate)"')
    expect(run.stdout).toMatch(/Key alias\s+mailapp/)
    expect(run.stdout).toMatch(new RegExp(`aud\\s+${oauth.tokenUrl.replace(/[.]/g, '\\.')}`))
    expect(run.stdout).toMatch(new RegExp(`iss\\s+${CLIENT_ID}`))
    expect(run.stdout).toMatch(/Credential expires\s+\d{4}-\d\d-\d\dT.* \(the certificate's end/)
    expect(run.stdout).toContain('Result: all 8 checks passed')
    for (const secret of [STORE_PASSWORD, KEY_PASSWORD, 'BEGIN']) expect(run.stdout + run.stderr).not.toContain(secret)
    const { requests } = await oauth.control.stats()
    expect(requests.map((request) => [request.clientAuthentication, request.status])).toEqual([['private_key_jwt', 200], ['private_key_jwt', 200]])
    expect(run.code).toBe(0)
})

test('PEM certificate and key, signed PS256 as Microsoft now prefers: exit 0', async () => {
    const run = await verify(args('--certificate', file('good.pem'), '--private-key', file('good.key'), '--assertion-alg', 'PS256', '--no-graph'), {})
    expect(reportLine(run.stdout, 'PASS', 'Exchange Online (SMTP) token (client credentials, certificate')).toContain('PS256')
    expect(run.stdout).toMatch(/Attachment\s+a JKS made from these PEM files/)
    expect(run.code).toBe(0)
})

test('a wrong store password: refused before any request, the fix names the variable and the certificate record', async () => {
    const run = await verify(args(...jks(file('good.jks'))), { ...passwords, EMAIL_OAUTH_KEYSTORE_PASSWORD: 'not-it' })
    expect(reportLine(run.stdout, 'FAIL', `the key store password does not open ${file('good.jks')}`)).toBeDefined()
    expect(run.stdout).toMatch(/fix: export EMAIL_OAUTH_KEYSTORE_PASSWORD .*certificate record's key store password/)
    expect(reportLine(run.stdout, 'SKIP', 'Microsoft Graph token: not requested (no usable certificate)')).toBeDefined()
    expect(run.code).toBe(1)
})

test('a wrong key password: the fix names the JWT signing key\'s password', async () => {
    const run = await verify(args(...jks(file('good.jks'))), { ...passwords, EMAIL_OAUTH_KEY_PASSWORD: 'not-it' })
    expect(reportLine(run.stdout, 'FAIL', `the key password does not open the private key "${ALIAS}"`)).toBeDefined()
    expect(run.stdout).toContain('JWT signing key\'s password field')
    expect(run.code).toBe(1)
})

test('an alias the store does not hold, and one that is only a trusted certificate: each lists the entries', async () => {
    const missing = await verify(args(...jks(file('good.jks'), 'mail-app')))
    expect(reportLine(missing.stdout, 'FAIL', `${file('good.jks')} has no entry "mail-app"; its entries: mailapp, entra-root`)).toBeDefined()
    const trusted = await verify(args(...jks(file('good.jks'), 'entra-root')))
    expect(reportLine(trusted.stdout, 'FAIL', `the entry "entra-root" of ${file('good.jks')} is a trusted certificate with no private key`)).toBeDefined()
    expect([missing.code, trusted.code]).toEqual([1, 1])
})

test('a key that does not belong to the certificate: refused, nothing sent', async () => {
    await oauth.control.resetStats()
    const stranger = certificateValidFor(365)
    const run = await verify(args(...jks(writeJks('mismatch.jks', good, { privateKey: stranger.privateKey }))))
    expect(reportLine(run.stdout, 'FAIL', 'the private key does not belong to the certificate "CN=ServiceNow mail app"')).toBeDefined()
    expect(run.stdout).toContain(`fix: the entry "${ALIAS}" holds a key and a certificate that are not a pair`)
    expect((await oauth.control.stats()).total).toBe(0)
    expect(run.code).toBe(1)
})

test('an expired certificate, one not valid yet, and one that ends in under a day: each refused with its reason', async () => {
    const now = Date.now()
    const expired = makeCertificate({ notBefore: new Date(now - 400 * DAY_MS), notAfter: new Date(now - 2 * DAY_MS) })
    const early = makeCertificate({ notBefore: new Date(now + 3 * DAY_MS), notAfter: new Date(now + 400 * DAY_MS) })
    const ending = makeCertificate({ notBefore: new Date(now - DAY_MS), notAfter: new Date(now + 12 * HOUR_MS) })
    const [expiredRun, earlyRun, endingRun] = await Promise.all([
        verify(args(...jks(writeJks('expired.jks', expired)))),
        verify(args(...jks(writeJks('early.jks', early)))),
        verify(args(...jks(writeJks('ending.jks', ending)))),
    ])
    expect(reportLine(expiredRun.stdout, 'FAIL', 'the certificate "CN=ServiceNow mail app"')).toMatch(/expired .*, 2 days ago: Entra refuses it/)
    expect(expiredRun.stdout).toMatch(/fix: make a new key and certificate \(keytool -genkeypair/)
    expect(reportLine(earlyRun.stdout, 'FAIL', 'the certificate "CN=ServiceNow mail app" is not valid yet')).toMatch(/in 3 days/)
    expect(reportLine(endingRun.stdout, 'FAIL', 'the certificate "CN=ServiceNow mail app"')).toMatch(/in 12 h: under a day is too little/)
    expect([expiredRun.code, earlyRun.code, endingRun.code]).toEqual([1, 1, 1])
})

test('a certificate the app registration does not know: AADSTS700027 with the thumbprint, the fix is the upload', async () => {
    const unknown = certificateValidFor(365)
    const run = await verify(args(...jks(writeJks('unknown.jks', unknown)), '--no-smtp'))
    const sha1 = unknown.x509.fingerprint.replace(/:/g, '')
    expect(reportLine(run.stdout, 'FAIL', `AADSTS700027: the app registration does not know this certificate (thumbprint ${sha1})`)).toBeDefined()
    expect(run.stdout).toMatch(/fix: Entra admin center > App registrations > your app > Certificates & secrets > Certificates > Upload certificate/)
    expect(run.code).toBe(1)
})

test('a clock an hour off: AADSTS700024, the fix is the clock', async () => {
    await oauth.control.setClock(Math.floor(Date.now() / 1000) - 3600)
    try {
        const run = await verify(args(...jks(file('good.jks')), '--no-smtp'))
        expect(reportLine(run.stdout, 'FAIL', 'AADSTS700024: the client assertion is not within its valid time range')).toBeDefined()
        expect(run.stdout).toMatch(/fix: set the clock of the computer that signs/)
        expect(run.code).toBe(1)
    } finally {
        await oauth.control.setClock(Math.floor(Date.now() / 1000))
    }
})

test('passwords are never options, and a key store needs its alias and password: exit 2 before anything', async () => {
    const flag = await verify([...args(...jks(file('good.jks'))), '--keystore-password', 'x'])
    expect(flag.stderr).toContain('--keystore-password: passwords are never taken as options')
    const noPassword = await verify(args(...jks(file('good.jks'))), {})
    expect(noPassword.stderr).toContain('the key store password is missing: export EMAIL_OAUTH_KEYSTORE_PASSWORD')
    const noAlias = await verify(args('--keystore', file('good.jks')))
    expect(noAlias.stderr).toContain('--alias is missing')
    expect([flag.code, noPassword.code, noAlias.code]).toEqual([2, 2, 2])
})
