import type { CanaryOutcome, CanaryHealth } from './incident.ts'
import { isThisInstance, type RecognisedCanary } from './marker.ts'

/**
 * Which canaries arrived, read from what the instance stored when it read the mailboxes. Pure.
 *
 * A canary has arrived when a received or received-ignored email (any mailbox, Junk included) carries
 * this instance's marker for a canary it is waiting for. The first stored copy counts (a canary stored
 * twice, e.g. delivered twice or allowed by glide.email.allow_duplicate_message_ids, counts once).
 * Another instance's canary in a mailbox (a sub-production clone reading production's mailboxes) is
 * never an arrival: it is evidence that a second instance reads the mailbox and takes some of its mail.
 */

export const CANARY_CODE_MAILBOX_SHARED = 'canary_mailbox_shared'
/** The inbound leg's "sent and not read back although all looks healthy" (legs.ts CANARY_CODE.notRead). */
const NOT_READ = 'canary_not_read'

/** How long a sighting of another instance's canary keeps a mailbox counted as shared. */
export const SHARED_WINDOW_MS = 3 * 3600000

export interface StoredCanaryMail {
    sysId: string
    /** When the instance stored it (its sys_created_on): the moment the reader took it from the mailbox. */
    storedAt: number
    /** The To addresses, comma-separated: the mailbox it was sent to. */
    recipients: string
    recognised: RecognisedCanary
}

export interface AwaitedCanary {
    sysId: string
    canaryId: string
    mailboxId: string
}

export interface StoredArrival {
    canarySysId: string
    canaryId: string
    mailboxId: string
    arrivedAt: number
}

export interface StoredMatch {
    arrivals: StoredArrival[]
    /** Per mailbox sys_id: the other instances whose canaries were stored from it since `sharedSince`. */
    foreign: Map<string, string[]>
}

export function matchStoredCanaries(
    stored: readonly StoredCanaryMail[],
    awaited: readonly AwaitedCanary[],
    mailboxes: readonly { sysId: string; address: string }[],
    instance: string,
    sharedSince: number,
): StoredMatch {
    const byId = new Map(awaited.map((canary) => [canary.canaryId, canary]))
    const arrivals = new Map<string, StoredArrival>()
    const foreign = new Map<string, string[]>()
    for (const mail of [...stored].sort((a, b) => a.storedAt - b.storedAt)) {
        const marker = mail.recognised.marker
        if (isThisInstance(marker, instance)) {
            const canary = byId.get(marker.canaryId)
            if (canary && !arrivals.has(canary.sysId)) arrivals.set(canary.sysId, { canarySysId: canary.sysId, canaryId: canary.canaryId, mailboxId: canary.mailboxId, arrivedAt: mail.storedAt })
            continue
        }
        if (mail.storedAt < sharedSince) continue
        const to = mail.recipients.toLowerCase().split(',').map((address) => address.trim())
        for (const mailbox of mailboxes) {
            if (mailbox.address === '' || to.indexOf(mailbox.address.toLowerCase()) < 0) continue
            const seen = foreign.get(mailbox.sysId) ?? []
            if (seen.indexOf(marker.instance.toLowerCase()) < 0) seen.push(marker.instance.toLowerCase())
            foreign.set(mailbox.sysId, seen)
        }
    }
    return { arrivals: [...arrivals.values()], foreign }
}

/**
 * A mailbox another instance also reads loses some canaries to it, at random: that is one incident,
 * not one per lost canary. While the other instance's canaries keep showing up, a canary lost with no
 * other cause in sight names
 * the shared mailbox, and an arrival does not end an incident opened for it (so the alert is sent
 * once, and the recovery once, when the other instance has stopped reading the mailbox).
 */
export function sharedMailboxOutcome(outcome: CanaryOutcome, previous: CanaryHealth, mailboxName: string, otherInstances: readonly string[]): CanaryOutcome {
    if (otherInstances.length === 0) return outcome
    const message =
        `Another ServiceNow instance (${otherInstances.join(', ')}) reads the mailbox ${mailboxName}: its canaries are stored here, and each message is read by whichever instance comes first, so this instance misses some of its mail (canaries, and replies users send). ` +
        'A sub-production clone keeps production\'s email accounts: on the clone, deactivate the inbound email accounts or point them at other mailboxes (System Mailboxes > Administration > Email Accounts), and add the clone\'s cleanup to the clone profile.'
    // Only a loss with no other cause in sight: a stopped reader or a refused login is named as such.
    if (outcome.kind === 'failed' && outcome.leg === 'inbound' && outcome.code === NOT_READ) return { kind: 'failed', leg: 'inbound', code: CANARY_CODE_MAILBOX_SHARED, message }
    const inboundIncident = previous.status === 'failing' && previous.leg === 'inbound' && (previous.code === CANARY_CODE_MAILBOX_SHARED || previous.code === NOT_READ)
    if (outcome.kind === 'arrived' && inboundIncident) return { kind: 'failed', leg: 'inbound', code: CANARY_CODE_MAILBOX_SHARED, message }
    return outcome
}
