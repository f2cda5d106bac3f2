/**
 * Moving app-only mailboxes from a client secret to a certificate on the Glide stand-ins, through
 * the UI action entries: prepare the certificate side from the working secret provider, refuse the
 * switch while the certificate is not there, ends within a day or gets no token, switch once every
 * account got a token on its certificate profile, and undo. The secret provider is never written.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CERTIFICATE, CERTIFICATE_PROVIDER, DUMMY_CLIENT_SECRET, JWT_CLAIM, SIGNING_KEY } from '../../src/credentials/certificate-names.ts'
import { prepareCertificateSignIn, switchToCertificate, undoCertificateSwitch, useCertificateForEmail } from '../../src/certificate-switch/form-actions.ts'
import { instantOf, planPrepare, type ProviderFacts } from '../../src/certificate-switch/plan.ts'
import { GRANT_TYPE, MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import { action, GlideRecord } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'
import { KEY_ALIAS, STORE_PASSWORD, THUMBPRINT } from '../credentials/seed-chain.ts'

const CLIENT_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
const TOKEN_URL = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token'

type Entry = typeof prepareCertificateSignIn

function click(entry: Entry, table: string, sysId: string): void {
    const current = new GlideRecord(table)
    expect(current.get(sysId)).toBe(true)
    entry(current as unknown as Parameters<Entry>[0], action as unknown as Parameters<Entry>[1])
}

function lastMessage() {
    return platform.formMessages.at(-1)
}

interface Seeded {
    secretId: string
    certificateProviderId: string
    secretGraph: string
    secretSmtp: string
    certificateGraph: string
    certificateSmtp: string
    jwtProviderId: string
    signingKeyId: string
    graphAccount: string
    smtpAccount: string
}

/** A provider with its Graph and SMTP app-only profiles, each with its `.default` scope linked. */
function seedAppOnlyProvider(fields: Record<string, string | boolean>): { id: string; graph: string; smtp: string } {
    const id = platform.db.insert('oauth_entity', { type: 'oauth_provider', default_grant_type: GRANT_TYPE.clientCredentials, ...fields })
    const profiles = { graph: '', smtp: '' }
    for (const audience of ['graph', 'smtp'] as const) {
        const profile = platform.db.insert('oauth_entity_profile', { name: `${String(fields.name)} ${audience}`, oauth_entity: id, grant_type: GRANT_TYPE.clientCredentials })
        const scope = platform.db.insert('oauth_entity_scope', { name: audience, oauth_entity_scope: MICROSOFT_APP_ONLY.scope[audience], oauth_entity: id })
        platform.db.insert('oauth_entity_profile_scope', { oauth_entity_profile: profile, oauth_entity_scope: scope })
        profiles[audience] = profile
    }
    return { id, ...profiles }
}

/** The secret provider in use, and the certificate side as the app ships it (inactive, placeholders, JWT provider linked). */
function seed(): Seeded {
    const secret = seedAppOnlyProvider({ name: MICROSOFT_APP_ONLY.entityName, active: true, client_id: CLIENT_ID, client_secret: 'working-secret-value', token_url: TOKEN_URL })
    const certificate = seedAppOnlyProvider({ name: CERTIFICATE_PROVIDER.entityName, active: false, client_id: '<application (client) id>', token_url: MICROSOFT_APP_ONLY.tokenUrl })
    const signingKeyId = platform.db.insert(SIGNING_KEY.table, { name: CERTIFICATE_PROVIDER.signingKeyName, active: false })
    const jwtProviderId = platform.db.insert('jwt_provider', { name: CERTIFICATE_PROVIDER.jwtProviderName, jwt_keystore_alias: signingKeyId, expiry_interval: 300 })
    platform.db.update('oauth_entity_profile', certificate.graph, { jwt_provider: jwtProviderId })
    platform.db.update('oauth_entity_profile', certificate.smtp, { jwt_provider: jwtProviderId })
    const graphAccount = platform.db.insert('sys_email_account', { name: 'Service desk receive (Microsoft Graph)', active: true, authentication: 'oauth2', oauth_profile: secret.graph })
    const smtpAccount = platform.db.insert('sys_email_account', { name: 'Service desk send (SMTP.SendAsApp)', type: 'smtp', active: true, authentication: 'oauth2', oauth_profile: secret.smtp })
    return { secretId: secret.id, certificateProviderId: certificate.id, secretGraph: secret.graph, secretSmtp: secret.smtp, certificateGraph: certificate.graph, certificateSmtp: certificate.smtp, jwtProviderId, signingKeyId, graphAccount, smtpAccount }
}

/** What the admin does between Prepare and Switch: the .jks on the x509 Certificate form, Use for Email OAuth Manager, the key password. */
function uploadCertificate(seeded: Seeded, expires = '2027-06-30 12:00:00'): string {
    const certificateId = platform.db.insert(CERTIFICATE.table, {
        name: 'Contoso mail signing',
        active: true,
        type: CERTIFICATE.jksTypeLabel,
        key_store_password: STORE_PASSWORD,
        expires,
        jks_store_password: STORE_PASSWORD,
        jks_entries: JSON.stringify({ [KEY_ALIAS]: THUMBPRINT }),
    })
    click(useCertificateForEmail, CERTIFICATE.table, certificateId)
    platform.db.update(SIGNING_KEY.table, seeded.signingKeyId, { signing_key_password: 'encrypted-by-the-platform' })
    return certificateId
}

const profileOf = (accountId: string) => platform.db.row('sys_email_account', accountId)?.oauth_profile

beforeEach(() => platform.reset())

describe('Prepare certificate sign-in', () => {
    it('fills the certificate provider and the JWT claims from the working secret provider, and leaves the secret provider alone', () => {
        const seeded = seed()
        const before = { ...platform.db.row('oauth_entity', seeded.secretId) }
        click(prepareCertificateSignIn, 'oauth_entity', seeded.secretId)
        expect(lastMessage()).toMatchObject({ type: 'info', message: expect.stringContaining('upload the public certificate (.cer)') })
        expect(platform.db.row('oauth_entity', seeded.certificateProviderId)).toMatchObject({ client_id: CLIENT_ID, token_url: TOKEN_URL, client_secret: DUMMY_CLIENT_SECRET, active: true })
        const claims = platform.db.rows(JWT_CLAIM.table).filter((row) => row.jwt_provider === seeded.jwtProviderId)
        expect(Object.fromEntries(claims.map((row) => [row.name, row.value]))).toEqual({ aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID })
        expect(platform.db.row('oauth_entity', seeded.secretId)).toEqual(before)
    })

    it('on an instance without the claims table, prepares the rest and names the claims to add by hand', () => {
        const seeded = seed()
        platform.absentTables.add(JWT_CLAIM.table)
        click(prepareCertificateSignIn, 'oauth_entity', seeded.secretId)
        expect(lastMessage()?.message).toContain(`aud = ${TOKEN_URL}, iss = sub = ${CLIENT_ID}`)
        expect(platform.db.row('oauth_entity', seeded.certificateProviderId)?.client_id).toBe(CLIENT_ID)
    })

    it('refuses a secret provider with placeholders, and a certificate side prepared for another app registration', () => {
        const facts = (over: Partial<ProviderFacts>): ProviderFacts => ({ sysId: 's', name: 'Secret', clientId: CLIENT_ID, tokenUrl: TOKEN_URL, grantType: GRANT_TYPE.clientCredentials, active: true, ...over })
        expect(planPrepare(facts({ tokenUrl: MICROSOFT_APP_ONLY.tokenUrl }), facts({ sysId: 'c', clientId: '' }))).toMatchObject({ ok: false, message: expect.stringContaining('placeholder') })
        expect(planPrepare(facts({}), facts({ sysId: 'c', clientId: 'another-app' }))).toMatchObject({ ok: false, message: expect.stringContaining('another app registration') })
        expect(planPrepare(facts({ grantType: 'authorization_code' }), facts({ sysId: 'c' }))).toMatchObject({ ok: false, message: expect.stringContaining('Client Credentials') })
    })
})

describe('Switch to certificate', () => {
    it('is refused before the certificate is uploaded: its end cannot be read, nothing moves', () => {
        const seeded = seed()
        click(prepareCertificateSignIn, 'oauth_entity', seeded.secretId)
        click(switchToCertificate, 'oauth_entity', seeded.secretId)
        expect(lastMessage()).toMatchObject({ type: 'error', message: expect.stringContaining('end date of the certificate could not be read') })
        expect(profileOf(seeded.graphAccount)).toBe(seeded.secretGraph)
    })

    it('is refused when the certificate ends within a day, with the reason, and no token is asked for', () => {
        const seeded = seed()
        click(prepareCertificateSignIn, 'oauth_entity', seeded.secretId)
        platform.clock.set('2027-06-30 00:00:00')
        uploadCertificate(seeded, '2027-06-30 20:00:00')
        const calls = platform.oauth.provider.calls
        click(switchToCertificate, 'oauth_entity', seeded.secretId)
        expect(lastMessage()).toMatchObject({ type: 'error', message: expect.stringContaining('expires in 20 hour(s)') })
        expect(platform.oauth.provider.calls).toBe(calls)
        expect(profileOf(seeded.smtpAccount)).toBe(seeded.secretSmtp)
    })

    it('is refused, naming the account and the code, when the registration does not know the certificate (AADSTS700027)', () => {
        const seeded = seed()
        click(prepareCertificateSignIn, 'oauth_entity', seeded.secretId)
        uploadCertificate(seeded)
        platform.oauth.provider.respondNext(PROVIDER_BODIES.entraCertificateNotRegistered)
        click(switchToCertificate, 'oauth_entity', seeded.secretId)
        expect(lastMessage()).toMatchObject({ type: 'error', message: expect.stringContaining("'Service desk receive (Microsoft Graph)': certificate_not_registered") })
        expect([profileOf(seeded.graphAccount), profileOf(seeded.smtpAccount)]).toEqual([seeded.secretGraph, seeded.secretSmtp])
    })

    it('proves a token per account on its certificate profile, then moves both; Undo moves them back', () => {
        const seeded = seed()
        click(prepareCertificateSignIn, 'oauth_entity', seeded.secretId)
        uploadCertificate(seeded)
        click(switchToCertificate, 'oauth_entity', seeded.secretId)
        expect(lastMessage()).toMatchObject({ type: 'info', message: expect.stringContaining('Switched 2 account(s) to the certificate') })
        expect([profileOf(seeded.graphAccount), profileOf(seeded.smtpAccount)]).toEqual([seeded.certificateGraph, seeded.certificateSmtp])
        // Each account already holds a token under its new profile: nothing waits for the next run.
        expect(platform.oauth.token(seeded.graphAccount, seeded.certificateGraph)?.accessToken).toBeTruthy()
        expect(platform.oauth.token(seeded.smtpAccount, seeded.certificateSmtp)?.accessToken).toBeTruthy()
        click(undoCertificateSwitch, 'oauth_entity', seeded.secretId)
        expect(lastMessage()).toMatchObject({ type: 'info', message: expect.stringContaining('Switched back 2 account(s)') })
        expect([profileOf(seeded.graphAccount), profileOf(seeded.smtpAccount)]).toEqual([seeded.secretGraph, seeded.secretSmtp])
    })

    it('a refused write half-way moves the accounts already moved back, and says so', () => {
        const seeded = seed()
        click(prepareCertificateSignIn, 'oauth_entity', seeded.secretId)
        uploadCertificate(seeded)
        platform.refusals.refuse('sys_email_account', 'update', (row) => row.sys_id === seeded.smtpAccount)
        click(switchToCertificate, 'oauth_entity', seeded.secretId)
        expect(lastMessage()).toMatchObject({ type: 'error', message: expect.stringContaining('every account is as it was') })
        expect([profileOf(seeded.graphAccount), profileOf(seeded.smtpAccount)]).toEqual([seeded.secretGraph, seeded.secretSmtp])
    })
})

describe('the plan', () => {
    it('reads a bare date as its first moment (the earlier end), and a date-time as it is', () => {
        expect(instantOf('2027-06-30')).toBe(Date.UTC(2027, 5, 30))
        expect(instantOf('2027-06-30 20:00:00')).toBe(Date.UTC(2027, 5, 30, 20))
        expect(instantOf('30/06/2027')).toBeNull()
    })

    it('the UI actions condition names the shipped certificate provider', () => {
        const fluent = readFileSync(join(__dirname, '../../fluent/certificate-switch.now.ts'), 'utf8')
        expect(fluent).toContain(`current.name != '${CERTIFICATE_PROVIDER.entityName}'`)
    })
})
