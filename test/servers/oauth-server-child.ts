/**
 * Entry of the test OAuth server's child process (compiled for plain node by node-entry.ts).
 *
 * A child process because the end-to-end tier calls the token endpoint synchronously from the code
 * under test: a server in the same process could never answer. Reads its options from the
 * OAUTH_SERVER_OPTIONS environment variable, prints one JSON line `{"port":..,"adminPort":..}` on
 * stdout when both listeners are up, and exits when its stdin closes (the parent died) or on SIGTERM.
 *
 * Two listeners on 127.0.0.1: the oidc-provider (faults apply here, to the token endpoint only) and
 * a small admin API the parent's `control` calls (never faulted).
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type ProviderContext } from 'oidc-provider'
import { GOOGLE, MICROSOFT } from '../../src/providers.ts'
import { AppOnlyGrant } from './oauth-app-only.ts'
import { checkClientAssertion } from './oauth-assertion.ts'
import { entraPageError, entraTokenError, errorPage, tenantNotFound, withEntraError } from './oauth-entra.ts'
import { OAuthStore } from './oauth-store.ts'
import type { FaultSettings, OAuthServerOptions, OAuthStats, TokenRequestRecord } from './oauth-types.ts'

type Next = () => Promise<void>

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code'
const DEFAULT_GRANT_TYPES = ['authorization_code', 'refresh_token', DEVICE_CODE_GRANT]
const NINETY_DAYS = 90 * 24 * 3600

const options = JSON.parse(process.env.OAUTH_SERVER_OPTIONS ?? 'null') as OAuthServerOptions & {
    resourceServer: { clientId: string; clientSecret: string }
}
if (!options) throw new Error('OAUTH_SERVER_OPTIONS is not set: start this through startOAuthServer()')

/**
 * This process's clock (oidc-provider, the app-only grant and the secret expiries read Date.now()).
 * With `simulatedClockMs` it is the test's simulated clock: it stands still at that instant and
 * moves only when the test moves it (advanceClock/setClock), so a token's life is measured on the
 * same clock as the simulated platform's, however slow the machine. Without, it is the real clock,
 * shifted by whatever the test advanced.
 */
const realNow = Date.now.bind(Date)
let simulatedNowMs: number | null = options.simulatedClockMs ?? null
let clockOffsetMs = 0
Date.now = () => simulatedNowMs ?? realNow() + clockOffsetMs

const store = new OAuthStore()
let fault: FaultSettings = { mode: 'none' }
const requests: TokenRequestRecord[] = []
/** Secrets a client had before setClientSecret: Entra calls those expired rather than wrong. */
const retiredSecrets = new Map<string, Set<string>>()
/** When a client's current secret expires (epoch seconds on this process's clock), set by expireClientSecretAt. */
const secretExpiries = new Map<string, number>()

/** Retires a client's secret once its expiry has passed: it then fails as an expired one (AADSTS7000222), as at Entra. */
function expireSecretIfDue(clientId: string): void {
    const expiry = secretExpiries.get(clientId)
    if (expiry === undefined || Date.now() / 1000 < expiry) return
    const client = store.model('Client').get(clientId)
    if (!client) return
    const retired = retiredSecrets.get(clientId) ?? new Set<string>()
    retired.add(String(client.client_secret))
    retiredSecrets.set(clientId, retired)
    store.upsert('Client', clientId, { ...client, client_secret: randomBytes(24).toString('hex') })
    secretExpiries.delete(clientId)
}

const tenant = options.entraTenant ?? 'common'
const entraErrors = options.entraErrors ?? options.entraRoutes ?? false
const routes = options.entraRoutes
    ? {
          authorization: `/${tenant}/oauth2/v2.0/authorize`,
          token: `/${tenant}/oauth2/v2.0/token`,
          device_authorization: `/${tenant}/oauth2/v2.0/devicecode`,
      }
    : { authorization: '/auth', token: '/token', device_authorization: '/device/auth' }
/** Endpoints where clients authenticate (oidc-provider's default introspection and revocation paths). */
const clientAuthenticatedPaths = new Set([routes.token, routes.device_authorization, '/token/introspection', '/token/revocation'])

const mailScopes = [MICROSOFT.scope.imap, MICROSOFT.scope.smtp, GOOGLE.scope.mail]
const clientScopes = options.clients.flatMap((client) => client.scope?.split(' ') ?? [])
const scopes = [...new Set(['openid', 'offline_access', 'email', ...mailScopes, ...clientScopes, ...(options.extraScopes ?? [])])]

// Clients live in the store, not in the static `clients` setting: oidc-provider caches static
// clients forever, while a stored client is re-read on every request, so setClientSecret takes
// effect. All are registered for client_secret_post; HTTP Basic credentials are moved into the
// body first (clientCredentials below), so both work, as at Entra and Google.
for (const client of options.clients) {
    store.upsert('Client', client.clientId, {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        grant_types: client.grantTypes ?? DEFAULT_GRANT_TYPES,
        response_types: client.redirectUris.length > 0 ? ['code'] : [],
        token_endpoint_auth_method: 'client_secret_post',
        ...(client.scope ? { scope: client.scope } : {}),
    })
}
// The mail servers' own confidential client, so changing an app client's secret never breaks introspection.
store.upsert('Client', options.resourceServer.clientId, {
    client_id: options.resourceServer.clientId,
    client_secret: options.resourceServer.clientSecret,
    redirect_uris: [],
    grant_types: [],
    response_types: [],
    token_endpoint_auth_method: 'client_secret_post',
})

function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        req.on('data', (chunk: Buffer) => chunks.push(chunk))
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

/** RFC 6749 2.3.1: the Basic credentials are form-urlencoded before base64. */
function basicCredentials(header: string): { clientId: string; clientSecret: string } | undefined {
    const match = /^Basic\s+(.+)$/i.exec(header)
    if (!match) return undefined
    const decoded = Buffer.from(match[1], 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) return undefined
    const formDecode = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '))
    return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The parsed form of a client-authenticated request, kept for the later middleware. */
const forms = new WeakMap<ProviderContext, URLSearchParams>()

let issuerUrl = ''
const appOnly = new AppOnlyGrant(() => issuerUrl, options.accessTokenTtlSeconds ?? 3600)

/** The public certificates uploaded to each app registration (setClientCertificates replaces them). */
const uploadedCertificates = new Map(options.clients.map((client) => [client.clientId, client.certificates ?? []]))

/** A client assertion (private_key_jwt) checked as Entra does (oauth-assertion.ts); undefined when the request carries none. */
function assertionRefusal(form: URLSearchParams, clientId: string): Record<string, unknown> | undefined {
    if (!form.has('client_assertion')) return undefined
    const verdict = checkClientAssertion({
        assertionType: form.get('client_assertion_type'),
        assertion: form.get('client_assertion') ?? '',
        clientId,
        certificates: uploadedCertificates.get(clientId) ?? [],
        tokenUrl: `${issuerUrl}${routes.token}`,
        nowSeconds: Math.floor(Date.now() / 1000),
    })
    return verdict.ok ? undefined : withEntraError({ error: 'invalid_client' }, verdict.entra)
}

/** grant_type=client_credentials, answered Entra-like by oauth-app-only.ts; a wrong secret or refused assertion is invalid_client. */
function clientCredentialsGrant(ctx: ProviderContext, form: URLSearchParams, record: TokenRequestRecord): void {
    const clientId = form.get('client_id') ?? ''
    const stored = store.model('Client').get(clientId)
    const registered = options.clients.find((client) => client.clientId === clientId)
    const byAssertion = form.has('client_assertion')
    record.clientAuthentication = byAssertion ? 'private_key_jwt' : 'client_secret'
    const refusal = registered && byAssertion ? assertionRefusal(form, clientId) : undefined
    if (refusal) {
        ctx.status = 401
        ctx.body = refusal
    } else if (!stored || !registered || (!byAssertion && stored.client_secret !== form.get('client_secret'))) {
        const entra = entraTokenError({ error: 'invalid_client', grantType: 'client_credentials', refreshTokenExpired: false, presentedOldSecret: retiredSecrets.get(clientId)?.has(form.get('client_secret') ?? '') ?? false })
        ctx.status = 401
        ctx.body = entra ? withEntraError({ error: 'invalid_client' }, entra) : { error: 'invalid_client' }
    } else {
        const answer = appOnly.issue({ clientId, clientSecret: String(stored.client_secret), roles: registered.roles ?? [], mailbox: registered.mailbox }, form.get('scope') ?? '')
        ctx.status = answer.status
        ctx.body = answer.body
        record.login = registered.mailbox
    }
    record.status = ctx.status
    const error = (ctx.body as Record<string, unknown>).error
    if (typeof error === 'string') record.error = error
}

/** Introspection of app tokens (Dovecot, the SMTP server): the resource server asks, the app token maps to its mailbox. */
async function appOnlyIntrospection(ctx: ProviderContext, next: Next): Promise<void> {
    const form = forms.get(ctx)
    if (ctx.path !== '/token/introspection' || !form) return next()
    const answer = appOnly.introspect(form.get('token') ?? '')
    // Dovecot sends empty client_id/client_secret fields besides its HTTP Basic credentials.
    const caller = form.get('client_id') ? { clientId: form.get('client_id'), clientSecret: form.get('client_secret') } : basicCredentials(ctx.get('authorization'))
    const isResourceServer = caller?.clientId === options.resourceServer.clientId && caller?.clientSecret === options.resourceServer.clientSecret
    if (!answer || !isResourceServer) return next()
    ctx.status = 200
    ctx.body = answer
}

/** Entra answers a request for a tenant it does not know with AADSTS90002. */
async function entraTenantCheck(ctx: ProviderContext, next: Next): Promise<void> {
    const match = /^\/([^/]+)\/oauth2\/v2\.0\/(authorize|token|devicecode)$/.exec(ctx.path)
    if (!options.entraRoutes || !match || match[1] === tenant) return next()
    const entra = tenantNotFound(match[1])
    ctx.status = 400
    if (match[2] === 'authorize') return errorPage(ctx, { error: 'invalid_request', error_description: `AADSTS${entra.code}: ${entra.description}` })
    ctx.body = withEntraError({ error: 'invalid_request' }, entra)
}

/** Reads the form of client-authenticated POSTs and moves HTTP Basic client credentials into it. */
async function clientCredentials(ctx: ProviderContext, next: Next): Promise<void> {
    if (ctx.method !== 'POST' || !clientAuthenticatedPaths.has(ctx.path)) return next()
    const form = new URLSearchParams(await readBody(ctx.req))
    const basic = basicCredentials(ctx.get('authorization'))
    if (basic && !form.has('client_id')) {
        form.set('client_id', basic.clientId)
        form.set('client_secret', basic.clientSecret)
        delete ctx.req.headers.authorization
    }
    // oidc-provider reads an already consumed body from req.body.
    ctx.req.body = form.toString()
    forms.set(ctx, form)
    return next()
}

/** Token endpoint: counts every request, applies the fault, records the outcome, words errors like Entra. */
async function tokenEndpoint(ctx: ProviderContext, next: Next): Promise<void> {
    const form = forms.get(ctx)
    if (ctx.path !== routes.token || !form) return next()

    const grantType = form.get('grant_type') ?? ''
    const refreshToken = form.get('refresh_token')
    expireSecretIfDue(form.get('client_id') ?? '')
    const record: TokenRequestRecord = {
        at: Math.floor(Date.now() / 1000),
        grantType,
        clientId: form.get('client_id') ?? undefined,
        login: refreshToken ? store.loginOfRefreshToken(refreshToken) : undefined,
        status: 0,
    }
    requests.push(record)

    const active = fault.mode !== 'none' && (!fault.grantType || fault.grantType === grantType) ? fault : undefined
    if (active) record.fault = active.mode
    const answerFault = (status: number, description: string, retryAfterInBody?: string) => {
        ctx.status = status
        ctx.body = { error: 'temporarily_unavailable', error_description: `${description} (test fault)`, ...(retryAfterInBody ? { retry_after: retryAfterInBody } : {}) }
        record.status = status
        record.error = 'temporarily_unavailable'
    }
    switch (active?.mode) {
        case 'unavailable':
        case 'rate_limited':
            ctx.set('Retry-After', String(active.retryAfterSeconds ?? 30))
            return answerFault(
                active.mode === 'unavailable' ? 503 : 429,
                active.mode === 'unavailable' ? 'service unavailable' : 'too many requests',
                active.retryAfterInBody ? String(active.retryAfterSeconds ?? 30) : undefined,
            )
        case 'drop':
            ctx.req.socket.destroy()
            ctx.respond = false
            return
        case 'slow':
            await sleep(active.delayMs ?? 5000)
            if (!active.slowThenProcess) return answerFault(504, 'answered too late')
            break
        default:
            break
    }

    if (grantType === 'client_credentials') return clientCredentialsGrant(ctx, form, record)
    await next()
    record.status = ctx.status
    record.login ??= ctx.oidc?.entities.Account?.accountId
    const body = ctx.body as Record<string, unknown> | undefined
    if (typeof body?.error !== 'string') return
    record.error = body.error
    if (!entraErrors) return
    const storedRefreshToken = refreshToken ? store.model('RefreshToken').get(refreshToken) : undefined
    const entra = entraTokenError({
        error: body.error,
        grantType,
        refreshTokenExpired: typeof storedRefreshToken?.exp === 'number' && storedRefreshToken.exp <= Date.now() / 1000,
        presentedOldSecret: retiredSecrets.get(form.get('client_id') ?? '')?.has(form.get('client_secret') ?? '') ?? false,
    })
    if (entra) ctx.body = withEntraError(body, entra)
}

/**
 * Authorization requests as the mail providers take them: oidc-provider follows OpenID Connect and
 * drops offline_access unless prompt=consent is sent; Entra keeps it without, and Google asks for
 * access_type=offline instead of the scope. Both become offline_access with prompt=consent here.
 */
async function authorizationRequest(ctx: ProviderContext, next: Next): Promise<void> {
    if (ctx.method === 'GET' && ctx.path === routes.authorization) {
        const query = new URLSearchParams(ctx.querystring)
        const requested = new Set((query.get('scope') ?? '').split(' ').filter(Boolean))
        if (query.get('access_type') === 'offline') requested.add('offline_access')
        if (requested.has('offline_access')) {
            query.set('scope', [...requested].join(' '))
            if (!query.has('prompt')) query.set('prompt', 'consent')
            ctx.querystring = query.toString()
        }
    }
    return next()
}

/** oidc-provider's error page for requests it cannot redirect back (bad client, unregistered redirect URI). */
async function renderError(ctx: ProviderContext, out: Record<string, string>): Promise<void> {
    const entra = entraErrors ? entraPageError(out.error, new URLSearchParams(ctx.querystring)) : undefined
    errorPage(ctx, entra ? { ...out, error_description: `AADSTS${entra.code}: ${entra.description}` } : out)
}

async function start(): Promise<void> {
    const oauthListener = createServer()
    await new Promise<void>((resolve) => oauthListener.listen(0, '127.0.0.1', resolve))
    const { port } = oauthListener.address() as AddressInfo
    const issuer = `http://127.0.0.1:${port}`
    issuerUrl = issuer

    const accessTokenTtl = options.accessTokenTtlSeconds ?? 3600
    const refreshTokenTtl = options.refreshTokenTtlSeconds ?? NINETY_DAYS
    const provider = new Provider(issuer, {
        adapter: (modelName: string) => store.adapterFor(modelName),
        scopes,
        // preferred_username as Entra's ID tokens carry it: the identity check reads who signed in from it.
        claims: { openid: ['sub', 'preferred_username'], email: ['email'] },
        conformIdTokenClaims: false,
        // Any login is a mailbox; its subject is the login itself, which Dovecot takes as the IMAP user.
        findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub, email: sub, preferred_username: sub }) }),
        features: {
            devInteractions: { enabled: true },
            introspection: { enabled: true },
            revocation: { enabled: true },
            deviceFlow: { enabled: true },
        },
        routes,
        rotateRefreshToken: options.rotateRefreshToken,
        pkce: { required: () => false },
        cookies: { keys: [randomBytes(16).toString('hex')] },
        renderError,
        ttl: {
            AccessToken: accessTokenTtl,
            AuthorizationCode: 120,
            DeviceCode: 600,
            IdToken: 3600,
            Interaction: 3600,
            Session: refreshTokenTtl,
            Grant: refreshTokenTtl,
            RefreshToken: refreshTokenTtl,
        },
    })
    provider.use(entraTenantCheck)
    provider.use(clientCredentials)
    provider.use(authorizationRequest)
    provider.use(tokenEndpoint)
    provider.use(appOnlyIntrospection)
    oauthListener.on('request', provider.callback())

    const adminListener = createServer((req, res) => {
        handleAdmin(req, res).catch((error: unknown) => sendJson(res, 500, { error: String(error) }))
    })
    await new Promise<void>((resolve) => adminListener.listen(0, '127.0.0.1', resolve))
    const adminPort = (adminListener.address() as AddressInfo).port

    process.stdout.write(`${JSON.stringify({ port, adminPort })}\n`)
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
}

function stats(): OAuthStats {
    const byGrantType: Record<string, number> = {}
    for (const request of requests) byGrantType[request.grantType] = (byGrantType[request.grantType] ?? 0) + 1
    return { total: requests.length, byGrantType, requests }
}

async function handleAdmin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = req.method === 'POST' ? (JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>) : {}
    switch (`${req.method} ${req.url}`) {
        case 'POST /fault':
            fault = body as unknown as FaultSettings
            return sendJson(res, 200, fault)
        case 'POST /revoke-refresh-tokens':
            return sendJson(res, 200, { revokedGrants: store.revokeGrantsOf(String(body.login)) })
        case 'POST /client-secret': {
            const clientId = String(body.clientId)
            const client = store.model('Client').get(clientId)
            if (!client) return sendJson(res, 404, { error: `no client ${clientId}` })
            const retired = retiredSecrets.get(clientId) ?? new Set<string>()
            retired.add(String(client.client_secret))
            retired.delete(String(body.clientSecret))
            retiredSecrets.set(clientId, retired)
            store.upsert('Client', clientId, { ...client, client_secret: String(body.clientSecret) })
            secretExpiries.delete(clientId)
            return sendJson(res, 200, {})
        }
        case 'POST /client-certificates':
            uploadedCertificates.set(String(body.clientId), (body.certificates as string[]) ?? [])
            return sendJson(res, 200, {})
        case 'POST /client-secret-expiry':
            secretExpiries.set(String(body.clientId), Number(body.epochSeconds))
            return sendJson(res, 200, {})
        case 'GET /stats':
            return sendJson(res, 200, stats())
        case 'POST /stats/reset':
            requests.length = 0
            return sendJson(res, 200, {})
        case 'POST /clock': {
            const target = typeof body.epochSeconds === 'number' ? body.epochSeconds * 1000 : Date.now() + Number(body.advanceSeconds) * 1000
            if (simulatedNowMs !== null) simulatedNowMs = target
            else clockOffsetMs = target - realNow()
            return sendJson(res, 200, { now: Math.floor(Date.now() / 1000), nowMs: Date.now() })
        }
        default:
            return sendJson(res, 404, { error: `no admin route ${req.method} ${req.url}` })
    }
}

process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
process.on('SIGTERM', () => process.exit(0))
start().catch((error: unknown) => {
    process.stderr.write(`OAuth server failed to start: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
})
