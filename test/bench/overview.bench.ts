/**
 * `npm run bench` (second part; alone: `npm run bench:overview`): the overview page's first answer
 * (GET /api/x_mail_oauth/overview, src/overview/rest.ts) at 100, 1,000 and 10,000 OAuth accounts,
 * against the stand-ins: answer size, server time (median of 5 answers, this machine's wall clock in
 * the stand-ins, a relative figure) and queries per answer (must not grow with the accounts), beside
 * the figures of the answer before paging (every account in one answer), rebuilt here from the same
 * rows for comparison. Writes its table below the token keeper's in test/bench/RESULTS.md.
 * A report, not a test: nothing here fails.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ADMIN_ROLE, CREDENTIAL_TABLE, HEALTH_TABLE, STATUS, VIEWER_ROLE } from '../../src/common/app.ts'
import { getOverview } from '../../src/overview/rest.ts'
import { readOverviewAccounts, readOverviewHealth, readOverviewProviders } from '../../src/overview/read-overview.ts'
import { buildOverview } from '../../src/overview/view-model.ts'
import { seedProvider } from '../stand-ins/fixtures.ts'
import { formatGlideDateTime, platform } from '../stand-ins/platform.ts'

const DAY = 86400000
const SIZES = [100, 1000, 10000]
const REPEAT = 5

function seed(accounts: number): void {
    platform.reset()
    platform.clock.set(Date.UTC(2026, 11, 6, 9, 0, 0))
    // Expanded as the platform grants them: x_mail_oauth.admin contains x_mail_oauth.viewer, which the GET route needs.
    platform.user = { sysId: 'a'.repeat(32), userName: 'mail.admin', roles: [ADMIN_ROLE, VIEWER_ROLE] }
    const provider = seedProvider()
    const now = platform.clock.now()
    platform.db.insert(CREDENTIAL_TABLE, { provider: provider.entityId, kind: 'secret', expires: '2027-03-01', active: true })
    for (let i = 0; i < 20; i++) platform.db.insert('sys_email_account', { name: `Relay ${i}`, type: 'smtp', active: true, authentication: 'password', server: 'smtp.office365.com', user_name: `relay${i}@contoso.com` })
    for (let i = 0; i < accounts; i++) {
        const status = i % 100 === 0 ? STATUS.needsAuthorization : i % 50 === 0 ? STATUS.refreshFailing : STATUS.ok
        const accountId = platform.db.insert('sys_email_account', { name: `Mailbox ${String(i).padStart(5, '0')}`, type: 'imap', active: i % 200 !== 7, authentication: 'oauth2', oauth_profile: provider.profileId, user_name: `mailbox${i}@contoso.com` })
        const stops = status === STATUS.ok ? now + (30 + (i % 60)) * DAY : now + ((i % 7) + 1) * 3600000
        platform.db.insert(HEALTH_TABLE, {
            email_account: accountId,
            oauth_profile: provider.profileId,
            status,
            access_token_expires: formatGlideDateTime(status === STATUS.ok ? now + 3000_000 : stops),
            refresh_token_expires: formatGlideDateTime(now + 80 * DAY),
            last_checked: formatGlideDateTime(now),
            time_to_failure: formatGlideDateTime(stops),
            failure_cause: status === STATUS.ok ? 'client_secret_expires' : 'access_token_ends',
            failure_action: status === STATUS.ok ? 'renew_secret' : status === STATUS.needsAuthorization ? 'reauthorize' : 'refresh_now',
        })
    }
}

interface Measure {
    bytes: number
    ms: number
    queries: number
}

function measure(answer: () => object): Measure {
    const times: number[] = []
    let bytes = 0
    let queries = 0
    for (let i = 0; i < REPEAT; i++) {
        platform.stats.reset()
        const started = performance.now()
        const body = answer()
        times.push(performance.now() - started)
        bytes = Buffer.byteLength(JSON.stringify({ result: body }))
        queries = platform.stats.totalQueries()
    }
    times.sort((a, b) => a - b)
    return { bytes, ms: times[Math.floor(times.length / 2)], queries }
}

function paged(): object {
    let body: object = {}
    getOverview({ pathParams: {}, queryParams: {} }, { setStatus: () => undefined, setHeader: () => undefined, setBody: (value: object) => (body = value) })
    return body
}

/** Every account in one answer, as the page asked for it before paging (the same view-model, no aggregates). */
function unpaged(): object {
    const accounts = readOverviewAccounts()
    const health = readOverviewHealth()
    return buildOverview({ accounts, health: health.rows, extras: health.extras, providers: readOverviewProviders(accounts.map((a) => a.profileId)), now: platform.clock.now(), warningDays: 7 })
}

const rows: string[] = []
for (const size of SIZES) {
    seed(size)
    const before = measure(unpaged)
    const after = measure(paged)
    rows.push(`| ${size} | ${(after.bytes / 1024).toFixed(1)} KB | ${after.ms.toFixed(0)} | ${after.queries} | ${(before.bytes / 1024).toFixed(1)} KB | ${before.ms.toFixed(0)} | ${before.queries} |`)
    process.stderr.write(`overview, ${size} accounts: done\n`)
}

const section = `## Overview page: first answer

\`npm run bench\` (test/bench/overview.bench.ts): GET /api/x_mail_oauth/overview (the first page: 50 accounts, soonest time to failure first; summary counts from GlideAggregate; the banner's first 50 and its count; client credentials; the first 50 Basic-auth accounts) over N OAuth accounts (1 in 100 needing authorization, 1 in 50 refresh failing, 1 in 200 inactive), one credential row and 20 Basic-auth accounts, against the stand-ins. Server time: median of ${REPEAT} answers, wall clock of this machine in the stand-ins (relative, not the instance's). Beside it, the answer before paging (every account in one answer). Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.

| accounts | answer size | server ms | queries per answer | before paging: size | before: ms | before: queries |
|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Target (issue 18): the answer's size and its queries stay the same whatever the number of accounts.
`
process.stdout.write(`${section}\n`)
const results = join(__dirname, 'RESULTS.md')
const existing = readFileSync(results, 'utf8')
const marker = existing.indexOf('## Overview page: first answer')
writeFileSync(results, `${(marker >= 0 ? existing.slice(0, marker) : `${existing.trimEnd()}\n\n`)}${section}`)
