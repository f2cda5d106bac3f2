import { ADMIN_ROLE, CREDENTIAL_TABLE, HEALTH_TABLE, PROPERTY, STATUS, VIEWER_ROLE } from '../../src/common/app.ts'
import { checkAccount, getOverview, refreshAccount } from '../../src/overview/rest.ts'
import { checkHorizons } from '../../src/horizons/job.ts'
import type { Overview } from '../../src/overview/view-model.ts'
import { seedEmailAccount, seedProvider, type SeededProvider } from '../stand-ins/fixtures.ts'
import { formatGlideDateTime, platform } from '../stand-ins/platform.ts'
import { runJob } from '../token-keeper/helpers.ts'

interface Answer {
    status: number
    headers: Record<string, string>
    body: Record<string, unknown>
    /** The body exactly as the instance would send it. */
    text: string
}

type Handler = (request: { pathParams: Record<string, string> }, response: { setStatus(code: number): void; setHeader(name: string, value: string): void; setBody(body: object): void }) => void

function call(handler: Handler, sysId?: string): Answer {
    const answer: Answer = { status: 0, headers: {}, body: {}, text: '' }
    handler(
        { pathParams: sysId === undefined ? {} : { sys_id: sysId } },
        {
            setStatus: (code) => (answer.status = code),
            setHeader: (name, value) => (answer.headers[name] = value),
            setBody: (body) => {
                answer.text = JSON.stringify(body)
                answer.body = JSON.parse(answer.text)
            },
        },
    )
    return answer
}

function overview(): Overview {
    const answer = call(getOverview)
    expect(answer.status).toBe(200)
    return answer.body as unknown as Overview
}

/** Every token and secret the platform holds or the provider issued. */
function secretsInPlay(provider: SeededProvider): string[] {
    const secrets = [provider.clientSecret]
    for (const token of platform.oauth.tokens.values()) secrets.push(token.accessToken ?? '', token.refreshToken ?? '')
    return secrets.filter((secret) => secret.length >= 8)
}

let provider: SeededProvider

beforeEach(() => {
    platform.reset()
    platform.clock.set(Date.UTC(2026, 11, 3, 9, 0, 0))
    provider = seedProvider()
})

describe('GET overview', () => {
    it('answers one page of accounts with counts from aggregates, in at most 10 queries for 1 or 200 mailboxes, and never a token or secret', () => {
        platform.properties = Object.fromEntries(Object.values(PROPERTY).map((p) => [p.name, String(p.default)]))
        platform.db.insert(CREDENTIAL_TABLE, { provider: provider.entityId, kind: 'secret', expires: '2027-06-30', active: true })
        platform.db.insert('sys_email_account', { name: 'Legacy', type: 'smtp', active: true, authentication: 'password', server: 'smtp.office365.com', user_name: 'legacy@contoso.com' })
        seedEmailAccount(provider.profileId, { name: 'first' })
        runJob()
        checkHorizons()
        platform.stats.reset()
        expect(overview().accounts).toHaveLength(1)
        expect({ queries: platform.stats.totalQueries(), byTable: platform.stats.queries }).toEqual({
            queries: 9,
            byTable: { [CREDENTIAL_TABLE]: 1, [HEALTH_TABLE]: 2, sys_email_account: 5, oauth_entity_profile: 1 },
        })

        for (let i = 0; i < 199; i++) seedEmailAccount(provider.profileId)
        runJob()
        checkHorizons()
        platform.stats.reset()
        const answer = call(getOverview)
        expect(answer.status).toBe(200)
        const body = answer.body as unknown as Overview
        expect(body.accounts).toHaveLength(50)
        expect(body.page).toEqual({ index: 0, size: 50, total: 200, status: 'all' })
        expect(body.summary.total).toBe(200)
        expect(body.credentials[0].mailboxCount).toBe(200)
        expect(platform.stats.totalQueries()).toBe(10)
        expect(platform.stats.totalWrites()).toBe(0)
        for (const secret of secretsInPlay(provider)) expect(answer.text).not.toContain(secret)
        expect(answer.text).not.toContain(provider.clientId)
        expect(answer.text).not.toMatch(/token"\s*:\s*"(?!\d{4}-)/)
        expect(answer.headers['Cache-Control']).toBe('no-store')
    })

    it('pages, filters by status and sorts by the stored time to failure on the server', () => {
        const names = ['a', 'b', 'c', 'd', 'e']
        const ids = names.map((name) => seedEmailAccount(provider.profileId, { name }))
        seedEmailAccount(provider.profileId, { name: 'f', authorized: false })
        runJob()
        // The hourly horizons job stores each row's time to failure: here by hand, d soonest, then b.
        const rows = platform.db.rows(HEALTH_TABLE)
        const rowOf = (id: string) => String(rows.find((r) => r.email_account === id)?.sys_id)
        platform.db.update(HEALTH_TABLE, rowOf(ids[3]), { time_to_failure: formatGlideDateTime(Date.UTC(2026, 11, 4)), failure_cause: 'refresh_token_ends', failure_action: 'reauthorize' })
        platform.db.update(HEALTH_TABLE, rowOf(ids[1]), { time_to_failure: formatGlideDateTime(Date.UTC(2026, 11, 20)), failure_cause: 'refresh_token_ends', failure_action: 'reauthorize' })
        const page = (query: Record<string, string>) => {
            const answer: { body?: Overview } = {}
            getOverview({ pathParams: {}, queryParams: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])) }, { setStatus: () => undefined, setHeader: () => undefined, setBody: (body) => (answer.body = JSON.parse(JSON.stringify(body))) })
            return answer.body as Overview
        }
        const first = page({ pageSize: '3', status: 'ok' })
        expect(first.page).toEqual({ index: 0, size: 3, total: 5, status: 'ok' })
        expect(first.accounts.map((a) => a.name).sort()).toEqual(['a', 'b', 'd'])
        const second = page({ pageSize: '3', page: '1', status: 'ok' })
        expect(second.accounts.map((a) => a.name).sort()).toEqual(['c', 'e'])
        expect(page({ status: 'needs_authorization' }).accounts.map((a) => a.name)).toEqual(['f'])
        expect(page({ status: 'bogus' }).page.status).toBe('all')
        // The banner reads the stored instants over every account, not only the page's; the page's own never-authorized 'f' has stopped.
        expect(page({ status: 'needs_authorization' }).stopping.map((s) => [s.name, s.stopped])).toEqual([
            ['f', true],
            ['d', false],
        ])
    })

    it('a credential row outlived by the provider\'s tokens does not count: the page says so, and the newer row sets the time to failure', () => {
        const accountId = seedEmailAccount(provider.profileId, { name: 'sales' })
        const old = platform.db.insert(CREDENTIAL_TABLE, { provider: provider.entityId, kind: 'secret', expires: '2026-11-20', active: true })
        const renewed = platform.db.insert(CREDENTIAL_TABLE, { provider: provider.entityId, kind: 'secret', expires: '2026-12-15', active: true })
        platform.clock.advanceSeconds(3500)
        runJob()
        const view = overview()
        expect(view.credentials.map((c) => [c.sysId, c.outlived, c.overriddenBy])).toEqual([
            [old, true, null],
            [renewed, false, null],
        ])
        expect(view.accounts.find((a) => a.sysId === accountId)?.timeToFailure).toMatchObject({ cause: 'client_secret_expires', at: '2026-12-15T00:00:00.000Z' })
    })

    it("shows each mailbox's canary from the health row's mail-flow columns, and the emails waiting for Re-send in offer mode", () => {
        const inbound = seedEmailAccount(provider.profileId, { name: 'support' })
        const outbound = seedEmailAccount(provider.profileId, { name: 'notifier' })
        runJob()
        const rowOf = (id: string) => String(platform.db.rows(HEALTH_TABLE).find((r) => r.email_account === id)?.sys_id)
        platform.db.update(HEALTH_TABLE, rowOf(inbound), { canary_status: 'ok', canary_last_arrived: formatGlideDateTime(Date.UTC(2026, 11, 3, 8, 55)), round_trip_last: '95', round_trip_median: '120' })
        platform.db.update(HEALTH_TABLE, rowOf(outbound), { mail_code: 'smtp_auth_rejected', mail_error_at: formatGlideDateTime(Date.UTC(2026, 11, 3, 8, 0)), resend_pending: '4' })
        const accounts = overview().accounts
        expect(accounts.find((a) => a.name === 'support')?.mailFlow).toEqual({ word: 'Round trip OK', tone: 'positive', at: '2026-12-03T08:55:00.000Z', detail: 'last round trip 95 s, typical 120 s', resendPending: 0 })
        expect(accounts.find((a) => a.name === 'notifier')?.mailFlow).toMatchObject({ word: 'Sending failed', detail: 'latest mail error smtp_auth_rejected', resendPending: 4 })
    })

    it('summarises the statuses and says which accounts stop within the warning period', () => {
        seedEmailAccount(provider.profileId, { name: 'sales' })
        seedEmailAccount(provider.profileId, { name: 'hr', authorized: false })
        seedEmailAccount(provider.profileId, { name: 'no refresh token', withRefreshToken: false })
        runJob()
        const view = overview()
        expect(view.summary.line).toBe('2 need authorization, 1 OK')
        // The page's own accounts are judged live: the never-authorized one has stopped (it has no token at all),
        // the one without a refresh token stops when its access token ends.
        expect(view.stopping.map((account) => [account.name, account.stopped, account.cause])).toEqual([
            ['hr', true, 'no_access_token'],
            ['no refresh token', false, 'access_token_ends'],
        ])
        expect(view.bannerTitle).toBe('1 mailbox has stopped; 1 mailbox stops within 7 days unless someone acts')
    })
})

describe('POST check', () => {
    it("answers the setup check's findings for one account, errors first, with the verdict", () => {
        const account = seedEmailAccount(provider.profileId, { name: 'sales' })
        platform.db.update('oauth_entity', provider.entityId, { client_secret: '' })
        const answer = call(checkAccount, account)
        expect(answer.status).toBe(200)
        const findings = answer.body.findings as { code: string; severity: string; message: string }[]
        const severities = findings.map((finding) => finding.severity)
        expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)))
        expect(findings[0]).toMatchObject({ severity: 'error' })
        expect(findings.map((finding) => finding.code)).toContain('client_secret_missing')
        expect(answer.body.verdict).toMatch(/error/)
        for (const secret of secretsInPlay(provider)) expect(answer.text).not.toContain(secret)
    })

    it('answers 404 for an account that is not an OAuth email account, 400 for a malformed sys_id', () => {
        const password = seedEmailAccount(provider.profileId, { authentication: 'password' })
        expect(call(checkAccount, password).status).toBe(404)
        expect(call(checkAccount, 'nope; drop').status).toBe(400)
    })
})

describe('POST refresh', () => {
    it('refreshes one account through the token keeper and answers its new view', () => {
        const due = seedEmailAccount(provider.profileId, { name: 'due' })
        const other = seedEmailAccount(provider.profileId, { name: 'other' })
        runJob()
        platform.db.update(HEALTH_TABLE, String(platform.db.rows(HEALTH_TABLE).find((row) => row.email_account === due)?.sys_id), { status: STATUS.refreshFailing, last_error_code: 'provider_unavailable' })
        const before = platform.oauth.requests.length
        const answer = call(refreshAccount, due)
        expect(answer.status).toBe(200)
        expect(answer.body).toMatchObject({ outcome: 'refreshed', account: { name: 'due', status: 'ok', statusWord: 'OK' } })
        expect(answer.body.message).toMatch(/^Refreshed: a new access token is stored, valid until 2026-12-03T10:00/)
        expect(platform.oauth.requests.slice(before).map((request) => request.parameters.oauth_requestor)).toEqual([due])
        expect(platform.oauth.requests.some((request) => request.parameters.oauth_requestor === other)).toBe(false)
        for (const secret of secretsInPlay(provider)) expect(answer.text).not.toContain(secret)
    })

    it('pressed repeatedly, sends one token request: a press within 5 minutes of the last refresh answers fresh', () => {
        const account = seedEmailAccount(provider.profileId, { name: 'pressed' })
        runJob()
        const before = platform.oauth.requests.length
        const outcomes: unknown[] = []
        for (let press = 0; press < 5; press++) {
            outcomes.push(call(refreshAccount, account).body.outcome)
            platform.clock.advanceSeconds(20)
        }
        expect(platform.oauth.requests.length - before).toBe(1)
        expect(outcomes).toEqual(['refreshed', 'fresh', 'fresh', 'fresh', 'fresh'])
        expect(call(refreshAccount, account).body.message).toMatch(/still valid \(refreshed at 2026-12-03T09:00/)
        platform.clock.advanceSeconds(300)
        expect(call(refreshAccount, account).body.outcome).toBe('refreshed')
        expect(platform.oauth.requests.length - before).toBe(2)
    })

    it("respects another run's lease: no token request while the row's next attempt is ahead", () => {
        const account = seedEmailAccount(provider.profileId, { name: 'held' })
        runJob()
        const row = platform.db.rows(HEALTH_TABLE).find((candidate) => candidate.email_account === account)
        platform.db.update(HEALTH_TABLE, String(row?.sys_id), { next_attempt: formatGlideDateTime(platform.clock.now() + 60_000) }) // within the lease a run holds (token_request_timeout_seconds + 30 s)
        const before = platform.oauth.requests.length
        const answer = call(refreshAccount, account)
        expect(answer.body).toMatchObject({ outcome: 'waiting' })
        expect(answer.body.message).toMatch(/another run holds this account/)
        expect(platform.oauth.requests.length).toBe(before)
    })

    it('makes no token request for an account that needs authorization, and says what to do', () => {
        const account = seedEmailAccount(provider.profileId, { name: 'hr', authorized: false })
        const answer = call(refreshAccount, account)
        expect(answer.body).toMatchObject({ outcome: 'blocked', account: { status: 'needs_authorization' } })
        expect(answer.body.message).toMatch(/Re-authorize/)
        expect(platform.oauth.requests).toHaveLength(0)
    })

    it('refuses an inactive account with the fix', () => {
        const account = seedEmailAccount(provider.profileId, { name: 'off', active: false })
        const answer = call(refreshAccount, account)
        expect(answer.status).toBe(409)
        expect(answer.body).toMatchObject({ error: { code: 'account_inactive' } })
    })
})

describe('who may call it', () => {
    it(`answers 403 to a user without ${VIEWER_ROLE} or ${ADMIN_ROLE}, before reading anything`, () => {
        const account = seedEmailAccount(provider.profileId)
        platform.user = { sysId: 'f'.repeat(32), userName: 'itil.user', roles: ['itil'] }
        platform.stats.reset()
        for (const handler of [getOverview, checkAccount, refreshAccount] as Handler[]) {
            const answer = call(handler, account)
            expect(answer.status).toBe(403)
            expect(answer.body).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining(ADMIN_ROLE) } })
        }
        expect(platform.stats.totalQueries()).toBe(0)
        expect(platform.oauth.requests).toHaveLength(0)
    })

    it(`lets a ${VIEWER_ROLE} read the overview but not Check setup or Refresh now`, () => {
        const account = seedEmailAccount(provider.profileId)
        platform.user = { sysId: 'f'.repeat(32), userName: 'mail.viewer', roles: [VIEWER_ROLE] }
        expect(call(getOverview)).toMatchObject({ status: 200, body: { canAct: false } })
        platform.stats.reset()
        for (const handler of [checkAccount, refreshAccount] as Handler[]) {
            const answer = call(handler, account)
            expect(answer.status).toBe(403)
            expect(answer.body).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining(ADMIN_ROLE) } })
        }
        expect(platform.stats.totalQueries()).toBe(0)
        expect(platform.oauth.requests).toHaveLength(0)
    })

    // The platform gives a user the roles their roles contain (x_mail_oauth.admin contains x_mail_oauth.viewer,
    // fluent/access.now.ts); the stand-in's user lists them expanded, as gs.hasRole sees them.
    it(`lets a user with ${ADMIN_ROLE} in`, () => {
        const account = seedEmailAccount(provider.profileId)
        platform.user = { sysId: 'f'.repeat(32), userName: 'mail.admin', roles: [ADMIN_ROLE, VIEWER_ROLE] }
        expect(call(getOverview)).toMatchObject({ status: 200, body: { canAct: true } })
        expect(call(checkAccount, account).status).toBe(200)
    })
})
