/**
 * Certificates and Java Key Stores made at test time, with no Java, keytool or openssl (CI has no
 * JDK) and nothing written to the repository: an RSA key pair from Node's crypto, an X.509
 * certificate DER-encoded here with the validity the test asks for (expired, not yet valid, ending
 * tomorrow), and a JKS file as keytool writes it.
 *
 * The JKS layout (big-endian), as the JDK's sun.security.provider.JavaKeyStore writes it:
 * magic 0xFEEDFEED, version 2, entry count; per entry a tag (1 private key, 2 trusted certificate),
 * the alias (u2 length + UTF-8), a timestamp (u8 ms); a key entry then holds its protected key
 * (u4 length + an EncryptedPrivateKeyInfo whose algorithm is Sun's key protector
 * 1.3.6.1.4.1.42.2.17.1.1) and its chain (u4 count, each: type "X.509", u4 length, DER); the file
 * ends with SHA-1(password as UTF-16BE || "Mighty Aphrodite" || everything before).
 * The key protector (sun.security.provider.KeyProtector): a 20-byte salt, the PKCS#8 key XORed with
 * the stream SHA-1(password || salt), SHA-1(password || previous digest), ..., then
 * SHA-1(password || PKCS#8 key) as a check.
 */
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto'

export interface TestCertificate {
    readonly privateKey: KeyObject
    /** DER of the certificate. */
    readonly der: Buffer
    /** PEM of the certificate (what the admin uploads to the Entra app registration). */
    readonly pem: string
    /** PEM (PKCS#8) of the private key; tests write it to a temp folder only. */
    readonly keyPem: string
    readonly x509: X509Certificate
}

export interface CertificateOptions {
    readonly commonName?: string
    readonly notBefore: Date
    readonly notAfter: Date
    /** Sign with this key instead of a new one (two certificates of one key). */
    readonly privateKey?: KeyObject
}

const DAY_MS = 24 * 3600 * 1000

/** A self-signed RSA certificate valid from `notBefore` to `notAfter`. */
export function makeCertificate(options: CertificateOptions): TestCertificate {
    const privateKey = options.privateKey ?? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const spki = Buffer.from(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }))
    const name = sequence(set(sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(options.commonName ?? 'ServiceNow mail app')))))
    const algorithm = sequence(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00]))
    const tbs = sequence(
        tlv(0xa0, integer(Buffer.from([2]))),
        integer(randomBytes(12)),
        algorithm,
        name,
        sequence(time(options.notBefore), time(options.notAfter)),
        name,
        spki,
    )
    const signature = sign('sha256', tbs, privateKey)
    const der = sequence(tbs, algorithm, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])))
    const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`
    return { privateKey, der, pem, keyPem: String(privateKey.export({ type: 'pkcs8', format: 'pem' })), x509: new X509Certificate(der) }
}

/** Valid from a day before `now` until `days` after it. */
export function certificateValidFor(days: number, now = new Date(), commonName?: string): TestCertificate {
    return makeCertificate({ commonName, notBefore: new Date(now.getTime() - DAY_MS), notAfter: new Date(now.getTime() + days * DAY_MS) })
}

export interface KeyEntry {
    readonly alias: string
    readonly keyPassword: string
    readonly privateKey: KeyObject
    /** DER certificates, the key's own first. */
    readonly chain: readonly Buffer[]
}

export interface TrustedEntry {
    readonly alias: string
    readonly certificate: Buffer
}

/** A JKS file holding the entries, protected by the store password. */
export function makeJks(storePassword: string, keys: readonly KeyEntry[], trusted: readonly TrustedEntry[] = []): Buffer {
    const parts: Buffer[] = [u4(0xfeedfeed), u4(2), u4(keys.length + trusted.length)]
    const timestamp = Buffer.alloc(8)
    timestamp.writeBigUInt64BE(BigInt(Date.UTC(2026, 0, 1)))
    for (const entry of keys) {
        const protectedKey = encryptedPrivateKeyInfo(protectKey(Buffer.from(entry.privateKey.export({ type: 'pkcs8', format: 'der' })), entry.keyPassword))
        parts.push(u4(1), utf(entry.alias), timestamp, u4(protectedKey.length), protectedKey, u4(entry.chain.length))
        for (const certificate of entry.chain) parts.push(utf('X.509'), u4(certificate.length), certificate)
    }
    for (const entry of trusted) parts.push(u4(2), utf(entry.alias), timestamp, utf('X.509'), u4(entry.certificate.length), entry.certificate)
    const body = Buffer.concat(parts)
    const digest = createHash('sha1').update(utf16(storePassword)).update('Mighty Aphrodite', 'utf8').update(body).digest()
    return Buffer.concat([body, digest])
}

function protectKey(plain: Buffer, password: string): Buffer {
    const salt = randomBytes(20)
    const stream: Buffer[] = []
    let previous = salt
    for (let length = 0; length < plain.length; length += 20) {
        previous = createHash('sha1').update(utf16(password)).update(previous).digest()
        stream.push(previous)
    }
    const keystream = Buffer.concat(stream)
    const encrypted = Buffer.from(plain.map((byte, index) => byte ^ keystream[index]))
    const check = createHash('sha1').update(utf16(password)).update(plain).digest()
    return Buffer.concat([salt, encrypted, check])
}

function encryptedPrivateKeyInfo(protectedKey: Buffer): Buffer {
    return sequence(sequence(oid('1.3.6.1.4.1.42.2.17.1.1'), Buffer.from([0x05, 0x00])), tlv(0x04, protectedKey))
}

const utf16 = (text: string): Buffer => Buffer.from(Array.from(text).flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]))

function u4(value: number): Buffer {
    const buffer = Buffer.alloc(4)
    buffer.writeUInt32BE(value)
    return buffer
}

function utf(text: string): Buffer {
    const bytes = Buffer.from(text, 'utf8')
    const length = Buffer.alloc(2)
    length.writeUInt16BE(bytes.length)
    return Buffer.concat([length, bytes])
}

function tlv(tag: number, content: Buffer): Buffer {
    const length = content.length
    if (length < 0x80) return Buffer.concat([Buffer.from([tag, length]), content])
    const bytes: number[] = []
    for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff)
    return Buffer.concat([Buffer.from([tag, 0x80 | bytes.length, ...bytes]), content])
}

const sequence = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts))
const set = (...parts: Buffer[]): Buffer => tlv(0x31, Buffer.concat(parts))

function integer(value: Buffer): Buffer {
    return tlv(0x02, value[0] & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value)
}

function oid(dotted: string): Buffer {
    const [first, second, ...rest] = dotted.split('.').map(Number)
    const bytes = [first * 40 + second]
    for (const arc of rest) {
        const chunk = [arc & 0x7f]
        for (let value = arc >> 7; value > 0; value >>= 7) chunk.unshift((value & 0x7f) | 0x80)
        bytes.push(...chunk)
    }
    return tlv(0x06, Buffer.from(bytes))
}

/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime after. */
function time(date: Date): Buffer {
    const iso = date.toISOString().replace(/[-:T]/g, '').replace(/\.\d{3}Z$/, 'Z')
    const year = date.getUTCFullYear()
    return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(iso.slice(2))) : tlv(0x18, Buffer.from(iso))
}
