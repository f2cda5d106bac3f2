/**
 * Time to failure end to end: the BUILT horizons job and the BUILT overview API over a world with one
 * mailbox of each cause the world can hold (a refresh that fails, a refresh token that ends, a
 * recorded client secret, an app-only account, a password account at Microsoft), against the real
 * OAuth server. The job stores each mailbox's time to failure and sends the warnings that are due
 * (notifications rendered and delivered over SMTP); the page's answer lists the accounts soonest
 * first, each with its cause and its single action, and offers Re-authorize only where a person signs in.
 * (A Google app in Testing needs a Google provider: test/horizons/ covers that cause.)
 */
import { CREDENTIAL_EXPIRING_EVENT, HORIZON_APPROACHING_EVENT, HEALTH_TABLE, CREDENTIAL_TABLE, ADMIN_ROLE } from '../../src/common/app.ts'
import type { Overview } from '../../src/overview/view-model.ts'
import { formatGlideDateTime, parseGlideDateTime, platform } from '../stand-ins/platform.ts'
import { startOverviewServer, type OverviewServer } from '../browser/overview-server.ts'
import { World, type Mailbox } from './world.ts'

const HORIZONS_JOB = 'Email OAuth Manager: time to failure and expiry warnings'
const DAY = 86400000

jest.setTimeout(120_000)

let world: World
let server: OverviewServer
const box: Record<'failing' | 'ending' | 'healthy' | 'graph', Mailbox> = {} as never
let relayId = ''

async function getOverview(query = ''): Promise<Overview> {
    const html = await (await fetch(server.pageUrl)).text()
    const token = /window\.g_ck = "([0-9a-f]+)"/.exec(html)?.[1] ?? ''
    const response = await fetch(`${server.origin}/api/x_mail_oauth/overview/${query}`, { headers: { 'X-UserToken': token, Accept: 'application/json' } })
    expect(response.status).toBe(200)
    return ((await response.json()) as { result: Overview }).result
}

beforeAll(async () => {
    world = await World.start()
    box.failing = world.addAccount('failing@contoso.example', 'Failing inbox')
    await world.authorize(box.failing)
    // The others (the world's outbound account too) are authorized half an hour later, so the failing mailbox is due alone.
    await world.advance(1800)
    await world.authorize(world.notifier as Mailbox)
    box.ending = world.addAccount('ending@contoso.example', 'Ending inbox')
    const ending = await world.authorize(box.ending)
    ending.refreshExpiresAt = platform.clock.now() + 10 * DAY
    box.healthy = world.addAccount('healthy@contoso.example', 'Healthy inbox')
    await world.authorize(box.healthy)
    const appOnlyProfile = platform.db.insert('oauth_entity_profile', { name: 'Graph app-only profile', oauth_entity: world.entityId, grant_type: 'client_credentials', default: false })
    box.graph = world.addAccount('graph@contoso.example', 'Graph app-only')
    platform.db.update('sys_email_account', box.graph.sysId, { oauth_profile: appOnlyProfile })
    relayId = platform.db.insert('sys_email_account', { name: 'Printer relay', type: 'smtp', active: true, authentication: 'password', server: 'smtp.office365.com', user_name: 'printer@contoso.example' })
    platform.db.insert(CREDENTIAL_TABLE, { provider: world.entityId, kind: 'secret', expires: formatGlideDateTime(platform.clock.now() + 20 * DAY).slice(0, 10), active: true })
    await world.runJob()
    // The failing mailbox's token is due (the others have half an hour left); the provider answers 503.
    await world.advance(1800 - 120)
    await world.oauth.control.setFault('unavailable', { grantType: 'refresh_token' })
    await world.runJob()
    await world.oauth.control.setFault('none')
    server = await startOverviewServer(world.runner)
    server.user = { sysId: 'a'.repeat(32), userName: 'mail.admin', roles: [ADMIN_ROLE] }
})

afterAll(async () => {
    await server?.stop()
    await world?.stop()
})

describe('the built horizons job and overview over one mailbox of each cause', () => {
    it('stores each mailbox\'s time to failure, cause and single action on its health row', async () => {
        const run = await world.runScheduledJob(HORIZONS_JOB)
        const row = (mailbox: Mailbox) => platform.db.rows(HEALTH_TABLE).find((r) => r.email_account === mailbox.sysId)
        expect(world.health(box.failing)?.status).toBe('refresh_failing')
        expect(row(box.failing)).toMatchObject({ failure_cause: 'access_token_ends', failure_action: 'refresh_now' })
        expect(row(box.ending)).toMatchObject({ failure_cause: 'refresh_token_ends', failure_action: 'reauthorize' })
        expect(row(box.healthy)).toMatchObject({ failure_cause: 'client_secret_expires', failure_action: 'renew_secret' })
        expect(parseGlideDateTime(String(row(box.failing)?.time_to_failure))).toBeLessThan(parseGlideDateTime(String(row(box.ending)?.time_to_failure)))
        // The warnings due, one each, delivered: the secret (20 days: the 30-day warning), the Basic-auth cut-off
        // (the world's clock is 25 days before it: the 30-day one) and the refresh token's end (10 days: the 14-day one).
        const days = Math.round((Date.UTC(2026, 11, 31) - Date.UTC(new Date(platform.clock.now()).getUTCFullYear(), new Date(platform.clock.now()).getUTCMonth(), new Date(platform.clock.now()).getUTCDate())) / DAY)
        expect(run.events.map((e) => [e.name, e.name === HORIZON_APPROACHING_EVENT ? e.parm1.split(':')[0] : '', e.parm2]).sort()).toEqual(
            [
                [CREDENTIAL_EXPIRING_EVENT, '', '20'],
                [HORIZON_APPROACHING_EVENT, 'basic_auth_cutoff', String(days)],
                [HORIZON_APPROACHING_EVENT, 'refresh_token_ends', '10'],
            ].sort(),
        )
        expect(run.notifications.length).toBeGreaterThanOrEqual(3)
        for (const sent of run.notifications) expect(sent.delivered).toBe(true)
        const again = await world.runScheduledJob(HORIZONS_JOB)
        expect(again.events).toEqual([])
    })

    it('answers the page soonest first, each with its cause and one action, Re-authorize only where a person signs in', async () => {
        const overview = await getOverview()
        const view = (mailbox: Mailbox) => overview.accounts.find((a) => a.sysId === mailbox.sysId)
        const order = overview.accounts.map((a) => a.sysId)
        expect(order.indexOf(box.failing.sysId)).toBeLessThan(order.indexOf(box.ending.sysId))
        expect(order.indexOf(box.ending.sysId)).toBeLessThan(order.indexOf(box.healthy.sysId))
        expect(view(box.failing)?.timeToFailure).toMatchObject({ cause: 'access_token_ends', action: 'refresh_now' })
        expect(view(box.ending)?.timeToFailure).toMatchObject({ cause: 'refresh_token_ends', action: 'reauthorize' })
        expect(view(box.healthy)?.timeToFailure).toMatchObject({ cause: 'client_secret_expires', action: 'renew_secret' })
        expect(view(box.graph)).toMatchObject({ appOnly: true, links: { reauthorize: null } })
        expect(view(box.ending)?.links.reauthorize).toMatch(/^\/oauth_initiator\.do\?/)
        // The app-only account never got a token (its profile has no scope): it has stopped, and the banner says so first.
        expect(world.health(box.graph)?.status).toBe('misconfigured')
        expect(overview.stopping.map((s) => [s.sysId, s.cause, s.action, s.stopped])).toEqual([
            [box.graph.sysId, 'no_access_token', 'check_setup', true],
            [box.failing.sysId, 'access_token_ends', 'refresh_now', false],
        ])
        expect(overview.bannerTitle).toBe('1 mailbox has stopped; 1 mailbox stops within 7 days unless someone acts')
        expect(overview.credentials).toEqual([expect.objectContaining({ daysLeft: 20, kind: 'secret', mailboxCount: expect.any(Number), overriddenBy: null })])
        expect(overview.basicAuth).toEqual({ total: 1, accounts: [expect.objectContaining({ sysId: relayId, action: 'prepare_oauth_switch', provider: 'Microsoft', stopsOn: '2026-12-31', stopsWords: expect.stringMatching(/^Mail stops on 2026-12-31 \(in \d+ days\) unless the tenant enables Basic SMTP AUTH again: .*final removal.*second half of 2027/) })] })
        const failing = await getOverview('?status=refresh_failing')
        expect(failing.accounts.map((a) => a.sysId)).toEqual([box.failing.sysId])
    })
})
