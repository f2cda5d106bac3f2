/**
 * Setup-check rule for the *Connection security* field (None / STARTTLS / SSL/TLS) of newer releases:
 * never a plain connection, and the one the port needs (993 and 465: SSL/TLS from the first byte;
 * 587: STARTTLS). No field on the instance (older releases): no finding here, the Enable SSL / Enable
 * TLS rules (rules/general.ts) cover those. An empty or unrecognised value is left to those rules too:
 * nothing is reported that the instance did not say. Pure.
 */
import type { FindingSpec, RawValue, RuleFinding } from '../finding.ts'

export const CONNECTION_SECURITY_FINDING_CODES = {
    connection_security_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

export type ConnectionSecurityCode = keyof typeof CONNECTION_SECURITY_FINDING_CODES

type Kind = 'none' | 'starttls' | 'ssl_tls'

/** What the instance says about the account's Connection security (src/platform/connection-security.ts). */
export interface ConnectionSecuritySnapshot {
    /** The column on sys_email_account and the label its form shows. */
    element: string
    label: string
    /** The account's stored value, and what it means (null: empty or not recognised). */
    value: RawValue
    kind: Kind | null
    /** The instance's choice labels for the two secure kinds, to name the one to pick. */
    choiceLabels: { starttls: string | null; ssl_tls: string | null }
}

const PORT_NEEDS: Record<string, Kind> = { '993': 'ssl_tls', '465': 'ssl_tls', '587': 'starttls' }

/** absent or null = the field does not exist on this instance (or was not read). */
export function connectionSecurityFindings(accountName: string, port: RawValue, snapshot: ConnectionSecuritySnapshot | null | undefined): RuleFinding<ConnectionSecurityCode>[] {
    if (!snapshot || typeof snapshot !== 'object' || !snapshot.kind) return []
    const field = `sys_email_account.${snapshot.element}`
    const portText = typeof port === 'string' ? port.trim() : ''
    const needed = PORT_NEEDS[portText] ?? null
    const labelOf = (kind: Kind): string => (kind === 'none' ? 'None' : (snapshot.choiceLabels[kind] ?? (kind === 'starttls' ? 'STARTTLS' : 'SSL/TLS')))
    const where = `on the Email Account form of ${accountName}, set ${snapshot.label}`
    if (snapshot.kind === 'none') {
        const pick = needed ? `${labelOf(needed)} (port ${portText})` : `${labelOf('ssl_tls')} (IMAP on 993, SMTP on 465) or ${labelOf('starttls')} (SMTP on 587)`
        return [{ code: 'connection_security_mismatch', field, message: `${snapshot.label} of ${accountName} is ${labelOf('none')}: the OAuth token and the mail would cross the network unencrypted. ${capitalise(where)} to ${pick}.` }]
    }
    if (needed && snapshot.kind !== needed) {
        return [
            {
                code: 'connection_security_mismatch',
                field,
                message: `${snapshot.label} of ${accountName} is ${labelOf(snapshot.kind)}, but port ${portText} needs ${labelOf(needed)}${needed === 'starttls' ? ' (the server starts in plain text and upgrades)' : ' (TLS from the first byte)'}, so the connection fails: ${where} to ${labelOf(needed)}.`,
            },
        ]
    }
    return []
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1)
}
