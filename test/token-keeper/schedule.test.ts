import type { Settings } from '../../src/common/settings.ts'
import { RunBudget } from '../../src/token-keeper/budget.ts'
import { capacityPerRun, floorHorizonMs, planRefreshes, refreshHorizonMs, runsLeft, scheduleOf, type Candidate } from '../../src/token-keeper/schedule.ts'
import { TEST_SETTINGS } from './helpers.ts'

const NOW = Date.UTC(2026, 0, 1, 12)
const SETTINGS: Settings = { ...TEST_SETTINGS, refreshWindowSeconds: 0, maxRefreshesPerRun: 0 }

function runsAt(...secondsAgo: number[]) {
    return secondsAgo.map((s) => ({ startedAt: NOW - s * 1000, requests: 10, requestMs: 3000, slowestRequestMs: 500 }))
}

describe('scheduleOf', () => {
    it('assumes an on-time scheduler and a 1-s provider before any run is on record', () => {
        expect(scheduleOf([], NOW)).toEqual({ periodMs: 180000, worstGapMs: 180000, requestMs: 1000 })
    })

    it('takes the longest gap between run starts as the next run’s latest start, and the mean request time', () => {
        expect(scheduleOf(runsAt(180, 420, 600), NOW)).toMatchObject({ worstGapMs: 240000, requestMs: 300 })
    })

    it('reads a gap of more than two periods as an outage, not as lateness', () => {
        expect(scheduleOf(runsAt(3600), NOW).worstGapMs).toBe(360000)
    })
})

describe('the refresh horizon', () => {
    const onTime = scheduleOf([], NOW)
    const late = scheduleOf(runsAt(180, 420), NOW)

    it('is the next run’s latest start plus a margin: refresh at the last run that safely finds the token valid', () => {
        expect(floorHorizonMs(onTime)).toBe(240000)
        expect(floorHorizonMs(late)).toBe(300000)
        expect(refreshHorizonMs(late, SETTINGS)).toBe(300000)
    })

    it('honours a larger refresh window, never a smaller one', () => {
        expect(refreshHorizonMs(late, { ...SETTINGS, refreshWindowSeconds: 900 })).toBe(900000)
        expect(refreshHorizonMs(late, { ...SETTINGS, refreshWindowSeconds: 10 })).toBe(300000)
    })

    it('counts the runs a refresh can still wait', () => {
        expect(runsLeft(null, NOW, onTime)).toBe(0)
        expect(runsLeft(NOW + 240000, NOW, onTime)).toBe(0)
        expect(runsLeft(NOW + 241000, NOW, onTime)).toBe(1)
        expect(runsLeft(NOW + 3600000, NOW, onTime)).toBe(19)
    })

    it('with 1-hour tokens and runs up to 60 s late costs at most 26 requests per account-day', () => {
        const horizon = floorHorizonMs(late)
        // The first run (every 180 s) that finds 300 s or less left: 19 runs after the refresh.
        const runsPerToken = Math.ceil((3600000 - horizon) / 180000)
        expect(86400 / (runsPerToken * 180)).toBeLessThanOrEqual(26)
    })
})

describe('capacityPerRun', () => {
    const schedule = { periodMs: 180000, worstGapMs: 180000, requestMs: 300 }

    it('is what the budget holds at the observed request time, for the run and each worker', () => {
        expect(capacityPerRun(schedule, SETTINGS, 0)).toBe(333)
        expect(capacityPerRun(schedule, SETTINGS, 4)).toBe(1665)
    })

    it('is bounded by the optional cap', () => {
        expect(capacityPerRun(schedule, { ...SETTINGS, maxRefreshesPerRun: 50 }, 0)).toBe(50)
    })
})

describe('planRefreshes', () => {
    const c = (id: string, runs: number, due = runs === 0): Candidate => ({ id, due, dueAt: NOW + runs * 180000 + id.charCodeAt(0), runsLeft: runs })

    it('takes every due account and nothing more while the coming runs keep up', () => {
        expect(planRefreshes([c('b', 3), c('a', 0), c('d', 0), c('c', 1)], 10).map((x) => x.id)).toEqual(['a', 'd'])
    })

    it('pulls the soon-due forward when a wave would overflow a coming run', () => {
        // Five due at the next run, capacity 2: three of them must go now.
        const wave = [c('a', 1), c('b', 1), c('c', 1), c('d', 1), c('e', 1), c('z', 0)]
        expect(planRefreshes(wave, 2).map((x) => x.id)).toEqual(['z', 'a', 'b', 'c'])
    })

    it('keeps a refresh window’s early refreshes', () => {
        expect(planRefreshes([c('a', 2, true), c('b', 3)], 10).map((x) => x.id)).toEqual(['a'])
    })
})

describe('RunBudget', () => {
    it('starts no request once the budget is spent or the cap is reached', () => {
        const budget = new RunBudget(NOW, 100000, 2)
        expect(budget.stopBefore('p', NOW)).toBeNull()
        budget.spend('p', 300)
        budget.spend('p', 300)
        expect(budget.stopBefore('p', NOW + 600)).toBe('cap')
        expect(new RunBudget(NOW, 100000, 0).stopBefore('p', NOW + 100000)).toBe('budget')
    })

    it('stops a hanging provider after one request and lets the others go on', () => {
        const budget = new RunBudget(NOW, 100000, 0)
        budget.spend('hanging', 60000)
        expect(budget.stopBefore('hanging', NOW + 60000)).toBe('provider_latency')
        expect(budget.stopBefore('healthy', NOW + 60000)).toBeNull()
    })
})
