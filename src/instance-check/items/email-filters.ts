/**
 * Which email filters and ignore-header settings are active. KB0551482: the instance ignores inbound
 * email carrying X-ServiceNow-Generated (its own mail), through the property glide.pop3.ignore_headers
 * or, with the Email Filters plugin (com.glide.email_filter, active by default since Kingston), the
 * filter "Ignore header"; docs *Email filters* list the default filters (System Mailboxes >
 * Administration > Filters). An admin may have changed any of them; the canary depends on it.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

export const IGNORE_HEADERS_PROPERTY = 'glide.pop3.ignore_headers'
export const GENERATED_HEADER = 'X-ServiceNow-Generated'
/** The Email Filters plugin's table (System Mailboxes > Administration > Filters). */
export const EMAIL_FILTER_TABLE = 'sys_email_filter'

export interface EmailFiltersReading {
    /** The property's value; null when the property does not exist. */
    ignoreHeaders: string | null
    /** Names of the active filters; null when the filter table does not exist (plugin inactive). */
    activeFilters: string[] | null
}

export function decideEmailFilters(reading: EmailFiltersReading): ProbeAnswer {
    if (reading.ignoreHeaders === null && reading.activeFilters === null) {
        return cannotTell(`Neither ${IGNORE_HEADERS_PROPERTY} nor the Email Filters table could be read.`, `Looks for a canary's arrival among received and ignored emails, so it is found whether the instance ignores it or not.`)
    }
    const byProperty = (reading.ignoreHeaders ?? '').toLowerCase().indexOf(GENERATED_HEADER.toLowerCase()) >= 0
    const byFilter = (reading.activeFilters ?? []).some((name) => /ignore header/i.test(name))
    const found = [
        `${IGNORE_HEADERS_PROPERTY}: ${reading.ignoreHeaders === null ? 'not set' : `"${reading.ignoreHeaders.slice(0, 200)}"`}`,
        reading.activeFilters === null ? 'Email Filters plugin not active' : `active filters: ${listed(reading.activeFilters, 12)}`,
    ].join('; ')
    if (byProperty || byFilter) return confirmed(`${found}. The instance ignores its own mail, as documented.`, 'Finds the canary stored as an ignored email (received-ignored); the inbound action sees it only where the instance processes it.', byFilter ? 'filter' : 'property')
    return differs(
        `${found}. Nothing ignores ${GENERATED_HEADER}: the instance processes its own mail, unlike the documented default.`,
        "The canary reaches the inbound email actions; the app's action recognizes it and stops processing, so no other action acts on it. Mail the instance sends to itself is processed too: check that is what you want.",
        'none',
    )
}

export function readEmailFilters(): EmailFiltersReading {
    // Without a default, a property that does not exist reads as null.
    const property: unknown = gs.getProperty(IGNORE_HEADERS_PROPERTY)
    const filter = new GlideRecord(EMAIL_FILTER_TABLE)
    if (!filter.isValid()) return { ignoreHeaders: property === null || property === undefined ? null : String(property), activeFilters: null }
    filter.addQuery('active', true)
    filter.orderBy('order')
    filter.setLimit(100)
    filter.query()
    const activeFilters: string[] = []
    while (filter.next()) activeFilters.push(filter.getValue('name') ?? filter.getUniqueValue())
    return { ignoreHeaders: property === null || property === undefined ? null : String(property), activeFilters }
}

export const emailFiltersItem: ProbeItem = {
    key: PROBE_ITEM.emailFilters,
    title: 'Email filters and ignored headers',
    assumption: `The instance ignores inbound email carrying ${GENERATED_HEADER} (KB0551482: ${IGNORE_HEADERS_PROPERTY}, or the Email Filters plugin's Ignore header filter), so a canary arrives as an ignored email.`,
    check: () => decideEmailFilters(readEmailFilters()),
}
