import { identityCheck } from '../../cli/checks.ts'
import { parseCommand } from '../../cli/settings.ts'
import type { TokenSet, VerifySettings } from '../../cli/types.ts'
import { fakeJwt } from '../token-keeper/tokens.ts'

function microsoft(...extra: string[]): VerifySettings {
    const parsed = parseCommand(['verify', '--provider', 'microsoft', '--tenant', 'contoso', '--client-id', 'app', ...extra], {}, () => '')
    if (parsed.kind !== 'verify') throw new Error(JSON.stringify(parsed))
    return parsed.settings
}

const tokens = (accessToken: string, idTokenClaims?: Record<string, unknown>): TokenSet => ({ accessToken, expiresInSeconds: 3600, idTokenClaims })

describe('the identity line of email-oauth verify', () => {
    it("reads upn from Entra's access token and passes when it is the mailbox", () => {
        const check = identityCheck(microsoft('--login-hint', 'Helpdesk@contoso.com'), tokens(fakeJwt({ upn: 'helpdesk@contoso.com' })))
        expect(check).toEqual({ id: 'identity', status: 'pass', summary: 'identity: signed in as helpdesk@contoso.com, the mailbox' })
    })

    it('fails with the private-window fix when someone else signed in', () => {
        const check = identityCheck(microsoft('--login-hint', 'helpdesk@contoso.com'), tokens('opaque', { preferred_username: 'admin@contoso.com' }))
        expect(check).toMatchObject({ status: 'fail', summary: 'identity: signed in as admin@contoso.com, not as the mailbox helpdesk@contoso.com' })
        expect(check.fix).toContain('private (incognito) window')
    })

    it('says "unknown" rather than guess from an opaque token or a bare subject', () => {
        expect(identityCheck(microsoft('--login-hint', 'a@b.com'), tokens('ya29.opaque', { sub: '1234567890' }))).toMatchObject({ status: 'pass', summary: expect.stringContaining('identity: unknown') })
    })

    it('without --login-hint, names the identity to use as User name', () => {
        expect(identityCheck(microsoft(), tokens(fakeJwt({ upn: 'helpdesk@contoso.com' }))).summary).toBe("identity: signed in as helpdesk@contoso.com; use it as the email account's User name")
    })
})
