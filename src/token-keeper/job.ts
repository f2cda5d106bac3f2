import { GlideDateTime, gs } from '@servicenow/glide'
import { PROPERTY, REFRESH_JOB_INTERVAL_SECONDS, STATUS, type HealthStatus } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { readSettings, type Settings } from '../common/settings.ts'
import { refreshJobMayRun } from '../setup-check/read-access.ts'
import { refreshBlockerCheck } from '../setup-check/read-setup.ts'
import { accountRecord, readOAuthAccounts, readProfileProviders, readProfileScopes, type EmailAccount, type ProfileProvider } from './accounts.ts'
import { classifyAppOnly, isAppOnlyGrant } from './app-only.ts'
import { watchAuthorization } from './authorization-watch.ts'
import { LEASE_SECONDS } from './backoff.ts'
import { classifyResponse } from './classify.ts'
import { configurationChangedSince, decide, observeToken, selectRefreshes, type Decision } from './decide.ts'
import { acquireLease, readHealthRows, writeHealth, type HealthRowHandle } from './health-store.ts'
import { disabledMessage, missingProfileMessage, missingProviderMessage } from './messages.ts'
import { CODE, type AccountSetupCheck, type HealthSnapshot, type MessageContext, type SetupFinding, type TokenState } from './model.ts'
import { readToken, requestClientCredentials, requestRefresh, type TokenRead } from './oauth-client.ts'
import { transition, type Outcome } from './transition.ts'

/**
 * The scheduled job: for every active OAuth email account, read the token the platform holds,
 * refresh it through sn_auth before it expires, keep the account's health row and queue an event
 * when an admin must act. Decisions are in the pure modules; this file only wires them to the
 * platform adapters, one account at a time, and never throws.
 */

export type { AccountSetupCheck, SetupFinding }

export interface TokenKeeperDependencies {
    /** The setup check, run on first sight, when the status leaves ok and while misconfigured. None by default. */
    checkAccount?: AccountSetupCheck | null
    /** The overview's Refresh now: this account only, due whatever time its access token has left (backoff and leases still hold). */
    refreshNow?: { accountSysId: string } | null
}

export interface RunSummary {
    accounts: number
    fresh: number
    refreshed: number
    failed: number
    /** Held by backoff or by another run's lease. */
    waiting: number
    /** Due, but beyond max_refreshes_per_run: next run. */
    deferred: number
    /** Of those, the ones with no valid access token left at the next run: the limit is too low. */
    deferredPastExpiry: number
    /** needs_authorization or misconfigured without a token request. */
    blocked: number
    rowsWritten: number
    events: number
    /** Accounts on which the job itself hit an exception. */
    errors: number
    disabled: boolean
}

const LOG_PREFIX = 'Email OAuth Manager'

/** A refresh window longer than any access token: Refresh now finds every token due. */
const REFRESH_NOW_WINDOW_SECONDS = 10 * 365 * 24 * 3600

/** Entry point of the scheduled job "Email OAuth Manager: refresh email access tokens". */
export function runRefreshJob(): void {
    if (!refreshJobMayRun()) return
    refreshAccounts({ checkAccount: refreshBlockerCheck() })
}

/** The overview page's *Refresh now*: one run of the token keeper over this one account. */
export function refreshOne(accountSysId: string): RunSummary | null {
    return refreshAccounts({ checkAccount: refreshBlockerCheck(), refreshNow: { accountSysId } })
}

/** One run with the given dependencies; returns what it did (null if the run itself failed, which it logs). */
export function refreshAccounts(dependencies: TokenKeeperDependencies = {}): RunSummary | null {
    try {
        return new RefreshRun(dependencies).run()
    } catch (error) {
        safeLog('error', `${LOG_PREFIX}: the refresh run stopped: ${redact(describeError(error))}`)
        return null
    }
}

interface AccountWork {
    account: EmailAccount
    previous: HealthSnapshot | null
    read: TokenRead | null
    token: TokenState | null
    decision: Decision
    checked: boolean
    blockedBy: SetupFinding | null
}

class RefreshRun {
    private readonly summary: RunSummary = {
        accounts: 0,
        fresh: 0,
        refreshed: 0,
        failed: 0,
        waiting: 0,
        deferred: 0,
        deferredPastExpiry: 0,
        blocked: 0,
        rowsWritten: 0,
        events: 0,
        errors: 0,
        disabled: false,
    }
    private settings!: Settings

    constructor(private readonly dependencies: TokenKeeperDependencies) {}

    run(): RunSummary {
        this.settings = readSettings()
        const only = this.dependencies.refreshNow?.accountSysId
        if (only !== undefined) this.settings = { ...this.settings, refreshWindowSeconds: REFRESH_NOW_WINDOW_SECONDS }
        if (!this.settings.enabled) {
            gs.info(disabledMessage())
            this.summary.disabled = true
            return this.summary
        }
        const accounts = readOAuthAccounts().filter((account) => only === undefined || account.sysId === only)
        const health = readHealthRows()
        this.summary.accounts = accounts.length

        const work: AccountWork[] = []
        for (const account of accounts) {
            const previous = health.get(account.sysId) ?? null
            this.isolated(account, previous, () => work.push(this.assess(account, previous)))
        }

        // A misconfigured account backing off retries at once when an admin has saved a fix since.
        const providers = new Map<string, ProfileProvider>()
        const backingOff = work.filter((w) => w.decision.kind === 'waiting' && w.previous?.status === STATUS.misconfigured)
        if (backingOff.length > 0) this.readProviders(providers, backingOff)
        for (const w of backingOff) {
            const changedAt = Math.max(w.account.updatedAt ?? 0, providers.get(w.account.profileId)?.updatedAt ?? 0)
            if (configurationChangedSince(w.previous, changedAt || null) && (w.token || isAppOnlyGrant(w.account.grantType))) {
                w.decision = { kind: 'refresh', dueAt: w.token?.accessExpiresAt ?? -Infinity }
            }
        }

        const due = work.filter((w) => w.decision.kind === 'refresh')
        const order = selectRefreshes(
            due.map((w) => ({ id: w.account.sysId, dueAt: w.decision.kind === 'refresh' ? w.decision.dueAt : 0 })),
            this.settings.maxRefreshesPerRun,
        )
        const selected = new Set(order)
        this.readProviders(providers, due.filter((w) => selected.has(w.account.sysId)))

        // The most urgent refreshes first (a slow provider must not delay them), then everything else.
        const byId = new Map(work.map((w) => [w.account.sysId, w]))
        const sequence = order.map((id) => byId.get(id) as AccountWork).concat(work.filter((w) => !selected.has(w.account.sysId)))
        for (const w of sequence) this.isolated(w.account, w.previous, () => this.settle(w, selected.has(w.account.sysId), providers))

        const s = this.summary
        gs.info(
            `${LOG_PREFIX}: refresh run: ${s.accounts} OAuth email accounts, ${s.fresh} fresh, ${s.refreshed} refreshed, ${s.failed} failed, ` +
                `${s.blocked} need an admin, ${s.waiting} waiting to retry, ${s.deferred} deferred to the next run ` +
                `(max_refreshes_per_run ${this.settings.maxRefreshesPerRun}), ${s.errors} errors; ${s.rowsWritten} health rows written, ${s.events} events queued.`,
        )
        if (s.deferredPastExpiry > 0) {
            gs.warn(
                `${LOG_PREFIX}: ${s.deferredPastExpiry} email accounts will have no valid access token at the next run because ` +
                    `${PROPERTY.maxRefreshesPerRun.name} (${this.settings.maxRefreshesPerRun}) is too low for ${s.accounts} accounts: raise it under ` +
                    `Email OAuth Manager > Properties (with 1-hour tokens, to at least accounts × 180 / 3000).`,
            )
        }
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
            : decide({ profileId: account.profileId, token, previous, now, settings: this.settings, appOnly: isAppOnlyGrant(account.grantType) })
        return { account, previous, read, token, decision, checked, blockedBy }
    }

    /** Phase 3: act on the decision, then record and alert. */
    private settle(w: AccountWork, selected: boolean, providers: Map<string, ProfileProvider>): void {
        let previous = w.previous
        let handle: HealthRowHandle | null = null
        let outcome: Outcome
        let secrets = w.read ? w.read.secrets : []
        const names: MessageContext = { accountName: w.account.name, providerName: '' }
        const d = w.decision
        if (d.kind === 'blocked') outcome = { kind: 'blocked', status: d.status, code: d.code, message: w.blockedBy?.message, token: w.token }
        else if (d.kind === 'fresh') outcome = { kind: 'fresh', token: w.token as TokenState }
        else if (d.kind === 'waiting') outcome = { kind: 'waiting' }
        else if (!selected) {
            this.summary.deferred += 1
            const expiresAt = w.token?.accessExpiresAt ?? null
            if (expiresAt === null || expiresAt <= clock() + REFRESH_JOB_INTERVAL_SECONDS * 1000) this.summary.deferredPastExpiry += 1
            return
        } else {
            const provider = providers.get(w.account.profileId)
            names.providerName = provider?.entityName ?? ''
            if (!provider) outcome = { kind: 'blocked', status: STATUS.misconfigured, code: CODE.missingProfile, message: missingProfileMessage(names, true), token: w.token }
            else if (provider.entityName === '') outcome = { kind: 'blocked', status: STATUS.misconfigured, code: CODE.missingProvider, message: missingProviderMessage(names), token: w.token }
            else {
                const leaseFrom = clock()
                handle = acquireLease(w.account.sysId, previous, leaseFrom, leaseFrom + LEASE_SECONDS * 1000)
                if (handle === null) outcome = { kind: 'waiting' }
                else {
                    // The row now holds the lease: compare the final fields against that.
                    if (previous !== null) previous = { ...previous, nextAttempt: leaseFrom + LEASE_SECONDS * 1000 }
                    const refreshed = this.refresh(w, previous)
                    outcome = refreshed.outcome
                    secrets = secrets.concat(refreshed.secrets)
                }
            }
        }

        if (this.hasCheck() && !w.checked && previous?.status === STATUS.ok && leavesOk(outcome)) {
            const finding = this.firstError(w.account)
            if (finding) outcome = { kind: 'blocked', status: STATUS.misconfigured, code: finding.code, message: finding.message, token: 'token' in outcome ? outcome.token : w.token }
        }
        this.count(outcome)
        this.record(w.account, previous, handle, outcome, names, secrets)
    }

    /** Writes the health row when it changed, logs a status change and queues the events it calls for. */
    private record(account: EmailAccount, previous: HealthSnapshot | null, handle: HealthRowHandle | null, outcome: Outcome, names: MessageContext, secrets: string[]): void {
        const now = clock()
        const change = transition(previous, outcome, { profileId: account.profileId, now, settings: this.settings, names })
        if (change === null || !change.write) return
        const fields = { ...change.fields, message: redact(change.fields.message, secrets) }
        writeHealth(account.sysId, handle, previous, fields, now)
        this.summary.rowsWritten += 1
        if (fields.status !== (previous?.status ?? null)) this.logStatusChange(account, previous?.status ?? null, fields.status, fields.code, fields.message)
        for (const event of change.events) {
            const record = accountRecord(account.sysId)
            if (record === null) continue
            gs.eventQueue(event.name, record, account.sysId, redact(event.code, secrets))
            this.summary.events += 1
        }
        // Who authorized the account, and Gmail's testing mode (src/token-keeper/authorization-watch.ts).
        const watched = { accountSysId: account.sysId, accountName: account.name, profileId: account.profileId, code: fields.code, now }
        this.summary.events += watchAuthorization({ ...watched, previousStatus: previous?.status ?? null, status: fields.status, refreshed: outcome.kind === 'refreshed', row: handle })
    }

    /** After the lease: read the token again (an overlapping run may have refreshed it), then request. */
    private refresh(w: AccountWork, previous: HealthSnapshot | null): { outcome: Outcome; secrets: string[] } {
        const read = readToken(w.account.sysId, w.account.profileId)
        const before = observeToken(read.raw, clock(), previous)
        const appOnly = isAppOnlyGrant(w.account.grantType)
        const again = decide({ profileId: w.account.profileId, token: before, previous: null, now: clock(), settings: this.settings, appOnly })
        if (again.kind === 'fresh') return { outcome: { kind: 'fresh', token: before as TokenState }, secrets: read.secrets }
        if (again.kind === 'blocked') return { outcome: { kind: 'blocked', status: again.status, code: again.code, token: before }, secrets: read.secrets }
        const sent = appOnly
            ? requestClientCredentials(w.account.sysId, w.account.profileId, readProfileScopes(w.account.profileId))
            : requestRefresh(w.account.sysId, w.account.profileId, read.refreshToken)
        const secrets = read.secrets.concat(sent.secrets)
        const classified = classifyResponse(sent.response, clock(), secrets)
        const result = appOnly ? classifyAppOnly(classified) : classified
        if (result.kind === 'refreshed') return { outcome: { kind: 'refreshed', token: result.token }, secrets }
        return {
            outcome: { kind: 'failed', status: result.status, code: result.code, detail: result.detail, retryAfterSeconds: result.retryAfterSeconds, token: before },
            secrets,
        }
    }

    /** Adds the providers of these accounts' profiles not read yet (two queries, whatever their number). */
    private readProviders(providers: Map<string, ProfileProvider>, accounts: AccountWork[]): void {
        const missing = accounts.map((w) => w.account.profileId).filter((id) => id !== '' && !providers.has(id))
        if (missing.length === 0) return
        readProfileProviders(missing).forEach((provider, profileId) => providers.set(profileId, provider))
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

    private logStatusChange(account: EmailAccount, from: HealthStatus | null, to: HealthStatus | null, code: string, message: string): void {
        const line = `${LOG_PREFIX}: email account '${account.name}' (${account.sysId}): ${from ?? 'new'} -> ${to}${code ? ` (${code})` : ''}${message ? `: ${message}` : ''}`
        if (to === STATUS.ok) gs.info(line)
        else gs.warn(line)
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
                this.record(account, previous, null, failed, { accountName: account.name, providerName: '' }, [])
            } catch (recordError) {
                safeLog('error', `${LOG_PREFIX}: could not record the error on the health row of '${account.name}': ${redact(describeError(recordError))}`)
            }
        }
    }
}

function leavesOk(outcome: Outcome): boolean {
    return outcome.kind === 'blocked' || outcome.kind === 'failed'
}

function clock(): number {
    return new GlideDateTime().getNumericValue()
}

function describeError(error: unknown): string {
    if (error !== null && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message)
    return String(error)
}

function safeLog(level: 'error' | 'warn', message: string): void {
    try {
        if (level === 'error') gs.error(message)
        else gs.warn(message)
    } catch {
        // Nothing left to tell: the job must not throw.
    }
}
