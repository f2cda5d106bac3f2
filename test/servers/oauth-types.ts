/** Shapes shared by the test OAuth server's child process and the handle tests hold. */

export interface OAuthClientOptions {
    clientId: string
    clientSecret: string
    /** Empty for a device-flow-only client. */
    redirectUris: string[]
    /** Default: authorization_code, refresh_token and the device code grant. */
    grantTypes?: string[]
    /** Space-separated allow-list of scopes the client may request; unset = any known scope. */
    scope?: string
    /** Client credentials (oauth-app-only.ts): the application permissions in its tokens' `roles` claim. */
    roles?: string[]
    /** Client credentials: the mailbox the app has FullAccess on; its tokens introspect with this `sub`. */
    mailbox?: string
    /** Client credentials: PEM certificates uploaded to the app registration; a client assertion signed with one's key authenticates (oauth-assertion.ts). */
    certificates?: string[]
}

export interface OAuthServerOptions {
    clients: OAuthClientOptions[]
    /** true: a refresh answers with a new refresh token and a reused old one fails with invalid_grant (and revokes the grant). false: the same refresh token stays valid (Entra-like). */
    rotateRefreshToken: boolean
    /** Default 3600. */
    accessTokenTtlSeconds?: number
    /** Default 90 days. Also the grant's lifetime. */
    refreshTokenTtlSeconds?: number
    /** Authorize, token and device routes under /<tenant>/oauth2/v2.0/ like Entra ID. */
    entraRoutes?: boolean
    /** Tenant segment of the Entra routes. Default 'common'. Requests for another tenant get AADSTS90002. */
    entraTenant?: string
    /** Word errors as Entra does (`AADSTS<n>: ...` descriptions and `error_codes`). Default: entraRoutes. */
    entraErrors?: boolean
    /** Scopes accepted besides openid, offline_access and the Microsoft and Google mail scopes of src/providers.ts. */
    extraScopes?: string[]
    /**
     * Epoch ms: the server's clock is simulated, standing at this instant and moving only by
     * control.advanceClock/setClock (one clock with a simulated platform). Default: the real clock.
     */
    simulatedClockMs?: number
    /** The confidential client mail servers introspect with. Default: client id `mail-server` and a random secret. */
    resourceServer?: { clientId: string; clientSecret: string }
}

export type FaultMode = 'none' | 'unavailable' | 'rate_limited' | 'slow' | 'drop'

export interface FaultSettings {
    mode: FaultMode
    /** Retry-After for unavailable and rate_limited. Default 30. */
    retryAfterSeconds?: number
    /**
     * Also send the retry hint as a `retry_after` field of the JSON body. A script on the platform
     * sees no response header (GlideOAuthClientResponse has no header accessor), only the body's
     * fields through getResponseParameters(): this is the hint the app can act on.
     */
    retryAfterInBody?: boolean
    /** How long slow holds the answer. Default 5000. */
    delayMs?: number
    /**
     * What slow answers once the delay is over. Default false: 504 temporarily_unavailable without
     * touching the token (the client has given up; a rotated refresh token stays usable). true: the
     * request is processed for real, as a slow provider would, so with rotation on the client's
     * refresh token is spent although it never saw the new one.
     */
    slowThenProcess?: boolean
    /** Only token requests of this grant type are faulted (e.g. 'refresh_token'); default all. */
    grantType?: string
}

export interface TokenRequestRecord {
    /** Seconds since the epoch on the server's clock (see advanceClock). */
    at: number
    grantType: string
    clientId?: string
    /** The mailbox the request was for, when the server can tell (refresh tokens, codes that succeeded). */
    login?: string
    status: number
    /** OAuth error code of the answer, if any. */
    error?: string
    /** The fault that answered instead of the token endpoint, if any. */
    fault?: FaultMode
    /** Client credentials: how the client authenticated. */
    clientAuthentication?: 'client_secret' | 'private_key_jwt'
}

export interface OAuthStats {
    total: number
    byGrantType: Record<string, number>
    requests: TokenRequestRecord[]
}
