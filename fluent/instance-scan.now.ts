import '@servicenow/sdk/global'
import { Record, ScriptOnlyCheck, TableCheck } from '@servicenow/sdk/core'
import { BASIC_AUTH_FILTER } from '../src/migration/plan.ts'
import { SCAN_CHECK_NAME, SCAN_SUITE_NAME } from '../src/instance-scan/checks.ts'
import { INSTANCE_CHECK_SCAN_NAME } from '../src/instance-check/run.ts'

/*
 * The Instance Scan suite "Email OAuth health" (Instance Scan > Suites): the setup check where
 * platform owners already look. Each check's script calls an entry of src/instance-scan/entries.ts,
 * which runs the setup check's own rules (src/setup-check/) and sorts their findings into these
 * checks (src/instance-scan/checks.ts): the codes, severities and fix texts are those of Check
 * OAuth setup and the refresh job. A rule added later to an existing rule file shows up in the
 * check that owns its catalogue, or in the account check of its severity, without a new record.
 *
 * Script interface (ServiceNow docs, Findings API, sn_instance_scan; SDK Instance Scan guide): a
 * table check's script gets `engine` and `current` (the scanned record), a script-only check's gets
 * `engine`; `engine.finding.increment()` counts a finding. A module that cannot load still ends in
 * one finding `scan_check_failed`, never in an exception, so the rest of the suite runs.
 *
 * SDK 4.9 has no suite API: the suite and its members are plain records (scan_check_suite,
 * scan_check_suite_check with `suite` and `check`).
 */

export const accountErrorsCheck = TableCheck({
    $id: Now.ID['scan-check-account-errors'],
    name: SCAN_CHECK_NAME.account_errors,
    active: true,
    category: 'manageability',
    priority: '2',
    shortDescription: 'OAuth email accounts with a setup error: mail stops now or at the next token refresh',
    description:
        'Runs the same rules as Check OAuth setup on the Email Account form and the Email OAuth Manager refresh job (one finding per account, one count per error) over every OAuth2 email account: the account, its OAuth profile, the provider (Application Registry), the scopes and whether the account holds a token. No token value is read and no provider is called.',
    resolutionDetails:
        'Each finding lists the errors of one email account, each with its code and what to change on which form and field (the same text as Check OAuth setup). Fix them from the top, then run Check OAuth setup on the Email Account form or run the suite again. Codes: docs/codes.md of Email OAuth Manager.',
    documentationUrl: 'https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0816072',
    table: 'sys_email_account',
    conditions: 'authentication=oauth2',
    advanced: true,
    script: `(function (engine, current) {
    var check = 'account_errors';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanEmailAccount(check, engine, current);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine, current);`,
})

export const accountWarningsCheck = TableCheck({
    $id: Now.ID['scan-check-account-warnings'],
    name: SCAN_CHECK_NAME.account_warnings,
    active: true,
    category: 'manageability',
    priority: '3',
    shortDescription: 'OAuth email accounts with a setup warning: mail stops in the coming weeks or may stop',
    description:
        'The warnings of the same rules as Check OAuth setup for each OAuth2 email account: a refresh token that ends soon, a Google app in Testing, lifespans that do not match the provider, a shared tenant.',
    resolutionDetails:
        'Each finding lists the warnings of one email account with its code and the fix (form and field). Act before the date the text gives; then run the suite again.',
    documentationUrl: 'https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB2071947',
    table: 'sys_email_account',
    conditions: 'authentication=oauth2',
    advanced: true,
    script: `(function (engine, current) {
    var check = 'account_warnings';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanEmailAccount(check, engine, current);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine, current);`,
})

export const accountNotesCheck = TableCheck({
    $id: Now.ID['scan-check-account-notes'],
    name: SCAN_CHECK_NAME.account_notes,
    active: true,
    category: 'manageability',
    priority: '4',
    shortDescription: 'OAuth email accounts with a note from the setup check (inactive account, generated redirect URL, accepted delegate)',
    description: 'The notes (info findings) of the same rules as Check OAuth setup for each OAuth2 email account: nothing is broken, but the admin should know.',
    resolutionDetails: 'Read each note; most need no change. The text names the form and field if one is wanted.',
    documentationUrl: 'https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0816072',
    table: 'sys_email_account',
    conditions: 'authentication=oauth2',
    advanced: true,
    script: `(function (engine, current) {
    var check = 'account_notes';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanEmailAccount(check, engine, current);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine, current);`,
})

export const basicAuthCheck = TableCheck({
    $id: Now.ID['scan-check-basic-auth'],
    name: SCAN_CHECK_NAME.basic_auth,
    active: true,
    category: 'manageability',
    priority: '3',
    shortDescription: 'Email accounts at Microsoft or Google that still sign in with a password before the Basic-auth cut-off',
    description:
        'Email accounts with Authentication = password on a Microsoft 365 or Gmail server. Microsoft disables Basic SMTP AUTH by default for existing tenants at the end of December 2026; Google already refuses passwords for Workspace accounts. One finding per account, with the same text as Check OAuth setup.',
    resolutionDetails:
        'On the Email Account form click Prepare OAuth switch, authorize the OAuth twin it creates, then click Switch to OAuth: mail keeps flowing through the old account until the switch.',
    documentationUrl: 'https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750',
    table: 'sys_email_account',
    conditions: BASIC_AUTH_FILTER,
    advanced: true,
    script: `(function (engine, current) {
    var check = 'basic_auth';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanEmailAccount(check, engine, current);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine, current);`,
})

export const pluginCheck = ScriptOnlyCheck({
    $id: Now.ID['scan-check-plugin'],
    name: SCAN_CHECK_NAME.plugin,
    active: true,
    category: 'manageability',
    priority: '2',
    shortDescription: 'The Email OAuth plugin (com.glide.email.oauth) is not active, or its state cannot be read',
    description: 'Without the plugin com.glide.email.oauth no email account can use OAuth2. Same rule as Check OAuth setup.',
    resolutionDetails: 'Activate the plugin Email OAuth (com.glide.email.oauth) under System Definition > Plugins, or ask ServiceNow support to.',
    documentationUrl: 'https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0816072',
    script: `(function (engine) {
    var check = 'plugin';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanInstance(check, engine);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine);`,
})

export const refreshJobCheck = ScriptOnlyCheck({
    $id: Now.ID['scan-check-refresh-job'],
    name: SCAN_CHECK_NAME.refresh_job,
    active: true,
    category: 'manageability',
    priority: '2',
    shortDescription: "Email OAuth Manager's refresh job is missing, or its Run as user cannot read and store tokens",
    description:
        'The scheduled job Email OAuth Manager: refresh email access tokens must exist and run as an active user with the admin role, who may read and store tokens (oauth_credential). Also reports when the user running the scan lacks the roles the setup needs. Same rules as Check OAuth setup.',
    resolutionDetails:
        'Open System Definition > Scheduled Jobs > Email OAuth Manager: refresh email access tokens and set Run as to an active user with the admin role (KB0859525).',
    documentationUrl: 'https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0859525',
    script: `(function (engine) {
    var check = 'refresh_job';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanInstance(check, engine);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine);`,
})

export const platformMachineryCheck = ScriptOnlyCheck({
    $id: Now.ID['scan-check-platform-machinery'],
    name: SCAN_CHECK_NAME.platform_machinery,
    active: true,
    category: 'manageability',
    priority: '3',
    shortDescription: "The platform's own Refresh email access token job or its expired-credential cleanup can lose tokens",
    description:
        "The platform's job Refresh email access token fails when its Run as user is inactive or lost admin (KB0859525); the properties that keep expired OAuth credentials can make the cleanup delete tokens during a provider outage (KB1380167). Same rules as Check OAuth setup.",
    resolutionDetails:
        'Set Run as of Refresh email access token to an active admin user (or deactivate that job); delete the cleanup properties or set them to at least 72 hours and 7 days in System Properties.',
    documentationUrl: 'https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB1380167',
    script: `(function (engine) {
    var check = 'platform_machinery';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanInstance(check, engine);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine);`,
})

export const clientCredentialsCheck = ScriptOnlyCheck({
    $id: Now.ID['scan-check-client-credentials'],
    name: SCAN_CHECK_NAME.client_credentials,
    active: true,
    category: 'manageability',
    priority: '2',
    shortDescription: "A provider's client secret or certificate recorded under Email OAuth Manager > Client credentials expires within 30 days or has expired",
    description:
        'On the day a client secret or certificate expires every token refresh of its provider fails (Entra: AADSTS7000222) and all its mailboxes stop. One finding per recorded credential, naming the mailboxes.',
    resolutionDetails:
        'Create a new client secret (paste it into Client Secret on the Application Registry form of the provider) or renew the certificate (upload it to the app registration, attach its .jks on the x509 Certificate form, or use the certificate switch). Then look at the row\'s Source of the date: Typed by an admin, set Expires to the new end date under Email OAuth Manager > Client credentials; Certificate record or Read from Entra, nothing to type, the new date is read by itself.',
    documentationUrl: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials',
    script: `(function (engine) {
    var check = 'client_credentials';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-scan/entries.ts').scanInstance(check, engine);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check OAuth setup on the Email Account form instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine);`,
})

/*
 * Check this instance (src/instance-check/), the same items as the overview's action and the ATF
 * test: one finding counting each assumption this instance answers differently, naming what the app
 * does then. Stores nothing (the overview's action stores the answers).
 */
export const instanceAssumptionsCheck = ScriptOnlyCheck({
    $id: Now.ID['scan-check-instance-assumptions'],
    name: INSTANCE_CHECK_SCAN_NAME,
    active: true,
    category: 'manageability',
    priority: '3',
    shortDescription: 'This instance answers differently from an assumption Email OAuth Manager makes where the documentation is silent',
    description:
        "Runs Check this instance: each cross-scope privilege's status, whether the app's OAuth API scripts run, the sys_email columns it reads, the platform's mail jobs, where the reader logs a refused login, email filters and ignored headers, flows with an inbound email trigger, the Connection security field and the Graph account types. One count per item that differs.",
    resolutionDetails:
        'The finding names each item that differs, what the instance answered and what the app does then. Most need no change (the app adapts); where the text names a form and field, change it there. The overview page (Email OAuth Manager > Overview > Check this instance) keeps the latest answers.',
    documentationUrl: 'https://www.servicenow.com/docs/r/platform-administration/c_EmailFilters.html',
    script: `(function (engine) {
    var check = 'instance_assumptions';
    try {
        require('x_mail_oauth/email-oauth-manager/1.0.0/src/instance-check/entries.ts').scanInstanceAssumptions(engine);
    } catch (error) {
        if (engine.finding.setValue) engine.finding.setValue('finding_details', 'The check ' + check + ' of the suite Email OAuth health could not load its module (' + error + '): run Check this instance on the overview page instead. [scan_check_failed]');
        engine.finding.increment();
    }
})(engine);`,
})

export const emailOAuthHealthSuite = Record({
    $id: Now.ID['scan-suite-email-oauth-health'],
    table: 'scan_check_suite',
    data: {
        name: SCAN_SUITE_NAME,
        active: true,
        description:
            'Email OAuth Manager: every OAuth email account, the plugin, the refresh jobs and their Run as users, the credential cleanup, client secrets near expiry and the mailboxes still on Basic auth, checked with the same rules as Check OAuth setup. Run it from Instance Scan > Suites > Email OAuth health > Execute Suite Scan.',
    },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-account-errors'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: accountErrorsCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-account-warnings'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: accountWarningsCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-account-notes'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: accountNotesCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-basic-auth'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: basicAuthCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-plugin'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: pluginCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-refresh-job'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: refreshJobCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-platform-machinery'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: platformMachineryCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-client-credentials'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: clientCredentialsCheck },
})

Record({
    $id: Now.ID['scan-suite-email-oauth-health-instance-assumptions'],
    table: 'scan_check_suite_check',
    data: { suite: emailOAuthHealthSuite, check: instanceAssumptionsCheck },
})
