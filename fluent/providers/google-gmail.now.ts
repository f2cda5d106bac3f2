import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { GOOGLE, PLACEHOLDER } from '../../src/providers.ts'

/*
 * Steps 2 to 4 of the setup procedure for Gmail. Google returns a refresh token only when the
 * authorization request says access_type=offline (and prompt=consent on re-consent), which
 * ServiceNow adds through the global script include OAuthGoogleOfflineAccess (KB0813417). Its
 * sys_id differs per instance, so the admin selects it in the OAuth API Script field; the setup
 * check reports the profile until that is done.
 */

export const googleProvider = Record({
    $id: Now.ID['google-gmail-provider'],
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
            'Email OAuth Manager: replace <instance> in the Redirect URL with your instance name, paste the OAuth client id from Google Cloud console > APIs & Services > Credentials, type the client secret, and set OAuth API Script to OAuthGoogleOfflineAccess.',
    },
})

export const googleMailScope = Record({
    $id: Now.ID['google-gmail-scope-mail'],
    table: 'oauth_entity_scope',
    data: {
        name: 'Gmail IMAP and SMTP',
        oauth_entity_scope: GOOGLE.scope.mail,
        oauth_entity: googleProvider,
    },
})

export const googleProfile = Record({
    $id: Now.ID['google-gmail-profile'],
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
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: googleProfile, oauth_entity_scope: googleMailScope },
})
