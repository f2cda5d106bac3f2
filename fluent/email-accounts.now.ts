import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MICROSOFT, PLACEHOLDER } from '../src/providers.ts'
import { microsoftProfile } from './providers/microsoft-365.now.ts'

/*
 * Step 6 of the setup procedure: the email accounts, with the OAuth profile attached. They ship
 * inactive with a placeholder mailbox, so installing the app changes no mail flow: the admin
 * fills in the mailbox, clicks Authorize Email Account Access, then activates the account.
 *
 * Both load on first install only (dist/app/unload/): the admin fills them in, so an upgrade must
 * neither write the placeholders back nor deactivate them. `email_user_label` is the display name
 * of an SMTP account only, so the IMAP account leaves it empty.
 */

export const microsoftInboundAccount = Record({
    $id: Now.ID['microsoft-365-inbound-imap'],
    $meta: { installMethod: 'first install' },
    table: 'sys_email_account',
    data: {
        name: 'Microsoft 365 inbound (IMAP)',
        type: 'imap',
        active: false,
        authentication: 'oauth2',
        oauth_profile: microsoftProfile,
        server: MICROSOFT.imap.host,
        port: MICROSOFT.imap.port,
        enable_ssl: true,
        enable_tls: false,
        user_name: PLACEHOLDER.mailbox,
    },
})

export const microsoftOutboundAccount = Record({
    $id: Now.ID['microsoft-365-outbound-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'sys_email_account',
    data: {
        name: 'Microsoft 365 outbound (SMTP)',
        type: 'smtp',
        active: false,
        authentication: 'oauth2',
        oauth_profile: microsoftProfile,
        server: MICROSOFT.smtp.host,
        port: MICROSOFT.smtp.port,
        enable_ssl: false,
        enable_tls: true,
        user_name: PLACEHOLDER.mailbox,
        email_user_label: PLACEHOLDER.mailbox,
        from: PLACEHOLDER.mailbox,
    },
})
