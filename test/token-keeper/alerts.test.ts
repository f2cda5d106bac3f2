import { EVENT, STATUS } from '../../src/common/app.ts'
import type { Settings } from '../../src/common/settings.ts'
import { TEST_SETTINGS } from './helpers.ts'
import type { HealthSnapshot, TokenState } from '../../src/token-keeper/model.ts'
import { transition, type Outcome } from '../../src/token-keeper/transition.ts'

const START = Date.UTC(2026, 0, 1)
const RUN = 180000
const SETTINGS: Settings = TEST_SETTINGS
const NAMES = { accountName: 'Support inbox', providerName: 'Microsoft 365 Email' }

type Step = (now: number) => Outcome

/** One token throughout: its expiry does not move between runs, as on the platform. */
const VALID: TokenState = { accessExpiresAt: START + 3500000, hasRefreshToken: true, refreshExpiresAt: START + 90 * 86400000 }
const fresh: Step = () => ({ kind: 'fresh', token: VALID })
const refreshed: Step = () => ({ kind: 'refreshed', token: VALID })
const waiting: Step = () => ({ kind: 'waiting' })
const unavailable =
    (expiresAt: number): Step =>
    () => ({
        kind: 'failed',
        status: STATUS.refreshFailing,
        code: 'provider_unavailable',
        detail: 'HTTP 503',
        retryAfterSeconds: null,
        token: { accessExpiresAt: expiresAt, hasRefreshToken: true, refreshExpiresAt: null },
    })
const rejected: Step = (now) => ({
    kind: 'failed',
    status: STATUS.needsAuthorization,
    code: 'invalid_grant',
    detail: 'invalid_grant',
    retryAfterSeconds: null,
    token: { accessExpiresAt: now + 60000, hasRefreshToken: true, refreshExpiresAt: null },
})
const stillRejected: Step = () => ({ kind: 'blocked', status: STATUS.needsAuthorization, code: 'invalid_grant', token: null })
const badSecret: Step = () => ({ kind: 'failed', status: STATUS.misconfigured, code: 'invalid_client', detail: 'invalid_client', retryAfterSeconds: null, token: null })

/** Runs the steps one run apart, carrying the health row as the store would; returns the events and writes. */
function play(steps: Step[], settings = SETTINGS, start: HealthSnapshot | null = null) {
    let row = start
    const events: string[] = []
    let writes = 0
    steps.forEach((step, i) => {
        const now = START + i * RUN
        const change = transition(row, step(now), { profileId: 'p1', now, settings, names: NAMES })
        if (change === null || !change.write) return
        writes += 1
        events.push(...change.events.map((e) => `${e.name}:${e.code}`))
        row = { sysId: 'h1', lastChecked: change.checkedAt, ...change.fields }
    })
    return { events, writes, row }
}

/** Like play, at the given instants (the clock may step back). */
function playAt(steps: [number, Step][], settings = SETTINGS) {
    let row: HealthSnapshot | null = null
    const events: string[] = []
    for (const [now, step] of steps) {
        const change = transition(row, step(now), { profileId: 'p1', now, settings, names: NAMES })
        if (change === null || !change.write) continue
        events.push(...change.events.map((e) => `${e.name}:${e.code}`))
        row = { sysId: 'h1', lastChecked: change.checkedAt, ...change.fields }
    }
    return { events, row }
}

const repeat = (step: Step, n: number): Step[] => Array.from({ length: n }, () => step)

describe('the instance clock stepping back during an outage (an NTP correction)', () => {
    it('one incident, one alert: a step back across the token\'s expiry does not make the alerted incident look new', () => {
        const expiry = START + 3600000
        const failing = unavailable(expiry)
        const minutes = (m: number) => expiry + m * 60000
        const { events, row } = playAt([
            [minutes(-5), fresh],
            // The outage: the token expires, the first failure after it alerts.
            [minutes(1), failing],
            // The clock steps back 10 minutes, to before the expiry, then runs on past it again.
            [minutes(-9), failing],
            [minutes(-6), failing],
            [minutes(-3), failing],
            [minutes(0), failing],
            [minutes(3), failing],
            [minutes(6), failing],
            [minutes(9), refreshed],
        ])
        expect(events).toEqual([`${EVENT.refreshFailing}:provider_unavailable`, `${EVENT.recovered}:provider_unavailable`])
        expect(row?.lastChecked).toBe(minutes(9))
    })
})

describe("a provider's retry hint longer than the token's remaining life", () => {
    it('is honoured (no attempt before it) and the row says the account is at risk', () => {
        const now = START
        const outcome: Outcome = { kind: 'failed', status: STATUS.refreshFailing, code: 'provider_unavailable', detail: 'HTTP 429', retryAfterSeconds: 3600, token: { accessExpiresAt: now + 600000, hasRefreshToken: true, refreshExpiresAt: null } }
        const change = transition(null, outcome, { profileId: 'p1', now, settings: SETTINGS, names: NAMES })
        expect(change?.fields.nextAttempt).toBe(now + 3600000)
        expect(change?.fields.message).toMatch(/At risk: the provider asked to wait until 2026-01-01 01:00:00 UTC, after the access token expires at 2026-01-01 00:10:00 UTC/)
    })
})

describe('alert transitions over runs', () => {
    it('records a healthy account once and never alerts', () => {
        expect(play(repeat(fresh, 20))).toMatchObject({ events: [], writes: 1 })
    })

    it('lets a single blip alert nobody', () => {
        expect(play([fresh, unavailable(START + 3600000), refreshed, fresh]).events).toEqual([])
    })

    it('alerts once when failures reach the threshold, and says recovered', () => {
        const far = START + 3600000
        const steps = [fresh, ...repeat(unavailable(far), 10), refreshed, fresh]
        expect(play(steps).events).toEqual([`${EVENT.refreshFailing}:provider_unavailable`, `${EVENT.recovered}:provider_unavailable`])
    })

    it('alerts at the first failure once the access token has expired', () => {
        const expired = START - 1000
        expect(play([fresh, unavailable(expired)]).events).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
    })

    it('alerts once for a day of failures, not 480 times', () => {
        const expired = START - 1000
        const day = [fresh, ...Array.from({ length: 480 }, (_, i) => (i % 3 === 0 ? unavailable(expired) : waiting))]
        expect(play(day).events).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
    })

    it('respects the configured threshold', () => {
        const far = START + 3600000
        const once = { ...SETTINGS, failureAlertThreshold: 1 }
        expect(play([fresh, unavailable(far)], once).events).toEqual([`${EVENT.refreshFailing}:provider_unavailable`])
        expect(play([fresh, ...repeat(unavailable(far), 4)], { ...SETTINGS, failureAlertThreshold: 5 }).events).toEqual([])
    })

    it('alerts on entering needs_authorization and misconfigured, once each', () => {
        expect(play([fresh, rejected, ...repeat(stillRejected, 50), refreshed]).events).toEqual([
            `${EVENT.needsAuthorization}:invalid_grant`,
            `${EVENT.recovered}:invalid_grant`,
        ])
        expect(play([fresh, ...repeat(badSecret, 5)]).events).toEqual([`${EVENT.misconfigured}:invalid_client`])
    })

    it('alerts on a status change between problems', () => {
        const far = START + 3600000
        expect(play([fresh, ...repeat(unavailable(far), 3), rejected]).events).toEqual([
            `${EVENT.refreshFailing}:provider_unavailable`,
            `${EVENT.needsAuthorization}:invalid_grant`,
        ])
    })

    it('alerts on first sight of a problem', () => {
        expect(play([badSecret]).events).toEqual([`${EVENT.misconfigured}:invalid_client`])
    })

    it('warns once per refresh token that ends within reauth_warning_days', () => {
        const endsSoon = START + 3 * 86400000
        const withEnding =
            (refreshExpiresAt: number): Step =>
            () => ({ kind: 'fresh', token: { ...VALID, refreshExpiresAt } })
        expect(play([...repeat(withEnding(endsSoon), 30)]).events).toEqual([`${EVENT.reauthDue}:reauth_due`])
        const newToken = START + 10 * 86400000
        const later = START + 6 * 86400000 // a second token, itself within the window
        expect(play([withEnding(newToken), withEnding(endsSoon), withEnding(endsSoon), withEnding(later), withEnding(later)]).events).toEqual([
            `${EVENT.reauthDue}:reauth_due`,
            `${EVENT.reauthDue}:reauth_due`,
        ])
    })

    it('writes only when something changed', () => {
        const far = START + 3600000
        expect(play([fresh, fresh, unavailable(far), waiting, waiting, unavailable(far), refreshed, fresh, fresh]).writes).toBe(4)
    })
})
