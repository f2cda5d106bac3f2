import '@servicenow/sdk/global'
import { CrossScopePrivilege, EmailNotification, Record } from '@servicenow/sdk/core'
import { adminGroup } from './access.now.ts'

/*
 * Who authorized an account, and Gmail's testing mode: the two events the refresh job queues on the
 * sys_email_account record (src/token-keeper/authorization-watch.ts), once per wrong identity or
 * per pattern, and the emails that tell the admins what to do. Names are EVENT in src/common/app.ts.
 */

Record({
    $id: Now.ID['event-identity-mismatch'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.identity_mismatch',
        event_name: 'x_mail_oauth.token.identity_mismatch',
        table: 'sys_email_account',
        description: 'The OAuth token of an email account belongs to someone other than the mailbox (wrong sign-in).',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

Record({
    $id: Now.ID['event-google-testing-mode'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.google_testing_mode',
        event_name: 'x_mail_oauth.token.google_testing_mode',
        table: 'sys_email_account',
        description: "A Google account's authorization ended within 7 days twice: the consent screen is in Testing.",
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

export const identityMismatchNotification = EmailNotification({
    $id: Now.ID['notification-identity-mismatch'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: email account authorized as the wrong user',
    description: 'Sent to the Email OAuth Manager admins group when an account was authorized by someone other than its mailbox.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.identity_mismatch',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Email account ${name} was authorized as the wrong user',
        messageHtml: `<p>The OAuth token of the email account <b>\${name}</b> does not belong to its mailbox <b>\${user_name}</b> (code: \${event.parm2}). It was authorized with another sign-in, usually the admin's own single sign-on session, so the account reads or sends as that user, or its login fails. The identity found is on the account's row under Email OAuth Manager &gt; Token health (Authorized identity).</p>
<p>To fix it:</p><ol>
<li>Copy the account's link below, open a <b>private (incognito) browser window</b>, sign in to ServiceNow there and open the account.</li>
<li>Click <b>Authorize Email Account Access</b> and sign in at Microsoft or Google <b>as the mailbox \${user_name}</b>, not as yourself.</li>
</ol>
<p>If the identity found is a delegate allowed to read this shared mailbox, enter it in <b>Accepted delegate</b> on the account's Token health row instead: the check then accepts it.</p>
\${mail_script:Email OAuth Manager alert details}`,
    },
})

export const googleTestingModeNotification = EmailNotification({
    $id: Now.ID['notification-google-testing-mode'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: Google consent screen in Testing',
    description: "Sent to the Email OAuth Manager admins group when a Google account's authorization ends within 7 days twice in a row.",
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.google_testing_mode',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Email account ${name}: publish the Google app, its authorizations end after 7 days',
        messageHtml: `<p>The Google authorization of the email account <b>\${name}</b> (\${user_name}) has ended within 7 days of being given, twice in a row (code: \${event.parm2}). Google ends refresh tokens after 7 days while the app's OAuth consent screen is in <b>Testing</b>.</p>
<p>To fix it:</p><ol>
<li>Google Cloud console &gt; APIs &amp; Services &gt; OAuth consent screen (Google Auth Platform &gt; Audience): under Publishing status, click <b>Publish app</b> (for an app used only inside your Workspace, set User type to <b>Internal</b> instead).</li>
<li>Open the account (link below) in a <b>private (incognito) browser window</b>, click <b>Authorize Email Account Access</b> and sign in <b>as the mailbox \${user_name}</b>. Tokens issued while the app was in Testing keep ending after 7 days.</li>
</ol>
\${mail_script:Email OAuth Manager alert details}`,
    },
})

/* Google's identity check calls Gmail's profile endpoint through sn_ws.RESTMessageV2 (src/authorization/identity-reader.ts). */
CrossScopePrivilege({
    $id: Now.ID['privilege-execute-rest-message-v2'],
    operation: 'execute',
    status: 'allowed',
    targetName: 'RESTMessageV2',
    targetScope: 'sn_ws',
    targetType: 'scriptable',
})
