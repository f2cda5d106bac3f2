import type { CanaryHealth } from '../../src/mail-flow/incident.ts'
import { MAIL_FLOW_EVENT } from '../../src/mail-flow/names.ts'
import { dueAtOnce, outboundLegFailing, outboundLegTransition } from '../../src/mail-flow/outbound-leg.ts'

const none: CanaryHealth = { status: null, leg: null, code: '', message: '', since: null }
const failure = { code: 'canary_send_failed', message: '535 5.7.3 Authentication unsuccessful' }

describe('outboundLegTransition: one outbound incident, named once on the outbound account', () => {
    it('opens on a canary failing on the outbound leg, naming the account, and alerts once however many mailboxes fail after', () => {
        const opened = outboundLegTransition(none, { canaryFailure: failure, newestSent: null }, 'Notifications (SMTP)', 1000)
        expect(opened.events).toEqual([{ name: MAIL_FLOW_EVENT.failing, code: 'canary_send_failed' }])
        expect(opened.next).toMatchObject({ status: 'failing', leg: 'outbound', since: 1000, message: expect.stringContaining('outbound account Notifications (SMTP)') })
        for (let run = 2; run < 22; run++) expect(outboundLegTransition(opened.next, { canaryFailure: failure, newestSent: null }, 'Notifications (SMTP)', run * 1000).events).toEqual([])
    })

    it('stays open until an email is proven to have left after it began, then recovers once', () => {
        const open = outboundLegTransition(none, { canaryFailure: failure, newestSent: null }, 'n', 1000).next
        expect(outboundLegTransition(open, { canaryFailure: null, newestSent: null }, 'n', 2000)).toEqual({ next: open, events: [] })
        expect(outboundLegTransition(open, { canaryFailure: null, newestSent: 900 }, 'n', 2000)).toEqual({ next: open, events: [] })
        const recovered = outboundLegTransition(open, { canaryFailure: null, newestSent: 1500 }, 'n', 2000)
        expect(recovered.events).toEqual([{ name: MAIL_FLOW_EVENT.recovered, code: 'canary_send_failed' }])
        expect(outboundLegFailing(recovered.next)).toBe(false)
        expect(outboundLegTransition(recovered.next, { canaryFailure: null, newestSent: 3000 }, 'n', 4000).events).toEqual([])
    })

    it('a canary still failing in the same run keeps it open even if another email left', () => {
        const open = outboundLegTransition(none, { canaryFailure: failure, newestSent: null }, 'n', 1000).next
        expect(outboundLegTransition(open, { canaryFailure: failure, newestSent: 1500 }, 'n', 2000)).toEqual({ next: open, events: [] })
    })

    it('never opens without outbound evidence: a mailbox row failing inbound is none', () => {
        expect(outboundLegTransition(none, { canaryFailure: null, newestSent: null }, 'n', 1000)).toEqual({ next: none, events: [] })
    })
})

describe('dueAtOnce: a mailbox failing only because of the outbound leg gets its canary as soon as the leg sends again', () => {
    const outbound: CanaryHealth = { status: 'failing', leg: 'outbound', code: 'canary_send_failed', message: '', since: 1 }
    it.each([
        ['failing on the outbound leg, the leg sending again', outbound, false, true],
        ['failing on the outbound leg, the leg still failing', outbound, true, false],
        ['failing on the inbound leg', { ...outbound, leg: 'inbound' as const }, false, false],
        ['ok', { ...none, status: 'ok' as const }, false, false],
        ['no row yet', undefined, false, false],
    ])('%s', (_what, health, legFailing, expected) => {
        expect(dueAtOnce(health, legFailing)).toBe(expected)
    })
})
