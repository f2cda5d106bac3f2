import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MICROSOFT_APP_ONLY, PLACEHOLDER } from '../src/providers.ts'
import { microsoftAppOnlyGraphProfile, microsoftAppOnlySmtpProfile } from './providers/microsoft-365-app-only.now.ts'

/*
 * App-only email accounts: Microsoft Graph receive, Microsoft Graph send, and SMTP send-as-app.
 * Shipped inactive on first install with a placeholder mailbox.
 *
 * Type of the two Graph accounts: ServiceNow documents the labels "Microsoft Graph (Receive)" and
 * "Microsoft Graph (Send)" but not the values stored behind them, so these records leave Type
 * empty rather than ship a guess. Pick the type on the form; Check OAuth setup reads the
 * instance's own choices (sys_choice, sys_email_account.type) and names the one to pick. The
 * mailbox of a Graph receive account is its "Inbox email address" (the docs name the label only);
 * User name carries the same address here, and the setup check reads the field behind the label.
 */

export const microsoftGraphReceiveAccount = Record({
    $id: Now.ID['microsoft-365-app-only-graph-receive'],
    $meta: { installMethod: 'first install' },
    table: 'sys_email_account',
    data: {
        name: 'Microsoft 365 app-only receive (Microsoft Graph)',
        active: false,
        authentication: 'oauth2',
        oauth_profile: microsoftAppOnlyGraphProfile,
        user_name: PLACEHOLDER.mailbox,
    },
})

/*
 * Works from the Australia release on: ServiceNow documents "Microsoft Graph (Send)" accounts from
 * Australia ("Create an email account for Microsoft Graph (send)"); earlier releases document Graph
 * receive only. On an earlier release leave this record inactive (or delete it) and send through the
 * SMTP.SendAsApp account below. docs/releases-and-roles.md.
 */
export const microsoftGraphSendAccount = Record({
    $id: Now.ID['microsoft-365-app-only-graph-send'],
    $meta: { installMethod: 'first install' },
    table: 'sys_email_account',
    data: {
        name: 'Microsoft 365 app-only send (Microsoft Graph)',
        active: false,
        authentication: 'oauth2',
        oauth_profile: microsoftAppOnlyGraphProfile,
        user_name: PLACEHOLDER.mailbox,
        email_user_label: PLACEHOLDER.mailbox,
    },
})

export const microsoftSmtpSendAsAppAccount = Record({
    $id: Now.ID['microsoft-365-app-only-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'sys_email_account',
    data: {
        name: 'Microsoft 365 app-only send (SMTP.SendAsApp)',
        type: 'smtp',
        active: false,
        authentication: 'oauth2',
        oauth_profile: microsoftAppOnlySmtpProfile,
        server: MICROSOFT_APP_ONLY.smtp.host,
        port: MICROSOFT_APP_ONLY.smtp.port,
        enable_ssl: false,
        enable_tls: true,
        user_name: PLACEHOLDER.mailbox,
        email_user_label: PLACEHOLDER.mailbox,
        from: PLACEHOLDER.mailbox,
    },
})
