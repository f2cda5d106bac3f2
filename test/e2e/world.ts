/**
 * One end-to-end world: the built app on the platform stand-ins, a real OAuth server (oidc-provider
 * in a child process), a real Dovecot that checks every IMAP login's token at that server, and a
 * real SMTP server the notifications go through. Used by the scenarios and by `npm start`.
 *
 * Time. One simulated clock: the platform clock (which drives the job's decisions, GlideDateTime,
 * the vm's Date and the token store's expiry) and the OAuth server's clock (which decides when the
 * real tokens it issued expire, and so what Dovecot's introspection answers) start at the same whole
 * second and stand still between `advance()` calls, which moves both by the same amount. Neither
 * ticks in real time, so however slow the machine, a token's life is the same on both: the platform's
 * expiry of a token equals the `exp` the server gives it (`providerExpiresAt`). A simulated day takes
 * seconds, and a token the platform sees as expired is also rejected by Dovecot: expiry is asserted
 * with real tokens against real servers, not only on the stand-in's bookkeeping.
 */
import { HEALTH_TABLE } from '../../src/common/app.ts'
import { GOOGLE, MICROSOFT } from '../../src/providers.ts'
import { platform, type QueuedEvent, type Row } from '../stand-ins/platform.ts'
import type { StoredToken, TokenRequestRecord } from '../stand-ins/oauth-platform.ts'
import { issueTokens } from '../servers/authorize.ts'
import { startDovecot, type DovecotServer } from '../servers/dovecot.ts'
import { introspect } from '../servers/introspect.ts'
import { startOAuthServer, type OAuthServer } from '../servers/oauth-server.ts'
import { startSmtpServer, type TestSmtpServer } from '../servers/smtp.ts'
import { BuiltAppRunner } from './runner/built-app-runner.ts'
import { createHttpTransport, type HttpTransport } from './runner/http-transport.ts'
import { imapLogin, type ImapLoginOutcome } from './runner/imap-login.ts'
import { notificationsFor, sendNotification, smtpLogin, type OutboundAccount, type RenderedNotification, type SentNotification } from './runner/notifications.ts'
import { MailEngine } from './mail-engine/index.ts'

/** Where ServiceNow would receive the authorization code; registered at the test OAuth server. */
const REDIRECT_URI = 'https://demo.service-now.com/oauth_redirect.do'
const IMAP_SCOPE = `${MICROSOFT.scope.imap} ${MICROSOFT.scope.openid} ${MICROSOFT.scope.offlineAccess}`
const SMTP_SCOPE = `${MICROSOFT.scope.smtp} ${MICROSOFT.scope.openid} ${MICROSOFT.scope.offlineAccess}`

/** Where notifications go when the mail engine sends them: the admins' mailbox in Dovecot. */
export const NOTIFICATION_RECIPIENT = 'admins@example.com'

/** Authorization flows run side by side when many accounts are authorized at once. */
const AUTHORIZE_BATCH = 20

/** The scheduled job's interval (fluent/refresh-job.now.ts). */
export const RUN_INTERVAL_SECONDS = 180

export interface WorldOptions {
    /** true: Google-like strict rotation; false (default): the old refresh token stays valid, like Entra. */
    rotateRefreshToken?: boolean
    /** Lifetime of the access tokens the OAuth server issues. Default 3600, as Entra and Google. */
    accessTokenTtlSeconds?: number
    /** How long a token request may take before the platform gives up. */
    tokenRequestTimeoutMs?: number
    /**
     * Default true: activate the app's outbound (SMTP) account for a notifier mailbox and authorize
     * it, so notifications are sent through it. It is an OAuth account like any other, so the job
     * refreshes its token too; scenarios that count every token request of a run turn it off.
     */
    notifier?: boolean
    /** Which of the app's providers the accounts use (its token URL pointed at the local server). Default 'microsoft'. */
    provider?: 'microsoft' | 'google'
    /** Lifetime of refresh tokens (and grants) at the OAuth server; 7 days plays a Google app in Testing. Default 90 days. */
    refreshTokenTtlSeconds?: number
    /** An app registration for client credentials (app-only accounts): its roles, the mailbox it has FullAccess on, and the public certificates uploaded to it (PEM). */
    appOnlyClient?: { clientId: string; clientSecret: string; roles: string[]; mailbox: string; certificates?: string[] }
    /**
     * The platform's email engine (test/e2e/mail-engine/): smtp-server delivers what it accepts into
     * Dovecot, `world.mail` sends outbound email records and reads the inbound accounts, and the
     * notifications become send-ready email records instead of being sent directly. Default false.
     */
    mailEngine?: boolean
    /** SASL mechanisms Dovecot offers; ['xoauth2'] is Outlook's offer (and the instance's mechanism). Default both. */
    imapMechanisms?: Array<'xoauth2' | 'oauthbearer'>
}

export interface Mailbox {
    /** The sys_email_account's sys_id: the token's requestor. */
    sysId: string
    name: string
    /** The mailbox's login at the provider and at Dovecot. */
    login: string
    type: 'imap' | 'smtp'
}

export interface JobRun {
    /** Platform time of the run, ms. */
    at: number
    tokenRequests: TokenRequestRecord[]
    events: QueuedEvent[]
    /** GlideRecord queries and writes the run made, all tables. */
    queries: number
    writes: number
    notifications: SentNotification[]
}

export class World {
    readonly runs: JobRun[] = []
    readonly notifications: SentNotification[] = []
    /** The outbound account the platform sends notifications through, when the world has one. */
    notifier: Mailbox | undefined
    /** The platform's email sender and reader, with `mailEngine: true`. */
    mail: MailEngine | undefined

    private constructor(
        public runner: BuiltAppRunner,
        readonly oauth: OAuthServer,
        readonly dovecot: DovecotServer,
        readonly smtp: TestSmtpServer,
        readonly transport: HttpTransport,
        readonly client: { clientId: string; clientSecret: string },
        readonly profileId: string,
        readonly entityId: string,
    ) {}

    /** Builds nothing: reads dist/app as `npm run build` left it. Starts the servers; stop() ends them. */
    static async start(options: WorldOptions = {}): Promise<World> {
        const runner = new BuiltAppRunner()
        // The simulated day starts now, on a whole second (the server's token expiries are whole seconds).
        const startMs = Math.floor(Date.now() / 1000) * 1000
        const client = { clientId: 'servicenow-email', clientSecret: `secret-${process.pid}-${startMs}` }
        const started: { stop(): Promise<void> }[] = []
        try {
            const oauth = await startOAuthServer({
                clients: [
                    { clientId: client.clientId, clientSecret: client.clientSecret, redirectUris: [REDIRECT_URI] },
                    ...(options.appOnlyClient ? [{ ...options.appOnlyClient, redirectUris: [], grantTypes: ['client_credentials'] }] : []),
                ],
                rotateRefreshToken: options.rotateRefreshToken ?? false,
                accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
                ...(options.refreshTokenTtlSeconds ? { refreshTokenTtlSeconds: options.refreshTokenTtlSeconds } : {}),
                entraRoutes: true,
                simulatedClockMs: startMs,
            })
            started.push(oauth)
            const mailServer = { introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer }
            const dovecot = await startDovecot({ ...mailServer, ...(options.imapMechanisms ? { mechanisms: options.imapMechanisms } : {}) })
            started.push(dovecot)
            const smtp = await startSmtpServer({
                ...mailServer,
                requiredScope: MICROSOFT.scope.smtp,
                refusal: options.provider === 'google' ? 'xoauth2-challenge' : 'exchange',
                ...(options.mailEngine ? { deliver: (recipient: string, message: Buffer) => dovecot.deliver(recipient, message) } : {}),
            })
            started.push(smtp)

            runner.installApp(startMs)
            const preset = options.provider === 'google' ? GOOGLE : MICROSOFT
            const entity = platform.db.rows('oauth_entity').find((row) => row.name === preset.entityName)
            const profile = platform.db.rows('oauth_entity_profile').find((row) => row.name === preset.profileName)
            if (!entity || !profile) throw new Error(`dist/app has no "${preset.entityName}" provider or profile: check fluent/providers/ and rebuild.`)
            // What the admin types on the Application Registry form after installing.
            platform.db.update('oauth_entity', String(entity.sys_id), { client_id: client.clientId, client_secret: client.clientSecret, token_url: oauth.tokenUrl })
            const transport = createHttpTransport(options.tokenRequestTimeoutMs)
            platform.oauth.transport = transport.transport
            const world = new World(runner, oauth, dovecot, smtp, transport, client, String(profile.sys_id), String(entity.sys_id))
            if (options.mailEngine) world.mail = new MailEngine({ smtp, dovecot }, () => world.runner)
            if (options.notifier ?? true) {
                world.notifier = world.configureOutboundAccount()
                await world.authorize(world.notifier)
            }
            return world
        } catch (error) {
            for (const server of started.reverse()) await server.stop()
            throw error
        }
    }

    /** Adds an active OAuth IMAP account for each login, one of the instance's inbound mailboxes, and authorizes it. */
    async addAuthorizedAccount(login: string): Promise<Mailbox> {
        const [mailbox] = await this.addAuthorizedAccounts([login])
        return mailbox
    }

    /** Adds an account for each login and authorizes them, a few at a time (each is a full authorization-code flow). */
    async addAuthorizedAccounts(logins: string[]): Promise<Mailbox[]> {
        const mailboxes = logins.map((login) => this.addAccount(login))
        for (let start = 0; start < mailboxes.length; start += AUTHORIZE_BATCH) {
            await Promise.all(mailboxes.slice(start, start + AUTHORIZE_BATCH).map((mailbox) => this.authorize(mailbox)))
        }
        return mailboxes
    }

    /** Adds an active OAuth IMAP account on the Microsoft profile (not yet authorized). */
    addAccount(login: string, name = `Mailbox ${login}`): Mailbox {
        const sysId = platform.db.insert('sys_email_account', {
            name,
            type: 'imap',
            active: true,
            authentication: 'oauth2',
            oauth_profile: this.profileId,
            server: this.dovecot.host,
            port: String(this.dovecot.port),
            enable_ssl: false,
            user_name: login,
        })
        return { sysId, name, login, type: 'imap' }
    }

    /**
     * "Authorize Email Account Access": the mailbox signs in at the OAuth server (authorization-code
     * flow over HTTP) and the platform stores the tokens for the account and its profile.
     */
    async authorize(mailbox: Mailbox, signInAs = mailbox.login): Promise<StoredToken> {
        const tokens = await issueTokens(this.oauth, {
            ...this.client,
            redirectUri: REDIRECT_URI,
            login: signInAs,
            scope: mailbox.type === 'smtp' ? SMTP_SCOPE : IMAP_SCOPE,
        })
        const entity = platform.db.row('oauth_entity', this.entityId)
        return platform.oauth.setToken(mailbox.sysId, this.profileId, {
            accessToken: tokens.access_token,
            accessExpiresInSeconds: tokens.expires_in,
            refreshToken: tokens.refresh_token ?? null,
            refreshExpiresInSeconds: tokens.refresh_token ? Number(entity?.refresh_token_lifespan ?? 0) || null : null,
            scope: tokens.scope,
            idToken: tokens.id_token ?? null,
        })
    }

    /** Upgrades the installed app to the build in `appDir` (see BuiltAppRunner.upgradeApp): the instance's data stays. */
    upgradeTo(appDir: string): void {
        const upgraded = new BuiltAppRunner(appDir)
        upgraded.upgradeApp()
        this.runner = upgraded
    }

    /** Moves the platform clock and the OAuth server's clock forward together. */
    async advance(seconds: number): Promise<void> {
        platform.clock.advanceSeconds(seconds)
        await this.oauth.control.advanceClock(seconds)
    }

    /** One run of the built refresh job, then the notifications its events trigger. */
    async runJob(): Promise<JobRun> {
        return this.runBuilt(() => this.runner.runRefreshJob())
    }

    /** One run of another of the app's scheduled jobs (e.g. the hourly time to failure and expiry warnings), then its notifications. */
    async runScheduledJob(name: string): Promise<JobRun> {
        return this.runBuilt(() => this.runner.runScheduledJob(name))
    }

    private async runBuilt(execute: () => void): Promise<JobRun> {
        const requestsBefore = platform.oauth.requests.length
        const eventsBefore = platform.events.length
        platform.stats.reset()
        execute()
        const run: JobRun = {
            at: platform.clock.now(),
            tokenRequests: platform.oauth.requests.slice(requestsBefore),
            events: platform.events.slice(eventsBefore),
            queries: platform.stats.totalQueries(),
            writes: platform.stats.totalWrites(),
            notifications: [],
        }
        for (const event of run.events) {
            this.runner.runScriptActions(event)
            const record = platform.db.row(event.table, event.sysId)
            for (const rendered of notificationsFor(this.runner.app, event, record)) {
                const sent = this.mail ? queueNotification(this.mail, rendered) : await sendNotification(rendered, this.outbound())
                run.notifications.push(sent)
                this.notifications.push(sent)
            }
        }
        this.runs.push(run)
        return run
    }

    /** `count` runs, one every 3 simulated minutes; `afterRun` sees each run before the clock moves on. */
    async runEvery(count: number, afterRun?: (run: JobRun, index: number) => Promise<void> | void): Promise<JobRun[]> {
        const runs: JobRun[] = []
        for (let index = 0; index < count; index++) {
            const run = await this.runJob()
            runs.push(run)
            await afterRun?.(run, index)
            await this.advance(RUN_INTERVAL_SECONDS)
        }
        return runs
    }

    health(mailbox: Mailbox): Row | undefined {
        const rows = platform.db.rows(HEALTH_TABLE).filter((row) => row.email_account === mailbox.sysId)
        if (rows.length > 1) throw new Error(`${rows.length} health rows for ${mailbox.name}: the job must keep one row per account`)
        return rows[0]
    }

    token(mailbox: Mailbox): StoredToken | undefined {
        return platform.oauth.token(mailbox.sysId, this.profileId)
    }

    /** Seconds the account's stored access token has left on the platform clock (negative once expired). */
    accessSecondsLeft(mailbox: Mailbox): number {
        const expiresAt = this.token(mailbox)?.accessExpiresAt
        return expiresAt == null ? -Infinity : (expiresAt - platform.clock.now()) / 1000
    }

    /** When the OAuth server says the account's stored access token expires (its introspected `exp`), ms; null if it does not know the token. */
    async providerExpiresAt(mailbox: Mailbox): Promise<number | null> {
        const claims = await introspect(this.oauth.introspectionUrl, this.oauth.resourceServer.clientId, this.oauth.resourceServer.clientSecret, this.token(mailbox)?.accessToken ?? '')
        return typeof claims.exp === 'number' ? claims.exp * 1000 : null
    }

    events(mailbox: Mailbox): QueuedEvent[] {
        return platform.events.filter((event) => event.parm1 === mailbox.sysId)
    }

    tokenRequests(mailbox: Mailbox): TokenRequestRecord[] {
        return platform.oauth.requests.filter((request) => request.parameters.oauth_requestor === mailbox.sysId)
    }

    /** Logs in to Dovecot as the mailbox with its current access token (or the one given). */
    imapLogin(mailbox: Mailbox, accessToken = this.token(mailbox)?.accessToken ?? ''): Promise<ImapLoginOutcome> {
        return imapLogin(this.dovecot, mailbox.login, accessToken)
    }

    /** Logs in to the SMTP server as the notifier with its current access token. */
    smtpLogin(): Promise<boolean> {
        return smtpLogin(this.outbound())
    }

    /**
     * After a run, every mailbox refreshed in it logs in with its new token (IMAP, or SMTP for the
     * notifier), and with `everyImapMailbox`, every IMAP mailbox does (an SMTP login costs about
     * 0.2 s, so the notifier logs in after its refreshes only). Returns a line for each failed login.
     */
    async loginsAfterRun(run: JobRun, mailboxes: Mailbox[], everyImapMailbox = false): Promise<string[]> {
        const refreshed = new Set(run.tokenRequests.map((request) => request.parameters.oauth_requestor))
        const due = mailboxes.filter((mailbox) => refreshed.has(mailbox.sysId) || (everyImapMailbox && mailbox.type === 'imap'))
        const outcomes = await Promise.all(
            due.map(async (mailbox) => {
                const outcome = mailbox.type === 'smtp' ? ((await this.smtpLogin()) ? 'logged_in' : 'rejected') : await this.imapLogin(mailbox)
                return outcome === 'logged_in' ? '' : `${new Date(run.at).toISOString()} ${mailbox.login}: ${outcome}`
            }),
        )
        return outcomes.filter((line) => line !== '')
    }

    async stop(): Promise<void> {
        await this.transport.close()
        await Promise.all([this.smtp.stop(), this.dovecot.stop(), this.oauth.stop()])
    }

    private outbound(): OutboundAccount {
        return {
            host: this.smtp.host,
            port: this.smtp.port,
            certificate: this.smtp.certificate,
            user: this.notifier?.login ?? '',
            accessToken: this.notifier ? (this.token(this.notifier)?.accessToken ?? null) : null,
        }
    }

    /** The app's outbound (SMTP) account, activated for a notifier mailbox: the platform sends notifications through it. */
    private configureOutboundAccount(): Mailbox {
        const outbound = platform.db.rows('sys_email_account').find((row) => row.type === 'smtp' && row.oauth_profile === this.profileId)
        if (!outbound) throw new Error('dist/app has no OAuth SMTP account on the Microsoft profile: check fluent/email-accounts.now.ts and rebuild.')
        const login = 'notifications@example.com'
        platform.db.update('sys_email_account', String(outbound.sys_id), {
            active: true,
            server: this.smtp.host,
            port: String(this.smtp.port),
            user_name: login,
            email_user_label: login,
            from: login,
        })
        return { sysId: String(outbound.sys_id), name: String(outbound.name), login, type: 'smtp' }
    }
}

/** A notification as the platform generates it when the mail engine runs: a send-ready email record. */
function queueNotification(mail: MailEngine, rendered: RenderedNotification): SentNotification {
    const email = mail.queueEmail({
        to: [...(rendered.recipientGroups.length > 0 ? [NOTIFICATION_RECIPIENT] : []), ...rendered.eventRecipients],
        subject: rendered.subject,
        bodyText: rendered.text || `${rendered.notification}\n${rendered.event.name} ${rendered.event.parm2}`,
        fields: { target_table: rendered.event.table, instance: rendered.event.sysId },
    })
    return { ...rendered, delivered: false, email }
}
