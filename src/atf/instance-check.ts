/**
 * The ATF test "Check this instance": runs the same items as the overview's action and stores the
 * answers as it does. What the step asserts: every item answered with one of the three statuses, each
 * with what was found and what the app does, and every answer stored. ATF rolls back what a test
 * writes, so the answers stay in the step's output; the overview keeps those of its own action.
 */
import { checkThisInstance } from '../instance-check/entries.ts'
import { probeSummary } from '../instance-check/run.ts'
import { PROBE_ITEMS } from '../instance-check/items.ts'
import { readProbeResults } from '../platform/probe/results.ts'

export interface AtfInstanceCheck {
    /** How many items the app has. */
    items: number
    /** Items answered with confirmed, differs or cannot_tell and both texts. */
    answered: number
    /** Items whose stored row matches the answer. */
    stored: number
    refused: string[]
    /** One line per item, for the step's output. */
    report: string
}

export function runInstanceCheckForAtf(): AtfInstanceCheck {
    const { results, refused } = checkThisInstance()
    const stored = readProbeResults()
    const answered = results.filter((result) => ['confirmed', 'differs', 'cannot_tell'].indexOf(result.status) >= 0 && result.found !== '' && result.appDoes !== '')
    const matching = results.filter((result) => stored.get(result.key)?.status === result.status)
    const lines = results.map((result) => `${result.title}: ${result.status}. ${result.found}`)
    return { items: PROBE_ITEMS.length, answered: answered.length, stored: matching.length, refused, report: [probeSummary(results), ...lines].join('\n') }
}
