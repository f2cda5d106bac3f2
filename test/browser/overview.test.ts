/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM.
/**
 * The overview page in a real browser: Debian's Chromium, driven by playwright-core, loads the page
 * and its bundle exactly as built in dist/app from a loopback web tier (overview-server.ts) whose
 * REST calls run the built handlers in the instance realm, against the stand-in tables and the real
 * OAuth server, Dovecot and SMTP server of the end-to-end world. No browser is downloaded: without
 * /usr/bin/chromium this test fails and says how to install it.
 *
 * Screenshots go to a temporary folder, or to OVERVIEW_SCREENSHOTS_DIR (`npm run screenshots` writes
 * the README's, docs/screenshots/).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { ADMIN_ROLE, HEALTH_TABLE, PROPERTY, STATUS } from '../../src/common/app.ts'
import { parseGlideDateTime, platform } from '../stand-ins/platform.ts'
import { World, type Mailbox } from '../e2e/world.ts'
import { startOverviewServer, type OverviewServer } from './overview-server.ts'

const CHROMIUM = '/usr/bin/chromium'
/** The flags every headless Chromium run here uses (BRIEF): nothing reaches out, nothing is kept. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const SCREENSHOTS = process.env.OVERVIEW_SCREENSHOTS_DIR ? resolve(process.env.OVERVIEW_SCREENSHOTS_DIR) : mkdtempSync(join(tmpdir(), 'overview-screenshots-'))

jest.setTimeout(120_000)

let world: World
let server: OverviewServer
let context: BrowserContext
let page: Page
let profileDir: string
const box: Record<'billing' | 'sales' | 'support' | 'hr' | 'legacy' | 'old' | 'fresh', Mailbox> = {} as never

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed (${CHROMIUM}): run \`npm run setup\` (apt-get install chromium). The browser test never downloads a browser.`)
    world = await World.start()
    // The scenario's timeline refreshes inside a 10-minute window, as an admin may set it (the default refreshes at the floor).
    platform.properties[PROPERTY.refreshWindowSeconds.name] = '600'
    // Authorized 10 minutes after the notifier, so it reaches its refresh window on its own run.
    await world.advance(600)
    box.billing = world.addAccount('billing@contoso.example', 'Billing inbox')
    await world.authorize(box.billing)
    await world.advance(1200)
    box.sales = world.addAccount('sales@contoso.example', 'Sales inbox')
    await world.authorize(box.sales)
    box.support = world.addAccount('support@contoso.example', 'Support inbox')
    const supportToken = await world.authorize(box.support)
    // Its refresh token ends in 5 days (a Google app in testing, say): inside the 7-day warning period.
    supportToken.refreshExpiresAt = platform.clock.now() + 5 * 24 * 3600 * 1000
    box.hr = world.addAccount('hr@contoso.example', 'HR inbox')
    box.legacy = world.addAccount('legacy@contoso.example', 'Legacy inbox')
    platform.db.update('sys_email_account', box.legacy.sysId, { oauth_profile: '' })
    box.old = world.addAccount('old@contoso.example', 'Old inbox')
    await world.authorize(box.old)
    platform.db.update('sys_email_account', box.old.sysId, { active: false })
    await world.runJob()

    // 51 minutes after the notifier's authorization: it refreshes; billing (41 minutes) does not yet.
    await world.advance(21 * 60)
    await world.runJob()
    // Ten minutes later billing is due, and the provider answers 503: its refresh fails.
    await world.advance(10 * 60)
    await world.oauth.control.setFault('unavailable', { grantType: 'refresh_token' })
    await world.runJob()
    await world.oauth.control.setFault('none')
    expect(world.health(box.billing)?.status).toBe(STATUS.refreshFailing)
    // The provider is back and the backoff has passed; the next run is minutes away: billing is due now.
    const nextAttempt = parseGlideDateTime(String(world.health(box.billing)?.next_attempt))
    await world.advance(Math.max(0, Math.ceil((nextAttempt - platform.clock.now()) / 1000)) + 5)
    box.fresh = world.addAccount('new@contoso.example', 'New inbox')
    await world.authorize(box.fresh)

    server = await startOverviewServer(world.runner)
    server.user = { sysId: 'a'.repeat(32), userName: 'mail.admin', roles: [ADMIN_ROLE] }
    profileDir = mkdtempSync(join(tmpdir(), 'overview-chromium-'))
    context = await chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport: { width: 1280, height: 800 },
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(server.pageUrl)
    loaded = { instantOnInstance: platform.clock.now(), instantHere: Date.now() }
    await page.getByRole('heading', { name: 'Billing inbox' }).waitFor()
})

const pageErrors: string[] = []
/** When the page loaded, on the instance's (simulated, stopped) clock and on this machine's. */
let loaded = { instantOnInstance: 0, instantHere: 0 }

afterAll(async () => {
    await context?.close()
    await server?.stop()
    await world?.stop()
    if (profileDir) rmSync(profileDir, { recursive: true, force: true })
})

function card(mailbox: Mailbox) {
    return page.locator(`article#account-${mailbox.sysId}`)
}

describe('the overview page, built, in Chromium', () => {
    it('shows every account with its status in colour and word, the summary and the banner', async () => {
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

        await expect(page.getByRole('status').first().innerText()).resolves.toBe(
            '12 OAuth email accounts: 1 needs authorization, 1 misconfigured, 1 refresh failing, 1 not checked yet, 3 OK, 5 inactive',
        )
        const banner = await page.getByRole('region', { name: /2 mailboxes stop within 7 days unless someone acts/ }).innerText()
        expect(banner).toMatch(/Billing inbox \(billing@contoso\.example\): .*its access token ends, unless a refresh succeeds before/)
        expect(banner).toMatch(/Support inbox \(support@contoso\.example\): .*its refresh token ends: authorize it again before then/)
        await expect(card(box.hr).innerText()).resolves.toMatch(/What to do: No token is stored for this mailbox: click Re-authorize/)
        await expect(card(box.billing).innerText()).resolves.toMatch(/Inbound \(IMAP\) · Microsoft 365 Email/)
        await expect(card(box.sales).locator('a', { hasText: 'Account form' }).getAttribute('href')).resolves.toBe(`/sys_email_account.do?sys_id=${box.sales.sysId}`)
        await expect(card(box.sales).locator('a', { hasText: 'Provider form' }).getAttribute('href')).resolves.toBe(`/oauth_entity.do?sys_id=${world.entityId}`)
    })

    it('counts the access token down live on the instance clock', async () => {
        const countdown = card(box.sales).getByTestId('countdown')
        const first = await countdown.innerText()
        await page.waitForTimeout(2200)
        const second = await countdown.innerText()
        expect(first).toMatch(/^\d+ min \d+ s left$/)
        expect(second).not.toBe(first)
        const seconds = (text: string) => Number(/(\d+) min/.exec(text)?.[1]) * 60 + Number(/(\d+) s/.exec(text)?.[1])
        expect(seconds(first) - seconds(second)).toBeGreaterThanOrEqual(1)
        // The instance's clock (the world's simulated time, hours ahead of this machine's) is what the countdown follows.
        const secondsLeft = (Number(world.token(box.sales)?.accessExpiresAt) - loaded.instantOnInstance) / 1000 - (Date.now() - loaded.instantHere) / 1000
        expect(Math.abs(seconds(second) - secondsLeft)).toBeLessThan(5)
    })

    it('runs Check setup from the keyboard and shows the findings inline, errors first', async () => {
        const button = card(box.legacy).getByRole('button', { name: 'Check setup of Legacy inbox' })
        await button.focus()
        await page.keyboard.press('Enter')
        const results = card(box.legacy).locator('[aria-live="polite"]')
        await results.getByText(/^Setup check: \d+ errors?/).waitFor()
        const severities = await results.locator('li .eom-badge').allInnerTexts()
        expect(severities[0]).toBe('Error')
        expect(severities.indexOf('Error')).toBe(0)
        expect(severities.lastIndexOf('Error')).toBeLessThan(severities.findIndex((word) => word !== 'Error') === -1 ? Infinity : severities.findIndex((word) => word !== 'Error'))
        await expect(results.innerText()).resolves.toMatch(/missing_profile/)
    })

    it('refreshes a due account with Refresh now: a real token request, and the row turns OK', async () => {
        const before = world.tokenRequests(box.billing).length
        // Without admin the platform reads no token for the user (KB0859525): the page says which role Refresh now needs.
        await card(box.billing).getByRole('button', { name: 'Refresh now Billing inbox' }).click()
        await card(box.billing).getByText(/needs the role admin/).waitFor()
        expect(world.tokenRequests(box.billing).length).toBe(before)
        server.user = { ...server.user, roles: [ADMIN_ROLE, 'admin'] }
        await card(box.billing).getByRole('button', { name: 'Refresh now Billing inbox' }).click()
        await card(box.billing).getByText(/^Refreshed: a new access token is stored/).waitFor()
        server.user = { ...server.user, roles: [ADMIN_ROLE] }
        await expect(card(box.billing).getAttribute('data-status')).resolves.toBe('ok')
        await expect(card(box.billing).locator('.eom-badge').innerText()).resolves.toBe('OK')
        const requests = world.tokenRequests(box.billing).slice(before)
        expect(requests.map((request) => request.reply?.status)).toEqual([200])
        expect(requests[0].stored).toBe(true)
        // The new token is real: the mailbox logs in to Dovecot with it.
        await expect(world.imapLogin(box.billing)).resolves.toBe('logged_in')
        expect(world.health(box.billing)?.status).toBe(STATUS.ok)
        await expect(page.getByRole('status').first().innerText()).resolves.toMatch(/4 OK/)
    })

    it('opens the platform authorization for the account with Re-authorize, with the private-window advice beside it', async () => {
        await expect(card(box.hr).innerText()).resolves.toMatch(/Re-authorize in a private \(incognito\) window signed in to the provider as hr@contoso\.example/)
        const [popup] = await Promise.all([context.waitForEvent('page'), card(box.hr).getByRole('button', { name: 'Re-authorize HR inbox' }).click()])
        await popup.waitForLoadState()
        const url = new URL(popup.url())
        expect(`${url.pathname}${url.search}`).toBe(
            `/oauth_initiator.do?oauth_requestor_context=sys_email_account&oauth_requestor=${box.hr.sysId}&oauth_provider_profile=${world.profileId}&response_type=code`,
        )
        await popup.close()
    })

    it('never puts a token or a secret on the page', async () => {
        const html = await page.content()
        const secrets = [world.client.clientSecret]
        for (const token of platform.oauth.tokens.values()) secrets.push(token.accessToken ?? '', token.refreshToken ?? '')
        for (const secret of secrets.filter((value) => value.length >= 8)) expect(html).not.toContain(secret)
        expect(pageErrors).toEqual([])
    })

    it('reads well at 1280×800 and on a narrow window (screenshots)', async () => {
        mkdirSync(SCREENSHOTS, { recursive: true })
        await page.setViewportSize({ width: 1280, height: 800 })
        await page.screenshot({ path: join(SCREENSHOTS, 'overview-1280x800.png') })
        await page.setViewportSize({ width: 420, height: 900 })
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow).toBeLessThanOrEqual(0)
        await page.screenshot({ path: join(SCREENSHOTS, 'overview-narrow.png') })
        await page.setViewportSize({ width: 1280, height: 800 })
        for (const name of ['overview-1280x800.png', 'overview-narrow.png']) expect(statSync(join(SCREENSHOTS, name)).size).toBeGreaterThan(10_000)
    })

    it("uses the instance theme's colours", async () => {
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
        expect(background).toBe('rgb(250, 251, 251)')
    })

    it(`refuses a user without ${ADMIN_ROLE} (403 shown), before any handler runs`, async () => {
        server.user = { sysId: 'b'.repeat(32), userName: 'itil.user', roles: ['itil'] }
        const callsBefore = server.calls.length
        await page.reload()
        const alert = page.getByRole('alert')
        await alert.waitFor()
        await expect(alert.innerText()).resolves.toMatch(/You may not use this page[\s\S]*x_mail_oauth\.admin[\s\S]*403/)
        expect(server.calls.slice(callsBefore).map((call) => call.status)).toEqual([403])
        await expect(page.locator('article').count()).resolves.toBe(0)
        expect(platform.db.rows(HEALTH_TABLE).length).toBeGreaterThan(0)
    })
})
