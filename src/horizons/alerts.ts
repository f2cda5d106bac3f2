/**
 * Warnings ahead of every day-scale horizon: at 30, 14, 7 and 1 day(s) before and on the day, each
 * once per horizon, one alert per horizon naming every mailbox it stops. Pure: the horizons of every
 * mailbox, the credential rows, what was already alerted (by horizon key), the clock and the admin's
 * time zone in; the alerts to send and the horizons whose warnings end (moved or gone) out.
 *
 * The access token's end is not warned about here: it is hours away, and the token keeper alerts on
 * it every 3 minutes, once per incident (refresh_failing, needs_authorization, misconfigured).
 */
import { mailboxList } from '../credentials/expiry.ts'
import {
    ACTION_WORDS,
    BASIC_AUTH_CUTOFF_DATES,
    CAUSE,
    CAUSE_WORDS,
    countedCredential,
    daysUntil,
    localDay,
    renewalWords,
    startOfLocalDay,
    type Action,
    type Cause,
    type CredentialFacts,
    type Horizon,
    type HorizonSettings,
} from './time-to-failure.ts'

/** Days before a horizon on which the admins are told, each once; 0 = on the day (or after it, when the job or the date came late). */
export const WARNING_DAYS = [30, 14, 7, 1, 0] as const

export interface GroupMailbox {
    sysId: string
    name: string
    mailbox: string
}

/** One horizon and every mailbox it stops. */
export interface HorizonGroup {
    key: string
    cause: Cause
    action: Action
    at: number
    day: string
    /** What the horizon belongs to, for the sentence: the provider's name, or the mailbox's. */
    subject: string
    /** The credential row, for a secret or certificate horizon. */
    credentialId: string | null
    /** Where that row's date came from (CredentialFacts.source), which decides what renewing takes. */
    credentialSource?: string
    mailboxes: GroupMailbox[]
}

export interface MailboxHorizons {
    mailbox: GroupMailbox & { providerName: string }
    horizons: readonly Horizon[]
}

/**
 * The day-scale horizons grouped by key. Every active credential row's horizon is there even when no
 * mailbox uses its provider (the alert says so), except a row that another row of its provider
 * overrides (countedCredential): that one is never alerted.
 */
export function groupHorizons(entries: readonly MailboxHorizons[], credentials: readonly CredentialFacts[], settings: HorizonSettings): HorizonGroup[] {
    const groups = new Map<string, HorizonGroup>()
    const providers = new Set(credentials.map((credential) => credential.providerId))
    providers.forEach((providerId) => {
        const credential = countedCredential(credentials, providerId, settings)
        if (credential === null) return
        const at = startOfLocalDay(credential.expires, settings) as number
        const certificate = credential.kind === 'certificate'
        const cause = certificate ? CAUSE.certificate : CAUSE.clientSecret
        const day = localDay(at, settings)
        const key = `${cause}:${credential.sysId}:${day}`
        groups.set(key, { key, cause, action: certificate ? 'renew_certificate' : 'renew_secret', at, day, subject: credential.providerName, credentialId: credential.sysId, credentialSource: credential.source, mailboxes: [] })
    })
    for (const { mailbox, horizons } of entries) {
        for (const horizon of horizons) {
            // The token keeper alerts on these itself, once per incident (needs_authorization, refresh_failing, misconfigured).
            if (horizon.cause === CAUSE.accessToken || horizon.cause === CAUSE.noAccessToken) continue
            let group = groups.get(horizon.key)
            if (!group) {
                const subject = horizon.cause === CAUSE.basicAuthCutoff ? mailbox.providerName : mailbox.name
                group = { key: horizon.key, cause: horizon.cause, action: horizon.action, at: horizon.at, day: horizon.day, subject, credentialId: null, mailboxes: [] }
                groups.set(horizon.key, group)
            }
            // A group's action is the first step every mailbox still needs (a Basic account without its twin needs Prepare first).
            if (horizon.action === 'prepare_oauth_switch') group.action = horizon.action
            group.mailboxes.push({ sysId: mailbox.sysId, name: mailbox.name, mailbox: mailbox.mailbox })
        }
    }
    return [...groups.values()].sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1))
}

/** The threshold to warn at now, or null: several crossed at once give one warning, for the nearest. */
export function dueThreshold(daysLeft: number, lastAlertedDays: number | null): number | null {
    const crossed = WARNING_DAYS.filter((days) => daysLeft <= days)
    if (crossed.length === 0) return null
    const nearest = Math.min(...crossed)
    return lastAlertedDays !== null && lastAlertedDays <= nearest ? null : nearest
}

export interface HorizonAlert {
    group: HorizonGroup
    daysLeft: number
    threshold: number
    subject: string
    message: string
}

export interface AlertPlan {
    alerts: HorizonAlert[]
    /** Keys alerted before that no longer stand (the horizon moved or went): their warnings end, silently. */
    ended: string[]
}

/**
 * `alerted`: the last threshold alerted per horizon key still remembered. A key that stands again
 * keeps its memory, so a date entered twice, a job run twice a day or a clock stepping back never
 * repeats a warning.
 */
export function planHorizonAlerts(
    groups: readonly HorizonGroup[],
    alerted: ReadonlyMap<string, number | null>,
    now: number,
    settings: HorizonSettings,
    reauthWarningDays: number | null = null,
): AlertPlan {
    const alerts: HorizonAlert[] = []
    for (const group of groups) {
        const daysLeft = daysUntil(group.day, now, settings)
        const threshold = dueThreshold(daysLeft, lastAlerted(group, daysLeft, alerted.get(group.key) ?? null, reauthWarningDays))
        if (threshold === null) continue
        alerts.push({ group, daysLeft, threshold, subject: subjectOf(group, daysLeft), message: messageOf(group, daysLeft) })
    }
    const standing = new Set(groups.map((group) => group.key))
    const ended = [...alerted.keys()].filter((key) => !standing.has(key)).sort()
    return { alerts, ended }
}

/**
 * The token keeper already warns once (reauth_due) when a refresh token enters the last
 * `reauthWarningDays` days: that warning stands for the threshold it falls on, so the same end is
 * never announced twice on the same day.
 */
function lastAlerted(group: HorizonGroup, daysLeft: number, remembered: number | null, reauthWarningDays: number | null): number | null {
    if (group.cause !== CAUSE.refreshToken || reauthWarningDays === null || daysLeft > reauthWarningDays) return remembered
    const covered = WARNING_DAYS.filter((days) => days <= reauthWarningDays && days >= daysLeft)
    if (covered.length === 0) return remembered
    const byTokenKeeper = Math.max(...covered)
    return remembered === null ? byTokenKeeper : Math.min(remembered, byTokenKeeper)
}

function when(daysLeft: number, day: string): string {
    if (daysLeft < 0) return `since ${day} (${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago)`
    if (daysLeft === 0) return `today (${day})`
    return `on ${day}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`
}

function subjectOf(group: HorizonGroup, daysLeft: number): string {
    const count = group.mailboxes.length
    const what = count === 0 ? 'no mailbox' : count === 1 ? group.mailboxes[0].mailbox : `${count} mailboxes`
    const stop = daysLeft < 0 ? 'stopped' : 'stop'
    return `Email OAuth Manager: ${what} ${count === 1 || count === 0 ? `${stop}s` : stop} ${daysLeft < 0 ? `on ${group.day}` : when(daysLeft, group.day)}: ${group.cause}`
}

export function messageOf(group: HorizonGroup, daysLeft: number): string {
    const names = group.mailboxes.map((mailbox) => `${mailbox.name} (${mailbox.mailbox})`)
    const stops = names.length === 0 ? 'No active mailbox uses this provider, so none stops; untick Active on the row if the secret is retired.' : `These mailboxes stop: ${mailboxList(names)}.`
    if (group.cause === CAUSE.basicAuthCutoff) {
        const cutoff = BASIC_AUTH_CUTOFF_DATES.microsoft
        return `Mail stops ${when(daysLeft, group.day)} unless the tenant enables Basic SMTP AUTH again, because ${cutoff.what} (${group.cause}). ${cutoff.reEnable}; switching to OAuth is the lasting fix. ${stops} What moves it: ${ACTION_WORDS[group.action]}. The Email OAuth Manager overview lists every mailbox by time to failure.`
    }
    return `Mail stops ${when(daysLeft, group.day)} because ${causeSentence(group)} (${group.cause}). ${stops} What moves it: ${actionWordsOf(group)}. The Email OAuth Manager overview lists every mailbox by time to failure.`
}

/** A credential's renewal says what its date's source needs afterwards (renewalWords); every other action has its fixed words. */
function actionWordsOf(group: HorizonGroup): string {
    if (group.cause === CAUSE.certificate) return renewalWords('certificate', group.credentialSource)
    if (group.cause === CAUSE.clientSecret) return renewalWords('secret', group.credentialSource)
    return ACTION_WORDS[group.action]
}

function causeSentence(group: HorizonGroup): string {
    if (group.cause === CAUSE.clientSecret) return `the client secret of the provider '${group.subject}' expires`
    if (group.cause === CAUSE.certificate) return `the certificate of the provider '${group.subject}' expires`
    return CAUSE_WORDS[group.cause]
}
