import { STATUS } from '../../src/common/app.ts'
import type { HealthSnapshot } from '../../src/token-keeper/model.ts'
import { buildOverview, mailFlowOf, reauthorizeUrl, type HealthExtras, type MailFlowFacts, type OverviewAccount, type OverviewProvider } from '../../src/overview/view-model.ts'

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
        // Soonest time to failure first: the expired token, then the failing ones (their access token ends
        // at the same instant: by urgency), then the refresh tokens' end in 80 days (by urgency), then no known horizon.
        expect(view.accounts.map((a) => [a.name, a.status, a.statusWord, a.tone])).toEqual([
            ['stale', 'overdue', 'Token expired', 'critical'],
            ['billing', 'misconfigured', 'Misconfigured', 'critical'],
            ['support', 'refresh_failing', 'Refresh failing', 'warning'],
            ['hr', 'needs_authorization', 'Needs authorization', 'critical'],
            ['sales', 'ok', 'OK', 'positive'],
            ['new', 'not_checked', 'Not checked yet', 'info'],
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
        const named = (name: string) => view.accounts.find((a) => a.name === name) as (typeof view.accounts)[number]
        const [sales, stale, billing] = [named('sales'), named('stale'), named('billing')]
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

    it('names the mailbox as login_hint, so the provider offers the account to sign in as (issue 18 point 5)', () => {
        expect(reauthorizeUrl('b'.repeat(32), PROFILE, 'it-help@contoso.com')).toBe(
            `/oauth_initiator.do?oauth_requestor_context=sys_email_account&oauth_requestor=${'b'.repeat(32)}&oauth_provider_profile=${PROFILE}&response_type=code&login_hint=it-help%40contoso.com`,
        )
        const [inbound] = overview([[account('it-help', { userName: 'it-help@contoso.com' }), null]]).accounts
        expect(inbound.links.reauthorize).toContain('&login_hint=it-help%40contoso.com')
    })

    it('lists the accounts that stop within the warning period, soonest first, and why', () => {
        const view = overview([
            [account('later'), row({ refreshTokenExpires: NOW + 6 * DAY })],
            [account('soon'), row({ refreshTokenExpires: NOW + 2 * DAY })],
            [account('fine'), row({ refreshTokenExpires: NOW + 8 * DAY })],
            [account('noRefresh'), row({ status: STATUS.needsAuthorization, code: 'no_refresh_token', accessTokenExpires: NOW + 20 * MIN, refreshTokenExpires: null })],
            [account('gone'), row({ status: STATUS.needsAuthorization, code: 'invalid_grant', accessTokenExpires: NOW - DAY })],
        ])
        // An account that has already stopped comes first: it is the most urgent of all.
        expect(view.stopping.map((s) => [s.name, s.at, s.cause, s.action])).toEqual([
            ['gone', '2026-12-02T09:00:00.000Z', 'access_token_ends', 'reauthorize'],
            ['noRefresh', '2026-12-03T09:20:00.000Z', 'access_token_ends', 'reauthorize'],
            ['soon', '2026-12-05T09:00:00.000Z', 'refresh_token_ends', 'reauthorize'],
            ['later', '2026-12-09T09:00:00.000Z', 'refresh_token_ends', 'reauthorize'],
        ])
        expect(view.stopping[1].reason).toMatch(/^its access token ends and refreshing it is failing or blocked: re-authorize the account/)
        expect(view.stopping[2].reason).toMatch(/^its refresh token ends/)
        expect(view.stoppingTotal).toBe(4)
    })

    it('does not forecast a stop for a failing account whose token outlives the warning period, nor for an inactive one', () => {
        const view = overview([
            [account('far'), row({ status: STATUS.refreshFailing, accessTokenExpires: NOW + 30 * DAY, refreshTokenExpires: null })],
            [account('off', { active: false }), row({ refreshTokenExpires: NOW + DAY })],
        ])
        expect(view.accounts.map((a) => [a.name, a.stops])).toEqual([
            ['far', null],
            ['off', null],
        ])
        expect(view.accounts[0].timeToFailure).toMatchObject({ cause: 'access_token_ends', action: 'refresh_now' })
        expect(view.accounts[1].timeToFailure).toBeNull()
    })
})

describe('time to failure, identity and app-only accounts on the page', () => {
    const appOnlyProviders = new Map<string, OverviewProvider>([[PROFILE, { profileId: PROFILE, providerId: 'e'.repeat(32), providerName: 'Graph app-only', appOnly: true }]])

    it('never offers Re-authorize for a client-credentials account, whatever its status', () => {
        for (const status of [STATUS.ok, STATUS.misconfigured, STATUS.needsAuthorization]) {
            const view = buildOverview({ accounts: [account('graph')], health: new Map([[account('graph').sysId, row({ status, code: 'not_authorized', refreshTokenExpires: null })]]), providers: appOnlyProviders, now: NOW, warningDays: 7 })
            expect(view.accounts[0]).toMatchObject({ appOnly: true, links: { reauthorize: null } })
            expect(view.accounts[0].lastError?.summary ?? '').not.toMatch(/Re-authorize/)
            expect(view.accounts[0].timeToFailure?.action ?? 'none').not.toBe('reauthorize')
        }
    })

    it('names the cause and the one action, with the client secret of the provider as a horizon', () => {
        const view = buildOverview({
            accounts: [account('sales')],
            health: new Map([[account('sales').sysId, row({ refreshTokenExpires: null })]]),
            providers,
            now: NOW,
            warningDays: 7,
            credentials: [{ sysId: 'c'.repeat(32), providerId: 'e'.repeat(32), providerName: 'Microsoft 365 Email', kind: 'secret', expires: '2026-12-06' }],
            settings: { utcOffsetMinutes: 0 },
        })
        expect(view.accounts[0].timeToFailure).toMatchObject({ at: '2026-12-06T00:00:00.000Z', cause: 'client_secret_expires', action: 'renew_secret', actionWords: expect.stringContaining('Create a new client secret') })
        expect(view.stopping.map((s) => s.cause)).toEqual(['client_secret_expires'])
    })

    it('a certificate horizon says where its date came from and what renewing takes for that source', () => {
        const view = buildOverview({
            accounts: [account('sales')],
            health: new Map([[account('sales').sysId, row({ refreshTokenExpires: null })]]),
            providers,
            now: NOW,
            warningDays: 7,
            credentials: [{ sysId: 'c'.repeat(32), providerId: 'e'.repeat(32), providerName: 'Microsoft 365 Email', kind: 'certificate', expires: '2026-12-06', source: 'certificate_record' }],
            settings: { utcOffsetMinutes: 0 },
        })
        const words = view.accounts[0].timeToFailure?.actionWords
        expect(words).toMatch(/^Renew the certificate: .*This date was read from the certificate record .*nothing to type$/)
        expect(words).not.toMatch(/Client credentials/)
    })

    it('shows who authorized: a mismatch in words the admin acts on', () => {
        const extras: HealthExtras = { lastAuthorized: NOW - DAY, testingModeSuspected: false, authorizedIdentity: 'admin@contoso.com', identityStatus: 'mismatch', identityChecked: NOW - MIN }
        const view = buildOverview({ accounts: [account('sales')], health: new Map([[account('sales').sysId, row()]]), extras: new Map([[account('sales').sysId, extras]]), providers, now: NOW, warningDays: 7 })
        expect(view.accounts[0].identity).toEqual({
            status: 'mismatch',
            word: 'Authorized as admin@contoso.com, the mailbox is sales@contoso.com: sign out of the provider and authorize again',
            tone: 'critical',
            authorizedAs: 'admin@contoso.com',
            checkedAt: '2026-12-03T08:59:00.000Z',
        })
        expect(overview([[account('sales'), row()]]).accounts[0].identity).toBeNull()
    })

    describe('the mail-flow canary beside the token status', () => {
        const facts = (overrides: Partial<MailFlowFacts> = {}): MailFlowFacts => ({
            canaryStatus: '',
            canaryLeg: '',
            canaryCode: '',
            canaryLastArrived: null,
            roundTripLast: null,
            roundTripTypical: null,
            mailCode: '',
            mailErrorAt: null,
            resendPending: 0,
            ...overrides,
        })
        const withMailFlow = (mailFlow: MailFlowFacts) => {
            const extras: HealthExtras = { lastAuthorized: null, testingModeSuspected: false, authorizedIdentity: '', identityStatus: '', identityChecked: null, mailFlow }
            return buildOverview({ accounts: [account('sales')], health: new Map([[account('sales').sysId, row()]]), extras: new Map([[account('sales').sysId, extras]]), providers, now: NOW, warningDays: 7 }).accounts[0]
        }

        it('a round trip: when it last arrived, the last and typical round trip', () => {
            expect(withMailFlow(facts({ canaryStatus: 'ok', canaryLastArrived: NOW - 4 * MIN, roundTripLast: 95, roundTripTypical: 120 })).mailFlow).toEqual({
                word: 'Round trip OK',
                tone: 'positive',
                at: '2026-12-03T08:56:00.000Z',
                detail: 'last round trip 95 s, typical 120 s',
                resendPending: 0,
            })
        })

        it('a failing canary names its leg, its code and the latest mail-level code', () => {
            expect(withMailFlow(facts({ canaryStatus: 'failing', canaryLeg: 'outbound', canaryCode: 'canary_send_failed', mailCode: 'smtp_auth_rejected', roundTripTypical: 120 })).mailFlow).toEqual({
                word: 'Failing on the outbound (sending) leg',
                tone: 'critical',
                at: null,
                detail: 'canary_send_failed; latest mail error smtp_auth_rejected; typical 120 s',
                resendPending: 0,
            })
        })

        it('an outbound account in offer mode: the emails waiting for Re-send', () => {
            expect(withMailFlow(facts({ resendPending: 7 })).mailFlow).toEqual({ word: 'Sending', tone: 'info', at: null, detail: '', resendPending: 7 })
            expect(withMailFlow(facts({ mailCode: 'smtp_auth_disabled', mailErrorAt: NOW - MIN })).mailFlow).toMatchObject({ word: 'Sending failed', tone: 'critical', detail: 'latest mail error smtp_auth_disabled' })
        })

        it('nothing to say: no mail-flow line (as before the mail-flow job ran)', () => {
            expect(withMailFlow(facts()).mailFlow).toBeUndefined()
            expect(mailFlowOf(undefined)).toBeUndefined()
            expect('mailFlow' in overview([[account('sales'), row()]]).accounts[0]).toBe(false)
        })
    })

    it('keeps the server\'s totals when given a page: counts and banner over every account', () => {
        const counts = { ok: 9000, needs_authorization: 3, refresh_failing: 0, misconfigured: 0, at_risk: 0, overdue: 0, not_checked: 0, inactive: 997 }
        const view = buildOverview({
            accounts: [account('sales')],
            health: new Map([[account('sales').sysId, row()]]),
            providers,
            now: NOW,
            warningDays: 7,
            counts,
            stopping: { entries: [{ sysId: 'x'.repeat(32), name: 'x', mailbox: 'x@c.com', at: '2026-12-04T00:00:00.000Z', stopped: false, reason: 'r', cause: 'refresh_token_ends', action: 'reauthorize' }], total: 120 },
            page: { index: 2, size: 1, total: 10000, status: 'all' },
        })
        expect(view.summary).toMatchObject({ total: 10000, line: '3 need authorization, 9000 OK, 997 inactive' })
        expect(view.stoppingTotal).toBe(120)
        expect(view.page).toEqual({ index: 2, size: 1, total: 10000, status: 'all' })
    })
})

describe('what the page says is true (issue 24 point 9)', () => {
    const microsoft = new Map<string, OverviewProvider>([[PROFILE, { profileId: PROFILE, providerId: 'e'.repeat(32), providerName: 'Microsoft 365 Email', providerKind: 'microsoft' }]])
    const build = (entries: [OverviewAccount, HealthSnapshot | null][]) =>
        buildOverview({ accounts: entries.map(([a]) => a), health: new Map(entries.filter(([, r]) => r !== null).map(([a, r]) => [a.sysId, r as HealthSnapshot])), providers: microsoft, now: NOW, warningDays: 7 })

    it('a healthy Microsoft mailbox does not "stop in 89 days": its refresh token rolls with every refresh, and the card says so', () => {
        const [sales] = build([[account('sales'), row({ refreshTokenExpires: NOW + 89 * DAY })]]).accounts
        expect(sales.timeToFailure).toBeNull()
        expect(sales.noEnd).toBe('No end while refreshes succeed: Microsoft returns a new refresh token with every refresh, so its end moves forward each time (the refresh job refreshes it well before).')
    })

    it('a mailbox that has stopped is "stopped", never "stops within 7 days"; a never-authorized one is in the banner', () => {
        const view = build([
            [account('expired'), row({ status: STATUS.needsAuthorization, code: 'invalid_grant', accessTokenExpires: NOW - 2 * 3600_000, refreshTokenExpires: NOW + 80 * DAY })],
            [account('never'), row({ status: STATUS.needsAuthorization, code: 'not_authorized', accessTokenExpires: null, refreshTokenExpires: null, lastChecked: NOW - 30 * MIN })],
            [account('failing'), row({ status: STATUS.refreshFailing, code: 'provider_unavailable', accessTokenExpires: NOW + 40 * MIN })],
            [account('sales'), row()],
        ])
        expect(view.stopping.map((entry) => [entry.name, entry.stopped, entry.cause])).toEqual([
            ['expired', true, 'access_token_ends'],
            ['never', true, 'no_access_token'],
            ['failing', false, 'access_token_ends'],
        ])
        expect(view.bannerTitle).toBe('2 mailboxes have stopped; 1 mailbox stops within 7 days unless someone acts')
        expect(view.accounts.find((a) => a.name === 'never')?.timeToFailure).toMatchObject({ cause: 'no_access_token', causeWords: 'it has no token at all (never authorized, or the provider issued none)', action: 'reauthorize' })
    })
})
