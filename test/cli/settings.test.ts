import { GOOGLE, MICROSOFT, presetScopes } from '../../src/providers.ts'
import { CLIENT_SECRET_ENV, isLoopbackHost, mailServer, parseCommand, serviceNowRedirectUrl, type ParsedCommand } from '../../cli/settings.ts'

const noFile = (path: string): string => {
    throw new Error(`ENOENT: no such file or directory, open '${path}'`)
}

function verify(argv: string[], env: Record<string, string> = {}, readFile = noFile) {
    const parsed = parseCommand(['verify', ...argv], env, readFile)
    if (parsed.kind !== 'verify') throw new Error(`expected settings, got ${JSON.stringify(parsed)}`)
    return parsed
}

function usageError(argv: string[], readFile = noFile): string {
    const parsed: ParsedCommand = parseCommand(argv, {}, readFile)
    if (parsed.kind !== 'usage-error') throw new Error(`expected a usage error, got ${parsed.kind}`)
    return parsed.message
}

describe('presets come from src/providers.ts', () => {
    test('microsoft fills the tenant into the preset endpoints and takes the preset scopes and servers', () => {
        const { settings } = verify(['--provider', 'microsoft', '--tenant', 'contoso.onmicrosoft.com', '--client-id', 'app'])
        expect(settings.authorizationUrl).toBe(MICROSOFT.authUrl.replace('<tenant>', 'contoso.onmicrosoft.com'))
        expect(settings.tokenUrl).toBe(MICROSOFT.tokenUrl.replace('<tenant>', 'contoso.onmicrosoft.com'))
        expect(settings.scopes).toEqual(presetScopes(MICROSOFT))
        expect(settings.imap).toEqual(MICROSOFT.imap)
        expect(settings.smtp).toEqual(MICROSOFT.smtp)
        expect(settings.extraAuthorizationParameters).toEqual({})
        expect(settings.endpointsOverridden).toBe(false)
    })

    test('microsoft checks SMTP by default only when SMTP.Send is requested', () => {
        const { settings } = verify(['--provider', 'microsoft', '--tenant', 't', '--client-id', 'app', '--scopes', `${MICROSOFT.scope.imap} openid offline_access`])
        expect(settings.imap).toEqual(MICROSOFT.imap)
        expect(settings.smtp).toBeUndefined()
    })

    test('the device endpoint of Entra is derived from the preset token endpoint', () => {
        const { settings } = verify(['--provider', 'microsoft', '--tenant', 'contoso', '--client-id', 'app', '--device-code'])
        expect(settings.flow).toBe('device_code')
        expect(settings.deviceAuthorizationUrl).toBe('https://login.microsoftonline.com/contoso/oauth2/v2.0/devicecode')
    })

    test('google asks for offline access and consent, so a refresh token comes back', () => {
        const { settings } = verify(['--provider', 'google', '--client-id', 'app.apps.googleusercontent.com'])
        expect(settings.authorizationUrl).toBe(GOOGLE.authUrl)
        expect(settings.tokenUrl).toBe(GOOGLE.tokenUrl)
        expect(settings.scopes).toEqual([GOOGLE.scope.mail])
        expect(settings.extraAuthorizationParameters).toEqual({ access_type: 'offline', prompt: 'consent' })
        expect(settings.imap).toEqual(GOOGLE.imap)
        expect(settings.smtp).toEqual(GOOGLE.smtp)
    })

    test('a preset can be pointed at another endpoint (a proxy or a test server) and keeps its scopes', () => {
        const { settings } = verify([
            '--provider', 'google', '--client-id', 'app',
            '--auth-url', 'http://127.0.0.1:4000/auth', '--token-url', 'http://127.0.0.1:4000/token',
        ])
        expect(settings.endpointsOverridden).toBe(true)
        expect(settings.authorizationUrl).toBe('http://127.0.0.1:4000/auth')
        expect(settings.scopes).toEqual([GOOGLE.scope.mail])
    })
})

describe('custom providers', () => {
    test('need their endpoints and scopes; mail servers only when given', () => {
        const { settings } = verify([
            '--provider', 'custom', '--client-id', 'app', '--auth-url', 'https://id.example.com/authorize',
            '--token-url', 'https://id.example.com/token', '--scopes', 'openid, mail offline_access,mail',
        ])
        expect(settings.scopes).toEqual(['openid', 'mail', 'offline_access'])
        expect(settings.imap).toBeUndefined()
        expect(settings.smtp).toBeUndefined()
    })

    test.each([
        [['--token-url', 'https://x/token', '--scopes', 'a'], '--auth-url is missing'],
        [['--auth-url', 'https://x/auth', '--scopes', 'a'], '--token-url is missing'],
        [['--auth-url', 'https://x/auth', '--token-url', 'https://x/token'], '--scopes is missing'],
        [['--token-url', 'https://x/token', '--scopes', 'a', '--device-code'], '--device-url is missing'],
    ])('%j → %s', (flags, message) => {
        expect(usageError(['verify', '--provider', 'custom', '--client-id', 'app', ...flags])).toContain(message)
    })
})

describe('the client secret stays out of shell history', () => {
    test('is read from the environment', () => {
        const parsed = verify(['--provider', 'google', '--client-id', 'app'], { [CLIENT_SECRET_ENV]: 'from-env' })
        expect(parsed.settings.clientSecret).toBe('from-env')
        expect(parsed.notes.join(' ')).not.toContain('shell history')
    })

    test('on the command line it still works, with a note to use the environment next time', () => {
        const parsed = verify(['--provider', 'google', '--client-id', 'app', '--client-secret', 'typed'], { [CLIENT_SECRET_ENV]: 'from-env' })
        expect(parsed.settings.clientSecret).toBe('typed')
        expect(parsed.notes.join(' ')).toContain(CLIENT_SECRET_ENV)
    })
})

describe('--config file', () => {
    const file = JSON.stringify({ provider: 'microsoft', tenant: 'contoso', 'client-id': 'from-file', timeout: 60, 'no-smtp': true })
    const read = (path: string) => (path === 'verify.json' ? file : noFile(path))

    test('gives the values, and the command line wins', () => {
        const { settings } = verify(['--config', 'verify.json', '--client-id', 'from-flag'], {}, read)
        expect(settings.clientId).toBe('from-flag')
        expect(settings.tenant).toBe('contoso')
        expect(settings.waitSeconds).toBe(60)
        expect(settings.smtp).toBeUndefined()
    })

    test.each([
        [() => noFile('missing.json'), 'cannot read --config verify.json'],
        [() => '{ nope', 'is not valid JSON'],
        [() => '[1]', 'must hold one JSON object'],
        [() => '{"clientId": "x"}', 'unknown key "clientId"'],
        [() => '{"json": "yes"}', '"json" must be true or false'],
    ])('a bad file is one line: %#', (reader, message) => {
        expect(usageError(['verify', '--config', 'verify.json'], reader)).toContain(message)
    })
})

describe('bad input gives one line that says what to change', () => {
    test.each([
        [['verify', '--bogus'], 'unknown option --bogus'],
        [['verify', '--timeout'], "Option '--timeout <value>' argument missing"],
        [[], 'no command given'],
        [['check'], 'unknown command "check"'],
        [['verify', 'extra'], 'unexpected argument "extra"'],
        [['verify', '--client-id', 'x'], '--provider is missing'],
        [['verify', '--provider', 'yahoo', '--client-id', 'x'], '--provider yahoo is unknown'],
        [['verify', '--provider', 'microsoft', '--tenant', 't'], '--client-id is missing: the Application (client) ID from Entra'],
        [['verify', '--provider', 'microsoft', '--client-id', 'x'], '--tenant is missing'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--device-code'], "Google's device flow does not allow"],
        [['verify', '--provider', 'google', '--client-id', 'x', '--timeout', '0'], '--timeout 0 is not a whole number'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--imap', 'imap.gmail.com'], '--imap imap.gmail.com is not HOST:PORT'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--client-auth', 'jwt'], '--client-auth jwt is unknown'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--token-url', 'http://accounts.example.com/token'], 'must use https'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--auth-url', 'not a url'], 'is not a URL'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--redirect-uri', 'https://acme.service-now.com/oauth_redirect.do'], 'must be http://localhost:PORT'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--redirect-uri', 'http://localhost/'], 'must be http://localhost:PORT'],
        [['verify', '--provider', 'google', '--client-id', 'x', '--instance', 'acme corp'], 'is not an instance name'],
    ])('%j', (argv, message) => {
        const text = usageError(argv)
        expect(text).toContain(message)
        expect(text).not.toContain('\n')
    })

    test('-h prints the usage; an unknown option next to --help is still an error', () => {
        expect(parseCommand(['verify', '--help', '--bogus-value'], {}, noFile).kind).toBe('usage-error')
        expect(parseCommand(['verify', '-h'], {}, noFile).kind).toBe('help')
    })
})

describe('mail servers', () => {
    test.each([
        ['outlook.office365.com:993', { host: 'outlook.office365.com', port: 993, security: 'ssl' }],
        ['smtp.example.com:587', { host: 'smtp.example.com', port: 587, security: 'starttls' }],
        ['smtp.example.com:465', { host: 'smtp.example.com', port: 465, security: 'ssl' }],
        ['127.0.0.1:1143', { host: '127.0.0.1', port: 1143, security: 'opportunistic' }],
        ['[::1]:1143', { host: '::1', port: 1143, security: 'opportunistic' }],
    ])('%s', (value, expected) => {
        expect(mailServer('--imap', value, undefined)).toEqual(expected)
    })

    test('plain text is allowed only where the token cannot leave the computer', () => {
        expect(isLoopbackHost('127.0.0.1')).toBe(true)
        expect(isLoopbackHost('localhost')).toBe(true)
        expect(isLoopbackHost('[::1]')).toBe(true)
        expect(isLoopbackHost('10.0.0.1')).toBe(false)
        expect(isLoopbackHost('localhost.example.com')).toBe(false)
    })
})

describe('the ServiceNow redirect URL', () => {
    test.each([
        [undefined, 'https://<instance>.service-now.com/oauth_redirect.do'],
        ['acme', 'https://acme.service-now.com/oauth_redirect.do'],
        ['acme.service-now.com', 'https://acme.service-now.com/oauth_redirect.do'],
        ['https://acme.service-now.com/now/nav/ui', 'https://acme.service-now.com/oauth_redirect.do'],
        ['itsm.acme.example', 'https://itsm.acme.example/oauth_redirect.do'],
    ])('--instance %s', (instance, expected) => {
        const argv = ['--provider', 'google', '--client-id', 'x', ...(instance ? ['--instance', instance] : [])]
        expect(serviceNowRedirectUrl(verify(argv).settings.instanceHost)).toBe(expected)
    })
})
