/**
 * Pure: reads a Java Key Store (JKS), the file the ServiceNow certificate record holds ("Java Key
 * Store" type), with Node's crypto only. Layout and key protection as the JDK's
 * sun.security.provider.JavaKeyStore and KeyProtector write them (test/servers/certificates.ts
 * writes the same layout for the tests and documents it):
 * magic 0xFEEDFEED, version 1 or 2, entries (1 private key: alias, timestamp, Sun-protected PKCS#8
 * key, certificate chain; 2 trusted certificate), then SHA-1(password as UTF-16BE ||
 * "Mighty Aphrodite" || all bytes before), which proves the store password.
 *
 * Errors are values with a stable code, so the caller words them for its reader (cli/certificate.ts).
 */
import { createHash, createPrivateKey, timingSafeEqual, type KeyObject } from 'node:crypto'

export type JksErrorCode =
    | 'not-jks' // not a key store at all
    | 'pkcs12' // a PKCS#12 (.p12/.pfx) file, which ServiceNow's "Java Key Store" type does not take
    | 'jceks' // Java's JCEKS store
    | 'truncated'
    | 'store-password' // the integrity digest does not match: wrong store password (or a damaged file)
    | 'alias-missing'
    | 'alias-not-key' // the alias is a trusted certificate entry, with no private key
    | 'key-password' // the key entry's check digest does not match: wrong key password
    | 'key-protection' // the key is protected by an algorithm other than Sun's JKS key protector

export interface JksError {
    readonly code: JksErrorCode
    /** The aliases of the store (for alias-missing and alias-not-key). */
    readonly aliases?: readonly string[]
    readonly detail?: string
}

export interface JksKeyEntry {
    readonly kind: 'key'
    readonly alias: string
    readonly protectedKey: Buffer
    /** DER certificates, the key's own first. */
    readonly chain: readonly Buffer[]
}

export interface JksCertificateEntry {
    readonly kind: 'certificate'
    readonly alias: string
    readonly certificate: Buffer
}

export type JksEntry = JksKeyEntry | JksCertificateEntry

export type JksOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: JksError }

const JKS_MAGIC = 0xfeedfeed
const JCEKS_MAGIC = 0xcececece
const SUN_KEY_PROTECTOR_OID = '1.3.6.1.4.1.42.2.17.1.1'
const SHA1_LENGTH = 20

/** Parses the store and proves the store password with its integrity digest. */
export function readJks(file: Buffer, storePassword: string): JksOutcome<JksEntry[]> {
    if (file.length < 4) return { ok: false, error: { code: 'not-jks' } }
    const magic = file.readUInt32BE(0)
    if (magic === JCEKS_MAGIC) return { ok: false, error: { code: 'jceks' } }
    if (magic !== JKS_MAGIC) return { ok: false, error: { code: file[0] === 0x30 ? 'pkcs12' : 'not-jks' } }
    const body = file.subarray(0, file.length - SHA1_LENGTH)
    const stored = file.subarray(file.length - SHA1_LENGTH)
    const digest = createHash('sha1').update(utf16(storePassword)).update('Mighty Aphrodite', 'utf8').update(body).digest()
    let entries: JksEntry[]
    try {
        entries = parseEntries(body)
    } catch (error) {
        return { ok: false, error: { code: 'truncated', detail: (error as Error).message } }
    }
    if (stored.length !== SHA1_LENGTH || !timingSafeEqual(digest, stored)) return { ok: false, error: { code: 'store-password' } }
    return { ok: true, value: entries }
}

/**
 * The private key entry of an alias (JKS aliases are case-insensitive: keytool stores them in lower
 * case), decrypted with the key password.
 */
export function keyEntry(entries: readonly JksEntry[], alias: string, keyPassword: string): JksOutcome<{ entry: JksKeyEntry; privateKey: KeyObject }> {
    const aliases = entries.map((candidate) => candidate.alias)
    const entry = entries.find((candidate) => candidate.alias.toLowerCase() === alias.toLowerCase())
    if (!entry) return { ok: false, error: { code: 'alias-missing', aliases } }
    if (entry.kind !== 'key') return { ok: false, error: { code: 'alias-not-key', aliases } }
    const plain = recoverKey(entry.protectedKey, keyPassword)
    if (!plain.ok) return plain
    try {
        return { ok: true, value: { entry, privateKey: createPrivateKey({ key: plain.value, format: 'der', type: 'pkcs8' }) } }
    } catch (error) {
        return { ok: false, error: { code: 'key-protection', detail: (error as Error).message } }
    }
}

function parseEntries(body: Buffer): JksEntry[] {
    const reader = new Reader(body)
    reader.u4() // magic, checked by the caller
    const version = reader.u4()
    if (version !== 1 && version !== 2) throw new Error(`unknown JKS version ${version}`)
    const count = reader.u4()
    const entries: JksEntry[] = []
    for (let index = 0; index < count; index++) {
        const tag = reader.u4()
        const alias = reader.utf()
        reader.bytes(8) // creation time
        if (tag === 1) {
            const protectedKey = reader.bytes(reader.u4())
            const chain: Buffer[] = []
            const length = reader.u4()
            for (let position = 0; position < length; position++) chain.push(readCertificate(reader, version))
            entries.push({ kind: 'key', alias, protectedKey, chain })
        } else if (tag === 2) {
            entries.push({ kind: 'certificate', alias, certificate: readCertificate(reader, version) })
        } else {
            throw new Error(`unknown entry tag ${tag}`)
        }
    }
    return entries
}

function readCertificate(reader: Reader, version: number): Buffer {
    if (version === 2) reader.utf() // certificate type, "X.509"
    return reader.bytes(reader.u4())
}

/** sun.security.provider.KeyProtector.recover: salt, XOR stream of SHA-1 digests, check digest. */
function recoverKey(encryptedPrivateKeyInfo: Buffer, password: string): JksOutcome<Buffer> {
    const parsed = protectedKeyOf(encryptedPrivateKeyInfo)
    if (!parsed.ok) return parsed
    const protectedKey = parsed.value
    if (protectedKey.length <= 2 * SHA1_LENGTH) return { ok: false, error: { code: 'truncated', detail: 'the protected key is too short' } }
    const salt = protectedKey.subarray(0, SHA1_LENGTH)
    const encrypted = protectedKey.subarray(SHA1_LENGTH, protectedKey.length - SHA1_LENGTH)
    const check = protectedKey.subarray(protectedKey.length - SHA1_LENGTH)
    const passwordBytes = utf16(password)
    const plain = Buffer.alloc(encrypted.length)
    let digest: Buffer = salt
    for (let offset = 0; offset < encrypted.length; offset += SHA1_LENGTH) {
        digest = createHash('sha1').update(passwordBytes).update(digest).digest()
        for (let index = 0; index < SHA1_LENGTH && offset + index < encrypted.length; index++) plain[offset + index] = encrypted[offset + index] ^ digest[index]
    }
    const expected = createHash('sha1').update(passwordBytes).update(plain).digest()
    if (!timingSafeEqual(expected, check)) return { ok: false, error: { code: 'key-password' } }
    return { ok: true, value: plain }
}

/** EncryptedPrivateKeyInfo ::= SEQUENCE { SEQUENCE { OID, params }, OCTET STRING }. */
function protectedKeyOf(der: Buffer): JksOutcome<Buffer> {
    try {
        const outer = derElement(der, 0)
        const algorithm = derElement(der, outer.contentStart)
        const algorithmOid = derElement(der, algorithm.contentStart)
        const oid = decodeOid(der.subarray(algorithmOid.contentStart, algorithmOid.end))
        if (oid !== SUN_KEY_PROTECTOR_OID) return { ok: false, error: { code: 'key-protection', detail: `key protected with ${oid}` } }
        const octets = derElement(der, algorithm.end)
        return { ok: true, value: der.subarray(octets.contentStart, octets.end) }
    } catch (error) {
        return { ok: false, error: { code: 'truncated', detail: (error as Error).message } }
    }
}

function derElement(der: Buffer, offset: number): { contentStart: number; end: number } {
    if (offset + 2 > der.length) throw new Error('DER element runs past the end')
    let length = der[offset + 1]
    let contentStart = offset + 2
    if (length & 0x80) {
        const bytes = length & 0x7f
        length = 0
        for (let index = 0; index < bytes; index++) length = length * 256 + der[offset + 2 + index]
        contentStart += bytes
    }
    if (contentStart + length > der.length) throw new Error('DER element runs past the end')
    return { contentStart, end: contentStart + length }
}

function decodeOid(bytes: Buffer): string {
    const arcs = [Math.floor(bytes[0] / 40), bytes[0] % 40]
    let value = 0
    for (const byte of bytes.subarray(1)) {
        value = value * 128 + (byte & 0x7f)
        if (!(byte & 0x80)) {
            arcs.push(value)
            value = 0
        }
    }
    return arcs.join('.')
}

/** Java's char[] password as bytes: each UTF-16 code unit, big-endian. */
function utf16(text: string): Buffer {
    const bytes = Buffer.alloc(text.length * 2)
    for (let index = 0; index < text.length; index++) bytes.writeUInt16BE(text.charCodeAt(index), index * 2)
    return bytes
}

class Reader {
    private offset = 0
    constructor(private readonly buffer: Buffer) {}

    u4(): number {
        this.need(4)
        const value = this.buffer.readUInt32BE(this.offset)
        this.offset += 4
        return value
    }

    utf(): string {
        this.need(2)
        const length = this.buffer.readUInt16BE(this.offset)
        this.offset += 2
        return this.bytes(length).toString('utf8')
    }

    bytes(length: number): Buffer {
        this.need(length)
        const slice = this.buffer.subarray(this.offset, this.offset + length)
        this.offset += length
        return slice
    }

    private need(length: number): void {
        if (this.offset + length > this.buffer.length) throw new Error('the file ends in the middle of an entry')
    }
}
