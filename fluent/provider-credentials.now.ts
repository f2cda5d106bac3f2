import '@servicenow/sdk/global'
import {
    Acl,
    BooleanColumn,
    ChoiceColumn,
    DateColumn,
    default_view,
    EmailNotification,
    Form,
    IntegerColumn,
    List,
    Record,
    ReferenceColumn,
    ScheduledScript,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'
import { ADMIN_USER_SYS_ID, VIEWER_ROLE } from '../src/common/app.ts'
import { runEntraCredentialJob } from '../src/credentials/entra-read.ts'
import { runHorizonJob } from '../src/horizons/job.ts'
import { adminGroup, adminRole, viewerRole } from './access.now.ts'
import { menu } from './menu.now.ts'

/*
 * Client secret and certificate expiry, ahead of time: one row per provider credential. The app
 * writes the rows it can read (Source of the date: a certificate provider's end date from its
 * certificate record, hourly; client secrets from Entra where the app may read its registration,
 * daily: src/credentials/sources.ts); an admin types the rest (Entra shows the date under
 * Certificates & secrets; `email-oauth verify` reminds you to enter it). The horizons job warns at
 * 30, 14, 7 and 1 day(s) before and on the day, each once, naming every mailbox of the provider that
 * will stop (src/credentials/). Nothing is seeded, so an upgrade never touches the admin's dates.
 */

export const x_mail_oauth_provider_credential = Table({
    name: 'x_mail_oauth_provider_credential',
    label: 'Email OAuth client credential',
    display: 'provider',
    audit: true,
    accessibleFrom: 'package_private',
    schema: {
        provider: ReferenceColumn({ label: 'OAuth provider', referenceTable: 'oauth_entity', mandatory: true, cascadeRule: 'delete' }),
        kind: ChoiceColumn({
            label: 'Kind',
            dropdown: 'dropdown_without_none',
            default: 'secret',
            choices: {
                secret: { label: 'Client secret', sequence: 10 },
                certificate: { label: 'Certificate', sequence: 20 },
            },
        }),
        expires: DateColumn({ label: 'Expires', mandatory: true }),
        note: StringColumn({ label: 'Note', maxLength: 1000 }),
        // Where the date came from (src/credentials/sources.ts): typed here, or read by the app and kept in step by it.
        source: ChoiceColumn({
            label: 'Source of the date',
            dropdown: 'dropdown_without_none',
            default: 'manual',
            readOnly: true,
            choices: {
                manual: { label: 'Typed by an admin', sequence: 10 },
                certificate_record: { label: 'Certificate record', sequence: 20 },
                entra: { label: 'Read from Entra', sequence: 30 },
            },
        }),
        source_record: StringColumn({ label: 'Read from', maxLength: 100, readOnly: true }),
        // A row created on the form is active: the daily expiry job reads active rows only.
        active: BooleanColumn({ label: 'Active', default: true }),
        affected_mailboxes: StringColumn({ label: 'Mailboxes that stop', maxLength: 4000, readOnly: true }),
        last_alert_days: IntegerColumn({ label: 'Last alert (days before)', readOnly: true }),
        alerted_expiry: StringColumn({ label: 'Alerted for expiry', maxLength: 40, readOnly: true }),
    },
})

List({
    table: 'x_mail_oauth_provider_credential',
    view: default_view,
    columns: ['provider', 'kind', 'expires', 'source', 'active', 'last_alert_days', 'note'],
})

Form({
    table: 'x_mail_oauth_provider_credential',
    view: default_view,
    sections: [
        {
            caption: 'Client credential',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'provider', type: 'table_field' },
                        { field: 'kind', type: 'table_field' },
                        { field: 'expires', type: 'table_field' },
                        { field: 'source', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'last_alert_days', type: 'table_field' },
                        { field: 'alerted_expiry', type: 'table_field' },
                        { field: 'source_record', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'note', type: 'table_field' },
                        { field: 'affected_mailboxes', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

Acl({
    $id: Now.ID['provider-credential-read'],
    type: 'record',
    table: 'x_mail_oauth_provider_credential',
    operation: 'read',
    decisionType: 'allow',
    roles: [viewerRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager viewers and admins read the recorded client credential expiries.',
})

Acl({
    $id: Now.ID['provider-credential-write'],
    type: 'record',
    table: 'x_mail_oauth_provider_credential',
    operation: 'write',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager admins record when a client secret or certificate expires.',
})

Acl({
    $id: Now.ID['provider-credential-create'],
    type: 'record',
    table: 'x_mail_oauth_provider_credential',
    operation: 'create',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager admins record a new client secret or certificate.',
})

Acl({
    $id: Now.ID['provider-credential-delete'],
    type: 'record',
    table: 'x_mail_oauth_provider_credential',
    operation: 'delete',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager admins remove a retired client credential.',
})

Record({
    $id: Now.ID['module-client-credentials'],
    table: 'sys_app_module',
    data: {
        title: 'Client credentials',
        application: menu,
        link_type: 'LIST',
        name: 'x_mail_oauth_provider_credential',
        hint: 'When each provider client secret or certificate expires; warnings come 30, 14, 7 and 1 day(s) before',
        roles: [VIEWER_ROLE, 'admin'],
        active: true,
        order: 350,
    },
})

Record({
    $id: Now.ID['event-credential-expiring'],
    table: 'sysevent_register',
    data: {
        suffix: 'credential.expiring',
        event_name: 'x_mail_oauth.credential.expiring',
        table: 'x_mail_oauth_provider_credential',
        description: 'A client secret or certificate expires in 30, 14, 7 or 1 day(s), or today: its mailboxes stop then.',
        fired_by: 'Scheduled job: Email OAuth Manager: time to failure and expiry warnings',
        priority: 100,
    },
})

export const credentialExpiringNotification = EmailNotification({
    $id: Now.ID['notification-credential-expiring'],
    table: 'x_mail_oauth_provider_credential',
    name: 'Email OAuth Manager: client secret or certificate expires soon',
    description: 'Sent to the Email OAuth Manager admins group at 30, 14, 7 and 1 day(s) before a recorded client credential expires, and on the day.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.credential.expiring',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'The ${kind} of ${provider} expires on ${expires}: these mailboxes stop then',
        messageHtml: `<p>The <b>\${kind}</b> of the OAuth provider <b>\${provider}</b> expires on <b>\${expires}</b> (days left: \${event.parm2}). Source of this date: <b>\${source}</b>. On that day every token request of this provider fails (Microsoft: AADSTS7000222 for a secret, AADSTS700027 for a certificate) and these mailboxes stop:</p>
<p><b>\${affected_mailboxes}</b></p>
<p>Before then, for a <b>client secret</b>:</p><ol>
<li>Microsoft Entra ID &gt; App registrations &gt; your app &gt; Certificates &amp; secrets &gt; <b>New client secret</b> (Google Cloud console &gt; Credentials &gt; your OAuth client &gt; Add secret). Copy its <b>value</b>, not its id.</li>
<li>On the instance, System OAuth &gt; Application Registry &gt; \${provider}: paste it into <b>Client Secret</b> and save.</li>
<li>If the source is <b>Typed by an admin</b>: set <b>Expires</b> on this row under Email OAuth Manager &gt; Client credentials to the new secret's end date. If it is <b>Read from Entra</b>: nothing to type, the new secret's date is read at the next daily run.</li>
<li>Delete the old secret at the provider once Token health shows every mailbox OK.</li>
</ol><p>For a <b>certificate</b>, renew it: make a new key and certificate, upload the new public certificate in Entra (Certificates &amp; secrets &gt; Certificates), its .jks on the x509 Certificate form, click Use for Email OAuth Manager and type the key password on the JWT Keys form (or prepare it beside the old one and use the certificate switch). If the source is <b>Certificate record</b>: nothing to type, the new end date is read from the new certificate record within the hour. If it is <b>Typed by an admin</b>: set <b>Expires</b> on this row to the new certificate's end date.</p>
<p>Note: \${note}</p>`,
    },
})

/*
 * One job for every horizon (src/horizons/job.ts): each hour it writes each mailbox's time to failure
 * on its health row and sends the warnings that are due (30, 14, 7, 1 day(s) before and on the day,
 * each once, on the admin's local dates); client secret and certificate warnings are the
 * notification above. Hourly so the stored time to failure, which the lists sort by, stays fresh.
 * Runs as admin, like the refresh job: it reads every email account and its health row.
 */
export const credentialExpiryJob = ScheduledScript({
    $id: Now.ID['credential-expiry-job'],
    name: 'Email OAuth Manager: time to failure and expiry warnings',
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 1 },
    executionStart: '2024-01-01 00:05:00',
    timeZone: 'UTC',
    runAs: ADMIN_USER_SYS_ID,
    script: runHorizonJob,
})

/*
 * Client secret end dates read from Entra instead of typed (src/credentials/entra-read.ts): once a
 * day, each active Microsoft client-credentials provider reads its own app registration in Microsoft
 * Graph, where the admin granted it Application.Read.All, and keeps the rows of source "Read from
 * Entra" in step. A provider without that permission is logged with the fix; its typed rows stay.
 */
export const entraCredentialJob = ScheduledScript({
    $id: Now.ID['entra-credential-job'],
    name: 'Email OAuth Manager: client secret end dates from Entra',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 4, minutes: 35, seconds: 0 },
    timeZone: 'UTC',
    runAs: ADMIN_USER_SYS_ID,
    script: runEntraCredentialJob,
})
