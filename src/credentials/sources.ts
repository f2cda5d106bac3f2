/**
 * Where a client credential's end date comes from, and the rows that carry read dates. Pure.
 *
 * Client credentials rows (x_mail_oauth_provider_credential) are what the horizons, the warnings and
 * the overview read. An admin types a row for a credential the app cannot read; the rows of the other
 * two sources are written by the app and kept in step with what it read:
 * - `certificate_record`: a certificate provider's end date, from the instance's certificate record
 *   (sys_certificate.expires) at the end of the chain its profiles name; re-read every hour.
 * - `entra`: a client secret's end date, read from the app registration in Entra (Microsoft Graph
 *   GET /applications(appId='{id}'), passwordCredentials endDateTime) once a day, where the admin
 *   granted the app the right to read it.
 * A read row is never typed over: the sync owns its rows (matched on source + provider + record),
 * deactivates those whose credential is gone, and leaves the admin's rows alone.
 */

export const CREDENTIAL_SOURCE = {
    manual: 'manual',
    certificateRecord: 'certificate_record',
    entra: 'entra',
} as const

export type CredentialSource = (typeof CREDENTIAL_SOURCE)[keyof typeof CREDENTIAL_SOURCE]

/** The words the list and the warnings use for each source. */
export const SOURCE_LABEL: { [source in CredentialSource]: string } = {
    manual: 'Typed by an admin',
    certificate_record: 'Certificate record',
    entra: 'Read from Entra',
}

/** A credential the app read: the row it should be. */
export interface ObservedCredential {
    source: Exclude<CredentialSource, 'manual'>
    providerId: string
    kind: 'secret' | 'certificate'
    /** What identifies the credential at its source: the sys_certificate sys_id, or Entra's keyId. */
    sourceRecord: string
    /** yyyy-MM-dd (UTC) of its end. */
    expires: string
    /** Whether the horizons count it (an Entra certificate is listed for the setup check only). */
    active: boolean
    note: string
}

/** A read row as stored. */
export interface StoredReadRow {
    sysId: string
    source: string
    providerId: string
    sourceRecord: string
    kind: string
    expires: string
    active: boolean
    note: string
}

export interface SyncPlan {
    insert: ObservedCredential[]
    update: { sysId: string; row: ObservedCredential }[]
    deactivate: StoredReadRow[]
}

function keyOf(row: { source: string; providerId: string; sourceRecord: string }): string {
    return `${row.source}|${row.providerId}|${row.sourceRecord}`
}

/**
 * The writes that bring the stored rows of `sources` in step with what was read. Rows of a source
 * not in `sources` (the admin's, or a source not read this time) are never touched.
 */
export function planCredentialSync(stored: readonly StoredReadRow[], observed: readonly ObservedCredential[], sources: readonly CredentialSource[]): SyncPlan {
    const plan: SyncPlan = { insert: [], update: [], deactivate: [] }
    const owned = stored.filter((row) => sources.includes(row.source as CredentialSource) && row.source !== CREDENTIAL_SOURCE.manual)
    const byKey = new Map(owned.map((row) => [keyOf(row), row]))
    const seen = new Set<string>()
    for (const row of observed) {
        const key = keyOf(row)
        if (seen.has(key)) continue
        seen.add(key)
        const existing = byKey.get(key)
        if (!existing) plan.insert.push(row)
        else if (existing.expires !== row.expires || existing.active !== row.active || existing.kind !== row.kind || existing.note !== row.note) plan.update.push({ sysId: existing.sysId, row })
    }
    for (const row of owned) if (!seen.has(keyOf(row)) && row.active) plan.deactivate.push(row)
    return plan
}

/** 'yyyy-MM-dd' of an instance date or date-time ('2027-03-01', '2027-03-01 12:00:00') or an ISO time; '' when unreadable. */
export function dayOf(value: string | null | undefined): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value ?? '').trim())
    return match ? `${match[1]}-${match[2]}-${match[3]}` : ''
}
