import { GlideOAuthClient, GlideOAuthClientRequest, type GlideOAuthClientResponse, type GlideOAuthToken } from '@servicenow/glide/sn_auth'
import type { ResponseSnapshot } from './classify.ts'
import type { RawToken } from './model.ts'

/**
 * Thin adapter over sn_auth: reads an account's token and sends the refresh request the way the
 * platform stores the answer for the account. Secrets stay here and in the `secrets` lists that
 * the caller passes to redaction; the core only sees presence flags and seconds left.
 */

export const REQUESTOR_CONTEXT = 'sys_email_account'

export interface TokenRead {
    raw: RawToken | null
    /** The refresh token to send (empty when there is none). Never logged or stored. */
    refreshToken: string
    /** Every token value read, for redaction. */
    secrets: string[]
}

export interface RefreshResult {
    response: ResponseSnapshot
    secrets: string[]
}

/** A Java or JS string from the platform, '' for null/undefined. */
function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

function seconds(read: () => unknown): number {
    try {
        const n = Number(read())
        return isFinite(n) ? n : 0
    } catch {
        // getRefreshTokenExpiresIn is in the type declarations but not in the docs: read it defensively.
        return 0
    }
}

function rawTokenOf(token: GlideOAuthToken | null | undefined): { raw: RawToken | null; access: string; refresh: string } {
    if (token === null || token === undefined) return { raw: null, access: '', refresh: '' }
    const access = text(token.getAccessToken())
    const refresh = text(token.getRefreshToken())
    return {
        raw: {
            hasAccessToken: access !== '',
            expiresInSeconds: access !== '' ? seconds(() => token.getExpiresIn()) : 0,
            hasRefreshToken: refresh !== '',
            refreshExpiresInSeconds: refresh !== '' ? seconds(() => token.getRefreshTokenExpiresIn()) : 0,
        },
        access,
        refresh,
    }
}

/** The token the platform holds for the account and profile (the one call per account per run). */
export function readToken(accountSysId: string, profileSysId: string): TokenRead {
    const { raw, access, refresh } = rawTokenOf(new GlideOAuthClient().getToken(accountSysId, profileSysId))
    return { raw, refreshToken: refresh, secrets: [access, refresh] }
}

/**
 * A retry hint, only from what the platform gives. GlideOAuthClientResponse has no header accessor
 * (@servicenow/glide sn_auth/GlideOAuthClientResponse.d.ts: getBody, getContentType,
 * getErrorMessage, getResponseCode, getResponseParameters, getToken), so an HTTP Retry-After header
 * never reaches a script. getResponseParameters() is "the response content" (ServiceNow docs): the
 * token endpoint's body fields. A body field `retry_after` (or `retry-after`) is read when a provider
 * sends one; Microsoft and Google send none, so the caller's own capped backoff decides.
 */
function retryHintOf(response: GlideOAuthClientResponse): string | null {
    try {
        const params = response.getResponseParameters()
        if (params === null || params === undefined) return null
        for (const name of ['retry_after', 'retry-after']) {
            const value: unknown = typeof params.get === 'function' ? params.get(name) : params[name]
            if (value !== null && value !== undefined && String(value) !== '') return String(value)
        }
    } catch {
        return null
    }
    return null
}

function messageOf(error: unknown): string {
    if (error !== null && typeof error === 'object' && 'message' in error) return text((error as { message: unknown }).message)
    return text(error)
}

/**
 * No provider name: ServiceNow's own refresh script (KB0823628) calls requestTokenByRequest(null,
 * request) and the oauth_provider_profile parameter selects the provider, so neither a read of
 * oauth_entity nor two providers with one name can stop a refresh. The type declaration says
 * `clientName?: string`; null is what the platform's script passes.
 */
const PROVIDER_FROM_PROFILE = null as unknown as string

/**
 * Refreshes the account's access token through the platform, as ServiceNow's documented refresh
 * script does (KB0823628). The three oauth_* parameters make the platform store the new token for
 * the account (without them mail keeps failing); the profile selects the provider.
 */
export function requestRefresh(accountSysId: string, profileSysId: string, refreshToken: string): RefreshResult {
    const request = new GlideOAuthClientRequest()
    request.setGrantType('refresh_token')
    request.setRefreshToken(refreshToken)
    request.setParameter('oauth_requestor_context', REQUESTOR_CONTEXT)
    request.setParameter('oauth_requestor', accountSysId)
    request.setParameter('oauth_provider_profile', profileSysId)
    return send(request, [refreshToken])
}

/**
 * A new access token for an app-only account: the client-credentials grant with the profile's
 * scopes (Entra requires `scope` on this grant: `<resource>/.default`), and the same three oauth_*
 * parameters so the platform stores the token for the account. Like the refresh, the
 * profile selects the provider (KB0823628).
 */
export function requestClientCredentials(accountSysId: string, profileSysId: string, scope: string): RefreshResult {
    const request = new GlideOAuthClientRequest()
    request.setGrantType('client_credentials')
    if (scope !== '') request.setScope(scope)
    request.setParameter('oauth_requestor_context', REQUESTOR_CONTEXT)
    request.setParameter('oauth_requestor', accountSysId)
    request.setParameter('oauth_provider_profile', profileSysId)
    return send(request, [])
}

/** Sends a token request through the platform and snapshots the answer (or what it threw), secrets listed for redaction. */
function send(request: GlideOAuthClientRequest, sentSecrets: string[]): RefreshResult {
    const secrets = sentSecrets.slice()
    const noAnswer = (thrown: string): RefreshResult => ({
        response: { thrown, status: 0, errorMessage: '', body: '', contentType: '', retryAfter: null, token: null },
        secrets,
    })
    let response: GlideOAuthClientResponse | null | undefined
    try {
        response = new GlideOAuthClient().requestTokenByRequest(PROVIDER_FROM_PROFILE, request)
    } catch (error) {
        return noAnswer(messageOf(error) || 'requestTokenByRequest failed without a message')
    }
    // Read everything inside one try: a null response or a getter that throws is one failed attempt, classified
    // like any other, never an exception that would reach the job's error path and alert a second time.
    if (response === null || response === undefined) return noAnswer('requestTokenByRequest returned no response')
    try {
        const answer = response
        const token = rawTokenOf(answer.getToken())
        secrets.push(token.access, token.refresh)
        return {
            response: {
                thrown: null,
                status: Number(answer.getResponseCode()) || 0,
                errorMessage: text(answer.getErrorMessage()),
                body: text(answer.getBody()),
                contentType: text(answer.getContentType()),
                retryAfter: retryHintOf(answer),
                token: token.raw,
            },
            secrets,
        }
    } catch (error) {
        return noAnswer(`the response could not be read: ${messageOf(error) || 'no message'}`)
    }
}
