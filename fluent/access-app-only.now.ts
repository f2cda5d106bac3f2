import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * What the setup check reads for app-only accounts: the instance's email account types (the Graph
 * types' values are not documented, so they are read, not guessed), the column behind the label
 * "Inbox email address", and whether JWT providers (certificate authentication) exist. The read of
 * sys_choice is declared once, in access.now.ts.
 */

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-documentation'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_documentation',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-jwt-provider'],
    operation: 'read',
    status: 'allowed',
    targetName: 'jwt_provider',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
