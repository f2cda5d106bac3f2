/**
 * Stand-in for `@servicenow/glide/sn_ws` (jest maps the import here; the end-to-end tier injects it):
 * RESTMessageV2 and RESTResponseV2 over a pluggable synchronous transport, as `execute()` blocks on
 * the instance. With no transport set, execute() answers as the platform does when no HTTP answer
 * came: status 0, haveError() true, an error message. Every request is recorded in `restCalls`
 * (with its headers: they may hold a bearer token, for assertions only).
 */
import type * as SnWs from '@servicenow/glide/sn_ws'

export interface RestCall {
    method: string
    url: string
    headers: Record<string, string>
    body: string
    timeoutMs: number | null
}

export interface RestReply {
    status: number
    headers?: Record<string, string>
    body: string
}

/** Throw from the transport to simulate a timeout or a refused connection. */
export type RestTransport = (call: RestCall) => RestReply

export const restPlatform: { transport: RestTransport | null; calls: RestCall[]; reset(): void } = {
    transport: null,
    calls: [],
    reset() {
        this.transport = null
        this.calls = []
    },
}

type ResponseMethods = 'getBody' | 'getStatusCode' | 'getErrorMessage' | 'getErrorCode' | 'haveError' | 'getHeader'

export class RESTResponseV2 implements Pick<SnWs.RESTResponseV2, ResponseMethods> {
    constructor(
        private readonly reply: RestReply | null,
        private readonly failure: string,
    ) {}
    getBody(): string {
        return this.reply?.body ?? ''
    }
    getStatusCode(): number {
        return this.reply?.status ?? 0
    }
    getErrorMessage(): string {
        if (this.failure) return this.failure
        return this.reply && this.reply.status >= 400 ? `Method failed: (${this.reply.status})` : ''
    }
    getErrorCode(): number {
        return this.failure ? 1 : 0
    }
    haveError(): boolean {
        return this.failure !== '' || (this.reply !== null && this.reply.status >= 400)
    }
    getHeader(name?: string): string {
        const wanted = String(name ?? '').toLowerCase()
        for (const [key, value] of Object.entries(this.reply?.headers ?? {})) if (key.toLowerCase() === wanted) return value
        return null as unknown as string
    }
}

type MessageMethods = 'setEndpoint' | 'setHttpMethod' | 'setRequestHeader' | 'setHttpTimeout' | 'setRequestBody' | 'execute'

export class RESTMessageV2 implements Pick<SnWs.RESTMessageV2, Exclude<MessageMethods, 'execute'>> {
    private endpoint = ''
    private method = 'get'
    private readonly headers: Record<string, string> = {}
    private body = ''
    private timeoutMs: number | null = null

    setEndpoint(endpoint?: string): void {
        this.endpoint = String(endpoint ?? '')
    }
    setHttpMethod(method?: string): void {
        this.method = String(method ?? 'get').toLowerCase()
    }
    setRequestHeader(name?: string, value?: string): void {
        if (name !== undefined) this.headers[name] = String(value ?? '')
    }
    setHttpTimeout(timeoutMs?: number): void {
        this.timeoutMs = typeof timeoutMs === 'number' ? timeoutMs : null
    }
    setRequestBody(content?: string): void {
        this.body = String(content ?? '')
    }
    execute(): RESTResponseV2 {
        const call: RestCall = { method: this.method.toUpperCase(), url: this.endpoint, headers: { ...this.headers }, body: this.body, timeoutMs: this.timeoutMs }
        restPlatform.calls.push(call)
        if (restPlatform.transport === null) return new RESTResponseV2(null, `No route to host: ${this.endpoint}`)
        try {
            return new RESTResponseV2(restPlatform.transport(call), '')
        } catch (error) {
            return new RESTResponseV2(null, error instanceof Error ? error.message : String(error))
        }
    }
}
