import '@servicenow/sdk/global'
import { CrossScopePrivilege, Record, Role } from '@servicenow/sdk/core'
import { ADMIN_ROLE, VIEWER_ROLE } from '../src/common/app.ts'

/*
 * Who may see and run the app, and what it may touch outside its scope.
 */

/*
 * What a member of "Email OAuth Manager admins" must be able to do without being admin, and exactly
 * the platform roles for it:
 * - oauth_admin: Authorize Email Account Access and Test Connection on the email account form;
 * - email_account_admin: create and edit email accounts (System Mailboxes > Email Accounts).
 * Not admin: reading oauth_credential (stored tokens) needs it (KB0859525), and granting admin through
 * an app role would hand out the whole instance. Members read token state on the Token health rows,
 * which the job (running as admin) writes; Check OAuth setup says "needs role admin" for the token part.
 * Releases: email_account_admin is documented for Microsoft Graph accounts on Australia and later
 * ("Read or send emails using Microsoft Graph"); oauth_admin is the role DOMAIN.md section 9 names for
 * Authorize Email Account Access, and it also covers every OAuth setting of the instance, so
 * docs/releases-and-roles.md says what each grants and which could replace it.
 * Why oauth_admin stays (least privilege that still acts on every alert): the most frequent alerts
 * (needs authorization, re-authorization due) are fixed only by pressing Authorize Email Account Access,
 * and oauth_admin is the only role the docs name for that button; no public source says email_account_admin
 * alone grants it on any release. Dropping it would leave members with alerts they cannot act on.
 * People who only need to see health get x_mail_oauth.viewer instead, which holds no platform role.
 */

/*
 * Sees health without acting on it: reads Token health, Refresh runs, Client credentials and the
 * horizon warnings, opens the overview page and its GET route, sees the menu. No platform role, so no
 * OAuth, email account or admin rights: Check setup, Refresh now, Re-authorize and the forms that fix
 * an alert stay with x_mail_oauth.admin. Viewers receive no alerts (they go to the admins group),
 * because every alert asks for an action a viewer cannot take.
 */
export const viewerRole = Role({
    name: VIEWER_ROLE,
    description: 'Sees Email OAuth Manager health: token health, refresh runs, client credentials, warnings and the overview page. No platform admin rights; receives no alerts.',
})

export const adminRole = Role({
    name: ADMIN_ROLE,
    description: 'Everything x_mail_oauth.viewer sees, plus the OAuth setup check, Authorize Email Account Access (contains oauth_admin) and email accounts (contains email_account_admin); receives the alerts.',
    containsRoles: [viewerRole, 'oauth_admin', 'email_account_admin'],
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
 * The alerts that do not need mail (src/alerts/fallback-action.ts): the incident for the admin group,
 * the banner announcement for the admin role and its Unified Navigation mapping, and the reads that
 * find the group, the role and the banner's audience choice.
 */

CrossScopePrivilege({
    $id: Now.ID['privilege-read-incident'],
    operation: 'read',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-create-incident'],
    operation: 'create',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-write-incident'],
    operation: 'write',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-ux-banner-announcement'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_ux_banner_announcement',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-create-sys-ux-banner-announcement'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sys_ux_banner_announcement',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-write-sys-ux-banner-announcement'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sys_ux_banner_announcement',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-create-sys-ux-m2m-banner-announcement'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sys_ux_m2m_banner_announcement',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-ux-banner-announcement-config'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_ux_banner_announcement_config',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-choice'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_choice',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The Connection security field of newer releases is undocumented: the setup check and the migration
 * look it up in the dictionary of sys_email_account (src/platform/connection-security.ts). */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-dictionary'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_dictionary',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-user-role'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-group-has-role'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_group_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* Who may read tokens: the setup check and the job's guard read the Run as user and roles of this app's job and of the platform's
 * own "Refresh email access token" job (KB0859525). */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-user'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-user-has-role'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-oauth-credential'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_credential',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/*
 * The Instance Scan counts an account's token records without decrypting them (src/setup-check/read-setup.ts,
 * readTokenPresence): an aggregate over oauth_credential filtered through its requestor profile.
 */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-oauth-requestor-profile'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_requestor_profile',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/*
 * The sn_auth API: reading the platform's tokens and refreshing them. UNCONFIRMED: the names runtime
 * access tracking records for sn_auth scriptables. The @servicenow/glide types declare the classes
 * GlideOAuthClient and GlideOAuthClientRequest in the sn_auth namespace (src/sn_auth/*.d.ts), and
 * ServiceNow's docs name scriptable targets by their API class (e.g. "ScopedGlideRecord" in the global
 * scope), but no public source lists the tracked name or scope for sn_auth. These two records say
 * what the app calls; if the instance records another name (System Applications > Application
 * Cross-Scope Access shows a "Requested" row after the first run), set that row to Allowed.
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
