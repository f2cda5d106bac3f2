/**
 * The setup check: findings from a plain snapshot of one email account, its OAuth profile, the
 * provider (Application Registry entry), the scopes, the token state and the instance around them.
 *
 * This file composes the rule files under rules/ (each pure, each with its own codes catalogue) into
 * one catalogue and one run; the shared shapes are in finding.ts. A new rule file is one import here.
 * `read-setup.ts` builds the snapshot on the instance; tests build it by hand. The snapshot holds field
 * values the way `GlideRecord.getValue` returns them, so a bad value on the instance reaches the rules
 * unchanged and becomes a finding; nothing here throws, whatever the snapshot holds.
 */
import { ACCESS_FINDING_CODES, checkAccess } from './rules/access.ts'
import { AUTHORIZATION_FINDING_CODES, authorizationFindings, type AuthorizationSnapshot } from './rules/authorization.ts'
import { CREDENTIAL_FINDING_CODES, credentialFindings, type RecordedCredential } from './rules/credentials.ts'
import { accountAndProviderFindings, GENERAL_FINDING_CODES, platformJobFinding, pluginFindings, type GeneralSnapshot } from './rules/general.ts'
import { PLATFORM_FINDING_CODES, platformFindings, type PlatformSnapshot } from './rules/platform.ts'
import { adjustForAppOnly, APP_ONLY_FINDING_CODES, type AppOnlyFacts } from './rules/app-only.ts'
import { BASIC_AUTH_FINDING_CODES, withBasicAuthCutoff } from './rules/basic-auth.ts'
import { CONNECTION_SECURITY_FINDING_CODES, connectionSecurityFindings, type ConnectionSecuritySnapshot } from './rules/connection-security.ts'
import { SIGN_IN_FINDING_CODES, signInFindings } from './rules/sign-in.ts'
import { MAIL_FLOW_FINDING_CODES, mailFlowFindings, type MailFlowSnapshot } from './rules/mail-flow.ts'
import { CERTIFICATE_FINDING_CODES, certificateFindings } from './rules/certificate.ts'
import type { CertificateChainSnapshot } from '../credentials/chain.ts'
import type { AccessSnapshot } from '../platform/access.ts'
import type { AccountFields, FindingSpec, ProfileFields, ProfileScopeLink, ProviderFields, RawValue, ScopeRecord, Severity, TokenSnapshot } from './finding.ts'

/**
 * Every finding code with its severity: the rule files' catalogues in one.
 * - `kind`: `token` findings describe the account's tokens, not its configuration: the refresh job
 *   works those out itself from the token it reads, so `refreshBlockerCheck` leaves them out.
 * - `blocksRefresh`: a token refresh certainly cannot be made or succeed until this is fixed: the
 *   account's link to its profile and provider is broken, the token URL is unusable, or the client
 *   credentials are missing. Only these stop the refresh job's token requests. Every other error
 *   breaks authorization or mail but not necessarily the refresh, or rests on a judgement (a URL
 *   path, a client id's shape, a plugin state read through a scoped API) that must not be able to
 *   stop a working account's refreshes: for those the job keeps refreshing, and a refresh that does
 *   fail is classified from the provider's answer.
 */
export const FINDING_CODES = {
    ...GENERAL_FINDING_CODES,
    ...ACCESS_FINDING_CODES,
    ...AUTHORIZATION_FINDING_CODES,
    ...PLATFORM_FINDING_CODES,
    ...CREDENTIAL_FINDING_CODES,
    ...APP_ONLY_FINDING_CODES,
    ...BASIC_AUTH_FINDING_CODES,
    ...CONNECTION_SECURITY_FINDING_CODES,
    ...SIGN_IN_FINDING_CODES,
    ...MAIL_FLOW_FINDING_CODES,
    ...CERTIFICATE_FINDING_CODES,
} as const satisfies { [code: string]: FindingSpec }

export type FindingCode = keyof typeof FINDING_CODES

export interface Finding {
    code: FindingCode
    severity: Severity
    /** `table.field` the admin changes (or looks at) to resolve the finding. */
    field: string
    /** Says what is wrong, on which form and field, and what to put there. */
    message: string
}

export interface SetupSnapshot extends AppOnlyFacts, GeneralSnapshot {
    /** null when the account record does not exist. */
    account: AccountFields | null
    /** null when the account has no profile or the reference is dangling. */
    profile: ProfileFields | null
    /** null when the profile has no provider or the reference is dangling. */
    provider: ProviderFields | null
    /** `oauth_entity_scope` records of the provider. */
    providerScopes: ScopeRecord[]
    /** `oauth_entity_profile_scope` links of the profile. */
    profileScopes: ProfileScopeLink[]
    token: TokenSnapshot
    /** Whether com.glide.email.oauth is active; null when the instance would not say. */
    pluginActive: boolean | null
    /** The `glide.servlet.uri` property, e.g. `https://acme.service-now.com/`. */
    instanceUrl: RawValue
    /** Active `sys_email_account` records of type smtp, this one included; null when unknown. */
    activeSmtpAccounts: number | null
    /** Whether the platform's "Refresh email access token" job is active; null when it was not found. */
    platformRefreshJobActive: boolean | null
    settings: { reauthWarningDays: number }
    /** Who runs the check and who the refresh job runs as, with their rights (rules/access.ts); absent = not read. */
    access?: AccessSnapshot | null
    /** Who authorized the account and Gmail's testing mode (src/setup-check/rules/authorization.ts); absent = not read. */
    authorization?: AuthorizationSnapshot | null
    /** The platform's own refresh job and credential cleanup (src/setup-check/rules/platform.ts); absent = not read. */
    platform?: PlatformSnapshot | null
    /** The provider's client secret or certificate expiries recorded under Client credentials (rules/credentials.ts); absent = not read. */
    credentials?: RecordedCredential[] | null
    /** The account's Connection security where the instance has that field (rules/connection-security.ts); absent or null = no such field. */
    connectionSecurity?: ConnectionSecuritySnapshot | null
    /** The account's latest mail-level error and canary round trip (rules/mail-flow.ts); absent = not read. */
    mailFlow?: MailFlowSnapshot | null
    /** The certificate chain of a provider that signs with a certificate (rules/certificate.ts); absent or null = none, or not read. */
    certificate?: CertificateChainSnapshot | null
}

/** Runs every rule file over the snapshot. Findings come in the order an admin should fix them. */
export function checkSetup(snapshot: SetupSnapshot): Finding[] {
    const findings: Finding[] = []
    const add = (code: FindingCode, field: string, message: string): void => {
        findings.push({ code, severity: FINDING_CODES[code].severity, field, message })
    }
    const snap: Partial<SetupSnapshot> = typeof snapshot === 'object' && snapshot !== null && !Array.isArray(snapshot) ? snapshot : {}

    pluginFindings(snap.pluginActive, add)
    checkAccess(snap.access, add)
    const reached = accountAndProviderFindings(snap, add)
    if (reached) {
        for (const found of authorizationFindings(reached.accountName, reached.mailbox, snap.authorization, reached.tokenPresent)) add(found.code, found.field, found.message)
        for (const found of platformFindings(snap.platform)) add(found.code, found.field, found.message)
        for (const found of credentialFindings(reached.providerName, snap.credentials)) add(found.code, found.field, found.message)
        for (const found of connectionSecurityFindings(reached.accountName, snap.account?.port, snap.connectionSecurity)) add(found.code, found.field, found.message)
        for (const found of signInFindings(snap.provider, snap.profile)) add(found.code, found.field, found.message)
        platformJobFinding(snap.platformRefreshJobActive, add)
        for (const found of mailFlowFindings(snap.mailFlow)) add(found.code, found.field, found.message)
        for (const found of certificateFindings(snap.certificate, certificateContext(snap, reached.providerName))) add(found.code, found.field, found.message)
    }
    return withBasicAuthCutoff(snapshot, adjustForAppOnly(snapshot, findings))
}

function certificateContext(snap: Partial<SetupSnapshot>, providerName: string) {
    const value = (raw: RawValue) => (typeof raw === 'string' ? raw.trim() : '')
    const token = snap.token
    return {
        providerName,
        clientId: value(snap.provider?.client_id),
        tokenUrl: value(snap.provider?.token_url),
        clientSecretSet: snap.provider?.client_secret_set !== false,
        proved: !!token && token.state === 'read' && token.hasAccessToken,
    }
}

/** The first error that makes a token refresh futile, or null (see `blocksRefresh`). */
export function firstRefreshBlocker(findings: Finding[]): Finding | null {
    return findings.find((finding) => finding.severity === 'error' && FINDING_CODES[finding.code].blocksRefresh) ?? null
}

/** The one-line verdict shown after the findings, e.g. "2 errors, 1 warning: mail will stop at the next token refresh". */
export function summarise(findings: Finding[], accountName: string): string {
    const errors = findings.filter((finding) => finding.severity === 'error')
    const warnings = findings.filter((finding) => finding.severity === 'warning').length
    const notes = findings.length - errors.length - warnings
    if (errors.length > 0) {
        const counts = `${counted(errors.length, 'error')}${warnings > 0 ? `, ${counted(warnings, 'warning')}` : ''}`
        if (errors.some((finding) => finding.code === 'not_oauth2')) {
            return `${counts}: the account does not use OAuth2, so its OAuth setup was not checked further`
        }
        if (errors.some((finding) => finding.code === 'not_authorized')) {
            return `${counts}: no mail flows until the errors are fixed and the account is authorized`
        }
        if (firstRefreshBlocker(errors)) {
            return `${counts}: mail will stop at the next token refresh`
        }
        return `${counts}: mail fails, or will at the next authorization, until the errors are fixed`
    }
    if (warnings > 0) {
        return `${counted(warnings, 'warning')}, no errors: mail works; the warnings say what will need care`
    }
    return `No problems found: the OAuth setup of "${accountName}" is complete${notes > 0 ? ` (${counted(notes, 'note')} above)` : ''}`
}

function counted(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`
}
