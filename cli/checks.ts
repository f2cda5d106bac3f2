/**
 * Pure: what a token endpoint answer means for a ServiceNow email account. Each function returns one
 * check line (pass or fail) with, on failure, what to change and where.
 */
import { createHash } from 'node:crypto'
import { GOOGLE, MICROSOFT } from '../src/providers.ts'
import { identityFromClaims, jwtClaims, normaliseAddress } from '../src/authorization/identity.ts'
import type { CheckResult, TokenSet, VerifySettings } from './types.ts'

/** Scopes that ask for identity or a refresh token, not for access to an API (no audience of their own). */
const OPENID_SCOPES = new Set(['openid', 'offline_access', 'profile', 'email'])

/** The audience of every Microsoft mail scope: the origin of the preset's IMAP scope. */
const OUTLOOK_AUDIENCE = new URL(MICROSOFT.scope.imap).origin

/** Microsoft Graph, by URL and by its well-known application ID (the `aud` of Graph tokens). */
const GRAPH_AUDIENCES = new Set(['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'])

/** A token's short, stable stand-in for the report: the start of its SHA-256, never the token. */
export function fingerprint(token: string): string {
    return `sha256:${createHash('sha256').update(token).digest('hex').slice(0, 10)}`
}

function scopeAudience(scope: string): string | undefined {
    if (OPENID_SCOPES.has(scope)) {
        return undefined
    }
    try {
        return new URL(scope).origin
    } catch {
        // A bare permission name (User.Read, Mail.Read) means Microsoft Graph to Entra.
        return 'https://graph.microsoft.com'
    }
}

function usesMicrosoftMail(settings: VerifySettings): boolean {
    return settings.provider === 'microsoft' || settings.scopes.some((scope) => scopeAudience(scope) === OUTLOOK_AUDIENCE)
}

/** The `aud` claim when the access token is a JWT (Entra's are); providers may use opaque tokens. */
export function accessTokenAudience(accessToken: string): string | undefined {
    const payload = accessToken.split('.')[1]
    if (accessToken.split('.').length !== 3 || !payload) {
        return undefined
    }
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { aud?: unknown }
        return typeof claims.aud === 'string' ? claims.aud : undefined
    } catch {
        return undefined
    }
}

export function tokenCheck(settings: VerifySettings, tokens: TokenSet): CheckResult {
    const via = settings.flow === 'device_code' ? 'device code' : 'authorization code'
    return {
        id: 'token',
        status: 'pass',
        summary: `token endpoint answered the ${via}: access token ${fingerprint(tokens.accessToken)}`,
    }
}

/** Granted against requested; offline_access; one audience (Outlook scopes never mixed with Graph). */
export function scopesCheck(settings: VerifySettings, tokens: TokenSet): CheckResult {
    const requested = settings.scopes
    const problems: string[] = []
    const fixes: string[] = []

    const microsoftMail = usesMicrosoftMail(settings)
    if (microsoftMail) {
        const foreign = requested.filter((scope) => {
            const audience = scopeAudience(scope)
            return audience !== undefined && audience !== OUTLOOK_AUDIENCE
        })
        if (foreign.length > 0) {
            problems.push(`${foreign.join(', ')} mixed with Outlook scopes (the token gets one audience, and IMAP/SMTP then fail with AUTHENTICATE failed)`)
            fixes.push(`remove ${foreign.join(', ')} from --scopes and from the ServiceNow OAuth profile's scopes`)
        }
        const audience = accessTokenAudience(tokens.accessToken)
        if (audience !== undefined && GRAPH_AUDIENCES.has(audience)) {
            problems.push('the access token is for Microsoft Graph, not Outlook')
            fixes.push('request only https://outlook.office.com/... scopes plus openid and offline_access')
        }
    }
    if (settings.provider === 'microsoft' && !requested.includes(MICROSOFT.scope.offlineAccess)) {
        problems.push(`${MICROSOFT.scope.offlineAccess} not requested (no refresh token, so ServiceNow cannot keep the mailbox connected)`)
        fixes.push(`add ${MICROSOFT.scope.offlineAccess} to --scopes and as its own scope entry on the ServiceNow OAuth profile`)
    }

    let grantedNote: string
    if (tokens.grantedScope === undefined) {
        grantedNote = 'the provider did not list granted scopes (OAuth: then they are the requested ones)'
    } else {
        const granted = new Set(tokens.grantedScope.split(' ').filter(Boolean).map((scope) => scope.toLowerCase()))
        const missing = requested.filter((scope) => scopeAudience(scope) !== undefined && !granted.has(scope.toLowerCase()))
        if (missing.length > 0) {
            problems.push(`not granted: ${missing.join(', ')}`)
            fixes.push(
                settings.provider === 'microsoft'
                    ? 'Entra admin center > App registrations > your app > API permissions: add them (Office 365 Exchange Online > Delegated) and click "Grant admin consent"'
                    : settings.provider === 'google'
                      ? 'Google Cloud console > APIs & Services > OAuth consent screen > Scopes: add them, then sign in again and allow every box'
                      : 'allow these scopes for the client at the provider',
            )
        }
        grantedNote = `granted: ${tokens.grantedScope}`
    }

    if (problems.length > 0) {
        return { id: 'scopes', status: 'fail', summary: `scopes: ${problems.join('; ')}`, fix: fixes.join('; ') }
    }
    return { id: 'scopes', status: 'pass', summary: `scopes: requested ${requested.join(' ')}; ${grantedNote}` }
}

export function lifetimeCheck(tokens: TokenSet): CheckResult {
    const seconds = tokens.expiresInSeconds
    if (seconds === undefined) {
        return {
            id: 'lifetime',
            status: 'pass',
            summary: 'access token lifetime: not stated by the provider (ServiceNow then uses the "Access Token Lifespan" field)',
        }
    }
    if (seconds <= 0) {
        return {
            id: 'lifetime',
            status: 'fail',
            summary: `access token lifetime: ${seconds} s, already expired`,
            fix: 'check this computer\'s clock and the provider\'s token lifetime policy',
        }
    }
    return { id: 'lifetime', status: 'pass', summary: `access token lifetime: ${seconds} s (${describeDuration(seconds)})` }
}

export function describeDuration(seconds: number): string {
    if (seconds < 120) {
        return `${seconds} seconds`
    }
    if (seconds < 7200) {
        return `about ${Math.round(seconds / 60)} minutes`
    }
    return `about ${Math.round(seconds / 3600)} hours`
}

/** Whether a refresh token came back, and if not the reason, by provider. */
export function refreshTokenCheck(settings: VerifySettings, tokens: TokenSet): CheckResult {
    if (tokens.refreshToken !== undefined) {
        return { id: 'refresh-token', status: 'pass', summary: `refresh token: present, ${fingerprint(tokens.refreshToken)}` }
    }
    const offlineRequested = settings.scopes.includes(MICROSOFT.scope.offlineAccess)
    const summary = 'refresh token: none came back, so the ServiceNow job could not refresh and mail would stop when the access token expires'
    switch (settings.provider) {
        case 'microsoft':
            return {
                id: 'refresh-token',
                status: 'fail',
                summary,
                fix: offlineRequested
                    ? 'Entra did not grant offline_access: Entra admin center > App registrations > your app > API permissions: add Microsoft Graph > Delegated > offline_access and grant admin consent'
                    : 'Microsoft issues a refresh token only for offline_access: add offline_access to --scopes and as its own scope entry on the ServiceNow OAuth profile',
            }
        case 'google':
            return {
                id: 'refresh-token',
                status: 'fail',
                summary,
                fix: `Google issues a refresh token only with access_type=offline and prompt=consent (this command sent both): set the "OAuth API Script" of the ServiceNow Application Registry to ${GOOGLE.oauthApiScript}, and check the OAuth client is of type "Web application"`,
            }
        default:
            return {
                id: 'refresh-token',
                status: 'fail',
                summary,
                fix: offlineRequested
                    ? 'the provider returned none although offline_access was requested: allow the refresh_token grant for this client at the provider'
                    : 'offline_access was not requested: OpenID Connect providers issue a refresh token only for it; add offline_access to --scopes and to the ServiceNow OAuth profile\'s scopes',
            }
    }
}

export function refreshCheck(before: TokenSet, after: TokenSet): CheckResult {
    const lasts = after.expiresInSeconds === undefined ? 'lifetime not stated' : `lasts ${after.expiresInSeconds} s`
    const rolled =
        after.refreshToken === undefined || after.refreshToken === before.refreshToken
            ? 'refresh token kept'
            : `refresh token rotated to ${fingerprint(after.refreshToken)}`
    return {
        id: 'refresh',
        status: 'pass',
        summary: `refresh: new access token ${fingerprint(after.accessToken)}, ${lasts}; ${rolled}`,
    }
}

/** The mailbox name for IMAP/SMTP: --login-hint, else what the ID token says about the user. */
export function mailboxUser(settings: VerifySettings, tokens: TokenSet): string | undefined {
    if (settings.loginHint) {
        return settings.loginHint
    }
    const claims = tokens.idTokenClaims ?? {}
    for (const claim of ['email', 'preferred_username', 'upn']) {
        const value = claims[claim]
        if (typeof value === 'string' && value.includes('@')) {
            return value
        }
    }
    return undefined
}

/**
 * Who signed in: the access token's identity claims when it is a readable JWT (Entra's Outlook
 * tokens carry upn), else the ID token's; compared with --login-hint, the mailbox. The same reading
 * as the refresh job's (src/authorization/identity.ts), so a wrong sign-in shows here first.
 */
export function identityCheck(settings: VerifySettings, tokens: TokenSet): CheckResult {
    const identity = identityFromClaims(jwtClaims(tokens.accessToken)) ?? identityFromClaims(tokens.idTokenClaims ?? null)
    if (identity === null) {
        return { id: 'identity', status: 'pass', summary: 'identity: unknown (the access token is not a readable JWT and no ID token named an address)' }
    }
    if (!settings.loginHint) {
        return { id: 'identity', status: 'pass', summary: `identity: signed in as ${identity}; use it as the email account's User name` }
    }
    if (identity === normaliseAddress(settings.loginHint)) {
        return { id: 'identity', status: 'pass', summary: `identity: signed in as ${identity}, the mailbox` }
    }
    return {
        id: 'identity',
        status: 'fail',
        summary: `identity: signed in as ${identity}, not as the mailbox ${settings.loginHint}`,
        fix: `sign in as ${settings.loginHint} in a private (incognito) window, so your own single sign-on session is not used; if ${identity} is a delegate allowed to read a shared mailbox, enter it in Accepted delegate on the account's Token health row in ServiceNow`,
    }
}
