/**
 * A certificate's SHA-1 thumbprint in one spelling, whatever wrote it: the instance's
 * getThumbPrintFromKeyStore, the x5t field of a JWT signing key (base64url), Entra's keyCredentials
 * customKeyIdentifier (base64 of the 20 bytes) or a portal copy (hex, with or without colons). Pure.
 */

const SHA1_BYTES = 20
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Uppercase hex of a SHA-1 thumbprint, or null when the text is not one. */
export function thumbprintHex(value: string | null | undefined): string | null {
    const text = typeof value === 'string' ? value.trim() : ''
    if (text === '') return null
    const hex = text.replace(/[\s:-]/g, '')
    if (/^[0-9a-f]{40}$/i.test(hex)) return hex.toUpperCase()
    const bytes = base64Bytes(text)
    if (bytes === null || bytes.length !== SHA1_BYTES) return null
    return bytes.map((byte) => (byte < 16 ? '0' : '') + byte.toString(16)).join('').toUpperCase()
}

/** Whether two spellings name the same thumbprint (false when either is not one). */
export function sameThumbprint(a: string | null | undefined, b: string | null | undefined): boolean {
    const left = thumbprintHex(a)
    return left !== null && left === thumbprintHex(b)
}

/** The bytes of base64 or base64url text (padding optional), or null when it is neither. */
function base64Bytes(text: string): number[] | null {
    const normal = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')
    if (!/^[A-Za-z0-9+/]+$/.test(normal) || normal.length % 4 === 1) return null
    const bytes: number[] = []
    let buffer = 0
    let bits = 0
    for (const char of normal) {
        buffer = (buffer << 6) | BASE64.indexOf(char)
        bits += 6
        if (bits >= 8) {
            bits -= 8
            bytes.push((buffer >> bits) & 0xff)
        }
    }
    return bytes
}
