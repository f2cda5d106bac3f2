/**
 * The certificate credential of `verify --flow client-credentials`: read it the way the admin will
 * upload it to the instance (a Java Key Store with its alias and passwords, or PEM certificate and
 * key), then check it before anything is sent: the key belongs to the certificate, and the
 * certificate is valid now and for at least a day more. Each refusal says what to change and where.
 * Files are read through the injected reader so the checks stay testable without a disk.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import { thumbprints, type Thumbprints } from './client-assertion.ts'
import { keyEntry, readJks, type JksError } from './jks.ts'
import { KEYSTORE_PASSWORD_ENV, KEY_PASSWORD_ENV } from './settings.ts'
import type { CertificateSource, CheckResult } from './types.ts'

export type ReadBinaryFile = (path: string) => Buffer

export interface CertificateCredential {
    readonly certificate: X509Certificate
    readonly privateKey: KeyObject
    readonly thumbprints: Thumbprints
    readonly notBefore: Date
    readonly notAfter: Date
    /** The alias the key was found under, as the store spells it. */
    readonly alias?: string
}

export type CertificateOutcome = { readonly ok: true; readonly value: CertificateCredential } | { readonly ok: false; readonly check: CheckResult }

const DAY_MS = 24 * 3600 * 1000
/** Under this the instance would lose mail before the next working day: refused, as at switch time. */
const MINIMUM_REMAINING_MS = DAY_MS
const RENEW_SOON_DAYS = 30
const ENTRA_CERTIFICATES = 'Entra admin center > App registrations > your app > Certificates & secrets > Certificates'
const NEW_CERTIFICATE = `make a new key and certificate (keytool -genkeypair -storetype JKS -keyalg RSA -keysize 2048 -validity 730 -alias <alias> -keystore mail.jks), upload its public certificate (keytool -exportcert -rfc) under ${ENTRA_CERTIFICATES}, and the JKS to the instance's certificate record`

/** Reads the credential; a failed read is a 'certificate' check that says what to change. */
export function loadCertificate(source: CertificateSource, readFile: ReadBinaryFile): CertificateOutcome {
    return source.kind === 'jks' ? loadFromJks(source, readFile) : loadFromPem(source, readFile)
}

/** The checks of a loaded credential at `nowMs`: the key matches, and the dates leave at least a day. */
export function certificateChecks(credential: CertificateCredential, nowMs: number): CheckResult[] {
    return [keyCheck(credential), validityCheck(credential, nowMs)]
}

function keyCheck(credential: CertificateCredential): CheckResult {
    const subject = subjectOf(credential.certificate)
    if (credential.privateKey.asymmetricKeyType !== 'rsa') {
        return {
            id: 'certificate-key',
            status: 'fail',
            summary: `the private key is ${credential.privateKey.asymmetricKeyType ?? 'not an RSA key'}: client assertions for Entra are signed with RSA (RS256 or PS256)`,
            fix: `make an RSA key (keytool -keyalg RSA -keysize 2048): ${NEW_CERTIFICATE}`,
        }
    }
    if (!credential.certificate.checkPrivateKey(credential.privateKey)) {
        return {
            id: 'certificate-key',
            status: 'fail',
            summary: `the private key does not belong to the certificate ${subject} (SHA-1 ${credential.thumbprints.sha1Hex}): Entra would refuse every assertion it signs`,
            fix: credential.alias !== undefined
                ? `the entry "${credential.alias}" holds a key and a certificate that are not a pair: re-import the certificate the key was made with (keytool -importcert -alias ${credential.alias} with the CA's reply), or make a new pair`
                : '--private-key must be the key the certificate was issued for: give the matching pair (the .key made with the certificate request)',
        }
    }
    return { id: 'certificate-key', status: 'pass', summary: `the private key (RSA ${credential.privateKey.asymmetricKeyDetails?.modulusLength ?? '?'} bits) belongs to the certificate ${subject}` }
}

function validityCheck(credential: CertificateCredential, nowMs: number): CheckResult {
    const { notBefore, notAfter, thumbprints: prints } = credential
    const subject = subjectOf(credential.certificate)
    const ends = notAfter.toISOString()
    if (nowMs < notBefore.getTime()) {
        return {
            id: 'certificate',
            status: 'fail',
            summary: `the certificate ${subject} is not valid yet: it starts ${notBefore.toISOString()} (in ${describeSpan(notBefore.getTime() - nowMs)}; this computer says ${new Date(nowMs).toISOString()})`,
            fix: 'wait until it starts, or check this computer\'s clock and time zone (timedatectl / w32tm /resync); the instance uses it only from that date',
        }
    }
    if (nowMs >= notAfter.getTime()) {
        return {
            id: 'certificate',
            status: 'fail',
            summary: `the certificate ${subject} (SHA-1 ${prints.sha1Hex}) expired ${ends}, ${describeSpan(nowMs - notAfter.getTime())} ago: Entra refuses it (AADSTS700027 "The key used is expired")`,
            fix: NEW_CERTIFICATE,
        }
    }
    const remaining = notAfter.getTime() - nowMs
    if (remaining < MINIMUM_REMAINING_MS) {
        return {
            id: 'certificate',
            status: 'fail',
            summary: `the certificate ${subject} (SHA-1 ${prints.sha1Hex}) ends ${ends}, in ${describeSpan(remaining)}: under a day is too little to switch the instance to it`,
            fix: `renew it first: ${NEW_CERTIFICATE}`,
        }
    }
    const days = Math.floor(remaining / DAY_MS)
    return {
        id: 'certificate',
        status: 'pass',
        summary: `certificate ${subject}, SHA-1 thumbprint ${prints.sha1Hex}, valid ${notBefore.toISOString()} to ${ends} (${days} days left${days < RENEW_SOON_DAYS ? ': renew it soon' : ''})`,
    }
}

function loadFromJks(source: Extract<CertificateSource, { kind: 'jks' }>, readFile: ReadBinaryFile): CertificateOutcome {
    const file = readOrFail(source.path, '--keystore', readFile)
    if (!Buffer.isBuffer(file)) return file
    const store = readJks(file, source.storePassword)
    if (!store.ok) return refuse(jksAdvice(store.error, source))
    const key = keyEntry(store.value, source.alias, source.keyPassword)
    if (!key.ok) return refuse(jksAdvice(key.error, source))
    const [own] = key.value.entry.chain
    if (!own) return refuse({ summary: `the entry "${key.value.entry.alias}" of ${source.path} has no certificate`, fix: 'import the certificate of the key into the entry (keytool -importcert with the same alias)' })
    return credential(new X509Certificate(own), key.value.privateKey, key.value.entry.alias)
}

function loadFromPem(source: Extract<CertificateSource, { kind: 'pem' }>, readFile: ReadBinaryFile): CertificateOutcome {
    const certificateFile = readOrFail(source.certificatePath, '--certificate', readFile)
    if (!Buffer.isBuffer(certificateFile)) return certificateFile
    let certificate: X509Certificate
    try {
        certificate = new X509Certificate(certificateFile)
    } catch {
        return refuse({ summary: `${source.certificatePath} holds no X.509 certificate`, fix: '--certificate takes the certificate as PEM (-----BEGIN CERTIFICATE-----) or DER (.cer); for a Java Key Store use --keystore and --alias' })
    }
    const keyPath = source.keyPath ?? source.certificatePath
    const keyFile = keyPath === source.certificatePath ? certificateFile : readOrFail(keyPath, '--private-key', readFile)
    if (!Buffer.isBuffer(keyFile)) return keyFile
    if (!/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(keyFile.toString('utf8'))) {
        return refuse({ summary: `${keyPath} holds no PEM private key`, fix: 'give the private key with --private-key FILE (-----BEGIN PRIVATE KEY-----), or a PEM file that holds both the certificate and the key' })
    }
    try {
        return credential(certificate, createPrivateKey({ key: keyFile, format: 'pem', ...(source.keyPassword ? { passphrase: source.keyPassword } : {}) }))
    } catch (error) {
        const encrypted = /ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(keyFile.toString('utf8'))
        return refuse(
            encrypted
                ? source.keyPassword
                    ? { summary: `the key password does not open the private key in ${keyPath}`, fix: `export ${KEY_PASSWORD_ENV} with the password the key was encrypted with` }
                    : { summary: `the private key in ${keyPath} is encrypted`, fix: `export ${KEY_PASSWORD_ENV} with its password (never on the command line)` }
                : { summary: `the private key in ${keyPath} cannot be read: ${(error as Error).message.split('\n')[0]}`, fix: 'give an unencrypted or password-protected PEM private key (PKCS#8 or PKCS#1)' },
        )
    }
}

function credential(certificate: X509Certificate, privateKey: KeyObject, alias?: string): CertificateOutcome {
    return {
        ok: true,
        value: { certificate, privateKey, thumbprints: thumbprints(certificate), notBefore: new Date(certificate.validFrom), notAfter: new Date(certificate.validTo), alias },
    }
}

function jksAdvice(error: JksError, source: Extract<CertificateSource, { kind: 'jks' }>): { summary: string; fix: string } {
    const file = source.path
    switch (error.code) {
        case 'store-password':
            return {
                summary: `the key store password does not open ${file} (its integrity check fails)`,
                fix: `export ${KEYSTORE_PASSWORD_ENV} with the store password given to keytool (-storepass); the same value goes in the certificate record's key store password field`,
            }
        case 'key-password':
            return {
                summary: `the key password does not open the private key "${source.alias}" in ${file}`,
                fix: `export ${KEY_PASSWORD_ENV} with the key's password (keytool -keypass; when none was given it is the store password); the same value goes in the JWT signing key's password field`,
            }
        case 'alias-missing':
            return {
                summary: `${file} has no entry "${source.alias}"; its entries: ${(error.aliases ?? []).join(', ') || 'none'}`,
                fix: `use --alias with one of those (keytool -list -keystore ${file}); the same alias goes in the JWT signing key's alias field`,
            }
        case 'alias-not-key':
            return {
                summary: `the entry "${source.alias}" of ${file} is a trusted certificate with no private key`,
                fix: `use --alias of the PrivateKeyEntry (keytool -list -keystore ${file}); the instance signs with the key, not with the certificate alone`,
            }
        case 'pkcs12':
            return {
                summary: `${file} is a PKCS#12 file (.p12/.pfx), not a Java Key Store`,
                fix: `convert it: keytool -importkeystore -srckeystore ${file} -srcstoretype PKCS12 -destkeystore mail.jks -deststoretype JKS; the instance's certificate record takes the "Java Key Store" type`,
            }
        case 'jceks':
            return {
                summary: `${file} is a JCEKS store, not a Java Key Store (JKS)`,
                fix: `convert it: keytool -importkeystore -srckeystore ${file} -srcstoretype JCEKS -destkeystore mail.jks -deststoretype JKS`,
            }
        case 'key-protection':
            return {
                summary: `the key "${source.alias}" in ${file} is protected in a way a JKS key entry is not (${error.detail ?? 'unknown algorithm'})`,
                fix: `re-create the store with keytool -importkeystore -deststoretype JKS`,
            }
        default:
            return { summary: `${file} is not a readable Java Key Store${error.detail ? ` (${error.detail})` : ''}`, fix: 'give the .jks file made with keytool -storetype JKS, the one you upload to the instance' }
    }
}

function readOrFail(path: string, flag: string, readFile: ReadBinaryFile): Buffer | CertificateOutcome {
    try {
        return readFile(path)
    } catch (error) {
        return refuse({ summary: `cannot read ${flag} ${path}: ${(error as Error).message.split('\n')[0]}`, fix: `check the path given to ${flag}` })
    }
}

function refuse(advice: { summary: string; fix: string }): CertificateOutcome {
    return { ok: false, check: { id: 'certificate', status: 'fail', summary: advice.summary, fix: advice.fix } }
}

function subjectOf(certificate: X509Certificate): string {
    return `"${certificate.subject.split('\n').join(', ')}"`
}

function describeSpan(ms: number): string {
    const hours = ms / 3600000
    if (hours < 1) return `${Math.max(1, Math.round(ms / 60000))} min`
    if (hours < 48) return `${Math.round(hours)} h`
    return `${Math.round(hours / 24)} days`
}
