import { gs } from '@servicenow/glide'
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { ADMIN_ROLE, VIEWER_ROLE } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { checkSetup, summarise, type Finding } from '../setup-check/checks.ts'
import { readAccountSetup, readSetupEnvironment } from '../setup-check/read-setup.ts'
import { readUserAccess } from '../platform/access.ts'
import { refreshOne } from '../token-keeper/refresh-now.ts'
import type { RunSummary } from '../token-keeper/run.ts'
import { resendForAdmin } from '../mail-flow/outbound-job.ts'
import { readOverview, readOverviewAccounts } from './read-overview.ts'
import type { AccountView } from './view-model.ts'

/**
 * The overview page's Scripted REST API (fluent/overview.now.ts), one handler a route:
 *   GET  /overview?page=0&pageSize=50&status=attention
 *                                        one page of accounts (soonest time to failure first), the summary
 *                                        counts, the banner, the client credentials and the Basic-auth accounts
 *   POST /accounts/{sys_id}/check        the setup check's findings for one account, errors first
 *   POST /accounts/{sys_id}/refresh      one refresh through the token keeper, then the account's view
 *   POST /accounts/{sys_id}/resend       sends again the emails that failed during the outbound account's incident (logged with who)
 * The GET route's ACL requires x_mail_oauth.viewer (x_mail_oauth.admin contains it), the actions'
 * x_mail_oauth.admin; each handler checks its role again, so a route published without its ACL still
 * answers 403. No answer carries a token or a secret.
 */

type Request = Pick<RESTAPIRequest, 'pathParams'> & { queryParams?: unknown }
/** setBody serializes a plain object to JSON on the instance. */
type Response = Pick<RESTAPIResponse, 'setStatus' | 'setHeader'> & { setBody(body: object): void }

const SYS_ID = /^[0-9a-f]{32}$/

export function getOverview(request: Request, response: Response): void {
    answer(response, VIEWER_ROLE, () => {
        const query = (request.queryParams ?? {}) as Record<string, unknown>
        const overview = readOverview(undefined, { page: Number(first(query.page) ?? 0), pageSize: Number(first(query.pageSize) ?? 0), status: first(query.status) })
        return { status: 200, body: { ...overview, canAct: gs.hasRole(ADMIN_ROLE) } }
    })
}

/** A query parameter's first value: the platform gives each as a list of strings. */
function first(value: unknown): string | undefined {
    const one = Array.isArray(value) ? value[0] : value
    return one === undefined || one === null ? undefined : String(one).slice(0, 40)
}

export function checkAccount(request: Request, response: Response): void {
    answer(response, ADMIN_ROLE, () => {
        const account = requestedAccount(request)
        if ('status' in account) return account
        const findings = checkSetup(readAccountSetup(account.sysId, readSetupEnvironment(), { readToken: true }))
        return { status: 200, body: { sysId: account.sysId, verdict: summarise(findings, account.name), findings: errorsFirst(findings) } }
    })
}

export function refreshAccount(request: Request, response: Response): void {
    answer(response, ADMIN_ROLE, () => {
        const account = requestedAccount(request)
        if ('status' in account) return account
        if (!account.active) {
            return failure(409, 'account_inactive', `"${account.name}" is inactive and the token keeper refreshes active accounts only: tick Active on its form first.`)
        }
        // Refresh now runs as the signed-in user, and the platform reads and stores tokens only for a user
        // who may read oauth_credential (admin, KB0859525): say so instead of reporting a false "not authorized".
        if (readUserAccess()?.canReadTokens === false) {
            return failure(
                403,
                'needs_role_admin',
                `Refresh now runs as you, and reading and storing "${account.name}"'s tokens needs the role admin (KB0859525). The refresh job, which runs as admin, refreshes it when it is due; or ask an admin to press Refresh now.`,
            )
        }
        const summary = refreshOne(account.sysId)
        const view = readOverview(account.sysId).accounts[0]
        return { status: 200, body: { outcome: outcomeOf(summary), message: messageOf(outcomeOf(summary), view), account: view } }
    })
}

export function resendFailedEmails(request: Request, response: Response): void {
    answer(response, ADMIN_ROLE, () => {
        const account = requestedAccount(request)
        if ('status' in account) return account
        const result = resendForAdmin(account.sysId, gs.getUserName())
        if (result.resent === 0 && result.refused.length === 0) {
            return failure(409, 'nothing_to_resend', `No email that failed during an incident of "${account.name}" is waiting to be sent again.`)
        }
        const refusedText = result.refused.length > 0 ? ` ${result.refused.length} could not be sent again: ${result.refused.slice(0, 3).join('; ')}.` : ''
        const leftText = result.left > 0 ? ` ${result.left} more are waiting: press Re-send again.` : ''
        return {
            status: result.refused.length > 0 && result.resent === 0 ? 500 : 200,
            body: { resent: result.resent, left: result.left, message: `${result.resent} email(s) set to be sent again through "${account.name}", each recorded in the re-send log with your name.${leftText}${refusedText}` },
        }
    })
}

type Answer = { status: number; body: object }

/** Checks the route's role, runs the handler, and turns an exception into a 500 that names no secret. */
function answer(response: Response, role: typeof ADMIN_ROLE | typeof VIEWER_ROLE, handler: () => Answer): void {
    let result: Answer
    if (!gs.hasRole(role)) {
        result = failure(403, 'forbidden', forbiddenMessage(role))
    } else {
        try {
            result = handler()
        } catch (error) {
            const detail = redact(error !== null && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error))
            gs.error(`Email OAuth Manager: overview API failed: ${detail}`)
            result = failure(500, 'internal_error', `The overview could not be read (${detail}); the system log has the details.`)
        }
    }
    response.setStatus(result.status)
    response.setHeader('Cache-Control', 'no-store')
    response.setBody(result.body)
}

function forbiddenMessage(role: typeof ADMIN_ROLE | typeof VIEWER_ROLE): string {
    if (role === VIEWER_ROLE) return `The Email OAuth Manager overview needs the role ${VIEWER_ROLE} or ${ADMIN_ROLE}: ask an admin to grant you ${VIEWER_ROLE} (User Administration > Users, Roles).`
    return `Check setup, Refresh now and Re-send need the role ${ADMIN_ROLE} (its members can also authorize the account): ask an admin to add you to the group "Email OAuth Manager admins".`
}

function failure(status: number, code: string, message: string): Answer {
    return { status, body: { error: { code, message } } }
}

/** The OAuth email account the path names, or the answer to give when there is none. */
function requestedAccount(request: Request): { sysId: string; name: string; active: boolean } | Answer {
    const sysId = String((request.pathParams as Record<string, unknown> | undefined)?.sys_id ?? '')
    if (!SYS_ID.test(sysId)) return failure(400, 'bad_sys_id', `"${sysId.slice(0, 40)}" is not an email account sys_id (32 hexadecimal characters).`)
    const account = readOverviewAccounts(sysId)[0]
    if (!account) return failure(404, 'account_not_found', `No email account with authentication OAuth2 has sys_id ${sysId}: reload the overview.`)
    return { sysId: account.sysId, name: account.name, active: account.active }
}

/** Errors first, then warnings, then notes, each group in the order the check found them. */
function errorsFirst(findings: Finding[]): Finding[] {
    const rank = { error: 0, warning: 1, info: 2 }
    return findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index).map(({ finding }) => finding)
}

export type RefreshOutcome = 'refreshed' | 'failed' | 'waiting' | 'blocked' | 'fresh' | 'disabled' | 'error'

function outcomeOf(summary: RunSummary | null): RefreshOutcome {
    if (summary === null || summary.errors > 0) return 'error'
    if (summary.disabled) return 'disabled'
    if (summary.refreshed > 0) return 'refreshed'
    if (summary.failed > 0) return 'failed'
    if (summary.waiting > 0) return 'waiting'
    if (summary.blocked > 0) return 'blocked'
    return 'fresh'
}

/** The sentence shown beside the button. */
function messageOf(outcome: RefreshOutcome, view: AccountView | undefined): string {
    const problem = view?.lastError?.summary ?? ''
    switch (outcome) {
        case 'refreshed':
            return `Refreshed: a new access token is stored, valid until ${view?.accessTokenExpiresAt ?? 'its expiry'}.`
        case 'failed':
            return `The refresh failed. ${problem}`.trim()
        case 'waiting':
            return `Not refreshed: another run holds this account, or it waits to retry after a failure until ${view?.nextAttemptAt ?? 'its next attempt'}. Try again then.`
        case 'blocked':
            return `No token request was made. ${problem}`.trim()
        case 'disabled':
            return 'Not refreshed: the token keeper is disabled (property x_mail_oauth.enabled is false).'
        case 'error':
            return 'The refresh could not run on this account; the system log has the details.'
        default:
            return `The access token is still valid${view?.lastRefreshedAt ? ` (refreshed at ${view.lastRefreshedAt})` : ''}; nothing was requested.`
    }
}
