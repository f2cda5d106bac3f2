/**
 * The identity check at once after an authorization, not at the next refresh run: the platform
 * brings the admin back to the Email Account form after Authorize Email Account Access, and this
 * display business rule (fluent/sign-in-check.now.ts) reads who the token belongs to from its
 * claims (no provider call: a Google token without claims waits for the refresh job) and compares
 * it with the mailbox. A mismatch is shown on the form at once ("authorized as X, the mailbox is Y")
 * and written to the account's Token health row, which the overview page shows, with one alert per
 * wrong identity (identityUpdate decides, as in the refresh job's authorization watch).
 * Thin; never throws into the form.
 */
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { EVENT, HEALTH_TABLE } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { updateRecord } from '../common/writes.ts'
import { canReadTokens } from '../platform/access.ts'
import { IDENTITY_STATUS, identityUpdate, type IdentityRecord } from '../authorization/identity.ts'
import { isGoogleProvider, readIdentity } from '../authorization/identity-reader.ts'
import { signInMismatchMessage } from '../authorization/sign-in.ts'
import { IDENTITY_CODE } from './authorization-watch.ts'
import { instantValue, readInstant } from './health-store.ts'

export function checkSignInOnDisplay(current: GlideRecord): void {
    try {
        check(current)
    } catch (error) {
        gs.debug(`Email OAuth Manager: the sign-in check of email account '${current.getValue('name') ?? ''}' failed: ${redact(String(error))}`)
    }
}

function check(current: GlideRecord): void {
    const profileId = current.getValue('oauth_profile') ?? ''
    if (current.getValue('authentication') !== 'oauth2' || profileId === '' || !canReadTokens()) return
    const profile = new GlideRecord('oauth_entity_profile')
    // Client credentials: the token is the app's own, there is no sign-in to check.
    if (!profile.get(profileId) || profile.getValue('grant_type') === 'client_credentials') return
    const provider = new GlideRecord('oauth_entity')
    const google = provider.get(profile.getValue('oauth_entity') ?? '') && isGoogleProvider(provider.getValue('token_url') ?? '', provider.getValue('name') ?? '')
    const accountId = current.getUniqueValue()
    const read = readIdentity(accountId, profileId, { google, allowNetwork: false })
    if (read.identity === null) return
    const mailbox = current.getValue('user_name') ?? ''
    const row = new GlideRecord(HEALTH_TABLE)
    const hasRow = row.get('email_account', accountId)
    const previous: IdentityRecord = hasRow
        ? { authorizedIdentity: row.getValue('authorized_identity') ?? '', identityStatus: row.getValue('identity_status') ?? '', acceptedDelegate: row.getValue('accepted_delegate') ?? '', identityChecked: readInstant(row, 'identity_checked') }
        : { authorizedIdentity: '', identityStatus: '', acceptedDelegate: '', identityChecked: null }
    const update = identityUpdate(previous, mailbox, read.identity, false)
    if (update.identityStatus === IDENTITY_STATUS.mismatch) gs.addErrorMessage(signInMismatchMessage(update.authorizedIdentity, mailbox))
    // Without a row the refresh job writes one within minutes, with the same reading.
    if (!hasRow || !update.write) return
    row.setValue('authorized_identity', update.authorizedIdentity)
    row.setValue('identity_status', update.identityStatus)
    row.setValue('identity_checked', instantValue(new GlideDateTime().getNumericValue()))
    const written = updateRecord(row, `who authorized '${current.getValue('name') ?? accountId}' on its Token health row`)
    if (!written.ok) {
        gs.addErrorMessage(`Email OAuth Manager: ${written.message} The refresh job records who authorized at its next run.`)
        return
    }
    if (update.alert) gs.eventQueue(EVENT.identityMismatch, current, accountId, IDENTITY_CODE)
}
