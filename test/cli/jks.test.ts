/**
 * The JKS reader (cli/jks.ts) against stores written at test time in the JDK's layout
 * (test/servers/certificates.ts; the reader was also run against a keytool-made store): the store
 * password is proved by the integrity digest, the key password by the key protector's check, and
 * every other file gets its own code.
 */
import { X509Certificate } from 'node:crypto'
import { keyEntry, readJks } from '../../cli/jks.ts'
import { certificateValidFor, makeJks } from '../servers/certificates.ts'

const certificate = certificateValidFor(30)
const store = makeJks('store-pass', [{ alias: 'mailapp', keyPassword: 'key-pass', privateKey: certificate.privateKey, chain: [certificate.der] }], [{ alias: 'root', certificate: certificate.der }])

test('opens the store with its password and recovers the key entry with the key password: the key is the certificate\'s', () => {
    const entries = readJks(store, 'store-pass')
    if (!entries.ok) throw new Error(entries.error.code)
    expect(entries.value.map((entry) => [entry.alias, entry.kind])).toEqual([['mailapp', 'key'], ['root', 'certificate']])
    const key = keyEntry(entries.value, 'MailApp', 'key-pass')
    if (!key.ok) throw new Error(key.error.code)
    expect(key.value.entry.alias).toBe('mailapp')
    expect(new X509Certificate(key.value.entry.chain[0]).checkPrivateKey(key.value.privateKey)).toBe(true)
})

test('a wrong store password, a wrong key password, a missing alias and a certificate-only alias each get their code', () => {
    expect(readJks(store, 'nope')).toEqual({ ok: false, error: { code: 'store-password' } })
    const entries = readJks(store, 'store-pass')
    if (!entries.ok) throw new Error(entries.error.code)
    expect(keyEntry(entries.value, 'mailapp', 'nope')).toEqual({ ok: false, error: { code: 'key-password' } })
    expect(keyEntry(entries.value, 'other', 'key-pass')).toEqual({ ok: false, error: { code: 'alias-missing', aliases: ['mailapp', 'root'] } })
    expect(keyEntry(entries.value, 'root', 'key-pass')).toEqual({ ok: false, error: { code: 'alias-not-key', aliases: ['mailapp', 'root'] } })
})

test('tells a PKCS#12 file, a JCEKS store, a cut-off store and any other file apart', () => {
    expect(readJks(Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02]), 'x')).toEqual({ ok: false, error: { code: 'pkcs12' } })
    expect(readJks(Buffer.from([0xce, 0xce, 0xce, 0xce, 0, 0, 0, 2]), 'x')).toEqual({ ok: false, error: { code: 'jceks' } })
    const cut = readJks(store.subarray(0, 200), 'store-pass')
    expect(cut.ok ? 'read' : cut.error.code).toBe('truncated')
    expect(readJks(Buffer.from('hello world'), 'x')).toEqual({ ok: false, error: { code: 'not-jks' } })
})
