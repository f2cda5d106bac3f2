/**
 * Setup-check rule on the provider's client secret or certificate expiry, as recorded under Email
 * OAuth Manager > Client credentials (src/credentials/). Pure; registered from checkSetup.
 */
import { expiryMessage, type CredentialKind } from '../../credentials/expiry.ts'
import type { FindingSpec, RuleFinding as Finding } from '../finding.ts'

export interface RecordedCredential {
    kind: CredentialKind
    /** The recorded date, yyyy-MM-dd. */
    expires: string
    /** Whole days from today to that date (negative once past); null when the date is unreadable. */
    daysLeft: number | null
    /** Where the date came from (CREDENTIAL_SOURCE); absent = typed by an admin. */
    source?: string
}

/** The codes of these rules, spread into the one catalogue FINDING_CODES (checks.ts). */
export const CREDENTIAL_FINDING_CODES = {
    client_credential_expired: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    client_credential_expiring: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

type RuleFinding = Finding<'client_credential_expired' | 'client_credential_expiring'>

/** Warn this many days ahead: the first alert of the daily job. */
export const EXPIRING_WITHIN_DAYS = 30

/** `mailboxes`: the mailboxes that stop; on one account's form, that account (Instance Scan names them all). */
export function credentialFindings(providerName: string, credentials: readonly RecordedCredential[] | null | undefined, mailboxes: readonly string[] = ['this account']): RuleFinding[] {
    if (!Array.isArray(credentials)) return []
    const findings: RuleFinding[] = []
    for (const credential of credentials) {
        if (!credential || credential.daysLeft === null || credential.daysLeft > EXPIRING_WITHIN_DAYS) continue
        const message = expiryMessage(providerName, credential.kind, credential.expires, credential.daysLeft, mailboxes, credential.source)
        findings.push({
            code: credential.daysLeft < 0 ? 'client_credential_expired' : 'client_credential_expiring',
            field: 'x_mail_oauth_provider_credential.expires',
            message,
        })
    }
    return findings
}
