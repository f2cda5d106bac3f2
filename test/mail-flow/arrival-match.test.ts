import { CANARY_CODE_MAILBOX_SHARED, matchStoredCanaries, sharedMailboxOutcome, type StoredCanaryMail } from '../../src/mail-flow/arrival-match.ts'
import type { CanaryHealth } from '../../src/mail-flow/incident.ts'

const ID_1 = '11111111111111111111111111111111'
const ID_2 = '22222222222222222222222222222222'
const T0 = Date.UTC(2026, 11, 7, 10)
const MIN = 60000
const support = { sysId: 'mb-support', address: 'support@example.com' }

function stored(instance: string, canaryId: string, storedAt: number, recipients = support.address): StoredCanaryMail {
    return { sysId: `${instance}-${canaryId}-${storedAt}`, storedAt, recipients, recognised: { marker: { instance, canaryId }, via: 'subject', generated: true } }
}

describe('arrival read from stored mail', () => {
    const awaited = [{ sysId: 'c1', canaryId: ID_1, mailboxId: support.sysId }]

    it('an awaited canary of this instance arrived when it was stored, counted once when stored twice', () => {
        const match = matchStoredCanaries([stored('acme', ID_1, T0 + 3 * MIN), stored('acme', ID_1, T0 + MIN)], awaited, [support], 'ACME', T0)
        expect(match.arrivals).toEqual([{ canarySysId: 'c1', canaryId: ID_1, mailboxId: support.sysId, arrivedAt: T0 + MIN }])
    })

    it('an id it is not waiting for (cleaned up, or counted before) is no arrival', () => {
        expect(matchStoredCanaries([stored('acme', ID_2, T0)], awaited, [support], 'acme', T0).arrivals).toEqual([])
    })

    it('another instance\'s canary is no arrival: it marks the mailbox it came from as shared, while recent', () => {
        const match = matchStoredCanaries([stored('acmedev', ID_1, T0 + MIN), stored('acmeqa', ID_2, T0 - MIN)], awaited, [support, { sysId: 'mb-x', address: 'x@example.com' }], 'acme', T0)
        expect(match.arrivals).toEqual([])
        expect([...match.foreign]).toEqual([[support.sysId, ['acmedev']]])
    })
})

describe('a mailbox another instance reads', () => {
    const ok: CanaryHealth = { status: 'ok', leg: null, code: '', message: '', since: null }
    const lost = { kind: 'failed' as const, leg: 'inbound' as const, code: 'canary_not_read', message: 'not read' }

    it('names the shared mailbox for a lost canary, and holds the incident while the other instance is seen', () => {
        const failed = sharedMailboxOutcome(lost, ok, 'Support', ['acmedev'])
        expect(failed).toMatchObject({ kind: 'failed', leg: 'inbound', code: CANARY_CODE_MAILBOX_SHARED })
        if (failed.kind !== 'failed') throw new Error('expected failed')
        expect(failed.message).toMatch(/acmedev[\s\S]*clone/)
        const failing: CanaryHealth = { status: 'failing', leg: 'inbound', code: CANARY_CODE_MAILBOX_SHARED, message: failed.message, since: T0 }
        expect(sharedMailboxOutcome({ kind: 'arrived' }, failing, 'Support', ['acmedev'])).toMatchObject({ kind: 'failed', code: CANARY_CODE_MAILBOX_SHARED })
        expect(sharedMailboxOutcome({ kind: 'arrived' }, { ...failing, code: 'canary_not_read' }, 'Support', ['acmedev'])).toMatchObject({ kind: 'failed' })
    })

    it('changes nothing when no other instance was seen, or for an outbound failure', () => {
        expect(sharedMailboxOutcome(lost, ok, 'Support', [])).toBe(lost)
        const readerStopped = { ...lost, code: 'canary_reader_job_stopped' }
        expect(sharedMailboxOutcome(readerStopped, ok, 'Support', ['acmedev'])).toBe(readerStopped)
        expect(sharedMailboxOutcome({ kind: 'arrived' }, ok, 'Support', ['acmedev'])).toEqual({ kind: 'arrived' })
        const outbound = { kind: 'failed' as const, leg: 'outbound' as const, code: 'canary_send_failed', message: 'x' }
        expect(sharedMailboxOutcome(outbound, ok, 'Support', ['acmedev'])).toBe(outbound)
    })
})
