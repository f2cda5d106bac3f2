/**
 * A certificate's end date read from its record, not typed: the horizons run keeps its Client
 * credentials row in step (source "Certificate record"), warns ahead from it, moves it when the
 * certificate is renewed, ends it when the provider stops signing with a certificate, and never
 * touches a row an admin typed.
 */
import { CREDENTIAL_EXPIRING_EVENT, CREDENTIAL_TABLE, HEALTH_TABLE, PROPERTY } from '../../src/common/app.ts'
import { CERTIFICATE } from '../../src/credentials/certificate-names.ts'
import { syncCertificateCredentials } from '../../src/credentials/sync.ts'
import { checkHorizons } from '../../src/horizons/job.ts'
import { CAUSE } from '../../src/horizons/time-to-failure.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import { parseGlideDateTime, platform } from '../stand-ins/platform.ts'
import { runJob } from '../token-keeper/helpers.ts'
import { seedChain } from './seed-chain.ts'

const NOON = Date.UTC(2026, 11, 1, 12, 0, 0)
const readRows = () => platform.db.rows(CREDENTIAL_TABLE)

beforeEach(() => {
    platform.reset()
    platform.clock.set(NOON)
    platform.properties[PROPERTY.enabled.name] = 'true'
})

function seedCertificateProvider(expires: string) {
    const provider = seedProvider({ name: 'Microsoft 365 app-only (certificate)' })
    const chain = seedChain(provider.profileId, { aud: provider.tokenUrl, iss: provider.clientId, sub: provider.clientId }, { expires })
    return { ...provider, ...chain }
}

describe('the certificate record as the source of the end date', () => {
    it('writes one row per certificate, marked as read from the certificate record, and the horizons warn from it with no typed row', () => {
        const seeded = seedCertificateProvider('2026-12-08')
        seedEmailAccount(seeded.profileId, { userName: 'servicedesk@contoso.com' })
        expect(checkHorizons()).toMatchObject({ alerts: 1 })
        expect(readRows()).toEqual([expect.objectContaining({ provider: seeded.entityId, kind: 'certificate', source: 'certificate_record', source_record: seeded.certificateId, expires: '2026-12-08', active: true })])
        expect(platform.events).toEqual([expect.objectContaining({ name: CREDENTIAL_EXPIRING_EVENT, parm2: '7' })])
    })

    it('puts the certificate on the health row as the time to failure', () => {
        const seeded = seedCertificateProvider('2027-02-01')
        const accountId = seedEmailAccount(seeded.profileId)
        runJob()
        checkHorizons()
        const row = platform.db.rows(HEALTH_TABLE).find((candidate) => candidate.email_account === accountId)
        expect(row).toMatchObject({ failure_cause: CAUSE.certificate })
        expect(parseGlideDateTime(String(row?.time_to_failure))).toBe(Date.UTC(2027, 1, 1))
    })

    it('moves the date when the certificate is renewed, and ends the row when the provider no longer signs with a certificate', () => {
        const seeded = seedCertificateProvider('2026-12-08')
        syncCertificateCredentials()
        platform.db.update(CERTIFICATE.table, seeded.certificateId, { [CERTIFICATE.field.expires]: '2028-12-08 00:00:00' })
        expect(syncCertificateCredentials()).toMatchObject({ updated: 1, inserted: 0 })
        expect(readRows()).toEqual([expect.objectContaining({ expires: '2028-12-08', active: true })])
        platform.db.update('oauth_entity_profile', seeded.profileId, { jwt_provider: '' })
        expect(syncCertificateCredentials()).toMatchObject({ deactivated: 1 })
        expect(readRows()).toEqual([expect.objectContaining({ active: false })])
    })

    it("leaves an admin's typed rows alone, and writes no row for a certificate whose end cannot be read", () => {
        const seeded = seedCertificateProvider('')
        const typed = platform.db.insert(CREDENTIAL_TABLE, { provider: seeded.entityId, kind: 'secret', expires: '2027-01-01', active: true })
        expect(syncCertificateCredentials()).toEqual({ inserted: 0, updated: 0, deactivated: 0, refused: 0 })
        expect(readRows()).toEqual([expect.objectContaining({ sys_id: typed, kind: 'secret', active: true })])
    })

    it('a refused write is logged and the horizons still run', () => {
        seedCertificateProvider('2026-12-08')
        platform.refusals.refuse(CREDENTIAL_TABLE, 'insert')
        expect(checkHorizons()).toMatchObject({ alerts: 0 })
        expect(platform.logs.some((line) => line.level === 'error' && /end date read from certificate_record/.test(line.message))).toBe(true)
    })
})
