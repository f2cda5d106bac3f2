/**
 * Arrival read from the mail the instance stored (arrival.ts) on the unit stand-ins: received and
 * received-ignored rows, any mailbox, found by subject, header or body line, whatever inbound action ran.
 */
import { recordStoredArrivals } from '../../src/mail-flow/arrival.ts'
import { CANARY_TABLE } from '../../src/mail-flow/names.ts'
import { GENERATED_HEADER_LINE } from '../platform/email-defaults.ts'
import { formatGlideDateTime, platform } from '../stand-ins/platform.ts'

const T0 = Date.UTC(2026, 11, 7, 10)
const MIN = 60000
const id = (n: number) => n.toString(16).padStart(32, '0')
const support = { sysId: 'mb-1', name: 'Support', address: 'support@example.com', active: true }

beforeEach(() => {
    platform.reset()
    platform.clock.set(T0 + 30 * MIN)
})

function canary(n: number, state: string, queuedAt = T0): string {
    return platform.db.insert(CANARY_TABLE, { canary_id: id(n), mailbox: support.sysId, state, queued: formatGlideDateTime(queuedAt) })
}

function stored(fields: Record<string, string>, at: number): string {
    return platform.db.insert('sys_email', { recipients: support.address, headers: GENERATED_HEADER_LINE, body_text: '', sys_created_on: formatGlideDateTime(at), ...fields })
}

it('finds awaited canaries stored received or received-ignored (Inbox or Junk), by subject, tag, header or body line; once each', () => {
    const bySubject = canary(1, 'sent')
    const inJunk = canary(2, 'sent')
    const byHeader = canary(3, 'queued')
    const byBody = canary(4, 'lost')
    const notYet = canary(5, 'sent')
    stored({ type: 'received-ignored', mailbox: 'inbox', subject: `Email OAuth Manager mail-flow check [acme/${id(1)}]` }, T0 + 2 * MIN)
    stored({ type: 'received-ignored', mailbox: 'junk', subject: `[EXTERNAL] Email OAuth Manager mail-flow check [acme/${id(2)}]` }, T0 + 3 * MIN)
    stored({ type: 'received', subject: 'anything', headers: `X-Email-OAuth-Canary: acme/${id(3)}` }, T0 + 4 * MIN)
    stored({ type: 'received', subject: 'Rewritten', body_text: `Hello\n\nEmail OAuth Manager canary: acme/${id(4)}` }, T0 + 5 * MIN)
    // Not arrivals: an outbound copy, a reply, and the same canary stored a second time later.
    stored({ type: 'sent', subject: `Email OAuth Manager mail-flow check [acme/${id(5)}]` }, T0 + MIN)
    stored({ type: 'received', subject: `RE: Email OAuth Manager mail-flow check [acme/${id(5)}]`, headers: '' }, T0 + 6 * MIN)
    stored({ type: 'received-ignored', subject: `Email OAuth Manager mail-flow check [acme/${id(1)}]` }, T0 + 9 * MIN)

    const result = recordStoredArrivals('acme', [support], T0 + 30 * MIN, () => true)
    expect(result).toMatchObject({ arrived: 4, refused: [] })
    expect(platform.db.row(CANARY_TABLE, bySubject)).toMatchObject({ state: 'arrived', arrived: formatGlideDateTime(T0 + 2 * MIN), round_trip: 120 })
    for (const row of [inJunk, byHeader, byBody]) expect(platform.db.row(CANARY_TABLE, row)?.state).toBe('arrived')
    expect(platform.db.row(CANARY_TABLE, notYet)?.state).toBe('sent')
    expect(recordStoredArrivals('acme', [support], T0 + 35 * MIN, () => true).arrived).toBe(0)
})

it('names the other instances whose canaries were stored from a mailbox lately', () => {
    canary(1, 'sent')
    stored({ type: 'received-ignored', subject: `Email OAuth Manager mail-flow check [acmedev/${id(9)}]` }, T0 + 2 * MIN)
    const result = recordStoredArrivals('acme', [support], T0 + 30 * MIN, () => true)
    expect(result.arrived).toBe(0)
    expect([...result.foreign]).toEqual([[support.sysId, ['acmedev']]])
})
