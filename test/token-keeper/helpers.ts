import { HEALTH_TABLE, PROPERTY } from '../../src/common/app.ts'
import type { Settings } from '../../src/common/settings.ts'
import { refreshAccounts } from '../../src/token-keeper/job.ts'
import type { RunSummary, TokenKeeperDependencies } from '../../src/token-keeper/run.ts'
import { platform, type Row } from '../stand-ins/platform.ts'

export const RUN_INTERVAL_SECONDS = 180

/** Settings for the pure tests: a 600-s refresh window and a cap of 50, the values the older rules were written against. */
export const TEST_SETTINGS: Settings = {
    enabled: true,
    refreshWindowSeconds: 600,
    maxRefreshesPerRun: 50,
    failureAlertThreshold: 3,
    reauthWarningDays: 7,
    runBudgetSeconds: 100,
    tokenRequestTimeoutSeconds: 60,
    refreshWorkers: 4,
}

/** Every x_mail_oauth.* property at its shipped default, then the overrides (as sys_properties strings). */
export function setProperties(overrides: Record<string, string> = {}): void {
    for (const p of Object.values(PROPERTY)) platform.properties[p.name] = String(p.default)
    Object.assign(platform.properties, overrides)
}

/** One run of the job as the scheduler would start it; fails the test if the run itself failed. */
export function runJob(dependencies: TokenKeeperDependencies = {}): RunSummary {
    const summary = refreshAccounts(dependencies)
    if (summary === null) throw new Error(`the run failed: ${JSON.stringify(platform.logs.slice(-3))}`)
    return summary
}

/** Advances the clock by one run interval, then runs. */
export function nextRun(dependencies: TokenKeeperDependencies = {}): RunSummary {
    platform.clock.advanceSeconds(RUN_INTERVAL_SECONDS)
    return runJob(dependencies)
}

export function healthRows(): Row[] {
    return platform.db.rows(HEALTH_TABLE)
}

export function healthOf(accountId: string): Row {
    const rows = healthRows().filter((r) => r.email_account === accountId)
    if (rows.length !== 1) throw new Error(`expected one health row for ${accountId}, found ${rows.length}`)
    return rows[0]
}

export function eventNames(): string[] {
    return platform.events.map((e) => `${e.name}:${e.parm2}`)
}

export function refreshRequestsFor(accountId: string): number {
    return platform.oauth.requests.filter((r) => r.parameters.oauth_requestor === accountId).length
}
