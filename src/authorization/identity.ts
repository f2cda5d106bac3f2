/**
 * Who authorized an email account: the identity a token belongs to, compared with the mailbox.
 *
 * Pure: claims and addresses in, a verdict and the health-row fields out. The adapter
 * (identity-reader.ts) reads the claims through sn_auth or asks Google, and only the identity
 * string (an address) ever reaches a health row, never a token.
 *
 * Why it matters (KB2071947, KB1295058, KB2663456): an admin who clicks Authorize Email Account
 * Access in a browser with their own single sign-on session grants the provider THEIR mailbox.
 * Tokens then refresh fine while IMAP fails, or reads the wrong mailbox.
 */

/** The identity_status column of the health row. */
export const IDENTITY_STATUS = {
    /** The token belongs to the mailbox itself. */
    match: 'match',
    /** The token belongs to the delegate an admin accepted on the health row (accepted_delegate). */
    delegate: 'delegate',
    /** The token belongs to someone else: the account was authorized with the wrong sign-in. */
    mismatch: 'mismatch',
    /** The identity could not be read: the token is not a readable JWT and no claims or user info were available. */
    unknown: 'unknown',
} as const

export type IdentityStatus = (typeof IDENTITY_STATUS)[keyof typeof IDENTITY_STATUS]

/** What is written to authorized_identity when nothing names the identity: never a guess. */
export const UNKNOWN_IDENTITY = 'unknown'

/** Identity claims in the order they name the signed-in user's address (Entra access and ID tokens, Google ID tokens). */
const IDENTITY_CLAIMS = ['upn', 'preferred_username', 'unique_name', 'email'] as const

/** How often a Google account's identity is asked again when no new authorization was seen (a network call). */
export const GOOGLE_RECHECK_DAYS = 7

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** An address compared case-insensitively; Entra's guest form (`user_contoso.com#EXT#@...`) is left as it is. */
export function normaliseAddress(value: string): string {
    return value.trim().toLowerCase()
}

export function isAddress(value: string): boolean {
    return ADDRESS.test(value.trim())
}

/** base64url to text, UTF-8 decoded; no atob or Buffer on the instance. null when not base64url. */
export function decodeBase64Url(input: string): string | null {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const clean = input.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
    if (clean.length % 4 === 1) return null
    const bytes: number[] = []
    let buffer = 0
    let bits = 0
    for (let i = 0; i < clean.length; i++) {
        const value = alphabet.indexOf(clean.charAt(i))
        if (value < 0) return null
        buffer = (buffer << 6) | value
        bits += 6
        if (bits >= 8) {
            bits -= 8
            bytes.push((buffer >> bits) & 0xff)
        }
    }
    return utf8(bytes)
}

function utf8(bytes: number[]): string | null {
    let out = ''
    for (let i = 0; i < bytes.length; ) {
        const b = bytes[i]
        const extra = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1
        if (extra < 0) return null
        let code = extra === 0 ? b : b & (0x3f >> extra)
        for (let k = 1; k <= extra; k++) {
            const next = bytes[i + k]
            if (next === undefined || (next & 0xc0) !== 0x80) return null
            code = (code << 6) | (next & 0x3f)
        }
        out += String.fromCodePoint(code)
        i += extra + 1
    }
    return out
}

/**
 * The claims of a token when it is a readable JWT (header.payload.signature with a JSON object as
 * payload); null for opaque tokens (Google's ya29…, encrypted Entra tokens). The signature is not
 * verified: the token came from the platform's own store, and the claims only name an identity.
 */
export function jwtClaims(token: string): Record<string, unknown> | null {
    const parts = token.split('.')
    if (parts.length !== 3 || parts[1] === '') return null
    const payload = decodeBase64Url(parts[1])
    if (payload === null) return null
    try {
        const parsed: unknown = JSON.parse(payload)
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
    } catch {
        return null
    }
}

/** The address the claims name (upn, preferred_username, unique_name, email); null when none is an address. */
export function identityFromClaims(claims: unknown): string | null {
    if (claims === null || typeof claims !== 'object') return null
    const bag = claims as Record<string, unknown>
    for (const name of IDENTITY_CLAIMS) {
        const value = bag[name]
        if (typeof value === 'string' && isAddress(value)) return normaliseAddress(value)
    }
    return null
}

/** The address in Gmail's users/me/profile answer ({"emailAddress": …}) or Google's tokeninfo ({"email": …}); null otherwise. */
export function identityFromGoogleAnswer(body: string): string | null {
    try {
        const parsed: unknown = JSON.parse(body)
        if (parsed === null || typeof parsed !== 'object') return null
        const bag = parsed as Record<string, unknown>
        for (const name of ['emailAddress', 'email']) {
            const value = bag[name]
            if (typeof value === 'string' && isAddress(value)) return normaliseAddress(value)
        }
    } catch {
        return null
    }
    return null
}

/** The verdict for one identity: the mailbox itself, the accepted delegate, someone else, or unknown. */
export function compareIdentity(mailbox: string, identity: string | null, acceptedDelegate: string): IdentityStatus {
    if (identity === null || identity === '' || identity === UNKNOWN_IDENTITY) return IDENTITY_STATUS.unknown
    const who = normaliseAddress(identity)
    if (who === normaliseAddress(mailbox)) return IDENTITY_STATUS.match
    if (acceptedDelegate.trim() !== '' && who === normaliseAddress(acceptedDelegate)) return IDENTITY_STATUS.delegate
    return IDENTITY_STATUS.mismatch
}

/** The identity columns of a health row, as read back. */
export interface IdentityRecord {
    authorizedIdentity: string
    identityStatus: string
    acceptedDelegate: string
    /** When the identity was last read (ms), null when never. */
    identityChecked: number | null
}

export interface IdentityUpdate {
    authorizedIdentity: string
    identityStatus: IdentityStatus
    /** Queue the identity_mismatch event (once per wrong identity, and again after each new authorization). */
    alert: boolean
    /** Something to write on the health row. */
    write: boolean
    /** A reported mismatch is over (the mailbox itself or the accepted delegate authorized): one recovered alert, which also resolves the fallback incident. */
    recovered: boolean
}

/**
 * Folds a newly read identity into the row. `newAuthorization`: the account was authorized again
 * since the last check (it came back from needs_authorization), so a mismatch that was already
 * reported is reported again: someone signed in with the wrong account once more.
 */
export function identityUpdate(previous: IdentityRecord, mailbox: string, identity: string | null, newAuthorization: boolean): IdentityUpdate {
    const status = compareIdentity(mailbox, identity, previous.acceptedDelegate)
    const authorizedIdentity = identity === null || identity === '' ? UNKNOWN_IDENTITY : normaliseAddress(identity)
    const sameAsBefore = previous.identityStatus === status && previous.authorizedIdentity === authorizedIdentity
    const alert = status === IDENTITY_STATUS.mismatch && (!sameAsBefore || newAuthorization)
    const recovered = previous.identityStatus === IDENTITY_STATUS.mismatch && (status === IDENTITY_STATUS.match || status === IDENTITY_STATUS.delegate)
    return { authorizedIdentity, identityStatus: status, alert, write: !sameAsBefore || alert || previous.identityChecked === null, recovered }
}

/**
 * Whether to read the identity now. Reading claims from the platform's token costs nothing, so
 * Microsoft's is read after every refresh; Google's needs a call to Google, so it is made once per
 * authorization: never checked yet, a new authorization seen, or a week since the last check (a
 * re-authorization of a working account is not visible otherwise).
 */
export function identityDue(previous: IdentityRecord, needsNetwork: boolean, newAuthorization: boolean, now: number): boolean {
    if (!needsNetwork) return true
    if (previous.identityChecked === null || newAuthorization) return true
    return now - previous.identityChecked >= GOOGLE_RECHECK_DAYS * 86400000
}

/** The sentence for the health row's form, the setup check and the alert: what happened and the fix. */
export function identityMismatchMessage(accountName: string, mailbox: string, identity: string): string {
    return (
        `The token of email account '${accountName}' belongs to ${identity}, not to the mailbox ${mailbox}: it was authorized with the wrong sign-in ` +
        `(usually the admin's own single sign-on session). Open the Email Account form in a private (incognito) browser window, ` +
        `click Authorize Email Account Access and sign in at the provider as ${mailbox}. ` +
        `If ${identity} is a delegate allowed to read this shared mailbox, enter it in Accepted delegate on the account's Token health form instead.`
    )
}
