/**
 * Setup-check rules on who authorized the account and on Gmail's testing mode. Pure: the snapshot's
 * `authorization` part (read by read-setup.ts from the token and the account's health row) in,
 * findings out. Registered from checkSetup in checks.ts; codes in FINDING_CODES.
 */
import { compareIdentity, IDENTITY_STATUS, identityMismatchMessage } from '../../authorization/identity.ts'
import { testingModeMessage, TESTING_REFRESH_TOKEN_DAYS } from '../../authorization/testing-mode.ts'
import type { FindingSpec, RuleFinding as Finding } from '../finding.ts'

export interface AuthorizationSnapshot {
    /** The identity the account's token belongs to: read now, or the job's last reading; null when unknown. */
    identity: string | null
    /** Where it came from, for the message: 'token' (read now) or 'health row' (the job's last reading). */
    identitySource: 'token' | 'health row' | null
    /** accepted_delegate on the account's health row ('' when none). */
    acceptedDelegate: string
    /** testing_mode_suspected on the health row. */
    testingModeSuspected: boolean
}

/** The codes of these rules, spread into the one catalogue FINDING_CODES (checks.ts). */
export const AUTHORIZATION_FINDING_CODES = {
    identity_mismatch: { severity: 'error', kind: 'token', blocksRefresh: false },
    identity_delegate: { severity: 'info', kind: 'token', blocksRefresh: false },
    google_testing_mode: { severity: 'warning', kind: 'token', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

type RuleFinding = Finding<'identity_mismatch' | 'identity_delegate' | 'google_testing_mode'>

export function authorizationFindings(accountName: string, mailbox: string, authorization: AuthorizationSnapshot | null | undefined, tokenPresent: boolean): RuleFinding[] {
    if (!authorization || typeof authorization !== 'object') return []
    const findings: RuleFinding[] = []
    if (tokenPresent && mailbox !== '') {
        const status = compareIdentity(mailbox, authorization.identity, authorization.acceptedDelegate ?? '')
        const who = authorization.identity ?? ''
        if (status === IDENTITY_STATUS.mismatch) {
            findings.push({ code: 'identity_mismatch', field: 'oauth_credential', message: identityMismatchMessage(accountName, mailbox, who) })
        } else if (status === IDENTITY_STATUS.delegate) {
            findings.push({
                code: 'identity_delegate',
                field: 'x_mail_oauth_token_health.accepted_delegate',
                message: `Email account '${accountName}' is authorized as ${who}, the delegate accepted in Accepted delegate on its Token health form, not as the mailbox ${mailbox}: clear that field if it is no longer intended.`,
            })
        }
        // An unreadable identity is no finding: most checks would show it, and the health row already says "Unknown".
    }
    if (authorization.testingModeSuspected === true) {
        findings.push({ code: 'google_testing_mode', field: 'x_mail_oauth_token_health.testing_mode_suspected', message: testingModeMessage(accountName, TESTING_REFRESH_TOKEN_DAYS + 1) })
    }
    return findings
}
