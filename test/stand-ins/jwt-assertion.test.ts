/**
 * What the platform stand-in does for a profile that names a JWT provider (jwt-assertion.ts): the
 * modelling choices pinned, so a test that relies on one says so here first. seed() resets the
 * platform, which replaces its db: platform.db is read only after seeding.
 */
import { verify, X509Certificate } from 'node:crypto'
import { CERTIFICATE, JWT_CLAIM, JWT_PROVIDER, PROFILE_LINK, SIGNING_KEY } from '../../src/credentials/certificate-names.ts'
import { certificateValidFor, makeJks } from '../servers/certificates.ts'
import { clientAssertionFor, sha1Thumbprint } from './jwt-assertion.ts'
import { platform } from './platform.ts'

const NOW = Date.UTC(2026, 5, 1, 8, 0, 0)
const first = certificateValidFor(90)
const second = certificateValidFor(90)

function seed(keys: { alias: string; certificate: typeof first }[], signingKeyName: string, thumbprint = sha1Thumbprint(first.der)): string {
    platform.reset()
    const jks = makeJks('store', keys.map(({ alias, certificate }) => ({ alias, keyPassword: 'key', privateKey: certificate.privateKey, chain: [certificate.der] })))
    const certificateId = platform.db.insert(CERTIFICATE.table, { [CERTIFICATE.field.keyStorePassword]: 'store', jks_base64: jks.toString('base64') })
    const signingKey = platform.db.insert(SIGNING_KEY.table, { name: signingKeyName, [SIGNING_KEY.field.keystore]: certificateId, [SIGNING_KEY.field.password]: 'key', [SIGNING_KEY.field.thumbprint]: thumbprint })
    const provider = platform.db.insert(JWT_PROVIDER.table, { name: 'p', [JWT_PROVIDER.field.signingKey]: signingKey, [JWT_PROVIDER.field.expiryInterval]: 300 })
    platform.db.insert(JWT_CLAIM.table, { [JWT_CLAIM.field.provider]: provider, [JWT_CLAIM.field.name]: 'aud', [JWT_CLAIM.field.value]: 'https://token.example' })
    return platform.db.insert(PROFILE_LINK.table, { name: 'profile', [PROFILE_LINK.field]: provider })
}

const parts = (assertion: string) => assertion.split('.')
const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>

test('a profile without a JWT provider sends the secret', () => {
    platform.reset()
    expect(clientAssertionFor(platform.db, platform.db.insert(PROFILE_LINK.table, { name: 'plain' }), NOW)).toEqual({ kind: 'secret' })
})

test('signs RS256 with the key whose alias is the JWT key\'s Name, x5t from the JWT key record, claims from the provider, times on the platform clock', () => {
    const profile = seed([{ alias: 'other', certificate: second }, { alias: 'mailapp', certificate: first }], 'MailApp')
    const outcome = clientAssertionFor(platform.db, profile, NOW)
    if (outcome.kind !== 'assertion') throw new Error(outcome.kind)
    const [header, claims, signature] = parts(outcome.assertion)
    expect(json(header)).toEqual({ alg: 'RS256', typ: 'JWT', x5t: Buffer.from(sha1Thumbprint(first.der), 'hex').toString('base64url') })
    expect(json(claims)).toMatchObject({ aud: 'https://token.example', iat: NOW / 1000, nbf: NOW / 1000, exp: NOW / 1000 + 300 })
    expect(verify('sha256', Buffer.from(`${header}.${claims}`), new X509Certificate(first.der).publicKey, Buffer.from(signature, 'base64url'))).toBe(true)
})

test('one key entry is used whatever the Name; with several and none named, and with a wrong password, nothing is sent', () => {
    const single = seed([{ alias: 'mailapp', certificate: first }], 'Email OAuth Manager signing key')
    expect(clientAssertionFor(platform.db, single, NOW).kind).toBe('assertion')
    const several = seed([{ alias: 'a', certificate: first }, { alias: 'b', certificate: second }], 'c')
    expect(clientAssertionFor(platform.db, several, NOW)).toEqual({ kind: 'failure', message: 'java.security.KeyStoreException: no key entry with alias c' })
    const profile = seed([{ alias: 'mailapp', certificate: first }], 'mailapp')
    platform.db.update(CERTIFICATE.table, platform.db.rows(CERTIFICATE.table)[0].sys_id as string, { [CERTIFICATE.field.keyStorePassword]: 'typo' })
    expect(clientAssertionFor(platform.db, profile, NOW)).toEqual({ kind: 'failure', message: 'java.io.IOException: Keystore was tampered with, or password was incorrect' })
})

test('an empty thumbprint field sends no x5t (Entra then answers AADSTS50027)', () => {
    const profile = seed([{ alias: 'mailapp', certificate: first }], 'mailapp', '')
    const outcome = clientAssertionFor(platform.db, profile, NOW)
    if (outcome.kind !== 'assertion') throw new Error(outcome.kind)
    expect(json(parts(outcome.assertion)[0])).toEqual({ alg: 'RS256', typ: 'JWT' })
})
