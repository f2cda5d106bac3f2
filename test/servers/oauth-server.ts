/**
 * The test authorization server: oidc-provider 9 in a child process on 127.0.0.1 (see
 * oauth-server-child.ts for why a child), with a control API for faults, revocation, secret
 * changes, token-request counts and its clock.
 */
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { nodeEntry } from './node-entry.ts'
import { startChild, type StartedChild } from './process.ts'
import type { FaultMode, FaultSettings, OAuthClientOptions, OAuthServerOptions, OAuthStats } from './oauth-types.ts'

export type { FaultMode, FaultSettings, OAuthClientOptions, OAuthServerOptions, OAuthStats, TokenRequestRecord } from './oauth-types.ts'

export interface OAuthServerControl {
    /** Faults the token endpoint (only requests of `grantType` when given) until set back to 'none'. */
    setFault(mode: FaultMode, settings?: Omit<FaultSettings, 'mode'>): Promise<void>
    /** Revokes every grant of the login: its refresh tokens give invalid_grant, its access tokens introspect inactive. Returns the number of grants. */
    revokeRefreshTokens(login: string): Promise<number>
    /** Changes a client's secret at the server: requests with the old one get 401 invalid_client. */
    setClientSecret(clientId: string, clientSecret: string): Promise<void>
    /** Replaces the public certificates uploaded to a client's app registration (client assertions are checked against them). */
    setClientCertificates(clientId: string, certificatesPem: string[]): Promise<void>
    /** The client's current secret expires at this instant on the server's clock: from then on it gets 401 invalid_client (Entra: AADSTS7000222). */
    expireClientSecretAt(clientId: string, epochSeconds: number): Promise<void>
    /** Every token request since start (or resetStats), faulted ones included. */
    stats(): Promise<OAuthStats>
    resetStats(): Promise<void>
    /** Moves the server's clock forward (tokens expire on it); returns the server's epoch seconds. */
    advanceClock(seconds: number): Promise<number>
    /** Sets the server's clock (e.g. to a test's simulated clock); returns the server's epoch seconds. */
    setClock(epochSeconds: number): Promise<number>
    /** The server's clock now, epoch ms (with a simulated clock: exactly where the test left it). */
    nowMs(): Promise<number>
}

export interface OAuthServer {
    issuer: string
    port: number
    pid: number
    authorizationUrl: string
    tokenUrl: string
    introspectionUrl: string
    revocationUrl: string
    deviceAuthorizationUrl: string
    /** Where a user enters a device flow's user_code. */
    deviceVerificationUrl: string
    /** The confidential client Dovecot and the SMTP server introspect with (unaffected by setClientSecret). */
    resourceServer: { clientId: string; clientSecret: string }
    clients: OAuthClientOptions[]
    control: OAuthServerControl
    /** Stops the child process (its whole process group) and waits for it to exit. */
    stop(): Promise<void>
}

const REPO_ROOT = resolve(__dirname, '../..')
const CHILD_ENTRY = resolve(__dirname, 'oauth-server-child.ts')
const START_TIMEOUT_MS = 20000

export async function startOAuthServer(options: OAuthServerOptions): Promise<OAuthServer> {
    const resourceServer = options.resourceServer ?? { clientId: 'mail-server', clientSecret: randomBytes(16).toString('hex') }
    const started = startChild(process.execPath, [await nodeEntry(CHILD_ENTRY)], {
        cwd: REPO_ROOT,
        env: { ...process.env, OAUTH_SERVER_OPTIONS: JSON.stringify({ ...options, resourceServer }) },
    })
    let ports: { port: number; adminPort: number }
    try {
        ports = await readyLine(started)
    } catch (error) {
        await started.stop()
        throw error
    }

    const issuer = `http://127.0.0.1:${ports.port}`
    const tenantPrefix = `${issuer}/${options.entraTenant ?? 'common'}/oauth2/v2.0`
    const admin = adminClient(`http://127.0.0.1:${ports.adminPort}`)
    return {
        issuer,
        port: ports.port,
        pid: started.pid,
        authorizationUrl: options.entraRoutes ? `${tenantPrefix}/authorize` : `${issuer}/auth`,
        tokenUrl: options.entraRoutes ? `${tenantPrefix}/token` : `${issuer}/token`,
        deviceAuthorizationUrl: options.entraRoutes ? `${tenantPrefix}/devicecode` : `${issuer}/device/auth`,
        introspectionUrl: `${issuer}/token/introspection`,
        revocationUrl: `${issuer}/token/revocation`,
        deviceVerificationUrl: `${issuer}/device`,
        resourceServer,
        clients: options.clients,
        stop: () => started.stop(),
        control: {
            setFault: async (mode, settings) => {
                await admin('POST', '/fault', { ...settings, mode })
            },
            revokeRefreshTokens: async (login) => ((await admin('POST', '/revoke-refresh-tokens', { login })) as { revokedGrants: number }).revokedGrants,
            setClientSecret: async (clientId, clientSecret) => {
                await admin('POST', '/client-secret', { clientId, clientSecret })
            },
            setClientCertificates: async (clientId, certificates) => {
                await admin('POST', '/client-certificates', { clientId, certificates })
            },
            expireClientSecretAt: async (clientId, epochSeconds) => {
                await admin('POST', '/client-secret-expiry', { clientId, epochSeconds })
            },
            stats: async () => (await admin('GET', '/stats')) as OAuthStats,
            resetStats: async () => {
                await admin('POST', '/stats/reset', {})
            },
            advanceClock: async (seconds) => ((await admin('POST', '/clock', { advanceSeconds: seconds })) as { now: number }).now,
            setClock: async (epochSeconds) => ((await admin('POST', '/clock', { epochSeconds })) as { now: number }).now,
            nowMs: async () => ((await admin('POST', '/clock', { advanceSeconds: 0 })) as { nowMs: number }).nowMs,
        },
    }
}

function readyLine(started: StartedChild): Promise<{ port: number; adminPort: number }> {
    return new Promise((resolvePorts, reject) => {
        let buffered = ''
        const timer = setTimeout(() => fail(`did not report its port within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS)
        const onData = (chunk: Buffer) => {
            buffered += chunk.toString('utf8')
            const line = buffered.split('\n').find((candidate) => candidate.startsWith('{"port"'))
            if (!line) return
            cleanup()
            resolvePorts(JSON.parse(line) as { port: number; adminPort: number })
        }
        const onExit = () => fail('exited before it was ready')
        const fail = (why: string) => {
            cleanup()
            reject(new Error(`The test OAuth server ${why}. Its output:\n${started.output()}`))
        }
        const cleanup = () => {
            clearTimeout(timer)
            started.child.stdout?.off('data', onData)
            started.child.off('exit', onExit)
        }
        started.child.stdout?.on('data', onData)
        started.child.once('exit', onExit)
    })
}

function adminClient(base: string) {
    return async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
        const response = await fetch(`${base}${path}`, {
            method,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        })
        const answer = (await response.json()) as unknown
        if (!response.ok) throw new Error(`OAuth server control ${method} ${path} failed: ${JSON.stringify(answer)}`)
        return answer
    }
}
