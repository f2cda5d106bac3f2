import '@servicenow/sdk/global'
import { CrossScopePrivilege, Record } from '@servicenow/sdk/core'

/*
 * Properties load on first install only, so an upgrade keeps the admin's values; a property added in a
 * later version would then not exist on an upgraded instance. This fix script creates each missing
 * property with its default and never touches an existing one (src/install/new-properties.ts).
 *
 * When it runs (ServiceNow docs, "Fix scripts" and "Run fix scripts"): a fix script runs after the
 * application is installed or upgraded, at the first installation or when it was added or updated; an
 * unchanged fix script does not run again. Its script requires the module by the app's version
 * (x_mail_oauth/email-oauth-manager/<version>/..., the path the SDK gives the app's modules), so each
 * new version changes it and the upgrade runs it; its description lists the properties it covers, so
 * adding a property changes it too. The build test holds both: the required module exists in the build
 * and exports createNewProperties, and every property is named. Not "Before": it runs after the new
 * version's records are in. The SDK 4.9.0 accepts a script module here only as a namespace import,
 * which Fluent files may not use (TS274), so the script is written out like the SDK's own glue.
 * The properties are the one list of src/install/properties.ts; test/install/property-list.test.ts and
 * the build test fail when this description, a Property record or docs/properties.md misses one.
 *
 * An update-set install runs no fix script (docs: fix scripts run when the application is installed
 * or upgraded). The admin then runs this one by hand (docs "Run fix scripts": System Definition > Fix
 * Scripts, open it, Run Fix Script, role admin); it is safe to run again: it never touches an existing
 * property. Until then the job uses each missing property's default and warns once a day naming it.
 */
Record({
    $id: Now.ID['fix-script-add-new-properties'],
    table: 'sys_script_fix',
    data: {
        name: 'Email OAuth Manager: add new properties',
        description:
            'Creates each Email OAuth Manager property an upgraded instance does not have yet with its default, and leaves existing values as the admin set them. Properties: x_mail_oauth.enabled, x_mail_oauth.refresh_window_seconds, x_mail_oauth.max_refreshes_per_run, x_mail_oauth.failure_alert_threshold, x_mail_oauth.reauth_warning_days, x_mail_oauth.fallback_alerts, x_mail_oauth.run_budget_seconds, x_mail_oauth.token_request_timeout_seconds, x_mail_oauth.refresh_workers, x_mail_oauth.canary_enabled, x_mail_oauth.canary_period_minutes, x_mail_oauth.canary_daily_limit, x_mail_oauth.canary_send_bound_minutes, x_mail_oauth.canary_arrival_bound_minutes, x_mail_oauth.resend_mode, x_mail_oauth.resend_max_per_run, x_mail_oauth.resend_max_age_hours. After an update-set install (which runs no fix script) run it by hand: Run Fix Script.',
        before: false,
        unloadable: false,
        record_for_rollback: false,
        script: `(function addNewProperties() {
    const { createNewProperties } = require('x_mail_oauth/email-oauth-manager/1.0.0/src/install/new-properties.ts');
    createNewProperties();
})();`,
    },
})

/*
 * The fix script reads and creates the app's own sys_properties records (sys_properties is a global
 * table). UNCONFIRMED whether the platform asks a scoped app for these privileges on its own scope's
 * properties; declared so the fix script is never refused for lack of them.
 */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-properties'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_properties',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-create-sys-properties'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sys_properties',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
