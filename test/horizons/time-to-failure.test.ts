import {
    ACTION,
    CAUSE,
    CAUSE_WORDS,
    countedCredential,
    daysUntil,
    horizonsOf,
    localDay,
    noHorizonReason,
    startOfLocalDay,
    timeToFailure,
    type CredentialFacts,
} from '../../src/horizons/time-to-failure.ts'
import { mailboxFacts, NOW } from './facts.ts'

const DAY = 86400000
const HOUR = 3600000
const UTC = { utcOffsetMinutes: 0 }
const AUCKLAND = { utcOffsetMinutes: 13 * 60 }
const HONOLULU = { utcOffsetMinutes: -10 * 60 }

function secret(expires: string, overrides: Partial<CredentialFacts> = {}): CredentialFacts {
    return { sysId: 'c'.repeat(32), providerId: 'p'.repeat(32), providerName: 'Microsoft 365 Email', kind: 'secret', expires, ...overrides }
}

describe('admin-local days', () => {
    it('puts an instant on the admin\'s date, far from UTC on both sides', () => {
        const instant = Date.UTC(2026, 11, 6, 12, 0, 0)
        expect(localDay(instant, UTC)).toBe('2026-12-06')
        expect(localDay(instant, AUCKLAND)).toBe('2026-12-07')
        expect(localDay(Date.UTC(2026, 11, 6, 5, 0, 0), HONOLULU)).toBe('2026-12-05')
    })

    it('starts an admin-local date at that zone\'s midnight, and refuses what is not a date', () => {
        expect(startOfLocalDay('2027-01-15', UTC)).toBe(Date.UTC(2027, 0, 15))
        expect(startOfLocalDay('2027-01-15', AUCKLAND)).toBe(Date.UTC(2027, 0, 14, 11))
        expect(startOfLocalDay('2027-01-15', HONOLULU)).toBe(Date.UTC(2027, 0, 15, 10))
        expect(startOfLocalDay('2027-02-30', UTC)).toBeNull()
        expect(startOfLocalDay('soon', UTC)).toBeNull()
    })

    it('counts days on the admin\'s calendar: the same instant is "tomorrow" in Honolulu and "today" in Auckland', () => {
        const now = Date.UTC(2026, 11, 6, 20, 0, 0) // 7 Dec 09:00 in Auckland, 6 Dec 10:00 in Honolulu
        expect(daysUntil('2026-12-07', now, AUCKLAND)).toBe(0)
        expect(daysUntil('2026-12-07', now, HONOLULU)).toBe(1)
        expect(daysUntil('2026-12-01', now, UTC)).toBe(-5)
    })
})

describe('every horizon of a mailbox', () => {
    it('knows none for a healthy Microsoft mailbox without recorded credentials', () => {
        expect(horizonsOf(mailboxFacts(), [], UTC)).toEqual([])
        expect(timeToFailure(mailboxFacts(), [], UTC)).toBeNull()
    })

    it.each([
        ['needs_authorization', ACTION.reauthorize],
        ['refresh_failing', ACTION.refreshNow],
        ['at_risk', ACTION.refreshNow],
        ['misconfigured', ACTION.checkSetup],
        ['overdue', ACTION.startRefreshJob],
    ])('the access token\'s end, when the status is %s, moved by %s', (status, action) => {
        const ttf = timeToFailure(mailboxFacts({ status }), [], UTC)
        expect(ttf).toMatchObject({ at: NOW + HOUR, cause: CAUSE.accessToken, action })
    })

    it('never offers Re-authorize for an app-only (client credentials) account', () => {
        const ttf = timeToFailure(mailboxFacts({ appOnly: true, status: 'needs_authorization', refreshTokenExpires: NOW + 3 * DAY }), [], UTC)
        expect(ttf).toMatchObject({ cause: CAUSE.accessToken, action: ACTION.checkSetup })
        expect(ttf?.horizons.map((h) => h.action)).not.toContain(ACTION.reauthorize)
    })

    it('the refresh token\'s end where the platform reports it, for a provider whose refresh token does not roll', () => {
        expect(timeToFailure(mailboxFacts({ providerKind: 'other', refreshTokenExpires: NOW + 20 * DAY }), [], UTC)).toMatchObject({ at: NOW + 20 * DAY, cause: CAUSE.refreshToken, action: ACTION.reauthorize })
    })

    it('a healthy Microsoft mailbox: its refresh token rolls with every refresh, so its end is no date to act on (no horizon), and the page says why', () => {
        const healthy = mailboxFacts({ refreshTokenExpires: NOW + 89 * DAY })
        expect(timeToFailure(healthy, [], UTC)).toBeNull()
        expect(noHorizonReason(healthy)).toMatch(/^No end while refreshes succeed: Microsoft returns a new refresh token with every refresh/)
        // While refreshing fails, no new refresh token comes: its end is then the last moment a refresh can succeed.
        const failing = timeToFailure(mailboxFacts({ status: 'refresh_failing', accessTokenExpires: NOW + HOUR, refreshTokenExpires: NOW + 2 * DAY }), [], UTC)
        expect(failing?.horizons.map((h) => h.cause)).toEqual([CAUSE.accessToken, CAUSE.refreshToken])
        expect(CAUSE_WORDS[CAUSE.refreshToken]).toBe('its refresh token ends and no refresh renews it before then')
    })

    it('a mailbox never authorized has stopped: no token at all, since the job found it so', () => {
        const never = mailboxFacts({ status: 'needs_authorization', accessTokenExpires: null, refreshTokenExpires: null, checkedAt: NOW - HOUR })
        expect(timeToFailure(never, [], UTC)).toMatchObject({ at: NOW - HOUR, cause: CAUSE.noAccessToken, action: ACTION.reauthorize })
        // Before the job has looked at it, nothing is claimed.
        expect(timeToFailure({ ...never, status: null, checkedAt: null }, [], UTC)).toBeNull()
    })

    it('a Google app in Testing: 7 days from the authorization, moved by publishing the consent screen', () => {
        const authorized = NOW - 2 * DAY
        const ttf = timeToFailure(mailboxFacts({ providerKind: 'google', testingModeSuspected: true, lastAuthorized: authorized }), [], UTC)
        expect(ttf).toMatchObject({ at: authorized + 7 * DAY, cause: CAUSE.googleTestingMode, action: ACTION.publishConsentScreen })
        // Not suspected: Google's 7 days are not assumed.
        expect(timeToFailure(mailboxFacts({ providerKind: 'google', lastAuthorized: authorized }), [], UTC)?.cause).toBe(CAUSE.googleUnused)
    })

    it('a Google refresh token unused for six months (the job stopped, or the account is never refreshed)', () => {
        const last = NOW - 170 * DAY
        const ttf = timeToFailure(mailboxFacts({ providerKind: 'google', lastRefreshed: last, lastAuthorized: NOW - 200 * DAY }), [], UTC)
        expect(ttf).toMatchObject({ at: last + 183 * DAY, cause: CAUSE.googleUnused, action: ACTION.refreshNow })
    })

    it('the recorded client secret or certificate expiry of its provider only, at the start of the admin-local day', () => {
        const other = secret('2026-12-08', { sysId: 'd'.repeat(32), providerId: 'q'.repeat(32) })
        expect(timeToFailure(mailboxFacts(), [secret('2027-01-10'), other], AUCKLAND)).toMatchObject({ at: Date.UTC(2027, 0, 9, 11), cause: CAUSE.clientSecret, action: ACTION.renewSecret })
        expect(timeToFailure(mailboxFacts(), [secret('2027-01-10', { kind: 'certificate' })], UTC)).toMatchObject({ cause: CAUSE.certificate, action: ACTION.renewCertificate })
        expect(timeToFailure(mailboxFacts({ providerId: '' }), [secret('2027-01-10')], UTC)).toBeNull()
    })

    it('an expiry date already past when entered is a horizon in the past: the mailbox has stopped (or will at the next refresh)', () => {
        const ttf = timeToFailure(mailboxFacts(), [secret('2026-11-20')], UTC)
        expect(ttf).toMatchObject({ at: Date.UTC(2026, 10, 20), cause: CAUSE.clientSecret })
        expect(daysUntil(ttf?.horizons[0].day ?? '', NOW, UTC)).toBe(-16)
    })

    it('an unreadable expiry date sets no horizon', () => {
        expect(timeToFailure(mailboxFacts(), [secret('next year')], UTC)).toBeNull()
    })

    it('two rows for one provider: the earlier date counts, whichever order they come in; the same date twice is one horizon', () => {
        const early = secret('2027-01-10', { sysId: '1'.repeat(32) })
        const late = secret('2027-06-10', { sysId: '2'.repeat(32) })
        expect(countedCredential([late, early], 'p'.repeat(32), UTC)).toBe(early)
        expect(countedCredential([early, late], 'p'.repeat(32), UTC)).toBe(early)
        const twin = secret('2027-01-10', { sysId: '3'.repeat(32) })
        expect(countedCredential([twin, early], 'p'.repeat(32), UTC)).toBe(early)
        expect(horizonsOf(mailboxFacts(), [late, early, twin], UTC)).toHaveLength(1)
    })

    it('the Basic-auth cut-off for a password account: Prepare OAuth switch, then Switch to OAuth once the twin exists', () => {
        const basic = mailboxFacts({ authentication: 'password', providerId: '', accessTokenExpires: null, status: null })
        expect(timeToFailure(basic, [], UTC)).toMatchObject({ at: Date.UTC(2026, 11, 31), cause: CAUSE.basicAuthCutoff, action: ACTION.prepareOAuthSwitch })
        expect(timeToFailure({ ...basic, hasTwin: true }, [], UTC)?.action).toBe(ACTION.switchToOAuth)
        expect(CAUSE_WORDS[CAUSE.basicAuthCutoff]).toMatch(/disables Basic SMTP AUTH by default \(the tenant can enable it again until the final removal announced for the second half of 2027\)/)
        // Google's 14 March 2025 has passed and a Gmail account on an app password still works: never a past failure.
        expect(timeToFailure({ ...basic, providerKind: 'google' }, [], UTC)).toBeNull()
        expect(noHorizonReason({ ...basic, providerKind: 'google' })).toMatch(/^No date: Google ended password sign-in .* app password .* keeps working/)
        expect(timeToFailure({ ...basic, providerKind: 'other' }, [], UTC)).toBeNull()
    })

    it('an inactive account carries no mail: no time to failure', () => {
        expect(timeToFailure(mailboxFacts({ active: false, status: 'needs_authorization' }), [secret('2027-01-10')], UTC)).toBeNull()
    })
})

describe('the earliest horizon wins, with its cause', () => {
    it('combines every horizon, soonest first', () => {
        const facts = mailboxFacts({ providerKind: 'google', status: 'refresh_failing', refreshTokenExpires: NOW + 4 * DAY, testingModeSuspected: true, lastAuthorized: NOW - 1 * DAY })
        const ttf = timeToFailure(facts, [secret('2026-12-09')], UTC)
        expect(ttf?.horizons.map((h) => h.cause)).toEqual([CAUSE.accessToken, CAUSE.clientSecret, CAUSE.refreshToken, CAUSE.googleTestingMode, CAUSE.googleUnused])
        expect(ttf).toMatchObject({ cause: CAUSE.accessToken, action: ACTION.refreshNow })
    })

    it('a secret expiring before the refresh token ends sets the time to failure', () => {
        const ttf = timeToFailure(mailboxFacts({ refreshTokenExpires: NOW + 40 * DAY }), [secret('2026-12-20')], UTC)
        expect(ttf).toMatchObject({ cause: CAUSE.clientSecret, at: Date.UTC(2026, 11, 20) })
    })

    it('several horizons at the same instant: one cause named, by a fixed precedence, the others listed', () => {
        const midnight = Date.UTC(2026, 11, 20)
        const facts = mailboxFacts({ providerKind: 'google', refreshTokenExpires: midnight, testingModeSuspected: true, lastAuthorized: midnight - 7 * DAY })
        const ttf = timeToFailure(facts, [secret('2026-12-20')], UTC)
        expect(ttf?.cause).toBe(CAUSE.clientSecret)
        expect(ttf?.horizons.slice(0, 3).map((h) => h.cause)).toEqual([CAUSE.clientSecret, CAUSE.googleTestingMode, CAUSE.refreshToken])
        expect(new Set(ttf?.horizons.slice(0, 3).map((h) => h.day))).toEqual(new Set(['2026-12-20']))
    })

    it('keys a horizon by what it is and its day, so a moved horizon is a new key', () => {
        const before = horizonsOf(mailboxFacts(), [secret('2027-01-10')], UTC)[0].key
        const renewed = horizonsOf(mailboxFacts(), [secret('2027-07-10')], UTC)[0].key
        expect(before).toBe(`${CAUSE.clientSecret}:${'c'.repeat(32)}:2027-01-10`)
        expect(renewed).not.toBe(before)
        // Two mailboxes of one provider share the secret's key.
        expect(horizonsOf(mailboxFacts({ sysId: 'b'.repeat(32) }), [secret('2027-01-10')], UTC)[0].key).toBe(before)
    })
})
