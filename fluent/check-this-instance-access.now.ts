import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * The global tables Check this instance reads (src/instance-check/items/), beyond those already
 * declared for the setup check (sys_dictionary, sys_choice, sys_properties, oauth_entity in
 * fluent/access.now.ts and fluent/install.now.ts), and what the Google offline-access fix script
 * writes (fluent/providers/google-offline-access.now.ts). Each privilege is declared once for the
 * whole app.
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

/* The newest ignored email (ignored-mailbox.ts); the mail flow reads it too. */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-email'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_email',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The platform's mail jobs by name (mail-jobs.ts); the mail flow reads them too. */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-trigger'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_trigger',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* Where the reader logs a refused login (reader-log-source.ts); the mail flow reads it too. */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-syslog'],
    operation: 'read',
    status: 'allowed',
    targetName: 'syslog',
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

/* Flows with an inbound email trigger (inbound-email-flows.ts). */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-hub-trigger-instance'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_trigger_instance',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* Whether those flows are active (the dot-walk flow.active). */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-hub-flow'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_flow',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The name of each provider's OAuth API Script (sign-in-scripts.ts) and the global OAuthGoogleOfflineAccess (the Google offline-access fix script). */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-read-sys-script-include'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_script_include',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The Google offline-access fix script sets the provider's OAuth API Script (src/install/google-offline-access.ts). */
CrossScopePrivilege({
    $id: Now.ID['instance-check-privilege-write-oauth-entity'],
    operation: 'write',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
