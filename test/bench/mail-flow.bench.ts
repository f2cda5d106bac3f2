/**
 * Mail flow on a default instance (issue 23 point 8): the built app with the platform's email engine
 * over real servers (smtp-server delivering into Dovecot, IMAP XOAUTH2, the OAuth server), the world of
 * test/e2e/mail-flow.test.ts, on its shipped defaults and the engine's documented defaults.
 *
 * 1. A healthy simulated day with 20 inbound mailboxes: canaries sent, detected, false alerts (every
 *    alert of a day on which nothing failed is false: the goal is 0), cost per mailbox-day.
 * 2. On the same instance, then: the outbound mailbox's grant revoked for an hour while the instance
 *    queues a notification every 5 minutes (one to an address that does not exist failed before),
 *    then authorized again: detection time, emails failed, re-sent, lost, duplicated.
 *
 * Prints both tables from one run and writes them under the other benchmarks in RESULTS.md. A report:
 * nothing here fails. Bounded: the day stops at WALL_DAY_MS of wall clock (the figures then say how
 * many hours it covered, per mailbox-day scaled to what was simulated), the incident part at
 * WALL_INCIDENT_MS.
 *
 * Options: --mailboxes <n> (default 20), --hours <h> (default 24): shorter runs for a look, not for RESULTS.md.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { EVENT } from '../../src/common/app.ts'
import { MAIL_FLOW_EVENT, MAIL_FLOW_PROPERTY } from '../../src/mail-flow/names.ts'
import { effectivePeriodMinutes } from '../../src/mail-flow/plan.ts'
import { platform, type QueuedEvent } from '../stand-ins/platform.ts'
import { EMAIL_TYPE } from '../e2e/mail-engine/index.ts'
import { MailFlowWorld } from '../e2e/mail-flow-world.ts'
import { NOTIFICATION_RECIPIENT } from '../e2e/world.ts'
import { runProvenance } from './provenance.ts'

const { values: options } = parseArgs({
    options: {
        mailboxes: { type: 'string', default: '20' },
        hours: { type: 'string', default: '24' },
    },
})
const MAILBOXES = Number(options.mailboxes)
const DAY_HOURS = Number(options.hours)
const FULL_RUN = MAILBOXES === 20 && DAY_HOURS === 24

const PERIOD_MINUTES = MAIL_FLOW_PROPERTY.canaryPeriodMinutes.default
const INCIDENT_MINUTES = 60
const NOTIFICATION_EVERY_MINUTES = 5
/** After re-authorization: until every mailbox made the round trip again and nothing is left to re-send, at most this long. */
const AFTER_MINUTES_LIMIT = 4 * 60
const WALL_DAY_MS = 12 * 60000
const WALL_INCIDENT_MS = 5 * 60000
const MARKER = '## Mail flow: a default instance over a day, then an outbound incident'
/** The section this bench wrote before issue 23 (one mailbox, incident only): replaced by the one above. */
const OLD_MARKER = '## Mail flow: outbound token revoked for an hour'

/** Events that tell an admin something is wrong: on a day when nothing is, each one is a false alert. */
const TROUBLE_EVENTS: readonly string[] = [EVENT.needsAuthorization, EVENT.refreshFailing, EVENT.misconfigured, EVENT.identityMismatch, EVENT.capacity, MAIL_FLOW_EVENT.failing]

const isCanarySubject = (subject: unknown) => /mail-flow check/.test(String(subject))
const DETECTED = ['arrived', 'counted']

interface DayFigures {
    minutes: number
    wallSeconds: number
    canariesSent: number
    detected: number
    /** Canaries whose round trip was still under way when the day ended (sent in its last minutes). */
    onTheirWay: number
    failedCanaries: number
    falseAlerts: QueuedEvent[]
    incidents: number
    roundTripMedianMinutes: number | null
    roundTripMaxMinutes: number | null
    emailRows: number
    jobRuns: number
    jobQueries: number
    jobWrites: number
    /** The period the app's plan uses for this many mailboxes on the shipped properties (plan.ts). */
    periodMinutes: number
}

interface IncidentFigures {
    wallSeconds: number
    /** The wall-clock bound ended the scenario before it ended by itself. */
    wallBoundReached: boolean
    /** Incidents opened for the admins (the app's fallback alert: its alert emails could not leave). */
    fallbackIncidents: number
    detectedAfter: number | null
    detectionCode: string
    failingAlerts: number
    failed: number
    failedNotifications: number
    notifications: number
    failedCanaries: number
    resent: number
    lost: number
    duplicates: number
    badRecipientResent: boolean
    recoveredAfter: number | null
    recoveredAlerts: number
    allRecoveredAfter: number | null
}

async function healthyDay(flow: MailFlowWorld, wallStart: number): Promise<DayFigures> {
    const { world } = flow
    const logins = Array.from({ length: MAILBOXES }, (_, index) => `mailbox${String(index + 1).padStart(2, '0')}@example.com`)
    await world.addAuthorizedAccounts(logins)
    const eventsBefore = platform.events.length
    const emailsBefore = world.mail!.emails().length
    const flowRunsBefore = flow.flowRuns.length
    const dayStart = platform.clock.now()
    let minutes = 0
    while (minutes < DAY_HOURS * 60 && Date.now() - wallStart < WALL_DAY_MS) {
        await flow.minutes(1)
        minutes += 1
    }
    const canaries = flow.canaries().filter((row) => Date.parse(`${String(row.queued).replace(' ', 'T')}Z`) >= dayStart)
    const detected = canaries.filter((row) => DETECTED.includes(String(row.state)))
    const trips = detected.map((row) => Number(row.round_trip)).filter((seconds) => Number.isFinite(seconds) && seconds > 0).sort((a, b) => a - b)
    const flowRuns = flow.flowRuns.slice(flowRunsBefore)
    return {
        minutes,
        wallSeconds: Math.round((Date.now() - wallStart) / 1000),
        canariesSent: canaries.filter((row) => row.state !== 'queued' && row.state !== 'withdrawn').length,
        detected: detected.length,
        onTheirWay: canaries.filter((row) => row.state === 'queued' || row.state === 'sent').length,
        failedCanaries: canaries.filter((row) => !DETECTED.includes(String(row.state)) && row.state !== 'queued' && row.state !== 'sent').length,
        falseAlerts: platform.events.slice(eventsBefore).filter((event) => TROUBLE_EVENTS.includes(event.name)),
        incidents: flow.incidents().length,
        roundTripMedianMinutes: trips.length ? trips[Math.floor(trips.length / 2)] / 60 : null,
        roundTripMaxMinutes: trips.length ? trips[trips.length - 1] / 60 : null,
        emailRows: world.mail!.emails().length - emailsBefore,
        jobRuns: flowRuns.length,
        jobQueries: flowRuns.reduce((sum, run) => sum + run.queries, 0),
        jobWrites: flowRuns.reduce((sum, run) => sum + run.writes, 0),
        periodMinutes: effectivePeriodMinutes(MAILBOXES, { canaryPeriodMinutes: PERIOD_MINUTES, canaryDailyLimit: MAIL_FLOW_PROPERTY.canaryDailyLimit.default }),
    }
}

async function outboundIncident(flow: MailFlowWorld): Promise<IncidentFigures> {
    const wallStart = Date.now()
    const withinWall = () => Date.now() - wallStart < WALL_INCIDENT_MS
    /** Simulated minutes while the wall-clock bound holds; `each` sees each minute and may end the loop by answering true. */
    const minutes = async (limit: number, each: (minute: number) => boolean | void): Promise<number | null> => {
        for (let minute = 1; minute <= limit && withinWall(); minute++) {
            await flow.minutes(1)
            if (each(minute) === true) return minute
        }
        return null
    }
    const { world } = flow
    const incidentsBefore = flow.incidents().length
    const inbound = platform.db.rows('sys_email_account').filter((row) => row.type === 'imap' && row.active === true)
    const failingBefore = flow.events(MAIL_FLOW_EVENT.failing).length
    const recoveredBefore = flow.events(MAIL_FLOW_EVENT.recovered).length

    // Before the incident: one notification to an address that does not exist fails for that reason alone.
    world.smtp.script({ stage: 'rcpt', address: 'nobody@example.com', answer: { code: 550, text: '5.1.1 RESOLVER.ADR.RecipNotFound; not found' } })
    const badRecipientEmail = world.mail!.queueEmail({ to: 'nobody@example.com', subject: 'Incident INC0000001 assigned to nobody', bodyText: 'x' })
    await flow.minutes(2)

    // The outbound mailbox's grant is revoked at the provider: every send through it is refused.
    await world.oauth.control.revokeRefreshTokens(world.notifier!.login)
    const notifications: string[] = []
    // Every email (notifications and the app's own alert emails, not canaries) seen failing, observed every minute to the end.
    const failedIds = new Set<string>()
    const observeFailures = () => {
        for (const row of world.mail!.emails(EMAIL_TYPE.sendFailed)) if (!isCanarySubject(row.subject) && row.sys_id !== badRecipientEmail) failedIds.add(String(row.sys_id))
    }
    let detectedAfter: number | null = null
    const emailsBefore = new Set(world.mail!.emails().map((row) => row.sys_id))
    await minutes(INCIDENT_MINUTES, (minute) => {
        observeFailures()
        if (minute % NOTIFICATION_EVERY_MINUTES === 0) {
            const subject = `Notification ${minute / NOTIFICATION_EVERY_MINUTES} of the hour`
            notifications.push(subject)
            world.mail!.queueEmail({ to: NOTIFICATION_RECIPIENT, subject, bodyText: 'an update' })
        }
        if (detectedAfter === null && flow.events(MAIL_FLOW_EVENT.failing).length > failingBefore) detectedAfter = minute
    })
    const failedCanaries = world.mail!.emails(EMAIL_TYPE.sendFailed).filter((row) => isCanarySubject(row.subject) && !emailsBefore.has(row.sys_id)).length

    // An admin authorizes the account again: each mailbox recovers with its next canary that makes the round trip.
    await world.authorize(world.notifier!)
    const failingMailboxes = () => new Set(flow.events(MAIL_FLOW_EVENT.failing).slice(failingBefore).map((event) => event.parm1))
    const recoveredMailboxes = () => new Set(flow.events(MAIL_FLOW_EVENT.recovered).slice(recoveredBefore).map((event) => event.parm1))
    let recoveredAfter: number | null = null
    const allRecoveredAfter = await minutes(AFTER_MINUTES_LIMIT, (minute) => {
        observeFailures()
        const recovered = recoveredMailboxes()
        if (recoveredAfter === null && recovered.size > 0) recoveredAfter = minute
        return [...failingMailboxes()].every((mailbox) => recovered.has(mailbox)) && inbound.every((row) => flow.health(String(row.sys_id))?.canary_status === 'ok')
    })
    // The last re-send, and its delivery, after the last recovery.
    await minutes(15, observeFailures)

    const resent = platform.db.rows('x_mail_oauth_resend')
    const failed = world.mail!.emails().filter((row) => failedIds.has(String(row.sys_id)))
    // Lost: failed and never delivered. Duplicates: deliveries of a subject beyond the emails queued with it.
    const subjects = [...new Set(failed.map((row) => String(row.subject)))]
    const failing = flow.events(MAIL_FLOW_EVENT.failing).slice(failingBefore)
    const queuedWith = (subject: string) => world.mail!.emails().filter((row) => row.subject === subject).length
    return {
        wallSeconds: Math.round((Date.now() - wallStart) / 1000),
        wallBoundReached: !withinWall(),
        fallbackIncidents: flow.incidents().length - incidentsBefore,
        detectedAfter,
        detectionCode: failing.length > 0 ? String(failing[0].parm2) : 'none',
        failingAlerts: failing.length,
        failed: failed.length,
        failedNotifications: failed.filter((row) => notifications.includes(String(row.subject))).length,
        notifications: notifications.length,
        failedCanaries,
        resent: resent.length,
        lost: failed.filter((row) => flow.deliveries(String(row.subject)) === 0).length,
        duplicates: subjects.reduce((sum, subject) => sum + Math.max(0, flow.deliveries(subject) - queuedWith(subject)), 0),
        badRecipientResent: resent.some((row) => row.email === badRecipientEmail),
        recoveredAfter,
        recoveredAlerts: flow.events(MAIL_FLOW_EVENT.recovered).length - recoveredBefore,
        allRecoveredAfter,
    }
}

function report(day: DayFigures, incident: IncidentFigures, wallStart: number): string {
    const hours = day.minutes / 60
    const mailboxDays = (MAILBOXES * day.minutes) / 1440
    const perMailboxDay = (value: number) => (mailboxDays > 0 ? (value / mailboxDays).toFixed(1) : '-')
    const minutes = (value: number | null) => (value === null ? 'not within the bound' : `${value} min`)
    const roundTrip = day.roundTripMedianMinutes === null ? '-' : `${day.roundTripMedianMinutes.toFixed(0)} / ${day.roundTripMaxMinutes!.toFixed(0)} min`
    const alerts = day.falseAlerts.length === 0 ? '0' : `${day.falseAlerts.length} (${summarize(day.falseAlerts)})`
    return `${MARKER}

\`npm run bench\` (test/bench/mail-flow.bench.ts): the built app with the platform's email engine (test/e2e/mail-engine/, its documented defaults) over real servers (smtp-server delivering into Dovecot, IMAP XOAUTH2, the OAuth server), on simulated time, shipped properties (canary every ${PERIOD_MINUTES} min stretched to the daily limit of ${MAIL_FLOW_PROPERTY.canaryDailyLimit.default} canaries, x_mail_oauth.resend_mode automatic). ${MAILBOXES} inbound mailboxes and the outbound mailbox, all authorized; the platform's own *Create Incident* inbound action is active. First a day on which nothing fails (${hours === DAY_HOURS ? `${DAY_HOURS} h` : `${hours.toFixed(1)} of ${DAY_HOURS} h: the wall-clock bound of ${WALL_DAY_MS / 60000} min ended it`}); then, on the same instance, the outbound mailbox's grant is revoked at the provider for ${INCIDENT_MINUTES} min while the instance queues a notification every ${NOTIFICATION_EVERY_MINUTES} min (one to an address that does not exist failed just before), then authorized again. Wall clock ${Math.round((Date.now() - wallStart) / 1000)} s (day ${day.wallSeconds} s, incident ${incident.wallSeconds} s${incident.wallBoundReached ? `: its wall-clock bound of ${WALL_INCIDENT_MS / 60000} min ended it, the figures stop there` : ''}).${FULL_RUN ? '' : ` Not the default run (--mailboxes ${MAILBOXES} --hours ${DAY_HOURS}).`}

${runProvenance()}

| a day on a default instance | simulated | canaries sent | detected (still on their way at the end) | canaries failed | false alerts (goal 0) | incidents created | round trip median / longest | canary period used | per mailbox-day: canaries, sys_email rows, job queries, job writes |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
| ${MAILBOXES} mailboxes, nothing fails | ${hours.toFixed(1)} h | ${day.canariesSent} | ${day.detected} (${day.onTheirWay}) | ${day.failedCanaries} | ${alerts} | ${day.incidents} | ${roundTrip} | ${day.periodMinutes} min | ${perMailboxDay(day.canariesSent)}, ${perMailboxDay(day.emailRows)}, ${perMailboxDay(day.jobQueries)}, ${perMailboxDay(day.jobWrites)} |

| then: outbound token revoked for ${INCIDENT_MINUTES} min | detection time (revocation to the first alert; code) | mail-flow alerts (failing; recovered); incidents opened | emails failed: all (notifications of the hour; canaries, never re-sent) | emails re-sent | emails lost (goal 0) | duplicates (goal 0) | bad recipient re-sent (goal no) | first / every mailbox recovered after re-authorization |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| ${MAILBOXES} mailboxes, same instance | ${minutes(incident.detectedAfter)}; ${incident.detectionCode} | ${incident.failingAlerts}; ${incident.recoveredAlerts}; ${incident.fallbackIncidents} | ${incident.failed} (${incident.failedNotifications} of ${incident.notifications}; ${incident.failedCanaries}) | ${incident.resent} | ${incident.lost} | ${incident.duplicates} | ${incident.badRecipientResent ? 'yes' : 'no'} | ${minutes(incident.recoveredAfter)} / ${minutes(incident.allRecoveredAfter)} |

Reading the figures:
- *canaries sent*: canary rows whose email left the outbox during the day; *detected*: those the app found back in what the instance stored when it read the mailbox. *false alerts*: every token or mail-flow trouble event of the day (nothing failed, so each would be false). *incidents created*: records the platform's *Create Incident* action made (a canary reaching it would show here).
- *per mailbox-day*: what mail flow costs: canaries sent, sys_email rows the instance stored (each canary is one sent and one received row), and the mail-flow job's GlideRecord queries and writes.
- The incident: *emails failed* counts every email seen send-failed through the outbound account from the revocation to the end (notifications and the app's own alert emails), the bad recipient apart; *lost*: failed and never delivered; *duplicates*: deliveries beyond one per email. *mail-flow alerts*: the failing and recovered mail-flow events queued (the outbound leg is named on the outbound account, once per incident; each event is one email to the admins); *incidents opened*: the app's fallback incidents, opened because its alert emails could not leave.

Targets (issues 17 and 23): no false alert on a default instance, ever; the outbound leg named within two canary periods; every notification that failed arrives exactly once (0 lost, 0 duplicates); the bad recipient is not re-sent.
`
}

/** Events by name and code, for the false-alert column: which alert, for what. */
function summarize(events: QueuedEvent[]): string {
    const counts = new Map<string, number>()
    for (const event of events) {
        const key = `${event.name.replace('x_mail_oauth.', '')} ${event.parm2}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return [...counts.entries()].map(([key, count]) => `${count}× ${key}`).join(', ')
}

async function run(): Promise<string> {
    const wallStart = Date.now()
    const flow = await MailFlowWorld.start()
    try {
        const day = await healthyDay(flow, wallStart)
        const incident = await outboundIncident(flow)
        return report(day, incident, wallStart)
    } finally {
        await flow.stop()
    }
}

run().then(
    (section) => {
        process.stdout.write(`${section}\n`)
        if (!FULL_RUN) return
        const results = join(__dirname, 'RESULTS.md')
        const existing = readFileSync(results, 'utf8')
        const marker = [MARKER, OLD_MARKER].map((heading) => existing.indexOf(heading)).filter((index) => index >= 0)
        writeFileSync(results, `${marker.length > 0 ? existing.slice(0, Math.min(...marker)) : `${existing.trimEnd()}\n\n`}${section}`)
    },
    (error: unknown) => {
        process.stderr.write(`mail-flow bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
        process.exitCode = 1
    },
)
