import { canariesPerDay, dueCanaries, effectivePeriodMinutes, MAX_CANARIES_PER_RUN, slotOffset } from '../../src/mail-flow/plan.ts'

const MIN = 60000
const settings = { canaryPeriodMinutes: 30, canaryDailyLimit: 200 }

describe('canary plan', () => {
    it('keeps the period while the mailboxes fit the daily limit, and stretches it when they do not', () => {
        expect(effectivePeriodMinutes(1, settings)).toBe(30)
        expect(canariesPerDay(1, 30)).toBe(48)
        expect(effectivePeriodMinutes(4, settings)).toBe(30)
        // 10 mailboxes every 30 min = 480 a day > 200: stretched to 72 min, rounded up to whole 5-min runs.
        expect(effectivePeriodMinutes(10, settings)).toBe(75)
        // 30 mailboxes would need 6 canaries every 5-min run at 30 min: stretched to 60 min (half the run cap).
        expect(effectivePeriodMinutes(30, { canaryPeriodMinutes: 30, canaryDailyLimit: 2000 })).toBe(60)
        expect(canariesPerDay(10, 75)).toBeLessThanOrEqual(200)
    })

    it('gives each mailbox a stable slot inside the period', () => {
        const offset = slotOffset('a1b2', 30 * MIN)
        expect(offset).toBe(slotOffset('a1b2', 30 * MIN))
        expect(offset).toBeGreaterThanOrEqual(0)
        expect(offset).toBeLessThan(30 * MIN)
    })

    it('sends one canary per mailbox per period, at its slot, never while one is on its way', () => {
        const start = Date.UTC(2026, 0, 1)
        const target = { sysId: 'mailbox-1', lastQueuedAt: null as number | null, outstanding: false }
        const sentAt: number[] = []
        for (let t = start; t < start + 120 * MIN; t += 5 * MIN) {
            if (dueCanaries([target], t, 30).length === 1) {
                sentAt.push(t)
                target.lastQueuedAt = t
            }
        }
        expect(sentAt.length).toBe(4)
        for (let i = 1; i < sentAt.length; i++) expect(sentAt[i] - sentAt[i - 1]).toBe(30 * MIN)
        expect(dueCanaries([{ ...target, lastQueuedAt: null, outstanding: true }], start + 200 * MIN, 30)).toEqual([])
    })

    it('spreads many mailboxes over the period and sends at most a few per run', () => {
        const start = Date.UTC(2026, 0, 1)
        const targets = Array.from({ length: 30 }, (_, i) => ({ sysId: `mailbox-${i}`, lastQueuedAt: null as number | null, outstanding: false }))
        const period = effectivePeriodMinutes(targets.length, { canaryPeriodMinutes: 30, canaryDailyLimit: 2000 })
        expect(period).toBe(60)
        let most = 0
        for (let t = start; t < start + 2 * period * MIN; t += 5 * MIN) {
            const due = dueCanaries(targets, t, period)
            most = Math.max(most, due.length)
            for (const id of due) targets.find((m) => m.sysId === id)!.lastQueuedAt = t
        }
        expect(most).toBeLessThanOrEqual(MAX_CANARIES_PER_RUN)
        // In the second period every mailbox had its canary.
        expect(targets.every((m) => m.lastQueuedAt !== null && m.lastQueuedAt >= start + period * MIN)).toBe(true)
    })
})
