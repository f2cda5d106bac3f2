/**
 * `npm run bench`: 24 hours of the refresh job, every 3 minutes, with access tokens that live
 * 3,600 s, for 1, 100 and 1,000 accounts. The job runs exactly as the scheduled job calls it
 * (runRefreshJob, default properties) against the stand-ins of test/stand-ins/, the provider being
 * the in-memory fake. Prints the figures and writes them to test/bench/RESULTS.md.
 * A report, not a test: nothing here fails on a slow machine.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PROPERTY, REFRESH_JOB_INTERVAL_SECONDS } from '../../src/common/app.ts'
import { runRefreshJob } from '../../src/token-keeper/job.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { platform } from '../stand-ins/platform.ts'

const DAY_SECONDS = 86400
const TOKEN_LIFETIME_SECONDS = 3600
const RUNS_PER_DAY = DAY_SECONDS / REFRESH_JOB_INTERVAL_SECONDS

interface Figures {
    accounts: number
    maxRefreshesPerRun: number
    requestsPerAccountDay: number
    expiredSeconds: number
    expiredAccountRuns: number
    freshQueries: number
    freshWrites: number
    meanQueries: number
    meanWrites: number
    meanMs: number
    maxMs: number
}

function installDefaults(maxRefreshesPerRun: number): void {
    for (const p of Object.values(PROPERTY)) platform.properties[p.name] = String(p.default)
    platform.properties[PROPERTY.maxRefreshesPerRun.name] = String(maxRefreshesPerRun)
}

/** N accounts authorized now, with their access tokens' expiries spread over the next hour. */
function seedAccounts(count: number, staggered: boolean): string[] {
    const { profileId } = seedProvider()
    platform.oauth.provider.accessTokenLifetimeSeconds = TOKEN_LIFETIME_SECONDS
    const ids: string[] = []
    for (let i = 0; i < count; i++) {
        const id = seedEmailAccount(profileId)
        if (staggered) platform.oauth.token(id, profileId)!.accessExpiresAt = platform.clock.now() + Math.round(((i + 1) / count) * TOKEN_LIFETIME_SECONDS) * 1000
        ids.push(id)
    }
    return ids
}

function simulate(accounts: number, maxRefreshesPerRun: number): Figures {
    // All tokens fresh: the second run is the steady state of a healthy instance.
    platform.reset()
    installDefaults(maxRefreshesPerRun)
    seedAccounts(accounts, false)
    runRefreshJob()
    platform.clock.advanceSeconds(REFRESH_JOB_INTERVAL_SECONDS)
    platform.stats.reset()
    runRefreshJob()
    const freshQueries = platform.stats.totalQueries()
    const freshWrites = platform.stats.totalWrites()

    // A day of runs.
    platform.reset()
    installDefaults(maxRefreshesPerRun)
    seedAccounts(accounts, true)
    let expiredSeconds = 0
    let expiredAccountRuns = 0
    let queries = 0
    let writes = 0
    const times: number[] = []
    for (let run = 0; run < RUNS_PER_DAY; run++) {
        const now = platform.clock.now()
        for (const token of platform.oauth.tokens.values()) {
            if (token.accessExpiresAt !== null && token.accessExpiresAt <= now) {
                // Expired when a run starts: counted as a whole run interval, an upper bound of the time mail may have failed.
                expiredAccountRuns += 1
                expiredSeconds += REFRESH_JOB_INTERVAL_SECONDS
            }
        }
        platform.stats.reset()
        const started = performance.now()
        runRefreshJob()
        times.push(performance.now() - started)
        queries += platform.stats.totalQueries()
        writes += platform.stats.totalWrites()
        platform.clock.advanceSeconds(REFRESH_JOB_INTERVAL_SECONDS)
    }
    return {
        accounts,
        maxRefreshesPerRun,
        requestsPerAccountDay: platform.oauth.requests.length / accounts,
        expiredSeconds: Math.round(expiredSeconds),
        expiredAccountRuns,
        freshQueries,
        freshWrites,
        meanQueries: queries / RUNS_PER_DAY,
        meanWrites: writes / RUNS_PER_DAY,
        meanMs: times.reduce((a, b) => a + b, 0) / times.length,
        maxMs: Math.max(...times),
    }
}

function table(rows: Figures[]): string {
    const header =
        '| accounts | max_refreshes_per_run | token requests per account-day | seconds with an expired access token at a run (account-runs) | queries per run, all fresh | writes per run, all fresh | mean queries / writes per run over the day | ms per run (mean / max) |\n' +
        '|---:|---:|---:|---:|---:|---:|---:|---:|'
    const lines = rows.map(
        (f) =>
            `| ${f.accounts} | ${f.maxRefreshesPerRun} | ${f.requestsPerAccountDay.toFixed(1)} | ${f.expiredSeconds} (${f.expiredAccountRuns} account-runs) | ${f.freshQueries} | ${f.freshWrites} | ${f.meanQueries.toFixed(1)} / ${f.meanWrites.toFixed(1)} | ${f.meanMs.toFixed(1)} / ${f.maxMs.toFixed(1)} |`,
    )
    return [header, ...lines].join('\n')
}

const defaultMax = PROPERTY.maxRefreshesPerRun.default
const results = [simulate(1, defaultMax), simulate(100, defaultMax), simulate(1000, defaultMax), simulate(1000, 100)]
const report = `# Token keeper benchmark

\`npm run bench\` (test/bench/token-keeper.bench.ts): 24 hours of runs every ${REFRESH_JOB_INTERVAL_SECONDS} s (${RUNS_PER_DAY} runs), access tokens living ${TOKEN_LIFETIME_SECONDS} s with their expiries spread over the first hour, refresh window ${PROPERTY.refreshWindowSeconds.default} s, the job called as the scheduled job calls it (\`runRefreshJob()\`) against the stand-ins in test/stand-ins/ with the in-memory provider. Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.

${table(results)}

Targets: at most 30 token requests per account-day (the floor without letting a token expire between runs is about 26; refreshing on every run would be ${RUNS_PER_DAY}); 0 seconds with an expired access token; queries and writes per run with all tokens fresh independent of the number of accounts.

Sizing: one run makes at most max_refreshes_per_run token requests, and each account needs one per (token lifetime - refresh window) ≈ ${TOKEN_LIFETIME_SECONDS - PROPERTY.refreshWindowSeconds.default} s, so the job keeps up while
max_refreshes_per_run ≥ accounts × ${REFRESH_JOB_INTERVAL_SECONDS} / ${TOKEN_LIFETIME_SECONDS - PROPERTY.refreshWindowSeconds.default} (about ${Math.ceil((1000 * REFRESH_JOB_INTERVAL_SECONDS) / (TOKEN_LIFETIME_SECONDS - PROPERTY.refreshWindowSeconds.default))} for 1,000 accounts with 1-hour tokens, with some slack for the accounts due in the same run).
`
process.stdout.write(`${report}\n`)
writeFileSync(join(__dirname, 'RESULTS.md'), report)
