/**
 * Contract of the platform's OAuth token store and token requests, behind the sn_auth stand-ins.
 *
 * - Tokens are kept per (requestor, profile) with ABSOLUTE expiry times on the platform clock
 *   (`setToken`, `token`, `authorize`). GlideOAuthToken.getExpiresIn() answers the seconds left.
 * - The store is also readable as the platform's tables (docs "Manage OAuth tokens": oauth_credential
 *   holds each token with its Type, Expires and the encrypted Token Received): `oauth_credential` rows
 *   (sys_id = getAccessTokenSysID/getRefreshTokenSysID, type access_token/refresh_token, expires,
 *   oauth_requestor_profile, token_received as an opaque encrypted value, never the token) and
 *   `oauth_requestor_profile` rows (requestor_id, requestor_context, oauth_entity_profile). Column names
 *   as a public ServiceNow script queries them (oauth_requestor_profile.requestor_id,
 *   oauth_requestor_profile.oauth_entity_profile, type); unconfirmed by the docs: the instance probe asks.
 * - `decryptions`: every getToken that handed out a stored token's values counts one (the platform
 *   decrypts Token Received to build the GlideOAuthToken), so a test can prove a reader decrypted nothing.
 * - `requestTokenByRequest(entityName, request)` finds the `oauth_entity` row (for token_url,
 *   client_id, client_secret, lifespans): by name when one is given; with a null/empty name, through
 *   the profile in the oauth_provider_profile parameter, as ServiceNow's own refresh script relies on
 *   (KB0823628: `requestTokenByRequest(null, request)` with the three oauth_* parameters). It builds a
 *   form POST and calls the PLUGGABLE
 *   `transport(call) => { status, headers, body }` (synchronous; throw to simulate a timeout or a
 *   refused connection). The default transport is `provider`, a scriptable in-memory fake provider;
 *   the end-to-end tier plugs in a real HTTP transport.
 * - When the profile names a JWT provider, the client secret is replaced by a client assertion signed
 *   with the chain's Java Key Store (test/stand-ins/jwt-assertion.ts, with its modelling choices).
 * - Every token request is recorded in `requests` (they hold secrets: for assertions only).
 * - A successful answer is STORED for the requestor/profile only when the request carries the
 *   parameters oauth_requestor, oauth_requestor_context and oauth_provider_profile, as on the
 *   instance. The old refresh token is kept when the provider returns none, replaced when it rotates.
 *
 * Modelling choices where the platform is not documented (code must not rely on them silently):
 * - getResponseParameters() is the response body's top-level fields as strings (the docs say "the
 *   response content"). HTTP response headers (Retry-After included) never reach the script:
 *   GlideOAuthClientResponse declares no header accessor (@servicenow/glide sn_auth types).
 * - getErrorMessage() is '' on success; otherwise "<error>: <error_description>" from a JSON body,
 *   or "HTTP <status>" for another body, or the exception message when no HTTP answer came (code 0).
 * - getToken() on a failed response answers null.
 * - A refresh token's expiry is its issue time + the entity's refresh_token_lifespan (default
 *   8,640,000 s), unless the provider answers refresh_token_expires_in; `null` means "not reported"
 *   and getRefreshTokenExpiresIn() then answers 0.
 */
import { formatGlideDateTime, type Platform, type Row } from './platform.ts'
import { FakeProvider } from './fake-provider.ts'
import { CLIENT_ASSERTION_TYPE, clientAssertionFor } from './jwt-assertion.ts'

export interface StoredToken {
    accessToken: string | null
    accessTokenSysId: string | null
    /** Absolute expiry in ms on the platform clock. */
    accessExpiresAt: number | null
    refreshToken: string | null
    refreshTokenSysId: string | null
    /** Absolute expiry in ms, or null when the platform does not know it. */
    refreshExpiresAt: number | null
    scope: string
    /**
     * Claims of the ID token that came with the token, for GlideOAuthToken.getIdTokenClaims().
     * The method is in @servicenow/glide's declarations but not in the docs (unconfirmed): modelled as
     * the decoded payload of the answer's id_token, kept across refreshes that bring none.
     */
    idTokenClaims?: Record<string, unknown> | null
}

/** The payload of a JWT, decoded without checking the signature; null when it is not one. */
export function decodeJwtPayload(token: unknown): Record<string, unknown> | null {
    if (typeof token !== 'string' || token.split('.').length !== 3) return null
    return parseObject(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))
}

export interface TokenEndpointCall {
    url: string
    method: 'POST'
    headers: Record<string, string>
    /** application/x-www-form-urlencoded body. */
    body: string
    /** The same parameters, decoded. */
    form: Record<string, string>
    entity: { sysId: string; name: string; clientId: string; clientSecret: string; tokenUrl: string }
}

export interface TokenEndpointReply {
    status: number
    headers?: Record<string, string>
    body: string
}

export type Transport = (call: TokenEndpointCall) => TokenEndpointReply

export interface TokenRequestRecord {
    at: number
    entityName: string
    grantType: string
    refreshToken: string
    parameters: Record<string, string>
    call: TokenEndpointCall | null
    reply: TokenEndpointReply | null
    /** The exception message when the transport threw. */
    failure: string | null
    stored: boolean
}

/** What a built GlideOAuthClientResponse carries; the sn_auth stand-in wraps it. */
export interface ResponseData {
    status: number
    body: string
    contentType: string
    errorMessage: string
    parameters: Record<string, string>
    token: StoredToken | null
}

export interface RequestData {
    grantType: string
    refreshToken: string
    scope: string
    parameters: Record<string, string>
    headers: Record<string, string>
}

const DEFAULT_REFRESH_TOKEN_LIFESPAN_SECONDS = 8640000
const DEFAULT_ACCESS_TOKEN_LIFESPAN_SECONDS = 3600
const STORE_PARAMETERS = ['oauth_requestor', 'oauth_requestor_context', 'oauth_provider_profile']

export class OAuthPlatform {
    tokens = new Map<string, StoredToken>()
    requests: TokenRequestRecord[] = []
    /** getToken calls that handed out token values (decrypted), by requestor and profile. */
    decryptions: { requestorId: string; profileId: string }[] = []
    provider: FakeProvider
    transport: Transport
    /** oauth_requestor_profile sys_ids by requestor|profile, apart from the db's sequence (seeded ids stay as they were). */
    private requestorProfiles = new Map<string, string>()

    constructor(private readonly platform: Platform) {
        this.provider = new FakeProvider(() => platform.clock.now())
        this.transport = (call) => this.provider.handle(call)
        platform.db.defineView('oauth_requestor_profile', () => [...this.tokens.keys()].map((pair) => this.requestorProfileRow(pair)))
        platform.db.defineView('oauth_credential', () => [...this.tokens.entries()].flatMap(([pair, token]) => this.credentialRows(pair, token)))
    }

    private requestorProfileId(pair: string): string {
        let id = this.requestorProfiles.get(pair)
        if (id === undefined) {
            const n = (this.requestorProfiles.size + 1).toString(16)
            id = `a9e0${'0'.repeat(28 - n.length)}${n}`
            this.requestorProfiles.set(pair, id)
        }
        return id
    }

    private requestorProfileRow(pair: string): Row {
        const [requestorId, profileId] = pair.split('|')
        return { sys_id: this.requestorProfileId(pair), requestor_id: requestorId, requestor_context: 'sys_email_account', oauth_entity_profile: profileId }
    }

    private credentialRows(pair: string, token: StoredToken): Row[] {
        const requestorProfile = this.requestorProfileId(pair)
        const [, profileId] = pair.split('|')
        const row = (sysId: string, type: string, expiresAt: number | null): Row => ({
            sys_id: sysId,
            type,
            expires: expiresAt === null ? null : formatGlideDateTime(expiresAt),
            oauth_requestor_profile: requestorProfile,
            oauth_entity_profile: profileId,
            token_received: `encrypted:${sysId}`,
        })
        const rows: Row[] = []
        if (token.accessToken !== null && token.accessTokenSysId !== null) rows.push(row(token.accessTokenSysId, 'access_token', token.accessExpiresAt))
        if (token.refreshToken !== null && token.refreshTokenSysId !== null) rows.push(row(token.refreshTokenSysId, 'refresh_token', token.refreshExpiresAt))
        return rows
    }

    /** Stores a token for a requestor/profile; expiries are given in seconds from now (null = none). */
    setToken(
        requestorId: string,
        profileId: string,
        token: {
            accessToken?: string | null
            accessExpiresInSeconds?: number | null
            refreshToken?: string | null
            refreshExpiresInSeconds?: number | null
            scope?: string
            idToken?: string | null
        },
    ): StoredToken {
        const now = this.platform.clock.now()
        const stored: StoredToken = {
            accessToken: token.accessToken ?? null,
            accessTokenSysId: token.accessToken ? this.platform.db.newSysId() : null,
            accessExpiresAt: token.accessToken && token.accessExpiresInSeconds != null ? now + token.accessExpiresInSeconds * 1000 : null,
            refreshToken: token.refreshToken ?? null,
            refreshTokenSysId: token.refreshToken ? this.platform.db.newSysId() : null,
            refreshExpiresAt: token.refreshToken && token.refreshExpiresInSeconds != null ? now + token.refreshExpiresInSeconds * 1000 : null,
            scope: token.scope ?? '',
            idTokenClaims: decodeJwtPayload(token.idToken),
        }
        this.tokens.set(key(requestorId, profileId), stored)
        return stored
    }

    /** The stored token of a requestor/profile, or undefined. */
    token(requestorId: string, profileId: string): StoredToken | undefined {
        return this.tokens.get(key(requestorId, profileId))
    }

    /**
     * What "Authorize Email Account Access" does: the fake provider issues a grant for the entity's
     * client and the platform stores it for the account. Returns the stored token.
     */
    authorize(requestorId: string, profileId: string, options: { withRefreshToken?: boolean } = {}): StoredToken {
        const entity = this.entityOfProfile(profileId)
        const issued = this.provider.issue(String(entity.client_id ?? ''), { withRefreshToken: options.withRefreshToken ?? true })
        const lifespan = Number(entity.refresh_token_lifespan ?? DEFAULT_REFRESH_TOKEN_LIFESPAN_SECONDS)
        return this.setToken(requestorId, profileId, {
            accessToken: issued.access_token,
            accessExpiresInSeconds: issued.expires_in,
            refreshToken: issued.refresh_token ?? null,
            refreshExpiresInSeconds: issued.refresh_token ? lifespan : null,
            scope: issued.scope,
        })
    }

    /** The platform side of GlideOAuthClient.requestTokenByRequest. */
    requestToken(entityName: string, request: RequestData): ResponseData {
        const now = this.platform.clock.now()
        const record: TokenRequestRecord = {
            at: now,
            entityName,
            grantType: request.grantType,
            refreshToken: request.refreshToken,
            parameters: { ...request.parameters },
            call: null,
            reply: null,
            failure: null,
            stored: false,
        }
        this.requests.push(record)
        const entity = entityName !== '' ? this.platform.db.rows('oauth_entity').find((row) => row.name === entityName) : this.entityOfProfileParameter(request)
        if (!entity) {
            record.failure = entityName !== '' ? `OAuth provider not found: ${entityName}` : 'OAuth provider not found: no provider name and no oauth_provider_profile that names one'
            return failure(record.failure)
        }
        const form: Record<string, string> = { grant_type: request.grantType }
        if (request.refreshToken) form.refresh_token = request.refreshToken
        if (request.scope) form.scope = request.scope
        form.client_id = String(entity.client_id ?? '')
        // A profile that names a JWT provider signs a client assertion instead (jwt-assertion.ts).
        const credential = clientAssertionFor(this.platform.db, request.parameters.oauth_provider_profile ?? '', now)
        if (credential.kind === 'failure') {
            record.failure = credential.message
            return failure(record.failure)
        }
        if (credential.kind === 'assertion') {
            form.client_assertion_type = CLIENT_ASSERTION_TYPE
            form.client_assertion = credential.assertion
        } else {
            form.client_secret = String(entity.client_secret ?? '')
        }
        const call: TokenEndpointCall = {
            url: String(entity.token_url ?? ''),
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...request.headers },
            body: new URLSearchParams(form).toString(),
            form,
            entity: {
                sysId: String(entity.sys_id),
                name: String(entity.name ?? ''),
                clientId: form.client_id,
                clientSecret: form.client_secret ?? '',
                tokenUrl: String(entity.token_url ?? ''),
            },
        }
        record.call = call
        let reply: TokenEndpointReply
        try {
            reply = this.transport(call)
        } catch (error) {
            record.failure = error instanceof Error ? error.message : String(error)
            return failure(record.failure)
        }
        record.reply = reply
        const headers = lowerCaseKeys(reply.headers ?? {})
        const json = parseObject(reply.body)
        const parameters: Record<string, string> = {}
        if (json) for (const [k, v] of Object.entries(json)) parameters[k] = typeof v === 'string' ? v : JSON.stringify(v)
        const contentType = headers['content-type'] ?? ''
        const ok = reply.status >= 200 && reply.status < 300 && json !== null && typeof json.access_token === 'string'
        if (!ok) {
            const error = json && typeof json.error === 'string' ? json.error : ''
            const description = json && typeof json.error_description === 'string' ? json.error_description : ''
            const message = error ? (description ? `${error}: ${description}` : error) : `HTTP ${reply.status}`
            return { status: reply.status, body: reply.body, contentType, errorMessage: message, parameters, token: null }
        }
        const token = this.tokenFromAnswer(json, entity, request, now)
        const requestorId = request.parameters.oauth_requestor
        const profileId = request.parameters.oauth_provider_profile
        // KB0859525: a user who may not write oauth_credential gets the answer but stores nothing.
        const mayStore = this.platform.acl.allows('oauth_credential', 'write', this.platform.user.roles)
        if (mayStore && STORE_PARAMETERS.every((p) => (request.parameters[p] ?? '') !== '')) {
            this.tokens.set(key(requestorId, profileId), token)
            record.stored = true
        }
        return { status: reply.status, body: reply.body, contentType, errorMessage: '', parameters, token }
    }

    private tokenFromAnswer(json: Record<string, unknown>, entity: Record<string, unknown>, request: RequestData, now: number): StoredToken {
        const requestorId = request.parameters.oauth_requestor ?? ''
        const profileId = request.parameters.oauth_provider_profile ?? ''
        const previous = this.tokens.get(key(requestorId, profileId))
        const accessLifetime = numberOr(json.expires_in, Number(entity.access_token_lifespan ?? DEFAULT_ACCESS_TOKEN_LIFESPAN_SECONDS))
        const newRefresh = typeof json.refresh_token === 'string' && json.refresh_token !== '' ? json.refresh_token : null
        const keptRefresh = newRefresh === null && previous && previous.refreshToken === request.refreshToken ? previous : null
        const refreshLifespan = numberOr(json.refresh_token_expires_in, Number(entity.refresh_token_lifespan ?? DEFAULT_REFRESH_TOKEN_LIFESPAN_SECONDS))
        return {
            accessToken: String(json.access_token),
            accessTokenSysId: this.platform.db.newSysId(),
            accessExpiresAt: now + accessLifetime * 1000,
            refreshToken: newRefresh ?? keptRefresh?.refreshToken ?? (request.refreshToken || null),
            refreshTokenSysId: newRefresh ? this.platform.db.newSysId() : (keptRefresh?.refreshTokenSysId ?? null),
            refreshExpiresAt: newRefresh ? now + refreshLifespan * 1000 : (keptRefresh?.refreshExpiresAt ?? null),
            scope: typeof json.scope === 'string' ? json.scope : (previous?.scope ?? ''),
            idTokenClaims: decodeJwtPayload(json.id_token) ?? previous?.idTokenClaims ?? null,
        }
    }

    /** KB0823628: with no provider name, the oauth_provider_profile parameter selects the provider. */
    private entityOfProfileParameter(request: RequestData): Record<string, unknown> | undefined {
        const profile = this.platform.db.row('oauth_entity_profile', request.parameters.oauth_provider_profile ?? '')
        return profile ? this.platform.db.row('oauth_entity', String(profile.oauth_entity ?? '')) : undefined
    }

    private entityOfProfile(profileId: string): Record<string, unknown> {
        const profile = this.platform.db.row('oauth_entity_profile', profileId)
        const entity = profile ? this.platform.db.row('oauth_entity', String(profile.oauth_entity ?? '')) : undefined
        if (!entity) throw new Error(`authorize: profile ${profileId} has no oauth_entity row in the stand-in db`)
        return entity
    }
}

function key(requestorId: string, profileId: string): string {
    return `${requestorId}|${profileId}`
}

function failure(message: string): ResponseData {
    return { status: 0, body: '', contentType: '', errorMessage: message, parameters: {}, token: null }
}

function parseObject(body: string): Record<string, unknown> | null {
    try {
        const parsed: unknown = JSON.parse(body)
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
    } catch {
        return null
    }
}

function numberOr(value: unknown, fallback: number): number {
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
    return Number.isFinite(n) && n > 0 ? n : fallback
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v
    return out
}
