import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { CREDENTIAL_EXPIRING_EVENT, CREDENTIAL_TABLE, HEALTH_TABLE, HORIZON_ALERT_TABLE, HORIZON_APPROACHING_EVENT } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { insertRecord, updateRecord } from '../common/writes.ts'
import { readSettings } from '../common/settings.ts'
import { mailboxList } from '../credentials/expiry.ts'
import { syncCertificateCredentials } from '../credentials/sync.ts'
import { openHorizonIncident } from '../alerts/fallback-action.ts'
import { horizonIncident } from '../alerts/fallback.ts'
import { instantValue } from '../token-keeper/health-store.ts'
import { groupHorizons, planHorizonAlerts, type HorizonAlert, type MailboxHorizons } from './alerts.ts'
import { readBasicMailboxes, readCredentialRows, readHorizonSettings, readOAuthMailboxes, text, type CredentialRow, type HealthFacts } from './read-horizons.ts'
import { horizonsOf, timeToFailure, type HorizonSettings, type MailboxFacts } from './time-to-failure.ts'

/**
 * The hourly job "Email OAuth Manager: time to failure and expiry warnings" (fluent/provider-credentials.now.ts):
 * 1. writes each OAuth mailbox's time to failure, cause and action on its health row (only when it
 *    changed), so Token health > Stops next and the overview sort by it;
 * 2. sends the warnings that are due on every day-scale horizon: a client secret or certificate
 *    through its own notification (the credential row remembers), every other horizon through
 *    x_mail_oauth.horizon.approaching on its x_mail_oauth_horizon_alert row; and when the alert email
 *    itself may not leave, an incident (src/alerts/fallback.ts);
 * 3. ends, without mail, the warnings of horizons that moved or went.
 * The decisions are in time-to-failure.ts and alerts.ts. Bounded in time; every write is checked.
 */

const LOG_PREFIX = 'Email OAuth Manager: time to failure'
/** The job's share of an hour: stop writing time-to-failure rows after this and go on with the next run. */
const TIME_BUDGET_MS = 120000

export interface HorizonRunSummary {
    mailboxes: number
    rowsWritten: number
    alerts: number
    ended: number
    refusedWrites: number
    stoppedEarly: boolean
}

export function runHorizonJob(): void {
    try {
        const summary = checkHorizons()
        gs.info(`${LOG_PREFIX}: ${summary.mailboxes} mailboxes, ${summary.rowsWritten} health rows updated, ${summary.alerts} warnings sent, ${summary.ended} ended.`)
    } catch (error) {
        gs.error(`${LOG_PREFIX}: the run stopped: ${redact(String(error))}`)
    }
}

export function checkHorizons(): HorizonRunSummary {
    const started = clock()
    const now = started
    const settings = readHorizonSettings()
    // A certificate's end date is read from its record, not typed: its Client credentials row is kept in step first.
    syncCertificateCredentials()
    const credentials = readCredentialRows()
    const oauth = readOAuthMailboxes(now)
    const basic = readBasicMailboxes()
    const summary: HorizonRunSummary = { mailboxes: oauth.length + basic.length, rowsWritten: 0, alerts: 0, ended: 0, refusedWrites: 0, stoppedEarly: false }

    for (const { facts, health } of oauth) {
        if (health === null) continue
        if (clock() - started > TIME_BUDGET_MS) {
            summary.stoppedEarly = true
            gs.warn(`${LOG_PREFIX}: stopped writing health rows after ${summary.rowsWritten} (time budget); the next run goes on.`)
            break
        }
        const written = storeTimeToFailure(facts, health, credentials, settings)
        if (written === 'written') summary.rowsWritten += 1
        if (written === 'refused') summary.refusedWrites += 1
    }

    const entries: MailboxHorizons[] = [...oauth.map(({ facts }) => facts), ...basic].map((facts) => ({
        mailbox: { sysId: facts.sysId, name: facts.name, mailbox: facts.mailbox, providerName: providerName(facts) },
        horizons: horizonsOf(facts, credentials, settings),
    }))
    const groups = groupHorizons(entries, credentials, settings)
    const rows = readHorizonRows()
    const memory = new Map<string, number | null>()
    rows.forEach((row, key) => memory.set(key, row.lastAlertedDays))
    for (const credential of credentials) {
        if (credential.lastAlertedDays !== null && credential.alertedExpiry === credential.expires) memory.set(credentialKey(credential, groups), credential.lastAlertedDays)
    }
    const plan = planHorizonAlerts(groups, memory, now, settings, readSettings().reauthWarningDays)
    const outbound = readOutbound()
    for (const alert of plan.alerts) {
        try {
            if (send(alert, credentials, rows)) summary.alerts += 1
            else summary.refusedWrites += 1
            const incident = horizonIncident({ ...outbound, key: alert.group.key, daysLeft: alert.daysLeft, mailboxIds: alert.group.mailboxes.map((m) => m.sysId), headline: alert.subject, message: alert.message })
            if (incident !== null && !openHorizonIncident(incident)) summary.refusedWrites += 1
        } catch (error) {
            gs.error(`${LOG_PREFIX}: the warning for ${alert.group.key} failed: ${redact(String(error))}`)
        }
    }
    for (const key of plan.ended) {
        const row = rows.get(key)
        if (!row) continue
        const gr = new GlideRecord(HORIZON_ALERT_TABLE)
        if (!gr.get(row.sysId)) continue
        gr.setValue('active', false)
        const ended = updateRecord(gr, `the end of the warning row of ${key}`)
        if (ended.ok) summary.ended += 1
        else {
            summary.refusedWrites += 1
            gs.error(`${LOG_PREFIX}: ${ended.message}`)
        }
    }
    if (summary.refusedWrites > 0) gs.error(`${LOG_PREFIX}: ${summary.refusedWrites} writes were refused: check that the app's tables accept writes from its job (Application Access of x_mail_oauth_token_health, x_mail_oauth_horizon_alert, x_mail_oauth_provider_credential).`)
    return summary
}


function providerName(facts: MailboxFacts): string {
    return facts.providerKind === 'google' ? 'Google' : facts.providerKind === 'microsoft' ? 'Microsoft' : 'the provider'
}

/** The credential key the planner groups a credential row under (it carries the row's date). */
function credentialKey(credential: CredentialRow, groups: ReturnType<typeof groupHorizons>): string {
    const group = groups.find((candidate) => candidate.credentialId === credential.sysId)
    return group ? group.key : `credential:${credential.sysId}:${credential.alertedExpiry}`
}

/** Writes the mailbox's time to failure on its health row when it changed. */
function storeTimeToFailure(facts: MailboxFacts, health: HealthFacts, credentials: readonly CredentialRow[], settings: HorizonSettings): 'unchanged' | 'written' | 'refused' {
    const ttf = timeToFailure(facts, credentials, settings)
    const at = ttf?.at ?? null
    const cause = ttf?.cause ?? ''
    const action = ttf?.action ?? ''
    if (at === health.storedTimeToFailure && cause === health.storedCause && action === health.storedAction) return 'unchanged'
    const row = new GlideRecord(HEALTH_TABLE)
    if (!row.get(health.rowSysId)) return 'unchanged'
    row.setValue('time_to_failure', instantValue(at))
    row.setValue('failure_cause', cause)
    row.setValue('failure_action', action)
    const written = updateRecord(row, `the time to failure on the Token health row of '${facts.name}'`)
    if (written.ok) return 'written'
    gs.error(`${LOG_PREFIX}: ${written.message}`)
    return 'refused'
}

interface HorizonRow {
    sysId: string
    lastAlertedDays: number | null
}

/** The active warning rows by horizon key. One query. */
function readHorizonRows(): Map<string, HorizonRow> {
    const rows = new Map<string, HorizonRow>()
    const gr = new GlideRecord(HORIZON_ALERT_TABLE)
    gr.addQuery('active', true)
    gr.query()
    while (gr.next()) {
        const last = text(gr.getValue('last_alert_days'))
        rows.set(text(gr.getValue('horizon')), { sysId: gr.getUniqueValue(), lastAlertedDays: last === '' ? null : Number(last) })
    }
    return rows
}

/** Sends one warning and remembers it; false when the instance refused the write (then nothing is queued: no mail the job cannot remember). */
function send(alert: HorizonAlert, credentials: readonly CredentialRow[], rows: Map<string, HorizonRow>): boolean {
    const { group } = alert
    const names = group.mailboxes.map((m) => m.mailbox)
    if (group.credentialId !== null) {
        const credential = credentials.find((candidate) => candidate.sysId === group.credentialId)
        const row = new GlideRecord(CREDENTIAL_TABLE)
        if (!credential || !row.get(group.credentialId)) return false
        row.setValue('affected_mailboxes', mailboxList(names))
        row.setValue('last_alert_days', alert.threshold)
        row.setValue('alerted_expiry', credential.expires)
        const updated = updateRecord(row, `the client credential row of '${credential.providerName}'`)
        if (!updated.ok) {
            gs.error(`${LOG_PREFIX}: ${updated.message} Its warning was not sent (it would repeat).`)
            return false
        }
        gs.warn(`${LOG_PREFIX}: ${alert.message}`)
        gs.eventQueue(CREDENTIAL_EXPIRING_EVENT, row, row.getUniqueValue(), String(alert.daysLeft))
        return true
    }
    const existing = rows.get(group.key)
    const row = new GlideRecord(HORIZON_ALERT_TABLE)
    if (existing) {
        if (!row.get(existing.sysId)) return false
    } else {
        row.initialize()
        row.setValue('horizon', group.key)
    }
    row.setValue('cause', group.cause)
    row.setValue('stops_on', group.day)
    row.setValue('stops_at', instantValue(group.at))
    row.setValue('mailboxes', mailboxList(names))
    row.setValue('message', alert.message)
    row.setValue('last_alert_days', alert.threshold)
    row.setValue('active', true)
    const what = `the warning row for ${group.key}`
    const saved = existing ? updateRecord(row, what) : insertRecord(row, what)
    if (!saved.ok) {
        gs.error(`${LOG_PREFIX}: ${saved.message} Its warning was not sent (it would repeat).`)
        return false
    }
    gs.warn(`${LOG_PREFIX}: ${alert.message}`)
    gs.eventQueue(HORIZON_APPROACHING_EVENT, row, group.key, String(alert.daysLeft))
    return true
}

/** Whether alert emails can leave: the active outbound accounts and the instance's sending switch. One query. */
function readOutbound(): { activeOutboundIds: string[]; emailSendingEnabled: boolean } {
    const ids: string[] = []
    const gr = new GlideRecord('sys_email_account')
    gr.addQuery('type', 'smtp')
    gr.addQuery('active', true)
    gr.query()
    while (gr.next()) ids.push(gr.getUniqueValue())
    return { activeOutboundIds: ids, emailSendingEnabled: String(gs.getProperty('glide.email.smtp.active', 'true')).trim().toLowerCase() !== 'false' }
}

function clock(): number {
    return new GlideDateTime().getNumericValue()
}
