import '@servicenow/sdk/global'
import { Acl, RestApi, UiPage } from '@servicenow/sdk/core'
import { checkAccount, getOverview, refreshAccount, resendFailedEmails } from '../src/overview/rest.ts'
import overviewPage from '../client/index.html'
import { adminRole, viewerRole } from './access.now.ts'

/*
 * The overview page: one row per OAuth email account with its status, countdown and actions.
 * The page (client/, bundled by the SDK's client build) reads the Scripted REST API below: its GET
 * route for x_mail_oauth.viewer (which x_mail_oauth.admin contains), Check setup and Refresh now for
 * x_mail_oauth.admin only. A route's own ACL replaces the API's default ACL ("Configure a scripted REST
 * API resource to require an ACL", ServiceNow docs), so the API's default is the admin one and only the
 * GET route names the viewer one.
 */

export const overviewUiPage = UiPage({
    $id: Now.ID['overview-page'],
    endpoint: 'x_mail_oauth_overview.do',
    description: 'Email OAuth Manager overview: every OAuth email account at a glance, with Check setup, Refresh now and Re-authorize.',
    category: 'general',
    html: overviewPage,
    direct: true,
})

export const overviewApiAcl = Acl({
    $id: Now.ID['overview-api-acl'],
    name: 'x_mail_oauth.overview',
    type: 'rest_endpoint',
    operation: 'execute',
    decisionType: 'allow',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only Email OAuth Manager admins run the overview actions (Check setup, Refresh now).',
})

export const overviewReadAcl = Acl({
    $id: Now.ID['overview-api-read-acl'],
    name: 'x_mail_oauth.overview.read',
    type: 'rest_endpoint',
    operation: 'execute',
    decisionType: 'allow',
    roles: [viewerRole],
    adminOverrides: true,
    description: 'Email OAuth Manager viewers and admins read the overview.',
})

RestApi({
    $id: Now.ID['overview-api'],
    name: 'Email OAuth Manager overview',
    serviceId: 'overview',
    shortDescription: 'What the overview page shows and does: token health of every OAuth email account, the setup check, Refresh now.',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [overviewApiAcl],
    routes: [
        {
            $id: Now.ID['overview-api-get'],
            name: 'overview',
            method: 'GET',
            path: '/',
            script: getOverview,
            enforceAcl: [overviewReadAcl],
            shortDescription: 'Every OAuth email account: status, token expiry, last error and its fix; the summary; accounts that stop within the warning period.',
        },
        {
            $id: Now.ID['overview-api-check'],
            name: 'check setup',
            method: 'POST',
            path: '/accounts/{sys_id}/check',
            script: checkAccount,
            enforceAcl: [overviewApiAcl],
            shortDescription: "The setup check's findings for one email account, errors first.",
        },
        {
            $id: Now.ID['overview-api-refresh'],
            name: 'refresh now',
            method: 'POST',
            path: '/accounts/{sys_id}/refresh',
            script: refreshAccount,
            enforceAcl: [overviewApiAcl],
            shortDescription: "One refresh of the email account's access token through the token keeper (its lease and backoff hold).",
        },
        {
            $id: Now.ID['overview-api-resend'],
            name: 'resend failed emails',
            method: 'POST',
            path: '/accounts/{sys_id}/resend',
            script: resendFailedEmails,
            enforceAcl: [overviewApiAcl],
            shortDescription: 'Sends again, once each, the emails that failed with an authentication error during the outbound account\'s incident; each re-send is logged with the admin who asked.',
        },
    ],
})
