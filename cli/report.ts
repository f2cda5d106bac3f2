/**
 * Pure: the checks of one run → the report a person reads (one line a check, the fix under a failed
 * one, then the ServiceNow form values ready to copy) or the JSON a script reads.
 */
import { GOOGLE, MICROSOFT, MICROSOFT_APP_ONLY } from '../src/providers.ts'
import { serviceNowRedirectUrl } from './settings.ts'
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
}

/** Every requested check must pass; a skipped check means an earlier one failed. */
export function buildReport(settings: VerifySettings, checks: readonly CheckResult[], notes: readonly string[], mailbox: string | undefined): VerifyReport {
    return {
        ok: checks.length > 0 && checks.every((check) => check.status === 'pass'),
        provider: settings.provider,
        flow: settings.flow,
        checks,
        notes,
        serviceNow: serviceNowFormValues(settings, mailbox),
    }
}

export function serviceNowFormValues(settings: VerifySettings, mailbox: string | undefined): ServiceNowFormValues {
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
            name: settings.flow === 'client_credentials' ? MICROSOFT_APP_ONLY.entityName : (preset?.entityName ?? 'a name of your choice'),
            clientId: settings.clientId,
            defaultGrantType: settings.flow === 'client_credentials' ? 'Client Credentials' : 'Authorization Code',
            authorizationUrl: settings.authorizationUrl || '<the provider\'s authorization endpoint>',
            tokenUrl: settings.tokenUrl,
            redirectUrl: serviceNowRedirectUrl(settings.instanceHost),
            sendCredentials: settings.clientAuthentication === 'basic' ? 'As Basic Authorization Header' : 'In Request Body',
            ...(preset?.oauthApiScript ? { oauthApiScript: preset.oauthApiScript } : {}),
        },
        profile:
            settings.flow === 'client_credentials'
                ? `${MICROSOFT_APP_ONLY.graphProfileName} (Graph) and ${MICROSOFT_APP_ONLY.smtpProfileName} (SMTP)`
                : (preset?.profileName ?? 'the default profile of your registry entry'),
        profileScopes: [...settings.scopes],
        imapAccount: account(settings.imap),
        smtpAccount: account(settings.smtp),
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
        field('Client Secret', settings.clientSecret ? 'the secret this run used (not printed)' : '(none given)'),
        field('Secret expires', 'not visible through OAuth: read it at the provider (Entra: Certificates & secrets) and record it under Email OAuth Manager > Client credentials'),
        field('Default Grant type', registry.defaultGrantType),
        field('Authorization URL', registry.authorizationUrl),
        field('Token URL', registry.tokenUrl),
        field('Redirect URL', `${registry.redirectUrl} (leave the field empty: the instance generates this URL; register it at the provider)`),
        field('Send Credentials', registry.sendCredentials),
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
    for (const [label, account] of [
        ['IMAP', values.imapAccount],
        ['SMTP', values.smtpAccount],
    ] as const) {
        if (account) {
            lines.push(`  Email account (${label}): Authentication OAuth2, OAuth Profile "${values.profile}"`)
            lines.push(field('Server', account.server))
            lines.push(field('Port', account.port))
            lines.push(field(account.enableSsl ? 'Enable SSL' : 'Enable TLS', account.enableSsl || account.enableTls))
            lines.push(field('User name', account.userName))
        }
    }
    return lines
}

export function renderJson(report: VerifyReport): string {
    return `${JSON.stringify(report, null, 2)}\n`
}
