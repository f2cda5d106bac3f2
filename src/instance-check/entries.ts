/**
 * The three doors to "Check this instance", all running the same items (items.ts) the same way
 * (run.ts):
 * - the overview page's Scripted REST API (fluent/check-this-instance.now.ts):
 *     GET  /api/x_mail_oauth/instance_check   the stored answers (x_mail_oauth.viewer)
 *     POST /api/x_mail_oauth/instance_check   runs the check, stores and returns the answers (x_mail_oauth.admin)
 * - the ATF test (fluent/atf/check-this-instance.now.ts): runs and stores, and asserts every item answered;
 * - the Instance Scan check (fluent/instance-scan.now.ts): runs without storing, one finding counting
 *   each item that differs.
 * Thin: the decisions are the items'.
 */
import { gs, GlideDateTime } from '@servicenow/glide'
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { ADMIN_ROLE, VIEWER_ROLE } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { readProbeResults } from '../platform/probe/results.ts'
import type { ProbeResult } from './item.ts'
import { PROBE_ITEMS } from './items.ts'
import { probeSummary, runProbe } from './run.ts'
import { storeProbeResults } from './store.ts'

/** One item as the overview shows it: status null when it was never checked. */
export interface InstanceCheckRow {
    key: string
    title: string
    assumption: string
    status: ProbeResult['status'] | null
    found: string
    appDoes: string
    /** 'yyyy-MM-dd HH:mm:ss' UTC; '' when never checked. */
    checkedAt: string
}

export interface InstanceCheckView {
    rows: InstanceCheckRow[]
    summary: string
    /** Whether the caller may run the check (x_mail_oauth.admin). */
    canRun: boolean
    /** Writes the instance refused when storing the answers (POST only). */
    refused: string[]
}

function platformNow(): number {
    return new GlideDateTime().getNumericValue()
}

/** Runs every item and stores the answers. */
export function checkThisInstance(): { results: ProbeResult[]; refused: string[] } {
    const results = runProbe(PROBE_ITEMS, platformNow)
    return { results, refused: storeProbeResults(results) }
}

export const NOT_CHECKED_YET = 'Not checked yet: an Email OAuth Manager admin runs it with Check this instance.'

/** The stored answers in the items' order, an item never checked included as such. */
export function storedView(refused: string[] = []): InstanceCheckView {
    const stored = readProbeResults()
    const rows: InstanceCheckRow[] = PROBE_ITEMS.map((item) => {
        const result = stored.get(item.key)
        return result
            ? { key: item.key, title: item.title, assumption: item.assumption, status: result.status, found: result.found, appDoes: result.appDoes, checkedAt: result.checkedAt }
            : { key: item.key, title: item.title, assumption: item.assumption, status: null, found: 'Not checked yet.', appDoes: 'Keeps its documented behaviour.', checkedAt: '' }
    })
    const answered = rows.flatMap((row) => (row.status === null ? [] : [{ status: row.status }]))
    const never = rows.length - answered.length
    const summary = answered.length === 0 ? NOT_CHECKED_YET : `${probeSummary(answered)}${never > 0 ? `, ${never} not checked yet` : ''}`
    return { rows, summary, canRun: gs.hasRole(ADMIN_ROLE), refused }
}

type Request = Pick<RESTAPIRequest, 'pathParams'>
type Response = Pick<RESTAPIResponse, 'setStatus' | 'setHeader'> & { setBody(body: object): void }

export function getInstanceCheck(_request: Request, response: Response): void {
    answer(response, VIEWER_ROLE, () => ({ status: 200, body: storedView() }))
}

export function runInstanceCheck(_request: Request, response: Response): void {
    answer(response, ADMIN_ROLE, () => {
        const { refused } = checkThisInstance()
        gs.info(`Email OAuth Manager: Check this instance run by ${gs.getUserName()}${refused.length > 0 ? `; ${refused.length} answer(s) could not be stored` : ''}`)
        return { status: refused.length > 0 ? 500 : 200, body: storedView(refused) }
    })
}

function answer(response: Response, role: string, handler: () => { status: number; body: object }): void {
    let result: { status: number; body: object }
    if (!gs.hasRole(role)) {
        const message =
            role === ADMIN_ROLE
                ? `Check this instance needs the role ${ADMIN_ROLE}: ask an admin to add you to the group "Email OAuth Manager admins".`
                : `Reading the answers of Check this instance needs the role ${VIEWER_ROLE} or ${ADMIN_ROLE}.`
        result = { status: 403, body: { error: { code: 'forbidden', message } } }
    } else {
        try {
            result = handler()
        } catch (error) {
            const detail = redact(String(error)).slice(0, 300)
            gs.error(`Email OAuth Manager: Check this instance failed: ${detail}`)
            result = { status: 500, body: { error: { code: 'internal_error', message: `Check this instance could not run (${detail}); the system log has the details.` } } }
        }
    }
    response.setStatus(result.status)
    response.setHeader('Cache-Control', 'no-store')
    response.setBody(result.body)
}

/** The part of the scan engine's `engine` a check script uses (src/instance-scan/entries.ts). */
export interface ScanFindingEngine {
    finding: { increment(): void; setValue?(field: string, value: unknown): void }
}

/** One finding counting each item that differs, its text naming every item not confirmed. Stores nothing. */
export function scanInstanceAssumptions(engine: ScanFindingEngine): void {
    const results = runProbe(PROBE_ITEMS, platformNow)
    const differing = results.filter((result) => result.status === 'differs')
    if (differing.length === 0) return
    const lines = results.filter((result) => result.status !== 'confirmed').map((result) => `${result.title}: ${result.status === 'differs' ? 'differs' : 'cannot tell'}. ${result.found} The app: ${result.appDoes}`)
    if (typeof engine.finding.setValue === 'function') engine.finding.setValue('finding_details', [`This instance differs from ${differing.length} assumption(s) of Email OAuth Manager (${probeSummary(results)}):`, ...lines].join('\n'))
    for (let i = 0; i < differing.length; i += 1) engine.finding.increment()
}
