/**
 * Setup-check rule for accounts still on Basic authentication at Microsoft or Google: the general
 * rules stop at not_oauth2; this adds when the password stops working and the way out that loses
 * no mail (src/migration). Pure.
 */
import { cutoffMessage, isBasicAuthAccount } from '../../migration/plan.ts'
import type { AccountFields, FindingSpec, SeverityFinding } from '../finding.ts'

export const BASIC_AUTH_FINDING_CODES = {
    basic_auth_cutoff: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

export function withBasicAuthCutoff<F extends SeverityFinding>(snapshot: { account?: AccountFields | null } | null | undefined, findings: F[]): F[] {
    const account = snapshot && typeof snapshot === 'object' ? snapshot.account : null
    if (!account || typeof account !== 'object') return findings
    const fields = { authentication: text(account.authentication), server: text(account.server), type: text(account.type).toLowerCase(), name: text(account.name) || 'this account' }
    if (!isBasicAuthAccount(fields)) return findings
    return findings.concat({ code: 'basic_auth_cutoff', severity: BASIC_AUTH_FINDING_CODES.basic_auth_cutoff.severity, field: 'sys_email_account.authentication', message: cutoffMessage(fields) } as F)
}

function text(value: unknown): string {
    return typeof value === 'string' ? value.trim() : ''
}
