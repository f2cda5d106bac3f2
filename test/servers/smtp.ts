/**
 * The tests' SMTP server: smtp-server in the test process on 127.0.0.1, AUTH XOAUTH2 only, each
 * token checked at the OAuth server's introspection endpoint. STARTTLS is offered with a throwaway
 * self-signed certificate (tls.ts); plain AUTH on loopback is accepted too.
 *
 * Mail: with `deliver`, every accepted message is handed to it once per recipient (the world passes
 * Dovecot's local delivery, so the message really arrives in the recipient's mailbox); the DATA
 * command is answered only after every delivery, and a failed delivery answers 451 so nothing is
 * accepted and lost. Without `deliver`, mail is accepted and dropped.
 *
 * Scripted answers (`script`): per login, MAIL FROM address or recipient, the server answers what
 * Exchange Online would (smtp-answers.ts), so a test can switch SMTP AUTH off for one mailbox,
 * withdraw a Send As permission or remove a recipient.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server'
import { introspect } from './introspect.ts'
import { EXCHANGE_ANSWERS, type SmtpAnswer } from './smtp-answers.ts'
import { selfSignedCertificate } from './tls.ts'

export interface SmtpServerOptions {
    introspectionUrl: string
    /** A confidential client of the OAuth server (OAuthServer.resourceServer). */
    clientId: string
    clientSecret: string
    /** When set, a token without this scope is refused (as Microsoft refuses one without SMTP.Send). */
    requiredScope?: string
    /**
     * How a refused token is answered. 'xoauth2-challenge' (default): the SASL JSON challenge, then
     * "535 Error: Username and Password not accepted", as Gmail does. 'exchange': at once
     * "535 5.7.3 Authentication unsuccessful", as Exchange Online does.
     */
    refusal?: 'xoauth2-challenge' | 'exchange'
    /** Where accepted mail goes: called once per recipient with the message as received. */
    deliver?: (recipient: string, message: Buffer) => Promise<void>
}

/** Where in the SMTP dialogue a scripted answer replaces the normal one. */
export type SmtpStage = 'login' | 'mail-from' | 'rcpt'

export interface ScriptedAnswer {
    /** 'login': after the token was found good, for that login user; 'mail-from' / 'rcpt': for that address. */
    stage: SmtpStage
    /** The login user, MAIL FROM address or recipient (case-insensitive). */
    address: string
    answer: SmtpAnswer
    /** How many times to answer so; default every time until cleared. */
    times?: number
}

export interface AcceptedMessage {
    /** The login user the message was sent by. */
    user: string
    from: string
    recipients: string[]
    /** The message as received (headers and body). */
    raw: Buffer
}

export interface SmtpLogin {
    user: string
    ok: boolean
    /** Whether the session was inside STARTTLS when it authenticated. */
    secure: boolean
    /** Why a login was refused. */
    reason?: 'token_inactive' | 'user_mismatch' | 'scope_missing' | 'introspection_failed' | 'scripted'
}

export interface TestSmtpServer {
    host: string
    port: number
    /** The self-signed certificate STARTTLS presents; pass it as `tls: { ca }` to verify the server. */
    certificate: string
    /** Every AUTH attempt, in order. */
    logins: SmtpLogin[]
    /** Every message accepted (and, with `deliver`, delivered to every recipient), in order. */
    messages: AcceptedMessage[]
    /** Answers `answer` at `stage` for `address` from now on (or `times` times). */
    script(scripted: ScriptedAnswer): void
    /** Forgets the scripted answers for `address`, or all of them. */
    clearScript(address?: string): void
    stop(): Promise<void>
}

function smtpError(answer: SmtpAnswer): Error {
    return Object.assign(new Error(answer.text), { responseCode: answer.code })
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => resolve(Buffer.concat(chunks)))
        stream.on('error', reject)
    })
}

export async function startSmtpServer(options: SmtpServerOptions): Promise<TestSmtpServer> {
    const { key, cert } = await selfSignedCertificate()
    const logins: SmtpLogin[] = []
    const messages: AcceptedMessage[] = []
    let scripted: ScriptedAnswer[] = []
    /** The scripted answer for this stage and address, if any; counts it down. */
    const scriptedAnswer = (stage: SmtpStage, address: string): SmtpAnswer | null => {
        const match = scripted.find((entry) => entry.stage === stage && entry.address.toLowerCase() === address.toLowerCase())
        if (!match) return null
        if (match.times !== undefined && --match.times <= 0) scripted = scripted.filter((entry) => entry !== match)
        return match.answer
    }
    const server = new SMTPServer({
        authMethods: ['XOAUTH2'],
        allowInsecureAuth: true,
        key,
        cert,
        logger: false,
        disableReverseLookup: true,
        // smtp-server answers 530 with this text to MAIL FROM before AUTH.
        authRequiredMessage: EXCHANGE_ANSWERS.notAuthenticated.text,
        onAuth(auth, session, callback) {
            const refuse = (reason: SmtpLogin['reason']) => {
                logins.push({ user: auth.username ?? '', ok: false, secure: session.secure, reason })
                if (options.refusal === 'exchange') return callback(smtpError(EXCHANGE_ANSWERS.authenticationUnsuccessful))
                // The SASL XOAUTH2 failure: a JSON challenge, then 535 once the client answers it.
                callback(null, { data: { status: '401', schemes: 'bearer', scope: options.requiredScope ?? '' } })
            }
            introspect(options.introspectionUrl, options.clientId, options.clientSecret, auth.accessToken ?? '').then(
                (token) => {
                    if (!token.active) return refuse('token_inactive')
                    if (token.sub !== auth.username) return refuse('user_mismatch')
                    // An app-only token carries Exchange Online's .default and the SMTP.SendAsApp application permission instead.
                    const sendsAsApp = (token.scope ?? '').endsWith('/.default') && (token.roles ?? '').split(' ').includes('SMTP.SendAsApp')
                    if (options.requiredScope && !sendsAsApp && !(token.scope ?? '').split(' ').includes(options.requiredScope)) return refuse('scope_missing')
                    const answer = scriptedAnswer('login', auth.username ?? '')
                    if (answer) {
                        logins.push({ user: auth.username ?? '', ok: false, secure: session.secure, reason: 'scripted' })
                        return callback(smtpError(answer))
                    }
                    logins.push({ user: auth.username ?? '', ok: true, secure: session.secure })
                    callback(null, { user: auth.username })
                },
                () => refuse('introspection_failed'),
            )
        },
        onMailFrom(address, _session, callback) {
            const answer = scriptedAnswer('mail-from', address.address)
            callback(answer ? smtpError(answer) : undefined)
        },
        onRcptTo(address, _session, callback) {
            const answer = scriptedAnswer('rcpt', address.address)
            callback(answer ? smtpError(answer) : undefined)
        },
        onData(stream, session, callback) {
            readAll(stream).then(
                async (raw) => {
                    const recipients = session.envelope.rcptTo.map((recipient) => recipient.address)
                    try {
                        for (const recipient of recipients) await options.deliver?.(recipient, raw)
                    } catch (error) {
                        return callback(smtpError({ code: 451, text: `4.3.0 Mail delivery failed: ${(error as Error).message}` }))
                    }
                    const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
                    messages.push({ user: String(session.user ?? ''), from, recipients, raw })
                    callback()
                },
                (error: Error) => callback(error),
            )
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
        messages,
        script: (entry) => {
            scripted.push({ ...entry })
        },
        clearScript: (address) => {
            scripted = address === undefined ? [] : scripted.filter((entry) => entry.address.toLowerCase() !== address.toLowerCase())
        },
        stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    }
}
