/**
 * Where the instance keeps an email it ignored. Docs (Email filters): "When an email is ignored, the
 * email is saved to your instance but is not processed" (type received-ignored); which mailbox it is
 * filed in is not documented. The app looks for a canary's arrival among received and
 * received-ignored emails whatever their mailbox; this item reports the mailbox the instance used.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { readChoices, type Choice } from '../dictionary.ts'
import { cannotTell, confirmed, differs, type ProbeAnswer, type ProbeItem } from '../item.ts'

export const IGNORED_TYPE = 'received-ignored'

export interface IgnoredMailboxReading {
    /** The choices of sys_email.type; empty when none are listed. */
    typeChoices: Choice[]
    /** The mailbox of the newest ignored email; null when the instance holds none. */
    newestMailbox: string | null
}

export function decideIgnoredMailbox(reading: IgnoredMailboxReading): ProbeAnswer {
    const typeListed = reading.typeChoices.some((choice) => choice.value === IGNORED_TYPE)
    if (reading.typeChoices.length > 0 && !typeListed && reading.newestMailbox === null) {
        return differs(`sys_email.type lists no ${IGNORED_TYPE} choice on this instance.`, 'Looks for arrivals among received emails only on this instance; an ignored canary would be reported as not read back.')
    }
    if (reading.newestMailbox === null) return cannotTell(`No ${IGNORED_TYPE} email is stored yet, so the mailbox the instance files them in is unknown.`, `Looks for a canary's arrival among received and ${IGNORED_TYPE} emails in any mailbox.`)
    return confirmed(`Ignored emails are stored as ${IGNORED_TYPE} in mailbox "${reading.newestMailbox || '(empty)'}".`, `Looks for a canary's arrival among received and ${IGNORED_TYPE} emails in any mailbox.`, reading.newestMailbox)
}

export function readIgnoredMailbox(): IgnoredMailboxReading {
    const email = new GlideRecord('sys_email')
    email.addQuery('type', IGNORED_TYPE)
    email.orderByDesc('sys_created_on')
    email.setLimit(1)
    email.query()
    return { typeChoices: readChoices('sys_email', 'type'), newestMailbox: email.next() ? email.getValue('mailbox') ?? '' : null }
}

export const ignoredMailboxItem: ProbeItem = {
    key: PROBE_ITEM.ignoredMailbox,
    title: 'Where ignored email is kept',
    assumption: `An email the instance ignores (its own outbound mail, a filter) is stored in sys_email as ${IGNORED_TYPE}; the docs do not say in which mailbox.`,
    check: () => decideIgnoredMailbox(readIgnoredMailbox()),
}
