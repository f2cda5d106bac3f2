/**
 * Contract of the in-memory OAuth provider, the default transport of the sn_auth stand-in.
 *
 * It keeps registered clients and the grants it issued, answers the refresh_token grant like a
 * real token endpoint (Entra-like bodies by default, Google-like with `style = 'google'`), and can
 * be scripted: `respondNext(reply | Error | (call) => reply)` answers the next calls in order (an
 * Error is thrown, as a timeout would be). `rotateRefreshTokens` issues a new refresh token on every
 * refresh and kills the old one. Tokens are deterministic per reset and look like real ones.
 */
import type { TokenEndpointCall, TokenEndpointReply } from './oauth-platform.ts'
import { PROVIDER_BODIES } from './provider-bodies.ts'

export type ScriptedReply = TokenEndpointReply | Error | ((call: TokenEndpointCall) => TokenEndpointReply)

export interface IssuedTokens {
    token_type: 'Bearer'
    access_token: string
    refresh_token?: string
    expires_in: number
    scope: string
}

interface Grant {
    clientId: string
    active: boolean
    scope: string
}

export class FakeProvider {
    accessTokenLifetimeSeconds = 3600
    rotateRefreshTokens = false
    /** Entra style only: when false, the answer to a refresh carries no refresh_token (Google never sends one). */
    returnsRefreshTokenOnRefresh = true
    style: 'entra' | 'google' = 'entra'
    scope = 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access openid'
    /** Token endpoint calls answered, scripted or not. */
    calls = 0
    private clients = new Map<string, string>()
    private grants = new Map<string, Grant>()
    private scripted: ScriptedReply[] = []
    private seed = 0x2545f491

    constructor(private readonly now: () => number) {}

    /** Registers a client; once any client is registered, unknown clients and wrong secrets fail. */
    registerClient(clientId: string, clientSecret: string): void {
        this.clients.set(clientId, clientSecret)
    }

    /** Issues a grant (what the authorization-code exchange would return). */
    issue(clientId: string, options: { withRefreshToken?: boolean } = {}): IssuedTokens {
        const out: IssuedTokens = {
            token_type: 'Bearer',
            access_token: this.accessToken(clientId),
            expires_in: this.accessTokenLifetimeSeconds,
            scope: this.scope,
        }
        if (options.withRefreshToken ?? true) {
            out.refresh_token = this.refreshToken()
            this.grants.set(out.refresh_token, { clientId, active: true, scope: this.scope })
        }
        return out
    }

    /** Revokes a refresh token (password reset, admin revocation, inactivity). */
    revoke(refreshToken: string): void {
        const grant = this.grants.get(refreshToken)
        if (grant) grant.active = false
    }

    respondNext(...replies: ScriptedReply[]): void {
        this.scripted.push(...replies)
    }

    handle(call: TokenEndpointCall): TokenEndpointReply {
        this.calls += 1
        const next = this.scripted.shift()
        if (next !== undefined) {
            if (next instanceof Error) throw next
            return typeof next === 'function' ? next(call) : next
        }
        const { client_id: clientId = '', client_secret: secret = '', grant_type: grantType = '', refresh_token: refreshToken = '' } = call.form
        if (this.clients.size > 0 && this.clients.get(clientId) !== secret) {
            return this.style === 'google' ? PROVIDER_BODIES.googleInvalidClient : PROVIDER_BODIES.entraInvalidClientSecret
        }
        if (grantType === 'client_credentials') return this.clientCredentials(clientId, call.form.scope ?? '')
        if (grantType !== 'refresh_token') {
            return { status: 400, headers: { 'content-type': 'application/json' }, body: '{"error":"unsupported_grant_type"}' }
        }
        const grant = this.grants.get(refreshToken)
        if (!grant || !grant.active || grant.clientId !== clientId) {
            return this.style === 'google' ? PROVIDER_BODIES.googleExpiredOrRevoked : PROVIDER_BODIES.entraGrantRevoked
        }
        const answer: IssuedTokens = {
            token_type: 'Bearer',
            access_token: this.accessToken(clientId),
            expires_in: this.accessTokenLifetimeSeconds,
            scope: grant.scope,
        }
        if (this.rotateRefreshTokens || (this.returnsRefreshTokenOnRefresh && this.style === 'entra')) {
            // Entra rolls refresh tokens over on use and keeps the old one usable; strict rotation kills it.
            if (this.rotateRefreshTokens) grant.active = false
            answer.refresh_token = this.refreshToken()
            this.grants.set(answer.refresh_token, { ...grant, active: true })
        }
        return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(answer) }
    }

    /**
     * The client-credentials grant as Entra answers it: an access token for the one `.default`
     * scope, never a refresh token; a scope that is not `<resource>/.default` is invalid_scope.
     */
    private clientCredentials(clientId: string, scope: string): TokenEndpointReply {
        if (!/^\S+\/\.default$/.test(scope)) return PROVIDER_BODIES.entraInvalidScopeClientCredentials
        const answer = { token_type: 'Bearer', access_token: this.accessToken(clientId), expires_in: this.accessTokenLifetimeSeconds }
        return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(answer) }
    }

    private random(length: number): string {
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
        let out = ''
        for (let i = 0; i < length; i++) {
            // xorshift32: deterministic, so runs and failures reproduce.
            this.seed ^= this.seed << 13
            this.seed ^= this.seed >>> 17
            this.seed ^= this.seed << 5
            out += alphabet[(this.seed >>> 0) % alphabet.length]
        }
        return out
    }

    private accessToken(clientId: string): string {
        const header = Buffer.from('{"typ":"JWT","alg":"RS256"}').toString('base64url')
        const claims = Buffer.from(JSON.stringify({ aud: 'https://outlook.office.com', appid: clientId, iat: Math.floor(this.now() / 1000) })).toString('base64url')
        return `${header}.${claims}.${this.random(86)}`
    }

    private refreshToken(): string {
        return this.style === 'google' ? `1//0g${this.random(98)}` : `0.AXoA${this.random(180)}`
    }
}
