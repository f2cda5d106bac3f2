/**
 * Runs the items of "Check this instance": each one's reading and decision, an exception becoming
 * "cannot tell" with its reason, never stopping the others. Bounded by time as well as by the list:
 * items not reached within the budget are answered "cannot tell: not checked, the check ran out of
 * time", never dropped.
 */
import { redact } from '../common/redact.ts'
import { cannotTell, type ProbeItem, type ProbeResult } from './item.ts'

/** The Instance Scan check that runs the same items (fluent/instance-scan.now.ts). */
export const INSTANCE_CHECK_SCAN_NAME = 'Email OAuth: this instance differs from an assumption of the app'

/** The whole check stays well inside a REST request's or an ATF step's time limit. */
export const PROBE_BUDGET_MS = 30 * 1000

export function runProbe(items: readonly ProbeItem[], clock: () => number, budgetMs = PROBE_BUDGET_MS): ProbeResult[] {
    const startedAt = clock()
    return items.map((item) => {
        let answer
        if (clock() - startedAt > budgetMs) {
            answer = cannotTell('Not checked: the check ran out of time before this item.', 'Keeps its documented behaviour; run the check again.')
        } else {
            try {
                answer = item.check()
            } catch (error) {
                answer = cannotTell(`The instance refused the reading (${redact(String(error)).slice(0, 300)}).`, 'Keeps its documented behaviour. A refused read usually means a cross-scope privilege is not Allowed (first item).')
            }
        }
        return { key: item.key, title: item.title, assumption: item.assumption, status: answer.status, found: answer.found, appDoes: answer.appDoes, value: answer.value ?? '' }
    })
}

/** "9 confirmed, 1 differs, 1 cannot tell". */
export function probeSummary(results: ReadonlyArray<Pick<ProbeResult, 'status'>>): string {
    const count = (status: ProbeResult['status']) => results.filter((result) => result.status === status).length
    return `${count('confirmed')} confirmed, ${count('differs')} differ${count('differs') === 1 ? 's' : ''}, ${count('cannot_tell')} cannot tell`
}
