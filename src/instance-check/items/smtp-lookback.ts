/**
 * The platform's SMTP lookback as set on this instance: glide.email.smtp.claim.lookback.hrs (docs
 * *Email properties*: outbound email older than this, by creation, is not sent any more; default 24).
 * The outbound leg and the re-send of failed email (src/mail-flow/outbound-records.ts
 * readLookbackHours) read it and assume 24 when it is unset or not a number.
 */
import { gs } from '@servicenow/glide'
import { DEFAULT_LOOKBACK_HOURS } from '../../mail-flow/legs.ts'
import { LOOKBACK_PROPERTY } from '../../mail-flow/outbound-records.ts'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { confirmed, differs, type ProbeAnswer, type ProbeItem } from '../item.ts'


/** The property's value; null when it is not set on this instance. */
export function decideSmtpLookback(raw: string | null): ProbeAnswer {
    const value = (raw ?? '').trim()
    const hours = Number(value)
    if (value !== '' && isFinite(hours) && hours > 0) {
        return confirmed(`${LOOKBACK_PROPERTY} is ${value} hours.`, `Counts an outbound email as never leaving once it is older than ${value} hours, and re-sends only failed email within them.`, value)
    }
    return differs(
        `${LOOKBACK_PROPERTY} is ${raw === null ? 'not set' : `'${value.slice(0, 20)}', not a positive number of hours`}.`,
        `Assumes the platform's default ${DEFAULT_LOOKBACK_HOURS} hours for the outbound leg and the re-send. If the platform uses another value here, set ${LOOKBACK_PROPERTY} to it in System Properties (sys_properties.list).`,
        String(DEFAULT_LOOKBACK_HOURS),
    )
}

export function readSmtpLookback(): string | null {
    const raw: unknown = gs.getProperty(LOOKBACK_PROPERTY)
    return raw === null || raw === undefined ? null : String(raw)
}

export const smtpLookbackItem: ProbeItem = {
    key: PROBE_ITEM.smtpLookback,
    title: 'The platform SMTP lookback',
    assumption: `${LOOKBACK_PROPERTY} holds the platform's lookback in hours (documented default ${DEFAULT_LOOKBACK_HOURS}); the outbound leg and the re-send follow it.`,
    check: () => decideSmtpLookback(readSmtpLookback()),
}
