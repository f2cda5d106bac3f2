import { STATUS } from '../../src/common/app.ts'
import type { Settings } from '../../src/common/settings.ts'
import { TEST_SETTINGS } from './helpers.ts'
import { decide, observeToken } from '../../src/token-keeper/decide.ts'
import type { HealthSnapshot, TokenState } from '../../src/token-keeper/model.ts'

const NOW = Date.UTC(2026, 0, 1, 12)
const SETTINGS: Settings = TEST_SETTINGS

function token(accessSecondsLeft: number | null, refresh = true, refreshSecondsLeft: number | null = null): TokenState {
    return {
        accessExpiresAt: accessSecondsLeft === null ? null : NOW + accessSecondsLeft * 1000,
        hasRefreshToken: refresh,
        refreshExpiresAt: refreshSecondsLeft === null ? null : NOW + refreshSecondsLeft * 1000,
    }
}

function row(fields: Partial<HealthSnapshot>): HealthSnapshot {
    return {
        sysId: 'h1',
        status: STATUS.ok,
        code: '',
        message: '',
        profileId: 'p1',
        accessTokenExpires: null,
        refreshTokenExpires: null,
        lastChecked: null,
        lastRefreshed: null,
        nextAttempt: null,
        consecutiveFailures: 0,
        ...fields,
    }
}

describe('decide', () => {
    it.each([
        ['no profile', '', token(3600), null, { kind: 'blocked', status: STATUS.misconfigured, code: 'missing_profile' }],
        ['no token at all', 'p1', null, null, { kind: 'blocked', status: STATUS.needsAuthorization, code: 'not_authorized' }],
        ['an access token but no refresh token', 'p1', token(3600, false), null, { kind: 'blocked', status: STATUS.needsAuthorization, code: 'no_refresh_token' }],
        ['more than the window left', 'p1', token(601), null, { kind: 'fresh' }],
        ['exactly the window left', 'p1', token(600), null, { kind: 'refresh', dueAt: NOW + 600000 }],
        ['an expired access token', 'p1', token(-5), null, { kind: 'refresh', dueAt: NOW - 5000 }],
        ['a refresh token without an access token', 'p1', token(null), null, { kind: 'refresh', dueAt: -Infinity }],
        ['a backoff still running', 'p1', token(300), row({ status: STATUS.refreshFailing, nextAttempt: NOW + 60000 }), { kind: 'waiting', until: NOW + 60000 }],
        ['a backoff that has run out', 'p1', token(300), row({ status: STATUS.refreshFailing, nextAttempt: NOW }), { kind: 'refresh', dueAt: NOW + 300000 }],
        [
            'the token the provider rejected',
            'p1',
            token(-100, true, 86400),
            row({ status: STATUS.needsAuthorization, code: 'invalid_grant', accessTokenExpires: NOW - 100000, refreshTokenExpires: NOW + 86400000 - 2000 }),
            { kind: 'blocked', status: STATUS.needsAuthorization, code: 'invalid_grant' },
        ],
        [
            'a new token after a rejected one',
            'p1',
            token(3600, true, 7776000),
            row({ status: STATUS.needsAuthorization, code: 'invalid_grant', accessTokenExpires: NOW - 100000, refreshTokenExpires: NOW + 86400000 }),
            { kind: 'fresh' },
        ],
    ])('%s', (_case, profileId, tokenState, previous, expected) => {
        expect(decide({ profileId, token: tokenState, previous, now: NOW, settings: SETTINGS })).toEqual(expected)
    })

    it('honours the configured window', () => {
        expect(decide({ profileId: 'p1', token: token(900), previous: null, now: NOW, settings: { ...SETTINGS, refreshWindowSeconds: 1200 } }).kind).toBe('refresh')
    })
})

describe('observeToken', () => {
    it('turns seconds left into absolute times and keeps an expiry already on record once expired', () => {
        const raw = { hasAccessToken: true, expiresInSeconds: 0, hasRefreshToken: true, refreshExpiresInSeconds: 0 }
        expect(observeToken(raw, NOW, null)).toEqual({ accessExpiresAt: NOW, hasRefreshToken: true, refreshExpiresAt: null })
        expect(observeToken(raw, NOW, row({ accessTokenExpires: NOW - 60000, refreshTokenExpires: NOW - 1000 }))).toEqual({
            accessExpiresAt: NOW - 60000,
            hasRefreshToken: true,
            refreshExpiresAt: NOW - 1000,
        })
        expect(observeToken({ ...raw, expiresInSeconds: 100, refreshExpiresInSeconds: 50 }, NOW, null)).toEqual({
            accessExpiresAt: NOW + 100000,
            hasRefreshToken: true,
            refreshExpiresAt: NOW + 50000,
        })
        expect(observeToken({ hasAccessToken: false, expiresInSeconds: 0, hasRefreshToken: false, refreshExpiresInSeconds: 0 }, NOW, null)).toBeNull()
        expect(observeToken(null, NOW, null)).toBeNull()
    })
})
