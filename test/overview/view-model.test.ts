import { STATUS } from '../../src/common/app.ts'
import type { HealthSnapshot } from '../../src/token-keeper/model.ts'
import { buildOverview, reauthorizeUrl, stopsOf, type OverviewAccount, type OverviewProvider } from '../../src/overview/view-model.ts'

const NOW = Date.UTC(2026, 11, 3, 9, 0, 0)
const MIN = 60_000
const DAY = 24 * 60 * MIN
const PROFILE = 'a'.repeat(32)

function account(name: string, overrides: Partial<OverviewAccount> = {}): OverviewAccount {
    return { sysId: name.padEnd(32, '0'), name, type: 'imap', active: true, userName: `${name}@contoso.com`, emailUserLabel: '', from: '', profileId: PROFILE, ...overrides }
}

function row(overrides: Partial<HealthSnapshot> = {}): HealthSnapshot {
    return {
        sysId: 'h'.repeat(32),
        status: STATUS.ok,
        code: '',
        message: '',
        profileId: PROFILE,
        accessTokenExpires: NOW + 50 * MIN,
        refreshTokenExpires: NOW + 80 * DAY,
        lastChecked: NOW - 3 * MIN,
        lastRefreshed: NOW - 10 * MIN,
        nextAttempt: null,
        consecutiveFailures: 0,
        ...overrides,
    }
}

const providers = new Map<string, OverviewProvider>([[PROFILE, { profileId: PROFILE, providerId: 'e'.repeat(32), providerName: 'Microsoft 365 Email' }]])

function overview(entries: [OverviewAccount, HealthSnapshot | null][], warningDays = 7) {
    const health = new Map(entries.filter(([, r]) => r !== null).map(([a, r]) => [a.sysId, r as HealthSnapshot]))
    return buildOverview({ accounts: entries.map(([a]) => a), health, providers, now: NOW, warningDays })
}

describe('the overview of the OAuth email accounts', () => {
    it('gives every account a status word and a tone, never a colour alone', () => {
        const view = overview([
            [account('sales'), row()],
            [account('hr'), row({ status: STATUS.needsAuthorization, code: 'not_authorized', message: 'No OAuth token is stored. Open it.', accessTokenExpires: null })],
            [account('support'), row({ status: STATUS.refreshFailing, code: 'provider_unavailable', message: 'The token endpoint did not answer.' })],
            [account('billing'), row({ status: STATUS.misconfigured, code: 'client_secret_missing', message: 'Client Secret is empty on the form. Type it.' })],
            [account('stale'), row({ accessTokenExpires: NOW - MIN })],
            [account('new'), null],
            [account('old', { active: false }), null],
        ])
        expect(view.accounts.map((a) => [a.name, a.status, a.statusWord, a.tone])).toEqual([
            ['hr', 'needs_authorization', 'Needs authorization', 'critical'],
            ['stale', 'overdue', 'Token expired', 'critical'],
            ['billing', 'misconfigured', 'Misconfigured', 'critical'],
            ['support', 'refresh_failing', 'Refresh failing', 'warning'],
            ['new', 'not_checked', 'Not checked yet', 'info'],
            ['sales', 'ok', 'OK', 'positive'],
            ['old', 'inactive', 'Inactive', 'neutral'],
        ])
        expect(view.summary.line).toBe('1 needs authorization, 1 token expired, 1 misconfigured, 1 refresh failing, 1 not checked yet, 1 OK, 1 inactive')
    })

    it('never answers with a client id a stored provider text quotes (rows written before it was redacted)', () => {
        const id = '7d1e3c55-0000-4a1b-9c2d-3e4f5a6b7c8d'
        const message = `The provider rejected the client credentials (HTTP 401, invalid_client: AADSTS7000215: Invalid client secret provided, for a secret added to app '${id}'). Create a new client secret.`
        const view = overview([[account('sales'), row({ status: STATUS.misconfigured, code: 'some_new_code', message })]])
        expect(JSON.stringify(view)).not.toContain(id)
        expect(view.accounts[0].lastError?.detail).toContain('AADSTS7000215')
    })

    it('says what went wrong in one sentence with its fix, and keeps the full message as detail', () => {
        const view = overview([
            [account('sales'), row({ status: STATUS.needsAuthorization, code: 'invalid_grant', message: 'The provider rejected the refresh token (AADSTS700082). Open the email account and click Authorize.' })],
            [account('billing'), row({ status: STATUS.misconfigured, code: 'client_secret_missing', message: 'Client Secret is empty on the Application Registry form of "Microsoft 365 Email": type the secret. More text.' })],
            [account('stale'), row({ accessTokenExpires: NOW - 5 * MIN })],
        ])
        const [sales, stale, billing] = view.accounts
        expect(sales.lastError).toEqual({ code: 'invalid_grant', summary: expect.stringContaining('click Re-authorize (in a private window signed in as the mailbox)'), detail: expect.stringContaining('AADSTS700082') })
        expect(billing.lastError?.summary).toBe('Client Secret is empty on the Application Registry form of "Microsoft 365 Email": type the secret.')
        expect(stale.lastError?.summary).toMatch(/expired at 2026-12-03T08:55:00.000Z and was not refreshed: check that the scheduled job/)
        expect(overview([[account('ok'), row()]]).accounts[0].lastError).toBeNull()
    })

    it('gives instants as absolute UTC times and the clock it was built on', () => {
        const [sales] = overview([[account('sales'), row()]]).accounts
        expect(sales.accessTokenExpiresAt).toBe('2026-12-03T09:50:00.000Z')
        expect(sales.lastRefreshedAt).toBe('2026-12-03T08:50:00.000Z')
        expect(overview([]).generatedAt).toBe('2026-12-03T09:00:00.000Z')
        expect(overview([]).summary.line).toBe('No OAuth email accounts yet.')
    })

    it('names inbound and outbound, the mailbox, the provider and the links to the forms', () => {
        const [smtp] = overview([[account('notify', { type: 'smtp', userName: '', emailUserLabel: 'notify@contoso.com' }), row()]]).accounts
        expect(smtp).toMatchObject({ direction: 'outbound', mailbox: 'notify@contoso.com', provider: { name: 'Microsoft 365 Email' } })
        expect(smtp.links.account).toBe(`sys_email_account.do?sys_id=${smtp.sysId}`)
        expect(smtp.links.provider).toBe(`oauth_entity.do?sys_id=${'e'.repeat(32)}`)
        const [noProfile] = overview([[account('bare', { profileId: '' }), null]]).accounts
        expect(noProfile.links).toMatchObject({ provider: null, reauthorize: null })
        expect(noProfile.direction).toBe('inbound')
    })

    it('starts authorization at oauth_initiator.do with the account as requestor and its profile', () => {
        expect(reauthorizeUrl('b'.repeat(32), PROFILE)).toBe(
            `/oauth_initiator.do?oauth_requestor_context=sys_email_account&oauth_requestor=${'b'.repeat(32)}&oauth_provider_profile=${PROFILE}&response_type=code`,
        )
    })

    it('lists the accounts that stop within the warning period, soonest first, and why', () => {
        const view = overview([
            [account('later'), row({ refreshTokenExpires: NOW + 6 * DAY })],
            [account('soon'), row({ refreshTokenExpires: NOW + 2 * DAY })],
            [account('fine'), row({ refreshTokenExpires: NOW + 8 * DAY })],
            [account('noRefresh'), row({ status: STATUS.needsAuthorization, code: 'no_refresh_token', accessTokenExpires: NOW + 20 * MIN, refreshTokenExpires: null })],
            [account('gone'), row({ status: STATUS.needsAuthorization, code: 'invalid_grant', accessTokenExpires: NOW - DAY })],
        ])
        expect(view.stopping.map((s) => [s.name, s.at])).toEqual([
            ['noRefresh', '2026-12-03T09:20:00.000Z'],
            ['soon', '2026-12-05T09:00:00.000Z'],
            ['later', '2026-12-09T09:00:00.000Z'],
        ])
        expect(view.stopping[0].reason).toMatch(/cannot be refreshed/)
        expect(view.stopping[1].reason).toMatch(/refresh token ends/)
    })

    it('does not forecast a stop for a failing account whose token outlives the warning period, nor for an inactive one', () => {
        expect(stopsOf('refresh_failing', row({ accessTokenExpires: NOW + 30 * DAY, refreshTokenExpires: null }), NOW, 7)).toBeNull()
        expect(stopsOf('inactive', row({ refreshTokenExpires: NOW + DAY }), NOW, 7)).toBeNull()
    })
})
