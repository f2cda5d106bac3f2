import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { ADMIN_ROLE, VIEWER_ROLE } from '../src/common/app.ts'
import { viewerRole } from './access.now.ts'

export const menu = ApplicationMenu({
    $id: Now.ID['menu'],
    title: 'Email OAuth Manager',
    hint: 'OAuth2 for IMAP and SMTP email accounts: token health, accounts, providers',
    description: 'Email OAuth Manager keeps OAuth email accounts authorized and reports what needs an admin.',
    roles: [viewerRole, 'admin'],
    active: true,
})

/*
 * The menu and the read-only modules show for x_mail_oauth.viewer (x_mail_oauth.admin contains it);
 * OAuth email accounts stays with the admins, whose email_account_admin opens those records.
 * First module: the overview page (fluent/overview.now.ts).
 */
Record({
    $id: Now.ID['module-overview'],
    table: 'sys_app_module',
    data: {
        title: 'Overview',
        application: menu,
        link_type: 'DIRECT',
        query: 'x_mail_oauth_overview.do',
        hint: 'Every OAuth mailbox at a glance: what works, what will stop and when, and what to do',
        roles: [VIEWER_ROLE, 'admin'],
        active: true,
        order: 50,
    },
})

Record({
    $id: Now.ID['module-token-health'],
    table: 'sys_app_module',
    data: {
        title: 'Token health',
        application: menu,
        link_type: 'LIST',
        name: 'x_mail_oauth_token_health',
        hint: 'One row per OAuth email account: status, token expiry and what to do',
        roles: [VIEWER_ROLE, 'admin'],
        active: true,
        order: 100,
    },
})

/* The health list by time to failure (src/horizons/): which mailbox stops next, soonest first. Rows
 * without a known horizon are left out here because the platform sorts empty values first. */
Record({
    $id: Now.ID['module-stops-next'],
    table: 'sys_app_module',
    data: {
        title: 'Stops next',
        application: menu,
        link_type: 'LIST',
        name: 'x_mail_oauth_token_health',
        filter: 'time_to_failureISNOTEMPTY^ORDERBYtime_to_failure',
        hint: 'Token health by time to failure, soonest first: when each mailbox stops, why, and the action that moves it',
        roles: [VIEWER_ROLE, 'admin'],
        active: true,
        order: 105,
    },
})

Record({
    $id: Now.ID['module-oauth-email-accounts'],
    table: 'sys_app_module',
    data: {
        title: 'OAuth email accounts',
        application: menu,
        link_type: 'FILTER',
        name: 'sys_email_account',
        filter: 'authentication=oauth2',
        hint: 'Email accounts that authenticate with OAuth2',
        roles: [ADMIN_ROLE, 'admin'],
        active: true,
        order: 200,
    },
})

Record({
    $id: Now.ID['module-oauth-providers'],
    table: 'sys_app_module',
    data: {
        title: 'OAuth providers',
        application: menu,
        link_type: 'FILTER',
        name: 'oauth_entity',
        filter: 'type=oauth_provider',
        hint: 'Application Registry entries that connect to a third-party OAuth provider',
        roles: ['admin'],
        active: true,
        order: 300,
    },
})

Record({
    $id: Now.ID['module-properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: menu,
        link_type: 'FILTER',
        name: 'sys_properties',
        filter: 'nameSTARTSWITHx_mail_oauth.',
        hint: 'The refresh job settings',
        roles: ['admin'],
        active: true,
        order: 400,
    },
})
