import { refreshBlockerCheck } from '../setup-check/read-setup.ts'
import { clock, guarded, RefreshRun, type RunSummary } from './run.ts'

/**
 * The overview page's *Refresh now*: this one account, as a worker would take it (no run history,
 * no hand-over), due whatever time its access token has left (backoff and leases still hold).
 */
export function refreshOne(accountSysId: string): RunSummary | null {
    return guarded(() => new RefreshRun({ checkAccount: refreshBlockerCheck(), refreshNow: true }, { ids: [accountSysId], handedAt: clock() }).run())
}
