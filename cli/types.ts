/**
 * Shapes shared by the verify command's pure core (settings, checks, translation, report) and its
 * I/O adapters (OAuth, loopback listener, IMAP, SMTP). No behaviour here.
 */

export type ProviderChoice = 'microsoft' | 'google' | 'custom'

/** How the client secret reaches the token endpoint; the ServiceNow field "Send Credentials". */
export type ClientAuthentication = 'basic' | 'post'

/**
 * `ssl`: TLS from the first byte (993, 465). `starttls`: plain greeting, then STARTTLS is required.
 * `opportunistic`: STARTTLS when the server offers it, plain otherwise; allowed only for a loopback
 * host (a test server or a tunnel on this computer), where the token never crosses a network.
 */
export type MailSecurity = 'ssl' | 'starttls' | 'opportunistic'

export interface MailServer {
    readonly host: string
    readonly port: number
    readonly security: MailSecurity
}

/** client_credentials: app-only (no person signs in), verify-app-only.ts. */
export type Flow = 'authorization_code' | 'device_code' | 'client_credentials'

/**
 * A certificate instead of a client secret (client credentials only): what the admin uploads to the
 * instance, a Java Key Store with the alias of the key entry, or PEM files. Passwords come from the
 * environment, never from a flag.
 */
export type CertificateSource =
    | { readonly kind: 'jks'; readonly path: string; readonly alias: string; readonly storePassword: string; readonly keyPassword: string }
    | { readonly kind: 'pem'; readonly certificatePath: string; readonly keyPath?: string; readonly keyPassword?: string }

/** Everything one verify run needs, resolved from flags, the --config file and the environment. */
export interface VerifySettings {
    readonly provider: ProviderChoice
    /** Human name: "Microsoft 365", "Google Gmail", "custom provider". */
    readonly providerLabel: string
    readonly tenant?: string
    readonly clientId: string
    readonly clientSecret?: string
    readonly clientAuthentication: ClientAuthentication
    readonly scopes: readonly string[]
    readonly authorizationUrl: string
    readonly tokenUrl: string
    readonly deviceAuthorizationUrl?: string
    /** Expected `iss` of ID tokens; when absent the adapter works it out (see oauth.ts). */
    readonly issuer?: string
    /** True when --auth-url/--token-url replaced a preset's endpoints (a proxy or a test server). */
    readonly endpointsOverridden: boolean
    /** Extra authorization request parameters (Google: access_type=offline, prompt=consent). */
    readonly extraAuthorizationParameters: Readonly<Record<string, string>>
    /** The mailbox address: sent as login_hint and used as the IMAP/SMTP user name. */
    readonly loginHint?: string
    readonly flow: Flow
    /** A fixed loopback redirect URI; when absent a free port on http://localhost is used. */
    readonly redirectUri?: string
    readonly openBrowser: boolean
    /** How long to wait for the person to sign in (seconds). */
    readonly waitSeconds: number
    /** How long one HTTP, IMAP or SMTP exchange may take (seconds). */
    readonly requestTimeoutSeconds: number
    readonly imap?: MailServer
    readonly smtp?: MailServer
    /** Host name of the ServiceNow instance, e.g. acme.service-now.com. */
    readonly instanceHost?: string
    readonly json: boolean
    /** Client credentials: Microsoft Graph's base URL for the inbox read; undefined = no Graph check. */
    readonly graphUrl?: string
    /** Client credentials with a certificate: the client assertion replaces the secret. */
    readonly certificate?: CertificateSource
    /** The client assertion's `alg`. */
    readonly assertionAlgorithm: 'RS256' | 'PS256'
}

export type CheckId =
    | 'issuer'
    | 'authorization-endpoint'
    | 'sign-in'
    | 'device-authorization'
    | 'token'
    | 'identity'
    | 'scopes'
    | 'lifetime'
    | 'refresh-token'
    | 'refresh'
    | 'imap'
    | 'smtp'
    | 'graph-token'
    | 'graph-roles'
    | 'graph'
    | 'smtp-token'
    | 'smtp-roles'
    | 'certificate'
    | 'certificate-key'

export type CheckStatus = 'pass' | 'fail' | 'skip'

export interface CheckResult {
    readonly id: CheckId
    readonly status: CheckStatus
    /** One line: what was checked and what came back. Never a whole token or secret. */
    readonly summary: string
    /** What to change and where, when the check failed. */
    readonly fix?: string
}

/** Where a provider error came from: the same code means different things at different steps. */
export type FailureStage = 'issuer' | 'authorize' | 'sign-in' | 'device' | 'token' | 'refresh' | 'imap' | 'smtp' | 'graph'

/**
 * A failure as a value, turned into advice by translate.ts. The adapters build it from thrown
 * library errors so the translation stays pure and testable.
 */
export type Failure =
    | {
          readonly kind: 'oauth'
          readonly error: string
          readonly description?: string
          readonly status?: number
      }
    | { readonly kind: 'unreachable'; readonly url: string; readonly reason: string }
    | { readonly kind: 'timeout'; readonly url: string; readonly seconds: number }
    | { readonly kind: 'http'; readonly url: string; readonly status: number }
    | { readonly kind: 'protocol'; readonly message: string }
    | { readonly kind: 'mail-auth'; readonly response: string }
    | { readonly kind: 'mail-other'; readonly message: string }
    /** Microsoft Graph's answer to the inbox read: its HTTP status and `error.code`. */
    | { readonly kind: 'graph'; readonly status: number; readonly code: string; readonly message: string }

/** The parts of a token endpoint answer the checks look at. Tokens stay in memory only. */
export interface TokenSet {
    readonly accessToken: string
    readonly expiresInSeconds?: number
    readonly refreshToken?: string
    /** The `scope` member of the answer, when the provider sent one. */
    readonly grantedScope?: string
    /** Claims of the ID token, when one came back (used for the mailbox name). */
    readonly idTokenClaims?: Readonly<Record<string, unknown>>
}
