import { STATUS } from '../../src/common/app.ts'
import { BACKOFF, backoffDelaySeconds, LEASE_MARGIN_SECONDS, leaseSeconds, nextAttemptAfterRejection, nextAttemptAt, parseRetryAfter, withObservedTimeout } from '../../src/token-keeper/backoff.ts'
import { heldUntil } from '../../src/token-keeper/decide.ts'
import type { HealthSnapshot } from '../../src/token-keeper/model.ts'
import { TEST_SETTINGS } from './helpers.ts'

const NOW = Date.UTC(2026, 0, 1)
const MIN = 60000

describe('backoff', () => {
    it('doubles from one minute up to its cap', () => {
        expect([1, 2, 3, 4, 5, 6, 7, 50].map(backoffDelaySeconds)).toEqual([60, 120, 240, 480, 960, 1800, 1800, 1800])
    })

    it('never waits past one run before the access token expires', () => {
        expect(nextAttemptAt(NOW, 6, null, NOW + 10 * MIN)).toBe(NOW + 10 * MIN - BACKOFF.leadSeconds * 1000)
        expect(nextAttemptAt(NOW, 3, null, NOW + 2 * MIN)).toBe(NOW)
    })

    it("honours a Retry-After longer than the token's remaining life: no early retry (the account is then at risk)", () => {
        expect(nextAttemptAt(NOW, 6, 3600, NOW + 10 * MIN)).toBe(NOW + 60 * MIN)
        expect(nextAttemptAt(NOW, 1, 86400, NOW + 10 * MIN)).toBe(NOW + 60 * MIN)
    })

    it('backs off while the token works, honouring a longer Retry-After', () => {
        expect(nextAttemptAt(NOW, 1, null, NOW + 60 * MIN)).toBe(NOW + 1 * MIN)
        expect(nextAttemptAt(NOW, 3, null, NOW + 60 * MIN)).toBe(NOW + 4 * MIN)
        expect(nextAttemptAt(NOW, 1, 600, NOW + 60 * MIN)).toBe(NOW + 10 * MIN)
    })

    it('retries at the next run once the token has expired, unless Retry-After asks to wait (up to an hour)', () => {
        expect(nextAttemptAt(NOW, 9, null, NOW - MIN)).toBe(NOW)
        expect(nextAttemptAt(NOW, 9, null, null)).toBe(NOW)
        expect(nextAttemptAt(NOW, 1, 900, NOW - MIN)).toBe(NOW + 15 * MIN)
        expect(nextAttemptAt(NOW, 1, 86400, null)).toBe(NOW + 60 * MIN)
    })

    it('backs off a rejected client whatever the token, up to its cap', () => {
        expect(nextAttemptAfterRejection(NOW, 1)).toBe(NOW + 1 * MIN)
        expect(nextAttemptAfterRejection(NOW, 10)).toBe(NOW + 30 * MIN)
    })

    it('reads Retry-After', () => {
        expect(parseRetryAfter('120', NOW)).toBe(120)
        expect(parseRetryAfter('Thu, 01 Jan 2026 00:02:00 GMT', NOW)).toBe(120)
        expect(parseRetryAfter('soon', NOW)).toBeNull()
        expect(parseRetryAfter(null, NOW)).toBeNull()
        expect(parseRetryAfter('', NOW)).toBeNull()
    })
})

describe('the lease outlasts the slowest token request seen (issue 16 point 9)', () => {
    const settings = { ...TEST_SETTINGS, tokenRequestTimeoutSeconds: 60 }
    const run = (slowestRequestMs: number) => ({ startedAt: NOW, requests: 1, requestMs: slowestRequestMs, slowestRequestMs })

    it('keeps the property while every request seen ended well inside it', () => {
        expect(withObservedTimeout(settings, [run(2000), run(29000)])).toBe(settings)
        expect(leaseSeconds(withObservedTimeout(settings, []))).toBe(60 + LEASE_MARGIN_SECONDS)
    })

    it('widens to twice the slowest request of the last hour once one came close to or past the property', () => {
        const widened = withObservedTimeout(settings, [run(2000), run(95000), run(40000)])
        expect(widened.tokenRequestTimeoutSeconds).toBe(190)
        expect(leaseSeconds(widened)).toBe(190 + LEASE_MARGIN_SECONDS)
    })

    it('a second run 100 s after a lease was taken does not send while a 95-s request may still be answered', () => {
        const widened = withObservedTimeout(settings, [run(95000)])
        const leaseOf = (s: typeof settings) => ({ status: STATUS.ok, nextAttempt: NOW + leaseSeconds(s) * 1000 }) as HealthSnapshot
        // The property alone: the 90-s lease has run out, the second run would send a second request.
        expect(heldUntil(leaseOf(settings), null, NOW + 100000, settings)).toBeNull()
        // Sized from what was seen: the account stays held until the first run's answer must have come.
        expect(heldUntil(leaseOf(widened), null, NOW + 100000, widened)).toBe(NOW + (190 + LEASE_MARGIN_SECONDS) * 1000)
    })
})
