/**
 * I/O: proves the access token opens the mailbox. IMAP through imapflow (SASL XOAUTH2, or
 * OAUTHBEARER where the server prefers it), then LIST and STATUS of INBOX; SMTP through nodemailer
 * (XOAUTH2 after STARTTLS), authenticating only: no mail is sent.
 */
import { ImapFlow } from 'imapflow'
import nodemailer from 'nodemailer'
import type { Outcome } from './oauth.ts'
import type { Failure, MailServer } from './types.ts'

export async function checkImap(server: MailServer, user: string, accessToken: string, timeoutSeconds: number): Promise<Outcome<string>> {
    const timeout = timeoutSeconds * 1000
    const client = new ImapFlow({
        host: server.host,
        port: server.port,
        secure: server.security === 'ssl',
        // undefined: STARTTLS when offered (loopback only, see MailSecurity)
        doSTARTTLS: server.security === 'starttls' ? true : undefined,
        auth: { user, accessToken },
        logger: false,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
    })
    // imapflow reports socket trouble as an 'error' event as well; without a listener Node would crash.
    client.on('error', () => undefined)
    try {
        await client.connect()
        const folders = await client.list()
        const inbox = folders.find((folder) => folder.specialUse === '\\Inbox' || folder.path.toUpperCase() === 'INBOX')
        if (!inbox) {
            return { ok: false, failure: { kind: 'mail-other', message: `logged in, but the mailbox lists no INBOX (${folders.length} folders)` } }
        }
        const status = await client.status(inbox.path, { messages: true })
        const messages = status ? status.messages : undefined
        const count = messages === undefined ? 'message count unavailable' : `${messages} message${messages === 1 ? '' : 's'}`
        return { ok: true, value: `INBOX listed, ${count}, ${folders.length} folder${folders.length === 1 ? '' : 's'}` }
    } catch (error) {
        return { ok: false, failure: mailFailure(error, 'IMAP', server) }
    } finally {
        await client.logout().catch(() => client.close())
    }
}

export async function checkSmtp(server: MailServer, user: string, accessToken: string, timeoutSeconds: number): Promise<Outcome<string>> {
    const timeout = timeoutSeconds * 1000
    const transport = nodemailer.createTransport({
        host: server.host,
        port: server.port,
        secure: server.security === 'ssl',
        requireTLS: server.security === 'starttls',
        auth: { type: 'OAuth2', user, accessToken },
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
        logger: false,
    })
    try {
        // verify() connects, upgrades and authenticates, then quits: nothing is sent.
        await transport.verify()
        return { ok: true, value: 'authenticated with XOAUTH2, no mail sent' }
    } catch (error) {
        return { ok: false, failure: mailFailure(error, 'SMTP', server) }
    } finally {
        transport.close()
    }
}

function mailFailure(error: unknown, protocol: 'IMAP' | 'SMTP', server: MailServer): Failure {
    const details = error as {
        code?: string
        authenticationFailed?: boolean
        responseText?: string
        response?: string
        serverResponseCode?: string
        message?: string
    }
    if (details.authenticationFailed || details.code === 'EAUTH' || details.serverResponseCode === 'AUTHENTICATIONFAILED') {
        const said = (details.responseText ?? details.response ?? details.message ?? '').split('\n')[0].trim()
        return { kind: 'mail-auth', response: said }
    }
    const where = `${server.host}:${server.port}`
    switch (details.code) {
        case 'ECONNREFUSED':
            return { kind: 'mail-other', message: `${protocol} ${where}: connection refused` }
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return { kind: 'mail-other', message: `${protocol} ${where}: host name not found` }
        case 'ETIMEDOUT':
        case 'CONNECT_TIMEOUT':
        case 'GREETING_TIMEOUT':
            return { kind: 'mail-other', message: `${protocol} ${where}: no answer in time` }
        default:
            return { kind: 'mail-other', message: `${protocol} ${where}: ${(details.responseText ?? details.message ?? String(error)).split('\n')[0]}` }
    }
}
