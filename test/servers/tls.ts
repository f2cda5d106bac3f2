/**
 * A throwaway self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI at test
 * time (Node cannot create X.509 certificates) and never written anywhere but a temp folder.
 * One per test process.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface SelfSignedCertificate {
    key: string
    cert: string
}

let certificate: Promise<SelfSignedCertificate> | undefined

export function selfSignedCertificate(): Promise<SelfSignedCertificate> {
    certificate ??= create()
    return certificate
}

async function create(): Promise<SelfSignedCertificate> {
    const dir = await mkdtemp(join(tmpdir(), 'test-tls-'))
    try {
        await promisify(execFile)('openssl', [
            'req', '-x509', '-nodes', '-days', '2',
            '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
            '-subj', '/CN=localhost',
            '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
            '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
        ])
        return { key: await readFile(join(dir, 'key.pem'), 'utf8'), cert: await readFile(join(dir, 'cert.pem'), 'utf8') }
    } catch (error) {
        throw new Error(`Could not create a test TLS certificate with openssl (installed with dovecot-imapd: run \`npm run setup\`): ${(error as Error).message}`)
    } finally {
        await rm(dir, { recursive: true, force: true })
    }
}
