/**
 * The overview's Scripted REST API (fluent/overview.now.ts, src/overview/rest.ts), called with the
 * session's token as every instance page does (X-UserToken: window.g_ck).
 */
import type { AccountView, BannerEntry, BasicAccountView, CredentialView, Overview, ViewStatus } from '../src/overview/view-model.ts'
import type { InstanceCheckRow, InstanceCheckView } from '../src/instance-check/entries.ts'

export type { AccountView, BannerEntry, BasicAccountView, CredentialView, InstanceCheckRow, InstanceCheckView, Overview, ViewStatus }

/** Which page of accounts to ask for: the server pages, filters and sorts (soonest time to failure first). */
export interface OverviewQuery {
    page: number
    status: string
}

declare global {
    interface Window {
        g_ck?: string
    }
}

export const API_BASE = '/api/x_mail_oauth/overview'
/** Check this instance has its own API (fluent/check-this-instance.now.ts). */
export const INSTANCE_CHECK_API = '/api/x_mail_oauth/instance_check'

export interface Finding {
    code: string
    severity: 'error' | 'warning' | 'info'
    field: string
    message: string
}

export interface CheckResult {
    sysId: string
    verdict: string
    findings: Finding[]
}

export interface RefreshResult {
    outcome: 'refreshed' | 'failed' | 'waiting' | 'blocked' | 'fresh' | 'disabled' | 'error'
    message: string
    account: AccountView | undefined
}

export interface ResendResult {
    resent: number
    left: number
    message: string
}

/** An answer other than 2xx: the API's own sentence when it gave one. */
export class ApiError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message)
    }
}

async function call<T>(method: 'GET' | 'POST', path: string, base = API_BASE): Promise<T> {
    const response = await fetch(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-UserToken': window.g_ck ?? '' },
        body: method === 'POST' ? '{}' : undefined,
    })
    const text = await response.text()
    let body: unknown = null
    try {
        body = text ? JSON.parse(text) : null
    } catch {
        body = null
    }
    // Scripted REST APIs wrap the body in "result"; an error carries error.message.
    const payload = (body && typeof body === 'object' && 'result' in body ? (body as { result: unknown }).result : body) as Record<string, unknown> | null
    if (!response.ok) {
        const error = (payload?.error ?? (body as { error?: unknown } | null)?.error) as { message?: string } | undefined
        throw new ApiError(response.status, error?.message ?? `The server answered ${response.status} ${response.statusText}.`)
    }
    return payload as T
}

export const api = {
    overview: (query: OverviewQuery = { page: 0, status: 'all' }) => call<Overview>('GET', `/?page=${query.page}&status=${encodeURIComponent(query.status)}`),
    check: (sysId: string) => call<CheckResult>('POST', `/accounts/${encodeURIComponent(sysId)}/check`),
    refresh: (sysId: string) => call<RefreshResult>('POST', `/accounts/${encodeURIComponent(sysId)}/refresh`),
    resend: (sysId: string) => call<ResendResult>('POST', `/accounts/${encodeURIComponent(sysId)}/resend`),
    instanceCheck: () => call<InstanceCheckView>('GET', '', INSTANCE_CHECK_API),
    runInstanceCheck: () => call<InstanceCheckView>('POST', '', INSTANCE_CHECK_API),
}
