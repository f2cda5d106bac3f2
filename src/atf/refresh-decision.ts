/**
 * The ATF test "one refresh decision on the platform's clock": the job's pure decision (decide.ts)
 * fed with the instance's own clock (GlideDateTime, milliseconds since the epoch) and the refresh
 * window the instance's properties set, the way job.ts feeds it.
 */
import { GlideDateTime } from '@servicenow/glide'
import { readSettings } from '../common/settings.ts'
import { decide, observeToken } from '../token-keeper/decide.ts'

export interface DecisionOnPlatformClock {
    kind: string
    /** The blocking code, '' unless the decision is `blocked`. */
    code: string
}

export interface PlatformClock {
    /** new GlideDateTime().getNumericValue(): what the job reads as "now". */
    glideNow: number
    /** Date.now() of the script engine; both must be milliseconds since the epoch (UTC). */
    scriptNow: number
}

export function readPlatformClock(): PlatformClock {
    return { glideNow: new GlideDateTime().getNumericValue(), scriptNow: Date.now() }
}

/**
 * The decision for an authorized account whose access token has `secondsBeyondWindow` seconds more
 * than the refresh window left (negative: inside the window), with or without a refresh token, and
 * no earlier health row.
 */
export function decideOnPlatformClock(secondsBeyondWindow: number, hasRefreshToken: boolean): DecisionOnPlatformClock {
    const settings = readSettings()
    const now = new GlideDateTime().getNumericValue()
    const token = observeToken(
        { hasAccessToken: true, expiresInSeconds: settings.refreshWindowSeconds + secondsBeyondWindow, hasRefreshToken, refreshExpiresInSeconds: 0 },
        now,
        null,
    )
    const decision = decide({ profileId: 'atf-profile', token, previous: null, now, settings })
    return { kind: decision.kind, code: decision.kind === 'blocked' ? decision.code : '' }
}
