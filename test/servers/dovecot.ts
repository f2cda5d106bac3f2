/**
 * Dovecot 2.3 as the tests' IMAP server: run in the foreground (`dovecot -F`) as a child process,
 * from a config generated out of the templates in test/servers/dovecot/ into a fresh temp folder
 * (its own base_dir, state_dir, log, mail), listening on 127.0.0.1 only, accepting XOAUTH2 and
 * OAUTHBEARER logins whose token the OAuth server's introspection endpoint says is active.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { userInfo, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { freePort } from './ports.ts'
import { startChild, waitForPort, type StartedChild } from './process.ts'

export const DOVECOT_BINARY = '/usr/sbin/dovecot'
/** Dovecot's local delivery agent, shipped in dovecot-core (no extra package, unlike dovecot-lmtpd). */
export const DOVECOT_LDA_BINARY = '/usr/lib/dovecot/dovecot-lda'

export interface DovecotOptions {
    /** The OAuth server's RFC 7662 endpoint, e.g. OAuthServer.introspectionUrl. */
    introspectionUrl: string
    /** A confidential client of the OAuth server (use OAuthServer.resourceServer so secret changes of app clients do not affect it). */
    clientId: string
    clientSecret: string
    /** Mailboxes created up front, each with one welcome message in its INBOX. Others get an empty INBOX on first login. */
    users?: string[]
    /** SASL mechanisms offered. Default both, as Gmail does; ['xoauth2'] is what Outlook offers and makes imapflow use XOAUTH2 (it prefers OAUTHBEARER when offered). */
    mechanisms?: Array<'xoauth2' | 'oauthbearer'>
    /** Default /usr/sbin/dovecot. */
    binary?: string
    /** Mailboxes that may also log in with a password (PLAIN/LOGIN): Basic authentication, for the migration test. */
    passwords?: Record<string, string>
}

export interface DovecotServer {
    host: string
    port: number
    /** Leader of Dovecot's process group (a watchdog shell whose child is the Dovecot master). */
    pid: number
    /** Dovecot's log (auth decisions included); removed with the temp folder by stop(). */
    logPath: string
    /** The log so far (empty once stopped). */
    log(): Promise<string>
    /**
     * Delivers one message (RFC 5322 bytes) into the INBOX of `user`, as an MTA hands mail to
     * Dovecot: through dovecot-lda with this server's config, so the message is indexed by Dovecot
     * itself and an IMAP login sees it at once. Rejects with the LDA's exit code and output.
     */
    deliver(user: string, message: Buffer): Promise<void>
    /** Stops Dovecot (its whole process group), waits for it, and removes the temp folder. */
    stop(): Promise<void>
}

const TEMPLATES = resolve(__dirname, 'dovecot')

/**
 * Runs Dovecot under a shell that leads the process group and exits with it, and that stops Dovecot
 * and removes its temp folder when the test process dies without calling stop() (its end of the
 * stdin pipe closes). Without this, a Ctrl-C or a killed jest worker would leave Dovecot running:
 * it is in its own process group, so the terminal's signal does not reach it.
 */
const WATCHDOG = `
exec 3<&0
"$1" -F -c "$2" </dev/null &
dovecot=$!
(
  read -r _ <&3
  kill "$dovecot" 2>/dev/null
  while kill -0 "$dovecot" 2>/dev/null; do sleep 0.2; done
  rm -rf "$3"
) &
wait "$dovecot"
`
const START_ATTEMPTS = 3
const START_TIMEOUT_MS = 10000

export async function startDovecot(options: DovecotOptions): Promise<DovecotServer> {
    const binary = options.binary ?? DOVECOT_BINARY
    if (!existsSync(binary)) {
        throw new Error(`Dovecot is not installed (${binary}): run \`npm run setup\``)
    }
    const dir = await mkdtemp(join(tmpdir(), 'dovecot-test-'))
    try {
        const account = await prepareFolder(dir, options.users ?? [])
        for (let attempt = 1; ; attempt++) {
            const port = await freePort()
            const configPath = await writeConfig(dir, port, options, account)
            const started = startChild('/bin/sh', ['-c', WATCHDOG, 'dovecot-watchdog', binary, configPath, dir])
            try {
                await waitForPort('127.0.0.1', port, START_TIMEOUT_MS, () => started.child.exitCode === null)
                return handle(dir, port, started)
            } catch (error) {
                await started.stop()
                const log = await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '')
                // Another process may have taken the free port between the probe and Dovecot's bind.
                if (attempt < START_ATTEMPTS && /Address already in use/.test(log + started.output())) continue
                throw new Error(`Dovecot did not start: ${(error as Error).message}\n${started.output()}\n${log}`)
            }
        }
    } catch (error) {
        await rm(dir, { recursive: true, force: true })
        throw error
    }
}

function handle(dir: string, port: number, started: StartedChild): DovecotServer {
    const logPath = join(dir, 'dovecot.log')
    return {
        host: '127.0.0.1',
        port,
        pid: started.pid,
        logPath,
        log: () => readFile(logPath, 'utf8').catch(() => ''),
        deliver: (user, message) => deliverWithLda(join(dir, 'dovecot.conf'), user, message),
        stop: async () => {
            await started.stop()
            await rm(dir, { recursive: true, force: true })
        },
    }
}

const DELIVERY_TIMEOUT_MS = 10000

function deliverWithLda(configPath: string, user: string, message: Buffer): Promise<void> {
    if (!existsSync(DOVECOT_LDA_BINARY)) return Promise.reject(new Error(`Dovecot's LDA is not installed (${DOVECOT_LDA_BINARY}): run \`npm run setup\``))
    return new Promise((resolvePromise, reject) => {
        // -e: a refusal is reported as the exit code and stderr instead of a bounce mail.
        const lda = spawn(DOVECOT_LDA_BINARY, ['-c', configPath, '-e', '-d', user], { stdio: ['pipe', 'pipe', 'pipe'] })
        let output = ''
        lda.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
        lda.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
        const timer = setTimeout(() => lda.kill('SIGKILL'), DELIVERY_TIMEOUT_MS)
        lda.on('error', (error) => {
            clearTimeout(timer)
            reject(error)
        })
        lda.on('close', (code, signal) => {
            clearTimeout(timer)
            if (code === 0) resolvePromise()
            else reject(new Error(`dovecot-lda did not deliver to ${user} (exit ${code ?? signal}): ${output.trim()}`))
        })
        lda.stdin.end(message)
    })
}

interface MailAccount {
    uid: number
    gid: number
    internalUser: string
    loginUser: string
}

/**
 * As root, Dovecot drops to its own users and keeps mail as `nobody`; as another user it runs
 * everything as that user.
 */
async function prepareFolder(dir: string, users: string[]): Promise<MailAccount> {
    const root = process.getuid?.() === 0
    const me = userInfo()
    const account: MailAccount = root
        ? { uid: 65534, gid: 65534, internalUser: 'dovecot', loginUser: 'dovenull' }
        : { uid: me.uid, gid: me.gid, internalUser: me.username, loginUser: me.username }
    await chmod(dir, 0o755)
    for (const sub of ['run', 'state', 'mail', 'home']) await mkdir(join(dir, sub))
    for (const sub of ['mail', 'home']) {
        await chmod(join(dir, sub), 0o755)
        if (root) await chown(join(dir, sub), account.uid, account.gid)
    }
    for (const user of users) await createMailbox(join(dir, 'mail', user), user, account, root)
    return account
}

async function createMailbox(maildir: string, user: string, account: MailAccount, root: boolean): Promise<void> {
    for (const sub of ['cur', 'new', 'tmp']) await mkdir(join(maildir, sub), { recursive: true })
    const message = [
        'From: Email OAuth Manager tests <tests@example.com>',
        `To: ${user}`,
        'Subject: Welcome',
        'Date: Sat, 28 Nov 2026 00:00:00 +0000',
        'Message-ID: <welcome@email-oauth-manager.test>',
        '',
        'This mailbox is served by the test Dovecot.',
        '',
    ].join('\r\n')
    const file = join(maildir, 'new', `1700000000.welcome.localhost`)
    await writeFile(file, message)
    if (root) for (const path of [maildir, ...['cur', 'new', 'tmp'].map((sub) => join(maildir, sub)), file]) await chown(path, account.uid, account.gid)
}

async function writeConfig(dir: string, port: number, options: DovecotOptions, account: MailAccount): Promise<string> {
    const introspectionUrl = new URL(options.introspectionUrl)
    introspectionUrl.username = encodeURIComponent(options.clientId)
    introspectionUrl.password = encodeURIComponent(options.clientSecret)
    const values: Record<string, string> = {
        DIR: dir,
        INSTANCE_NAME: `test-${port}`,
        PORT: String(port),
        INTERNAL_USER: account.internalUser,
        LOGIN_USER: account.loginUser,
        MAIL_UID: String(account.uid),
        MAIL_GID: String(account.gid),
        INTROSPECTION_URL: introspectionUrl.toString(),
        AUTH_MECHANISMS: (options.mechanisms ?? ['xoauth2', 'oauthbearer']).join(' '),
    }
    const fill = (template: string) =>
        template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
            if (!(name in values)) throw new Error(`Unknown placeholder {{${name}}} in the Dovecot templates`)
            return values[name]
        })
    const configPath = join(dir, 'dovecot.conf')
    let config = fill(await readFile(join(TEMPLATES, 'dovecot.conf.template'), 'utf8'))
    if (options.passwords) {
        // Basic authentication beside the tokens: a second passdb for PLAIN/LOGIN from a passwd-file.
        config = config.replace(/^auth_mechanisms = (.*)$/m, 'auth_mechanisms = $1 plain login')
        config += `\npassdb {\n  driver = passwd-file\n  mechanisms = plain login\n  args = scheme=PLAIN username_format=%u ${join(dir, 'passwd')}\n}\n`
        const lines = Object.entries(options.passwords).map(([user, password]) => `${user}:{PLAIN}${password}`)
        await writeFile(join(dir, 'passwd'), `${lines.join('\n')}\n`, { mode: 0o644 })
    }
    await writeFile(configPath, config)
    // Holds the introspection client's secret: readable by the owner only.
    await writeFile(join(dir, 'dovecot-oauth2.conf.ext'), fill(await readFile(join(TEMPLATES, 'dovecot-oauth2.conf.ext.template'), 'utf8')), { mode: 0o600 })
    return configPath
}
