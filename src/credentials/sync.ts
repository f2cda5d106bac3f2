/**
 * Thin: keeps the Client credentials rows the app reads in step with their sources (sources.ts
 * decides what to write). The certificate side runs at the start of every horizons run, so the time
 * to failure, the 30/14/7/1-day warnings and the overview count a certificate's end from its record
 * with no row typed by hand; the Entra side is written by entra.ts. Every write is checked; a refused
 * one is logged and the rest go on.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { CREDENTIAL_TABLE } from '../common/app.ts'
import { isTrue } from '../common/fields.ts'
import { redact } from '../common/redact.ts'
import { insertRecord, loggedWrite, updateRecord } from '../common/writes.ts'
import { CERTIFICATE, PROFILE_LINK } from './certificate-names.ts'
import { CREDENTIAL_SOURCE, dayOf, planCredentialSync, type CredentialSource, type ObservedCredential, type StoredReadRow } from './sources.ts'

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

const CHAIN = `${PROFILE_LINK.field}.jwt_keystore_alias.signing_keystore`

/**
 * The certificate at the end of each profile's chain, for every active provider whose profiles name a
 * JWT provider. One query (dot-walked). A certificate whose end cannot be read gives no row: the setup
 * check says so (certificate_expiry_unknown) instead of a guessed date.
 */
export function readCertificateCredentials(): ObservedCredential[] {
    const observed: ObservedCredential[] = []
    const profile = new GlideRecord(PROFILE_LINK.table)
    profile.addNotNullQuery(PROFILE_LINK.field)
    profile.addQuery('oauth_entity.active', true)
    profile.query()
    while (profile.next()) {
        const certificateId = text(profile.getValue(CHAIN))
        const expires = dayOf(profile.getValue(`${CHAIN}.${CERTIFICATE.field.expires}`)) || dayOf(profile.getValue(`${PROFILE_LINK.field}.jwt_keystore_alias.expiry`))
        if (certificateId === '' || expires === '') continue
        observed.push({
            source: CREDENTIAL_SOURCE.certificateRecord,
            providerId: text(profile.getValue('oauth_entity')),
            kind: 'certificate',
            sourceRecord: certificateId,
            expires,
            active: true,
            note: `From the x509 Certificate record '${text(profile.getValue(`${CHAIN}.${CERTIFICATE.field.name}`))}' (its Expires field); renew it there and on the app registration.`,
        })
    }
    return observed
}

function storedRows(sources: readonly CredentialSource[], providerIds: readonly string[] | null): StoredReadRow[] {
    const rows: StoredReadRow[] = []
    const gr = new GlideRecord(CREDENTIAL_TABLE)
    gr.addQuery('source', 'IN', sources.join(','))
    if (providerIds !== null) gr.addQuery('provider', 'IN', providerIds.join(','))
    gr.query()
    while (gr.next()) {
        rows.push({
            sysId: gr.getUniqueValue(),
            source: text(gr.getValue('source')),
            providerId: text(gr.getValue('provider')),
            sourceRecord: text(gr.getValue('source_record')),
            kind: text(gr.getValue('kind')),
            expires: text(gr.getValue('expires')).slice(0, 10),
            active: isTrue(gr.getValue('active')),
            note: text(gr.getValue('note')),
        })
    }
    return rows
}

function write(gr: GlideRecord, row: ObservedCredential): void {
    gr.setValue('provider', row.providerId)
    gr.setValue('kind', row.kind)
    gr.setValue('source', row.source)
    gr.setValue('source_record', row.sourceRecord)
    gr.setValue('expires', row.expires)
    gr.setValue('active', row.active)
    gr.setValue('note', row.note)
}

export interface SyncSummary {
    inserted: number
    updated: number
    deactivated: number
    refused: number
}

/**
 * Brings the rows of `sources` in step with `observed`: of every provider, or only of `providerIds`
 * (the providers read this time: a provider whose read failed keeps its rows). Bounded by the number
 * of credentials read (a handful per provider).
 */
export function syncCredentialRows(observed: readonly ObservedCredential[], sources: readonly CredentialSource[], providerIds: readonly string[] | null = null): SyncSummary {
    if (providerIds !== null && providerIds.length === 0) return { inserted: 0, updated: 0, deactivated: 0, refused: 0 }
    const plan = planCredentialSync(storedRows(sources, providerIds), observed, sources)
    const summary: SyncSummary = { inserted: 0, updated: 0, deactivated: 0, refused: 0 }
    for (const row of plan.insert) {
        const gr = new GlideRecord(CREDENTIAL_TABLE)
        gr.initialize()
        write(gr, row)
        if (loggedWrite(insertRecord(gr, `the ${row.kind} end date read from ${row.source} (${row.sourceRecord})`))) summary.inserted += 1
        else summary.refused += 1
    }
    for (const { sysId, row } of plan.update) {
        const gr = new GlideRecord(CREDENTIAL_TABLE)
        if (!gr.get(sysId)) continue
        write(gr, row)
        if (loggedWrite(updateRecord(gr, `the ${row.kind} end date read from ${row.source} (${row.sourceRecord})`))) summary.updated += 1
        else summary.refused += 1
    }
    for (const row of plan.deactivate) {
        const gr = new GlideRecord(CREDENTIAL_TABLE)
        if (!gr.get(row.sysId)) continue
        gr.setValue('active', false)
        if (loggedWrite(updateRecord(gr, `the end of a credential no longer read from ${row.source} (${row.sourceRecord})`))) summary.deactivated += 1
        else summary.refused += 1
    }
    return summary
}

/**
 * The certificate records' end dates, in step: called at the start of each horizons run. Never
 * throws: a failed read leaves the rows as they were (the last dates read) and is logged, and the
 * horizons run goes on with them.
 */
export function syncCertificateCredentials(): SyncSummary | null {
    try {
        return syncCredentialRows(readCertificateCredentials(), [CREDENTIAL_SOURCE.certificateRecord])
    } catch (error) {
        gs.error(`Email OAuth Manager: reading the certificate records' end dates failed; the last dates read stay in Client credentials: ${redact(String(error))}`)
        return null
    }
}
