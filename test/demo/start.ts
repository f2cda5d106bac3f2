/**
 * `npm start`: see the app do its job without a ServiceNow instance.
 *
 * Builds the app, starts a local OAuth server (oidc-provider) and a local IMAP server (Dovecot) and
 * SMTP server, authorizes a few demo mailboxes, and runs the refresh job exactly as built in
 * dist/app on an accelerated clock: an ordinary hour of 3-minute runs, then a revoked refresh token,
 * then a provider outage, with a live table of token health and the token requests as they happen.
 * It also serves the overview page (x_mail_oauth_overview.do, built in dist/app) and its REST API on
 * loopback, and prints its address: open it in a browser while the job runs, and after the demo (on a
 * terminal the page stays up until Ctrl-C). Every server it started is stopped at the end, on Ctrl-C and on SIGTERM.
 *
 * Options: --pace <seconds per run> (default 2.5: an hour of runs in 50 s; 0 runs flat out),
 *          --skip-build (use dist/app as it is), --exit (stop when the demo ends, even on a terminal).
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EVENT, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { World, type JobRun, type Mailbox } from '../e2e/world.ts'
import { startOverviewServer, type OverviewServer } from '../browser/overview-server.ts'

const ROOT = resolve(__dirname, '../..')
const RUNS_PER_HOUR = 20
const MAX_RUNS_PER_INCIDENT = 20
const ACTIVITY_LINES = 14

const { values: options } = parseArgs({
    options: {
        pace: { type: 'string', default: '2.5' },
        'skip-build': { type: 'boolean', default: false },
        exit: { type: 'boolean', default: false },
    },
})
const paceMs = Number(options.pace) * 1000
if (!Number.isFinite(paceMs) || paceMs < 0) {
    process.stderr.write(`--pace must be a number of seconds per run (got "${options.pace}"), e.g. --pace 1\n`)
    process.exit(2)
}

const tty = Boolean(process.stdout.isTTY)
const color = (code: number, text: string) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text)
const STATUS_COLOR: Record<string, number> = {
    [STATUS.ok]: 32,
    [STATUS.needsAuthorization]: 31,
    [STATUS.refreshFailing]: 33,
    [STATUS.misconfigured]: 35,
}

const LOGIN_OUTCOME = { logged_in: 'OK', rejected: 'rejected (token not active at the provider)', unavailable: 'IMAP server unavailable' } as const

let world: World | undefined
let overview: OverviewServer | undefined
let stopping = false
let phase = ''
const activity: string[] = []
const mailboxes: Mailbox[] = []

async function main(): Promise<void> {
    if (!options['skip-build']) build()
    say('Starting the local OAuth server, Dovecot (IMAP) and the SMTP server...')
    world = await World.start({ rotateRefreshToken: false })
    say(`  OAuth server ${world.oauth.issuer} (pid ${world.oauth.pid}), Dovecot ${world.dovecot.host}:${world.dovecot.port} (pid ${world.dovecot.pid}), SMTP ${world.smtp.host}:${world.smtp.port}`)
    overview = await startOverviewServer(world.runner)
    say(`  Overview page: ${overview.pageUrl} (signed in as admin; open it in a browser)`)

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
    if (world.notifier) mailboxes.push(world.notifier)
    say('  hr@contoso.example is set up but never authorized.')

    phase = 'an ordinary hour'
    for (let run = 0; run < RUNS_PER_HOUR && !stopping; run++) await step()

    const target = mailboxes.filter((mailbox) => mailbox.type === 'imap' && world?.token(mailbox)).sort((a, b) => (world?.accessSecondsLeft(a) ?? 0) - (world?.accessSecondsLeft(b) ?? 0))[0]
    phase = `refresh token of ${target.login} revoked at the provider`
    await world.oauth.control.revokeRefreshTokens(target.login)
    note(`${clock()}  INJECTED      the provider revoked ${target.login}'s refresh token (as a password reset would)`)
    note(`${clock()}  imap login    ${target.login} with its current access token: ${LOGIN_OUTCOME[await world.imapLogin(target)]}`)
    await runUntil(() => world?.health(target)?.status === STATUS.needsAuthorization, 1)

    phase = 'provider outage (HTTP 503 with Retry-After)'
    await world.oauth.control.setFault('unavailable', { retryAfterSeconds: 120, grantType: 'refresh_token' })
    note(`${clock()}  INJECTED      the provider's token endpoint answers 503 Service Unavailable`)
    await runUntil(() => world?.runs.some((run) => run.events.some((event) => event.name === EVENT.refreshFailing)) ?? false, 1)

    phase = 'provider back'
    await world.oauth.control.setFault('none')
    note(`${clock()}  RESTORED      the provider answers again`)
    await runUntil(() => mailboxes.every((mailbox) => [STATUS.ok, STATUS.needsAuthorization].includes(String(world?.health(mailbox)?.status) as never)), 1)

    summary()
}

/** Runs until `done` holds (plus `extra` runs), at most MAX_RUNS_PER_INCIDENT runs. */
async function runUntil(done: () => boolean, extra: number): Promise<void> {
    let after = -1
    for (let run = 0; run < MAX_RUNS_PER_INCIDENT && !stopping && after < extra; run++) {
        await step()
        if (after >= 0 || done()) after++
    }
}

/** One run of the built job, then what it did, then the clock moves 3 minutes on. */
async function step(): Promise<void> {
    if (!world) return
    const started = Date.now()
    const run = await world.runJob()
    await describe(run)
    draw()
    await world.advance(180)
    const wait = paceMs - (Date.now() - started)
    if (wait > 0) await new Promise((resolveWait) => setTimeout(resolveWait, wait))
}

async function describe(run: JobRun): Promise<void> {
    if (!world) return
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
        const mailbox = mailboxes.find((candidate) => candidate.sysId === event.parm1)
        note(`${at}  ${color(1, 'event')}         ${event.name} for ${mailbox?.login ?? event.parm1} (${event.parm2})`)
    }
    for (const sent of run.notifications) {
        note(`${at}  ${color(1, 'notification')}  "${sent.subject}" to ${sent.recipientGroups.join(', ')}: ${sent.delivered ? 'sent over SMTP (XOAUTH2)' : `not sent: ${sent.failure}`}`)
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

function table(): string[] {
    if (!world) return []
    const rows = mailboxes.map((mailbox) => {
        const health = world?.health(mailbox)
        const left = world?.accessSecondsLeft(mailbox) ?? -Infinity
        const status = String(health?.status ?? '-')
        return [
            mailbox.login,
            color(STATUS_COLOR[status] ?? 0, status.padEnd(20)),
            String(health?.last_error_code ?? '').padEnd(21),
            (left === -Infinity ? 'none' : left <= 0 ? 'expired' : `${Math.floor(left / 60)} min`).padEnd(14),
            String(world?.tokenRequests(mailbox).length ?? 0).padEnd(9),
            String(health?.last_refreshed ?? '').slice(11, 16),
        ]
    })
    const header = ['Mailbox', 'Status'.padEnd(20), 'Code'.padEnd(21), 'Access token'.padEnd(14), 'Requests', 'Refreshed']
    return [header, ...rows].map((cells) => `${cells[0].padEnd(26)}${cells.slice(1).join(' ')}`)
}

function draw(): void {
    if (!tty || !world) return
    const lines = [
        color(1, 'Email OAuth Manager: the built refresh job (dist/app) every 3 simulated minutes'),
        `Simulated time ${clock()} UTC   run ${world.runs.length}   now: ${color(36, phase)}   (Ctrl-C stops every server)`,
        `Overview page: ${overview?.pageUrl ?? '-'} (Reload it to follow the simulated clock)`,
        '',
        color(1, 'Token health (x_mail_oauth_token_health)'),
        ...table(),
        '',
        color(1, 'Token requests, logins, events and notifications'),
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

/** The simulated platform time, as the job sees it. */
function clock(ms = platform.clock.now()): string {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ')
}

function summary(): void {
    if (!world) return
    if (!tty) say('')
    say(color(1, `After ${world.runs.length} runs (${(world.runs.length * 3) / 60} simulated hours):`))
    for (const line of table()) say(line)
    say('')
    say(color(1, 'Alerts queued (events) and notifications sent:'))
    for (const run of world.runs) {
        for (const event of run.events) {
            const mailbox = mailboxes.find((candidate) => candidate.sysId === event.parm1)
            say(`  ${clock(run.at)}  ${event.name.padEnd(40)} ${mailbox?.login ?? event.parm1} (${event.parm2})`)
        }
    }
    for (const sent of world.notifications) say(`  notification: "${sent.subject}" -> ${sent.recipientGroups.join(', ')} (${sent.delivered ? 'delivered' : 'not delivered'})`)
    say('')
    say('On an instance the same job runs every 3 minutes once the app is installed with `npm run deploy`.')
    if (overview) say(`The overview page of these accounts: ${overview.pageUrl}`)
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
    await world?.stop()
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
