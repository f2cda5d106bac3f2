/**
 * I/O: the loopback listener the provider redirects the browser to (RFC 8252 section 7.3). It
 * answers the first request on the redirect path that carries `code` or `error`, shows the browser a
 * short page, and hands the full callback URL to the caller.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LoopbackListener {
    /** The exact redirect_uri to send: the same string must reach the token endpoint. */
    readonly redirectUri: string
    /** Resolves with the callback URL (query included) once the browser comes back. */
    readonly callback: Promise<URL>
    close(): Promise<void>
}

/** The listener could not start: the fixed port is taken, or loopback is unavailable. */
export class LoopbackError extends Error {}

const PAGE_STYLE = 'font-family: sans-serif; max-width: 40em; margin: 3em auto'

/**
 * Listens on a fixed redirect URI (one registered at the provider) or on a free port of
 * http://localhost/. "localhost" is served on both 127.0.0.1 and ::1, because browsers try either.
 */
export async function listenForRedirect(fixedRedirectUri: string | undefined): Promise<LoopbackListener> {
    const target = new URL(fixedRedirectUri ?? 'http://localhost/')
    const hostname = target.hostname.replace(/^\[|\]$/g, '')
    const addresses = hostname === 'localhost' ? ['127.0.0.1', '::1'] : [hostname]

    let deliver: (url: URL) => void = () => undefined
    const callback = new Promise<URL>((resolve) => {
        deliver = resolve
    })
    let delivered = false
    const servers: Server[] = []
    const base = () => target.href

    const handler = (request: { url?: string }, response: import('node:http').ServerResponse) => {
        const url = new URL(request.url ?? '/', base())
        const isCallback = url.pathname === target.pathname && (url.searchParams.has('code') || url.searchParams.has('error'))
        if (!isCallback) {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
            response.end('Not the sign-in callback.\n')
            return
        }
        const error = url.searchParams.get('error')
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        response.end(
            `<!doctype html><title>email-oauth verify</title><body style="${PAGE_STYLE}"><h1>${
                error ? 'The provider reported an error' : 'Sign-in received'
            }</h1><p>Return to the terminal for the results. You can close this tab.</p></body>`,
        )
        if (!delivered) {
            delivered = true
            deliver(url)
        }
    }

    let port = Number(target.port) || 0
    for (const [index, address] of addresses.entries()) {
        const server = createServer(handler)
        try {
            await new Promise<void>((resolve, reject) => {
                server.once('error', reject)
                server.listen(port, address, () => resolve())
            })
        } catch (error) {
            // ::1 may be missing (IPv6 off); 127.0.0.1 alone still serves "localhost" on such a computer.
            if (index > 0) {
                continue
            }
            const code = (error as { code?: string }).code
            throw new LoopbackError(
                code === 'EADDRINUSE'
                    ? `port ${port} of ${address} is in use: choose another port in --redirect-uri (and register it at the provider)`
                    : `cannot listen on ${address}:${port} for the sign-in redirect (${code ?? (error as Error).message})`,
            )
        }
        servers.push(server)
        port = (server.address() as AddressInfo).port
    }
    target.port = String(port)

    return {
        redirectUri: target.href,
        callback,
        close: async () => {
            await Promise.all(
                servers.map(
                    (server) =>
                        new Promise<void>((resolve) => {
                            server.closeAllConnections()
                            server.close(() => resolve())
                        }),
                ),
            )
        },
    }
}
