/**
 * The canary's marker: what a canary message carries so that exactly this instance recognises it.
 *
 * Pure. The marker is `[<instance name>/<canary id>]` in a subject of a fixed shape, and the same in a
 * body line `Email OAuth Manager canary: <instance name>/<canary id>`. The instance name is the platform's `instance_name` property
 * (not a secret: it is in every URL of the instance); the canary id is a fresh random 32-hex id per
 * message, stored with the canary row, so an arrival counts only for a canary this instance is
 * waiting for. Nothing else is in the message: no token, no account id.
 *
 * A reply or a forward starts with a prefix (RE:, FW:) and a quoted marker sits in the body: neither
 * matches. A tenant's mail rule may tag the subject in front (`[EXTERNAL] `): such tags are
 * tolerated, a reply or forward prefix never is (recogniseCanary).
 *
 * The canary leaves as an email notification of the app (fluent/mail-flow.now.ts), which sets no
 * header of its own (the documented mail script methods are addAddress, setFrom, setReplyTo,
 * setSubject, setBody: r_MailScriptAPI): the marker travels in the subject and in one body line.
 * The `X-Email-OAuth-Canary` header is still read when a message carries it (canaries queued by the
 * previous version, which wrote it on the email record).
 */

export const CANARY_SUBJECT_PREFIX = 'Email OAuth Manager mail-flow check'
export const CANARY_HEADER = 'X-Email-OAuth-Canary'
/** The body line that carries the marker, so a canary whose subject a mail rule rewrote is still recognised. */
export const CANARY_BODY_LABEL = 'Email OAuth Manager canary:'

const INSTANCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
const CANARY_ID = /^[0-9a-f]{32}$/

export interface CanaryMarker {
    instance: string
    canaryId: string
}

/**
 * The marker text `<instance>/<canary id>` for one canary (the canary event's parm2, which the app's
 * notification puts in the subject and the body line); null when the instance name or the id cannot
 * make a valid marker.
 */
export function canaryTag(marker: CanaryMarker): string | null {
    if (!INSTANCE_NAME.test(marker.instance) || !CANARY_ID.test(marker.canaryId)) return null
    return `${marker.instance}/${marker.canaryId}`
}

/** A received email as the instance stored it (sys_email subject, body_text, headers). */
export interface ReceivedMail {
    subject: string
    bodyText: string
    headers: string
}

export interface RecognisedCanary {
    marker: CanaryMarker
    /** Where the marker was read. */
    via: 'header' | 'subject' | 'body'
    /** The message carries `X-ServiceNow-Generated: true`: some ServiceNow instance sent it. */
    generated: boolean
}

/** One tag a tenant's mail rule may put in front of a subject: [EXTERNAL], (Ext), *EXTERNAL*, EXTERNAL: */
const TAGS = /^(?:(?:\[[^\]\r\n]{1,40}\]|\([^)\r\n]{1,40}\)|\*[^*\r\n]{1,40}\*|[A-Z][A-Z0-9-]{1,30}:)\s*)*/
const CANARY_SUBJECT = /^Email OAuth Manager mail-flow check \[([A-Za-z0-9][A-Za-z0-9._-]{0,99})\/([0-9a-f]{32})\]$/
/** Reply and forward prefixes of the platform's defaults (glide.email.reply_subject_prefix, forward_subject_prefix) and common clients. */
const REPLY_OR_FORWARD = /^(?:re|aw|r|sv|vs|antw|odp|fw|fwd|wg|tr|rv|enc|accepted|tentative|declined)\s*(?:\[\d+\])?\s*:/i
const HEADER_LINE = /^X-Email-OAuth-Canary:[ \t]*([A-Za-z0-9][A-Za-z0-9._-]{0,99})\/([0-9a-f]{32})[ \t]*$/im
const BODY_LINE = /^Email OAuth Manager canary: ([A-Za-z0-9][A-Za-z0-9._-]{0,99})\/([0-9a-f]{32})[ \t]*$/m
/** Every email a ServiceNow instance sends carries this header (KB0551482); header names are case-insensitive. */
const GENERATED = /^X-ServiceNow-Generated:[ \t]*true[ \t]*$/im

/**
 * Whether a received email is a mail-flow canary (of any instance) and its marker. Pure.
 *
 * A reply or a forward is never a canary, whatever it quotes: its subject starts with a reply or
 * forward prefix (after any tags a mail rule put in front). Otherwise the marker is read from the
 * app's header, then from the subject (the canary subject, optionally behind tags such as
 * `[EXTERNAL] ` or `EXTERNAL:`), then from the unquoted body line, the last only for mail a
 * ServiceNow instance generated (so a person's message that happens to contain the line goes on).
 */
export function recogniseCanary(mail: ReceivedMail): RecognisedCanary | null {
    const subject = String(mail.subject ?? '').trim()
    const headers = String(mail.headers ?? '')
    const generated = GENERATED.test(headers)
    const tags = (TAGS.exec(subject) ?? [''])[0]
    const afterTags = subject.slice(tags.length)
    if (REPLY_OR_FORWARD.test(afterTags) || tags.split(/\s+/).some((tag) => REPLY_OR_FORWARD.test(tag))) return null
    const header = HEADER_LINE.exec(headers)
    if (header) return { marker: { instance: header[1], canaryId: header[2] }, via: 'header', generated }
    const tagged = CANARY_SUBJECT.exec(afterTags)
    if (tagged) return { marker: { instance: tagged[1], canaryId: tagged[2] }, via: 'subject', generated }
    const body = generated ? BODY_LINE.exec(String(mail.bodyText ?? '')) : null
    if (body) return { marker: { instance: body[1], canaryId: body[2] }, via: 'body', generated }
    return null
}

/** The marker of a canary subject (behind tenant tags, never a reply or forward), whatever the instance; null otherwise. */
export function markerOfSubject(subject: string | null | undefined): CanaryMarker | null {
    const recognised = recogniseCanary({ subject: String(subject ?? ''), bodyText: '', headers: '' })
    return recognised ? recognised.marker : null
}

/** Whether the marker names this instance (names compared as the platform treats host names: without case). */
export function isThisInstance(marker: CanaryMarker, instanceName: string): boolean {
    return instanceName !== '' && marker.instance.toLowerCase() === instanceName.toLowerCase()
}
