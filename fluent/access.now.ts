import '@servicenow/sdk/global'
import { CrossScopePrivilege, Record, Role } from '@servicenow/sdk/core'
import { ADMIN_ROLE } from '../src/common/app.ts'

/*
 * Who may see and run the app, and what it may touch outside its scope.
 */

export const adminRole = Role({
    name: ADMIN_ROLE,
    description: 'Reads token health, runs the OAuth setup check and receives the alerts that need an admin to act.',
})

/*
 * Notifications go to groups, not roles: members of this group hold x_mail_oauth.admin and receive
 * the "authorize again" alerts. Add the people who look after the mailboxes. Loaded on first install
 * only: the admin may set its email, manager or name, and an upgrade keeps them (its role grant
 * below is the app's and is written on every install).
 */
export const adminGroup = Record({
    $id: Now.ID['admin-group'],
    $meta: { installMethod: 'first install' },
    table: 'sys_user_group',
    data: {
        name: 'Email OAuth Manager admins',
        description: 'Members hold x_mail_oauth.admin and receive Email OAuth Manager alerts.',
        active: true,
    },
})

Record({
    $id: Now.ID['admin-group-role'],
    table: 'sys_group_has_role',
    data: { group: adminGroup, role: adminRole, inherits: true },
})

/* Tables the job and the setup check read. The health table is the app's own. */

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-email-account'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_email_account',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-oauth-entity'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-oauth-entity-profile'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity_profile',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-oauth-entity-scope'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-oauth-entity-profile-scope'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity_profile_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The setup check looks whether the platform's own refresh job is active too. */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sysauto-script'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sysauto_script',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/*
 * The sn_auth API: reading the platform's tokens and refreshing them. Scriptable targets are named
 * by their API class; if runtime access tracking records another name on your release, allow
 * that one in System Applications > Application Cross-Scope Access.
 */
CrossScopePrivilege({
    $id: Now.ID['privilege-execute-glide-oauth-client'],
    operation: 'execute',
    status: 'allowed',
    targetName: 'GlideOAuthClient',
    targetScope: 'sn_auth',
    targetType: 'scriptable',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-execute-glide-oauth-client-request'],
    operation: 'execute',
    status: 'allowed',
    targetName: 'GlideOAuthClientRequest',
    targetScope: 'sn_auth',
    targetType: 'scriptable',
})
