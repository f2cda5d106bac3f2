import { refreshBlockerCheck } from '../setup-check/read-setup.ts'
import { readHealthRows } from './health-store.ts'
import { clock, guarded, RefreshRun, type RunSummary } from './run.ts'

/**
 * Refresh now pressed again within this time of the last refresh sends nothing: the token is as fresh
 * as the provider makes it, and a second request would only cost the provider's throttle budget.
 */
export const REFRESH_NOW_MIN_INTERVAL_SECONDS = 300

/** Whether the account was refreshed so recently that Refresh now should not ask again. */
export function refreshedRecently(lastRefreshed: number | null, now: number): boolean {
    return lastRefreshed !== null && lastRefreshed <= now && now - lastRefreshed < REFRESH_NOW_MIN_INTERVAL_SECONDS * 1000
}

/**
 * The overview page's *Refresh now*: this one account, as a worker would take it (no run history,
 * no hand-over), due whatever time its access token has left (backoff and leases still hold), unless
 * it was refreshed within REFRESH_NOW_MIN_INTERVAL_SECONDS: then it is taken as a scheduled run would
 * take it (fresh: no request). Presses while a request is in flight meet the lease.
 */
export function refreshOne(accountSysId: string): RunSummary | null {
    return guarded(() => {
        const now = clock()
        const lastRefreshed = readHealthRows([accountSysId]).get(accountSysId)?.lastRefreshed ?? null
        // Recently refreshed: handed over as of that refresh, so the run finds it refreshed since and sends nothing.
        const recent = refreshedRecently(lastRefreshed, now)
        return new RefreshRun({ checkAccount: refreshBlockerCheck(), refreshNow: !recent }, { ids: [accountSysId], handedAt: recent ? (lastRefreshed as number) : now }).run()
    })
}
