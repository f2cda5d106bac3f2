/**
 * Gmail's consent screen left in "Testing": Google's refresh tokens of apps in testing die 7 days
 * after they are issued, so the account is authorized again and dies again a week later. Pure:
 * the health row remembers when the account was last authorized and how many refresh tokens in a
 * row died within about 7 days of it; the second such death is the finding.
 */

/** Google's lifetime of refresh tokens of apps in testing. */
export const TESTING_REFRESH_TOKEN_DAYS = 7
/** A death this soon after the authorization counts as a testing-mode death: 7 days, plus the job's detection delay and clock slack. */
export const SHORT_LIFE_MS = (TESTING_REFRESH_TOKEN_DAYS + 1) * 86400000
/** Short lives in a row that make the finding: one could be a revocation or a password change, two in a row is the pattern. */
export const SHORT_LIVES_FOR_FINDING = 2

export interface AuthorizationHistory {
    /** When the job first saw the current authorization (ms); null when not seen yet. */
    lastAuthorized: number | null
    /** Refresh tokens in a row that died within SHORT_LIFE_MS of their authorization. */
    shortAuthorizations: number
}

/** A new authorization was seen (first sight with a token, or back from needs_authorization). */
export function authorizationSeen(history: AuthorizationHistory, now: number): AuthorizationHistory {
    return { lastAuthorized: now, shortAuthorizations: history.shortAuthorizations }
}

export interface DeathVerdict {
    history: AuthorizationHistory
    /** This death makes the pattern (raised once: exactly when the count reaches the threshold). */
    testingMode: boolean
    /** The pattern stands (for the setup check and the health row). */
    suspected: boolean
}

/** The refresh token was rejected (invalid_grant): a short life if it came within about 7 days of the authorization. */
export function refreshTokenDied(history: AuthorizationHistory, now: number): DeathVerdict {
    const short = history.lastAuthorized !== null && now - history.lastAuthorized <= SHORT_LIFE_MS
    const count = short ? history.shortAuthorizations + 1 : 0
    return {
        history: { lastAuthorized: history.lastAuthorized, shortAuthorizations: count },
        testingMode: count === SHORT_LIVES_FOR_FINDING,
        suspected: count >= SHORT_LIVES_FOR_FINDING,
    }
}

export function testingModeMessage(accountName: string, days: number): string {
    return (
        `The Google authorization of email account '${accountName}' ended within ${days} days, twice in a row: Google ends refresh tokens after 7 days ` +
        `while the app's OAuth consent screen is in "Testing". Google Cloud console > APIs & Services > OAuth consent screen: Publish app ` +
        `(or User type Internal for a Workspace-only app), then authorize the account again from its Email Account form, in a private window signed in as the mailbox.`
    )
}
