/**
 * Whether received email keeps its X-ServiceNow-Generated header in sys_email.headers. Every email an
 * instance sends carries it (KB0551482); whether the reader stores it with the other headers is not
 * documented. The canary's body-line fallback (src/mail-flow/marker.ts) trusts the body line only on
 * mail a ServiceNow instance generated, so it needs the header stored. A stored canary answers.
 */
import { queryStoredCanaryMail } from '../../mail-flow/arrival.ts'
import { CANARY_HEADER, recogniseCanary } from '../../mail-flow/marker.ts'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { cannotTell, confirmed, differs, type ProbeAnswer, type ProbeItem } from '../item.ts'
import { GENERATED_HEADER } from './email-filters.ts'

/** The newest stored canaries looked at. */
const MOST = 20

export interface GeneratedHeaderReading {
    /** Stored canaries (received or received-ignored) looked at, newest first. */
    canaries: number
    /** Of those, the ones whose stored headers carry X-ServiceNow-Generated: true. */
    withHeader: number
}

export function decideGeneratedHeader(reading: GeneratedHeaderReading): ProbeAnswer {
    if (reading.canaries === 0) return cannotTell('No canary is stored as received email yet.', `Recognises a canary by the app's header or subject, and by its body line only on mail whose stored headers carry ${GENERATED_HEADER}.`)
    const found = `${reading.withHeader} of the ${reading.canaries} newest stored canaries keep ${GENERATED_HEADER} in sys_email.headers`
    if (reading.withHeader > 0) return confirmed(`${found}.`, "Recognises a canary by its body line when a mail rule removed the app's header and rewrote the subject.", 'stored')
    return differs(
        `${found}: the instance does not store that header with received email.`,
        `The body-line fallback never applies: a canary is recognised by the app's header (${CANARY_HEADER}) or its subject only. Where a tenant mail rule strips that header and rewrites the subject, the canary is not recognised and the inbound leg reads canary_not_read: keep the header and the subject untouched for mail from the instance.`,
        'missing',
    )
}

export function readGeneratedHeader(): GeneratedHeaderReading {
    const email = queryStoredCanaryMail()
    email.orderByDesc('sys_created_on')
    email.setLimit(MOST)
    email.query()
    let canaries = 0
    let withHeader = 0
    while (email.next()) {
        const recognised = recogniseCanary({ subject: String(email.getValue('subject') ?? ''), bodyText: String(email.getValue('body_text') ?? ''), headers: String(email.getValue('headers') ?? '') })
        if (!recognised) continue
        canaries += 1
        if (recognised.generated) withHeader += 1
    }
    return { canaries, withHeader }
}

export const generatedHeaderItem: ProbeItem = {
    key: PROBE_ITEM.generatedHeaderStored,
    title: `Received email keeps ${GENERATED_HEADER}`,
    assumption: `The reader stores the ${GENERATED_HEADER} header of received email in sys_email.headers (not documented); the canary's body-line fallback relies on it.`,
    check: () => decideGeneratedHeader(readGeneratedHeader()),
}
