import { GlideOAuthClient, type GlideOAuthToken } from '@servicenow/glide/sn_auth'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { GOOGLE } from '../providers.ts'
import { identityFromClaims, identityFromGoogleAnswer, jwtClaims } from './identity.ts'

/**
 * Thin adapter: which identity the token the platform holds for an account belongs to. The token
 * is read, looked into and dropped here; only the address goes on. In this order:
 * 1. the access token's claims, when it is a readable JWT (Microsoft's Outlook tokens carry upn);
 * 2. the ID token's claims, then the user-info claims, when the platform exposes them
 *    (getIdTokenClaims/getUserInfoClaims are in @servicenow/glide's declarations, not in the docs:
 *    called only when present, any failure reads as "no claims");
 * 3. for Google only, and only when the caller allows a network call: Gmail's users/me/profile,
 *    then OpenID user info, each with a short timeout.
 * Nothing found: null, which the caller records as "unknown", never a guess.
 */

/** Per Google call: the refresh job must not wait long on an identity check. */
export const IDENTITY_HTTP_TIMEOUT_MS = 5000

export type IdentitySource = 'access_token' | 'id_token' | 'user_info' | 'google' | 'none'

export interface IdentityRead {
    identity: string | null
    source: IdentitySource
    /** A Google call was made. */
    askedGoogle: boolean
}

const GOOGLE_TOKEN_HOSTS = ['accounts.google.com', 'oauth2.googleapis.com']

/** A Google provider by its token URL's host, or the app's own Google entry by name. */
export function isGoogleProvider(tokenUrl: string, entityName: string): boolean {
    const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(tokenUrl.trim())
    return (host !== null && GOOGLE_TOKEN_HOSTS.indexOf(host[1].toLowerCase()) >= 0) || entityName === GOOGLE.entityName
}

export function readIdentity(accountSysId: string, profileSysId: string, options: { google: boolean; allowNetwork: boolean }): IdentityRead {
    let token: GlideOAuthToken | null = null
    try {
        token = new GlideOAuthClient().getToken(accountSysId, profileSysId)
    } catch {
        token = null
    }
    if (!token) return { identity: null, source: 'none', askedGoogle: false }
    const access = text(call(() => token?.getAccessToken()))
    const fromAccess = access !== '' ? identityFromClaims(jwtClaims(access)) : null
    if (fromAccess) return { identity: fromAccess, source: 'access_token', askedGoogle: false }
    const fromIdToken = identityFromClaims(claimsOf(call(() => token?.getIdTokenClaims())))
    if (fromIdToken) return { identity: fromIdToken, source: 'id_token', askedGoogle: false }
    const fromUserInfo = identityFromClaims(claimsOf(call(() => token?.getUserInfoClaims())))
    if (fromUserInfo) return { identity: fromUserInfo, source: 'user_info', askedGoogle: false }
    if (!options.google || !options.allowNetwork || access === '') return { identity: null, source: 'none', askedGoogle: false }
    const fromGoogle = askGoogle(access)
    return { identity: fromGoogle, source: fromGoogle ? 'google' : 'none', askedGoogle: true }
}

/** Gmail's profile, then OpenID user info: the first address either names. The bearer token goes in a header, never in a URL. */
function askGoogle(accessToken: string): string | null {
    for (const url of [GOOGLE.profileUrl, GOOGLE.userInfoUrl]) {
        try {
            const message = new RESTMessageV2()
            message.setEndpoint(url)
            message.setHttpMethod('get')
            message.setRequestHeader('Authorization', `Bearer ${accessToken}`)
            message.setRequestHeader('Accept', 'application/json')
            message.setHttpTimeout(IDENTITY_HTTP_TIMEOUT_MS)
            const response = message.execute()
            if (Number(response.getStatusCode()) === 200) {
                const identity = identityFromGoogleAnswer(text(response.getBody()))
                if (identity) return identity
            }
        } catch {
            // A timeout or a refused call is "not known": the next source, then unknown.
        }
    }
    return null
}

/** Claims as the platform may hand them over: a JS object, a JSON string, or a Java map with get(). */
function claimsOf(value: unknown): Record<string, unknown> | null {
    if (value === null || value === undefined) return null
    if (typeof value === 'string') {
        try {
            const parsed: unknown = JSON.parse(value)
            return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null
        } catch {
            return null
        }
    }
    if (typeof value !== 'object') return null
    const map = value as { get?: unknown }
    if (typeof map.get === 'function') {
        const get = map.get as (name: string) => unknown
        const out: Record<string, unknown> = {}
        for (const name of ['upn', 'preferred_username', 'unique_name', 'email']) {
            const claim = get.call(value, name)
            if (claim !== null && claim !== undefined) out[name] = String(claim)
        }
        return out
    }
    return value as Record<string, unknown>
}

function call(read: () => unknown): unknown {
    try {
        return read()
    } catch {
        return null
    }
}

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}
