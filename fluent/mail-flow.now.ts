import '@servicenow/sdk/global'
import {
    Acl,
    ChoiceColumn,
    CrossScopePrivilege,
    DateTimeColumn,
    default_view,
    EmailNotification,
    InboundEmailAction,
    IntegerColumn,
    List,
    Property,
    Record,
    ReferenceColumn,
    ScheduledScript,
    ScriptAction,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'
import { ADMIN_USER_SYS_ID, CANARY_ACTION_NAME } from '../src/common/app.ts'
import { onTokenEvent } from '../src/alerts/fallback-action.ts'
import { onInboundEmail } from '../src/mail-flow/inbound-action.ts'
import { runMailFlowJob } from '../src/mail-flow/job.ts'
import { CANARY_ACTION_ORDER, CANARY_NOTIFICATION_NAME, MAIL_FLOW_EVENT, MAIL_FLOW_JOB_NAME, MAIL_FLOW_PROPERTY } from '../src/mail-flow/names.ts'
import { adminGroup, adminRole } from './access.now.ts'

/*
 * Mail flow (src/mail-flow/, docs/mail-flow.md): a canary round trip from the instance's outbound
 * account to each inbound OAuth mailbox, the inbound email action that swallows exactly this
 * instance's canaries, one alert per incident naming the failing leg, the mail-level error codes of
 * the outbound account, and the re-send of the emails an outbound incident made fail.
 */

// ---- what an admin tunes (first install only: an upgrade keeps the admin's values) ----

export const canaryEnabledProperty = Property({
    $id: Now.ID['property-canary-enabled'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.canaryEnabled.name,
    type: 'boolean',
    value: MAIL_FLOW_PROPERTY.canaryEnabled.default,
    description: 'Sends a short canary message from the instance to each active inbound OAuth mailbox and reads it back, to prove mail flows both ways. false: no canary (mail-level error codes and the re-send keep working).',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const canaryPeriodProperty = Property({
    $id: Now.ID['property-canary-period-minutes'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.canaryPeriodMinutes.name,
    type: 'integer',
    value: MAIL_FLOW_PROPERTY.canaryPeriodMinutes.default,
    description: 'One canary per mailbox every this many minutes (at least 5), spread over the period. A failing leg is named within about one period plus the bounds below.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const canaryDailyLimitProperty = Property({
    $id: Now.ID['property-canary-daily-limit'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.canaryDailyLimit.name,
    type: 'integer',
    value: MAIL_FLOW_PROPERTY.canaryDailyLimit.default,
    description:
        'The most canaries all mailboxes together may send per day through the outbound account. The period stretches when the mailboxes would need more. The default 200 is 2% of Exchange Online\'s 10,000 recipients a day and 10% of a Google Workspace user\'s 2,000 messages a day.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const canarySendBoundProperty = Property({
    $id: Now.ID['property-canary-send-bound-minutes'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.canarySendBoundMinutes.name,
    type: 'integer',
    value: MAIL_FLOW_PROPERTY.canarySendBoundMinutes.default,
    description: 'A canary still waiting in the outbox after this many minutes names the outbound leg (sending off, SMTP Sender job stopped, no outbound account).',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const canaryArrivalBoundProperty = Property({
    $id: Now.ID['property-canary-arrival-bound-minutes'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.canaryArrivalBoundMinutes.name,
    type: 'integer',
    value: MAIL_FLOW_PROPERTY.canaryArrivalBoundMinutes.default,
    description: 'A canary sent but not read back after this many minutes names the inbound leg (account or reader job inactive, mailbox refusing the token, message filtered away).',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const resendModeProperty = Property({
    $id: Now.ID['property-resend-mode'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.resendMode.name,
    type: 'choicelist',
    value: MAIL_FLOW_PROPERTY.resendMode.default,
    choices: ['automatic', 'offer'],
    description:
        'When an outbound account\'s incident ends, the emails that failed because of it (authentication errors through that account during the incident) are sent again once each: automatic = by the app at once; offer = an admin presses Re-send on the overview page (the alert says how many). Every re-send is recorded in the re-send log.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const resendMaxPerRunProperty = Property({
    $id: Now.ID['property-resend-max-per-run'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.resendMaxPerRun.name,
    type: 'integer',
    value: MAIL_FLOW_PROPERTY.resendMaxPerRun.default,
    description: 'At most this many emails are sent again per run of the mail-flow check (or per Re-send press); the rest follow in the next runs.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const resendMaxAgeProperty = Property({
    $id: Now.ID['property-resend-max-age-hours'],
    $meta: { installMethod: 'first install' },
    name: MAIL_FLOW_PROPERTY.resendMaxAgeHours.name,
    type: 'integer',
    value: MAIL_FLOW_PROPERTY.resendMaxAgeHours.default,
    description: 'An email that failed longer ago than this many hours is never sent again: its news is stale.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

// ---- the records the check keeps ----

export const x_mail_oauth_canary = Table({
    name: 'x_mail_oauth_canary',
    label: 'Email OAuth mail-flow canary',
    display: 'canary_id',
    audit: false,
    accessibleFrom: 'package_private',
    schema: {
        canary_id: StringColumn({ label: 'Canary id', maxLength: 32, mandatory: true }),
        mailbox: ReferenceColumn({ label: 'Inbound mailbox', referenceTable: 'sys_email_account', cascadeRule: 'delete' }),
        outbound_account: ReferenceColumn({ label: 'Sent through', referenceTable: 'sys_email_account' }),
        email: ReferenceColumn({ label: 'Email', referenceTable: 'sys_email' }),
        state: ChoiceColumn({
            label: 'State',
            dropdown: 'dropdown_with_none',
            choices: {
                queued: { label: 'Waiting to be sent', sequence: 10 },
                sent: { label: 'Sent', sequence: 20 },
                arrived: { label: 'Arrived', sequence: 30 },
                counted: { label: 'Arrived (recorded)', sequence: 40 },
                send_failed: { label: 'Send failed', sequence: 50 },
                stuck: { label: 'Stuck in the outbox', sequence: 60 },
                lost: { label: 'Not read back', sequence: 70 },
                withdrawn: { label: 'Withdrawn before it left', sequence: 80 },
            },
        }),
        queued: DateTimeColumn({ label: 'Queued' }),
        sent: DateTimeColumn({ label: 'Sent' }),
        arrived: DateTimeColumn({ label: 'Arrived' }),
        round_trip: IntegerColumn({ label: 'Round trip (s)' }),
        leg: StringColumn({ label: 'Failing leg', maxLength: 20 }),
        code: StringColumn({ label: 'Code', maxLength: 80 }),
        message: StringColumn({ label: 'What happened', maxLength: 1000 }),
    },
    index: [
        { name: 'canary_id', element: 'canary_id', unique: true },
        { name: 'canary_mailbox_queued', element: ['mailbox', 'queued'], unique: false },
    ],
})

List({
    table: 'x_mail_oauth_canary',
    view: default_view,
    columns: ['mailbox', 'state', 'queued', 'sent', 'arrived', 'round_trip', 'leg', 'code'],
})

export const x_mail_oauth_resend = Table({
    name: 'x_mail_oauth_resend',
    label: 'Email OAuth re-sent email',
    display: 'email',
    audit: false,
    accessibleFrom: 'package_private',
    schema: {
        // Unique: an email is sent again once, whoever asks and however often.
        email: ReferenceColumn({ label: 'Email', referenceTable: 'sys_email', mandatory: true }),
        outbound_account: ReferenceColumn({ label: 'Outbound account', referenceTable: 'sys_email_account' }),
        error_code: StringColumn({ label: 'Failed with', maxLength: 80 }),
        failed_at: DateTimeColumn({ label: 'Failed at' }),
        incident_start: DateTimeColumn({ label: 'Incident from' }),
        incident_end: DateTimeColumn({ label: 'Incident until' }),
        resent_at: DateTimeColumn({ label: 'Re-sent at' }),
        resent_by: StringColumn({ label: 'Re-sent by', maxLength: 100 }),
    },
    index: [{ name: 'resend_email', element: 'email', unique: true }],
})

List({
    table: 'x_mail_oauth_resend',
    view: default_view,
    columns: ['email', 'outbound_account', 'error_code', 'failed_at', 'resent_at', 'resent_by'],
})

Acl({
    $id: Now.ID['canary-read'],
    type: 'record',
    table: 'x_mail_oauth_canary',
    operation: 'read',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager admins read the canaries; the mail-flow job and the inbound action write them.',
})

Acl({
    $id: Now.ID['resend-read'],
    type: 'record',
    table: 'x_mail_oauth_resend',
    operation: 'read',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager admins read which emails were sent again, when and by whom.',
})

// ---- the job and the inbound action ----

/* Run as admin: it reads and writes sys_email and the health rows, like the refresh job. */
export const mailFlowJob = ScheduledScript({
    $id: Now.ID['mail-flow-job'],
    name: MAIL_FLOW_JOB_NAME,
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    executionStart: '2024-01-01 00:02:30',
    timeZone: 'UTC',
    runAs: ADMIN_USER_SYS_ID,
    script: runMailFlowJob,
})

/*
 * First of all inbound actions (order -1000; ServiceNow asks for unique orders so stopping works).
 * Active explicitly: the SDK's default is inactive. Stop processing stays unticked: the script stops
 * processing itself (event.state = "stop_processing") for this instance's own canaries only.
 */
export const canaryInboundAction = InboundEmailAction({
    $id: Now.ID['canary-inbound-action'],
    name: CANARY_ACTION_NAME,
    description:
        'Recognises the mail-flow canaries this instance sent (exactly its own marker and a canary id it is waiting for), records their arrival and round trip, and stops processing so a canary creates no record and notifies nobody. Every other email goes on to the other actions. Deactivating it stops the canaries.',
    action: 'record_action',
    table: 'x_mail_oauth_canary',
    type: 'new',
    active: true,
    order: CANARY_ACTION_ORDER,
    stopProcessing: false,
    script: onInboundEmail,
})

// ---- the canary leaves as every notification does: an event on its row and the app's email notification ----

Record({
    $id: Now.ID['event-mail-flow-canary'],
    table: 'sysevent_register',
    data: {
        suffix: 'mail_flow.canary',
        event_name: MAIL_FLOW_EVENT.canary,
        table: 'x_mail_oauth_canary',
        description: 'Sends one mail-flow canary: parm1 the mailbox address, parm2 the marker <instance>/<canary id>.',
        fired_by: 'Scheduled job: Email OAuth Manager: mail-flow check',
        priority: 100,
    },
})

/* The canary message. Its subject and the body line carry the marker the job reads back (src/mail-flow/marker.ts:
 * CANARY_SUBJECT_PREFIX, CANARY_BODY_LABEL; the build test holds them together). No watermark: the message
 * belongs to no record a reply could update. */
export const canaryNotification = EmailNotification({
    $id: Now.ID['notification-mail-flow-canary'],
    table: 'x_mail_oauth_canary',
    name: CANARY_NOTIFICATION_NAME,
    description: 'Sends each mail-flow canary to its inbound mailbox (the address in the event\'s parm1). The instance reads it back and discards it. Deactivating it stops the canaries: set x_mail_oauth.canary_enabled to false instead.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: MAIL_FLOW_EVENT.canary },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: false },
    emailContent: {
        contentType: 'text/plain',
        omitWatermark: true,
        subject: 'Email OAuth Manager mail-flow check [${event.parm2}]',
        messageText: `This message was sent by a ServiceNow instance (Email OAuth Manager) to check that mail flows both ways through this mailbox. The instance reads it back and discards it: no record is created and nobody is notified. Nothing to do.

Email OAuth Manager canary: \${event.parm2}`,
    },
})

// ---- alerts: one per incident, naming the leg, and one when mail flows again ----

Record({
    $id: Now.ID['event-mail-flow-failing'],
    table: 'sysevent_register',
    data: {
        suffix: 'mail_flow.failing',
        event_name: MAIL_FLOW_EVENT.failing,
        table: 'sys_email_account',
        description: 'A canary missed its round trip through an inbound OAuth mailbox: parm2 names the failing leg.',
        fired_by: 'Scheduled job: Email OAuth Manager: mail-flow check',
        priority: 100,
    },
})

Record({
    $id: Now.ID['event-mail-flow-recovered'],
    table: 'sysevent_register',
    data: {
        suffix: 'mail_flow.recovered',
        event_name: MAIL_FLOW_EVENT.recovered,
        table: 'sys_email_account',
        description: 'A canary made the round trip again after a mail-flow alert.',
        fired_by: 'Scheduled job: Email OAuth Manager: mail-flow check',
        priority: 100,
    },
})

Record({
    $id: Now.ID['event-mail-flow-resend-offered'],
    table: 'sysevent_register',
    data: {
        suffix: 'mail_flow.resend_offered',
        event_name: MAIL_FLOW_EVENT.resendOffered,
        table: 'sys_email_account',
        description: 'An outbound incident is over; parm2 emails that failed during it wait for an admin\'s Re-send.',
        fired_by: 'Scheduled job: Email OAuth Manager: mail-flow check',
        priority: 100,
    },
})

/* The health row's mail-flow sentence, the round trips and the re-sends, for the mail-flow alerts. The escape of
 * '&' is spelled '&' + 'amp;' for the reason fluent/alerts.now.ts gives (the SDK writes a literal &amp; unescaped). */
export const mailFlowDetailsMailScript = Record({
    $id: Now.ID['mail-script-mail-flow-details'],
    table: 'sys_script_email',
    data: {
        name: 'Email OAuth Manager mail-flow details',
        new_lines_to_html: false,
        script: `(function runMailScript(current, template, email, email_action, event) {
    function esc(value) {
        return String(value === null || value === undefined ? '' : value).replace(/&/g, '&' + 'amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }
    function row(label, value) {
        if (value) template.print('<tr><td style="padding:2px 12px 2px 0;vertical-align:top"><b>' + label + '</b></td><td>' + value + '</td></tr>');
    }
    var base = String(gs.getProperty('glide.servlet.uri') || '').replace(/\\/+$/, '');
    var health = new GlideRecord('x_mail_oauth_token_health');
    health.addQuery('email_account', current.getUniqueValue());
    health.setLimit(1);
    health.query();
    template.print('<table>');
    if (health.next()) {
        row('Failing leg', esc(health.getDisplayValue('canary_leg')));
        row('What happened and what to do', esc(health.getValue('canary_message')));
        row('Last canary arrived', esc(health.getValue('canary_last_arrived')) + (health.getValue('canary_last_arrived') ? ' UTC' : ''));
        row('Round trip, last / typical (s)', esc(health.getValue('round_trip_last')) + (health.getValue('round_trip_median') ? ' / ' + esc(health.getValue('round_trip_median')) : ''));
        row('Last mail error', esc(health.getValue('mail_error')));
    }
    template.print('</table><p><a href="' + esc(base + '/x_mail_oauth_overview.do') + '">Open the Email OAuth Manager overview</a></p>');
})(current, template, email, email_action, event);`,
    },
})

export const mailFlowFailingNotification = EmailNotification({
    $id: Now.ID['notification-mail-flow-failing'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: mail flow failing',
    description: 'Sent to the Email OAuth Manager admins group, once per incident, when a canary does not make the round trip; names the failing leg.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: MAIL_FLOW_EVENT.failing },
    recipientDetails: { recipientGroups: [adminGroup], sendToCreator: false },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Mail is not flowing through ${name}: ${event.parm2}',
        messageHtml: `<p>The mail-flow canary sent by the instance to <b>\${name}</b> (\${user_name}) did not come back (code <b>\${event.parm2}</b>). Its token may still be healthy: this check proves that mail really leaves the instance and is read back.</p>
<p>The failing leg and what to do are below. You get one email per incident, and one more when mail flows again.</p>
\${mail_script:Email OAuth Manager mail-flow details}
\${mail_script:Email OAuth Manager alert details}`,
    },
})

export const mailFlowRecoveredNotification = EmailNotification({
    $id: Now.ID['notification-mail-flow-recovered'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: mail flow recovered',
    description: 'Sent to the Email OAuth Manager admins group when a canary makes the round trip again after a mail-flow alert.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: MAIL_FLOW_EVENT.recovered },
    recipientDetails: { recipientGroups: [adminGroup], sendToCreator: false },
    emailContent: {
        contentType: 'text/html',
        subject: 'Mail flows again through ${name}',
        messageHtml: `<p>A canary made the round trip through <b>\${name}</b> (\${user_name}) again: the problem it was alerted for (code \${event.parm2}) is over. Emails that failed during the incident are sent again as x_mail_oauth.resend_mode says (see the overview page).</p>
\${mail_script:Email OAuth Manager mail-flow details}`,
    },
})

export const resendOfferedNotification = EmailNotification({
    $id: Now.ID['notification-mail-flow-resend-offered'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: failed emails wait for Re-send',
    description: 'Sent to the Email OAuth Manager admins group when an outbound incident is over and the emails it made fail wait for an admin to send them again.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: MAIL_FLOW_EVENT.resendOffered },
    recipientDetails: { recipientGroups: [adminGroup], sendToCreator: false },
    emailContent: {
        contentType: 'text/html',
        subject: '${event.parm2} emails failed during the incident of ${name}: Re-send',
        messageHtml: `<p>The outbound account <b>\${name}</b> sends again. <b>\${event.parm2}</b> emails failed because of its incident (authentication errors). They are not sent again until you say so: open the overview page and press <b>Re-send</b> beside the account. Each email is sent once, and the re-send log records it with your name.</p>
\${mail_script:Email OAuth Manager mail-flow details}`,
    },
})

/* The alert path that does not need mail (src/alerts/fallback.ts): an outbound leg failing may keep the alert email in the outbox. */
ScriptAction({
    $id: Now.ID['script-action-fallback-mail-flow-failing'],
    name: 'Email OAuth Manager: fallback alert on mail_flow.failing',
    eventName: MAIL_FLOW_EVENT.failing,
    active: true,
    order: 100,
    description: 'Incident and UI banner for admins when the canary names the outbound leg (the alert email may not leave), or email cannot be sent.',
    script: onTokenEvent,
})

ScriptAction({
    $id: Now.ID['script-action-fallback-mail-flow-recovered'],
    name: 'Email OAuth Manager: fallback alert on mail_flow.recovered',
    eventName: MAIL_FLOW_EVENT.recovered,
    active: true,
    order: 100,
    description: 'Resolves the mail-flow fallback incident and ends its banner when a canary makes the round trip again.',
    script: onTokenEvent,
})

/* What the setup check reads about the canary's guard (src/platform/inbound-email.ts): the instance's flows
 * with an inbound email trigger (their trigger instances; sys_hub_trigger_instance on older releases) and the
 * flows themselves. Read only. */

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-hub-trigger-instance-v2'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_trigger_instance_v2',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-hub-trigger-instance'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_trigger_instance',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-hub-flow'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_flow',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
