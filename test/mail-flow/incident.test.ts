import { canaryTransition, medianSeconds, type CanaryHealth } from '../../src/mail-flow/incident.ts'
import { MAIL_FLOW_EVENT } from '../../src/mail-flow/names.ts'

const none: CanaryHealth = { status: null, leg: null, code: '', message: '', since: null }
const failedOutbound = { kind: 'failed', leg: 'outbound', code: 'canary_send_failed', message: 'm' } as const
const failedInbound = { kind: 'failed', leg: 'inbound', code: 'canary_not_read', message: 'n' } as const

describe('canaryTransition', () => {
    it('alerts once per inbound incident, whatever the later canaries say, and once on recovery', () => {
        const first = canaryTransition(none, failedInbound, 1000)
        expect(first.events).toEqual([{ name: MAIL_FLOW_EVENT.failing, code: 'canary_not_read' }])
        expect(first.next).toMatchObject({ status: 'failing', leg: 'inbound', since: 1000 })
        const second = canaryTransition(first.next, { kind: 'failed', leg: 'inbound', code: 'canary_reader_job_stopped', message: 'n' }, 2000)
        expect(second.events).toEqual([])
        expect(second.next).toMatchObject({ leg: 'inbound', code: 'canary_reader_job_stopped', since: 1000 })
        const recovered = canaryTransition(second.next, { kind: 'arrived' }, 3000)
        expect(recovered.events).toEqual([{ name: MAIL_FLOW_EVENT.recovered, code: 'canary_reader_job_stopped' }])
        expect(canaryTransition(recovered.next, { kind: 'arrived' }, 4000).events).toEqual([])
    })

    it('a canary failing on the outbound leg shows on the mailbox row but alerts nothing there (the outbound account names it once), nor recovers there', () => {
        const first = canaryTransition(none, failedOutbound, 1000)
        expect(first).toEqual({ next: { status: 'failing', leg: 'outbound', code: 'canary_send_failed', message: 'm', since: 1000 }, events: [] })
        expect(canaryTransition(first.next, failedOutbound, 2000)).toEqual({ next: first.next, events: [] })
        expect(canaryTransition(first.next, { kind: 'arrived' }, 3000)).toEqual({ next: expect.objectContaining({ status: 'ok' }), events: [] })
    })

    it('an inbound failure after outbound ones alerts for the mailbox (its own incident, since mail stopped)', () => {
        const outbound = canaryTransition(none, failedOutbound, 1000).next
        const inbound = canaryTransition(outbound, failedInbound, 2000)
        expect(inbound.events).toEqual([{ name: MAIL_FLOW_EVENT.failing, code: 'canary_not_read' }])
        expect(inbound.next).toMatchObject({ status: 'failing', leg: 'inbound', since: 1000 })
        expect(canaryTransition(inbound.next, { kind: 'arrived' }, 3000).events).toEqual([{ name: MAIL_FLOW_EVENT.recovered, code: 'canary_not_read' }])
    })

    it('a mailbox failing for an inbound reason keeps that incident when a canary then fails outbound: its leg stays inbound', () => {
        const inbound = canaryTransition(none, failedInbound, 1000).next
        expect(canaryTransition(inbound, failedOutbound, 2000)).toEqual({ next: inbound, events: [] })
    })

    it('a throttled outbound mailbox (the platform retrying the canary) is named as retrying: no failing alert, and no recovered alert when it arrives', () => {
        const ok = canaryTransition(none, { kind: 'arrived' }, 500).next
        const retrying = canaryTransition(ok, { kind: 'retrying', code: 'canary_send_retrying', message: 'retried' }, 1000)
        expect(retrying).toEqual({ next: { status: 'retrying', leg: 'outbound', code: 'canary_send_retrying', message: 'retried', since: 1000 }, events: [] })
        expect(canaryTransition(retrying.next, { kind: 'retrying', code: 'canary_send_retrying', message: 'again' }, 2000).next.since).toBe(1000)
        expect(canaryTransition(retrying.next, { kind: 'arrived' }, 3000)).toEqual({ next: expect.objectContaining({ status: 'ok' }), events: [] })
    })

    it('a canary retried during an open incident leaves the incident as it is (one alert, one recovery)', () => {
        const failing = canaryTransition(none, failedInbound, 1000).next
        expect(canaryTransition(failing, { kind: 'retrying', code: 'canary_send_retrying', message: 'r' }, 2000)).toEqual({ next: failing, events: [] })
    })

    it('a paused check is no incident: no alert, and it says why no canary is sent', () => {
        const paused = canaryTransition(none, { kind: 'paused', code: 'canary_action_inactive', message: 'why' }, 1000)
        expect(paused.events).toEqual([])
        expect(paused.next).toMatchObject({ status: 'paused', code: 'canary_action_inactive', message: 'why' })
        expect(canaryTransition(paused.next, { kind: 'arrived' }, 2000).events).toEqual([])
        const failing = canaryTransition(none, failedOutbound, 1000).next
        expect(canaryTransition(failing, { kind: 'paused', code: 'x', message: 'y' }, 2000)).toEqual({ next: { status: 'paused', leg: null, code: 'x', message: 'y', since: null }, events: [] })
    })
})

describe('medianSeconds', () => {
    it('is the typical round trip', () => {
        expect(medianSeconds([])).toBeNull()
        expect(medianSeconds([90])).toBe(90)
        expect(medianSeconds([300, 60, 90])).toBe(90)
        expect(medianSeconds([60, 90, 100, 4000])).toBe(95)
    })
})
