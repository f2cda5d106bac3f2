/**
 * `npm start`: see the app do its job without a ServiceNow instance.
 *
 * Builds the app, starts a local OAuth server (oidc-provider), a local IMAP server (Dovecot) and an
 * SMTP server that delivers into it, and runs dist/app as built on the platform's email engine
 * (test/e2e/mail-engine/: the SMTP Sender every minute, the Email Reader every 2) on an accelerated
 * clock: the refresh job every 3 minutes and the mail-flow job every 5. It tells five short stories:
 * an ordinary hour (tokens refreshed, canaries making the round trip), a revoked refresh token, a
 * provider outage, the outbound mailbox's token revoked while notifications fail, and the re-send of
 * those notifications after it is authorized again; then a table of token health beside mail flow.
 * It also serves the overview page (x_mail_oauth_overview.do, built in dist/app) and its REST API on
 * loopback, and prints its address: open it in a browser while the demo runs, and after it (on a
 * terminal the page stays up until Ctrl-C). Every server it started is stopped at the end, on Ctrl-C and on SIGTERM.
 *
 * Options: --pace <seconds per 3 simulated minutes> (default 1: an hour in 20 s; 0 runs flat out),
 *          --skip-build (use dist/app as it is), --exit (stop when the demo ends, even on a terminal).
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EVENT, HEALTH_TABLE, STATUS } from '../../src/common/app.ts'
import { OUTBOUND_LEG_CODES } from '../../src/mail-flow/legs.ts'
import { MAIL_FLOW_EVENT, RESEND_TABLE } from '../../src/mail-flow/names.ts'
import { platform, type QueuedEvent, type Row } from '../stand-ins/platform.ts'
import { startOverviewServer, type OverviewServer } from '../browser/overview-server.ts'
import { EMAIL_TYPE, type SendAttempt } from '../e2e/mail-engine/index.ts'
import { MailFlowWorld } from '../e2e/mail-flow-world.ts'
import { NOTIFICATION_RECIPIENT, type JobRun, type Mailbox, type World } from '../e2e/world.ts'

const ROOT = resolve(__dirname, '../..')
const ACTIVITY_LINES = 16
/** Each story runs until what it shows happened, and at most this long. */
const MAX_STORY_MINUTES = 150
const BAD_RECIPIENT = 'nobody@contoso.example'

const { values: options } = parseArgs({
    options: {
        pace: { type: 'string', default: '1' },
        'skip-build': { type: 'boolean', default: false },
        exit: { type: 'boolean', default: false },
    },
})
const paceMs = Number(options.pace) * 1000
if (!Number.isFinite(paceMs) || paceMs < 0) {
    process.stderr.write(`--pace must be a number of seconds per 3 simulated minutes (got "${options.pace}"), e.g. --pace 1\n`)
    process.exit(2)
}

const tty = Boolean(process.stdout.isTTY)
const color = (code: number, text: string) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text)
const STATUS_COLOR: Record<string, number> = {
    [STATUS.ok]: 32,
    [STATUS.needsAuthorization]: 31,
    [STATUS.refreshFailing]: 33,
    [STATUS.misconfigured]: 35,
    failing: 31,
    paused: 33,
    retrying: 33,
}

const LOGIN_OUTCOME = { logged_in: 'OK', rejected: 'rejected (token not active at the provider)', unavailable: 'IMAP server unavailable' } as const
const isCanarySubject = (subject: unknown) => /mail-flow check/.test(String(subject))

let flow: MailFlowWorld | undefined
let overview: OverviewServer | undefined
let stopping = false
let phase = ''
const activity: string[] = []
const mailboxes: Mailbox[] = []

/** What the demo has already told, so each minute prints only what is new. */
const seen = { runs: 0, senderRuns: 0, canaries: new Map<string, string>(), resends: new Set<string>() }
/** Notifications and emails the demo queued as "the instance's own", by sys_email sys_id: what they are. */
const instanceEmails = new Map<string, string>()
/** Every alert the app queued, with the simulated time of the run that queued it. */
const alerts: { at: number; event: QueuedEvent }[] = []
let startedAt = 0
/** Per inbound mailbox: canaries back, canaries failed, and the last outcome told. */
const canaryCounts = new Map<string, { back: number; failed: number; last: string }>()

async function main(): Promise<void> {
    if (!options['skip-build']) build()
    say('Starting the local OAuth server, Dovecot (IMAP) and the SMTP server...')
    flow = await MailFlowWorld.start()
    const world = flow.world
    startedAt = platform.clock.now()
    say(`  OAuth server ${world.oauth.issuer} (pid ${world.oauth.pid}), Dovecot ${world.dovecot.host}:${world.dovecot.port} (pid ${world.dovecot.pid}), SMTP ${world.smtp.host}:${world.smtp.port}`)
    overview = await startOverviewServer(world.runner)
    say(`  Overview page: ${overview.pageUrl} (signed in as admin; open it in a browser)`)
    say(`  The instance sends through ${world.notifier!.login} (the outbound SMTP account, OAuth), and its own "Create Incident" inbound action is active.`)

    // Three mailboxes authorized 20 minutes apart, so their refreshes fall on different runs.
    const logins = ['sales@contoso.example', 'support@contoso.example', 'billing@contoso.example']
    for (const [index, login] of logins.entries()) {
        const mailbox = world.addAccount(login, login.split('@')[0])
        say(`  Authorizing ${login} at the OAuth server (sign-in and consent over HTTP)...`)
        await world.authorize(mailbox)
        mailboxes.push(mailbox)
        if (index < logins.length - 1) await world.advance(1200)
    }
    const unauthorized = world.addAccount('hr@contoso.example', 'hr')
    mailboxes.push(unauthorized)
    mailboxes.push(world.notifier!)
    say('  hr@contoso.example is set up but never authorized.')

    await ordinaryHour(world)
    await revokedInboundToken(world)
    await providerOutage(world)
    const incident = await outboundIncident(world)
    await reauthorized(world, incident)
    summary(world, incident)
}

async function ordinaryHour(world: World): Promise<void> {
    story(
        '1. An ordinary hour',
        'The refresh job keeps every token fresh. Every 30 minutes the mail-flow job sends each inbound mailbox a short "canary" email through the outbound account and reads it back: a round trip proves mail really flows both ways, not only that a token exists.',
    )
    await minutes(60)
    const trip = flow!.canaries().find((row) => row.state === 'counted' || row.state === 'arrived')
    if (trip) roundTripStory(world, trip)
    // A notification to an address that does not exist fails for that reason alone: the app must never send it again.
    world.smtp.script({ stage: 'rcpt', address: BAD_RECIPIENT, answer: { code: 550, text: '5.1.1 RESOLVER.ADR.RecipNotFound; not found' } })
    queueInstanceEmail(world, BAD_RECIPIENT, 'Incident INC0010001 has been assigned to you')
    note(`${clock()}  INJECTED      a notification to ${BAD_RECIPIENT}, an address that does not exist`)
    await minutes(3)
}

/** The first canary that came back, step by step: what the app and the platform did with it. */
function roundTripStory(world: World, canary: Row): void {
    const mailbox = mailboxes.find((candidate) => candidate.sysId === canary.mailbox)
    const stored = world.mail!.emails().find((row) => String(row.subject).includes(String(canary.canary_id)) && String(row.type).startsWith('received'))
    const actions = world.mail!.readerRuns.flatMap((run) => run.accounts.flatMap((account) => account.received)).find((received) => received.email === stored?.sys_id)?.actions ?? []
    const ran = actions.length === 0 ? 'no inbound action ran on it' : `inbound actions that ran on it: ${actions.map((action) => `"${action.name}"${action.stoppedProcessing ? ' (stopped processing)' : ''}${action.created ? ` created ${action.created.table}` : ''}`).join(', ')}`
    note('')
    note(color(1, `  One round trip, step by step (${mailbox?.login ?? canary.mailbox}):`))
    const outbound = world.mail!.emails(EMAIL_TYPE.sent).find((row) => row.sys_id === canary.email || String(row.subject).includes(String(canary.canary_id)))
    const sentAt = world.mail!.senderRuns.find((run) => run.attempts.some((attempt) => attempt.email === outbound?.sys_id && attempt.outcome === 'sent'))?.at
    note(`    ${time(canary.queued)}  the mail-flow job queued canary ${String(canary.canary_id).slice(0, 8)}... to ${mailbox?.login}`)
    if (sentAt !== undefined) note(`    ${clock(sentAt)}  the SMTP Sender sent it through ${world.notifier!.login} (SMTP, XOAUTH2)`)
    if (stored) note(`    ${time(stored.sys_created_on)}  the Email Reader read it from the mailbox (IMAP, XOAUTH2) and stored it as ${stored.type}${stored.mailbox ? ` in ${stored.mailbox}` : ''}; ${ran}`)
    note(`    ${time(canary.arrived)}  the app found it: round trip ${minutesOf(canary.round_trip)}; no record created, nobody notified`)
    note('')
}

async function revokedInboundToken(world: World): Promise<void> {
    const target = mailboxes.find((mailbox) => mailbox.login === 'sales@contoso.example')!
    story('2. An inbound mailbox\'s refresh token revoked', `The provider revokes ${target.login}'s refresh token, as a password reset would. Token health says so at its next refresh; mail flow says so when its next canary is not read back.`)
    await world.oauth.control.revokeRefreshTokens(target.login)
    note(`${clock()}  INJECTED      the provider revoked ${target.login}'s refresh token`)
    note(`${clock()}  imap login    ${target.login} with its current access token: ${LOGIN_OUTCOME[await world.imapLogin(target)]}`)
    await minutesUntil(() => world.health(target)?.status === STATUS.needsAuthorization && world.health(target)?.canary_status === 'failing', 3)
}

async function providerOutage(world: World): Promise<void> {
    story('3. The provider\'s token endpoint down', 'The token endpoint answers 503 for a while: the job retries, alerts once when a token is at risk, and says when it recovered.')
    await world.oauth.control.setFault('unavailable', { retryAfterSeconds: 120, grantType: 'refresh_token' })
    note(`${clock()}  INJECTED      the provider's token endpoint answers 503 Service Unavailable`)
    const eventsBefore = platform.events.length
    await minutesUntil(() => platform.events.slice(eventsBefore).some((event) => event.name === EVENT.refreshFailing), 3)
    await world.oauth.control.setFault('none')
    note(`${clock()}  RESTORED      the provider answers again`)
    await minutesUntil(() => mailboxes.every((mailbox) => [STATUS.ok, STATUS.needsAuthorization].includes(String(world.health(mailbox)?.status) as never)), 3)
}

interface Incident {
    revokedAt: number
    namedAt: number | null
    /** The instance's notifications queued during the incident (sys_email sys_ids). */
    notifications: string[]
    eventsBefore: number
}

async function outboundIncident(world: World): Promise<Incident> {
    const notifier = world.notifier!
    story(
        '4. The outbound mailbox\'s token revoked: notifications fail',
        `The provider revokes ${notifier.login}'s grant. Every email the instance sends through it is refused (535 5.7.3) while the instance keeps queuing notifications. The canaries name the outbound leg: mail does not leave.`,
    )
    const incident: Incident = { revokedAt: platform.clock.now(), namedAt: null, notifications: [], eventsBefore: platform.events.length }
    await world.oauth.control.revokeRefreshTokens(notifier.login)
    note(`${clock()}  INJECTED      the provider revoked ${notifier.login}'s grant (the instance's outbound account)`)
    let number = 10
    const named = () => platform.events.slice(incident.eventsBefore).some((event) => event.name === MAIL_FLOW_EVENT.failing && OUTBOUND_LEG_CODES.includes(event.parm2))
    await minutesUntil(named, 10, (minute) => {
        if (minute % 10 !== 0) return
        number += 1
        incident.notifications.push(queueInstanceEmail(world, NOTIFICATION_RECIPIENT, `Incident INC00100${number} has been updated`))
    })
    incident.namedAt = platform.clock.now()
    return incident
}

async function reauthorized(world: World, incident: Incident): Promise<void> {
    const notifier = world.notifier!
    story(
        '5. The outbound account authorized again: each failed email sent once',
        `An admin authorizes ${notifier.login} again. As soon as an email leaves through it the outbound incident ends (one recovered alert), the app sets each email that failed because of it back to send once more (not the one to ${BAD_RECIPIENT}: it failed for its own reason), and the mailboxes whose canaries failed on the outbound leg get their next one at once.`,
    )
    await world.authorize(notifier)
    note(`${clock()}  ADMIN         authorized ${notifier.login} again (Authorize Email Account Access)`)
    const since = platform.events.slice(incident.eventsBefore)
    const namedOutbound = () => new Set(since.filter((event) => event.name === MAIL_FLOW_EVENT.failing && OUTBOUND_LEG_CODES.includes(event.parm2)).map((event) => event.parm1))
    const recovered = () => new Set(platform.events.slice(incident.eventsBefore).filter((event) => event.name === MAIL_FLOW_EVENT.recovered).map((event) => event.parm1))
    // Done when every mailbox alerted for the outbound leg recovered and every email the incident made fail left again.
    const resent = () => platform.db.rows(RESEND_TABLE).map((row) => platform.db.row('sys_email', String(row.email)))
    const everyFailedEmailLeft = () => incident.notifications.every((id) => platform.db.row('sys_email', id)?.type === EMAIL_TYPE.sent) && resent().every((row) => row?.type === EMAIL_TYPE.sent)
    // And no mailbox row still failing on the outbound leg: their canaries, sent at once, made the round trip.
    const rowsClear = () => !platform.db.rows(HEALTH_TABLE).some((row) => row.canary_status === 'failing' && row.canary_leg === 'outbound')
    await minutesUntil(() => [...namedOutbound()].every((id) => recovered().has(id)) && resent().length > 0 && everyFailedEmailLeft() && rowsClear(), 3)
}

/** An email the instance sends (as a notification of its own would): a send-ready sys_email row. */
function queueInstanceEmail(world: World, to: string, subject: string): string {
    const email = world.mail!.queueEmail({ to, subject, bodyText: 'An update from the instance.' })
    instanceEmails.set(email, `"${subject}" to ${to}`)
    return email
}

/** Tells a story: a heading and what it shows, for someone who has never seen the app. */
function story(title: string, what: string): void {
    phase = title
    note('')
    note(color(1, `== ${title}`))
    note(`   ${what}`)
}

/** Simulated minutes, one at a time, telling what each did; `each` sees every minute. */
async function minutes(count: number, each?: (minute: number) => void): Promise<void> {
    for (let minute = 1; minute <= count && !stopping; minute++) {
        const started = Date.now()
        await flow!.minutes(1)
        each?.(minute)
        await describe(flow!.world)
        draw()
        const wait = paceMs / 3 - (Date.now() - started)
        if (wait > 0) await new Promise((resolveWait) => setTimeout(resolveWait, wait))
    }
}

/** Minutes until `done` holds (plus `extra` minutes), at most MAX_STORY_MINUTES. */
async function minutesUntil(done: () => boolean, extra: number, each?: (minute: number) => void): Promise<void> {
    let after = -1
    for (let minute = 1; minute <= MAX_STORY_MINUTES && !stopping && after < extra; minute++) {
        await minutes(1, () => each?.(minute))
        if (after >= 0 || done()) after++
    }
}

async function describe(world: World): Promise<void> {
    for (const run of world.runs.slice(seen.runs)) await describeRun(world, run)
    seen.runs = world.runs.length
    for (const run of world.mail!.senderRuns.slice(seen.senderRuns)) for (const attempt of run.attempts) describeSend(attempt, run.at)
    seen.senderRuns = world.mail!.senderRuns.length
    describeCanaries()
    describeResends()
}

async function describeRun(world: World, run: JobRun): Promise<void> {
    const at = clock(run.at)
    for (const request of run.tokenRequests) {
        const mailbox = mailboxes.find((candidate) => candidate.sysId === request.parameters.oauth_requestor)
        const name = mailbox?.login ?? request.parameters.oauth_requestor
        if (request.reply?.status === 200 && request.stored && mailbox) {
            const login = mailbox.type === 'smtp' ? `SMTP login ${(await world.smtpLogin()) ? 'OK' : 'refused'}` : `IMAP login ${LOGIN_OUTCOME[await world.imapLogin(mailbox)]}`
            note(`${at}  token request ${name} -> HTTP 200, new access token stored; ${login}`)
        } else {
            const answer = request.reply ? `HTTP ${request.reply.status} ${errorOf(request.reply.body)}` : String(request.failure)
            note(`${at}  token request ${name} -> ${answer}`)
        }
    }
    for (const event of run.events) {
        if (!isAlert(event)) continue
        alerts.push({ at: run.at, event })
        note(`${at}  ${color(1, 'alert')}         ${event.name} for ${loginOf(event.parm1)} (${event.parm2}${legOf(event)})`)
    }
    for (const sent of run.notifications) {
        if (isCanarySubject(sent.subject)) continue
        if (sent.email) instanceEmails.set(sent.email, `"${sent.subject}" to ${sent.recipientGroups.join(', ')}`)
        else note(`${at}  ${color(1, 'notification')}  "${sent.subject}" to ${sent.recipientGroups.join(', ')}: ${sent.delivered ? 'sent' : `not sent: ${sent.failure}`}`)
    }
}

/** What the SMTP Sender did with an email that is not a canary (the canaries are told by their fate). */
function describeSend(attempt: SendAttempt, at: number): void {
    if (isCanarySubject(attempt.subject)) return
    const what = instanceEmails.get(attempt.email) ?? `"${attempt.subject}"`
    const again = seen.resends.has(attempt.email) ? ' (sent again)' : ''
    const outcome = attempt.outcome === 'sent' ? 'sent' : attempt.outcome === 'send-failed' ? color(31, `failed: ${attempt.errorString ?? ''}`) : `to be retried: ${attempt.errorString ?? ''}`
    note(`${clock(at)}  smtp sender   ${what}${again}: ${outcome}`)
}

/**
 * A line when a mailbox's canaries start coming back, stop coming back, or fail on another leg: the
 * first outcome of each mailbox and every change (the same outcome again is counted, not told).
 */
function describeCanaries(): void {
    for (const canary of flow!.canaries()) {
        const id = String(canary.sys_id)
        const state = String(canary.state)
        if (seen.canaries.get(id) === state) continue
        seen.canaries.set(id, state)
        const mailbox = String(canary.mailbox)
        const to = loginOf(mailbox)
        let outcome = ''
        if (state === 'counted') outcome = 'back'
        else if (['send_failed', 'stuck', 'lost'].includes(state)) outcome = `${canary.leg} ${canary.code}`
        else if (state === 'withdrawn') outcome = `withdrawn ${canary.code}`
        if (outcome === '') continue
        const counts = canaryCounts.get(mailbox) ?? { back: 0, failed: 0, last: '' }
        if (outcome === 'back') counts.back += 1
        else counts.failed += 1
        const changed = counts.last !== outcome
        counts.last = outcome
        canaryCounts.set(mailbox, counts)
        if (!changed) continue
        if (outcome === 'back') note(`${clock()}  canary        ${to}: ${color(32, `made the round trip (${minutesOf(canary.round_trip)}); the next ones are told only if that changes`)}`)
        else if (state === 'withdrawn') note(`${clock()}  canary        ${to}: withdrawn before it left (${canary.code})`)
        else note(`${clock()}  canary        ${to}: ${color(31, `did not make the round trip: the ${canary.leg} leg (${canary.code})`)}`)
    }
}

function describeResends(): void {
    for (const resend of platform.db.rows(RESEND_TABLE)) {
        const email = String(resend.email)
        if (seen.resends.has(email)) continue
        seen.resends.add(email)
        note(`${time(resend.resent_at)}  re-send       ${instanceEmails.get(email) ?? email}: failed at ${time(resend.failed_at).slice(11)} (${resend.error_code}), set to send again by ${resend.resent_by}`)
    }
}

/** The OAuth error code of a token endpoint answer, never its whole body. */
function errorOf(body: string): string {
    try {
        const parsed = JSON.parse(body) as { error?: unknown }
        return typeof parsed.error === 'string' ? parsed.error : ''
    } catch {
        return ''
    }
}

/** The app's alerts: its token events and the mail-flow events an admin is told of (not the canary's own event, which sends the canary). */
const MAIL_FLOW_ALERTS: readonly string[] = [MAIL_FLOW_EVENT.failing, MAIL_FLOW_EVENT.recovered, MAIL_FLOW_EVENT.resendOffered]

function isAlert(event: QueuedEvent): boolean {
    return event.name.startsWith('x_mail_oauth.token.') || MAIL_FLOW_ALERTS.includes(event.name)
}

function loginOf(accountId: string): string {
    return mailboxes.find((mailbox) => mailbox.sysId === accountId)?.login ?? accountId
}

function legOf(event: { name: string; parm2: string }): string {
    if (event.name !== MAIL_FLOW_EVENT.failing) return ''
    return OUTBOUND_LEG_CODES.includes(event.parm2) ? ': the outbound leg, mail does not leave' : ': the inbound leg, mail is not read'
}

/** Token health beside mail flow, one row per mailbox. */
function table(world: World): string[] {
    const rows = mailboxes.map((mailbox) => {
        const health = world.health(mailbox)
        const left = world.accessSecondsLeft(mailbox)
        const status = String(health?.status ?? '-')
        const outbound = mailbox.type === 'smtp'
        const flowStatus = outbound ? (health?.mail_code ? 'failing' : 'ok') : String(health?.canary_status || '-')
        const flowCode = outbound ? String(health?.mail_code ?? '') : [health?.canary_leg, health?.canary_code].filter(Boolean).join(' ')
        const trip = outbound ? 'sends every email' : health?.round_trip_last ? `${minutesOf(health.round_trip_last)} (${minutesOf(health.round_trip_median)})` : '-'
        return [
            mailbox.login,
            color(STATUS_COLOR[status] ?? 0, status.padEnd(20)),
            String(health?.last_error_code ?? '').padEnd(15),
            (left === -Infinity ? 'none' : left <= 0 ? 'expired' : `${Math.floor(left / 60)} min`).padEnd(8),
            '│',
            color(STATUS_COLOR[flowStatus] ?? 0, flowStatus.padEnd(8)),
            flowCode.padEnd(38),
            trip,
        ]
    })
    const groups = `${''.padEnd(26)}${'Token health'.padEnd(46)}│ Mail flow (canary round trip; the outbound account: its last send error)`
    const header = ['Mailbox', 'Status'.padEnd(20), 'Code'.padEnd(15), 'Access'.padEnd(8), '│', 'Status'.padEnd(8), 'Leg and code'.padEnd(38), 'Round trip last (typical)']
    return [groups, ...[header, ...rows].map((cells) => `${cells[0].padEnd(26)}${cells.slice(1).join(' ')}`)]
}

function draw(): void {
    if (!tty || !flow) return
    const lines = [
        color(1, 'Email OAuth Manager: dist/app on the platform\'s email engine, simulated minute by minute'),
        `Simulated time ${clock()} UTC   now: ${color(36, phase)}   (Ctrl-C stops every server)`,
        `Overview page: ${overview?.pageUrl ?? '-'} (reload it to follow the simulated clock)`,
        '',
        ...table(flow.world),
        '',
        color(1, 'What happens (token requests, canaries, the SMTP Sender, alerts)'),
        ...activity.slice(-ACTIVITY_LINES),
    ]
    process.stdout.write(`\x1b[H\x1b[J${lines.join('\n')}\n`)
}

function note(line: string): void {
    activity.push(line)
    if (!tty) process.stdout.write(`${line}\n`)
}

function say(line: string): void {
    process.stdout.write(`${line}\n`)
}

/** The simulated platform time, as the jobs see it. */
function clock(ms = platform.clock.now()): string {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ')
}

/** A stored date-time ("YYYY-MM-DD hh:mm:ss", UTC) as the clock prints it. */
function time(value: unknown): string {
    return String(value ?? '').slice(0, 16) || '                '
}

function minutesOf(seconds: unknown): string {
    const value = Number(seconds)
    return Number.isFinite(value) && String(seconds) !== '' ? `${Math.max(1, Math.round(value / 60))} min` : '-'
}

function summary(world: World, incident: Incident): void {
    if (!tty) say('')
    const hours = ((platform.clock.now() - startedAt) / 3600000).toFixed(1)
    say(color(1, `After ${hours} simulated hours: token health beside mail flow`))
    for (const line of table(world)) say(line)
    say('')
    say(color(1, 'Alerts queued (each sends an email to the Email OAuth Manager admins):'))
    for (const { at, event } of alerts) {
        say(`  ${clock(at)}  ${event.name.padEnd(40)} ${loginOf(event.parm1)} (${event.parm2}${legOf(event)})`)
    }
    say('')
    say(color(1, 'Canaries:'))
    for (const mailbox of mailboxes.filter((candidate) => candidate.type === 'imap')) {
        const counts = canaryCounts.get(mailbox.sysId) ?? { back: 0, failed: 0 }
        say(`  ${mailbox.login.padEnd(26)}${String(counts.back).padStart(3)} made the round trip, ${String(counts.failed).padStart(3)} did not`)
    }
    const incidents = flow!.incidents()
    const canaryIncidents = incidents.filter((row) => isCanarySubject(row.short_description))
    say(`  Canaries that reached the instance's other inbound actions (Create Incident): ${canaryIncidents.length}`)
    say('')
    const named = platform.events.slice(incident.eventsBefore).filter((event) => event.name === MAIL_FLOW_EVENT.failing && OUTBOUND_LEG_CODES.includes(event.parm2))
    const after = incident.namedAt === null ? 'not within the demo' : `${Math.round((incident.namedAt - incident.revokedAt) / 60000)} min after the revocation`
    say(color(1, `The outbound incident: the outbound leg named ${named.length === 1 ? 'once' : `${named.length} times (once per inbound mailbox whose canary failed on it)`}, first ${after}.`))
    say(`  ${'Email that failed during it'.padEnd(104)} Re-sent  Delivered`)
    for (const row of world.mail!.emails().filter((candidate) => platform.db.rows(RESEND_TABLE).some((resend) => resend.email === candidate.sys_id))) {
        say(`  ${(instanceEmails.get(String(row.sys_id)) ?? `"${row.subject}"`).slice(0, 104).padEnd(104)} yes      ${deliveries(row)}`)
    }
    const bad = world.mail!.emails().find((row) => String(row.recipients).includes(BAD_RECIPIENT))
    if (bad) {
        const resent = platform.db.rows(RESEND_TABLE).some((resend) => resend.email === bad.sys_id)
        const code = /^\d{3} \d\.\d\.\d+/.exec(String(bad.error_string))?.[0] ?? String(bad.type)
        say(`  ${`"${bad.subject}" to ${BAD_RECIPIENT}, failed before it: ${code}`.slice(0, 104).padEnd(104)} ${resent ? 'yes' : 'no '}      ${deliveries(bad)}`)
    }
    const fallback = incidents.filter((row) => !isCanarySubject(row.short_description))
    if (fallback.length > 0) {
        say(`  While alert emails could not leave, the app also opened ${fallback.length} incident(s) for the admins (resolved when it recovered: ${fallback.filter((row) => String(row.state) === '6').length}):`)
        for (const row of fallback) say(`    ${row.short_description}`)
    }
    say('')
    say('On an instance the same jobs run once the app is installed with `npm run deploy` (docs/mail-flow.md).')
    if (overview) say(`The overview page of these accounts: ${overview.pageUrl}`)
}

/** Times the admins' mailbox received the email (by its subject, which each email of the demo has alone). */
function deliveries(row: Row): string {
    const count = flow!.deliveries(String(row.subject))
    return count === 1 ? 'once' : count === 0 ? 'never' : `${count} times`
}

/** On a terminal, the page stays up after the demo until Ctrl-C (or SIGTERM); elsewhere, and with --exit, the demo ends. */
function keepServing(): Promise<void> {
    if (!tty || options.exit || !overview) return Promise.resolve()
    say(color(1, `The overview page stays up at ${overview.pageUrl}: press Ctrl-C to stop every server.`))
    return new Promise(() => undefined)
}

function build(): void {
    say('Building the app (npm run build)...')
    const started = Date.now()
    const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
    if (result.status !== 0) {
        process.stderr.write(`${result.stdout}${result.stderr}\nThe build failed (output above); fix it, or run with --skip-build to use dist/app as it is.\n`)
        process.exit(1)
    }
    say(`  dist/app built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function stop(exitCode: number): Promise<void> {
    if (stopping) return
    stopping = true
    await overview?.stop()
    await flow?.stop()
    process.exit(exitCode)
}

process.on('SIGINT', () => {
    say('\nStopping every server...')
    void stop(130)
})
process.on('SIGTERM', () => void stop(143))

main().then(
    () => keepServing().then(() => stop(0)),
    (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
        void stop(1)
    },
)
