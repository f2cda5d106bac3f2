/**
 * Stand-in for `@servicenow/glide/sn_auth` (jest maps the import here; the end-to-end tier injects
 * these classes). Tokens and token requests live in `platform.oauth` (test/stand-ins/oauth-platform.ts):
 *
 * - GlideOAuthClient.getToken(requestorId, profileId): the stored token, as a GlideOAuthToken whose
 *   getExpiresIn() is the seconds left on the platform clock (0 once expired); a requestor without a
 *   stored token gets a token whose getters answer null / 0. Handing out a stored token counts as a
 *   decryption (platform.oauth.decryptions).
 * - GlideOAuthClient.requestTokenByRequest(entityName, request): platform.oauth.requestToken (a null
 *   name lets the oauth_provider_profile parameter select the provider, KB0823628; calls the
 *   transport, stores the answer only with oauth_requestor, oauth_requestor_context and
 *   oauth_provider_profile), answered as a GlideOAuthClientResponse, which has no header accessor.
 * - GlideOAuthClientRequest: grant type, refresh token, scope, parameters and headers.
 */
import type * as SnAuth from '@servicenow/glide/sn_auth'
import { platform } from './platform.ts'
import type { ResponseData, StoredToken } from './oauth-platform.ts'

type TokenMethods =
    | 'getAccessToken'
    | 'getAccessTokenSysID'
    | 'getExpiresIn'
    | 'getRefreshToken'
    | 'getRefreshTokenSysID'
    | 'getRefreshTokenExpiresIn'
    | 'getScope'
    | 'getIdTokenClaims'

export class GlideOAuthToken implements Pick<SnAuth.GlideOAuthToken, TokenMethods> {
    constructor(private readonly stored: StoredToken | undefined) {}
    getAccessToken(): string {
        return this.stored?.accessToken as string
    }
    getAccessTokenSysID(): string {
        return this.stored?.accessTokenSysId as string
    }
    getExpiresIn(): number {
        return secondsLeft(this.stored?.accessExpiresAt ?? null)
    }
    getRefreshToken(): string {
        return this.stored?.refreshToken as string
    }
    getRefreshTokenSysID(): string {
        return this.stored?.refreshTokenSysId as string
    }
    getRefreshTokenExpiresIn(): number {
        return secondsLeft(this.stored?.refreshExpiresAt ?? null)
    }
    getScope(): string {
        return this.stored?.scope ?? ''
    }
    /** Declared in @servicenow/glide, undocumented: the stored ID token's claims, or null (see oauth-platform.ts). */
    getIdTokenClaims(): Record<string, unknown> | null {
        return this.stored?.idTokenClaims ?? null
    }
}

function secondsLeft(expiresAt: number | null): number {
    if (expiresAt === null) return 0
    return Math.max(0, Math.floor((expiresAt - platform.clock.now()) / 1000))
}

type RequestMethods =
    | 'setGrantType'
    | 'getGrantType'
    | 'setRefreshToken'
    | 'getRefreshToken'
    | 'setParameter'
    | 'getParameter'
    | 'setScope'
    | 'getScope'
    | 'setHeader'
    | 'getHeader'
    | 'getHeaders'

export class GlideOAuthClientRequest implements Pick<SnAuth.GlideOAuthClientRequest, RequestMethods> {
    private grantType = ''
    private refreshToken = ''
    private scope = ''
    private readonly parameters: Record<string, string> = {}
    private readonly headers: Record<string, string> = {}

    setGrantType(grantType?: string): void {
        this.grantType = String(grantType ?? '')
    }
    getGrantType(): string {
        return this.grantType
    }
    setRefreshToken(refreshToken?: string): void {
        this.refreshToken = String(refreshToken ?? '')
    }
    getRefreshToken(): string {
        return this.refreshToken
    }
    setParameter(name?: string, value?: string): void {
        if (name !== undefined) this.parameters[name] = String(value ?? '')
    }
    getParameter(name?: string): string {
        return (name !== undefined ? this.parameters[name] : undefined) as string
    }
    setScope(scope?: string): void {
        this.scope = String(scope ?? '')
    }
    getScope(): string {
        return this.scope
    }
    setHeader(name?: string, value?: string): void {
        if (name !== undefined) this.headers[name.toLowerCase()] = String(value ?? '')
    }
    getHeader(name?: string): string {
        return (name !== undefined ? this.headers[name.toLowerCase()] : undefined) as string
    }
    getHeaders(): Record<string, string> {
        return { ...this.headers }
    }
    /** Stand-in only: every parameter set, for the platform side of the request. */
    allParameters(): Record<string, string> {
        return { ...this.parameters }
    }
}

type ResponseMethods = 'getBody' | 'getContentType' | 'getErrorMessage' | 'getResponseCode' | 'getResponseParameters' | 'getToken'

export class GlideOAuthClientResponse implements Pick<SnAuth.GlideOAuthClientResponse, Exclude<ResponseMethods, 'getToken'>> {
    constructor(private readonly data: ResponseData) {}
    getBody(): string {
        return this.data.body
    }
    getContentType(): string {
        return this.data.contentType
    }
    getErrorMessage(): string {
        return this.data.errorMessage
    }
    getResponseCode(): number {
        return this.data.status
    }
    getResponseParameters(): Record<string, string> {
        return { ...this.data.parameters }
    }
    getToken(): GlideOAuthToken {
        return (this.data.token ? new GlideOAuthToken(this.data.token) : null) as GlideOAuthToken
    }
}

/** getToken and requestTokenByRequest, returning the stand-in token and response classes above. */
export class GlideOAuthClient {
    getToken(requestorId?: string, profileId?: string): GlideOAuthToken {
        platform.hooks.beforeGetToken?.(String(requestorId ?? ''), String(profileId ?? ''))
        // KB0859525: without the right to read oauth_credential the platform reads no token for this user.
        if (!platform.acl.allows('oauth_credential', 'read', platform.user.roles)) return new GlideOAuthToken(undefined)
        const stored = platform.oauth.token(String(requestorId ?? ''), String(profileId ?? ''))
        // The GlideOAuthToken carries the token values (getAccessToken answers the token): the platform decrypted them.
        if (stored) platform.oauth.decryptions.push({ requestorId: String(requestorId ?? ''), profileId: String(profileId ?? '') })
        return new GlideOAuthToken(stored)
    }
    requestTokenByRequest(entityName?: string | null, request?: GlideOAuthClientRequest): GlideOAuthClientResponse {
        const r = request ?? new GlideOAuthClientRequest()
        const data = platform.oauth.requestToken(String(entityName ?? ''), {
            grantType: r.getGrantType(),
            refreshToken: r.getRefreshToken(),
            scope: r.getScope(),
            parameters: r.allParameters(),
            headers: r.getHeaders(),
        })
        return new GlideOAuthClientResponse(data)
    }
}
