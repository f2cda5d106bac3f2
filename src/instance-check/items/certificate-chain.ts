/**
 * The tables and columns of the certificate chain (docs/certificate-credentials.md): the JWT claims
 * table and its columns (jwt_standard_claim guessed: no public doc or table typing names it), the
 * columns of jwt_keystore_aliases, jwt_provider and oauth_entity_profile.jwt_provider, and the type
 * of sys_certificate.expires (date or date-time). The instance's dictionary answers; where the claims
 * table has another name, the tables referring to jwt_provider are named so the guess can be fixed.
 */
import { GlideRecord } from '@servicenow/glide'
import { CERTIFICATE, JWT_CLAIM, JWT_PROVIDER, PROFILE_LINK, SIGNING_KEY } from '../../credentials/certificate-names.ts'
import { readColumns, type Column } from '../dictionary.ts'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

/** The dictionary types the app reads as an end date (src/credentials/expiry.ts takes the yyyy-MM-dd prefix). */
const DATE_TYPES = ['glide_date', 'glide_date_time']

/** The columns of each table the app reads, as certificate-names.ts names them. */
export const EXPECTED_CHAIN: ReadonlyArray<{ table: string; columns: readonly string[] }> = [
    { table: SIGNING_KEY.table, columns: Object.values(SIGNING_KEY.field) },
    { table: JWT_PROVIDER.table, columns: Object.values(JWT_PROVIDER.field) },
    { table: JWT_CLAIM.table, columns: Object.values(JWT_CLAIM.field) },
    { table: PROFILE_LINK.table, columns: [PROFILE_LINK.field] },
]

export interface CertificateChainReading {
    /** Per table: its columns, null when the dictionary lists none (no such table). */
    tables: Record<string, ReadonlyMap<string, Column> | null>
    /** The type of sys_certificate.expires; null when the column is not there. */
    expiresType: string | null
    /** Tables with a column referring to jwt_provider (where the claims table may be otherwise named). */
    referringToProvider: string[]
}

export function decideCertificateChain(reading: CertificateChainReading): ProbeAnswer {
    const present = EXPECTED_CHAIN.filter((part) => reading.tables[part.table])
    if (present.length === 0 && reading.expiresType === null) {
        return cannotTell('None of the certificate tables could be read (the OAuth and certificate plugins may be inactive).', 'Checks each table and column exists before trusting it; a certificate provider stays unchecked.')
    }
    const missing: string[] = []
    const missingIn = new Set<string>()
    for (const part of EXPECTED_CHAIN) {
        const columns = reading.tables[part.table]
        const absent = !columns ? [`table ${part.table}`] : part.columns.filter((column) => !columns.has(column)).map((column) => `${part.table}.${column}`)
        if (absent.length > 0) missingIn.add(part.table)
        missing.push(...absent)
    }
    const expiresOk = reading.expiresType !== null && DATE_TYPES.indexOf(reading.expiresType) >= 0
    const expires = `${CERTIFICATE.table}.${CERTIFICATE.field.expires}: ${reading.expiresType === null ? 'missing' : reading.expiresType}`
    if (missing.length === 0 && expiresOk) {
        return confirmed(`Every table and column of the chain exists (${listed(EXPECTED_CHAIN.map((part) => part.table))}); ${expires}.`, `Reads and writes the chain as named, the claims included (${JWT_CLAIM.table}), and counts the certificate's end date from ${CERTIFICATE.field.expires}.`, reading.expiresType ?? '')
    }
    const consequences: string[] = []
    if (missingIn.has(JWT_CLAIM.table)) {
        const others = reading.referringToProvider.filter((table) => table !== JWT_CLAIM.table && table !== PROFILE_LINK.table)
        consequences.push(`Prepare does not write the claims: add aud, iss and sub by hand in the ${JWT_CLAIM.relatedList}${others.length > 0 ? ` (tables referring to ${JWT_PROVIDER.table} here: ${listed(others)})` : ''}, and the chain check says the claims were not read`)
    }
    if ([...missingIn].some((table) => table !== JWT_CLAIM.table)) consequences.push('the certificate chain check reads the parts it finds and says it cannot confirm the missing ones')
    if (reading.expiresType === null) consequences.push(`the end date falls back to the signing key's ${SIGNING_KEY.table}.${SIGNING_KEY.field.expiry}`)
    else if (!expiresOk) consequences.push(`the end date counts only when ${CERTIFICATE.field.expires} begins yyyy-MM-dd, and falls back to the signing key's ${SIGNING_KEY.table}.${SIGNING_KEY.field.expiry} when it is empty`)
    return differs(`${missing.length > 0 ? `Missing: ${listed(missing, 10)}` : 'Every table and column exists'}; ${expires}.`, `${consequences.join('; ')}.`, reading.expiresType ?? '')
}

function tablesReferringTo(table: string): string[] {
    const row = new GlideRecord('sys_dictionary')
    row.addQuery('reference', table)
    row.setLimit(100)
    row.query()
    const tables: string[] = []
    while (row.next()) {
        const name = String(row.getValue('name') ?? '')
        if (name !== '' && tables.indexOf(name) < 0) tables.push(name)
    }
    return tables
}

export function readCertificateChain(): CertificateChainReading {
    const tables: Record<string, ReadonlyMap<string, Column> | null> = {}
    for (const part of EXPECTED_CHAIN) tables[part.table] = readColumns(part.table)
    const certificate = readColumns(CERTIFICATE.table)
    return { tables, expiresType: certificate?.get(CERTIFICATE.field.expires)?.type ?? null, referringToProvider: tablesReferringTo(JWT_PROVIDER.table) }
}

export const certificateChainItem: ProbeItem = {
    key: PROBE_ITEM.certificateChain,
    title: 'Certificate chain tables and columns',
    assumption: `The JWT claims are in ${JWT_CLAIM.table} (${Object.values(JWT_CLAIM.field).join(', ')}), the chain's columns are as docs/certificate-credentials.md names them, and ${CERTIFICATE.table}.${CERTIFICATE.field.expires} is a date or date-time; no public doc or table typing names the claims table.`,
    check: () => decideCertificateChain(readCertificateChain()),
}
