import { GlideDateTime, gs } from '@servicenow/glide'
import { EVENT, STATUS } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { readSettings, type Settings } from '../common/settings.ts'
import { readOAuthAccounts, readProfileProviders, whyNotKept, type EmailAccount, type ProfileProvider } from './accounts.ts'
import { grantOf, isAppOnlyGrant } from './app-only.ts'
import { withObservedTimeout } from './backoff.ts'
import { RunBudget, type BudgetStop } from './budget.ts'
import { configurationChangedSince, decide, observeToken, type Decision } from './decide.ts'
import { deleteHealthRows, readHealthRows, type HealthRowHandle } from './health-store.ts'
import { atRiskMessage, capacityCause, capacityLogMessage, disabledMessage, missingProfileMessage, missingProviderMessage } from './messages.ts'
import { CODE, type AccountSetupCheck, type HealthSnapshot, type MessageContext, type SetupFinding, type TokenState } from './model.ts'
import { readToken, type TokenRead } from './oauth-client.ts'
import { HealthRecorder } from './recorder.ts'
import { RefreshStep } from './refresh-step.ts'
import { readRecentRuns, recordRun, RUN_TABLE } from './run-history.ts'
import { capacityPerRun, planRefreshes, refreshHorizonMs, runsLeft, scheduleOf, type RunRecord, type Schedule } from './schedule.ts'
import type { Outcome } from './transition.ts'
import { handOverToWorkers } from './hand-over.ts'
import { describeError, LOG_PREFIX, safeLog } from './log.ts'

/**
 * One refresh run, the job's or a worker's: for every account it covers, read the token the platform
 * holds, decide, refresh through sn_auth at the last run that safely finds it valid, keep the
 * account's health row and queue an event when an admin must act. It keeps to its time budget, most
 * urgent first, and hands what the budget cannot hold to the refresh queue (hand-over.ts). Decisions
 * are in the pure modules; this class wires them to the platform adapters, one account at a time.
 */

export interface TokenKeeperDependencies {
    /** The setup check, run on first sight, when the status leaves ok and while misconfigured. None by default. */
    checkAccount?: AccountSetupCheck | null
    /** The overview's Refresh now: the accounts handed over are due whatever time their access token has left (backoff and leases still hold). */
    refreshNow?: boolean
}

export interface RunSummary {
    accounts: number
    fresh: number
    refreshed: number
    failed: number
    /** Held by backoff or by another run's lease. */
    waiting: number
    /** Planned, but the budget or the cap stopped the run first: the next run takes them. */
    deferred: number
    /** Of those, the ones whose token runs out before the next run can act: now at_risk. */
    atRisk: number
    /** Handed to the refresh queue's workers, in batches. */
    handedToWorkers: number
    batches: number
    /** needs_authorization or misconfigured without a token request. */
    blocked: number
    /** Health rows of accounts that left OAuth or were deactivated, removed. */
    removed: number
    rowsWritten: number
    events: number
    /** Accounts on which the job itself hit an exception. */
    errors: number
    disabled: boolean
    /** Run time (platform clock) and the token requests' share of it. */
    durationMs: number
    requestMs: number
}

/** A refresh window longer than any access token: Refresh now finds every token due. */
const REFRESH_NOW_WINDOW_SECONDS = 10 * 365 * 24 * 3600

/** Runs one refresh run; an exception of the run itself is logged and gives null, never a throw. */
export function guarded(run: () => RunSummary): RunSummary | null {
    try {
        return run()
    } catch (error) {
        safeLog('error', `${LOG_PREFIX}: the refresh run stopped: ${redact(describeError(error))}`)
        return null
    }
}

/** A worker's share: the accounts handed to it and when the run handed them. */
export interface Batch {
    ids: string[]
    handedAt: number
}

export interface AccountWork {
    account: EmailAccount
    previous: HealthSnapshot | null
    read: TokenRead | null
    token: TokenState | null
    decision: Decision
    checked: boolean
    blockedBy: SetupFinding | null
    /** Runs this refresh can still wait (0: this run is the last that safely finds the token valid). */
    runsLeft: number
}

export class RefreshRun {
    private readonly summary: RunSummary = {
        accounts: 0,
        fresh: 0,
        refreshed: 0,
        failed: 0,
        waiting: 0,
        deferred: 0,
        atRisk: 0,
        handedToWorkers: 0,
        batches: 0,
        blocked: 0,
        removed: 0,
        rowsWritten: 0,
        events: 0,
        errors: 0,
        disabled: false,
        durationMs: 0,
        requestMs: 0,
    }
    private settings!: Settings
    private schedule!: Schedule
    private horizonMs = 0
    private startedAt = 0
    private budget!: RunBudget
    private step!: RefreshStep
    private recorder!: HealthRecorder
    private readonly providers = new Map<string, ProfileProvider>()
    /** Why each at-risk account was not reached, for its row and the one alert. */
    private readonly atRisk: { w: AccountWork; cause: string }[] = []
    /** An earlier run's at_risk rows still stand: the incident has been alerted. */
    private atRiskBefore = false

    constructor(
        private readonly dependencies: TokenKeeperDependencies,
        private readonly batch: Batch | null,
    ) {}

    run(): RunSummary {
        this.settings = readSettings()
        if (this.dependencies.refreshNow) this.settings = { ...this.settings, refreshWindowSeconds: REFRESH_NOW_WINDOW_SECONDS }
        if (!this.settings.enabled) {
            gs.info(disabledMessage())
            this.summary.disabled = true
            return this.summary
        }
        this.startedAt = clock()
        // Workers read the history too: the lease they hold and meet must be the job's (withObservedTimeout).
        const history = readRecentRunsSafely()
        this.settings = withObservedTimeout(this.settings, history)
        this.schedule = scheduleOf(this.batch ? [] : history, this.startedAt)
        this.horizonMs = refreshHorizonMs(this.schedule, this.settings)
        this.budget = new RunBudget(this.startedAt, this.settings.runBudgetSeconds * 1000, this.settings.maxRefreshesPerRun)
        this.step = new RefreshStep(this.settings, this.horizonMs, clock)
        this.recorder = new HealthRecorder(this.settings, this.summary)

        const accounts = readOAuthAccounts(this.batch ? this.batch.ids : null)
        const health = readHealthRows(this.batch ? this.batch.ids : null)
        this.summary.accounts = accounts.length
        health.forEach((row) => {
            if (row.status === STATUS.atRisk) this.atRiskBefore = true
        })
        if (!this.batch) this.removeRowsNotKept(accounts, health)

        const work: AccountWork[] = []
        for (const account of accounts) {
            const previous = health.get(account.sysId) ?? null
            this.isolated(account, previous, () => work.push(this.assess(account, previous)))
        }
        this.retryFixedConfigurations(work)

        const planned = this.plan(work)
        const mine = this.batch ? planned : this.handOver(planned)
        this.readProviders(mine)

        // The most urgent refreshes first (a slow provider must not delay them), then everything else.
        const inPlan = new Set(planned.map((w) => w.account.sysId))
        for (const w of mine) this.isolated(w.account, w.previous, () => this.settle(w, true))
        for (const w of work) if (!inPlan.has(w.account.sysId)) this.isolated(w.account, w.previous, () => this.settle(w, false))
        this.markAtRisk()

        const s = this.summary
        s.durationMs = clock() - this.startedAt
        s.requestMs = this.budget.totalRequestMs
        this.logSummary(planned.length)
        if (!this.batch) this.recordRunSafely(planned.length)
        return s
    }

    /** Phase 1: the token the platform holds, the setup check where due, and the decision. */
    private assess(account: EmailAccount, previous: HealthSnapshot | null): AccountWork {
        const now = clock()
        const read = account.profileId !== '' ? readToken(account.sysId, account.profileId) : null
        const token = read ? observeToken(read.raw, now, previous) : null
        const firstSight = previous === null || previous.status === null
        const checked = this.hasCheck() && (firstSight || previous?.status === STATUS.misconfigured)
        const blockedBy = checked ? this.firstError(account) : null
        const decision: Decision = blockedBy
            ? { kind: 'blocked', status: STATUS.misconfigured, code: blockedBy.code }
            : decide({ profileId: account.profileId, token, previous, now, settings: this.settings, horizonMs: this.horizonMs, grant: grantOf(account.grantType) })
        return { account, previous, read, token, decision, checked, blockedBy, runsLeft: runsLeft(token?.accessExpiresAt ?? null, now, this.schedule) }
    }

    /** A misconfigured account backing off retries at once when an admin has saved a fix since. */
    private retryFixedConfigurations(work: AccountWork[]): void {
        const backingOff = work.filter((w) => w.decision.kind === 'waiting' && w.previous?.status === STATUS.misconfigured)
        if (backingOff.length > 0) this.readProviders(backingOff)
        for (const w of backingOff) {
            const changedAt = Math.max(w.account.updatedAt ?? 0, this.providers.get(w.account.profileId)?.updatedAt ?? 0)
            if (configurationChangedSince(w.previous, changedAt || null) && (w.token || isAppOnlyGrant(w.account.grantType))) {
                w.decision = { kind: 'refresh', dueAt: w.token?.accessExpiresAt ?? -Infinity }
            }
        }
    }

    /**
     * Phase 2: whom this run refreshes, most urgent first: every account due now, and as many of the
     * soon-due as the coming runs could not absorb. A worker refreshes what it was handed, unless
     * someone refreshed it after the hand-over.
     */
    private plan(work: AccountWork[]): AccountWork[] {
        if (this.batch) {
            const handedAt = this.batch.handedAt
            return work
                .filter((w) => w.decision.kind === 'refresh' || (w.decision.kind === 'fresh' && (w.previous?.lastRefreshed ?? 0) < handedAt))
                .sort((a, b) => a.runsLeft - b.runsLeft || dueAtOf(a) - dueAtOf(b))
        }
        const candidates = work.filter((w) => w.decision.kind === 'refresh' || (w.decision.kind === 'fresh' && w.token !== null))
        const capacity = capacityPerRun(this.schedule, this.settings, this.settings.refreshWorkers)
        const byId = new Map(candidates.map((w) => [w.account.sysId, w]))
        return planRefreshes(
            candidates.map((w) => ({ id: w.account.sysId, due: w.decision.kind === 'refresh', dueAt: dueAtOf(w), runsLeft: w.runsLeft })),
            capacity,
        ).map((c) => byId.get(c.id) as AccountWork)
    }

    /** Fan-out to the refresh queue's workers (hand-over.ts): this run keeps what it returns. */
    private handOver(planned: AccountWork[]): AccountWork[] {
        return handOverToWorkers(planned, { schedule: this.schedule, settings: this.settings, startedAt: this.startedAt, summary: this.summary })
    }

    /** Phase 3: act on the decision, then record and alert. */
    private settle(w: AccountWork, planned: boolean): void {
        const d = w.decision
        const names: MessageContext = { accountName: w.account.name, providerName: '' }
        let previous = w.previous
        let handle: HealthRowHandle | null = null
        let secrets = w.read ? w.read.secrets : []
        let outcome: Outcome
        if (d.kind === 'blocked') outcome = { kind: 'blocked', status: d.status, code: d.code, message: w.blockedBy?.message, token: w.token }
        else if (d.kind === 'waiting') outcome = { kind: 'waiting' }
        else if (!planned) outcome = d.kind === 'fresh' ? { kind: 'fresh', token: w.token as TokenState } : { kind: 'waiting' }
        else {
            const provider = this.providers.get(w.account.profileId)
            names.providerName = provider?.entityName ?? ''
            const stop = provider && provider.entityName !== '' ? this.budget.stopBefore(provider.entityName, clock()) : null
            if (!provider) outcome = { kind: 'blocked', status: STATUS.misconfigured, code: CODE.missingProfile, message: missingProfileMessage(names, true), token: w.token }
            else if (provider.entityName === '') outcome = { kind: 'blocked', status: STATUS.misconfigured, code: CODE.missingProvider, message: missingProviderMessage(names), token: w.token }
            else if (stop !== null) {
                this.defer(w, stop, provider.entityName)
                return
            } else {
                const result = this.step.run({ account: w.account, previous, planned: w.token, ahead: d.kind === 'fresh' })
                if (result.requestMs !== null) this.budget.spend(provider.entityName, result.requestMs)
                outcome = result.outcome
                previous = result.previous
                handle = result.handle
                secrets = secrets.concat(result.secrets)
            }
        }

        if (this.hasCheck() && !w.checked && previous?.status === STATUS.ok && leavesOk(outcome)) {
            const finding = this.firstError(w.account)
            if (finding) outcome = { kind: 'blocked', status: STATUS.misconfigured, code: finding.code, message: finding.message, token: 'token' in outcome ? outcome.token : w.token }
        }
        this.count(outcome)
        this.recorder.record(w.account, previous, handle, outcome, names, secrets)
    }

    /** Not reached in this run: fine while the next run can still act in time, at risk otherwise. */
    private defer(w: AccountWork, stop: BudgetStop, providerName: string): void {
        this.summary.deferred += 1
        if (w.runsLeft > 0 || this.batch) return
        const cause = capacityCause(stop, {
            cap: this.settings.maxRefreshesPerRun,
            budgetSeconds: this.settings.runBudgetSeconds,
            requestMs: this.budget.requestsMade > 0 ? this.budget.totalRequestMs / this.budget.requestsMade : this.schedule.requestMs,
            workers: this.settings.refreshWorkers,
            providerName,
            slowestMs: this.budget.slowestMs(providerName),
        })
        this.atRisk.push({ w, cause })
    }

    /**
     * The accounts no run reached in time say so on their rows (an account already failing or blocked
     * keeps that status), and one alert per incident names the cause: none while an earlier run's
     * at_risk rows are still standing.
     */
    private markAtRisk(): void {
        if (this.atRisk.length === 0) return
        this.summary.atRisk = this.atRisk.length
        for (const { w, cause } of this.atRisk) {
            const status = w.previous?.status ?? null
            if (status !== null && status !== STATUS.ok && status !== STATUS.atRisk) continue
            const names: MessageContext = { accountName: w.account.name, providerName: this.providers.get(w.account.profileId)?.entityName ?? '' }
            this.isolated(w.account, w.previous, () =>
                this.recorder.record(w.account, w.previous, null, { kind: 'blocked', status: STATUS.atRisk, code: CODE.refreshCapacity, message: atRiskMessage(names, cause), token: w.token }, names, []),
            )
        }
        const first = this.atRisk[0]
        gs.error(capacityLogMessage(this.atRisk.length, first.cause))
        if (!this.atRiskBefore) this.recorder.queue(first.w.account, EVENT.capacity, CODE.refreshCapacity)
    }

    /** Rows of accounts that are no longer active OAuth accounts would say OK about tokens nobody keeps: removed, with the reason logged. */
    private removeRowsNotKept(accounts: EmailAccount[], health: Map<string, HealthSnapshot>): void {
        const kept = new Set(accounts.map((a) => a.sysId))
        const gone: string[] = []
        health.forEach((_row, accountId) => {
            if (!kept.has(accountId)) gone.push(accountId)
        })
        if (gone.length === 0) return
        const reasons = whyNotKept(gone)
        deleteHealthRows(gone.map((id) => (health.get(id) as HealthSnapshot).sysId))
        for (const id of gone) {
            const why = reasons.get(id)
            gs.info(`${LOG_PREFIX}: removed the token health row of email account '${why?.name ?? id}' (${id}): ${why?.reason ?? 'it is no longer an OAuth account'}.`)
        }
        this.summary.removed = gone.length
    }

    /** Adds the providers of these accounts' profiles not read yet (two queries, whatever their number). */
    private readProviders(accounts: AccountWork[]): void {
        const missing = accounts.map((w) => w.account.profileId).filter((id) => id !== '' && !this.providers.has(id))
        if (missing.length === 0) return
        readProfileProviders(missing).forEach((provider, profileId) => this.providers.set(profileId, provider))
    }

    private hasCheck(): boolean {
        return typeof this.dependencies.checkAccount === 'function'
    }

    /** The first error finding of the setup check; a check that throws blocks nothing (and is logged). */
    private firstError(account: EmailAccount): SetupFinding | null {
        const check = this.dependencies.checkAccount
        if (typeof check !== 'function') return null
        try {
            const findings = check(account.sysId) || []
            for (const finding of findings) if (finding && finding.severity === 'error') return finding
        } catch (error) {
            gs.warn(`${LOG_PREFIX}: the setup check failed on email account '${account.name}' (${account.sysId}): ${redact(describeError(error))}`)
        }
        return null
    }

    private count(outcome: Outcome): void {
        if (outcome.kind === 'fresh') this.summary.fresh += 1
        else if (outcome.kind === 'refreshed') this.summary.refreshed += 1
        else if (outcome.kind === 'failed') this.summary.failed += 1
        else if (outcome.kind === 'waiting') this.summary.waiting += 1
        else this.summary.blocked += 1
    }

    private logSummary(planned: number): void {
        const s = this.summary
        gs.info(
            `${LOG_PREFIX}: ${this.batch ? 'refresh batch' : 'refresh run'}: ${s.accounts} OAuth email accounts, ${planned} planned, ${s.fresh} fresh, ${s.refreshed} refreshed, ` +
                `${s.failed} failed, ${s.blocked} need an admin, ${s.waiting} waiting to retry, ${s.deferred} deferred to the next run, ${s.atRisk} at risk, ` +
                `${s.handedToWorkers} handed to workers in ${s.batches} batches, ${s.errors} errors; ${s.rowsWritten} health rows written, ${s.events} events queued; ` +
                `${Math.round(s.durationMs / 1000)} s of ${this.settings.runBudgetSeconds} s budget.`,
        )
    }

    private recordRunSafely(planned: number): void {
        try {
            const s = this.summary
            recordRun({
                startedAt: this.startedAt,
                durationMs: s.durationMs,
                accounts: s.accounts,
                due: planned,
                requests: this.budget.requestsMade,
                requestMs: this.budget.totalRequestMs,
                slowestRequestMs: this.budget.slowestRequestMs,
                deferred: s.deferred,
                atRisk: s.atRisk,
                batches: s.batches,
            })
        } catch (error) {
            safeLog('warn', `${LOG_PREFIX}: could not record the run in ${RUN_TABLE}: ${redact(describeError(error))}`)
        }
    }

    /** Runs one account's step; an exception is recorded on its health row and the run goes on. */
    private isolated(account: EmailAccount, previous: HealthSnapshot | null, step: () => void): void {
        try {
            step()
        } catch (error) {
            this.summary.errors += 1
            const detail = redact(describeError(error))
            safeLog('error', `${LOG_PREFIX}: email account '${account.name}' (${account.sysId}): ${detail}`)
            try {
                // The token was not (fully) read: keep the expiries on record, so the alert rules see the same token.
                const onRecord: TokenState | null = previous
                    ? { accessExpiresAt: previous.accessTokenExpires, hasRefreshToken: true, refreshExpiresAt: previous.refreshTokenExpires }
                    : null
                const failed: Outcome = { kind: 'failed', status: STATUS.refreshFailing, code: CODE.jobError, detail, retryAfterSeconds: null, token: onRecord }
                this.recorder.record(account, previous, null, failed, { accountName: account.name, providerName: '' }, [])
            } catch (recordError) {
                safeLog('error', `${LOG_PREFIX}: could not record the error on the health row of '${account.name}': ${redact(describeError(recordError))}`)
            }
        }
    }
}

function dueAtOf(w: AccountWork): number {
    return w.decision.kind === 'refresh' ? w.decision.dueAt : (w.token?.accessExpiresAt ?? -Infinity)
}

function readRecentRunsSafely(): RunRecord[] {
    try {
        return readRecentRuns()
    } catch (error) {
        // Without history the run assumes an on-time scheduler and a 1-s provider: it still works, a little earlier.
        safeLog('warn', `${LOG_PREFIX}: could not read recent runs from ${RUN_TABLE}: ${redact(describeError(error))}`)
        return []
    }
}

function leavesOk(outcome: Outcome): boolean {
    return outcome.kind === 'blocked' || outcome.kind === 'failed'
}

export function clock(): number {
    return new GlideDateTime().getNumericValue()
}
