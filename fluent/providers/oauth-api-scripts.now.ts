import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'

/*
 * The OAuth API scripts that make the provider ask which account signs in, so a mailbox is not
 * authorized with the admin's own session (KB2071947). ServiceNow's extension point (OAuthUtil,
 * Global): a script include that extends OAuthUtil, whose name begins with "OAuth", set in the
 * provider's OAuth API Script field (oauth_entity.oauth_api_script). Each is a thin bridge to
 * src/authorization/oauth-api-script.ts (the SDK's pattern for extension points that call a script
 * include by name), which records each run (src/platform/probe/sign-in-runs.ts). ServiceNow documents
 * OAuth API scripts as global script includes; whether it runs one of an app's scope is what Check
 * this instance answers from those records. So the Microsoft provider names its script (losing it
 * costs only the account picker: offline_access is a scope), while the Google provider keeps the
 * platform's OAuthGoogleOfflineAccess (without offline access no refresh token) and the Google script
 * below, which adds the same access_type=offline and prompt=consent plus the account chooser, is
 * there for the admin to switch to once the app's scripts are seen to run.
 *
 * Public: the platform's OAuth code calls them from the global scope.
 */

export const microsoftSignInScript = ScriptInclude({
    $id: Now.ID['oauth-api-script-microsoft-sign-in'],
    name: SIGN_IN_SCRIPT.microsoft,
    accessibleFrom: 'public',
    active: true,
    description:
        'Email OAuth Manager: OAuth API Script of the Microsoft 365 provider. Adds prompt=select_account (and login_hint with the mailbox when the request names the email account) to the authorization request, so Microsoft asks which account signs in.',
    script: `var OAuthEmailMicrosoftSignIn = Class.create();
OAuthEmailMicrosoftSignIn.prototype = Object.extendsObject(global.OAuthUtil, {
    /* The authorization request: the provider's own parameters first, then prompt=select_account and the mailbox as login_hint. */
    preprocessAuthCode: function (requestParamMap) {
        global.OAuthUtil.prototype.preprocessAuthCode.call(this, requestParamMap);
        try {
            require('x_mail_oauth/email-oauth-manager/1.0.0/src/authorization/oauth-api-script.ts').addSignInParameters('microsoft', requestParamMap);
        } catch (error) {
            gs.warn('Email OAuth Manager: OAuthEmailMicrosoftSignIn could not add its sign-in parameters: ' + error);
        }
    },

    type: 'OAuthEmailMicrosoftSignIn'
});`,
})

export const googleSignInScript = ScriptInclude({
    $id: Now.ID['oauth-api-script-google-sign-in'],
    name: SIGN_IN_SCRIPT.google,
    accessibleFrom: 'public',
    active: true,
    description:
        'Email OAuth Manager: an OAuth API Script for the Google Gmail provider in place of OAuthGoogleOfflineAccess, once Check this instance says the app\'s OAuth API scripts run on this instance. Adds access_type=offline and prompt=consent select_account (and login_hint with the mailbox when the request names the email account), so Google issues a refresh token and asks which account signs in.',
    script: `var OAuthEmailGoogleSignIn = Class.create();
OAuthEmailGoogleSignIn.prototype = Object.extendsObject(global.OAuthUtil, {
    /* The authorization request: the provider's own parameters first, then access_type=offline, prompt=consent select_account and the mailbox as login_hint. */
    preprocessAuthCode: function (requestParamMap) {
        global.OAuthUtil.prototype.preprocessAuthCode.call(this, requestParamMap);
        try {
            require('x_mail_oauth/email-oauth-manager/1.0.0/src/authorization/oauth-api-script.ts').addSignInParameters('google', requestParamMap);
        } catch (error) {
            gs.warn('Email OAuth Manager: OAuthEmailGoogleSignIn could not add its sign-in parameters: ' + error);
        }
    },

    type: 'OAuthEmailGoogleSignIn'
});`,
})
