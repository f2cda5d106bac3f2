import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { CREDENTIAL_EXPIRING_EVENT, CREDENTIAL_TABLE } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { daysLeft, dueAlert, expiryMessage, mailboxList, type CredentialKind } from './expiry.ts'

/**
 * The daily job "Email OAuth Manager: client credential expiry": for every active row of
 * x_mail_oauth_provider_credential, alerts the admins at 30, 7 and 1 day(s) before the recorded
 * expiry and on the day, each threshold once, naming every active mailbox of that provider. The
 * decisions are in expiry.ts; this reads the rows and the mailboxes, writes what was alerted and
 * queues the event. One query for the rows, one per alert for its mailboxes; bounded in time.
 */

const LOG_PREFIX = 'Email OAuth Manager'
/** A daily job over a handful of rows needs seconds; stop well before the scheduler would worry. */
const TIME_BUDGET_MS = 60000

export interface ExpiryRunSummary {
    checked: number
    alerts: number
}

export function runCredentialExpiryJob(): void {
    try {
        const summary = checkCredentialExpiry()
        gs.info(`${LOG_PREFIX}: client credential expiry: ${summary.checked} credentials checked, ${summary.alerts} alerts queued.`)
    } catch (error) {
        gs.error(`${LOG_PREFIX}: the client credential expiry check stopped: ${redact(String(error))}`)
    }
}

export function checkCredentialExpiry(): ExpiryRunSummary {
    const started = clock()
    const summary: ExpiryRunSummary = { checked: 0, alerts: 0 }
    const row = new GlideRecord(CREDENTIAL_TABLE)
    row.addQuery('active', true)
    row.orderBy('expires')
    row.query()
    while (row.next()) {
        if (clock() - started > TIME_BUDGET_MS) {
            gs.warn(`${LOG_PREFIX}: client credential expiry: stopped after ${summary.checked} credentials (time budget); the rest are checked tomorrow.`)
            break
        }
        summary.checked += 1
        try {
            if (alertIfDue(row)) summary.alerts += 1
        } catch (error) {
            gs.error(`${LOG_PREFIX}: client credential expiry: row ${row.getUniqueValue()}: ${redact(String(error))}`)
        }
    }
    return summary
}

function alertIfDue(row: GlideRecord): boolean {
    const now = clock()
    const expires = text(row.getValue('expires'))
    const lastAlerted = text(row.getValue('last_alert_days'))
    const due = dueAlert(expires, now, { lastAlertedDays: lastAlerted === '' ? null : Number(lastAlerted), alertedExpiry: text(row.getValue('alerted_expiry')) })
    if (due === null) return false
    const left = daysLeft(expires, now) ?? due
    const providerId = text(row.getValue('provider'))
    const mailboxes = mailboxesOf(providerId)
    row.setValue('affected_mailboxes', mailboxList(mailboxes))
    row.setValue('last_alert_days', due)
    row.setValue('alerted_expiry', expires)
    row.update()
    const kind: CredentialKind = text(row.getValue('kind')) === 'certificate' ? 'certificate' : 'secret'
    gs.warn(`${LOG_PREFIX}: ${expiryMessage(text(row.getValue('provider.name')) || providerId, kind, expires, left, mailboxes)}`)
    gs.eventQueue(CREDENTIAL_EXPIRING_EVENT, row, row.getUniqueValue(), String(left))
    return true
}

/** Every active OAuth email account whose profile belongs to the provider: its mailbox address (or its name). */
export function mailboxesOf(providerId: string): string[] {
    const mailboxes: string[] = []
    if (providerId === '') return mailboxes
    const account = new GlideRecord('sys_email_account')
    account.addQuery('active', true)
    account.addQuery('authentication', 'oauth2')
    account.addQuery('oauth_profile.oauth_entity', providerId)
    account.orderBy('name')
    account.query()
    while (account.next()) mailboxes.push(text(account.getValue('user_name')) || text(account.getValue('name')))
    return mailboxes
}

function text(value: string | null | undefined): string {
    return value === null || value === undefined ? '' : String(value)
}

function clock(): number {
    return new GlideDateTime().getNumericValue()
}
