import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * A port on 127.0.0.1 that was free a moment ago, for servers (Dovecot) that cannot report the
 * port they bound to. Servers that can listen on port 0 should do that instead.
 */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer()
        server.once('error', reject)
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as AddressInfo
            server.close(() => resolve(port))
        })
    })
}
