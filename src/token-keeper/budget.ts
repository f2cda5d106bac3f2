/**
 * The time budget of one run (or one worker's batch): no token request starts once the budget is
 * spent, and none starts when the provider's slowest request seen in this run would not end within
 * it. Pure: the clock is passed in. A provider that hangs therefore costs one request per run, not
 * one per account, and the accounts of other providers still get theirs.
 */

export type BudgetStop = 'cap' | 'budget' | 'provider_latency'

export class RunBudget {
    private requests = 0
    private requestMs = 0
    private readonly slowest = new Map<string, number>()

    constructor(
        private readonly startedAt: number,
        private readonly budgetMs: number,
        /** 0: no cap. */
        private readonly maxRequests: number,
    ) {}

    /** null when a request to this provider may start now; otherwise what stops it. */
    stopBefore(provider: string, now: number): BudgetStop | null {
        if (this.maxRequests > 0 && this.requests >= this.maxRequests) return 'cap'
        const spent = now - this.startedAt
        if (spent >= this.budgetMs) return 'budget'
        if (spent + (this.slowest.get(provider) ?? 0) > this.budgetMs) return 'provider_latency'
        return null
    }

    /** Records one request that took `ms`. */
    spend(provider: string, ms: number): void {
        this.requests += 1
        this.requestMs += Math.max(0, ms)
        this.slowest.set(provider, Math.max(this.slowest.get(provider) ?? 0, ms))
    }

    get requestsMade(): number {
        return this.requests
    }

    get totalRequestMs(): number {
        return this.requestMs
    }

    /** The slowest request of this run, whatever the provider: recorded for the lease (backoff.ts). */
    get slowestRequestMs(): number {
        let slowest = 0
        this.slowest.forEach((ms) => (slowest = Math.max(slowest, ms)))
        return slowest
    }

    /** The slowest request seen per provider, for the sentence that names a slow provider. */
    slowestMs(provider: string): number {
        return this.slowest.get(provider) ?? 0
    }
}
