/**
 * The decisions of the items that answer the open questions of round 4 (issues 23 and 25): the
 * returning canary stored, the X-ServiceNow-Generated header kept, the certificate chain's tables and
 * columns, and the platform's SMTP lookback. The readers run as built in
 * test/e2e/check-this-instance.test.ts.
 */
import { decideCertificateChain, EXPECTED_CHAIN, type CertificateChainReading } from '../../src/instance-check/items/certificate-chain.ts'
import { decideGeneratedHeader } from '../../src/instance-check/items/generated-header-stored.ts'
import { decideReturningCanary, type ReturningCanaryReading } from '../../src/instance-check/items/returning-canary-stored.ts'
import { decideSmtpLookback } from '../../src/instance-check/items/smtp-lookback.ts'
import type { Column } from '../../src/instance-check/dictionary.ts'

describe('the returning canary is stored', () => {
    const reading: ReturningCanaryReading = { left: 6, stored: 5, unstoredEmailTypes: ['sent'], arrivalBoundMinutes: 20, allowDuplicates: null, readerRunning: true }

    it('confirmed when a canary that left was found stored', () => {
        const answer = decideReturningCanary(reading)
        expect(answer.status).toBe('confirmed')
        expect(answer.found).toContain('5 of 6 canaries')
        expect(answer.found).toContain('glide.email.allow_duplicate_message_ids: not set')
    })

    it('differs when canaries left and none was ever stored while the reader runs: the inbound alert is not trusted', () => {
        const answer = decideReturningCanary({ ...reading, stored: 0 })
        expect(answer.status).toBe('differs')
        expect(answer.found).toContain('their emails are sent')
        expect(answer.appDoes).toContain('cannot be trusted')
        expect(answer.appDoes).toContain('glide.email.allow_duplicate_message_ids')
    })

    it('cannot tell before any canary left, or while no reader job runs', () => {
        expect(decideReturningCanary({ ...reading, left: 0, stored: 0 }).status).toBe('cannot_tell')
        expect(decideReturningCanary({ ...reading, stored: 0, readerRunning: false }).found).toContain('no email reader job is scheduled')
        expect(decideReturningCanary({ ...reading, stored: 0, readerRunning: null }).status).toBe('cannot_tell')
    })
})

describe('received email keeps X-ServiceNow-Generated', () => {
    it.each([
        [{ canaries: 3, withHeader: 3 }, 'confirmed'],
        [{ canaries: 3, withHeader: 0 }, 'differs'],
        [{ canaries: 0, withHeader: 0 }, 'cannot_tell'],
    ] as const)('%o: %s', (reading, status) => {
        expect(decideGeneratedHeader(reading).status).toBe(status)
    })

    it('differing, the row says the body-line fallback never applies', () => {
        expect(decideGeneratedHeader({ canaries: 2, withHeader: 0 }).appDoes).toContain('body-line fallback never applies')
    })
})

describe('the certificate chain tables and columns', () => {
    const columns = (names: readonly string[]): Map<string, Column> => new Map(names.map((element) => [element, { element, type: 'string', reference: '' }]))
    const complete = (): CertificateChainReading => ({
        tables: Object.fromEntries(EXPECTED_CHAIN.map((part) => [part.table, columns(part.columns)])),
        expiresType: 'glide_date',
        referringToProvider: ['jwt_standard_claim', 'oauth_entity_profile'],
    })

    it('confirmed when every table and column exists and expires is a date or date-time', () => {
        expect(decideCertificateChain(complete())).toMatchObject({ status: 'confirmed', value: 'glide_date' })
        expect(decideCertificateChain({ ...complete(), expiresType: 'glide_date_time' }).status).toBe('confirmed')
    })

    it('differs without the claims table: Prepare names the claims to add by hand, and the table found instead', () => {
        const reading = { ...complete(), referringToProvider: ['jwt_claim_v2', 'oauth_entity_profile'] }
        reading.tables.jwt_standard_claim = null
        const answer = decideCertificateChain(reading)
        expect(answer.status).toBe('differs')
        expect(answer.found).toContain('Missing: table jwt_standard_claim')
        expect(answer.appDoes).toContain('add aud, iss and sub by hand')
        expect(answer.appDoes).toContain('jwt_claim_v2')
    })

    it.each(['string', null])("differs when expires is %p: the end date falls back to the signing key's expiry", (expiresType) => {
        const answer = decideCertificateChain({ ...complete(), expiresType })
        expect(answer.status).toBe('differs')
        expect(answer.appDoes).toContain('jwt_keystore_aliases.expiry')
    })

    it('differs naming a missing column of a confirmed table', () => {
        const reading = complete()
        reading.tables.oauth_entity_profile = columns(['name'])
        expect(decideCertificateChain(reading).found).toContain('oauth_entity_profile.jwt_provider')
    })

    it('cannot tell when no table of the chain can be read', () => {
        expect(decideCertificateChain({ tables: {}, expiresType: null, referringToProvider: [] }).status).toBe('cannot_tell')
    })
})

describe('the platform SMTP lookback', () => {
    it.each([
        ['24', 'confirmed', '24'],
        ['48', 'confirmed', '48'],
        [null, 'differs', '24'],
        ['', 'differs', '24'],
        ['0', 'differs', '24'],
        ['a day', 'differs', '24'],
    ] as const)('%p: %s, the app uses %s hours', (raw, status, value) => {
        expect(decideSmtpLookback(raw)).toMatchObject({ status, value })
    })
})
