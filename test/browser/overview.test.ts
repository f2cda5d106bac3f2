/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
/**
 * The overview page in a real browser: Debian's Chromium, driven by playwright-core, loads the page
 * and its bundle exactly as built in dist/app from a loopback web tier (overview-server.ts) whose
 * REST calls run the built handlers in the instance realm, against the stand-in tables and the real
 * OAuth server, Dovecot and SMTP server of the end-to-end world. No browser is downloaded: without
 * /usr/bin/chromium this test fails and says how to install it.
 *
 * Each test opens its own browser context, signed in as an admin of the app, with the page's clock
 * installed at the instance's (simulated) time and paused: countdowns move only when a test runs the
 * clock, so every time on the page is exact. Nothing waits on the wall clock: each step waits for
 * what it expects to see. The one test that changes the world (Refresh now) has a mailbox of its own,
 * and the 10,000-account world is added and removed around its own tests.
 *
 * Screenshots go to a temporary folder, or to OVERVIEW_SCREENSHOTS_DIR (`npm run screenshots` writes
 * docs/screenshots/, which docs/overview.md shows).
 */
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { ADMIN_ROLE, CREDENTIAL_TABLE, HEALTH_TABLE, PROPERTY, STATUS, VIEWER_ROLE } from '../../src/common/app.ts'
import type { Overview } from '../../src/overview/view-model.ts'
import { formatGlideDateTime, parseGlideDateTime, platform } from '../stand-ins/platform.ts'
import { World, type Mailbox } from '../e2e/world.ts'
import { startOverviewServer, type OverviewServer } from './overview-server.ts'

const CHROMIUM = '/usr/bin/chromium'
/** The flags every headless Chromium run here uses (BRIEF): nothing reaches out, nothing is kept. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const SCREENSHOTS = process.env.OVERVIEW_SCREENSHOTS_DIR ? resolve(process.env.OVERVIEW_SCREENSHOTS_DIR) : mkdtempSync(join(tmpdir(), 'overview-screenshots-'))
const HORIZONS_JOB = 'Email OAuth Manager: time to failure and expiry warnings'
const DAY = 86400000
const ADMIN = { sysId: 'a'.repeat(32), userName: 'mail.admin', roles: [ADMIN_ROLE] }

jest.setTimeout(180_000)

let world: World
let server: OverviewServer
let browser: Browser
const box: Record<'billing' | 'sales' | 'support' | 'hr' | 'legacy' | 'old' | 'fresh' | 'due' | 'graph', Mailbox> = {} as never
let relayId = ''

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed (${CHROMIUM}): run \`npm run setup\` (apt-get install chromium). The browser test never downloads a browser.`)
    world = await World.start()
    // The scenario's timeline refreshes inside a 10-minute window, as an admin may set it (the default refreshes at the floor).
    platform.properties[PROPERTY.refreshWindowSeconds.name] = '600'
    // Authorized 10 minutes after the notifier, so it reaches its refresh window on its own run.
    await world.advance(600)
    box.billing = world.addAccount('billing@contoso.example', 'Billing inbox')
    await world.authorize(box.billing)
    box.due = world.addAccount('due@contoso.example', 'Due inbox')
    await world.authorize(box.due)
    await world.advance(1200)
    box.sales = world.addAccount('sales@contoso.example', 'Sales inbox')
    await world.authorize(box.sales)
    box.support = world.addAccount('support@contoso.example', 'Support inbox')
    const supportToken = await world.authorize(box.support)
    // Its refresh token ends in 5 days (a Google app in testing, say): inside the 7-day warning period.
    supportToken.refreshExpiresAt = platform.clock.now() + 5 * DAY
    box.hr = world.addAccount('hr@contoso.example', 'HR inbox')
    box.legacy = world.addAccount('legacy@contoso.example', 'Legacy inbox')
    platform.db.update('sys_email_account', box.legacy.sysId, { oauth_profile: '' })
    box.old = world.addAccount('old@contoso.example', 'Old inbox')
    await world.authorize(box.old)
    platform.db.update('sys_email_account', box.old.sysId, { active: false })
    // An app-only (client credentials) account: no person signs in, so the page never offers Re-authorize.
    const appOnlyProfile = platform.db.insert('oauth_entity_profile', { name: 'Graph app-only profile', oauth_entity: world.entityId, grant_type: 'client_credentials', default: false })
    box.graph = world.addAccount('graph@contoso.example', 'Graph app-only')
    platform.db.update('sys_email_account', box.graph.sysId, { oauth_profile: appOnlyProfile })
    // A password account at Microsoft: it must move before the Basic-auth cut-off.
    relayId = platform.db.insert('sys_email_account', { name: 'Printer relay', type: 'smtp', active: true, authentication: 'password', server: 'smtp.office365.com', user_name: 'printer@contoso.example' })
    // The provider's client secret, recorded by the admin: it expires in 20 days.
    platform.db.insert(CREDENTIAL_TABLE, { provider: world.entityId, kind: 'secret', expires: formatGlideDateTime(platform.clock.now() + 20 * DAY).slice(0, 10), active: true })
    await world.runJob()

    // 51 minutes after the notifier's authorization: it refreshes; billing and due (41 minutes) do not yet.
    await world.advance(21 * 60)
    await world.runJob()
    // Ten minutes later billing and due are due, and the provider answers 503: their refresh fails.
    await world.advance(10 * 60)
    await world.oauth.control.setFault('unavailable', { grantType: 'refresh_token' })
    await world.runJob()
    await world.oauth.control.setFault('none')
    expect(world.health(box.billing)?.status).toBe(STATUS.refreshFailing)
    expect(world.health(box.due)?.status).toBe(STATUS.refreshFailing)
    // The provider is back and the backoff has passed; the next run is minutes away: due is due now.
    const nextAttempt = parseGlideDateTime(String(world.health(box.due)?.next_attempt))
    await world.advance(Math.max(0, Math.ceil((nextAttempt - platform.clock.now()) / 1000)) + 5)
    box.fresh = world.addAccount('new@contoso.example', 'New inbox')
    await world.authorize(box.fresh)
    // The hourly horizons job stores each mailbox's time to failure, which the page sorts by.
    await world.runScheduledJob(HORIZONS_JOB)

    // The mail-flow job's columns on Sales' health row: a round trip, and (offer mode) emails waiting for Re-send.
    const salesHealth = String(world.health(box.sales)?.sys_id)
    platform.db.update(HEALTH_TABLE, salesHealth, { canary_status: 'ok', canary_last_arrived: String(world.health(box.sales)?.last_checked), round_trip_last: '95', round_trip_median: '120', resend_pending: '3' })

    server = await startOverviewServer(world.runner)
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS })
})

afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await world?.stop()
})

/** One test's own page: a fresh context, signed in as an app admin, its clock paused at the instance's time. */
interface Opened {
    context: BrowserContext
    page: Page
    errors: string[]
    /** The overview the page loaded, as the server answered it. */
    answer: Overview
    /** The instance's clock when it answered (the page counts from there; its own clock stands still). */
    instant: number
}

let opened: Opened

async function open(viewport = { width: 1280, height: 800 }): Promise<Opened> {
    server.user = { ...ADMIN }
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const instant = platform.clock.now()
    await page.clock.install({ time: instant - 60_000 })
    await page.clock.pauseAt(instant)
    const response = page.waitForResponse((candidate) => new URL(candidate.url()).pathname.startsWith('/api/x_mail_oauth/overview') && candidate.request().method() === 'GET')
    await page.goto(server.pageUrl)
    const answer = ((await (await response).json()) as { result: Overview }).result
    await page.getByRole('heading', { level: 1 }).waitFor()
    return { context, page, errors, answer, instant: Date.parse(answer.generatedAt) }
}

beforeEach(async () => {
    opened = await open()
})

afterEach(async () => {
    await opened?.context.close()
})

function card(mailbox: Mailbox) {
    return opened.page.locator(`article#account-${mailbox.sysId}`)
}

describe('the overview page, built, in Chromium', () => {
    it('shows every account with its status in colour and word, the summary the server counted and the banner', async () => {
        const { page, answer } = opened
        const expected: [Mailbox, string, string][] = [
            [box.sales, 'ok', 'OK'],
            [box.hr, 'needs_authorization', 'Needs authorization'],
            [box.billing, 'refresh_failing', 'Refresh failing'],
            [box.legacy, 'misconfigured', 'Misconfigured'],
            [box.old, 'inactive', 'Inactive'],
            [box.fresh, 'not_checked', 'Not checked yet'],
        ]
        for (const [mailbox, status, word] of expected) {
            await expect(card(mailbox).getAttribute('data-status')).resolves.toBe(status)
            await expect(card(mailbox).locator('.eom-badge').innerText()).resolves.toBe(word)
        }
        const okColour = await card(box.sales).locator('.eom-badge').evaluate((element) => getComputedStyle(element).backgroundColor)
        const failingColour = await card(box.hr).locator('.eom-badge').evaluate((element) => getComputedStyle(element).backgroundColor)
        expect(okColour).not.toBe(failingColour)

        await expect(page.getByRole('status').first().innerText()).resolves.toBe(`${answer.summary.total} OAuth email accounts: ${answer.summary.line}`)
        // Legacy (no profile) and the app-only account without permissions are misconfigured; Refresh now may have turned Due OK.
        expect(answer.summary.line).toMatch(/^1 needs authorization, 2 misconfigured, [12] refresh failing, 1 not checked yet, [34] OK, 5 inactive$/)
        // Those with no token at all have stopped (never authorized, no profile, an app without permissions); the banner says so apart.
        const banner = await page.getByRole('region', { name: /^3 mailboxes have stopped; \d mailboxes? stops? within 7 days unless someone acts$/ }).innerText()
        expect(banner).toMatch(/HR inbox \(hr@contoso\.example\): stopped .*, because it has no token at all \(never authorized, or the provider issued none\): re-authorize the account/)
        expect(banner).toMatch(/Billing inbox \(billing@contoso\.example\): .*its access token ends and refreshing it is failing or blocked: refresh now once the provider answers again/)
        expect(banner).toMatch(/Support inbox \(support@contoso\.example\): .*, when its refresh token ends and no refresh renews it before then: re-authorize the account/)
        await expect(card(box.hr).innerText()).resolves.toMatch(/What to do: No token is stored for this mailbox: click Re-authorize/)
        await expect(card(box.billing).innerText()).resolves.toMatch(/Inbound \(IMAP\) · Microsoft 365 Email/)
        await expect(card(box.sales).locator('a', { hasText: 'Account form' }).getAttribute('href')).resolves.toBe(`/sys_email_account.do?sys_id=${box.sales.sysId}`)
        await expect(card(box.sales).locator('a', { hasText: 'Provider form' }).getAttribute('href')).resolves.toBe(`/oauth_entity.do?sys_id=${world.entityId}`)
    })

    it('gives each mailbox its time to failure, its cause and the one action that moves it, soonest first', async () => {
        const ttf = (mailbox: Mailbox) => card(mailbox).getByTestId('time-to-failure')
        await expect(ttf(box.sales).getAttribute('data-cause')).resolves.toBe('client_secret_expires')
        await expect(ttf(box.sales).innerText()).resolves.toMatch(/^Stops in 19 d \d+ h .*: the provider's client secret expires\. What moves it: Create a new client secret/)
        await expect(ttf(box.support).getAttribute('data-cause')).resolves.toBe('refresh_token_ends')
        await expect(ttf(box.billing).getAttribute('data-action')).resolves.toBe('refresh_now')
        await expect(ttf(box.hr).innerText()).resolves.toMatch(/^Stopped .* ago \(.*\): it has no token at all \(never authorized, or the provider issued none\)\. What moves it: Re-authorize the account/)
        await expect(ttf(box.old).innerText()).resolves.toBe('Stops: no end known (inactive: carries no mail)')
        const order = await opened.page.locator('article').evaluateAll((cards) => cards.map((element) => element.querySelector('h2')?.textContent ?? ''))
        expect(order.indexOf('Billing inbox')).toBeLessThan(order.indexOf('Support inbox'))
        expect(order.indexOf('Support inbox')).toBeLessThan(order.indexOf('Sales inbox'))
        expect(order.indexOf('Sales inbox')).toBeLessThan(order.indexOf('Old inbox'))
    })

    it('shows the client credentials with the mailboxes each stops, and the Basic-auth accounts with their next step and days left', async () => {
        const { page, answer } = opened
        const credentials = page.getByRole('region', { name: 'Client credentials' })
        const row = credentials.getByTestId('credential-row')
        await expect(row.count()).resolves.toBe(1)
        await expect(row.innerText()).resolves.toMatch(/Microsoft 365 Email\s+Client secret\s+\d{4}-\d{2}-\d{2} \(in 20 days\)\s+Typed by an admin\s+To renew: Create a new client secret[^\n]*set Expires[^\n]*Client credentials[^\n]*\s+\d+: .*sales@contoso\.example/)
        const basic = page.getByRole('region', { name: /1 account signs in with a password/ })
        await expect(basic.getByTestId('basic-row').getAttribute('data-action')).resolves.toBe('prepare_oauth_switch')
        await expect(basic.innerText()).resolves.toMatch(
            new RegExp(`Printer relay \\(printer@contoso\\.example\\)\\s+Mail stops on 2026-12-31 \\(in ${answer.basicAuth.accounts[0].daysLeft} days\\) unless the tenant enables Basic SMTP AUTH again: Microsoft disables SMTP AUTH with Basic authentication by default .* until the final removal, which Microsoft will announce for the second half of 2027\\. Switching to OAuth is the lasting fix\\.`),
        )
        await expect(basic.getByRole('link', { name: 'Prepare OAuth switch for Printer relay' }).getAttribute('href')).resolves.toBe(`/sys_email_account.do?sys_id=${relayId}`)
    })

    it('shows who authorized each mailbox, and never offers Re-authorize for an app-only account', async () => {
        await expect(card(box.sales).getByTestId('identity').innerText()).resolves.toMatch(/^(The mailbox|Unknown|not checked yet)$/)
        await expect(card(box.graph).getByTestId('identity').innerText()).resolves.toBe('the app itself (client credentials: no person signs in)')
        await expect(card(box.graph).getByRole('button', { name: /Re-authorize/ }).count()).resolves.toBe(0)
        await expect(card(box.graph).innerText()).resolves.not.toMatch(/Re-authorize|private \(incognito\) window/)
        await expect(card(box.hr).getByRole('button', { name: 'Re-authorize HR inbox' }).count()).resolves.toBe(1)
    })

    it('shows the canary beside the token status, and offers Re-send of the emails that failed during the incident', async () => {
        await expect(card(box.sales).getByTestId('mail-flow').innerText()).resolves.toMatch(/^Round trip OK \(.+\): last round trip 95 s, typical 120 s 3 emails failed during the incident:\s*Re-send/)
        await expect(card(box.sales).getByRole('button', { name: 'Re-send the failed emails of Sales inbox' }).count()).resolves.toBe(1)
    })

    it('counts the access token down on the instance clock, second by second, exactly', async () => {
        const countdown = card(box.sales).getByTestId('countdown')
        // The health row's expiry (whole seconds, as the instance stores a date-time), on the instance's clock when it answered.
        const expires = opened.answer.accounts.find((account) => account.sysId === box.sales.sysId)?.accessTokenExpiresAt as string
        const left = (Date.parse(expires) - opened.instant) / 1000
        const text = (seconds: number) => `${Math.floor(seconds / 60)} min ${Math.floor(seconds % 60)} s left`
        await expect(countdown.innerText()).resolves.toBe(text(left))
        await opened.page.clock.runFor(2000)
        await opened.page.waitForFunction((expected) => Array.from(document.querySelectorAll('[data-testid="countdown"]')).some((element) => element.textContent === expected), text(left - 2))
        await expect(countdown.innerText()).resolves.toBe(text(left - 2))
    })

    it('runs Check setup from the keyboard and shows the findings inline, errors first', async () => {
        const button = card(box.legacy).getByRole('button', { name: 'Check setup of Legacy inbox' })
        await button.focus()
        await opened.page.keyboard.press('Enter')
        const results = card(box.legacy).locator('[aria-live="polite"]')
        await results.getByText(/^Setup check: \d+ errors?/).waitFor()
        const severities = await results.locator('li .eom-badge').allInnerTexts()
        expect(severities[0]).toBe('Error')
        const firstOther = severities.findIndex((word) => word !== 'Error')
        expect(severities.lastIndexOf('Error')).toBeLessThan(firstOther === -1 ? Infinity : firstOther)
        await expect(results.innerText()).resolves.toMatch(/missing_profile/)
    })

    it('refreshes a due account with Refresh now: a real token request, and the row turns OK', async () => {
        const before = world.tokenRequests(box.due).length
        // Without admin the platform reads no token for the user (KB0859525): the page says which role Refresh now needs.
        await card(box.due).getByRole('button', { name: 'Refresh now Due inbox' }).click()
        await card(box.due).getByText(/needs the role admin/).waitFor()
        expect(world.tokenRequests(box.due).length).toBe(before)
        server.user = { ...ADMIN, roles: [ADMIN_ROLE, 'admin'] }
        await card(box.due).getByRole('button', { name: 'Refresh now Due inbox' }).click()
        await card(box.due).getByText(/^Refreshed: a new access token is stored/).waitFor()
        await expect(card(box.due).getAttribute('data-status')).resolves.toBe('ok')
        await expect(card(box.due).locator('.eom-badge').innerText()).resolves.toBe('OK')
        const requests = world.tokenRequests(box.due).slice(before)
        expect(requests.map((request) => request.reply?.status)).toEqual([200])
        expect(requests[0].stored).toBe(true)
        // The new token is real: the mailbox logs in to Dovecot with it.
        await expect(world.imapLogin(box.due)).resolves.toBe('logged_in')
        expect(world.health(box.due)?.status).toBe(STATUS.ok)
        const okBefore = opened.answer.summary.counts.ok
        await expect(opened.page.getByRole('status').first().innerText()).resolves.toMatch(new RegExp(`${okBefore + 1} OK`))
    })

    it('opens the platform authorization for the account with Re-authorize, with the private-window advice beside it', async () => {
        await expect(card(box.hr).innerText()).resolves.toMatch(/Re-authorize in a private \(incognito\) window signed in to the provider as hr@contoso\.example/)
        const [popup] = await Promise.all([opened.context.waitForEvent('page'), card(box.hr).getByRole('button', { name: 'Re-authorize HR inbox' }).click()])
        await popup.waitForLoadState()
        const url = new URL(popup.url())
        expect(`${url.pathname}${url.search}`).toBe(
            `/oauth_initiator.do?oauth_requestor_context=sys_email_account&oauth_requestor=${box.hr.sysId}&oauth_provider_profile=${world.profileId}&response_type=code&login_hint=${encodeURIComponent(box.hr.login)}`,
        )
        await popup.close()
    })

    it('never puts a token or a secret on the page', async () => {
        const html = await opened.page.content()
        const secrets = [world.client.clientSecret]
        for (const token of platform.oauth.tokens.values()) secrets.push(token.accessToken ?? '', token.refreshToken ?? '')
        for (const secret of secrets.filter((value) => value.length >= 8)) expect(html).not.toContain(secret)
        expect(opened.errors).toEqual([])
    })

    it('reads well at 1280×800 and on a narrow window (screenshots)', async () => {
        mkdirSync(SCREENSHOTS, { recursive: true })
        await opened.page.screenshot({ path: join(SCREENSHOTS, 'overview-1280x800.png') })
        await opened.page.screenshot({ path: join(SCREENSHOTS, 'overview-sections.png'), fullPage: true })
        await opened.page.setViewportSize({ width: 420, height: 900 })
        const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow).toBeLessThanOrEqual(0)
        await opened.page.screenshot({ path: join(SCREENSHOTS, 'overview-narrow.png') })
        for (const name of ['overview-1280x800.png', 'overview-sections.png', 'overview-narrow.png']) expect(statSync(join(SCREENSHOTS, name)).size).toBeGreaterThan(10_000)
    })

    it("uses the instance theme's colours", async () => {
        const background = await opened.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
        expect(background).toBe('rgb(250, 251, 251)')
    })

    it('runs Check this instance for an admin: every item answered, through its own API', async () => {
        const section = opened.page.getByTestId('instance-check')
        await section.getByRole('button', { name: 'Check this instance' }).click()
        await section.getByText(/^Checked: \d+ confirmed/).waitFor()
        const statuses = await section.getByTestId('instance-check-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')))
        expect(statuses.length).toBeGreaterThan(10)
        expect(statuses.filter((status) => !['confirmed', 'differs', 'cannot_tell'].includes(String(status)))).toEqual([])
        const calls = server.calls.filter((call) => call.path.replace(/\/$/, '') === '/api/x_mail_oauth/instance_check').map((call) => `${call.method} ${call.status}`)
        // Each load of the page reads the stored answers; the button runs the check once.
        expect({ loads: calls.includes('GET 200'), runs: calls.filter((call) => call.startsWith('POST')) }).toEqual({ loads: true, runs: ['POST 200'] })
    })

    it(`shows ${VIEWER_ROLE} the accounts without Check setup, Refresh now or Re-authorize`, async () => {
        server.user = { sysId: 'c'.repeat(32), userName: 'mail.viewer', roles: [VIEWER_ROLE] }
        const callsBefore = server.calls.length
        await opened.page.reload()
        await opened.page.locator('article').first().waitFor()
        await opened.page.getByTestId('instance-check-row').first().waitFor()
        expect(server.calls.slice(callsBefore).map((call) => `${call.path.replace(/\/$/, '')} ${call.status}`).sort()).toEqual(['/api/x_mail_oauth/instance_check 200', '/api/x_mail_oauth/overview 200'])
        await expect(opened.page.getByRole('button', { name: /Check setup|Refresh now|Re-authorize|Check this instance/ }).count()).resolves.toBe(0)
        await expect(opened.page.getByText(/View only: .*x_mail_oauth\.admin/).first().isVisible()).resolves.toBe(true)
    })

    it(`refuses a user without ${ADMIN_ROLE} (403 shown), before any handler runs`, async () => {
        server.user = { sysId: 'b'.repeat(32), userName: 'itil.user', roles: ['itil'] }
        const callsBefore = server.calls.length
        await opened.page.reload()
        const alert = opened.page.getByRole('alert')
        await alert.waitFor()
        await expect(alert.innerText()).resolves.toMatch(/You may not use this page[\s\S]*x_mail_oauth\.admin[\s\S]*403/)
        expect(server.calls.slice(callsBefore).map((call) => call.status)).toEqual([403])
        await expect(opened.page.locator('article').count()).resolves.toBe(0)
        expect(platform.db.rows(HEALTH_TABLE).length).toBeGreaterThan(0)
    })
})

describe('the overview page with 10,000 accounts', () => {
    const added: { table: string; sysId: string }[] = []
    const SCALE = 10_000

    beforeAll(() => {
        // Seeded as the refresh and horizons jobs would have left them: most OK, some failing, a few stopping soon.
        const now = platform.clock.now()
        for (let i = 0; i < SCALE; i++) {
            const status = i % 100 === 0 ? STATUS.needsAuthorization : i % 50 === 0 ? STATUS.refreshFailing : STATUS.ok
            const accountId = platform.db.insert('sys_email_account', { name: `Bulk ${String(i).padStart(5, '0')}`, type: 'imap', active: true, authentication: 'oauth2', oauth_profile: world.profileId, user_name: `bulk${i}@contoso.example` })
            const stops = status === STATUS.ok ? now + (30 + (i % 60)) * DAY : now + ((i % 7) + 1) * 3600000
            const healthId = platform.db.insert(HEALTH_TABLE, {
                email_account: accountId,
                oauth_profile: world.profileId,
                status,
                access_token_expires: formatGlideDateTime(status === STATUS.ok ? now + 3000_000 : stops),
                last_checked: formatGlideDateTime(now),
                time_to_failure: formatGlideDateTime(stops),
                failure_cause: status === STATUS.ok ? 'client_secret_expires' : 'access_token_ends',
                failure_action: status === STATUS.ok ? 'renew_secret' : status === STATUS.needsAuthorization ? 'reauthorize' : 'refresh_now',
            })
            added.push({ table: 'sys_email_account', sysId: accountId }, { table: HEALTH_TABLE, sysId: healthId })
        }
    })

    afterAll(() => {
        for (const { table, sysId } of added) platform.db.delete(table, sysId)
    })

    it('answers one small page fast, counts every account, and pages on the server', async () => {
        const { page, answer } = opened
        expect(answer.summary.total).toBeGreaterThan(SCALE)
        expect(answer.accounts).toHaveLength(50)
        expect(JSON.stringify(answer).length).toBeLessThan(250_000)
        await expect(page.locator('article').count()).resolves.toBe(50)
        await expect(page.getByRole('status').filter({ hasText: /^Accounts 1–50 of \d+/ }).innerText()).resolves.toMatch(new RegExp(`^Accounts 1–50 of ${answer.page.total} \\(page 1 of ${Math.ceil(answer.page.total / 50)}\\)$`))
        const banner = page.getByRole('region', { name: /^\d+ mailboxes have stopped or stop within 7 days unless someone acts$/ })
        await expect(banner.innerText()).resolves.toMatch(/And \d+ more: Token health > Stops next lists them all/)
        await page.getByRole('button', { name: 'Next page' }).click()
        await page.getByRole('status').filter({ hasText: /^Accounts 51–100 of / }).waitFor()
        await expect(page.locator('article').count()).resolves.toBe(50)
    })

    it('filters by status on the server, soonest time to failure first', async () => {
        const { page } = opened
        await page.getByRole('button', { name: /^Needs authorization \(\d+\)$/ }).click()
        await page.getByRole('status').filter({ hasText: /^Accounts 1–50 of 10[0-9] / }).waitFor()
        const statuses = await page.locator('article').evaluateAll((cards) => cards.map((element) => element.getAttribute('data-status')))
        expect(new Set(statuses)).toEqual(new Set(['needs_authorization']))
        const causes = await page.locator('[data-testid="time-to-failure"]').evaluateAll((lines) => lines.map((element) => element.getAttribute('data-action')))
        expect(causes.slice(0, 10)).toEqual(Array(10).fill('reauthorize'))
        mkdirSync(SCREENSHOTS, { recursive: true })
        await page.screenshot({ path: join(SCREENSHOTS, 'overview-10000-accounts.png') })
    })
})
