import { GlideRecord, gs } from '@servicenow/glide'
import { EVENT, HEALTH_TABLE, STATUS, type HealthStatus } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { loggedWrite, updateRecord } from '../common/writes.ts'
import { identityDue, identityUpdate, type IdentityRecord } from '../authorization/identity.ts'
import { isGoogleProvider, readIdentity } from '../authorization/identity-reader.ts'
import { instantValue, readInstant } from './health-store.ts'
import { CODE } from './model.ts'
import { authorizationSeen, refreshTokenDied, type AuthorizationHistory } from '../authorization/testing-mode.ts'

/**
 * The refresh job's hook after it wrote an account's health row: who authorized the account
 * (after a refresh, or when a new authorization is first seen), and Gmail's testing mode (when a
 * Google refresh token dies). Decisions are in identity.ts and testing-mode.ts; this reads and
 * writes the health row's identity and authorization columns and queues the two alerts. Costs
 * nothing for accounts where neither applies, and never throws into the run.
 */

/**
 * At most this many accounts ask Google who they are per 3 minutes (one job run), each ask up to two
 * calls of IDENTITY_HTTP_TIMEOUT_MS: a first run over many Google accounts, or a slow Google, cannot
 * hold the job. The others are asked at their next refresh.
 */
export const GOOGLE_IDENTITY_CHECKS_PER_RUN = 5
const GOOGLE_BUDGET_WINDOW_MS = 180000
const googleChecks: number[] = []

function googleBudgetLeft(now: number): boolean {
    const recent = googleChecks.filter((at) => at <= now && now - at < GOOGLE_BUDGET_WINDOW_MS)
    googleChecks.splice(0, googleChecks.length, ...recent)
    return recent.length < GOOGLE_IDENTITY_CHECKS_PER_RUN
}

export const IDENTITY_CODE = 'identity_mismatch'
export const TESTING_MODE_CODE = 'google_testing_mode'

export interface WatchInput {
    accountSysId: string
    accountName: string
    profileId: string
    /** The row's status and code before this run (null on first sight). */
    previousStatus: HealthStatus | null
    status: HealthStatus | null
    code: string
    /** A token request of this run succeeded. */
    refreshed: boolean
    /**
     * The stored token is newer than the one on the row, and this run did not request it: someone
     * authorized again (the Email Account form's display rule only shows who; this records it), or
     * another process refreshed it.
     */
    tokenReplaced?: boolean
    /** The health row as just written, when the job holds it (after a lease); else it is read. */
    row: GlideRecord | null
    now: number
}

/** Returns the number of events queued. */
export function watchAuthorization(input: WatchInput): number {
    const newAuthorization = input.status === STATUS.ok && (input.previousStatus === null || input.previousStatus === STATUS.needsAuthorization)
    const tokenDied = input.status === STATUS.needsAuthorization && input.code === CODE.invalidGrant && input.previousStatus !== STATUS.needsAuthorization
    const identityWanted = input.status === STATUS.ok && (input.refreshed || newAuthorization || input.tokenReplaced === true)
    if (!newAuthorization && !tokenDied && !identityWanted) return 0
    try {
        return watch(input, newAuthorization, tokenDied, identityWanted)
    } catch (error) {
        gs.warn(`Email OAuth Manager: the authorization check of email account '${input.accountName}' failed: ${redact(String(error))}`)
        return 0
    }
}

function watch(input: WatchInput, newAuthorization: boolean, tokenDied: boolean, identityWanted: boolean): number {
    const row = input.row ?? healthRow(input.accountSysId)
    if (row === null) return 0
    const google = isGoogleProvider(text(row.getValue('oauth_profile.oauth_entity.token_url')), text(row.getValue('oauth_profile.oauth_entity.name')))
    const events: string[] = []
    let changed = false

    const history: AuthorizationHistory = { lastAuthorized: readInstant(row, 'last_authorized'), shortAuthorizations: whole(row, 'short_authorizations') }
    if (google && newAuthorization) {
        row.setValue('last_authorized', instantValue(authorizationSeen(history, input.now).lastAuthorized))
        changed = true
    }
    if (google && tokenDied) {
        const verdict = refreshTokenDied(history, input.now)
        row.setValue('short_authorizations', verdict.history.shortAuthorizations)
        row.setValue('testing_mode_suspected', verdict.suspected)
        changed = true
        if (verdict.testingMode) events.push(EVENT.googleTestingMode)
    }

    if (identityWanted) {
        const previous: IdentityRecord = {
            authorizedIdentity: text(row.getValue('authorized_identity')),
            identityStatus: text(row.getValue('identity_status')),
            acceptedDelegate: text(row.getValue('accepted_delegate')),
            identityChecked: readInstant(row, 'identity_checked'),
        }
        // A replaced token may be a new sign-in: Google is asked again, within the run's budget.
        if (identityDue(previous, google, newAuthorization || input.tokenReplaced === true, input.now) && (!google || googleBudgetLeft(input.now))) {
            const read = readIdentity(input.accountSysId, input.profileId, { google, allowNetwork: true })
            if (read.askedGoogle) googleChecks.push(input.now)
            const update = identityUpdate(previous, text(row.getValue('email_account.user_name')), read.identity, newAuthorization)
            if (update.write || read.askedGoogle) {
                row.setValue('authorized_identity', update.authorizedIdentity)
                row.setValue('identity_status', update.identityStatus)
                row.setValue('identity_checked', instantValue(input.now))
                changed = true
            }
            if (update.recovered) events.push(EVENT.recovered)
            if (update.alert) {
                events.push(EVENT.identityMismatch)
                gs.warn(`Email OAuth Manager: email account '${input.accountName}' was authorized as ${update.authorizedIdentity}, not as its mailbox: authorize it again in a private window signed in as the mailbox.`)
            }
        }
    }

    // Refused (logged): the alerts below would repeat at every check, so none is queued until the row can keep them.
    if (changed && !loggedWrite(updateRecord(row, `the authorization columns of the token health row of email account '${input.accountName}'`))) return 0
    if (events.length === 0) return 0
    const account = new GlideRecord('sys_email_account')
    if (!account.get(input.accountSysId)) return 0
    // recovered carries the code of the problem it ends (as the status alerts do): identity_mismatch.
    for (const name of events) gs.eventQueue(name, account, input.accountSysId, name === EVENT.googleTestingMode ? TESTING_MODE_CODE : IDENTITY_CODE)
    return events.length
}

function healthRow(accountSysId: string): GlideRecord | null {
    const gr = new GlideRecord(HEALTH_TABLE)
    return gr.get('email_account', accountSysId) ? gr : null
}

function text(value: string | null | undefined): string {
    return value === null || value === undefined ? '' : String(value)
}

function whole(gr: GlideRecord, field: string): number {
    const n = parseInt(text(gr.getValue(field)), 10)
    return isFinite(n) ? n : 0
}
