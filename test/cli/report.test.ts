import { GOOGLE, MICROSOFT } from '../../src/providers.ts'
import { buildReport, renderJson, renderText } from '../../cli/report.ts'
import { parseCommand } from '../../cli/settings.ts'
import type { CheckResult, VerifySettings } from '../../cli/types.ts'

function settingsFor(argv: string[], env: Record<string, string> = {}): VerifySettings {
    const parsed = parseCommand(['verify', ...argv], env, () => '')
    if (parsed.kind !== 'verify') throw new Error(JSON.stringify(parsed))
    return parsed.settings
}

const pass = (id: CheckResult['id'], summary: string): CheckResult => ({ id, status: 'pass', summary })

describe('exit status of a report', () => {
    const settings = settingsFor(['--provider', 'google', '--client-id', 'app'])
    test('ok only when every check passed', () => {
        expect(buildReport(settings, [pass('token', 'a'), pass('scopes', 'b')], [], undefined).ok).toBe(true)
        expect(buildReport(settings, [pass('token', 'a'), { id: 'refresh', status: 'skip', summary: 'c' }], [], undefined).ok).toBe(false)
        expect(buildReport(settings, [{ id: 'token', status: 'fail', summary: 'a', fix: 'b' }], [], undefined).ok).toBe(false)
        expect(buildReport(settings, [], [], undefined).ok).toBe(false)
    })
})

describe('ServiceNow form values', () => {
    test('Microsoft: the preset names, the tenant endpoints, each scope its own entry, the instance redirect', () => {
        const settings = settingsFor(['--provider', 'microsoft', '--tenant', 'contoso.onmicrosoft.com', '--client-id', 'app-id', '--instance', 'acme'])
        const values = buildReport(settings, [], [], 'box@contoso.com').serviceNow
        expect(values.applicationRegistry).toEqual({
            name: MICROSOFT.entityName,
            clientId: 'app-id',
            defaultGrantType: 'Authorization Code',
            authorizationUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
            tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
            redirectUrl: 'https://acme.service-now.com/oauth_redirect.do',
            sendCredentials: 'As Basic Authorization Header',
        })
        expect(values.profile).toBe(MICROSOFT.profileName)
        expect(values.profileScopes).toEqual(Object.values(MICROSOFT.scope))
        expect(values.imapAccount).toEqual({ server: MICROSOFT.imap.host, port: 993, enableSsl: true, enableTls: false, userName: 'box@contoso.com' })
        expect(values.smtpAccount).toEqual({ server: MICROSOFT.smtp.host, port: 587, enableSsl: false, enableTls: true, userName: 'box@contoso.com' })
    })

    test('Google: the OAuth API script that adds access_type=offline', () => {
        const settings = settingsFor(['--provider', 'google', '--client-id', 'app', '--client-auth', 'post'])
        const values = buildReport(settings, [], [], undefined).serviceNow
        expect(values.applicationRegistry.oauthApiScript).toBe(GOOGLE.oauthApiScript)
        expect(values.applicationRegistry.sendCredentials).toBe('In Request Body')
        expect(values.profileScopes).toEqual([GOOGLE.scope.mail])
    })
})

describe('rendering', () => {
    const settings = settingsFor(['--provider', 'google', '--client-id', 'app', '--instance', 'acme'], { EMAIL_OAUTH_CLIENT_SECRET: 'top-secret-value' })
    const checks: CheckResult[] = [
        pass('token', 'token endpoint answered'),
        { id: 'refresh-token', status: 'fail', summary: 'refresh token: none came back', fix: 'set the OAuth API Script' },
        { id: 'refresh', status: 'skip', summary: 'refresh: not tried (no refresh token)' },
    ]
    const report = buildReport(settings, checks, ['a note'], 'box@gmail.com')

    test('text: one line a check, the fix under a failure, the form values, a closing line', () => {
        const text = renderText(settings, report)
        expect(text).toContain('  PASS  token endpoint answered\n')
        expect(text).toContain('  FAIL  refresh token: none came back\n        fix: set the OAuth API Script\n')
        expect(text).toContain('  SKIP  refresh: not tried')
        expect(text).toContain('  note: a note')
        expect(text).toContain('Redirect URL         https://acme.service-now.com/oauth_redirect.do')
        expect(text).toContain('OAuth API Script     OAuthGoogleOfflineAccess')
        expect(text.trimEnd().split('\n').pop()).toBe('Result: 2 of 3 checks did not pass. Fix the first FAIL above and run again.')
    })

    test('the client secret is never printed', () => {
        expect(renderText(settings, report)).not.toContain('top-secret-value')
        expect(renderJson(report)).not.toContain('top-secret-value')
    })

    test('json parses and carries the same checks', () => {
        const parsed = JSON.parse(renderJson(report)) as { ok: boolean; checks: CheckResult[]; serviceNow: { profileScopes: string[] } }
        expect(parsed.ok).toBe(false)
        expect(parsed.checks.map((check) => check.status)).toEqual(['pass', 'fail', 'skip'])
        expect(parsed.serviceNow.profileScopes).toEqual([GOOGLE.scope.mail])
    })
})
