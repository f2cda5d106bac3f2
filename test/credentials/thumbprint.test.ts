import { sameThumbprint, thumbprintHex } from '../../src/credentials/thumbprint.ts'

const HEX = '5F1C8E2A9B3D4C6E7F8091A2B3C4D5E6F708192A'
// The same 20 bytes as Entra's customKeyIdentifier (base64) and a JWT x5t header (base64url) spell them.
const BASE64 = Buffer.from(HEX, 'hex').toString('base64')
const BASE64URL = Buffer.from(HEX, 'hex').toString('base64url')

describe('thumbprintHex', () => {
    it('reads hex in any case, with or without colons, and base64 or base64url of the 20 bytes', () => {
        expect(thumbprintHex(HEX.toLowerCase())).toBe(HEX)
        expect(thumbprintHex(HEX.match(/../g)?.join(':'))).toBe(HEX)
        expect(thumbprintHex(BASE64)).toBe(HEX)
        expect(thumbprintHex(BASE64URL)).toBe(HEX)
    })

    it('is null for what is not a SHA-1 thumbprint', () => {
        for (const value of ['', null, undefined, 'not a thumbprint', HEX.slice(2), Buffer.alloc(32, 7).toString('base64')]) expect(thumbprintHex(value)).toBeNull()
    })
})

describe('sameThumbprint', () => {
    it('matches one thumbprint across spellings and never matches nothing', () => {
        expect(sameThumbprint(BASE64, HEX.toLowerCase())).toBe(true)
        expect(sameThumbprint(BASE64URL, `${HEX.slice(0, 39)}0`)).toBe(false)
        expect(sameThumbprint('', '')).toBe(false)
    })
})
