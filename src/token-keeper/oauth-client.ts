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
 * Retry-After, if the platform exposes it. The docs describe getResponseParameters() as "the
 * response content" and name no header accessor, so this looks there defensively and the caller
 * falls back to its own backoff when nothing is found.
 */
function retryAfterOf(response: GlideOAuthClientResponse): string | null {
    try {
        const params = response.getResponseParameters()
        if (params === null || params === undefined) return null
        for (const name of ['retry-after', 'Retry-After', 'retry_after']) {
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
 * Refreshes the account's access token through the platform. The three oauth_* parameters make
 * the platform store the new token for the account (without them mail keeps failing).
 */
export function requestRefresh(accountSysId: string, profileSysId: string, entityName: string, refreshToken: string): RefreshResult {
    const request = new GlideOAuthClientRequest()
    request.setGrantType('refresh_token')
    request.setRefreshToken(refreshToken)
    request.setParameter('oauth_requestor_context', REQUESTOR_CONTEXT)
    request.setParameter('oauth_requestor', accountSysId)
    request.setParameter('oauth_provider_profile', profileSysId)
    const secrets = [refreshToken]
    const noAnswer = (thrown: string): RefreshResult => ({
        response: { thrown, status: 0, errorMessage: '', body: '', contentType: '', retryAfter: null, token: null },
        secrets,
    })
    let response: GlideOAuthClientResponse | null | undefined
    try {
        response = new GlideOAuthClient().requestTokenByRequest(entityName, request)
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
                retryAfter: retryAfterOf(answer),
                token: token.raw,
            },
            secrets,
        }
    } catch (error) {
        return noAnswer(`the response could not be read: ${messageOf(error) || 'no message'}`)
    }
}
