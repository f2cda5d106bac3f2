/**
 * I/O: the OAuth exchanges, through openid-client 6 (authorization code with PKCE, device
 * authorization grant, refresh). Every library error is turned into a Failure value here, so the
 * translation into advice stays pure (translate.ts).
 */
import * as oidc from 'openid-client'
import { CLIENT_ASSERTION_TYPE } from './client-assertion.ts'
import { isLoopbackHost } from './settings.ts'
import type { Failure, TokenSet, VerifySettings } from './types.ts'

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure }

const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value })
const fail = <T>(failure: Failure): Outcome<T> => ({ ok: false, failure })

/** Error codes an authorization page may show instead of redirecting back (Google, oidc-provider). */
const PAGE_ERROR_CODES =
    /\b(redirect_uri_mismatch|invalid_redirect_uri|invalid_client|unauthorized_client|invalid_scope|invalid_request|org_internal|disabled_client|deleted_client|admin_policy_enforced|access_denied)\b/

/**
 * The issuer ID tokens must carry. Entra's names the tenant by its ID even when --tenant is a domain,
 * so for the Microsoft preset it is read from the tenant's metadata, which also proves the tenant
 * exists (AADSTS90002 otherwise). Elsewhere it is --issuer, or the origin of the endpoints (Google,
 * most providers, the test server).
 */
export async function resolveIssuer(settings: VerifySettings): Promise<Outcome<string>> {
    if (settings.issuer) {
        return succeed(settings.issuer)
    }
    if (settings.provider !== 'microsoft' || settings.endpointsOverridden) {
        return succeed(new URL(settings.authorizationUrl || settings.tokenUrl).origin)
    }
    const metadataUrl = settings.tokenUrl.replace(/\/oauth2\/v2\.0\/token$/, '/v2.0/.well-known/openid-configuration')
    try {
        const response = await fetch(metadataUrl, { signal: AbortSignal.timeout(settings.requestTimeoutSeconds * 1000) })
        const body = (await response.json().catch(() => ({}))) as { issuer?: string; error?: string; error_description?: string }
        if (!response.ok) {
            return body.error
                ? fail({ kind: 'oauth', error: body.error, description: body.error_description, status: response.status })
                : fail({ kind: 'http', url: metadataUrl, status: response.status })
        }
        if (!body.issuer) {
            return fail({ kind: 'protocol', message: `${metadataUrl} named no issuer` })
        }
        if (body.issuer.includes('{tenantid}')) {
            return fail({
                kind: 'protocol',
                message: `--tenant ${settings.tenant} is multi-tenant: use the Directory (tenant) ID of the mailbox's organization, as the ServiceNow profile should`,
            })
        }
        return succeed(body.issuer)
    } catch (error) {
        return fail(toFailure(error, metadataUrl, settings.requestTimeoutSeconds))
    }
}

/** Signs a fresh client assertion for the given audience (the token endpoint), per request. */
export type AssertionSigner = (audience: string) => string

/**
 * RFC 7523 client authentication: client_id, client_assertion_type and a freshly signed
 * client_assertion in the body. openid-client's own PrivateKeyJwt is not used: it sets `aud` to the
 * issuer and puts no certificate thumbprint in the header, and Entra wants the token endpoint and `x5t`.
 */
function clientAssertion(sign: AssertionSigner): oidc.ClientAuth {
    return (server, client, body) => {
        body.set('client_id', client.client_id)
        body.set('client_assertion_type', CLIENT_ASSERTION_TYPE)
        body.set('client_assertion', sign(server.token_endpoint ?? ''))
    }
}

export function createConfiguration(settings: VerifySettings, issuer: string, signer?: AssertionSigner): oidc.Configuration {
    const server: oidc.ServerMetadata = {
        issuer,
        token_endpoint: settings.tokenUrl,
        ...(settings.authorizationUrl ? { authorization_endpoint: settings.authorizationUrl } : {}),
        ...(settings.deviceAuthorizationUrl ? { device_authorization_endpoint: settings.deviceAuthorizationUrl } : {}),
    }
    const authentication = signer
        ? clientAssertion(signer)
        : !settings.clientSecret
        ? oidc.None()
        : settings.clientAuthentication === 'post'
          ? oidc.ClientSecretPost(settings.clientSecret)
          : oidc.ClientSecretBasic(settings.clientSecret)
    const config = new oidc.Configuration(server, settings.clientId, undefined, authentication)
    config.timeout = settings.requestTimeoutSeconds
    // settings.ts accepts http only for loopback hosts (a test server on this computer); openid-client
    // refuses http unless told, and stays https-only for every other run.
    const endpoints = [settings.authorizationUrl, settings.tokenUrl, settings.deviceAuthorizationUrl].filter((url): url is string => Boolean(url))
    if (endpoints.some((url) => new URL(url).protocol === 'http:' && isLoopbackHost(new URL(url).hostname))) {
        oidc.allowInsecureRequests(config)
    }
    return config
}

export interface AuthorizationRequest {
    readonly url: string
    readonly codeVerifier: string
    readonly state: string
}

export async function buildAuthorizationRequest(config: oidc.Configuration, settings: VerifySettings, redirectUri: string): Promise<AuthorizationRequest> {
    const codeVerifier = oidc.randomPKCECodeVerifier()
    const state = oidc.randomState()
    const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes.join(' '),
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        ...(settings.loginHint ? { login_hint: settings.loginHint } : {}),
        ...settings.extraAuthorizationParameters,
    })
    return { url: url.href, codeVerifier, state }
}

/**
 * Opens the authorization URL once without signing in: a wrong tenant, client ID or redirect URI
 * shows up on the provider's first page, so it is caught before anyone is asked to sign in.
 */
export async function probeAuthorizationEndpoint(url: string, redirectUri: string, timeoutSeconds: number): Promise<Outcome<string>> {
    let response: Response
    try {
        response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutSeconds * 1000) })
    } catch (error) {
        return fail(toFailure(error, withoutQuery(url), timeoutSeconds))
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer().catch(() => undefined)
        const target = new URL(location, url)
        const error = target.searchParams.get('error')
        if (target.href.startsWith(redirectUri) && error) {
            return fail({ kind: 'oauth', error, description: target.searchParams.get('error_description') ?? undefined })
        }
        return succeed(`HTTP ${response.status}, on to the sign-in page`)
    }
    const page = await response.text().catch(() => '')
    // Entra may show an error on a page served with HTTP 200, in the page's strServiceExceptionMessage;
    // only that field is read there, so a sign-in page that merely mentions an AADSTS code passes.
    const errorText = response.status >= 400 ? page : (/"strServiceExceptionMessage"\s*:\s*"([^"]*)"/.exec(page)?.[1] ?? '')
    const entra = /AADSTS(\d+):\s*([^<\r\n"\\]*)/.exec(errorText)
    if (entra) {
        return fail({ kind: 'oauth', error: `AADSTS${entra[1]}`, description: decodeHtml(entra[2]).trim(), status: response.status })
    }
    if (response.status >= 400) {
        const code = PAGE_ERROR_CODES.exec(page)?.[1]
        const description = /error_description<\/strong>:\s*([^<]*)/.exec(page)?.[1]
        return code
            ? fail({ kind: 'oauth', error: code, description: description && decodeHtml(description).trim(), status: response.status })
            : fail({ kind: 'http', url: withoutQuery(url), status: response.status })
    }
    return succeed(`HTTP ${response.status}, sign-in page shown`)
}

export async function exchangeCode(config: oidc.Configuration, callbackUrl: URL, request: AuthorizationRequest): Promise<Outcome<TokenSet>> {
    try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
            pkceCodeVerifier: request.codeVerifier,
            expectedState: request.state,
            idTokenExpected: false,
        })
        return succeed(tokenSet(tokens))
    } catch (error) {
        return fail(toFailure(error, config.serverMetadata().token_endpoint ?? '', config.timeout ?? 30))
    }
}

export async function startDeviceAuthorization(config: oidc.Configuration, settings: VerifySettings): Promise<Outcome<oidc.DeviceAuthorizationResponse>> {
    try {
        return succeed(await oidc.initiateDeviceAuthorization(config, { scope: settings.scopes.join(' ') }))
    } catch (error) {
        return fail(toFailure(error, settings.deviceAuthorizationUrl ?? '', settings.requestTimeoutSeconds))
    }
}

export async function pollDeviceAuthorization(
    config: oidc.Configuration,
    device: oidc.DeviceAuthorizationResponse,
    signal: AbortSignal,
): Promise<Outcome<TokenSet>> {
    try {
        const tokens = await oidc.pollDeviceAuthorizationGrant(config, device, undefined, { signal })
        return succeed(tokenSet(tokens))
    } catch (error) {
        return fail(toFailure(error, config.serverMetadata().token_endpoint ?? '', config.timeout ?? 30))
    }
}

export async function refresh(config: oidc.Configuration, refreshToken: string): Promise<Outcome<TokenSet>> {
    try {
        return succeed(tokenSet(await oidc.refreshTokenGrant(config, refreshToken)))
    } catch (error) {
        return fail(toFailure(error, config.serverMetadata().token_endpoint ?? '', config.timeout ?? 30))
    }
}

/** The client-credentials grant for one resource's `.default` scope (app-only: no refresh token comes back). */
export async function clientCredentials(config: oidc.Configuration, scope: string): Promise<Outcome<TokenSet>> {
    try {
        return succeed(tokenSet(await oidc.clientCredentialsGrant(config, { scope })))
    } catch (error) {
        return fail(toFailure(error, config.serverMetadata().token_endpoint ?? '', config.timeout ?? 30))
    }
}

function tokenSet(tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): TokenSet {
    return {
        accessToken: tokens.access_token,
        expiresInSeconds: tokens.expires_in,
        refreshToken: tokens.refresh_token,
        grantedScope: tokens.scope,
        idTokenClaims: tokens.claims() as Record<string, unknown> | undefined,
    }
}

/** openid-client's and fetch's errors → a Failure; the message never includes a token or secret. */
export function toFailure(error: unknown, url: string, timeoutSeconds: number): Failure {
    if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError) {
        return { kind: 'oauth', error: error.error, description: error.error_description, status: 'status' in error ? error.status : undefined }
    }
    if (error instanceof oidc.WWWAuthenticateChallengeError) {
        const parameters = error.cause[0]?.parameters ?? {}
        return { kind: 'oauth', error: parameters.error ?? 'invalid_client', description: parameters.error_description, status: error.status }
    }
    const code = (error as { code?: string }).code
    const name = (error as { name?: string }).name
    const cause = (error as { cause?: unknown }).cause
    if (code === 'OAUTH_TIMEOUT' || name === 'TimeoutError' || name === 'AbortError' || code === 'OAUTH_ABORT') {
        return { kind: 'timeout', url, seconds: timeoutSeconds }
    }
    if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON') {
        const status = cause instanceof Response ? cause.status : undefined
        return status === undefined ? { kind: 'protocol', message: `${url}: ${(error as Error).message}` } : { kind: 'http', url, status }
    }
    const network = networkReason(error)
    if (network) {
        return { kind: 'unreachable', url, reason: network }
    }
    return { kind: 'protocol', message: `${url}: ${(error as Error).message ?? String(error)}` }
}

/** fetch fails with "fetch failed" and the socket error (ECONNREFUSED, ENOTFOUND, ...) as its cause. */
function networkReason(error: unknown): string | undefined {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        const code = (current as { code?: string }).code
        if (code && /^E[A-Z_]+$/.test(code) && !code.startsWith('ERR_')) {
            const words: Record<string, string> = {
                ECONNREFUSED: 'connection refused',
                ENOTFOUND: 'host name not found',
                ECONNRESET: 'connection reset',
                EHOSTUNREACH: 'host unreachable',
                ENETUNREACH: 'network unreachable',
                ETIMEDOUT: 'connection timed out',
                EAI_AGAIN: 'name lookup failed',
            }
            return words[code] ?? code
        }
        if (current instanceof AggregateError && current.errors.length > 0) {
            current = current.errors[0]
            continue
        }
        current = (current as { cause?: unknown }).cause
    }
    if ((error as Error)?.message === 'fetch failed') {
        return (error as { cause?: { message?: string } }).cause?.message ?? 'the connection failed'
    }
    return undefined
}

function withoutQuery(url: string): string {
    return url.split('?')[0]
}

function decodeHtml(text: string): string {
    return text
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
        .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
}
