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
        messageHtml: `<p>The email account <b>\${name}</b> (\${user_name}) can no longer refresh its OAuth access token (code: \${event.parm2}). Mail through this account stops when the current access token expires.</p>
<p>To fix it:</p><ol>
<li>Open the account: \${URI_REF}</li>
<li>Copy the page address, open a <b>private (incognito) browser window</b>, sign in to ServiceNow there and open the account. Do not use your own signed-in session: the provider would authorize <i>your</i> mailbox.</li>
<li>Click <b>Authorize Email Account Access</b> and sign in at Microsoft or Google <b>as the mailbox \${user_name}</b>.</li>
<li>Check the account under Email OAuth Manager &gt; Token health: it returns to OK on the next run (within 3 minutes).</li>
</ol><p>Run <b>Check OAuth setup</b> on the account form if authorizing does not help.</p>`,
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
        messageHtml: `<p>The refresh token of the email account <b>\${name}</b> (\${user_name}) ends soon (code: \${event.parm2}). When it does, mail through this account stops.</p>
<p>Before then:</p><ol>
<li>Open the account: \${URI_REF}</li>
<li>Copy the page address, open a <b>private (incognito) browser window</b>, sign in to ServiceNow there and open the account.</li>
<li>Click <b>Authorize Email Account Access</b> and sign in at Microsoft or Google <b>as the mailbox \${user_name}</b>.</li>
</ol>`,
    },
})
