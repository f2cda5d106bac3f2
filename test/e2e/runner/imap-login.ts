/** Logs in to the test Dovecot over XOAUTH2 with an access token, as the instance's IMAP reader would. */
import { ImapFlow } from 'imapflow'

export type ImapLoginOutcome = 'logged_in' | 'rejected' | 'unavailable'

/**
 * `rejected` is Dovecot's NO [AUTHENTICATIONFAILED] (the token introspected inactive or unknown);
 * `unavailable` is NO [UNAVAILABLE] (Dovecot could not reach the introspection endpoint) or no connection.
 */
export async function imapLogin(server: { host: string; port: number }, user: string, accessToken: string): Promise<ImapLoginOutcome> {
    const client = new ImapFlow({
        host: server.host,
        port: server.port,
        secure: false,
        doSTARTTLS: false,
        auth: { user, accessToken },
        logger: false,
        connectionTimeout: 5000,
        greetingTimeout: 5000,
    })
    // ImapFlow also emits 'error' for a connection that fails after login; the outcome is already known then.
    client.on('error', () => undefined)
    try {
        await client.connect()
        await client.logout()
        return 'logged_in'
    } catch (error) {
        const failure = error as { authenticationFailed?: boolean; serverResponseCode?: string }
        if (failure.authenticationFailed || failure.serverResponseCode === 'AUTHENTICATIONFAILED') return 'rejected'
        return 'unavailable'
    } finally {
        client.close()
    }
}
