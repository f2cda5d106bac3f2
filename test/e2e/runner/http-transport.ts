/**
 * The sn_auth stand-in's transport for the end-to-end tier: the token request the platform would
 * send, made for real over HTTP and synchronously, as `requestTokenByRequest` blocks on the instance.
 */
import type { TokenEndpointCall, Transport } from '../../stand-ins/oauth-platform.ts'
import { SyncHttpClient } from './sync-http.ts'

/**
 * What the platform's HTTP client gives up after. The instance's own limit is longer; tests that
 * exercise a slow provider set a shorter one so a simulated timeout costs about a second.
 */
export const DEFAULT_TOKEN_REQUEST_TIMEOUT_MS = 10000

export interface HttpTransport {
    transport: Transport
    /** Called before each request is sent: a scenario can act "while the request is in flight". */
    onRequest: ((call: TokenEndpointCall) => void) | undefined
    timeoutMs: number
    close(): Promise<void>
}

/**
 * A timeout or a connection failure is thrown, which the stand-in answers as the platform does when
 * no HTTP answer came: response code 0 and the exception's message.
 */
export function createHttpTransport(timeoutMs = DEFAULT_TOKEN_REQUEST_TIMEOUT_MS): HttpTransport {
    const client = new SyncHttpClient()
    const handle: HttpTransport = {
        onRequest: undefined,
        timeoutMs,
        transport(call) {
            handle.onRequest?.(call)
            const result = client.request({ url: call.url, method: call.method, headers: call.headers, body: call.body, timeoutMs: handle.timeoutMs })
            if (!result.ok) {
                throw new Error(
                    result.failure === 'timeout'
                        ? `Read timed out: no answer from ${call.url} within ${handle.timeoutMs} ms`
                        : `Connection to ${call.url} failed: ${result.message}`,
                )
            }
            return { status: result.status, headers: result.headers, body: result.body }
        },
        close: () => client.close(),
    }
    return handle
}
