/**
 * Pure: command line + --config file + environment → VerifySettings, or a one-line usage error
 * that says what to change. Endpoints and scopes of the presets come from src/providers.ts, the
 * same constants the app's Fluent records are declared from.
 */
import { parseArgs } from 'node:util'
import { GOOGLE, INSTANCE_REDIRECT_URL, MICROSOFT, MICROSOFT_APP_ONLY, PLACEHOLDER, REDIRECT_PATH, presetScopes } from '../src/providers.ts'
import type { CertificateSource, ClientAuthentication, MailServer, ProviderChoice, VerifySettings } from './types.ts'

/** Keeps the secret out of shell history: `read -s EMAIL_OAUTH_CLIENT_SECRET` then export it. */
export const CLIENT_SECRET_ENV = 'EMAIL_OAUTH_CLIENT_SECRET'
/** The Java Key Store's store password (the certificate record's key store password). */
export const KEYSTORE_PASSWORD_ENV = 'EMAIL_OAUTH_KEYSTORE_PASSWORD'
/** The key entry's password (the JWT signing key's password); default: the store password, as keytool makes it. */
export const KEY_PASSWORD_ENV = 'EMAIL_OAUTH_KEY_PASSWORD'

const DEFAULT_WAIT_SECONDS = 300
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30

/** Google's switches for a refresh token; ServiceNow's OAuthGoogleOfflineAccess script sends the same. */
const GOOGLE_OFFLINE_PARAMETERS = { access_type: 'offline', prompt: 'consent' } as const

const OPTIONS = {
    provider: { type: 'string' },
    tenant: { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'client-auth': { type: 'string' },
    scopes: { type: 'string' },
    'auth-url': { type: 'string' },
    'token-url': { type: 'string' },
    'device-url': { type: 'string' },
    issuer: { type: 'string' },
    'login-hint': { type: 'string' },
    'device-code': { type: 'boolean' },
    flow: { type: 'string' },
    'graph-url': { type: 'string' },
    'no-graph': { type: 'boolean' },
    keystore: { type: 'string' },
    alias: { type: 'string' },
    certificate: { type: 'string' },
    'private-key': { type: 'string' },
    'assertion-alg': { type: 'string' },
    'redirect-uri': { type: 'string' },
    'no-browser': { type: 'boolean' },
    timeout: { type: 'string' },
    'request-timeout': { type: 'string' },
    imap: { type: 'string' },
    smtp: { type: 'string' },
    'no-imap': { type: 'boolean' },
    'no-smtp': { type: 'boolean' },
    instance: { type: 'string' },
    json: { type: 'boolean' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
} as const

type OptionName = keyof typeof OPTIONS
type RawValues = Partial<Record<OptionName, string | boolean>>

export const USAGE = `Usage: email-oauth verify [options]

Proves that an OAuth provider configuration mints tokens and logs into the mailbox, before you
attach the OAuth profile to a ServiceNow email account (the "test with Postman" step).

Provider
  --provider microsoft|google|custom   preset endpoints and scopes, or your own (custom)
  --tenant ID                          Microsoft: Directory (tenant) ID or verified domain
  --client-id ID                       Application (client) ID / OAuth client ID
  --client-secret SECRET               better: export ${CLIENT_SECRET_ENV} (stays out of shell history)
  --client-auth basic|post             how the secret is sent (ServiceNow "Send Credentials"); default basic
  --scopes "A B C"                     space or comma separated; default: the preset's scopes
  --auth-url URL --token-url URL       custom provider, or to point a preset at a proxy or test server
  --device-url URL                     device authorization endpoint (custom provider, --device-code)
  --issuer URL                         expected ID token issuer, when it is not the endpoints' origin
  --login-hint ADDRESS                 the mailbox address: signs in as it, and is the IMAP/SMTP user

Sign-in
  --device-code                        device authorization grant, for a machine without a browser
  --flow authorization-code|device-code|client-credentials
                                       client-credentials: app-only, no sign-in; mints a token with the
                                       secret per resource, shows its roles (application permissions),
                                       reads the inbox of --login-hint through Microsoft Graph and logs
                                       into SMTP as it (SMTP.SendAsApp)
  --graph-url URL  --no-graph          client-credentials: Graph's base URL (default ${MICROSOFT_APP_ONLY.graphUrl}), or skip Graph

Certificate instead of a client secret (client-credentials only; what you upload to the instance)
  --keystore FILE.jks --alias NAME     the Java Key Store and the alias of its key entry; passwords from
                                       ${KEYSTORE_PASSWORD_ENV} (store) and ${KEY_PASSWORD_ENV}
                                       (key entry; default: the store password), never from a flag
  --certificate FILE.pem               or PEM: the certificate (the key too, when the file holds both)
  --private-key FILE.pem               its private key (${KEY_PASSWORD_ENV} when it is encrypted)
  --assertion-alg RS256|PS256          the client assertion's signature (default RS256, what a ServiceNow
                                       JWT signing key uses; PS256 is what Microsoft now prefers)
  --redirect-uri URL                   loopback redirect to listen on (default http://localhost:<free port>/);
                                       register it at the provider, e.g. http://localhost:8765/
  --no-browser                         print the URL only, do not open a browser
  --timeout SECONDS                    how long to wait for the sign-in (default ${DEFAULT_WAIT_SECONDS})
  --request-timeout SECONDS            how long one request may take (default ${DEFAULT_REQUEST_TIMEOUT_SECONDS})

Mailbox
  --imap HOST:PORT  --smtp HOST:PORT   servers to log into (default for presets: the provider's own)
  --no-imap  --no-smtp                 skip that check

Output
  --instance NAME                      your instance (acme or acme.service-now.com): prints its redirect URL
  --json                               machine-readable report on stdout
  --config FILE.json                   any of the options above, keys are the long option names
                                       ("client-id": "..."); options on the command line win

Exit code 0 only when every check passed; 1 when one failed; 2 for a usage error.`

export type ParsedCommand =
    | { readonly kind: 'help' }
    | { readonly kind: 'verify'; readonly settings: VerifySettings; readonly notes: readonly string[] }
    | { readonly kind: 'usage-error'; readonly message: string }

/** Reads a --config file; injected so the parsing stays pure. Throws with a readable message. */
export type ReadTextFile = (path: string) => string

class UsageError extends Error {}

function usageError(message: string): never {
    throw new UsageError(message)
}

export function parseCommand(
    argv: readonly string[],
    env: Readonly<Record<string, string | undefined>>,
    readTextFile: ReadTextFile,
): ParsedCommand {
    try {
        return parseOrThrow(argv, env, readTextFile)
    } catch (error) {
        if (error instanceof UsageError) {
            return { kind: 'usage-error', message: error.message }
        }
        throw error
    }
}

function parseOrThrow(
    argv: readonly string[],
    env: Readonly<Record<string, string | undefined>>,
    readTextFile: ReadTextFile,
): ParsedCommand {
    const { values, positionals } = parseFlags(argv)
    if (values.help) {
        return { kind: 'help' }
    }
    const [command, ...rest] = positionals
    if (command !== 'verify') {
        usageError(
            command === undefined
                ? 'no command given: run `email-oauth verify --provider ...` (see --help)'
                : `unknown command "${command}": the only command is verify (see --help)`,
        )
    }
    if (rest.length > 0) {
        usageError(`unexpected argument "${rest[0]}": options start with -- (see --help)`)
    }
    const fromFile = typeof values.config === 'string' ? readConfigFile(values.config, readTextFile) : {}
    const merged: RawValues = { ...fromFile, ...values }
    const notes: string[] = []
    if (typeof values['client-secret'] === 'string') {
        notes.push(
            `the client secret came from --client-secret and may now be in your shell history; next time export ${CLIENT_SECRET_ENV} instead`,
        )
    }
    const secret = stringValue(values['client-secret']) ?? nonEmpty(env[CLIENT_SECRET_ENV]) ?? stringValue(fromFile['client-secret'])
    const certificate = certificateSource(merged, env)
    if (certificate && secret) notes.push(`a certificate was given, so the client secret (${CLIENT_SECRET_ENV}) was not used`)
    return { kind: 'verify', settings: resolveSettings(merged, certificate ? undefined : secret, certificate, notes), notes }
}

function parseFlags(argv: readonly string[]): { values: RawValues; positionals: string[] } {
    try {
        const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true })
        return { values: values as RawValues, positionals }
    } catch (error) {
        const code = (error as { code?: string }).code
        const firstLine = (error as Error).message.split('\n')[0]
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
            const option = /'([^']*)'/.exec(firstLine)?.[1] ?? firstLine
            if (/pass(word)?\b|storepass|keypass/i.test(option)) {
                return usageError(`${option}: passwords are never taken as options (they would stay in your shell history); export ${KEYSTORE_PASSWORD_ENV} and, when the key has its own, ${KEY_PASSWORD_ENV}`)
            }
            return usageError(`unknown option ${option}: see email-oauth verify --help for the options`)
        }
        return usageError(`${firstLine} (see email-oauth verify --help)`)
    }
}

function readConfigFile(path: string, readTextFile: ReadTextFile): RawValues {
    let text: string
    try {
        text = readTextFile(path)
    } catch (error) {
        return usageError(`cannot read --config ${path}: ${(error as Error).message.split('\n')[0]}`)
    }
    let parsed: unknown
    try {
        parsed = JSON.parse(text)
    } catch (error) {
        return usageError(`--config ${path} is not valid JSON: ${(error as Error).message.split('\n')[0]}`)
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return usageError(`--config ${path} must hold one JSON object, e.g. { "provider": "microsoft", "client-id": "..." }`)
    }
    const values: RawValues = {}
    for (const [key, value] of Object.entries(parsed)) {
        if (!(key in OPTIONS) || key === 'config' || key === 'help') {
            usageError(`--config ${path}: unknown key "${key}"; the keys are the long option names, e.g. "client-id"`)
        }
        const name = key as OptionName
        const expected = OPTIONS[name].type
        if (expected === 'boolean' && typeof value !== 'boolean') {
            usageError(`--config ${path}: "${key}" must be true or false`)
        }
        if (expected === 'string' && typeof value !== 'string' && typeof value !== 'number') {
            usageError(`--config ${path}: "${key}" must be a string`)
        }
        values[name] = typeof value === 'number' ? String(value) : (value as string | boolean)
    }
    return values
}

/** --keystore/--alias or --certificate/--private-key, with the passwords from the environment. */
function certificateSource(values: RawValues, env: Readonly<Record<string, string | undefined>>): CertificateSource | undefined {
    const keystore = stringValue(values.keystore)
    const certificate = stringValue(values.certificate)
    const privateKey = stringValue(values['private-key'])
    const alias = stringValue(values.alias)
    const storePassword = env[KEYSTORE_PASSWORD_ENV]
    const keyPassword = nonEmpty(env[KEY_PASSWORD_ENV])
    if (keystore !== undefined && (certificate !== undefined || privateKey !== undefined)) {
        usageError('give either --keystore (a Java Key Store) or --certificate/--private-key (PEM), not both')
    }
    if (keystore !== undefined) {
        if (alias === undefined) usageError(`--alias is missing: the alias of the key entry in ${keystore} (keytool -list -keystore ${keystore} shows it; the JWT signing key on the instance names the same alias)`)
        if (!storePassword) usageError(`the key store password is missing: export ${KEYSTORE_PASSWORD_ENV} (read -rs ${KEYSTORE_PASSWORD_ENV} && export ${KEYSTORE_PASSWORD_ENV}); passwords are never options`)
        return { kind: 'jks', path: keystore, alias, storePassword, keyPassword: keyPassword ?? storePassword }
    }
    if (alias !== undefined) usageError('--alias names an entry of a Java Key Store: give --keystore FILE.jks too')
    if (privateKey !== undefined && certificate === undefined) usageError('--private-key needs --certificate FILE.pem, the certificate the key belongs to')
    if (certificate !== undefined) return { kind: 'pem', certificatePath: certificate, keyPath: privateKey, keyPassword }
    return undefined
}

function assertionAlgorithm(value: string | undefined): 'RS256' | 'PS256' {
    if (value === undefined) return 'RS256'
    const upper = value.toUpperCase()
    if (upper === 'RS256' || upper === 'PS256') return upper
    return usageError(`--assertion-alg ${value} is unknown: use RS256 (a ServiceNow JWT signing key's RSA 256) or PS256`)
}

function resolveSettings(values: RawValues, clientSecret: string | undefined, certificate: CertificateSource | undefined, notes: string[]): VerifySettings {
    const provider = providerChoice(stringValue(values.provider))
    const clientId = stringValue(values['client-id']) ?? usageError(missingClientId(provider))
    const tenant = stringValue(values.tenant)
    const authUrlFlag = stringValue(values['auth-url'])
    const tokenUrlFlag = stringValue(values['token-url'])
    const flow = flowChoice(stringValue(values.flow), values['device-code'] === true)
    const endpointsOverridden = provider !== 'custom' && (authUrlFlag !== undefined || tokenUrlFlag !== undefined)

    let authorizationUrl: string
    let tokenUrl: string
    let deviceAuthorizationUrl = stringValue(values['device-url'])
    let scopes: string[]
    let extraAuthorizationParameters: Record<string, string> = {}
    let providerLabel: string

    if (provider === 'microsoft') {
        providerLabel = MICROSOFT.label
        const needsTenant = authUrlFlag === undefined || tokenUrlFlag === undefined || (flow === 'device_code' && !deviceAuthorizationUrl)
        if (needsTenant && tenant === undefined) {
            usageError('--tenant is missing: the Directory (tenant) ID from Entra admin center > App registrations > your app > Overview')
        }
        const withTenant = (template: string) => template.replace(PLACEHOLDER.tenant, encodeURIComponent(tenant ?? ''))
        authorizationUrl = authUrlFlag ?? withTenant(MICROSOFT.authUrl)
        tokenUrl = tokenUrlFlag ?? withTenant(MICROSOFT.tokenUrl)
        // Entra's device endpoint sits beside its token endpoint; derived so no third copy exists.
        deviceAuthorizationUrl ??= withTenant(MICROSOFT.tokenUrl).replace(/\/token$/, '/devicecode')
        scopes = parseScopes(values.scopes) ?? presetScopes(MICROSOFT)
        if (flow === 'client_credentials') {
            providerLabel = MICROSOFT_APP_ONLY.label
            scopes = parseScopes(values.scopes) ?? [MICROSOFT_APP_ONLY.scope.graph, MICROSOFT_APP_ONLY.scope.smtp]
        }
    } else if (provider === 'google') {
        providerLabel = GOOGLE.label
        if (flow === 'client_credentials') {
            usageError('--flow client-credentials is for Microsoft 365 (app-only Graph and SMTP.SendAsApp): Gmail has no client-credentials access to a mailbox')
        }
        if (flow === 'device_code') {
            usageError(
                "--device-code does not work for Gmail: Google's device flow does not allow the https://mail.google.com/ scope; run without it on a computer with a browser",
            )
        }
        authorizationUrl = authUrlFlag ?? GOOGLE.authUrl
        tokenUrl = tokenUrlFlag ?? GOOGLE.tokenUrl
        scopes = parseScopes(values.scopes) ?? presetScopes(GOOGLE)
        extraAuthorizationParameters = { ...GOOGLE_OFFLINE_PARAMETERS }
    } else {
        providerLabel = 'custom provider'
        tokenUrl = tokenUrlFlag ?? usageError('--token-url is missing: a custom provider needs its token endpoint')
        if (flow === 'device_code') {
            deviceAuthorizationUrl ??= usageError('--device-url is missing: --device-code with a custom provider needs its device authorization endpoint')
            authorizationUrl = authUrlFlag ?? ''
        } else {
            authorizationUrl = authUrlFlag ?? usageError('--auth-url is missing: a custom provider needs its authorization endpoint')
        }
        scopes = parseScopes(values.scopes) ?? usageError('--scopes is missing: a custom provider has no default scopes')
    }

    for (const [flag, url] of [
        ['--auth-url', authorizationUrl],
        ['--token-url', tokenUrl],
        ['--device-url', flow === 'device_code' ? deviceAuthorizationUrl : undefined],
        ['--issuer', stringValue(values.issuer)],
    ] as const) {
        if (url) {
            checkEndpointUrl(flag, url)
        }
    }
    const redirectUri = stringValue(values['redirect-uri'])
    if (redirectUri !== undefined) {
        checkRedirectUri(redirectUri)
    }

    const loginHint = stringValue(values['login-hint'])
    if (flow === 'client_credentials') {
        if (!clientSecret && !certificate) usageError(`the client secret or certificate is missing: --flow client-credentials proves the credential itself; export ${CLIENT_SECRET_ENV}, or give --keystore FILE.jks --alias NAME (or --certificate/--private-key)`)
        if (!loginHint) usageError('--login-hint is missing: with --flow client-credentials it names the mailbox the app must reach (the email account\'s User name / Inbox email address)')
    } else if (certificate) {
        usageError('a certificate (--keystore, --certificate) signs client assertions for app-only access: add --flow client-credentials')
    } else if (!loginHint) {
        notes.push('no --login-hint: sign in as the mailbox itself (an incognito window avoids your own SSO session)')
    }

    return {
        provider,
        providerLabel,
        tenant,
        clientId,
        clientSecret,
        clientAuthentication: clientAuthentication(stringValue(values['client-auth'])),
        scopes,
        authorizationUrl,
        tokenUrl,
        deviceAuthorizationUrl: flow === 'device_code' ? deviceAuthorizationUrl : undefined,
        issuer: stringValue(values.issuer),
        endpointsOverridden,
        extraAuthorizationParameters,
        loginHint,
        flow,
        redirectUri,
        openBrowser: values['no-browser'] !== true,
        waitSeconds: positiveSeconds('--timeout', values.timeout, DEFAULT_WAIT_SECONDS),
        requestTimeoutSeconds: positiveSeconds('--request-timeout', values['request-timeout'], DEFAULT_REQUEST_TIMEOUT_SECONDS),
        imap: values['no-imap'] === true || flow === 'client_credentials' ? undefined : mailServer('--imap', stringValue(values.imap), presetMailServer(provider, 'imap', scopes)),
        smtp:
            values['no-smtp'] === true
                ? undefined
                : mailServer('--smtp', stringValue(values.smtp), flow === 'client_credentials' ? MICROSOFT_APP_ONLY.smtp : presetMailServer(provider, 'smtp', scopes)),
        instanceHost: instanceHost(stringValue(values.instance)),
        json: values.json === true,
        graphUrl: flow === 'client_credentials' && values['no-graph'] !== true ? graphUrl(stringValue(values['graph-url'])) : undefined,
        certificate,
        assertionAlgorithm: assertionAlgorithm(stringValue(values['assertion-alg'])),
    }
}

function flowChoice(value: string | undefined, deviceCode: boolean): VerifySettings['flow'] {
    const flows: Record<string, VerifySettings['flow']> = {
        'authorization-code': 'authorization_code',
        'device-code': 'device_code',
        'client-credentials': 'client_credentials',
    }
    if (value === undefined) return deviceCode ? 'device_code' : 'authorization_code'
    const flow = flows[value] ?? usageError(`--flow ${value} is unknown: use authorization-code, device-code or client-credentials`)
    if (deviceCode && flow !== 'device_code') usageError(`--device-code and --flow ${value} contradict each other: give one of them`)
    return flow
}

function graphUrl(value: string | undefined): string {
    const url = value ?? MICROSOFT_APP_ONLY.graphUrl
    checkEndpointUrl('--graph-url', url)
    return url.replace(/\/+$/, '')
}

function providerChoice(value: string | undefined): ProviderChoice {
    if (value === 'microsoft' || value === 'google' || value === 'custom') {
        return value
    }
    return usageError(
        value === undefined
            ? '--provider is missing: use --provider microsoft, google or custom'
            : `--provider ${value} is unknown: use microsoft, google or custom`,
    )
}

function missingClientId(provider: ProviderChoice): string {
    switch (provider) {
        case 'microsoft':
            return '--client-id is missing: the Application (client) ID from Entra admin center > App registrations > your app > Overview'
        case 'google':
            return '--client-id is missing: the Client ID from Google Cloud console > APIs & Services > Credentials > your OAuth client'
        default:
            return '--client-id is missing: the client ID your provider issued for this app'
    }
}

function clientAuthentication(value: string | undefined): ClientAuthentication {
    if (value === undefined || value === 'basic' || value === 'post') {
        return value ?? 'basic'
    }
    return usageError(`--client-auth ${value} is unknown: use basic (Authorization header) or post (request body)`)
}

/** Scopes as the admin types them: separated by spaces and/or commas, each kept once. */
function parseScopes(value: string | boolean | undefined): string[] | undefined {
    if (typeof value !== 'string') {
        return undefined
    }
    const scopes = [...new Set(value.split(/[\s,]+/).filter((scope) => scope.length > 0))]
    return scopes.length > 0 ? scopes : usageError('--scopes is empty: list the scopes separated by spaces or commas')
}

/** Loopback: traffic that never leaves this computer (a test server); the only place http is allowed. */
export function isLoopbackHost(host: string): boolean {
    const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
    return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare)
}

function checkEndpointUrl(flag: string, value: string): void {
    let url: URL
    try {
        url = new URL(value)
    } catch {
        return usageError(`${flag} ${value} is not a URL: give the full address, e.g. https://login.example.com/oauth2/token`)
    }
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        return
    }
    usageError(`${flag} ${value} must use https (plain http is accepted only for localhost/127.0.0.1 test servers)`)
}

function checkRedirectUri(value: string): void {
    let url: URL
    try {
        url = new URL(value)
    } catch {
        return usageError(`--redirect-uri ${value} is not a URL: use e.g. http://localhost:8765/`)
    }
    if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname) || url.port === '') {
        usageError(`--redirect-uri ${value} must be http://localhost:PORT/... or http://127.0.0.1:PORT/... : this command listens on this computer`)
    }
}

function positiveSeconds(flag: string, value: string | boolean | undefined, fallback: number): number {
    if (typeof value !== 'string') {
        return fallback
    }
    const seconds = Number(value)
    if (!Number.isInteger(seconds) || seconds <= 0) {
        return usageError(`${flag} ${value} is not a whole number of seconds above 0`)
    }
    return seconds
}

/**
 * The preset's mail server, when the requested scopes cover it: a Microsoft run without SMTP.Send
 * checks IMAP only, as the ServiceNow IMAP profile would.
 */
function presetMailServer(provider: ProviderChoice, kind: 'imap' | 'smtp', scopes: readonly string[]): MailServer | undefined {
    if (provider === 'google') {
        return GOOGLE[kind]
    }
    if (provider === 'microsoft' && scopes.includes(MICROSOFT.scope[kind])) {
        return MICROSOFT[kind]
    }
    return undefined
}

/**
 * HOST:PORT → a mail server. 993/465 mean TLS from the start; any other port must offer STARTTLS,
 * except on loopback where a plain test server is accepted too.
 */
export function mailServer(flag: string, value: string | undefined, preset: MailServer | undefined): MailServer | undefined {
    if (value === undefined) {
        return preset
    }
    const match = /^(\[[^\]]+\]|[^:\s]+):(\d{1,5})$/.exec(value)
    const port = match ? Number(match[2]) : NaN
    if (!match || port < 1 || port > 65535) {
        return usageError(`${flag} ${value} is not HOST:PORT, e.g. ${flag} ${flag === '--imap' ? 'outlook.office365.com:993' : 'smtp.office365.com:587'}`)
    }
    const host = match[1].replace(/^\[|\]$/g, '')
    const implicitTls = port === 993 || port === 465
    const security = implicitTls ? 'ssl' : isLoopbackHost(host) ? 'opportunistic' : 'starttls'
    return { host, port, security }
}

/** acme → acme.service-now.com; a full host name or URL is kept as its host. */
function instanceHost(value: string | undefined): string | undefined {
    if (value === undefined) {
        return undefined
    }
    const host = /^https?:\/\//i.test(value) ? safeHost(value) : value.replace(/\/.*$/, '')
    if (!host || !/^[a-z0-9.-]+$/i.test(host)) {
        return usageError(`--instance ${value} is not an instance name: use acme or acme.service-now.com`)
    }
    return host.includes('.') ? host.toLowerCase() : new URL(serviceNowRedirectUrl(host)).host
}

function safeHost(value: string): string | undefined {
    try {
        return new URL(value).host
    } catch {
        return undefined
    }
}

/** The instance's OAuth callback, built from the presets' template so both stay one value. */
export function serviceNowRedirectUrl(instance: string | undefined): string {
    if (instance === undefined) {
        return INSTANCE_REDIRECT_URL
    }
    if (!instance.includes('.')) {
        return INSTANCE_REDIRECT_URL.replace(PLACEHOLDER.instance, instance.toLowerCase())
    }
    return `https://${instance}/${REDIRECT_PATH}`
}

function stringValue(value: string | boolean | undefined): string | undefined {
    return typeof value === 'string' ? nonEmpty(value.trim()) : undefined
}

function nonEmpty(value: string | undefined): string | undefined {
    return value === undefined || value === '' ? undefined : value
}
