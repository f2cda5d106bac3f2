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
        // The first at once, then one at its slot in every period.
        expect(sentAt[0]).toBe(start)
        expect(sentAt.length).toBeGreaterThanOrEqual(4)
        for (let i = 2; i < sentAt.length; i++) expect(sentAt[i] - sentAt[i - 1]).toBe(30 * MIN)
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

    it('in a crowded slot, the mailboxes left out go first in the next runs: each gets its canary within its period', () => {
        const start = Date.UTC(2026, 0, 1)
        // 40 mailboxes whose canaries were all queued just before the period began: every slot of the period is due.
        const targets = Array.from({ length: 40 }, (_, i) => ({ sysId: `crowded-${i}`, lastQueuedAt: start - 1 as number | null, outstanding: false }))
        const period = effectivePeriodMinutes(targets.length, { canaryPeriodMinutes: 30, canaryDailyLimit: 100000 })
        // Runs every 5 minutes through the period (the last slot may fall between the last two runs).
        for (let t = start; t <= start + period * MIN; t += 5 * MIN) {
            for (const id of dueCanaries(targets, t, period)) targets.find((m) => m.sysId === id)!.lastQueuedAt = t
        }
        expect(targets.filter((m) => m.lastQueuedAt! < start)).toEqual([])
    })

    it('never sends more than the daily limit leaves', () => {
        const targets = Array.from({ length: 10 }, (_, i) => ({ sysId: `m-${i}`, lastQueuedAt: null, outstanding: false }))
        expect(dueCanaries(targets, Date.UTC(2026, 0, 1), 30, 2)).toHaveLength(2)
        expect(dueCanaries(targets, Date.UTC(2026, 0, 1), 30, 0)).toEqual([])
        expect(dueCanaries(targets, Date.UTC(2026, 0, 1), 30, -3)).toEqual([])
    })
})
