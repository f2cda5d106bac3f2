import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * What the setup check reads about the platform's own machinery (src/setup-check/rules/platform.ts):
 * the built-in "Refresh email access token" job's Run as user and whether that user holds admin
 * (KB0859525). The job itself is read under the privilege in access.now.ts.
 */

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
