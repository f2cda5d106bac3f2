/**
 * The canary's guard (the app's inbound action) on the unit stand-ins, with the email as the platform
 * hands it over: the instance's own mail carries X-ServiceNow-Generated: true (test/platform/
 * email-defaults.ts, the same list the e2e mail engine models). The action runs only where the email
 * filters are off; on a default instance the stored email is what counts (arrival.ts).
 */
import { onInboundEmail } from '../../src/mail-flow/inbound-action.ts'
import { CANARY_TABLE } from '../../src/mail-flow/names.ts'
import { GENERATED_HEADER_LINE } from '../platform/email-defaults.ts'
import { platform } from '../stand-ins/platform.ts'

const ID = 'abcdefabcdefabcdefabcdefabcdef12'
const OTHER = '0123456789abcdef0123456789abcdef'
const subject = (instance: string, id: string) => `Email OAuth Manager mail-flow check [${instance}/${id}]`

beforeEach(() => {
    platform.reset()
    platform.properties.instance_name = 'acme'
})

function receive(email: { subject: string; body_text?: string; headers?: string }): string | undefined {
    const event: { state?: string } = {}
    onInboundEmail({}, event, { body_text: '', headers: GENERATED_HEADER_LINE, ...email }, null, null)
    return event.state
}

function seedCanary(state: string): string {
    return platform.db.insert(CANARY_TABLE, { canary_id: ID, state, queued: '2026-12-07 10:00:00' })
}

describe('the canary guard', () => {
    it('records the arrival of an awaited canary of this instance and stops processing', () => {
        const canary = seedCanary('sent')
        expect(receive({ subject: subject('acme', ID) })).toBe('stop_processing')
        expect(platform.db.row(CANARY_TABLE, canary)).toMatchObject({ state: 'arrived' })
    })

    it('records a late (lost) canary too; one already counted is discarded without a second arrival', () => {
        const lost = seedCanary('lost')
        expect(receive({ subject: `[EXTERNAL] ${subject('acme', ID)}` })).toBe('stop_processing')
        expect(platform.db.row(CANARY_TABLE, lost)?.state).toBe('arrived')
        platform.db.update(CANARY_TABLE, lost, { state: 'counted' })
        expect(receive({ subject: subject('acme', ID) })).toBe('stop_processing')
        expect(platform.db.row(CANARY_TABLE, lost)?.state).toBe('counted')
    })

    it('discards another instance\'s canary and one whose row was cleaned up, recording nothing', () => {
        expect(receive({ subject: subject('acmedev', ID) })).toBe('stop_processing')
        expect(receive({ subject: subject('acme', OTHER) })).toBe('stop_processing')
        expect(platform.db.rows(CANARY_TABLE)).toEqual([])
    })

    it('lets a reply quoting the marker, and any other email, go on to the other actions', () => {
        seedCanary('sent')
        expect(receive({ subject: `RE: ${subject('acme', ID)}`, headers: '', body_text: `> Email OAuth Manager canary: acme/${ID}` })).toBeUndefined()
        expect(receive({ subject: 'Printer on fire', headers: '' })).toBeUndefined()
        expect(platform.db.rows(CANARY_TABLE)[0].state).toBe('sent')
    })
})
