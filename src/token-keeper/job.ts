import { refreshJobMayRun, refreshWorkerMayRun } from '../platform/access.ts'
import { refreshBlockerCheck } from '../setup-check/read-setup.ts'
import { guarded, RefreshRun, type RunSummary, type TokenKeeperDependencies } from './run.ts'

/**
 * The token keeper's entry points on the instance: the scheduled job every 3 minutes, and the refresh
 * queue's workers that take what a run hands over. The run itself is in run.ts, the hand-over to the
 * workers in hand-over.ts, the overview page's Refresh now in refresh-now.ts. None of them throws.
 */

/** Entry point of the scheduled job "Email OAuth Manager: refresh email access tokens". */
export function runRefreshJob(): void {
    if (!refreshJobMayRun()) return
    refreshAccounts({ checkAccount: refreshBlockerCheck() })
}

/** One run with the given dependencies; returns what it did (null if the run itself failed, which it logs). */
export function refreshAccounts(dependencies: TokenKeeperDependencies = {}): RunSummary | null {
    return guarded(() => new RefreshRun(dependencies, null).run())
}

/**
 * Entry point of the Script Action on x_mail_oauth.refresh.batch (fluent/refresh-workers.now.ts): one
 * worker of the refresh queue refreshes the accounts a run handed over, with its own budget and the same lease.
 */
export function runRefreshBatch(event?: { parm1?: unknown; parm2?: unknown } | null): RunSummary | null {
    const ids = String(event?.parm1 ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '')
    const handedAt = Number(String(event?.parm2 ?? '')) || 0
    if (ids.length === 0 || !refreshWorkerMayRun()) return null
    return guarded(() => new RefreshRun({ checkAccount: refreshBlockerCheck() }, { ids, handedAt }).run())
}
