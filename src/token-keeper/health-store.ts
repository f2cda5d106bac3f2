import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { HEALTH_TABLE, STATUS, type HealthStatus } from '../common/app.ts'
import { deleteRecord, insertRecord, loggedWrite, updateRecord } from '../common/writes.ts'
import { sameInstant, type HealthFields, type HealthSnapshot } from './model.ts'

/**
 * Thin adapter over x_mail_oauth_token_health: every row in one query, one row per account
 * (duplicates from a past race are removed), written only when the caller says it changed.
 */

/** A row positioned for writing (after a lease), so the final write needs no second read. */
export type HealthRowHandle = GlideRecord

const STATUSES: string[] = [STATUS.ok, STATUS.needsAuthorization, STATUS.refreshFailing, STATUS.misconfigured, STATUS.atRisk]

/** A date-time field as ms on the platform clock; null when empty or unreadable. */
export function readInstant(gr: GlideRecord, field: string): number | null {
    const value = gr.getValue(field)
    if (value === null || value === undefined || String(value) === '') return null
    const ms = new GlideDateTime(String(value)).getNumericValue()
    return isFinite(ms) ? ms : null
}

/** The stored form of an instant ('' for none). */
export function instantValue(ms: number | null): string {
    if (ms === null) return ''
    const gdt = new GlideDateTime()
    gdt.setNumericValue(ms)
    return gdt.getValue()
}

function text(value: string | null | undefined): string {
    return value === null || value === undefined ? '' : String(value)
}

/** One row as the token keeper reads it (also the overview page's reader). */
export function snapshotOf(gr: GlideRecord): HealthSnapshot {
    const status = text(gr.getValue('status'))
    const failures = parseInt(text(gr.getValue('consecutive_failures')), 10)
    return {
        sysId: gr.getUniqueValue(),
        status: STATUSES.indexOf(status) >= 0 ? (status as HealthStatus) : null,
        code: text(gr.getValue('last_error_code')),
        message: text(gr.getValue('last_error')),
        profileId: text(gr.getValue('oauth_profile')),
        accessTokenExpires: readInstant(gr, 'access_token_expires'),
        refreshTokenExpires: readInstant(gr, 'refresh_token_expires'),
        lastChecked: readInstant(gr, 'last_checked'),
        lastRefreshed: readInstant(gr, 'last_refreshed'),
        nextAttempt: readInstant(gr, 'next_attempt'),
        consecutiveFailures: isFinite(failures) ? failures : 0,
    }
}

/** Every health row (or those of `accountIds`) by account sys_id. One query; a duplicate row for an account (older first wins) is deleted. */
export function readHealthRows(accountIds: readonly string[] | null = null): Map<string, HealthSnapshot> {
    const rows = new Map<string, HealthSnapshot>()
    const gr = new GlideRecord(HEALTH_TABLE)
    if (accountIds !== null) gr.addQuery('email_account', 'IN', accountIds.join(','))
    gr.orderBy('sys_created_on')
    gr.query()
    while (gr.next()) {
        const accountId = text(gr.getValue('email_account'))
        if (rows.has(accountId)) loggedWrite(deleteRecord(gr, `a duplicate token health row of email account ${accountId}`))
        else rows.set(accountId, snapshotOf(gr))
    }
    return rows
}

/**
 * Takes the account for this run by setting next_attempt to `until` before the token request, so
 * an overlapping run skips it. Re-reads the row first: null when another run has set a future
 * next_attempt since this run read the row (a next_attempt this run already saw is its own call).
 */
export function acquireLease(accountSysId: string, previous: HealthSnapshot | null, now: number, until: number): HealthRowHandle | null {
    const gr = new GlideRecord(HEALTH_TABLE)
    if (previous !== null && gr.get(previous.sysId)) {
        const held = readInstant(gr, 'next_attempt')
        if (held !== null && held > now && !sameInstant(held, previous.nextAttempt)) return null
        gr.setValue('next_attempt', instantValue(until))
        // Refused (logged): no lease, so no request; the account waits like one another run holds.
        return loggedWrite(updateRecord(gr, `the lease on the token health row of email account ${accountSysId}`)) ? gr : null
    }
    gr.initialize()
    gr.setValue('email_account', accountSysId)
    gr.setValue('next_attempt', instantValue(until))
    gr.setValue('consecutive_failures', 0)
    const inserted = insertRecord(gr, `the token health row of email account ${accountSysId}`)
    if (inserted.ok) return gr
    // A unique index on email_account makes a concurrent second insert fail: that run then skips. Only
    // when no row exists now was the insert itself refused, which the admin must hear about.
    if (!new GlideRecord(HEALTH_TABLE).get('email_account', accountSysId)) loggedWrite(inserted)
    return null
}

/** Writes the row's fields and stamps last_checked: update in place, or insert on first sight. False (logged) when the instance refused it. */
export function writeHealth(accountSysId: string, handle: HealthRowHandle | null, previous: HealthSnapshot | null, fields: HealthFields, now: number): boolean {
    let gr = handle
    let isNew = false
    if (gr === null) {
        gr = new GlideRecord(HEALTH_TABLE)
        if (previous === null || !gr.get(previous.sysId)) {
            gr.initialize()
            isNew = true
        }
    }
    gr.setValue('email_account', accountSysId)
    gr.setValue('oauth_profile', fields.profileId)
    gr.setValue('status', fields.status ?? '')
    gr.setValue('last_error_code', fields.code)
    gr.setValue('last_error', fields.message)
    gr.setValue('access_token_expires', instantValue(fields.accessTokenExpires))
    gr.setValue('refresh_token_expires', instantValue(fields.refreshTokenExpires))
    gr.setValue('last_refreshed', instantValue(fields.lastRefreshed))
    gr.setValue('next_attempt', instantValue(fields.nextAttempt))
    gr.setValue('consecutive_failures', fields.consecutiveFailures)
    gr.setValue('last_checked', instantValue(now))
    const what = `the token health row of email account ${accountSysId}`
    return loggedWrite(isNew ? insertRecord(gr, what) : updateRecord(gr, what))
}

/** Removes the rows of accounts the job no longer keeps (one query for the lot). */
export function deleteHealthRows(rowSysIds: readonly string[]): void {
    if (rowSysIds.length === 0) return
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.addQuery('sys_id', 'IN', rowSysIds.join(','))
    gr.query()
    while (gr.next()) loggedWrite(deleteRecord(gr, 'the token health row of an account the job no longer keeps'))
}
