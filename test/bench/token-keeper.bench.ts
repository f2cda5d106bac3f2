/**
 * `npm run bench [-- --latency-ms 300 --workers 4 --hours 24]`: a simulated day of the refresh job
 * (runs every 3 minutes, each starting up to 60 s late), access tokens living 3,600 s, for 1, 100,
 * 1,000 and 10,000 accounts at the given provider latency, and a provider that hangs until the
 * platform's timeout. The job runs as the platform calls it (runRefreshJob; the refresh queue's
 * workers call runRefreshBatch) against the stand-ins of test/stand-ins/; time is simulated: a token
 * request advances the platform clock by the latency, nothing sleeps (the simulation is
 * test/bench/simulation.ts, shared with test/bench/targets.test.ts, which holds the targets). Prints
 * the figures side by side and writes them to test/bench/RESULTS.md. A report: nothing here fails.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PROPERTY, REFRESH_JOB_INTERVAL_SECONDS } from '../../src/common/app.ts'
import { MAX_LATENESS_SECONDS, QUEUE_POLL_SECONDS, simulate, TARGETS_TEXT, TOKEN_LIFETIME_SECONDS, type Figures, type Scenario } from './simulation.ts'
import { runProvenance } from './provenance.ts'

function option(name: string, fallback: number): number {
    const at = process.argv.indexOf(`--${name}`)
    const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
    return Number.isFinite(value) && value >= 0 ? value : fallback
}

const LATENCY_MS = option('latency-ms', 300)
const WORKERS = option('workers', PROPERTY.refreshWorkers.default)
const HOURS = option('hours', 24)
/** 10,000 accounts simulate fewer hours (the first, when every token is refreshed once, and steady ones), so the bench stays quick; figures are per account-day. */
const LARGE_HOURS = Math.min(HOURS, option('large-hours', 4))

function table(rows: Figures[]): string {
    const header =
        '| scenario | accounts | workers | runs | token requests per account-day (floor for this schedule) | seconds with an expired access token | account-runs finding an expired token | expired accounts shown OK (account-runs) | expired accounts without an alert | alerts queued | longest run / batch, s (budget) | runs over budget | batches handed to workers | wall ms per run |\n' +
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
    const lines = rows.map(
        (f) =>
            `| ${f.scenario.label} | ${f.scenario.accounts} | ${f.scenario.workers} | ${f.runs} | ${f.requestsPerAccountDay.toFixed(1)} (${f.floorPerAccountDay.toFixed(1)}) | ${f.expiredSeconds} | ${f.expiredAccountRuns} | ${f.expiredShownOk} | ${f.accountsExpiredUnalerted} of ${f.accountsExpired} | ${f.alerts} | ${f.maxRunSeconds.toFixed(1)} / ${f.maxBatchSeconds.toFixed(1)} (${PROPERTY.runBudgetSeconds.default}) | ${f.runsOverBudget} | ${f.batches} | ${f.msPerRun.toFixed(0)} |`,
    )
    return [header, ...lines].join('\n')
}

const defaults = { workers: WORKERS, maxRefreshesPerRun: PROPERTY.maxRefreshesPerRun.default, hanging: false, hours: HOURS, latencyMs: LATENCY_MS }
const scenarios: Scenario[] = [
    { label: `${LATENCY_MS} ms per request, shipped defaults`, accounts: 1, ...defaults },
    { label: `${LATENCY_MS} ms per request, shipped defaults`, accounts: 100, ...defaults },
    { label: `${LATENCY_MS} ms per request, shipped defaults`, accounts: 1000, ...defaults },
    { label: `${LATENCY_MS} ms per request, fan-out to ${WORKERS} workers`, accounts: 10000, ...defaults, hours: LARGE_HOURS },
    { label: `${LATENCY_MS} ms per request, no workers (refresh_workers = 0)`, accounts: 10000, ...defaults, hours: LARGE_HOURS, workers: 0 },
    { label: `${LATENCY_MS} ms per request, max_refreshes_per_run = 20, no workers`, accounts: 1000, ...defaults, workers: 0, maxRefreshesPerRun: 20 },
    { label: 'hanging provider (every request times out at 60 s)', accounts: 100, ...defaults, hanging: true },
]
const only = process.argv.indexOf('--only') >= 0 ? option('only', -1) : -1
const results: Figures[] = []
for (const scenario of scenarios.filter((_s, index) => only < 0 || index === only)) {
    const started = performance.now()
    results.push(simulate(scenario))
    process.stderr.write(`${scenario.accounts} accounts, ${scenario.label}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
}

const report = `# Token keeper benchmark

\`npm run bench\` (test/bench/token-keeper.bench.ts), parameters \`--latency-ms ${LATENCY_MS} --workers ${WORKERS} --hours ${HOURS} --large-hours ${LARGE_HOURS}\`: ${HOURS} hours of runs (${LARGE_HOURS} for 10,000 accounts, figures per account-day), one every ${REFRESH_JOB_INTERVAL_SECONDS} s, each starting 0 to ${MAX_LATENESS_SECONDS} s late (a fixed pseudo-random series); access tokens living ${TOKEN_LIFETIME_SECONDS} s with their expiries spread over the first hour; shipped properties (run budget ${PROPERTY.runBudgetSeconds.default} s, refresh window ${PROPERTY.refreshWindowSeconds.default} = at the floor, max_refreshes_per_run ${PROPERTY.maxRefreshesPerRun.default} = no cap, request timeout ${PROPERTY.tokenRequestTimeoutSeconds.default} s) unless the scenario says otherwise. The job runs as the platform calls it (\`runRefreshJob()\`; the refresh queue's workers \`runRefreshBatch(event)\`, each batch on the first free worker ${QUEUE_POLL_SECONDS} s after the hand-over at the soonest) against the stand-ins in test/stand-ins/; time is simulated (a request advances the platform clock by its latency).

${runProvenance()}

${table(results)}

Reading the columns:
- *token requests per account-day (floor)*: what the job sent, against the fewest requests that keep each token valid at every run of the same schedule (refresh at the last run before one that would find it expired, knowing every run's start in advance).
- *seconds with an expired access token*: summed over accounts, from expiry to the moment a new token was stored (or the end of the day). *account-runs finding an expired token*: runs that started while an account's token had expired.
- *expired accounts shown OK*: account-runs after which an account's token had expired while its health row said OK (must be 0). *expired accounts without an alert*: accounts whose token expired with neither a refresh_failing / needs_authorization alert for it nor a capacity alert (must be 0).
- *longest run / batch*: platform time from a run's (or a worker's batch's) start to its end, against the budget; a request begun within the budget may end after it (one request; with a hanging provider, the ${PROPERTY.tokenRequestTimeoutSeconds.default}-s timeout). *runs over budget* counts runs that went beyond that.

${TARGETS_TEXT} test/bench/targets.test.ts holds them on the same simulation at 100 and 1,000 accounts.
`
process.stdout.write(`${report}\n`)
if (HOURS === 24 && LATENCY_MS === 300 && WORKERS === PROPERTY.refreshWorkers.default) writeFileSync(join(__dirname, 'RESULTS.md'), report)
