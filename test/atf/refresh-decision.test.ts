import { PROPERTY } from '../../src/common/app.ts'
import { decideOnPlatformClock, readPlatformClock } from '../../src/atf/refresh-decision.ts'
import { platform } from '../stand-ins/platform.ts'

beforeEach(() => platform.reset())

describe('one refresh decision on the platform clock', () => {
    it('reads GlideDateTime and Date', () => {
        platform.clock.set(Date.UTC(2031, 1, 2, 3, 4, 5))
        expect(readPlatformClock().glideNow).toBe(Date.UTC(2031, 1, 2, 3, 4, 5))
    })

    it('refreshes inside the instance’s refresh window, leaves the token alone beyond it, and needs a refresh token', () => {
        platform.properties[PROPERTY.refreshWindowSeconds.name] = '900'
        expect(decideOnPlatformClock(-60, true)).toEqual({ kind: 'refresh', code: '' })
        expect(decideOnPlatformClock(60, true)).toEqual({ kind: 'fresh', code: '' })
        expect(decideOnPlatformClock(-60, false)).toEqual({ kind: 'blocked', code: 'no_refresh_token' })
    })
})
