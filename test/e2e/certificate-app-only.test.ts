/**
 * App-only mail on a certificate, end to end: the BUILT app's certificate provider chain (shipped
 * inactive beside the secret provider, fluent/providers/microsoft-365-app-only-certificate.now.ts),
 * filled in as the admin leaves it after the documented procedure (docs/certificate-credentials.md):
 * a Java Key Store made at test time on the x509 Certificate record, the JWT signing key on it, the
 * JWT provider's claims, the SMTP.SendAsApp account on the certificate profile. The platform
 * stand-in does what the instance does for a profile with a JWT provider (test/stand-ins/
 * jwt-assertion.ts): it opens the store, signs the client assertion and posts client_credentials
 * with it; the local OAuth server checks it as Entra does (private_key_jwt, test/servers/
 * oauth-assertion.ts). The mailbox sends through the local SMTP server with the token the platform
 * holds. Then, on one simulated clock, the built horizons job reads the certificate's end from its
 * record (no date typed), warns 30, 14, 7 and 1 days ahead naming the fix, and past the end the
 * account stops with Entra's AADSTS700027 "The key used is expired".
 */
import { createTransport } from 'nodemailer'
import { CREDENTIAL_EXPIRING_EVENT, CREDENTIAL_TABLE, EVENT, STATUS } from '../../src/common/app.ts'
import { CERTIFICATE, CERTIFICATE_PROVIDER, DUMMY_CLIENT_SECRET, JWT_CLAIM, SIGNING_KEY } from '../../src/credentials/certificate-names.ts'
import { MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import { makeCertificate, makeJks, type TestCertificate } from '../servers/certificates.ts'
import { CLIENT_ASSERTION_TYPE, sha1Thumbprint } from '../stand-ins/jwt-assertion.ts'
import { formatGlideDateTime, platform } from '../stand-ins/platform.ts'
import { World, type Mailbox } from './world.ts'

const DAY_MS = 86400000
const HORIZONS_JOB = 'Email OAuth Manager: time to failure and expiry warnings'
const RUNS = 40
const STORE_PASSWORD = 'e2e-store-password'
const KEY_PASSWORD = 'e2e-key-password'
/** The certificate's life left when the world starts. */
const CERTIFICATE_DAYS = 40
const APP = { clientId: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', clientSecret: `never-sent-${process.pid}`, roles: ['SMTP.SendAsApp'], mailbox: 'servicedesk@example.com' }

jest.setTimeout(180_000)

let world: World
let mailbox: Mailbox
let profileId: string
let certificate: TestCertificate
let certificateId: string
let entityId: string
const flag = (value: unknown) => value === true || value === 'true' || value === '1'
const stored = () => platform.oauth.token(mailbox.sysId, profileId)
const failedSends: string[] = []
let sends = 0

/** Sends one message as the mailbox with the token the platform holds (XOAUTH2, as the instance's SMTP sender). */
async function sendAsMailbox(accessToken: string, subject: string): Promise<boolean> {
    const transport = createTransport({ host: world.smtp.host, port: world.smtp.port, secure: false, requireTLS: true, tls: { ca: world.smtp.certificate }, auth: { type: 'OAuth2', user: APP.mailbox, accessToken } })
    try {
        await transport.sendMail({ from: APP.mailbox, to: 'someone@example.org', subject, text: 'sent as the app, signed in with a certificate' })
        return true
    } catch {
        return false
    } finally {
        transport.close()
    }
}

/** What the admin leaves after the documented procedure: the .jks on the x509 Certificate record, the signing key on it, the claims, the account on the certificate profile. */
function fillCertificateChain(): void {
    const entity = platform.db.rows('oauth_entity').find((row) => row.name === CERTIFICATE_PROVIDER.entityName)
    const signingKey = platform.db.rows(SIGNING_KEY.table).find((row) => row.name === CERTIFICATE_PROVIDER.signingKeyName)
    const jwtProvider = platform.db.rows('jwt_provider').find((row) => row.name === CERTIFICATE_PROVIDER.jwtProviderName)
    const smtpProfile = platform.db.rows('oauth_entity_profile').find((row) => row.name === CERTIFICATE_PROVIDER.smtpProfileName)
    if (!entity || !signingKey || !jwtProvider || !smtpProfile) throw new Error('dist/app has no certificate provider chain: check fluent/providers/microsoft-365-app-only-certificate.now.ts and rebuild')
    entityId = String(entity.sys_id)
    platform.db.update('oauth_entity', entityId, { client_id: APP.clientId, client_secret: DUMMY_CLIENT_SECRET, token_url: world.oauth.tokenUrl, active: true })
    // The key entry's alias is the signing key's Name (the stand-in's model: jwt-assertion.ts); JKS aliases are lower case.
    const alias = CERTIFICATE_PROVIDER.signingKeyName.toLowerCase()
    const jks = makeJks(STORE_PASSWORD, [{ alias, keyPassword: KEY_PASSWORD, privateKey: certificate.privateKey, chain: [certificate.der] }])
    certificateId = platform.db.insert(CERTIFICATE.table, {
        [CERTIFICATE.field.name]: 'Contoso mail app signing',
        [CERTIFICATE.field.active]: true,
        [CERTIFICATE.field.type]: CERTIFICATE.jksTypeLabel,
        [CERTIFICATE.field.keyStorePassword]: STORE_PASSWORD,
        // What the platform reads from the uploaded store (date/time or date: the probe confirms which).
        [CERTIFICATE.field.expires]: formatGlideDateTime(new Date(certificate.x509.validTo).getTime()),
        [CERTIFICATE.field.validFrom]: formatGlideDateTime(new Date(certificate.x509.validFrom).getTime()),
        jks_base64: jks.toString('base64'),
        jks_store_password: STORE_PASSWORD,
        jks_entries: JSON.stringify({ [alias]: sha1Thumbprint(certificate.der) }),
    })
    platform.db.update(SIGNING_KEY.table, String(signingKey.sys_id), {
        [SIGNING_KEY.field.keystore]: certificateId,
        [SIGNING_KEY.field.password]: KEY_PASSWORD,
        [SIGNING_KEY.field.thumbprint]: sha1Thumbprint(certificate.der),
        [SIGNING_KEY.field.active]: true,
    })
    for (const [name, value] of [
        [JWT_CLAIM.name.audience, world.oauth.tokenUrl],
        [JWT_CLAIM.name.issuer, APP.clientId],
        [JWT_CLAIM.name.subject, APP.clientId],
    ]) {
        platform.db.insert(JWT_CLAIM.table, { [JWT_CLAIM.field.provider]: String(jwtProvider.sys_id), [JWT_CLAIM.field.name]: name, [JWT_CLAIM.field.value]: value })
    }
    const account = platform.db.rows('sys_email_account').find((row) => row.name === 'Microsoft 365 app-only send (SMTP.SendAsApp)')
    if (!account) throw new Error('dist/app has no SMTP.SendAsApp account')
    platform.db.update('sys_email_account', String(account.sys_id), {
        active: true,
        oauth_profile: String(smtpProfile.sys_id),
        server: world.smtp.host,
        port: String(world.smtp.port),
        user_name: APP.mailbox,
        email_user_label: APP.mailbox,
        from: APP.mailbox,
    })
    mailbox = { sysId: String(account.sys_id), name: String(account.name), login: APP.mailbox, type: 'smtp' }
    profileId = String(smtpProfile.sys_id)
}

beforeAll(async () => {
    const startMs = Math.floor(Date.now() / 1000) * 1000
    certificate = makeCertificate({ commonName: 'Contoso mail app', notBefore: new Date(startMs - DAY_MS), notAfter: new Date(startMs + CERTIFICATE_DAYS * DAY_MS) })
    world = await World.start({ appOnlyClient: { ...APP, certificates: [certificate.pem] } })
    fillCertificateChain()
    let lastToken = ''
    await world.runEvery(RUNS, async (run) => {
        const token = stored()?.accessToken ?? ''
        if (token === '' || token === lastToken) return
        lastToken = token
        sends += 1
        if (!(await sendAsMailbox(token, `run ${sends}`))) failedSends.push(new Date(run.at).toISOString())
    })
})

afterAll(async () => {
    await world?.stop()
})

it('gets every app-only token with a client assertion signed by the certificate: no client secret is sent, the server authenticated private_key_jwt', async () => {
    const requests = world.tokenRequests(mailbox)
    expect(requests.length).toBeGreaterThanOrEqual(2)
    for (const request of requests) {
        expect(request.call?.form).toMatchObject({ grant_type: 'client_credentials', scope: MICROSOFT_APP_ONLY.scope.smtp, client_id: APP.clientId, client_assertion_type: CLIENT_ASSERTION_TYPE })
        expect(request.call?.form.client_secret).toBeUndefined()
        expect(request.reply?.status).toBe(200)
        expect(request.stored).toBe(true)
    }
    const header = JSON.parse(Buffer.from(String(requests[0].call?.form.client_assertion).split('.')[0], 'base64url').toString('utf8')) as Record<string, string>
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', x5t: Buffer.from(sha1Thumbprint(certificate.der), 'hex').toString('base64url') })
    const atServer = (await world.oauth.control.stats()).requests.filter((request) => request.clientId === APP.clientId)
    expect(atServer.map((request) => [request.clientAuthentication, request.status])).toEqual(requests.map(() => ['private_key_jwt', 200]))
})

it('sends mail through the SMTP server as the mailbox with every new token, and the account is ok', () => {
    expect(sends).toBe(world.tokenRequests(mailbox).length)
    expect(failedSends).toEqual([])
    expect(world.smtp.messages.filter((message) => message.user === APP.mailbox)).toHaveLength(sends)
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok, last_error_code: '' })
})

it('the horizons run reads the certificate\'s end from its record: one Client credentials row, source certificate_record, nobody typed a date', async () => {
    const run = await world.runScheduledJob(HORIZONS_JOB)
    const rows = platform.db.rows(CREDENTIAL_TABLE)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ source: 'certificate_record', kind: 'certificate', provider: entityId, source_record: certificateId, expires: new Date(certificate.x509.validTo).toISOString().slice(0, 10) })
    expect(flag(rows[0].active)).toBe(true)
    expect(run.events.filter((event) => event.name === CREDENTIAL_EXPIRING_EVENT)).toEqual([])
})

it('as the end comes closer it warns 30, 14, 7 and 1 days ahead, each naming the fix and delivered, while the mailbox keeps sending', async () => {
    // The warnings count whole days (UTC dates): each run is one hour into the day that many days before the end's day.
    const endDay = new Date(certificate.x509.validTo)
    const endDayStart = Date.UTC(endDay.getUTCFullYear(), endDay.getUTCMonth(), endDay.getUTCDate())
    const thresholds: string[] = []
    const warnings: string[] = []
    for (const daysBefore of [29, 13, 6, 1]) {
        await world.advance(Math.round((endDayStart - daysBefore * DAY_MS + 3600000 - platform.clock.now()) / 1000))
        await world.runJob()
        expect(await sendAsMailbox(stored()?.accessToken ?? '', `${daysBefore} days before the end`)).toBe(true)
        const logsBefore = platform.logs.length
        const run = await world.runScheduledJob(HORIZONS_JOB)
        const expiring = run.events.filter((event) => event.name === CREDENTIAL_EXPIRING_EVENT)
        expect(expiring).toHaveLength(1)
        expect(run.notifications.filter((sent) => sent.event.name === CREDENTIAL_EXPIRING_EVENT).every((sent) => sent.delivered)).toBe(true)
        thresholds.push(String(platform.db.rows(CREDENTIAL_TABLE)[0].last_alert_days))
        const warned = platform.logs.slice(logsBefore).find((entry) => entry.level === 'warn' && /because the certificate of the provider 'Microsoft 365 app-only \(certificate\)' expires/.test(entry.message))
        warnings.push(warned?.message ?? `no warning ${daysBefore} days before the end`)
    }
    expect(thresholds).toEqual(['30', '14', '7', '1'])
    expect(warnings).toHaveLength(4)
    expect(warnings.map((warning) => /, in (\d+) days? because/.exec(warning)?.[1])).toEqual(['29', '13', '6', '1'])
    for (const warning of warnings) {
        expect(warning).toMatch(/servicedesk@example\.com.*Renew the certificate: upload a new certificate to the app registration.*This date was read from the certificate record.*nothing to type/)
        expect(warning).not.toMatch(/Client credentials/)
    }
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok })
})

it('a key password mistyped on the JWT Keys form: nothing leaves the instance, the account does not say ok, and it recovers once the password is right', async () => {
    const signingKey = platform.db.rows(SIGNING_KEY.table).find((row) => row.name === CERTIFICATE_PROVIDER.signingKeyName)!
    const appRequestsAtServer = async () => (await world.oauth.control.stats()).requests.filter((request) => request.clientId === APP.clientId).length
    platform.db.update(SIGNING_KEY.table, String(signingKey.sys_id), { [SIGNING_KEY.field.password]: 'mistyped' })
    const atServerBefore = await appRequestsAtServer()
    await world.advance(3700)
    const first = await world.runJob()
    const refused = world.tokenRequests(mailbox).at(-1)
    expect(refused?.failure).toBe('java.security.UnrecoverableKeyException: Cannot recover key')
    expect(await appRequestsAtServer()).toBe(atServerBefore)
    const health = world.health(mailbox)
    expect(health).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'certificate_key_password' })
    expect(String(health?.last_error)).toMatch(/Signing Key Password on the JWT Keys form/)
    expect(String(health?.last_error)).not.toMatch(/Token URL/)
    // One alert: on entering misconfigured, not again while it lasts.
    expect(first.events.filter((event) => event.name === EVENT.misconfigured).map((event) => event.parm2)).toEqual(['certificate_key_password'])
    await world.advance(180)
    expect((await world.runJob()).events.filter((event) => event.name === EVENT.misconfigured)).toEqual([])
    platform.db.update(SIGNING_KEY.table, String(signingKey.sys_id), { [SIGNING_KEY.field.password]: KEY_PASSWORD })
    await world.advance(180)
    await world.runJob()
    expect(world.tokenRequests(mailbox).at(-1)?.reply?.status).toBe(200)
    expect(world.health(mailbox)?.status).toBe(STATUS.ok)
})

it('stops at the certificate\'s end: Entra answers AADSTS700027 "The key used is expired" and the account says which certificate and what to do', async () => {
    // Past the end on both clocks (the platform's and the server's), the token the platform holds has ended too.
    await world.advance(Math.ceil((new Date(certificate.x509.validTo).getTime() - platform.clock.now()) / 1000) + 3600)
    await world.runJob()
    const last = world.tokenRequests(mailbox).at(-1)
    expect(last?.reply?.status).toBe(401)
    expect(String(last?.reply?.body)).toMatch(/AADSTS700027: .*The key used is expired/)
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'certificate_expired' })
    expect(String(world.health(mailbox)?.last_error)).toMatch(/has expired.*Renew it.*Certificates & secrets > Certificates/)
    expect(certificateId).not.toBe('')
})
