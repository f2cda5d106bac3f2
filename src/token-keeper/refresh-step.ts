import { gs } from '@servicenow/glide'
import { PROPERTY } from '../common/app.ts'
import type { Settings } from '../common/settings.ts'
import type { EmailAccount } from './accounts.ts'
import { leaseSeconds } from './backoff.ts'
import { readProfileScopes } from './accounts.ts'
import { classifyAppOnly, grantOf } from './app-only.ts'
import { classifyResponse } from './classify.ts'
import { decide, observeToken } from './decide.ts'
import { acquireLease, type HealthRowHandle } from './health-store.ts'
import { sameInstant, type HealthSnapshot, type TokenState } from './model.ts'
import { readToken, requestClientCredentials, requestRefresh } from './oauth-client.ts'
import type { Outcome } from './transition.ts'

/**
 * One account's refresh: take the lease, read the token again (an overlapping run or a worker may
 * have refreshed it), send the request, classify the answer. The run decides whom to refresh and
 * when; this step only does it. Hooks for other grants or checks after a refresh belong here.
 */

export interface StepInput {
    account: EmailAccount
    previous: HealthSnapshot | null
    /** The token as the run read it when it planned this refresh. */
    planned: TokenState | null
    /** Planned ahead of its deadline to spread a wave of expiries: refresh although the token is still fresh. */
    ahead: boolean
}

export interface StepResult {
    outcome: Outcome
    secrets: string[]
    /** The row as the lease left it, for the final write. */
    previous: HealthSnapshot | null
    handle: HealthRowHandle | null
    /** How long the token request took; null when none was sent. */
    requestMs: number | null
}

export class RefreshStep {
    constructor(
        private readonly settings: Settings,
        private readonly horizonMs: number,
        private readonly clock: () => number,
    ) {}

    run(input: StepInput): StepResult {
        const leaseFrom = this.clock()
        const leaseUntil = leaseFrom + leaseSeconds(this.settings) * 1000
        const handle = acquireLease(input.account.sysId, input.previous, leaseFrom, leaseUntil)
        if (handle === null) return { outcome: { kind: 'waiting' }, secrets: [], previous: input.previous, handle: null, requestMs: null }
        // The row now holds the lease: compare the final fields against that.
        const previous = input.previous === null ? null : { ...input.previous, nextAttempt: leaseUntil }
        const done = (outcome: Outcome, secrets: string[], requestMs: number | null = null): StepResult => ({ outcome, secrets, previous, handle, requestMs })

        const read = readToken(input.account.sysId, input.account.profileId)
        const before = observeToken(read.raw, this.clock(), previous)
        const grant = grantOf(input.account.grantType)
        const again = decide({ profileId: input.account.profileId, token: before, previous: null, now: this.clock(), settings: this.settings, horizonMs: this.horizonMs, grant })
        if (again.kind === 'blocked') return done({ kind: 'blocked', status: again.status, code: again.code, token: before }, read.secrets)
        if (again.kind === 'fresh' && (!input.ahead || refreshedSince(input.planned, before))) return done({ kind: 'fresh', token: before as TokenState }, read.secrets)

        const sentAt = this.clock()
        const sent =
            grant === 'client_credentials'
                ? requestClientCredentials(input.account.sysId, input.account.profileId, readProfileScopes(input.account.profileId))
                : requestRefresh(input.account.sysId, input.account.profileId, read.refreshToken)
        const requestMs = this.clock() - sentAt
        if (this.clock() > leaseUntil) this.warnLeaseOutlasted(input.account, requestMs)
        const secrets = read.secrets.concat(sent.secrets)
        const classified = classifyResponse(sent.response, this.clock(), secrets)
        const result = grant === 'client_credentials' ? classifyAppOnly(classified) : classified
        if (result.kind === 'refreshed') return done({ kind: 'refreshed', token: result.token }, secrets, requestMs)
        return done(
            { kind: 'failed', status: result.status, code: result.code, detail: result.detail, retryAfterSeconds: result.retryAfterSeconds, token: before },
            secrets,
            requestMs,
        )
    }

    /** A request longer than the lease: another run could have refreshed the same account meanwhile. */
    private warnLeaseOutlasted(account: EmailAccount, requestMs: number): void {
        gs.warn(
            `Email OAuth Manager: a token request for email account '${account.name}' took ${Math.round(requestMs / 1000)} s, longer than ` +
                `${PROPERTY.tokenRequestTimeoutSeconds.name} (${this.settings.tokenRequestTimeoutSeconds} s) allows for: set that property to the instance's ` +
                `outbound HTTP timeout so the lease outlasts every request.`,
        )
    }
}

/** The stored token expires later than when the run planned: someone else refreshed it. */
function refreshedSince(planned: TokenState | null, now: TokenState | null): boolean {
    if (planned === null || now === null || planned.accessExpiresAt === null || now.accessExpiresAt === null) return false
    return now.accessExpiresAt > planned.accessExpiresAt && !sameInstant(now.accessExpiresAt, planned.accessExpiresAt)
}
