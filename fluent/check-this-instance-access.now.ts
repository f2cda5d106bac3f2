import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * The global tables Check this instance reads (src/instance-check/items/), beyond those already
 * declared for the setup check (sys_dictionary, sys_choice, sys_properties, oauth_entity in
 * fluent/access.now.ts and fluent/install.now.ts), for the mail flow (sys_email, sys_trigger, syslog in
 * fluent/access-mail-flow.now.ts; the flow tables sys_hub_flow and sys_hub_trigger_instance in
 * fluent/mail-flow.now.ts) and for certificate credentials (sys_script_include read and
 * oauth_entity write, which the Google offline-access fix script needs too, in
 * fluent/access-certificate.now.ts). Each privilege is declared once for the whole app.
 */

/* The app's own scope record, through which the privileges are found (source_scope.scope). */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-scope'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* Each privilege of the app and its status on this instance (cross-scope-privileges.ts). */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-scope-privilege'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_scope_privilege',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The active email filters (email-filters.ts). */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-email-filter'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_email_filter',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

