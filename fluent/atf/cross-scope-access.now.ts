import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * What the ATF steps touch outside the app's scope, beyond what fluent/access.now.ts allows the job:
 * the installed-records test reads the platform tables its records live in, and the setup-check
 * test creates (and ATF rolls back) email accounts, and the broken-account test finds the app's Instance
 * Scan check and suite (src/atf/broken-account.ts). Each privilege is declared once for the whole app
 * (the build test fails on a second declaration): reading sys_user_role and sys_group_has_role is in
 * fluent/access.now.ts, creating sys_email_account in fluent/migration.now.ts.
 */

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-sysevent-register'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sysevent_register',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-sysevent-email-action'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sysevent_email_action',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-sys-user-group'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_group',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-sys-module'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_module',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-sys-user-role-contains'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_role_contains',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-scan-table-check'],
    operation: 'read',
    status: 'allowed',
    targetName: 'scan_table_check',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-scan-check-suite'],
    operation: 'read',
    status: 'allowed',
    targetName: 'scan_check_suite',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['atf-privilege-read-scan-check-suite-check'],
    operation: 'read',
    status: 'allowed',
    targetName: 'scan_check_suite_check',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
