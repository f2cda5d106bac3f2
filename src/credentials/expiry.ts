/**
 * Client secret and certificate expiry, ahead of time. Entra client secrets expire after 6 to 24
 * months and Entra sends no warning; on that day every refresh of every mailbox of the provider
 * fails with AADSTS7000222 at once. Pure: the recorded expiry date and the clock in, the days left and
 * the sentence out. When to warn is src/horizons/alerts.ts (every horizon, this one included).
 */
import { CREDENTIAL_SOURCE } from './sources.ts'

const DAY_MS = 86400000

export type CredentialKind = 'secret' | 'certificate'

/** Whole days from today's date (UTC) to the expiry date: 0 on the day, negative once past. null when the date is unreadable. */
export function daysLeft(expires: string, now: number): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(expires.trim())
    if (!match) return null
    const expiry = Date.UTC(+match[1], +match[2] - 1, +match[3])
    const today = new Date(now)
    const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
    return Math.round((expiry - todayUtc) / DAY_MS)
}

/** Mailboxes listed in full up to this many; the rest are counted. */
const LISTED_MAILBOXES = 50

export function mailboxList(mailboxes: readonly string[]): string {
    if (mailboxes.length === 0) return 'no active email account uses this provider'
    const shown = mailboxes.slice(0, LISTED_MAILBOXES).join(', ')
    return mailboxes.length > LISTED_MAILBOXES ? `${shown} and ${mailboxes.length - LISTED_MAILBOXES} more` : shown
}

function when(left: number): string {
    if (left < 0) return `expired ${-left} day${left === -1 ? '' : 's'} ago`
    if (left === 0) return 'expires today'
    return `expires in ${left} day${left === 1 ? '' : 's'}`
}

/** `source`: where the date came from (CREDENTIAL_SOURCE; absent = typed by an admin), which decides whether the new date must be typed. */
export function expiryMessage(providerName: string, kind: CredentialKind, expires: string, left: number, mailboxes: readonly string[], source: string = CREDENTIAL_SOURCE.manual): string {
    const what = kind === 'certificate' ? 'certificate' : 'client secret'
    const renew =
        kind === 'certificate'
            ? `upload a new certificate to the app registration (Entra ID > App registrations > your app > Certificates & secrets > Certificates) and to the provider's JWT signing key on the instance`
            : `create a new client secret (Entra ID > App registrations > your app > Certificates & secrets > New client secret; Google Cloud console > Credentials > your OAuth client > Add secret), paste its value into Client Secret on the Application Registry form of '${providerName}'`
    const code = kind === 'certificate' ? 'AADSTS700027' : 'AADSTS7000222'
    const record =
        source === CREDENTIAL_SOURCE.certificateRecord
            ? 'this date was read from the certificate record, so the new certificate\'s end date is read from its record by itself: nothing to type'
            : source === CREDENTIAL_SOURCE.entra
              ? `this date was read from the app registration in Entra, so the new ${what}'s end date is read from Entra on the next daily read: nothing to type`
              : 'this date was typed by an admin: set Expires to the new end date under Email OAuth Manager > Client credentials'
    return (
        `The ${what} of '${providerName}' ${when(left)} (${expires.trim()}). On that day every token refresh of this provider fails (Entra: ${code}) and these mailboxes stop: ${mailboxList(mailboxes)}. ` +
        `Before then, ${renew}; ${record}.`
    )
}
