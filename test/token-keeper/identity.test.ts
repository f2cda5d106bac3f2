import {
    compareIdentity,
    decodeBase64Url,
    IDENTITY_STATUS,
    identityDue,
    identityFromClaims,
    identityFromGoogleAnswer,
    identityMismatchMessage,
    identityUpdate,
    jwtClaims,
    UNKNOWN_IDENTITY,
    type IdentityRecord,
} from '../../src/authorization/identity.ts'
import { fakeJwt } from './tokens.ts'

const NEVER_CHECKED: IdentityRecord = { authorizedIdentity: '', identityStatus: '', acceptedDelegate: '', identityChecked: null }
const DAY = 86400000

describe('reading the identity from a token', () => {
    it("reads upn from a Microsoft access token's claims, lower-cased", () => {
        const token = fakeJwt({ aud: 'https://outlook.office.com', upn: 'Admin@Contoso.com', unique_name: 'other@contoso.com', scp: 'IMAP.AccessAsUser.All' })
        expect(identityFromClaims(jwtClaims(token))).toBe('admin@contoso.com')
    })

    it('falls back to preferred_username, unique_name, then email', () => {
        expect(identityFromClaims({ preferred_username: 'a@contoso.com', email: 'b@contoso.com' })).toBe('a@contoso.com')
        expect(identityFromClaims({ unique_name: 'c@contoso.com' })).toBe('c@contoso.com')
        expect(identityFromClaims({ email: 'd@gmail.com' })).toBe('d@gmail.com')
    })

    it('never guesses: an opaque subject or a claim that is not an address names nobody', () => {
        expect(identityFromClaims({ sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ', oid: '00000000-0000-0000-0000-000000000001' })).toBeNull()
        expect(identityFromClaims({ upn: 'not an address' })).toBeNull()
        expect(identityFromClaims(null)).toBeNull()
    })

    it('reads opaque and malformed tokens as no claims', () => {
        expect(jwtClaims('ya29.a0AfH6SMBopaqueGoogleToken')).toBeNull()
        expect(jwtClaims('EwBwA8l6BAAUopaque')).toBeNull()
        expect(jwtClaims('a.!!!.c')).toBeNull()
        expect(jwtClaims(`a.${Buffer.from('[1,2]').toString('base64url')}.c`)).toBeNull()
    })

    it('decodes base64url with UTF-8 (names with accents) without atob or Buffer', () => {
        const text = '{"upn":"zoë.müller@contoso.com"}'
        expect(decodeBase64Url(Buffer.from(text).toString('base64url'))).toBe(text)
        expect(decodeBase64Url('a')).toBeNull()
    })

    it("reads Gmail's profile and Google's tokeninfo answers", () => {
        expect(identityFromGoogleAnswer('{"emailAddress":"Helpdesk@Example.com","messagesTotal":3}')).toBe('helpdesk@example.com')
        expect(identityFromGoogleAnswer('{"email":"helpdesk@example.com","scope":"https://mail.google.com/"}')).toBe('helpdesk@example.com')
        expect(identityFromGoogleAnswer('{"scope":"https://mail.google.com/"}')).toBeNull()
        expect(identityFromGoogleAnswer('<html>')).toBeNull()
    })
})

describe('comparing the identity with the mailbox', () => {
    it('matches case-insensitively, accepts the delegate entered on the row, and reports anyone else', () => {
        expect(compareIdentity('Sales@Contoso.com', 'sales@contoso.com', '')).toBe(IDENTITY_STATUS.match)
        expect(compareIdentity('sales@contoso.com', 'helper@contoso.com', ' Helper@contoso.com ')).toBe(IDENTITY_STATUS.delegate)
        expect(compareIdentity('sales@contoso.com', 'admin@contoso.com', 'helper@contoso.com')).toBe(IDENTITY_STATUS.mismatch)
        expect(compareIdentity('sales@contoso.com', null, '')).toBe(IDENTITY_STATUS.unknown)
    })

    it('alerts once per wrong identity, and again after a new authorization', () => {
        const first = identityUpdate(NEVER_CHECKED, 'sales@contoso.com', 'admin@contoso.com', false)
        expect(first).toMatchObject({ authorizedIdentity: 'admin@contoso.com', identityStatus: 'mismatch', alert: true, write: true })
        const recorded: IdentityRecord = { authorizedIdentity: 'admin@contoso.com', identityStatus: 'mismatch', acceptedDelegate: '', identityChecked: 1 }
        expect(identityUpdate(recorded, 'sales@contoso.com', 'admin@contoso.com', false)).toMatchObject({ alert: false, write: false })
        expect(identityUpdate(recorded, 'sales@contoso.com', 'admin@contoso.com', true)).toMatchObject({ alert: true })
        expect(identityUpdate(recorded, 'sales@contoso.com', 'intern@contoso.com', false)).toMatchObject({ alert: true, authorizedIdentity: 'intern@contoso.com' })
    })

    it('records "unknown" when nothing names the identity, and never alerts on it', () => {
        expect(identityUpdate(NEVER_CHECKED, 'sales@contoso.com', null, true)).toEqual({ authorizedIdentity: UNKNOWN_IDENTITY, identityStatus: 'unknown', alert: false, write: true, recovered: false })
    })

    it('stops alerting once the admin accepts the delegate', () => {
        const recorded: IdentityRecord = { authorizedIdentity: 'helper@contoso.com', identityStatus: 'mismatch', acceptedDelegate: 'helper@contoso.com', identityChecked: 1 }
        expect(identityUpdate(recorded, 'shared@contoso.com', 'helper@contoso.com', true)).toMatchObject({ identityStatus: 'delegate', alert: false, write: true })
    })

    it("asks Google once per authorization and then weekly; reads Microsoft's claims every time", () => {
        const now = 100 * DAY
        const checked: IdentityRecord = { ...NEVER_CHECKED, identityChecked: now - DAY }
        expect(identityDue(NEVER_CHECKED, true, false, now)).toBe(true)
        expect(identityDue(checked, true, false, now)).toBe(false)
        expect(identityDue(checked, true, true, now)).toBe(true)
        expect(identityDue({ ...checked, identityChecked: now - 7 * DAY }, true, false, now)).toBe(true)
        expect(identityDue(checked, false, false, now)).toBe(true)
    })

    it('says what happened and the fix: a private window, signed in as the mailbox, or accept the delegate', () => {
        const message = identityMismatchMessage('Sales inbox', 'sales@contoso.com', 'admin@contoso.com')
        expect(message).toContain('belongs to admin@contoso.com, not to the mailbox sales@contoso.com')
        expect(message).toContain('private (incognito) browser window')
        expect(message).toContain('sign in at the provider as sales@contoso.com')
        expect(message).toContain('Accepted delegate')
    })
})
