/**
 * What the platform does with a received email before any inbound email action, modelled on its
 * documented defaults (test/platform/email-defaults.ts lists them with their sources):
 *
 * - Duplicate Message-ID (KB0816001): the first email with a Message-ID is stored, later ones are
 *   dropped silently, unless glide.email.allow_duplicate_message_ids is true. The index is on
 *   (type, message_id): a received copy of an email this instance sent (type sent, same Message-ID)
 *   is no duplicate. UNCONFIRMED on an instance: that the returning copy of an instance's own email
 *   is stored (the instance probe checks it).
 * - The two default email filters, both active (docs Email filters; KB0551482):
 *   *Ignore header* ignores email carrying X-ServiceNow-Generated: true; *Junk email - sender equals
 *   recipient* moves email from the SMTP user (the active SMTP account's address) to the Junk
 *   mailbox. An ignored email is stored and not processed: type received-ignored, state ignored, no
 *   flow and no action runs. UNCONFIRMED: the `mailbox` value each filter leaves (modelled: junk for
 *   the Junk filter, inbox for Ignore header); code must not depend on it.
 * - Inbound email flows run before inbound email actions (docs Inbound email action processing).
 *   A flow whose trigger matches handles the email; with its trigger's Stop processing (the trigger
 *   input stop_condition_evaluation, default true in the SDK's Inbound Email trigger definition) no
 *   action runs after it. UNCONFIRMED: whether actions still run after a matching flow; modelled as
 *   not (the case that keeps an email from the app's guard).
 *
 * Each filter can be switched off per test (`world.mail.setFilter('junkSenderEqualsRecipient', false)`).
 */
import { defaultEmailFilters, EMAIL_DEFAULTS, type EmailFilterName } from '../../platform/email-defaults.ts'
import { platform, type Row } from '../../stand-ins/platform.ts'
import { EMAIL_STATE, EMAIL_TABLE, EMAIL_TYPE, isTrue } from './email-records.ts'
import { activeSmtpAccount } from './sender.ts'

export interface InboundFlowSpec {
    name: string
    /** The trigger's email conditions, as a predicate on the sys_email row; every email when absent. */
    matches?: (email: Row) => boolean
    /** What the flow does with the email (e.g. create a record). */
    run?: (email: Row) => void
    /** The trigger's Stop processing (default true, as the SDK's Inbound Email trigger declares it). */
    stopProcessing?: boolean
    active?: boolean
}

export interface FlowRun {
    name: string
    stoppedProcessing: boolean
}

export class InboundProcessing {
    readonly filters = defaultEmailFilters()
    readonly flows: InboundFlowSpec[] = []

    setFilter(name: EmailFilterName, active: boolean): void {
        this.filters[name] = active
    }

    /** KB0816001: whether an email with this Message-ID is dropped instead of stored (it would be a second `received` row with it). */
    isDuplicate(messageId: string): boolean {
        if (messageId === '' || isTrue(platform.properties[EMAIL_DEFAULTS.duplicateMessageId.property])) return false
        return platform.db.rows(EMAIL_TABLE).some((row) => row.type === EMAIL_TYPE.received && row.message_id === messageId)
    }

    /** Runs the active filters on a stored email; returns the filter that ignored it (the row then received-ignored, not processed), or null. */
    filter(emailSysId: string): string | null {
        const row = platform.db.row(EMAIL_TABLE, emailSysId) ?? {}
        const generated = new RegExp(`^${EMAIL_DEFAULTS.generatedHeader.name}:[ \\t]*${EMAIL_DEFAULTS.generatedHeader.value}[ \\t]*$`, 'im').test(String(row.headers ?? ''))
        if (this.filters.ignoreHeader && generated) return this.ignore(emailSysId, EMAIL_DEFAULTS.ignoreHeaderFilter.name, 'inbox')
        if (this.filters.junkSenderEqualsRecipient && isFromSmtpUser(String(row.origemail ?? ''))) return this.ignore(emailSysId, EMAIL_DEFAULTS.junkFilter.name, 'junk')
        return null
    }

    /** The active flows whose trigger matches, in the order added, until one stops processing. */
    runFlows(emailSysId: string): { ran: FlowRun[]; stopped: boolean } {
        const ran: FlowRun[] = []
        for (const flow of this.flows) {
            const row = platform.db.row(EMAIL_TABLE, emailSysId) ?? {}
            if (flow.active === false || (flow.matches && !flow.matches(row))) continue
            flow.run?.(row)
            const stoppedProcessing = flow.stopProcessing !== false
            ran.push({ name: flow.name, stoppedProcessing })
            if (stoppedProcessing) {
                platform.db.update(EMAIL_TABLE, emailSysId, { state: EMAIL_STATE.processed })
                return { ran, stopped: true }
            }
        }
        return { ran, stopped: false }
    }

    private ignore(emailSysId: string, filter: string, mailbox: string): string {
        platform.db.update(EMAIL_TABLE, emailSysId, { type: EMAIL_DEFAULTS.ignoredEmail.type, state: EMAIL_DEFAULTS.ignoredEmail.state, mailbox })
        return filter
    }
}

/** The SMTP user: the active SMTP account's address (user name, else From). */
function isFromSmtpUser(address: string): boolean {
    const account = activeSmtpAccount()
    if (!account || address === '') return false
    return [account.user_name, account.from].some((candidate) => String(candidate ?? '').trim().toLowerCase() === address.trim().toLowerCase())
}
