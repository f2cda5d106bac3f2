import '@servicenow/sdk/global'
import { Acl, BooleanColumn, DateTimeColumn, default_view, EmailNotification, IntegerColumn, List, Record, StringColumn, Table } from '@servicenow/sdk/core'
import { adminGroup, viewerRole } from './access.now.ts'

/*
 * Warnings ahead of every horizon (src/horizons/): one row per horizon that was warned about (a
 * refresh token's end, a Google app in Testing, the Basic-auth cut-off, a Google token unused for six
 * months), holding the last threshold sent (30, 14, 7, 1 day(s) or 0 = on the day) and the mailboxes
 * it stops; one event per warning and one email naming them all. Client secrets and certificates keep
 * their own rows and email (provider-credentials.now.ts). A horizon that moves ends its row
 * (Active false) without mail. Written by the job only: nothing an admin edits.
 */

export const x_mail_oauth_horizon_alert = Table({
    name: 'x_mail_oauth_horizon_alert',
    label: 'Email OAuth horizon warning',
    display: 'horizon',
    audit: false,
    accessibleFrom: 'package_private',
    schema: {
        horizon: StringColumn({ label: 'Horizon', maxLength: 200, mandatory: true }),
        cause: StringColumn({ label: 'Cause', maxLength: 80 }),
        stops_on: StringColumn({ label: 'Stops on (admin date)', maxLength: 10 }),
        stops_at: DateTimeColumn({ label: 'Stops at' }),
        mailboxes: StringColumn({ label: 'Mailboxes that stop', maxLength: 4000 }),
        message: StringColumn({ label: 'What to do', maxLength: 4000 }),
        last_alert_days: IntegerColumn({ label: 'Last warning (days before)' }),
        active: BooleanColumn({ label: 'Active', default: true }),
    },
    index: [{ name: 'horizon', element: 'horizon', unique: true }],
})

List({
    table: 'x_mail_oauth_horizon_alert',
    view: default_view,
    columns: ['stops_at', 'cause', 'mailboxes', 'last_alert_days', 'active'],
})

Acl({
    $id: Now.ID['horizon-alert-read'],
    type: 'record',
    table: 'x_mail_oauth_horizon_alert',
    operation: 'read',
    decisionType: 'allow',
    roles: [viewerRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager viewers and admins read the horizon warnings sent.',
})

Record({
    $id: Now.ID['event-horizon-approaching'],
    table: 'sysevent_register',
    data: {
        suffix: 'horizon.approaching',
        event_name: 'x_mail_oauth.horizon.approaching',
        table: 'x_mail_oauth_horizon_alert',
        description: 'Mailboxes stop in 30, 14, 7 or 1 day(s), or today: a refresh token end or the Basic-auth cut-off.',
        fired_by: 'Scheduled job: Email OAuth Manager: time to failure and expiry warnings',
        priority: 100,
    },
})

export const horizonApproachingNotification = EmailNotification({
    $id: Now.ID['notification-horizon-approaching'],
    table: 'x_mail_oauth_horizon_alert',
    name: 'Email OAuth Manager: mailboxes stop soon',
    description: 'Sent to the Email OAuth Manager admins group at 30, 14, 7 and 1 day(s) before a horizon (refresh token end, Google testing mode, Basic-auth cut-off) and on the day.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.horizon.approaching',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Email OAuth Manager: mailboxes stop on ${stops_on} (${cause})',
        messageHtml: `<p>\${message}</p>
<p>Mailboxes: <b>\${mailboxes}</b></p>
<p>Days left: \${event.parm2}. Email OAuth Manager &gt; Overview lists every mailbox by time to failure, with the action that moves it.</p>`,
    },
})
