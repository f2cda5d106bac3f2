import { GlideRecord } from '@servicenow/glide'
import { isTrue } from '../common/fields.ts'
import { readAccountTypeChoices } from '../setup-check/read-app-only.ts'
import { graphKindOf, type AccountTypeChoice } from '../setup-check/rules/app-only.ts'
import { accountOf, type MailAccount } from './records.ts'

/**
 * The instance's outbound email accounts: SMTP, and from Australia on Microsoft Graph (Send) (ServiceNow
 * docs, Australia release notes: sending through Microsoft Graph). A Graph (Send) account carries the
 * instance's mail as an SMTP account does, so it is "the outbound account" for the canary, the
 * mail-level codes (without SMTP codes: codes.ts reads its errors as Graph's) and the re-send. The
 * docs give the type's label, not its value, so it is recognised by the instance's choice label, as
 * the setup check does (rules/app-only.ts graphKindOf).
 */

export type OutboundKind = 'smtp' | 'graph'

export interface OutboundAccount extends MailAccount {
    kind: OutboundKind
}

/** The outbound kind of an account type; null when the type does not send. Pure. */
export function outboundKindOf(type: string, choices: readonly AccountTypeChoice[] | null): OutboundKind | null {
    if (type === 'smtp') return 'smtp'
    return graphKindOf(type, choices as AccountTypeChoice[] | null) === 'graph_send' ? 'graph' : null
}

/** The type values that send: smtp, and the Graph (Send) value(s) this instance's choices name. */
export function outboundTypeValues(choices: readonly AccountTypeChoice[] | null): string[] {
    const graph = (choices ?? []).filter((choice) => outboundKindOf(choice.value, choices) === 'graph').map((choice) => choice.value)
    return ['smtp', ...graph]
}

/**
 * The active outbound accounts, SMTP first (the platform sends through one at a time, ServiceNow docs
 * c_EmailAccounts "The system only allows one SMTP email account to be active at a time"; which one
 * wins when a Graph (Send) account is active beside an SMTP account is not documented: both count as
 * sending, so neither is ever called missing).
 */
export function readActiveOutbounds(choices: readonly AccountTypeChoice[] | null = readAccountTypeChoices()): OutboundAccount[] {
    const gr = new GlideRecord('sys_email_account')
    gr.addQuery('type', 'IN', outboundTypeValues(choices).join(','))
    gr.addQuery('active', true)
    gr.orderBy('name')
    gr.setLimit(100)
    gr.query()
    const accounts: OutboundAccount[] = []
    while (gr.next()) {
        const kind = outboundKindOf(String(gr.getValue('type') ?? ''), choices)
        if (kind !== null) accounts.push({ ...accountOf(gr), kind })
    }
    return accounts.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'smtp' ? -1 : 1))
}

/** One account by sys_id when it is of an outbound type, active or not (an earlier outbound account whose failed mail is owed). */
export function readOutboundAccount(sysId: string, choices: readonly AccountTypeChoice[] | null): OutboundAccount | null {
    const gr = new GlideRecord('sys_email_account')
    if (sysId === '' || !gr.get(sysId)) return null
    const kind = outboundKindOf(String(gr.getValue('type') ?? ''), choices)
    return kind === null ? null : { ...accountOf(gr), kind, active: isTrue(gr.getValue('active')) }
}
