/**
 * The identity check at once after an authorization, shown, not recorded: the platform brings the
 * admin back to the Email Account form after Authorize Email Account Access, and this display
 * business rule (fluent/sign-in-check.now.ts) reads who the token belongs to from its claims (no
 * provider call: a Google token without claims waits for the refresh job) and compares it with the
 * mailbox. A mismatch is shown on the form at once ("authorized as X, the mailbox is Y").
 *
 * A form load only reads: it writes no row and queues no event, however often the form is opened
 * (a display rule runs on every load, for every user who may open it). The Token health row and the
 * identity alert come from the refresh job within 3 minutes: it sees the new token (a new
 * authorization, or a token replaced outside the job) and runs the same identity decision
 * (src/token-keeper/authorization-watch.ts). Thin; never throws into the form.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { HEALTH_TABLE } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { canReadTokens } from '../platform/access.ts'
import { IDENTITY_STATUS, identityUpdate, type IdentityRecord } from '../authorization/identity.ts'
import { isGoogleProvider, readIdentity } from '../authorization/identity-reader.ts'
import { signInMismatchMessage } from '../authorization/sign-in.ts'
import { readInstant } from './health-store.ts'

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
    // The row is read for the accepted delegate only: a delegate an admin accepted is not a mismatch.
    const row = new GlideRecord(HEALTH_TABLE)
    const previous: IdentityRecord = row.get('email_account', accountId)
        ? { authorizedIdentity: row.getValue('authorized_identity') ?? '', identityStatus: row.getValue('identity_status') ?? '', acceptedDelegate: row.getValue('accepted_delegate') ?? '', identityChecked: readInstant(row, 'identity_checked') }
        : { authorizedIdentity: '', identityStatus: '', acceptedDelegate: '', identityChecked: null }
    const update = identityUpdate(previous, mailbox, read.identity, false)
    if (update.identityStatus === IDENTITY_STATUS.mismatch) gs.addErrorMessage(signInMismatchMessage(update.authorizedIdentity, mailbox))
}
