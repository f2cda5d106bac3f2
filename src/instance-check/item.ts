/**
 * The shape of one item of "Check this instance": an assumption the app makes that public
 * documentation leaves open, answered by the admin's own instance. Each item is one file under
 * items/: a pure `decide*` (what the reading means) and a thin `read*` (the platform records), joined
 * in `check`. Adding an item is that file and one line in items.ts (and its key in PROBE_ITEM when
 * another room reads its answer).
 */
import type { ProbeStatus } from '../platform/probe/names.ts'

export interface ProbeAnswer {
    status: ProbeStatus
    /** What the instance answered, in the admin's words ("column email_account, reference to sys_email_account"). */
    found: string
    /** What the app does with this answer (for differs and cannot tell: what it does instead). */
    appDoes: string
    /** The value other rooms use (src/platform/probe/results.ts probedValue); '' when none. */
    value?: string
}

export interface ProbeItem {
    /** The stored row's `item`; PROBE_ITEM (src/platform/probe/names.ts) names the keys other rooms read. */
    key: string
    /** Shown on the overview, the ATF output and the scan finding. */
    title: string
    /** What the app assumes, and why public documentation does not settle it. */
    assumption: string
    /** Reads the instance and decides. May throw: the runner turns an exception into cannot tell. */
    check(): ProbeAnswer
}

export interface ProbeResult extends ProbeAnswer {
    key: string
    title: string
    assumption: string
    value: string
}

export function confirmed(found: string, appDoes: string, value = ''): ProbeAnswer {
    return { status: 'confirmed', found, appDoes, value }
}

export function differs(found: string, appDoes: string, value = ''): ProbeAnswer {
    return { status: 'differs', found, appDoes, value }
}

export function cannotTell(found: string, appDoes: string): ProbeAnswer {
    return { status: 'cannot_tell', found, appDoes, value: '' }
}

/** A list for a sentence: "a, b and 3 more". */
export function listed(values: readonly string[], most = 6): string {
    if (values.length === 0) return 'none'
    const shown = values.slice(0, most)
    return values.length > most ? `${shown.join(', ')} and ${values.length - most} more` : shown.join(', ')
}
