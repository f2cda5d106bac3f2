import '@servicenow/sdk/global'
import { EmailNotification, Record } from '@servicenow/sdk/core'
import { adminGroup } from './access.now.ts'

/*
 * The events the refresh job queues on the sys_email_account record (parm1 = the account's sys_id,
 * parm2 = the code), once per status change, and the notifications that tell an admin to act.
 * Event names are EVENT in src/common/app.ts; the build test holds the two together.
 */

Record({
    $id: Now.ID['event-needs-authorization'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.needs_authorization',
        event_name: 'x_mail_oauth.token.needs_authorization',
        table: 'sys_email_account',
        description: 'An OAuth email account has no usable refresh token: an admin must authorize it again.',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

Record({
    $id: Now.ID['event-refresh-failing'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.refresh_failing',
        event_name: 'x_mail_oauth.token.refresh_failing',
        table: 'sys_email_account',
        description: 'Refreshing an access token has failed repeatedly, or the access token has expired.',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

Record({
    $id: Now.ID['event-misconfigured'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.misconfigured',
        event_name: 'x_mail_oauth.token.misconfigured',
        table: 'sys_email_account',
        description: 'The OAuth setup of an email account is wrong (profile, provider, client secret or scopes).',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

Record({
    $id: Now.ID['event-recovered'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.recovered',
        event_name: 'x_mail_oauth.token.recovered',
        table: 'sys_email_account',
        description: 'An OAuth email account that had an alert has a fresh access token again.',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

Record({
    $id: Now.ID['event-reauth-due'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.reauth_due',
        event_name: 'x_mail_oauth.token.reauth_due',
        table: 'sys_email_account',
        description: 'The refresh token of an OAuth email account ends soon: authorize the account again before it does.',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

/*
 * What every alert email carries besides its own text: what happened (the health row's message, which
 * for a misconfiguration is the setup check finding with its fix), since when, and links to the email
 * account and its health row. Links are built from glide.servlet.uri in a mail script, as the SDK's
 * email-notification guide prescribes, not with ${URI_REF}. Self-contained and defensive: a missing
 * health row still gives the account link. Field values are HTML-escaped. The entity for "&" is
 * spelled '&' + 'amp;': the SDK 4.9.0 writes a literal "&amp;" into the update set unescaped, so the
 * instance would read "&" (the build test compares the built script with this source).
 */
export const alertDetailsMailScript = Record({
    $id: Now.ID['mail-script-alert-details'],
    table: 'sys_script_email',
    data: {
        name: 'Email OAuth Manager alert details',
        new_lines_to_html: false,
        script: `(function runMailScript(current, template, email, email_action, event) {
    function esc(value) {
        return String(value === null || value === undefined ? '' : value).replace(/&/g, '&' + 'amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }
    function row(label, value) {
        if (value) template.print('<tr><td style="padding:2px 12px 2px 0;vertical-align:top"><b>' + label + '</b></td><td>' + value + '</td></tr>');
    }
    var base = String(gs.getProperty('glide.servlet.uri') || '').replace(/\\/+$/, '');
    var accountId = current.getUniqueValue();
    var health = new GlideRecord('x_mail_oauth_token_health');
    health.addQuery('email_account', accountId);
    health.setLimit(1);
    health.query();
    var found = health.next();
    var name = event ? String(event.getValue('name') || '') : '';
    template.print('<table>');
    row('Email account', esc(current.getValue('name')) + ' (' + esc(current.getValue('user_name')) + ')');
    row('Code', esc(event ? event.getValue('parm2') : ''));
    row(/recovered$/.test(name) ? 'Recovered at' : 'Since', esc(event ? event.getValue('sys_created_on') : '') + ' UTC');
    if (found) {
        row('Status now', esc(health.getDisplayValue('status')));
        row('What happened and what to do', esc(health.getValue('last_error')));
        row('Last successful refresh', esc(health.getValue('last_refreshed')) + (health.getValue('last_refreshed') ? ' UTC' : ''));
        row('Access token expires', esc(health.getValue('access_token_expires')) + (health.getValue('access_token_expires') ? ' UTC' : ''));
        row('Refresh token ends', esc(health.getValue('refresh_token_expires')) + (health.getValue('refresh_token_expires') ? ' UTC' : ''));
    }
    template.print('</table><p>');
    template.print('<a href="' + esc(base + '/sys_email_account.do?sys_id=' + accountId) + '">Open the email account</a>');
    if (found) template.print(' &middot; <a href="' + esc(base + '/x_mail_oauth_token_health.do?sys_id=' + health.getUniqueValue()) + '">Open its token health row</a>');
    template.print('</p>');
})(current, template, email, email_action, event);`,
    },
})

export const needsAuthorizationNotification = EmailNotification({
    $id: Now.ID['notification-needs-authorization'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: email account needs authorization',
    description: 'Sent to the Email OAuth Manager admins group when an account can no longer refresh its token.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.needs_authorization',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Email account ${name} needs authorization: mail has stopped or will stop',
        messageHtml: `<p>The email account <b>\${name}</b> (\${user_name}) can no longer refresh its OAuth access token. Mail through this account stops when the current access token expires.</p>
<p>To fix it:</p><ol>
<li>Open the account with the link below, copy the page address, open a <b>private (incognito) browser window</b>, sign in to ServiceNow there and open the account. Do not use your own signed-in session: the provider would authorize <i>your</i> mailbox.</li>
<li>Click <b>Authorize Email Account Access</b> and sign in at Microsoft or Google <b>as the mailbox \${user_name}</b>.</li>
<li>Check the account under Email OAuth Manager &gt; Token health: it returns to OK on the next run (within 3 minutes).</li>
</ol><p>Run <b>Check OAuth setup</b> on the account form if authorizing does not help.</p>
\${mail_script:Email OAuth Manager alert details}`,
    },
})

export const refreshFailingNotification = EmailNotification({
    $id: Now.ID['notification-refresh-failing'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: token refresh failing',
    description: 'Sent to the Email OAuth Manager admins group when refreshing fails repeatedly or the access token has expired.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.refresh_failing',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Email account ${name}: refreshing its OAuth token keeps failing',
        messageHtml: `<p>Refreshing the OAuth access token of the email account <b>\${name}</b> (\${user_name}) has failed several times in a row, or its access token has already expired. Mail through this account stops (or has stopped) until a refresh succeeds.</p>
<p>The job keeps retrying by itself with backoff. To fix it:</p><ol>
<li>Read <i>What happened and what to do</i> below: a provider outage or throttling passes by itself; an unexpected answer usually means a wrong <b>Token URL</b> on the Application Registry form.</li>
<li>Run <b>Check OAuth setup</b> on the account form (link below).</li>
<li>If the provider is reachable and the setup is right, authorize the account again in a private browser window, signed in as the mailbox.</li>
</ol>
\${mail_script:Email OAuth Manager alert details}`,
    },
})

export const misconfiguredNotification = EmailNotification({
    $id: Now.ID['notification-misconfigured'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: email account misconfigured',
    description: 'Sent to the Email OAuth Manager admins group when the OAuth setup of an account is wrong (profile, provider, client secret, scopes), with the fix.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.misconfigured',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Email account ${name}: its OAuth setup is wrong and its token cannot be refreshed',
        messageHtml: `<p>The OAuth setup of the email account <b>\${name}</b> (\${user_name}) is wrong, so its token cannot be refreshed and mail through it stops when the current access token expires. An expired client secret at the provider (Microsoft AADSTS7000222, <i>client_secret_expired</i>; a wrong one is <i>invalid_client</i>) is the most common cause.</p>
<p>To fix it:</p><ol>
<li>Do what <i>What happened and what to do</i> below says: it names the form and the field.</li>
<li>Run <b>Check OAuth setup</b> on the account form (link below) until it shows no errors.</li>
<li>The job tries again at its next run after you save the fix (within 3 minutes) and sends a recovery email.</li>
</ol>
\${mail_script:Email OAuth Manager alert details}`,
    },
})

export const reauthDueNotification = EmailNotification({
    $id: Now.ID['notification-reauth-due'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: email account authorization ends soon',
    description: 'Sent to the Email OAuth Manager admins group when a refresh token ends within the warning period.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.reauth_due',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        subject: 'Email account ${name}: authorize it again before its refresh token ends',
        messageHtml: `<p>The refresh token of the email account <b>\${name}</b> (\${user_name}) ends soon (see <i>Refresh token ends</i> below). When it does, mail through this account stops.</p>
<p>Before then:</p><ol>
<li>Open the account with the link below, copy the page address, open a <b>private (incognito) browser window</b>, sign in to ServiceNow there and open the account. Do not use your own signed-in session: the provider would authorize <i>your</i> mailbox.</li>
<li>Click <b>Authorize Email Account Access</b> and sign in at Microsoft or Google <b>as the mailbox \${user_name}</b>.</li>
</ol>
\${mail_script:Email OAuth Manager alert details}`,
    },
})

export const recoveredNotification = EmailNotification({
    $id: Now.ID['notification-recovered'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: email account recovered',
    description: 'Sent to the Email OAuth Manager admins group when an account that had an alert has a fresh access token again.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.recovered',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        subject: 'Email account ${name} recovered: its OAuth token is fresh again',
        messageHtml: `<p>The email account <b>\${name}</b> (\${user_name}) has a fresh OAuth access token again: the problem it was alerted for (code below) is over and mail flows. Nothing to do.</p>
\${mail_script:Email OAuth Manager alert details}`,
    },
})
