/**
 * Setup-check rules on mail itself (src/mail-flow/): the latest mail-level error the platform recorded
 * for an outbound account (the email record's error string, classified into a stable code with its fix)
 * and the canary round trip of an inbound mailbox (the failing leg, or why no canary is sent). Pure:
 * the snapshot's `mailFlow` part (the health row's mail-flow columns, read by read-setup.ts) in,
 * findings out. Registered from checkSetup in checks.ts.
 */
import type { InboundEmailProcessing } from '../../platform/inbound-email.ts'
import type { FindingSpec, SeverityFinding } from '../finding.ts'

export interface MailFlowSnapshot {
    /** The latest mail-level code (src/mail-flow/codes.ts), '' when the last email went out. */
    mailCode: string
    /** The server's answer and the fix, as the health row holds it. */
    mailError: string
    mailErrorAt: string
    /** The canary's state: '' (never checked), ok, failing, retrying or paused. */
    canaryStatus: string
    canaryLeg: string
    canaryCode: string
    canaryMessage: string
    /** What sees a received email before the app's inbound action (src/platform/inbound-email.ts); absent when not read. */
    inbound?: InboundEmailProcessing | null
}

const spec = (severity: FindingSpec['severity']): FindingSpec => ({ severity, kind: 'configuration', blocksRefresh: false })

/** The mail-level codes (codes.ts MAIL_CODE) and the canary codes (legs.ts CANARY_CODE and the job's pause reasons). */
export const MAIL_FLOW_FINDING_CODES = {
    smtp_auth_disabled: spec('error'),
    smtp_auth_blocked_by_policy: spec('error'),
    smtp_auth_rejected: spec('error'),
    smtp_not_authenticated: spec('error'),
    send_as_denied: spec('error'),
    google_bad_credentials: spec('error'),
    google_sign_in_required: spec('error'),
    google_auth_required: spec('error'),
    smtp_basic_auth_not_supported: spec('error'),
    graph_send_refused: spec('error'),
    mail_send_retrying: spec('warning'),
    recipient_rejected: spec('info'),
    mail_error_unknown: spec('warning'),
    canary_send_failed: spec('error'),
    canary_send_ignored: spec('error'),
    canary_email_missing: spec('warning'),
    canary_sending_off: spec('error'),
    canary_sender_job_stopped: spec('error'),
    canary_no_outbound_account: spec('error'),
    canary_not_sent: spec('error'),
    canary_send_retrying: spec('warning'),
    canary_retries_exhausted: spec('error'),
    canary_inbound_account_inactive: spec('error'),
    canary_receiving_off: spec('error'),
    canary_reader_job_stopped: spec('error'),
    canary_inbound_token: spec('error'),
    canary_inbound_login_refused: spec('error'),
    canary_not_read: spec('error'),
    canary_mailbox_shared: spec('error'),
    canary_inbound_flows: spec('warning'),
    canary_guard_not_first: spec('warning'),
    canary_action_inactive: spec('warning'),
    canary_mailbox_no_address: spec('warning'),
    canary_mailbox_needs_authorization: spec('info'),
    canary_disabled: spec('info'),
    canary_no_instance_name: spec('warning'),
} as const satisfies { [code: string]: FindingSpec }

type Code = keyof typeof MAIL_FLOW_FINDING_CODES

function isCode(code: string): code is Code {
    return Object.prototype.hasOwnProperty.call(MAIL_FLOW_FINDING_CODES, code)
}

export function mailFlowFindings(mailFlow: MailFlowSnapshot | null | undefined): SeverityFinding<Code>[] {
    if (!mailFlow || typeof mailFlow !== 'object') return []
    const findings: SeverityFinding<Code>[] = []
    if (mailFlow.mailCode && isCode(mailFlow.mailCode)) {
        findings.push({
            code: mailFlow.mailCode,
            severity: MAIL_FLOW_FINDING_CODES[mailFlow.mailCode].severity,
            field: 'sys_email.error_string',
            message:
                mailFlow.mailCode === 'mail_send_retrying'
                    ? `The platform is retrying mail through this account${mailFlow.mailErrorAt ? ` (since ${mailFlow.mailErrorAt} UTC)` : ''}: ${clip(mailFlow.mailError, 420)} The emails are in System Logs > Emails (type send-retry-backoff or send-retry-delayed).`
                    : `The last email through this account failed${mailFlow.mailErrorAt ? ` at ${mailFlow.mailErrorAt} UTC` : ''}: ${clip(mailFlow.mailError, 420)} The email is in the System Mailboxes > Failed list.`,
        })
    }
    if ((mailFlow.canaryStatus === 'failing' || mailFlow.canaryStatus === 'paused' || mailFlow.canaryStatus === 'retrying') && isCode(mailFlow.canaryCode)) {
        const leg =
            mailFlow.canaryStatus === 'failing'
                ? `Mail flow fails on the ${mailFlow.canaryLeg === 'outbound' ? 'outbound (sending)' : 'inbound (reading)'} leg. `
                : mailFlow.canaryStatus === 'retrying'
                  ? 'The outbound (sending) leg is retrying. '
                  : ''
        findings.push({
            code: mailFlow.canaryCode,
            severity: MAIL_FLOW_FINDING_CODES[mailFlow.canaryCode].severity,
            field: 'x_mail_oauth_token_health.canary_message',
            message: `${leg}${clip(mailFlow.canaryMessage, 420)} Round trips: the Mail flow section of the account's Token health form.`,
        })
    }
    findings.push(...guardFindings(mailFlow.inbound))
    return findings
}

const CANARY_SUBJECT_TEXT = 'Email OAuth Manager mail-flow check'

/**
 * The canary's guard (the app's inbound action) and what runs before it. On a default instance the
 * canary never reaches an action or a flow (the Ignore header and Junk filters store it ignored) and
 * is detected from the stored email: these warnings matter where the filters are switched off.
 */
function guardFindings(inbound: InboundEmailProcessing | null | undefined): SeverityFinding<Code>[] {
    if (!inbound || typeof inbound !== 'object') return []
    const findings: SeverityFinding<Code>[] = []
    const flows = inbound.inboundFlows
    if (flows && flows.count > 0) {
        findings.push({
            code: 'canary_inbound_flows',
            severity: MAIL_FLOW_FINDING_CODES.canary_inbound_flows.severity,
            field: 'sys_hub_flow',
            message: clip(
                `${flows.count} active flow${flows.count === 1 ? '' : 's'} with an inbound email trigger (${flows.names.join(', ')}${flows.count > flows.names.length ? ', ...' : ''}) see every received email before any inbound action, the canary guard included. ` +
                    'On a default instance the email filters store the canary ignored and no flow runs on it. With the Ignore header filter off, ' +
                    `add "Subject does not contain ${CANARY_SUBJECT_TEXT}" to each flow's trigger conditions (the flow's trigger form in Workflow Studio).`,
                590,
            ),
        })
    }
    const stopping = inbound.actionsBefore.stopping
    if (inbound.action?.active && stopping.length > 0) {
        findings.push({
            code: 'canary_guard_not_first',
            severity: MAIL_FLOW_FINDING_CODES.canary_guard_not_first.severity,
            field: 'sysevent_in_email_action.order',
            message: clip(
                `The inbound action${stopping.length === 1 ? '' : 's'} ${stopping.map((name) => `"${name}"`).join(', ')} run${stopping.length === 1 ? 's' : ''} before the canary guard (Order ${inbound.action.order}) with Stop processing ticked: with the email filters off, a canary could end there instead of being discarded (detection still reads the stored email). ` +
                    'Give "Email OAuth Manager: swallow this instance\'s mail-flow canaries" the lowest Order on its form (System Policy > Email > Inbound Actions).',
                590,
            ),
        })
    }
    return findings
}

function clip(text: string, max: number): string {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
