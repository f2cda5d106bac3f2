import { dayOf, planCredentialSync, type ObservedCredential, type StoredReadRow } from '../../src/credentials/sources.ts'

const cert: ObservedCredential = { source: 'certificate_record', providerId: 'p1', kind: 'certificate', sourceRecord: 'cert-1', expires: '2027-03-01', active: true, note: 'Certificate record Contoso mail' }
const stored = (row: Partial<StoredReadRow>): StoredReadRow => ({ sysId: 'row-1', source: 'certificate_record', providerId: 'p1', sourceRecord: 'cert-1', kind: 'certificate', expires: '2027-03-01', active: true, note: cert.note, ...row })

describe('planCredentialSync', () => {
    it('inserts a credential read for the first time and leaves a row that already says the same alone', () => {
        expect(planCredentialSync([], [cert], ['certificate_record'])).toEqual({ insert: [cert], update: [], deactivate: [] })
        expect(planCredentialSync([stored({})], [cert], ['certificate_record'])).toEqual({ insert: [], update: [], deactivate: [] })
    })

    it('moves the date of a renewed certificate on its own row', () => {
        const renewed = { ...cert, expires: '2028-03-01' }
        expect(planCredentialSync([stored({})], [renewed], ['certificate_record']).update).toEqual([{ sysId: 'row-1', row: renewed }])
    })

    it('deactivates the row of a credential no longer read, and only of the sources read this time', () => {
        const entra = stored({ sysId: 'row-2', source: 'entra', sourceRecord: 'key-1', kind: 'secret' })
        const typed = stored({ sysId: 'row-3', source: 'manual', sourceRecord: '' })
        const plan = planCredentialSync([stored({}), entra, typed], [], ['certificate_record'])
        expect(plan.deactivate.map((row) => row.sysId)).toEqual(['row-1'])
    })

    it('never touches a row an admin typed, even when asked to sync every source', () => {
        const typed = stored({ sysId: 'row-3', source: 'manual', sourceRecord: '' })
        expect(planCredentialSync([typed], [], ['manual', 'entra', 'certificate_record'])).toEqual({ insert: [], update: [], deactivate: [] })
    })

    it('writes one row for a credential read twice (two profiles of one provider name the same certificate)', () => {
        expect(planCredentialSync([], [cert, { ...cert }], ['certificate_record']).insert).toHaveLength(1)
    })
})

describe('dayOf', () => {
    it('takes the date of a date, a date-time or an ISO time, and nothing of anything else', () => {
        expect(dayOf('2027-03-01')).toBe('2027-03-01')
        expect(dayOf('2027-03-01 23:59:59')).toBe('2027-03-01')
        expect(dayOf('2027-03-01T10:00:00Z')).toBe('2027-03-01')
        expect(dayOf('01/03/2027')).toBe('')
        expect(dayOf(null)).toBe('')
    })
})
