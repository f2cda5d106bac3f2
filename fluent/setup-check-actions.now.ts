import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { ADMIN_ROLE } from '../src/common/app.ts'
import { checkOAuthSetupOnAccountForm, checkOAuthSetupOnProviderForm } from '../src/setup-check/form-action.ts'

/*
 * "Check OAuth setup": the setup check on the two forms an admin fixes mail OAuth on. Server-side
 * buttons (the check reads records and tokens), shown on saved records only, for admins.
 */

export const checkOAuthSetupOnAccount = UiAction({
    $id: Now.ID['setup-check-account-form'],
    table: 'sys_email_account',
    name: 'Check OAuth setup',
    actionName: 'x_mail_oauth_check_setup',
    hint: 'Checks this account, its OAuth profile, provider, scopes and token, and says what to fix where',
    comments: 'Email OAuth Manager: runs the setup check (src/setup-check) and shows its findings as form messages.',
    active: true,
    showInsert: false,
    showUpdate: true,
    form: { showButton: true, style: 'unstyled' },
    roles: ['admin', ADMIN_ROLE],
    order: 200,
    script: checkOAuthSetupOnAccountForm,
})

export const checkOAuthSetupOnProvider = UiAction({
    $id: Now.ID['setup-check-provider-form'],
    table: 'oauth_entity',
    name: 'Check OAuth setup',
    actionName: 'x_mail_oauth_check_setup',
    hint: 'Checks every email account whose OAuth profile belongs to this provider, and says what to fix where',
    comments: 'Email OAuth Manager: runs the setup check (src/setup-check) for each email account of this provider.',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: "current.type == 'oauth_provider'",
    form: { showButton: true, style: 'unstyled' },
    roles: ['admin', ADMIN_ROLE],
    order: 200,
    script: checkOAuthSetupOnProviderForm,
})
