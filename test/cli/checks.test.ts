import { GOOGLE, MICROSOFT, presetScopes } from '../../src/providers.ts'
import {
    accessTokenAudience,
    fingerprint,
    lifetimeCheck,
    mailboxUser,
    refreshCheck,
    refreshTokenCheck,
    scopesCheck,
} from '../../cli/checks.ts'
import { parseCommand } from '../../cli/settings.ts'
import type { TokenSet, VerifySettings } from '../../cli/types.ts'

function settingsFor(argv: string[]): VerifySettings {
    const parsed = parseCommand(['verify', ...argv], {}, () => '')
    if (parsed.kind !== 'verify') throw new Error(JSON.stringify(parsed))
    return parsed.settings
}

const microsoft = (scopes?: string[]) =>
    settingsFor(['--provider', 'microsoft', '--tenant', 'contoso', '--client-id', 'app', ...(scopes ? ['--scopes', scopes.join(' ')] : [])])
const google = () => settingsFor(['--provider', 'google', '--client-id', 'app'])
const custom = (scopes: string) =>
    settingsFor(['--provider', 'custom', '--client-id', 'app', '--auth-url', 'https://id.example/a', '--token-url', 'https://id.example/t', '--scopes', scopes])

/** An unsigned JWT-shaped token with these claims (Entra's access tokens are JWTs). */
const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`

const tokens = (extra: Partial<TokenSet> = {}): TokenSet => ({ accessToken: 'opaque-access', ...extra })

describe('fingerprint', () => {
    test('is short, stable, and never contains the token', () => {
        const token = 'eyJhbGciOi.secret-token-value.signature'
        expect(fingerprint(token)).toMatch(/^sha256:[0-9a-f]{10}$/)
        expect(fingerprint(token)).toBe(fingerprint(token))
        expect(fingerprint(token)).not.toContain('secret')
        expect(fingerprint(`${token}x`)).not.toBe(fingerprint(token))
    })
})

describe('scopes: granted against requested', () => {
    test('the Microsoft preset granted in full passes', () => {
        const check = scopesCheck(microsoft(), tokens({ grantedScope: presetScopes(MICROSOFT).join(' ') }))
        expect(check.status).toBe('pass')
        expect(check.summary).toContain('granted: https://outlook.office.com/IMAP.AccessAsUser.All')
    })

    test('Entra leaving out openid and offline_access from the granted list is not a failure', () => {
        const check = scopesCheck(microsoft(), tokens({ grantedScope: `${MICROSOFT.scope.imap} ${MICROSOFT.scope.smtp}` }))
        expect(check.status).toBe('pass')
    })

    test('a scope that was not granted fails and points at API permissions', () => {
        const check = scopesCheck(microsoft(), tokens({ grantedScope: `${MICROSOFT.scope.imap} openid offline_access` }))
        expect(check.status).toBe('fail')
        expect(check.summary).toContain(`not granted: ${MICROSOFT.scope.smtp}`)
        expect(check.fix).toContain('API permissions')
        expect(check.fix).toContain('Grant admin consent')
    })

    test('offline_access missing from a Microsoft request fails, with the profile field to change', () => {
        const check = scopesCheck(microsoft([MICROSOFT.scope.imap, 'openid']), tokens({ grantedScope: `${MICROSOFT.scope.imap} openid` }))
        expect(check.status).toBe('fail')
        expect(check.summary).toContain('offline_access not requested')
        expect(check.fix).toContain('ServiceNow OAuth profile')
    })

    test.each([['User.Read'], ['https://graph.microsoft.com/Mail.Read']])('Graph scope %s mixed with Outlook scopes fails', (graph) => {
        const check = scopesCheck(microsoft([...presetScopes(MICROSOFT), graph]), tokens())
        expect(check.status).toBe('fail')
        expect(check.summary).toContain(`${graph} mixed with Outlook scopes`)
        expect(check.fix).toContain(`remove ${graph}`)
    })

    test('an access token for the Graph audience fails even when the scopes look right', () => {
        const check = scopesCheck(microsoft(), tokens({ accessToken: jwt({ aud: '00000003-0000-0000-c000-000000000000' }) }))
        expect(check.status).toBe('fail')
        expect(check.summary).toContain('for Microsoft Graph')
    })

    test('no scope member in the answer means the requested ones (RFC 6749)', () => {
        const check = scopesCheck(google(), tokens())
        expect(check.status).toBe('pass')
        expect(check.summary).toContain('did not list granted scopes')
    })

    test('a custom provider without offline_access is not failed here (the refresh token check says why)', () => {
        expect(scopesCheck(custom('openid mail'), tokens({ grantedScope: 'openid mail' })).status).toBe('pass')
    })
})

describe('access token audience', () => {
    test.each([
        [jwt({ aud: 'https://outlook.office.com' }), 'https://outlook.office.com'],
        ['opaque', undefined],
        ['a.!!!.c', undefined],
        [jwt({ aud: ['x'] }), undefined],
    ])('%s', (token, audience) => {
        expect(accessTokenAudience(token)).toBe(audience)
    })
})

describe('lifetime', () => {
    test.each([
        [3599, 'pass', '3599 s (about 60 minutes)'],
        [60, 'pass', '60 s (60 seconds)'],
        [86400, 'pass', 'about 24 hours'],
        [0, 'fail', 'already expired'],
        [undefined, 'pass', 'not stated by the provider'],
    ])('expires_in %s', (seconds, status, text) => {
        const check = lifetimeCheck(tokens({ expiresInSeconds: seconds }))
        expect(check.status).toBe(status)
        expect(check.summary).toContain(text)
    })
})

describe('refresh token: present, or why not', () => {
    test('present shows a fingerprint only', () => {
        const check = refreshTokenCheck(google(), tokens({ refreshToken: 'refresh-secret' }))
        expect(check.status).toBe('pass')
        expect(check.summary).not.toContain('refresh-secret')
        expect(check.summary).toContain(fingerprint('refresh-secret'))
    })

    test('Microsoft without offline_access: add it', () => {
        const check = refreshTokenCheck(microsoft([MICROSOFT.scope.imap]), tokens())
        expect(check.status).toBe('fail')
        expect(check.fix).toContain('only for offline_access')
    })

    test('Microsoft with offline_access requested but not granted: API permissions', () => {
        expect(refreshTokenCheck(microsoft(), tokens()).fix).toContain('API permissions')
    })

    test('Google: access_type=offline and prompt=consent, and the OAuth API script on ServiceNow', () => {
        const check = refreshTokenCheck(google(), tokens())
        expect(check.fix).toContain('access_type=offline and prompt=consent')
        expect(check.fix).toContain(GOOGLE.oauthApiScript)
    })

    test.each([
        ['openid mail', 'offline_access was not requested'],
        ['openid mail offline_access', 'allow the refresh_token grant'],
    ])('custom provider with scopes "%s"', (scopes, fix) => {
        expect(refreshTokenCheck(custom(scopes), tokens()).fix).toContain(fix)
    })
})

describe('refresh', () => {
    test('reports the new token and whether the refresh token rotated', () => {
        const before = tokens({ refreshToken: 'r1' })
        expect(refreshCheck(before, tokens({ accessToken: 'a2', expiresInSeconds: 3600, refreshToken: 'r2' })).summary).toBe(
            `refresh: new access token ${fingerprint('a2')}, lasts 3600 s; refresh token rotated to ${fingerprint('r2')}`,
        )
        expect(refreshCheck(before, tokens({ accessToken: 'a2' })).summary).toContain('refresh token kept')
    })
})

describe('mailbox user', () => {
    test('--login-hint first, then the ID token', () => {
        expect(mailboxUser(settingsFor(['--provider', 'google', '--client-id', 'a', '--login-hint', 'box@example.com']), tokens())).toBe('box@example.com')
        expect(mailboxUser(google(), tokens({ idTokenClaims: { sub: '123', preferred_username: 'box@contoso.com' } }))).toBe('box@contoso.com')
        expect(mailboxUser(google(), tokens({ idTokenClaims: { sub: '123' } }))).toBeUndefined()
    })
})
