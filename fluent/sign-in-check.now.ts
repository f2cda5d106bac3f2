import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { checkSignInOnDisplay } from '../src/token-keeper/sign-in-check.ts'

/*
 * Who signed in, checked the moment the admin is back on the Email Account form after Authorize
 * Email Account Access (the platform returns there), not at the next refresh run: a token that
 * belongs to someone else is shown on the form at once and recorded on the Token health row the
 * overview page shows (src/token-keeper/sign-in-check.ts). Display rule: it reads, it never blocks
 * the form.
 */
export const signInCheckOnAccountForm = BusinessRule({
    $id: Now.ID['sign-in-check-account-display'],
    name: 'Email OAuth Manager: who signed in',
    table: 'sys_email_account',
    when: 'display',
    active: true,
    order: 200,
    condition: "current.authentication == 'oauth2'",
    description: 'Email OAuth Manager: compares the identity of the account token with the mailbox when the form opens (right after Authorize Email Account Access), and shows a mismatch; the refresh job records it and alerts.',
    script: checkSignInOnDisplay,
})
