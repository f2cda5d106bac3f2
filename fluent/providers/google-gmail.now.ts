import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { GOOGLE, PLACEHOLDER } from '../../src/providers.ts'

/*
 * Steps 2 to 4 of the setup procedure for Gmail. Google returns a refresh token only when the
 * authorization request says access_type=offline (and prompt=consent on re-consent), which
 * ServiceNow adds through the global script include OAuthGoogleOfflineAccess (KB0813417): the
 * documented path, so the provider keeps it. A Fluent record cannot name that global script (its
 * sys_id is the instance's), so the provider ships with OAuth API Script empty and the fix script
 * "Email OAuth Manager: Gmail refresh token" (google-offline-access.now.ts) sets it on install and
 * upgrade. The app's own OAuthEmailGoogleSignIn (oauth-api-scripts.now.ts: the same offline access,
 * and Google asks which account signs in) stays available: Check this instance says when the platform
 * has been seen running the app's scripts, and only then should an admin switch to it. The Redirect
 * URL ships empty: the instance generates https://<instance>.service-now.com/oauth_redirect.do itself.
 *
 * Every record here loads on first install only (dist/app/unload/): the admin edits the provider
 * and may change its scope and profile, and an upgrade must not write the placeholders back.
 */

export const googleProvider = Record({
    $id: Now.ID['google-gmail-provider'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity',
    data: {
        name: GOOGLE.entityName,
        type: 'oauth_provider',
        active: true,
        client_id: PLACEHOLDER.clientId,
        default_grant_type: 'authorization_code',
        auth_url: GOOGLE.authUrl,
        token_url: GOOGLE.tokenUrl,
        revoke_token_url: GOOGLE.revokeUrl,
        redirect_url: GOOGLE.redirectUrl,
        refresh_token_lifespan: GOOGLE.refreshTokenLifespanSeconds,
        access_token_lifespan: 3600,
        comments:
            'Email OAuth Manager: paste the OAuth client id from Google Cloud console > APIs & Services > Credentials, and type the client secret. OAuth API Script is OAuthGoogleOfflineAccess (set by the install; without it Google issues no refresh token): switch to OAuthEmailGoogleSignIn (the same, and the account chooser) only when Check this instance on the overview page says the app\'s OAuth API scripts run. Leave Redirect URL empty: the instance uses https://<instance>.service-now.com/oauth_redirect.do, which you add to the client\'s Authorized redirect URIs. Keep Refresh Token Lifespan at 315360000: Google refresh tokens in use do not expire by time.',
    },
})

export const googleMailScope = Record({
    $id: Now.ID['google-gmail-scope-mail'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: {
        name: 'Gmail IMAP and SMTP',
        oauth_entity_scope: GOOGLE.scope.mail,
        oauth_entity: googleProvider,
    },
})

export const googleProfile = Record({
    $id: Now.ID['google-gmail-profile'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile',
    data: {
        name: GOOGLE.profileName,
        oauth_entity: googleProvider,
        grant_type: 'authorization_code',
        default: false,
    },
})

Record({
    $id: Now.ID['google-gmail-profile-scope-mail'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: googleProfile, oauth_entity_scope: googleMailScope },
})
