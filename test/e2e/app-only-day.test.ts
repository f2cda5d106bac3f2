/**
 * An app-only (client credentials) account kept fresh for a simulated day by the built app: the
 * SMTP send-as-app preset from dist/app, filled in as an admin would, against the real OAuth
 * server's client-credentials grant. The mailbox logs in to the real SMTP server and to Dovecot
 * with the token the platform holds after every run that changed it: nobody ever authorizes.
 */
import { EVENT, STATUS } from '../../src/common/app.ts'
import { MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import { platform } from '../stand-ins/platform.ts'
import { floorRequests, TARGETS } from '../bench/simulation.ts'
import { smtpLogin } from './runner/notifications.ts'
import { RUN_INTERVAL_SECONDS, World, type Mailbox } from './world.ts'

const RUNS_PER_DAY = (24 * 3600) / RUN_INTERVAL_SECONDS
const APP = { clientId: '5d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', clientSecret: `app-only-${process.pid}`, roles: ['SMTP.SendAsApp', 'Mail.ReadWrite', 'Mail.Send'], mailbox: 'servicedesk@example.com' }

let world: World
let mailbox: Mailbox
let profileId: string
/** The token the platform holds for the account under its app-only profile (World's helpers assume the delegated profile). */
const stored = () => platform.oauth.token(mailbox.sysId, profileId)
const failedLogins: string[] = []
const expiredAtARun: string[] = []
let logins = 0

beforeAll(async () => {
    world = await World.start({ notifier: false, appOnlyClient: APP })
    // What the admin fills in on the app-only preset (first install, inactive) after installing.
    const entity = platform.db.rows('oauth_entity').find((row) => row.name === MICROSOFT_APP_ONLY.entityName)!
    platform.db.update('oauth_entity', String(entity.sys_id), { client_id: APP.clientId, client_secret: APP.clientSecret, token_url: world.oauth.tokenUrl, active: true })
    const account = platform.db.rows('sys_email_account').find((row) => row.name === 'Microsoft 365 app-only send (SMTP.SendAsApp)')!
    platform.db.update('sys_email_account', String(account.sys_id), { active: true, server: world.smtp.host, port: String(world.smtp.port), user_name: APP.mailbox, email_user_label: APP.mailbox, from: APP.mailbox })
    mailbox = { sysId: String(account.sys_id), name: String(account.name), login: APP.mailbox, type: 'smtp' }
    profileId = String(account.oauth_profile)

    let lastToken = ''
    await world.runEvery(RUNS_PER_DAY, async (run) => {
        if ((stored()?.accessExpiresAt ?? 0) <= platform.clock.now()) expiredAtARun.push(new Date(run.at).toISOString())
        const token = stored()?.accessToken ?? ''
        if (token !== lastToken) {
            lastToken = token
            logins += 1
            const outbound = { host: world.smtp.host, port: world.smtp.port, certificate: world.smtp.certificate, user: APP.mailbox, accessToken: token }
            if (!(await smtpLogin(outbound))) failedLogins.push(`SMTP ${new Date(run.at).toISOString()}`)
            if ((await world.imapLogin(mailbox, token)) !== 'logged_in') failedLogins.push(`IMAP ${new Date(run.at).toISOString()}`)
        }
    })
}, 180000)

afterAll(async () => {
    await world?.stop()
})

it('gets the first token itself and keeps the account able to send all day: no expired token at any run, every new token logs in', () => {
    expect(world.runs).toHaveLength(RUNS_PER_DAY)
    expect(world.runs[0].tokenRequests.map((request) => request.grantType)).toEqual(['client_credentials'])
    expect(expiredAtARun).toEqual([])
    expect(failedLogins).toEqual([])
    expect(logins).toBeGreaterThanOrEqual(24)
})

it('asks the real provider for a client-credentials token at most 26 times a day (the benchmark target) and no fewer than the floor, never a refresh token', async () => {
    const requests = world.tokenRequests(mailbox)
    expect(requests.length).toBeLessThanOrEqual(TARGETS.maxRequestsPerAccountDay)
    // The floor: the first token at the first run, then a refresh at the last run before one that would find it expired.
    const firstLifetimeSeconds = (JSON.parse(requests[0].reply?.body ?? '{}') as { expires_in: number }).expires_in
    expect(requests.length).toBeGreaterThanOrEqual(1 + floorRequests(world.runs.map((run) => run.at), world.runs[0].at + firstLifetimeSeconds * 1000, firstLifetimeSeconds))
    expect(requests.every((request) => request.grantType === 'client_credentials' && request.entityName === '' && request.stored && request.reply?.status === 200)).toBe(true)
    expect(requests.every((request) => request.call?.form.scope === MICROSOFT_APP_ONLY.scope.smtp)).toBe(true)
    // The app keeps the token of the provider's last answer, and never asks for a refresh token.
    expect(stored()?.accessToken).toBe((JSON.parse(requests[requests.length - 1].reply?.body ?? '{}') as { access_token?: string }).access_token)
    expect(stored()?.refreshToken ?? null).toBeNull()
    expect((await world.oauth.control.stats()).byGrantType.refresh_token ?? 0).toBe(0)
})

it('records the account ok, with no refresh token expiry and no event at all', () => {
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok, last_error_code: '', refresh_token_expires: '' })
    expect(world.events(mailbox)).toEqual([])
    expect(world.events(mailbox).map((event) => event.name)).not.toContain(EVENT.needsAuthorization)
})

it('has replaced its first app token, whose expiry the platform and the provider agree has passed', async () => {
    const first = world.tokenRequests(mailbox)[0]
    const firstToken = JSON.parse(first.reply?.body ?? '{}').access_token as string
    expect(stored()?.accessToken).not.toBe(firstToken)
    expect(await world.imapLogin(mailbox, firstToken)).toBe('rejected')
})
