/**
 * The slice of oidc-provider 9 the test OAuth server uses (the package ships no type declarations).
 * Only the child process in oauth-server-child.ts imports it.
 */
declare module 'oidc-provider' {
    import type { IncomingMessage, ServerResponse } from 'node:http'

    export interface ProviderContext {
        path: string
        querystring: string
        method: string
        status: number
        body: unknown
        type: string
        respond: boolean
        req: IncomingMessage & { body?: unknown }
        set(name: string, value: string): void
        get(name: string): string
        oidc?: { entities: Record<string, { accountId?: string } | undefined> }
    }

    export type ProviderMiddleware = (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>

    export default class Provider {
        constructor(issuer: string, configuration: Record<string, unknown>)
        use(middleware: ProviderMiddleware): void
        callback(): (req: IncomingMessage, res: ServerResponse) => void
        on(event: string, listener: (...args: unknown[]) => void): this
    }
}
