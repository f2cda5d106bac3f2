import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * What the mail-flow check and the settings reader touch outside the app's scope (src/mail-flow/records.ts,
 * src/common/settings.ts). An installed app runs in Enforcing mode (KB0717945), where "the system only
 * allows runtime requests to run that have a valid cross-scope privilege record" (docs *Cross-scope
 * privilege record*): without these, the canary's email and its stored arrival are never found, the
 * platform's mail jobs and the app's own inbound action read as missing, failed email is never re-sent,
 * and the reader's refused logins are never seen.
 * test/build/cross-scope.test.ts fails when an access in src/ has no record here or in another .now.ts file.
 */

/* Email records: the canary's outbound email (made by the app's notification) and its stored arrival
 * (received or received-ignored), the failed and retrying email of an outbound incident (read); a failed
 * email set back to send-ready when it is re-sent (write). No create: the canary leaves as a
 * notification, the documented way for an app to send email (issue 23), so the app never inserts email. */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-email'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_email',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-write-sys-email'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sys_email',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* Whether the platform's SMTP Sender and Email Reader jobs are scheduled. */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-trigger'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_trigger',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The reader's refused logins (source EmailReader/POP3Reader) and the app's own property warnings of the last day. */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-syslog'],
    operation: 'read',
    status: 'allowed',
    targetName: 'syslog',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* Whether the app's own inbound action (it lives in a global table) is installed and active. */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sysevent-in-email-action'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sysevent_in_email_action',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
