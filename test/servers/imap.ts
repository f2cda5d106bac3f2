/** One IMAP login with an OAuth access token, as a mail client would try it, as a value. */
import { ImapFlow } from 'imapflow'

export type ImapLoginResult =
    | { ok: true; mailboxes: string[] }
    /** `code` is the server's response code (AUTHENTICATIONFAILED, UNAVAILABLE, ...) or the client's error message. */
    | { ok: false; code: string }

/**
 * Logs in with SASL XOAUTH2 or OAUTHBEARER (imapflow takes OAUTHBEARER when offered: start Dovecot
 * with `mechanisms: ['xoauth2']` to test XOAUTH2), lists the mailboxes and logs out. Plain IMAP
 * without STARTTLS: the test Dovecot listens on loopback only.
 */
export async function tryImapLogin(server: { host: string; port: number }, user: string, accessToken: string): Promise<ImapLoginResult> {
    const client = new ImapFlow({ host: server.host, port: server.port, secure: false, doSTARTTLS: false, auth: { user, accessToken }, logger: false })
    client.on('error', () => undefined)
    try {
        await client.connect()
        const mailboxes = (await client.list()).map((mailbox) => mailbox.path)
        await client.logout()
        return { ok: true, mailboxes }
    } catch (error) {
        client.close()
        return { ok: false, code: (error as { serverResponseCode?: string }).serverResponseCode ?? (error as Error).message }
    }
}
