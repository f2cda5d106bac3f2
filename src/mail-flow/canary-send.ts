import { gs, GlideAggregate, GlideRecord } from '@servicenow/glide'
import { insertRecord } from '../common/writes.ts'
import { instantValue, readInstant } from '../token-keeper/health-store.ts'
import { CANARY_TABLE, MAIL_FLOW_EVENT } from './names.ts'
import { text, type EmailState, type MailAccount } from './records.ts'

/**
 * Thin adapter: a canary leaves the way the platform sends mail. The job writes the canary row and
 * queues the app's event `x_mail_oauth.mail_flow.canary` on it (parm1 the mailbox's address, parm2 the
 * marker); the app's email notification on that event (fluent/mail-flow.now.ts, "Event parm 1
 * contains recipient") makes the email, which the SMTP Sender sends like every notification. The
 * documented ways for an app to send email are a notification (event + email notification) and the
 * Email API (docs: Email and SMS notifications); the app creates no sys_email row and needs no create
 * right on it, and the platform fills in what it fills in for every notification (its From, its
 * Message-ID, its X-ServiceNow-Generated header).
 *
 * The email a notification makes for a record names that record (sys_email target_table and instance,
 * docs r_EmailLogs / email-api): that is how the job finds the canary's email and follows it.
 */

/** Writes the canary row and queues its event; returns what failed, or null. */
export function queueCanary(input: { canaryId: string; tag: string; mailbox: MailAccount; outboundId: string; at: number }): string | null {
    const canary = new GlideRecord(CANARY_TABLE)
    canary.initialize()
    canary.setValue('canary_id', input.canaryId)
    canary.setValue('mailbox', input.mailbox.sysId)
    canary.setValue('outbound_account', input.outboundId)
    canary.setValue('state', 'queued')
    canary.setValue('queued', instantValue(input.at))
    const recorded = insertRecord(canary, `the canary record (${CANARY_TABLE}) for ${input.mailbox.name}`)
    if (!recorded.ok) return recorded.message
    const row = new GlideRecord(CANARY_TABLE)
    if (!row.get(recorded.sysId)) return `the canary record for ${input.mailbox.name} was written but cannot be read back`
    gs.eventQueue(MAIL_FLOW_EVENT.canary, row, input.mailbox.address, input.tag)
    return null
}

/**
 * The canary's email: the one its row names, else the newest outbound email the notification made for
 * the row (found by target record, then remembered on the row by the caller). null while none exists.
 */
export function canaryEmail(canary: { sysId: string; emailId: string }): (EmailState & { sysId: string }) | null {
    const gr = new GlideRecord('sys_email')
    if (canary.emailId !== '') {
        if (!gr.get(canary.emailId)) return null
    } else {
        gr.addQuery('target_table', CANARY_TABLE)
        gr.addQuery('instance', canary.sysId)
        gr.addQuery('type', 'NOT IN', 'received,received-ignored')
        gr.orderByDesc('sys_created_on')
        gr.setLimit(1)
        gr.query()
        if (!gr.next()) return null
    }
    return { sysId: gr.getUniqueValue(), type: text(gr.getValue('type')), errorString: text(gr.getValue('error_string')), updatedAt: readInstant(gr, 'sys_updated_on') ?? 0 }
}

/** addAggregate/getAggregate take the field as optional (GlideAggregate - Scoped: COUNT of every row); the typings ask for one. */
const ALL_ROWS = undefined as unknown as string

/** Canaries actually queued since `from` (withdrawn ones included: they may have left), counted on the canary table. */
export function countCanariesSince(from: number): number {
    const count = new GlideAggregate(CANARY_TABLE)
    count.addQuery('queued', '>=', instantValue(from))
    count.addAggregate('COUNT', ALL_ROWS)
    count.query()
    return count.next() ? Number(count.getAggregate('COUNT', ALL_ROWS)) || 0 : 0
}
