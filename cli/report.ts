/**
 * Pure: the checks of one run → the report a person reads (one line a check, the fix under a failed
 * one, then the ServiceNow form values ready to copy) or the JSON a script reads.
 */
import { GOOGLE, MICROSOFT, MICROSOFT_APP_ONLY } from '../src/providers.ts'
import { CERTIFICATE, CERTIFICATE_PROVIDER, DUMMY_CLIENT_SECRET, JWT_CLAIM, JWT_PROVIDER, PROFILE_LINK, SIGNING_KEY } from '../src/credentials/certificate-names.ts'
import type { CertificateCredential } from './certificate.ts'
import { KEY_PASSWORD_ENV, KEYSTORE_PASSWORD_ENV, serviceNowRedirectUrl } from './settings.ts'
import type { CheckResult, MailServer, VerifySettings } from './types.ts'

export interface VerifyReport {
    readonly ok: boolean
    readonly provider: string
    readonly flow: string
    readonly checks: readonly CheckResult[]
    readonly notes: readonly string[]
    readonly serviceNow: ServiceNowFormValues
}

export interface MailAccountValues {
    readonly server: string
    readonly port: number
    readonly enableSsl: boolean
    readonly enableTls: boolean
    readonly userName: string
}

/** Field labels as the ServiceNow forms show them; `oauthApiScript` only where the provider needs one. */
export interface ServiceNowFormValues {
    readonly applicationRegistry: {
        readonly name: string
        readonly clientId: string
        readonly defaultGrantType: string
        readonly authorizationUrl: string
        readonly tokenUrl: string
        readonly redirectUrl: string
        readonly sendCredentials: string
        readonly oauthApiScript?: string
    }
    readonly profile: string
    /** Each its own OAuth Entity Scope record, each linked to the profile. */
    readonly profileScopes: readonly string[]
    readonly imapAccount?: MailAccountValues
    readonly smtpAccount?: MailAccountValues
    /** Client credentials with a certificate: the records of the certificate chain. */
    readonly certificate?: CertificateFormValues
}

/** What the certificate chain on the instance needs, from the certificate this run proved. */
export interface CertificateFormValues {
    readonly subject: string
    /** As Entra lists it under Certificates & secrets: SHA-1, upper-case hex. */
    readonly thumbprintSha1: string
    readonly x5t: string
    readonly x5tS256: string
    readonly notBefore: string
    readonly notAfter: string
    /** The key entry's alias, when the run read a Java Key Store. */
    readonly alias?: string
    readonly keystoreFile?: string
    readonly signingAlgorithm: string
    /** The JWT provider's standard claims. */
    readonly claims: { readonly aud: string; readonly iss: string; readonly sub: string }
}

/** Every requested check must pass; a skipped check means an earlier one failed. */
export function buildReport(
    settings: VerifySettings,
    checks: readonly CheckResult[],
    notes: readonly string[],
    mailbox: string | undefined,
    certificate?: CertificateCredential,
): VerifyReport {
    return {
        ok: checks.length > 0 && checks.every((check) => check.status === 'pass'),
        provider: settings.provider,
        flow: settings.flow,
        checks,
        notes,
        serviceNow: serviceNowFormValues(settings, mailbox, certificate),
    }
}

export function serviceNowFormValues(settings: VerifySettings, mailbox: string | undefined, certificate?: CertificateCredential): ServiceNowFormValues {
    const preset = settings.provider === 'microsoft' ? MICROSOFT : settings.provider === 'google' ? GOOGLE : undefined
    const account = (server: MailServer | undefined): MailAccountValues | undefined =>
        server && {
            server: server.host,
            port: server.port,
            enableSsl: server.security === 'ssl',
            enableTls: server.security === 'starttls',
            userName: mailbox ?? '<the mailbox address>',
        }
    return {
        applicationRegistry: {
            name: certificate ? CERTIFICATE_PROVIDER.entityName : settings.flow === 'client_credentials' ? MICROSOFT_APP_ONLY.entityName : (preset?.entityName ?? 'a name of your choice'),
            clientId: settings.clientId,
            defaultGrantType: settings.flow === 'client_credentials' ? 'Client Credentials' : 'Authorization Code',
            authorizationUrl: settings.authorizationUrl || '<the provider\'s authorization endpoint>',
            tokenUrl: settings.tokenUrl,
            redirectUrl: serviceNowRedirectUrl(settings.instanceHost),
            sendCredentials: settings.clientAuthentication === 'basic' ? 'As Basic Authorization Header' : 'In Request Body',
            ...(preset?.oauthApiScript ? { oauthApiScript: preset.oauthApiScript } : {}),
        },
        profile: certificate
            ? `${CERTIFICATE_PROVIDER.graphProfileName} (Graph) and ${CERTIFICATE_PROVIDER.smtpProfileName} (SMTP)`
            : settings.flow === 'client_credentials'
                ? `${MICROSOFT_APP_ONLY.graphProfileName} (Graph) and ${MICROSOFT_APP_ONLY.smtpProfileName} (SMTP)`
                : (preset?.profileName ?? 'the default profile of your registry entry'),
        profileScopes: [...settings.scopes],
        imapAccount: account(settings.imap),
        smtpAccount: account(settings.smtp),
        ...(certificate ? { certificate: certificateFormValues(settings, certificate) } : {}),
    }
}

function certificateFormValues(settings: VerifySettings, credential: CertificateCredential): CertificateFormValues {
    return {
        subject: credential.certificate.subject.split('\n').join(', '),
        thumbprintSha1: credential.thumbprints.sha1Hex,
        x5t: credential.thumbprints.x5t,
        x5tS256: credential.thumbprints.x5tS256,
        notBefore: credential.notBefore.toISOString(),
        notAfter: credential.notAfter.toISOString(),
        ...(credential.alias !== undefined ? { alias: credential.alias } : {}),
        ...(settings.certificate?.kind === 'jks' ? { keystoreFile: settings.certificate.path } : {}),
        signingAlgorithm: settings.assertionAlgorithm,
        claims: { aud: settings.tokenUrl, iss: settings.clientId, sub: settings.clientId },
    }
}

const STATUS_LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const

export function renderText(settings: VerifySettings, report: VerifyReport): string {
    const lines: string[] = []
    const flow = settings.flow === 'device_code' ? 'device code' : settings.flow === 'client_credentials' ? 'client credentials (app-only)' : 'authorization code with PKCE'
    lines.push(`email-oauth verify: ${settings.providerLabel}, client ${settings.clientId}, ${flow}`)
    lines.push('')
    for (const check of report.checks) {
        lines.push(`  ${STATUS_LABEL[check.status]}  ${check.summary}`)
        if (check.fix) {
            lines.push(`        fix: ${check.fix}`)
        }
    }
    for (const note of report.notes) {
        lines.push(`  note: ${note}`)
    }
    lines.push('')
    lines.push(...renderFormValues(settings, report.serviceNow))
    lines.push('')
    const failed = report.checks.filter((check) => check.status !== 'pass').length
    lines.push(
        report.ok
            ? `Result: all ${report.checks.length} checks passed. Attach the OAuth profile to the email account.`
            : `Result: ${failed} of ${report.checks.length} checks did not pass. Fix the first FAIL above and run again.`,
    )
    return `${lines.join('\n')}\n`
}

function renderFormValues(settings: VerifySettings, values: ServiceNowFormValues): string[] {
    const registry = values.applicationRegistry
    const field = (label: string, value: string | number | boolean) => `    ${label.padEnd(20)} ${String(value)}`
    const lines = [
        'ServiceNow form values, ready to copy',
        `  System OAuth > Application Registry > "${registry.name}" (Connect to a third party OAuth Provider)`,
        field('Client ID', registry.clientId),
        ...(values.certificate
            ? [
                  field('Client Secret', `${DUMMY_CLIENT_SECRET} (a dummy: the certificate authenticates; never a real secret)`),
                  field('Credential expires', `${values.certificate.notAfter} (the certificate's end: read from the certificate record, no Client credentials row needed)`),
              ]
            : [
                  field('Client Secret', settings.clientSecret ? 'the secret this run used (not printed)' : '(none given)'),
                  field('Secret expires', 'not visible through OAuth: read it at the provider (Entra: Certificates & secrets) and record it under Email OAuth Manager > Client credentials'),
              ]),
        field('Default Grant type', registry.defaultGrantType),
        field('Authorization URL', registry.authorizationUrl),
        field('Token URL', registry.tokenUrl),
        field('Redirect URL', `${registry.redirectUrl} (leave the field empty: the instance generates this URL; register it at the provider)`),
        ...(values.certificate ? [] : [field('Send Credentials', registry.sendCredentials)]),
    ]
    if (registry.oauthApiScript) {
        lines.push(field('OAuth API Script', registry.oauthApiScript))
    }
    if (settings.instanceHost === undefined) {
        lines.push('    (pass --instance NAME to fill in your instance in the Redirect URL)')
    }
    lines.push(`  OAuth Entity Scopes, each its own entry, each linked to the profile "${values.profile}"`)
    for (const scope of values.profileScopes) {
        lines.push(`    ${scope}`)
    }
    if (values.certificate) lines.push(...renderCertificateChain(values.certificate, field))
    for (const [label, account] of [
        ['IMAP', values.imapAccount],
        ['SMTP', values.smtpAccount],
    ] as const) {
        if (account) {
            lines.push(`  Email account (${label}): Authentication OAuth2, OAuth Profile "${accountProfile(settings, values)}"`)
            lines.push(field('Server', account.server))
            lines.push(field('Port', account.port))
            lines.push(field(account.enableSsl ? 'Enable SSL' : 'Enable TLS', account.enableSsl || account.enableTls))
            lines.push(field('User name', account.userName))
        }
    }
    return lines
}

/** The profile an email account names: app-only SMTP has its own profile (one resource each). */
function accountProfile(settings: VerifySettings, values: ServiceNowFormValues): string {
    if (settings.flow !== 'client_credentials') return values.profile
    return values.certificate ? CERTIFICATE_PROVIDER.smtpProfileName : MICROSOFT_APP_ONLY.smtpProfileName
}

/** The records of the documented chain (docs/certificate-credentials.md, names from src/credentials/certificate-names.ts) and the Entra side. */
function renderCertificateChain(certificate: CertificateFormValues, field: (label: string, value: string | number | boolean) => string): string[] {
    return [
        '  Entra admin center > App registrations > your app > Certificates & secrets > Certificates: this certificate must be listed',
        field('Thumbprint', `${certificate.thumbprintSha1} (x5t ${certificate.x5t}, x5t#S256 ${certificate.x5tS256})`),
        field('Expires', certificate.notAfter),
        `  ${CERTIFICATE.form}: New`,
        field('Type', CERTIFICATE.jksTypeLabel),
        field('Attachment', certificate.keystoreFile ?? 'a JKS made from these PEM files: openssl pkcs12 -export -in <certificate> -inkey <key> -out mail.p12, then keytool -importkeystore -srckeystore mail.p12 -srcstoretype PKCS12 -destkeystore mail.jks -deststoretype JKS'),
        field('Key store password', `the store password (${KEYSTORE_PASSWORD_ENV}; not printed)`),
        field('Subject', certificate.subject),
        field('Valid', `${certificate.notBefore} to ${certificate.notAfter}`),
        `  ${SIGNING_KEY.form}: "${CERTIFICATE_PROVIDER.signingKeyName}" (shipped by the app)`,
        field('Signing Keystore', 'the x509 Certificate record above'),
        field('Key alias', `${certificate.alias ?? 'the alias of the key entry in the JKS'} (the entry the instance signs with; where it picks the entry by the JWT key's Name, give the Name this alias)`),
        field('Signing Key Password', `the key password (${KEY_PASSWORD_ENV}, or the store password; not printed)`),
        field('Signing Algorithm', certificate.signingAlgorithm === 'PS256' ? 'RSA 256 (the instance offers only RS256; this run signed PS256, run again with RS256 to prove what the instance sends)' : 'RSA 256 (RS256), as this run signed'),
        field('x5t (SHA-1)', certificate.thumbprintSha1),
        `  ${JWT_PROVIDER.form}: "${CERTIFICATE_PROVIDER.jwtProviderName}", ${JWT_CLAIM.relatedList}`,
        field(JWT_CLAIM.name.audience, certificate.claims.aud),
        field(JWT_CLAIM.name.issuer, certificate.claims.iss),
        field(JWT_CLAIM.name.subject, certificate.claims.sub),
        `  ${PROFILE_LINK.form}s "${CERTIFICATE_PROVIDER.graphProfileName}" and "${CERTIFICATE_PROVIDER.smtpProfileName}": JWT Provider = "${CERTIFICATE_PROVIDER.jwtProviderName}"`,
    ]
}

export function renderJson(report: VerifyReport): string {
    return `${JSON.stringify(report, null, 2)}\n`
}
