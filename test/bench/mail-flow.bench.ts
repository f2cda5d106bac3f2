/**
 * The mail-flow incident figures (issue 17): the outbound token revoked for an hour while the
 * instance sends a notification every 5 minutes, on the built app with the platform's email engine
 * over real servers (smtp-server → Dovecot, IMAP XOAUTH2, the OAuth server), the world of
 * test/e2e/mail-flow.test.ts. Prints detection time, emails failed, re-sent, lost and duplicated, and
 * writes them under the other benchmarks in test/bench/RESULTS.md. A report: nothing here fails.
 *
 * Bounded: at most about 3 simulated hours, and the run stops after WALL_LIMIT_MS of wall clock.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MAIL_FLOW_EVENT, MAIL_FLOW_PROPERTY } from '../../src/mail-flow/names.ts'
import { platform } from '../stand-ins/platform.ts'
import { EMAIL_TYPE } from '../e2e/mail-engine/index.ts'
import { MailFlowWorld } from '../e2e/mail-flow-world.ts'
import { NOTIFICATION_RECIPIENT } from '../e2e/world.ts'
import { runProvenance } from './provenance.ts'

const PERIOD_MINUTES = MAIL_FLOW_PROPERTY.canaryPeriodMinutes.default
const INCIDENT_MINUTES = 60
const NOTIFICATION_EVERY_MINUTES = 5
const WALL_LIMIT_MS = 8 * 60000
const MARKER = '## Mail flow: outbound token revoked for an hour'

const isCanary = (subject: unknown) => /mail-flow check/.test(String(subject))

async function run(): Promise<string> {
    const wallStart = Date.now()
    const withinWall = () => {
        if (Date.now() - wallStart > WALL_LIMIT_MS) throw new Error(`the mail-flow bench passed its wall-clock bound of ${WALL_LIMIT_MS / 60000} minutes`)
    }
    const flow = await MailFlowWorld.start()
    try {
        const { world } = flow
        const support = await world.addAuthorizedAccount('support@example.com')
        const firstRoundTrip = await flow.until(() => flow.canaries(support.sysId).some((c) => c.state === 'counted'), 2 * PERIOD_MINUTES + 10)

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
            withinWall()
            for (const row of world.mail!.emails(EMAIL_TYPE.sendFailed)) if (!isCanary(row.subject) && row.sys_id !== badRecipientEmail) failedIds.add(String(row.sys_id))
        }
        let elapsed = 0
        let detectedAfter: number | null = null
        await flow.minutes(INCIDENT_MINUTES, () => {
            observeFailures()
            elapsed += 1
            if (elapsed % NOTIFICATION_EVERY_MINUTES === 0) {
                const subject = `Notification ${elapsed / NOTIFICATION_EVERY_MINUTES} of the hour`
                notifications.push(subject)
                world.mail!.queueEmail({ to: NOTIFICATION_RECIPIENT, subject, bodyText: 'an update' })
            }
            if (detectedAfter === null && flow.events(MAIL_FLOW_EVENT.failing).some((e) => e.parm1 === support.sysId)) detectedAfter = elapsed
        })
        const failing = flow.events(MAIL_FLOW_EVENT.failing)
        const failedCanaries = world.mail!.emails(EMAIL_TYPE.sendFailed).filter((row) => isCanary(row.subject)).length

        // An admin authorizes the account again: the incident ends with the next canary that makes the round trip.
        await world.authorize(world.notifier!)
        const recoveredAfter = await flow.until(() => {
            observeFailures()
            return flow.events(MAIL_FLOW_EVENT.recovered).length > 0
        }, 2 * PERIOD_MINUTES + 10)
        await flow.minutes(15, observeFailures)

        const resent = platform.db.rows('x_mail_oauth_resend')
        const failed = world.mail!.emails().filter((row) => failedIds.has(String(row.sys_id)))
        const failedNotifications = failed.filter((row) => notifications.includes(String(row.subject))).length
        // Lost: failed and never delivered. Duplicates: deliveries of a subject beyond the emails queued with it.
        const subjects = [...new Set(failed.map((row) => String(row.subject)))]
        const queuedWith = (subject: string) => world.mail!.emails().filter((row) => row.subject === subject).length
        const lost = failed.filter((row) => flow.deliveries(String(row.subject)) === 0).length
        const duplicates = subjects.reduce((sum, subject) => sum + Math.max(0, flow.deliveries(subject) - queuedWith(subject)), 0)
        const badRecipientResent = resent.some((row) => row.email === badRecipientEmail)
        const leg = failing.length > 0 ? String(failing[0].parm2) : 'none'
        const minutes = (value: number | null) => (value === null ? 'not within the bound' : `${value} min`)

        return `${MARKER}

\`npm run bench\` (test/bench/mail-flow.bench.ts): the built app with the platform's email engine over real servers (smtp-server delivering into Dovecot, IMAP XOAUTH2, the OAuth server), on simulated time (the world of test/e2e/mail-flow.test.ts): one inbound mailbox with a canary every ${PERIOD_MINUTES} min (shipped default), the outbound mailbox's grant revoked at the provider for ${INCIDENT_MINUTES} min while the instance queues a notification every ${NOTIFICATION_EVERY_MINUTES} min, then authorized again; x_mail_oauth.resend_mode automatic. One notification to a non-existent address failed before the incident. Wall clock ${Math.round((Date.now() - wallStart) / 1000)} s.

${runProvenance()}

| scenario | detection time (revocation to the alert; code) | emails failed: all (notifications of the hour; canaries, never re-sent) | emails re-sent | emails lost (goal 0) | duplicates (goal 0) | bad recipient re-sent (goal no) | recovered alert after re-authorization | first round trip after start |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| outbound token revoked for ${INCIDENT_MINUTES} min | ${minutes(detectedAfter)}; ${leg} | ${failed.length} (${failedNotifications} of ${notifications.length}; ${failedCanaries}) | ${resent.length} | ${lost} | ${duplicates} | ${badRecipientResent ? 'yes' : 'no'} | ${minutes(recoveredAfter)} | ${minutes(firstRoundTrip)} |

Targets (issue 17): the outbound leg named within two canary periods (${2 * PERIOD_MINUTES} min); every notification that failed in the hour arrives exactly once (0 lost, 0 duplicates); the bad recipient is not re-sent. Canaries that failed are never re-sent (a new one follows). *emails failed* counts every email seen send-failed through the outbound account from the revocation to the end (the notifications and the app's own alert emails), the bad recipient apart.
`
    } finally {
        await flow.stop()
    }
}

run().then(
    (section) => {
        process.stdout.write(`${section}\n`)
        const results = join(__dirname, 'RESULTS.md')
        const existing = readFileSync(results, 'utf8')
        const marker = existing.indexOf(MARKER)
        writeFileSync(results, `${marker >= 0 ? existing.slice(0, marker) : `${existing.trimEnd()}\n\n`}${section}`)
    },
    (error: unknown) => {
        process.stderr.write(`mail-flow bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
        process.exitCode = 1
    },
)
