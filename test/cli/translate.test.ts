import { translateFailure, type TranslationContext } from '../../cli/translate.ts'
import type { Failure } from '../../cli/types.ts'

const context = (overrides: Partial<TranslationContext> = {}): TranslationContext => ({
    stage: 'token',
    provider: 'microsoft',
    redirectUri: 'http://localhost:8765/',
    serviceNowRedirectUrl: 'https://acme.service-now.com/oauth_redirect.do',
    ...overrides,
})

const entra = (code: string, error = 'invalid_request'): Failure => ({
    kind: 'oauth',
    error,
    description: `AADSTS${code}: Something the provider said.\r\nTrace ID: 1234\r\nCorrelation ID: 5678`,
})

describe('AADSTS codes name the Entra or ServiceNow setting to change', () => {
    test.each([
        ['90002', 'the tenant was not found', 'Directory (tenant) ID'],
        ['50011', 'redirect URI is not registered', 'Authentication > Redirect URIs: add http://localhost:8765/ (for this command) and https://acme.service-now.com/oauth_redirect.do'],
        ['65001', 'nobody consented', 'Grant admin consent'],
        ['70011', 'scope is not valid', 'https://outlook.office.com/IMAP.AccessAsUser.All'],
        ['7000222', 'client secret has expired', 'Certificates & secrets'],
        ['7000215', 'client secret is wrong', 'Value (not its Secret ID)'],
        ['700016', 'no app with this client ID', 'Application (client) ID'],
        ['700082', '90 days without use', 'Authorize Email Account Access'],
        ['50173', 'grant was revoked', 'Authorize Email Account Access'],
    ])('AADSTS%s', (code, summary, fix) => {
        const advice = translateFailure(entra(code), context())
        expect(advice.summary).toContain(`AADSTS${code}`)
        expect(advice.summary).toContain(summary)
        expect(advice.fix).toContain(fix)
    })

    test('an unknown AADSTS code is shown as Entra said it, without trace lines', () => {
        const advice = translateFailure(entra('12345'), context())
        expect(advice.summary).toBe('invalid_request: AADSTS12345: Something the provider said.')
    })

    test('the ServiceNow form field is named for secret problems', () => {
        expect(translateFailure(entra('7000222', 'invalid_client'), context()).fix).toContain('"Client Secret" field of the ServiceNow Application Registry')
    })
})

describe('a refused client assertion (certificate) names what to change on the certificate, the JWT provider or the clock', () => {
    const said = (code: string, reason: string): Failure => ({ kind: 'oauth', error: 'invalid_client', description: `AADSTS${code}: ${reason}\r\nTrace ID: 1` })
    test.each([
        ['700027', "The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: 'ab12cd', ...]", 'the app registration does not know this certificate (thumbprint AB12CD)', 'Upload certificate'],
        ['700027', "Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: 'AB12CD']", 'Entra holds this certificate (thumbprint AB12CD) but it has expired', 'make a new key and certificate'],
        ['50013', 'Assertion failed signature validation. [Reason - The provided signature value did not match the expected signature value.]', 'the signature does not verify with it', 'the JKS entry must hold the key and the very certificate'],
        ['700024', 'Client assertion is not within its valid time range.', 'not within its valid time range', 'set the clock of the computer that signs'],
        ['700021', "Client assertion application identifier doesn't match 'client_id' parameter.", 'issuer/subject is not the client ID', 'iss and sub claims'],
        ['700023', 'Client assertion audience claim does not match Realm issuer.', 'audience is not this tenant', 'aud claim'],
        ['50027', 'Invalid JWT token. No certificate thumbprint specified in token header.', 'names no certificate thumbprint', 'x5t'],
    ])('AADSTS%s', (code, reason, summary, fix) => {
        const advice = translateFailure(said(code, reason), context())
        expect(advice.summary).toContain(summary)
        expect(advice.fix).toContain(fix)
    })
})

describe('Google and OAuth error codes', () => {
    const google = (stage: TranslationContext['stage'] = 'token') => context({ provider: 'google', stage })

    test.each([
        ['redirect_uri_mismatch', 'sign-in', 'Authorized redirect URIs: add http://localhost:8765/'],
        ['invalid_client', 'token', 'Google Cloud console > APIs & Services > Credentials'],
        ['invalid_grant', 'refresh', 'Publishing status "In production"'],
        ['invalid_grant', 'token', 'finish the sign-in within a few minutes'],
        ['access_denied', 'sign-in', 'Test users'],
        ['org_internal', 'sign-in', 'User type to External'],
        ['admin_policy_enforced', 'sign-in', 'API controls'],
        ['invalid_scope', 'authorize', 'https://mail.google.com/'],
        ['disabled_client', 'authorize', 'create or re-enable the OAuth client'],
    ] as const)('%s at %s', (error, stage, fix) => {
        expect(translateFailure({ kind: 'oauth', error }, google(stage)).fix).toContain(fix)
    })

    test('oidc-provider says invalid_redirect_uri for the same mistake', () => {
        const advice = translateFailure({ kind: 'oauth', error: 'invalid_redirect_uri', description: "redirect_uri did not match any of the client's registered redirect_uris" }, context({ provider: 'custom', stage: 'authorize' }))
        expect(advice.summary).toContain('the redirect URI is not registered')
        expect(advice.fix).toContain('"Redirect URL" field')
    })

    test('a wrong secret at the token endpoint names both places the secret lives', () => {
        const advice = translateFailure({ kind: 'oauth', error: 'invalid_client', description: 'client authentication failed', status: 401 }, context({ provider: 'custom' }))
        expect(advice.summary).toBe('invalid_client: client authentication failed (the client ID or client secret is wrong, or the secret expired)')
        expect(advice.fix).toContain('EMAIL_OAUTH_CLIENT_SECRET')
        expect(advice.fix).toContain('"Client Secret"')
    })

    test('unauthorized_client for the device flow points at public client flows', () => {
        expect(translateFailure({ kind: 'oauth', error: 'unauthorized_client' }, context({ stage: 'device' })).fix).toContain('Allow public client flows')
    })

    test('an unknown error is passed on as the provider said it', () => {
        expect(translateFailure({ kind: 'oauth', error: 'slow_down' }, context()).summary).toBe('slow_down')
    })
})

describe('network failures name the flag and the ServiceNow field of the endpoint', () => {
    test('unreachable token endpoint', () => {
        const advice = translateFailure({ kind: 'unreachable', url: 'https://login.example/token', reason: 'connection refused' }, context())
        expect(advice.summary).toBe('cannot reach https://login.example/token (connection refused)')
        expect(advice.fix).toContain('--token-url')
        expect(advice.fix).toContain('"Token URL"')
    })

    test('timeout', () => {
        const advice = translateFailure({ kind: 'timeout', url: 'https://login.example/authorize', seconds: 30 }, context({ stage: 'authorize' }))
        expect(advice.summary).toBe('no answer from https://login.example/authorize within 30 s')
        expect(advice.fix).toContain('"Authorization URL"')
        expect(advice.fix).toContain('--request-timeout')
    })

    test('HTTP status without an OAuth error: down, or not an OAuth endpoint', () => {
        const down = translateFailure({ kind: 'http', url: 'https://x/token', status: 503 }, context())
        expect(down.summary).toBe('https://x/token answered HTTP 503 (the provider is down or busy)')
        expect(down.fix).toContain('run again in a few minutes')
        const wrong = translateFailure({ kind: 'http', url: 'https://x/token', status: 404 }, context())
        expect(wrong.summary).toBe('https://x/token answered HTTP 404')
        expect(wrong.fix).toContain('"Token URL" field')
    })
})

describe('mailbox refusals', () => {
    test.each([
        ['microsoft', 'imap', 'Manage email apps > IMAP'],
        ['microsoft', 'smtp', 'Authenticated SMTP'],
        ['google', 'imap', 'https://mail.google.com/'],
        ['custom', 'smtp', 'SMTP server accepts tokens'],
    ] as const)('%s %s', (provider, stage, fix) => {
        const advice = translateFailure({ kind: 'mail-auth', response: 'NO [AUTHENTICATIONFAILED] Authentication failed.' }, context({ provider, stage }))
        expect(advice.summary).toContain(`the ${stage.toUpperCase()} server refused the token: NO [AUTHENTICATIONFAILED]`)
        expect(advice.fix).toContain(fix)
    })
})
