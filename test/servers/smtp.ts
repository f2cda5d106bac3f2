/**
 * The tests' SMTP server: smtp-server in the test process on 127.0.0.1, AUTH XOAUTH2 only, each
 * token checked at the OAuth server's introspection endpoint. STARTTLS is offered with a throwaway
 * self-signed certificate (tls.ts); plain AUTH on loopback is accepted too. Mail is accepted and dropped.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { introspect } from './introspect.ts'
import { selfSignedCertificate } from './tls.ts'

export interface SmtpServerOptions {
    introspectionUrl: string
    /** A confidential client of the OAuth server (OAuthServer.resourceServer). */
    clientId: string
    clientSecret: string
    /** When set, a token without this scope is refused (as Microsoft refuses one without SMTP.Send). */
    requiredScope?: string
}

export interface SmtpLogin {
    user: string
    ok: boolean
    /** Whether the session was inside STARTTLS when it authenticated. */
    secure: boolean
    /** Why a login was refused. */
    reason?: 'token_inactive' | 'user_mismatch' | 'scope_missing' | 'introspection_failed'
}

export interface TestSmtpServer {
    host: string
    port: number
    /** The self-signed certificate STARTTLS presents; pass it as `tls: { ca }` to verify the server. */
    certificate: string
    /** Every AUTH attempt, in order. */
    logins: SmtpLogin[]
    stop(): Promise<void>
}

export async function startSmtpServer(options: SmtpServerOptions): Promise<TestSmtpServer> {
    const { key, cert } = await selfSignedCertificate()
    const logins: SmtpLogin[] = []
    const server = new SMTPServer({
        authMethods: ['XOAUTH2'],
        allowInsecureAuth: true,
        key,
        cert,
        logger: false,
        disableReverseLookup: true,
        onAuth(auth, session, callback) {
            const refuse = (reason: SmtpLogin['reason']) => {
                logins.push({ user: auth.username ?? '', ok: false, secure: session.secure, reason })
                // XOAUTH2 failures are answered with a JSON challenge, as Gmail and Outlook do.
                callback(null, { data: { status: '401', schemes: 'bearer', scope: options.requiredScope ?? '' } })
            }
            introspect(options.introspectionUrl, options.clientId, options.clientSecret, auth.accessToken ?? '').then(
                (token) => {
                    if (!token.active) return refuse('token_inactive')
                    if (token.sub !== auth.username) return refuse('user_mismatch')
                    // An app-only token carries Exchange Online's .default and the SMTP.SendAsApp application permission instead.
                    const sendsAsApp = (token.scope ?? '').endsWith('/.default') && (token.roles ?? '').split(' ').includes('SMTP.SendAsApp')
                    if (options.requiredScope && !sendsAsApp && !(token.scope ?? '').split(' ').includes(options.requiredScope)) return refuse('scope_missing')
                    logins.push({ user: auth.username ?? '', ok: true, secure: session.secure })
                    callback(null, { user: auth.username })
                },
                () => refuse('introspection_failed'),
            )
        },
        onData(stream, _session, callback) {
            stream.resume()
            stream.on('end', () => callback())
        },
    })
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.server.address() as AddressInfo
    return {
        host: '127.0.0.1',
        port,
        certificate: cert,
        logins,
        stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    }
}
