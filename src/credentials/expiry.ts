/**
 * Client secret and certificate expiry, ahead of time. Entra client secrets expire after 6 to 24
 * months and Entra sends no warning; on that day every refresh of every mailbox of the provider
 * fails with AADSTS7000222 at once. Pure: the recorded expiry date, the clock and what was already
 * alerted in; whether to alert now and the sentence out.
 */

/** Days before the expiry date on which the admins are told, each once; 0 = on the day (or after it, if the job missed the day). */
export const ALERT_DAYS = [30, 7, 1, 0] as const

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

export interface AlertState {
    /** The smallest ALERT_DAYS threshold already alerted for `alertedExpiry`; null when none. */
    lastAlertedDays: number | null
    /** The expiry date those alerts were about ('' when none): a new date entered by the admin starts over. */
    alertedExpiry: string
}

/**
 * The threshold to alert now, or null. Several thresholds crossed at once (a date entered late, a
 * job that missed days) give one alert, for the nearest: nobody needs "30 days" when 5 are left.
 */
export function dueAlert(expires: string, now: number, state: AlertState): number | null {
    const left = daysLeft(expires, now)
    if (left === null) return null
    const crossed = ALERT_DAYS.filter((days) => left <= days)
    if (crossed.length === 0) return null
    const nearest = Math.min(...crossed)
    const previous = state.alertedExpiry === expires.trim() ? state.lastAlertedDays : null
    return previous !== null && previous <= nearest ? null : nearest
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

export function expiryMessage(providerName: string, kind: CredentialKind, expires: string, left: number, mailboxes: readonly string[]): string {
    const what = kind === 'certificate' ? 'certificate' : 'client secret'
    const renew =
        kind === 'certificate'
            ? `upload a new certificate to the app registration (Entra ID > App registrations > your app > Certificates & secrets > Certificates) and to the provider's JWT signing key on the instance`
            : `create a new client secret (Entra ID > App registrations > your app > Certificates & secrets > New client secret; Google Cloud console > Credentials > your OAuth client > Add secret), paste its value into Client Secret on the Application Registry form of '${providerName}'`
    return (
        `The ${what} of '${providerName}' ${when(left)} (${expires.trim()}). On that day every token refresh of this provider fails (Entra: AADSTS7000222) and these mailboxes stop: ${mailboxList(mailboxes)}. ` +
        `Before then, ${renew}, then enter the new expiry date under Email OAuth Manager > Client credentials.`
    )
}
