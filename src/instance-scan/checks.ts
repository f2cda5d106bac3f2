/**
 * Which Instance Scan check of the suite "Email OAuth health" reports which setup-check finding.
 * Pure. The scan runs the setup check's own rules (src/setup-check/) and only sorts their findings
 * into checks, so a code, its severity and its fix text are the same on the form, in the refresh
 * job and in the scan.
 *
 * Instance-wide checks own whole rule catalogues (a rule added to one of those rule files is
 * reported by its check); every other finding belongs to the account it was found on and goes to
 * the account check of its severity. So a new rule needs no new check record.
 */
import { ACCESS_FINDING_CODES } from '../setup-check/rules/access.ts'
import { CREDENTIAL_FINDING_CODES } from '../setup-check/rules/credentials.ts'
import { PLATFORM_FINDING_CODES } from '../setup-check/rules/platform.ts'
import type { Finding, FindingCode } from '../setup-check/checks.ts'
import type { Severity } from '../setup-check/finding.ts'

/** The table checks on sys_email_account: one finding per account with its problems. */
export type AccountCheck = 'account_errors' | 'account_warnings' | 'account_notes' | 'basic_auth'
/** The script-only checks: what is the same for every account. */
export type InstanceCheck = 'plugin' | 'platform_machinery' | 'refresh_job' | 'client_credentials'
export type ScanCheck = AccountCheck | InstanceCheck

/** The finding a check reports about itself when it could not run (its script's catch says the same). */
export const SCAN_CHECK_FAILED = 'scan_check_failed'

/** The suite and its checks as the admin finds them under Instance Scan (fluent/instance-scan.now.ts). */
export const SCAN_SUITE_NAME = 'Email OAuth health'
export const SCAN_CHECK_NAME = {
    account_errors: 'Email OAuth: mailbox setup stops mail',
    account_warnings: 'Email OAuth: mailbox setup warnings',
    account_notes: 'Email OAuth: mailbox setup notes',
    basic_auth: 'Email OAuth: mailboxes still on Basic auth',
    plugin: 'Email OAuth: plugin active',
    platform_machinery: "Email OAuth: the platform's refresh job and credential cleanup",
    refresh_job: 'Email OAuth: refresh job and its Run as user',
    client_credentials: 'Email OAuth: client secrets and certificates near expiry',
} as const satisfies { readonly [check in ScanCheck]: string }

/** The codes each instance-wide check reports: whole rule catalogues (rules/platform.ts, access.ts, credentials.ts), and from rules/general.ts the plugin and the platform job's note. */
export const INSTANCE_CHECK_CODES: { readonly [check in InstanceCheck]: readonly FindingCode[] } = {
    plugin: ['plugin_inactive', 'plugin_state_unknown'],
    platform_machinery: [...(Object.keys(PLATFORM_FINDING_CODES) as FindingCode[]), 'platform_refresh_job_active'],
    refresh_job: Object.keys(ACCESS_FINDING_CODES) as FindingCode[],
    client_credentials: Object.keys(CREDENTIAL_FINDING_CODES) as FindingCode[],
}

const ACCOUNT_CHECK_OF_SEVERITY: { readonly [severity in Severity]: AccountCheck } = {
    error: 'account_errors',
    warning: 'account_warnings',
    info: 'account_notes',
}

/** The instance-wide check that reports this code, or null when the code belongs to an account. */
export function instanceCheckOf(code: string): InstanceCheck | null {
    for (const check of Object.keys(INSTANCE_CHECK_CODES) as InstanceCheck[]) {
        if (INSTANCE_CHECK_CODES[check].indexOf(code as FindingCode) >= 0) return check
    }
    return null
}

/**
 * The findings of one account that an account check reports: the account's own (not the
 * instance-wide ones, which their script-only checks report once), for an OAuth account those of
 * the check's severity, for an account on Basic auth all of them (the Basic-auth check).
 */
export function accountFindingsFor(check: AccountCheck, findings: readonly Finding[]): Finding[] {
    return findings.filter((finding) => instanceCheckOf(finding.code) === null && (check === 'basic_auth' || ACCOUNT_CHECK_OF_SEVERITY[finding.severity] === check))
}

/** The findings an instance-wide check reports, each text once (every account repeats them). */
export function instanceFindingsFor(check: InstanceCheck, findings: readonly Finding[]): Finding[] {
    const seen = new Set<string>()
    return findings.filter((finding) => {
        const key = `${finding.code}\n${finding.message}`
        if (instanceCheckOf(finding.code) !== check || seen.has(key)) return false
        seen.add(key)
        return true
    })
}

/** One line per finding, exactly as the form's Check OAuth setup shows it. */
export function findingLine(finding: Finding): string {
    return `${finding.message} [${finding.code}]`
}

/** The text of a scan finding: what it is about, then one line per problem. */
export function findingDetails(subject: string, findings: readonly Finding[]): string {
    return [`${subject}: ${findings.length} problem${findings.length === 1 ? '' : 's'}`, ...findings.map(findingLine)].join('\n')
}
