import '@servicenow/sdk/global'
import { CrossScopePrivilege, Record, UiAction } from '@servicenow/sdk/core'
import { ADMIN_ROLE } from '../src/common/app.ts'
import { prepareOAuthSwitch, switchToOAuth, undoOAuthSwitch } from '../src/migration/form-actions.ts'
import { BASIC_AUTH_CUTOFF, BASIC_AUTH_FILTER } from '../src/migration/plan.ts'
import { menu } from './menu.now.ts'

/*
 * Moving off Basic authentication before the cut-off (end of December 2026 for SMTP AUTH at
 * Microsoft, MC786329), without a moment without mail: the list of accounts still on a password at
 * Microsoft or Google, and the three buttons of the switch (src/migration).
 */

Record({
    $id: Now.ID['module-basic-auth-accounts'],
    table: 'sys_app_module',
    data: {
        title: 'Accounts on Basic auth',
        application: menu,
        link_type: 'FILTER',
        name: 'sys_email_account',
        filter: BASIC_AUTH_FILTER,
        hint: `Email accounts with a password at Microsoft or Google: Microsoft turns Basic authentication off at the ${BASIC_AUTH_CUTOFF.label} (${BASIC_AUTH_CUTOFF.source}). Prepare OAuth switch on each.`,
        roles: [ADMIN_ROLE, 'admin'],
        active: true,
        order: 250,
    },
})

export const prepareOAuthSwitchAction = UiAction({
    $id: Now.ID['migration-prepare'],
    table: 'sys_email_account',
    name: 'Prepare OAuth switch',
    actionName: 'x_mail_oauth_prepare_switch',
    hint: 'Creates an inactive OAuth twin of this account (same mailbox, the provider profile and servers); this account keeps the mail flowing',
    comments: 'Email OAuth Manager: src/migration/form-actions.ts prepareOAuthSwitch.',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: "current.authentication == 'password'",
    form: { showButton: true, style: 'unstyled' },
    roles: ['admin', 'email_account_admin'],
    order: 300,
    script: prepareOAuthSwitch,
})

export const switchToOAuthAction = UiAction({
    $id: Now.ID['migration-switch'],
    table: 'sys_email_account',
    name: 'Switch to OAuth',
    actionName: 'x_mail_oauth_switch',
    hint: 'Activates the authorized OAuth twin and deactivates this account in one step; refused while the twin holds no valid token',
    comments: 'Email OAuth Manager: src/migration/form-actions.ts switchToOAuth.',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: "current.authentication == 'password' && current.active == true",
    form: { showButton: true, style: 'primary' },
    roles: ['admin', 'email_account_admin'],
    order: 310,
    script: switchToOAuth,
})

export const undoOAuthSwitchAction = UiAction({
    $id: Now.ID['migration-undo'],
    table: 'sys_email_account',
    name: 'Undo switch',
    actionName: 'x_mail_oauth_undo_switch',
    hint: 'Reactivates the Basic account this OAuth twin replaced and deactivates the twin; after a switch that stopped half-way, undoes what was done',
    comments: 'Email OAuth Manager: src/migration/form-actions.ts undoOAuthSwitch.',
    active: true,
    showInsert: false,
    showUpdate: true,
    // Also on an inactive twin: a switch stopped half-way by a refused write can leave it inactive with its Basic account inactive too.
    condition: "current.authentication == 'oauth2' && current.name.toString().endsWith(' (OAuth)')",
    form: { showButton: true, style: 'unstyled' },
    roles: ['admin', 'email_account_admin'],
    order: 320,
    script: undoOAuthSwitch,
})

/* The switch creates and updates email accounts (and the ATF setup-check test creates one, rolled back). */
CrossScopePrivilege({
    $id: Now.ID['privilege-create-sys-email-account'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sys_email_account',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-write-sys-email-account'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sys_email_account',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
