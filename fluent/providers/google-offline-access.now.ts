import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * Gmail's refresh token through the documented path (KB0813417): sets the platform's global
 * OAuthGoogleOfflineAccess on the Google provider after an install, and after an upgrade on a provider
 * that still names the app's OAuthEmailGoogleSignIn while no run of the app's OAuth API scripts is
 * recorded (src/install/google-offline-access.ts). The provider record is first-install only, so this
 * is how an upgrade reaches an admin who has the earlier default. A fix script runs at the first
 * installation and on an upgrade when it was added or changed (ServiceNow docs "Fix scripts"); the
 * module path carries the app's version, so each new version runs it once again. It does not run when
 * the app is moved by update set: then set OAuth API Script by hand (docs/sign-in.md).
 */
Record({
    $id: Now.ID['fix-script-google-offline-access'],
    table: 'sys_script_fix',
    data: {
        name: 'Email OAuth Manager: Gmail refresh token',
        description:
            "Sets OAuth API Script of the Google Gmail provider to the platform's OAuthGoogleOfflineAccess when it is empty, or when it names the app's OAuthEmailGoogleSignIn and no run of the app's OAuth API scripts is recorded on this instance. Leaves any other choice of the admin as it is.",
        before: false,
        unloadable: false,
        record_for_rollback: false,
        script: `(function keepGoogleOfflineAccess() {
    const { keepGoogleOfflineAccess } = require('x_mail_oauth/email-oauth-manager/1.0.0/src/install/google-offline-access.ts');
    keepGoogleOfflineAccess();
})();`,
    },
})
