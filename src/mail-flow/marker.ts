/**
 * The canary's marker: what a canary message carries so that exactly this instance recognises it.
 *
 * Pure. The marker is `[<instance name>/<canary id>]` in a subject of a fixed shape, and the same in an
 * `X-Email-OAuth-Canary` header line. The instance name is the platform's `instance_name` property
 * (not a secret: it is in every URL of the instance); the canary id is a fresh random 32-hex id per
 * message, stored with the canary row, so a marker can only be swallowed while this instance is
 * waiting for exactly that id. Nothing else is in the message: no token, no account id.
 *
 * A reply or a forward starts with a prefix (RE:, FW:) and a quoted marker sits in the body: neither
 * matches, because only a subject that IS the marker subject counts.
 */

export const CANARY_SUBJECT_PREFIX = 'Email OAuth Manager mail-flow check'
export const CANARY_HEADER = 'X-Email-OAuth-Canary'

const INSTANCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
const CANARY_ID = /^[0-9a-f]{32}$/
const SUBJECT = /^Email OAuth Manager mail-flow check \[([A-Za-z0-9][A-Za-z0-9._-]{0,99})\/([0-9a-f]{32})\]$/

export interface CanaryMarker {
    instance: string
    canaryId: string
}

export interface CanaryMessage {
    subject: string
    /** Plain text: what the message is, for a person who opens the mailbox. */
    body: string
    /** The header line to record on the email (sys_email.headers). */
    header: string
}

/** The message for one canary; null when the instance name or the id cannot make a valid marker. */
export function canaryMessage(marker: CanaryMarker, mailboxName: string): CanaryMessage | null {
    if (!INSTANCE_NAME.test(marker.instance) || !CANARY_ID.test(marker.canaryId)) return null
    const tag = `${marker.instance}/${marker.canaryId}`
    return {
        subject: `${CANARY_SUBJECT_PREFIX} [${tag}]`,
        body: [
            `This message was sent by the ServiceNow instance ${marker.instance} (Email OAuth Manager) to check that mail flows both ways through the mailbox "${mailboxName}".`,
            'The instance reads it back and discards it: no record is created and nobody is notified. Nothing to do.',
            `Canary: ${tag}`,
        ].join('\n\n'),
        header: `${CANARY_HEADER}: ${tag}`,
    }
}

/** The marker a received email's subject carries, or null when the subject is not exactly a canary subject. */
export function markerOfSubject(subject: string | null | undefined): CanaryMarker | null {
    const match = SUBJECT.exec(String(subject ?? '').trim())
    return match ? { instance: match[1], canaryId: match[2] } : null
}

/**
 * Whether a received email is one of this instance's canaries waiting to come back. The subject must
 * be exactly a canary subject naming this instance (names compared as the platform treats host
 * names: without case), and its id must be one this instance sent and has not yet seen.
 */
export function isOwnCanary(subject: string | null | undefined, instanceName: string, awaitedIds: ReadonlySet<string> | ((id: string) => boolean)): CanaryMarker | null {
    const marker = markerOfSubject(subject)
    if (marker === null || instanceName === '' || marker.instance.toLowerCase() !== instanceName.toLowerCase()) return null
    const awaited = typeof awaitedIds === 'function' ? awaitedIds(marker.canaryId) : awaitedIds.has(marker.canaryId)
    return awaited ? marker : null
}
