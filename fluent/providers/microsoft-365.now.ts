import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MICROSOFT, PLACEHOLDER } from '../../src/providers.ts'
import { microsoftSignInScript } from './oauth-api-scripts.now.ts'

/*
 * Steps 2 to 4 of the setup procedure for Microsoft 365 (Entra ID): the Application Registry entry
 * "Connect to a third party OAuth Provider", each scope as its own entry, and the profile that
 * links them. The admin replaces <tenant> in both URLs and the client id on the form, and types
 * the client secret there: no secret is ever shipped. The Redirect URL ships empty: the instance
 * then generates https://<instance>.service-now.com/oauth_redirect.do itself ("Leave the field
 * empty to have the instance auto-generate the URL", ServiceNow docs, OAuth provider form).
 *
 * Every record here loads on first install only (dist/app/unload/): the admin edits the provider
 * and may change its scopes and profile, and an upgrade must not write the placeholders back.
 */

export const microsoftProvider = Record({
    $id: Now.ID['microsoft-365-provider'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity',
    data: {
        name: MICROSOFT.entityName,
        type: 'oauth_provider',
        active: true,
        client_id: PLACEHOLDER.clientId,
        default_grant_type: 'authorization_code',
        auth_url: MICROSOFT.authUrl,
        token_url: MICROSOFT.tokenUrl,
        redirect_url: MICROSOFT.redirectUrl,
        refresh_token_lifespan: MICROSOFT.refreshTokenLifespanSeconds,
        access_token_lifespan: 3600,
        // Microsoft then asks which account signs in (prompt=select_account): see docs/sign-in.md.
        oauth_api_script: microsoftSignInScript,
        comments:
            'Email OAuth Manager: replace <tenant> in the Authorization and Token URLs with your Entra tenant id or domain, paste the Application (client) ID, and type the client secret from Entra ID > App registrations > Certificates & secrets. Leave Redirect URL empty: the instance uses https://<instance>.service-now.com/oauth_redirect.do, which you register in Entra. OAuth API Script is OAuthEmailMicrosoftSignIn: Microsoft then asks which account signs in.',
    },
})

export const microsoftImapScope = Record({
    $id: Now.ID['microsoft-365-scope-imap'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: {
        name: 'IMAP access as user',
        oauth_entity_scope: MICROSOFT.scope.imap,
        oauth_entity: microsoftProvider,
    },
})

export const microsoftSmtpScope = Record({
    $id: Now.ID['microsoft-365-scope-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: {
        name: 'SMTP send',
        oauth_entity_scope: MICROSOFT.scope.smtp,
        oauth_entity: microsoftProvider,
    },
})

export const microsoftOpenidScope = Record({
    $id: Now.ID['microsoft-365-scope-openid'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: {
        name: 'OpenID',
        oauth_entity_scope: MICROSOFT.scope.openid,
        oauth_entity: microsoftProvider,
    },
})

export const microsoftOfflineAccessScope = Record({
    $id: Now.ID['microsoft-365-scope-offline-access'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: {
        name: 'Offline access (refresh token)',
        oauth_entity_scope: MICROSOFT.scope.offlineAccess,
        oauth_entity: microsoftProvider,
    },
})

export const microsoftProfile = Record({
    $id: Now.ID['microsoft-365-profile'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile',
    data: {
        name: MICROSOFT.profileName,
        oauth_entity: microsoftProvider,
        grant_type: 'authorization_code',
        default: false,
    },
})

Record({
    $id: Now.ID['microsoft-365-profile-scope-imap'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: microsoftProfile, oauth_entity_scope: microsoftImapScope },
})

Record({
    $id: Now.ID['microsoft-365-profile-scope-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: microsoftProfile, oauth_entity_scope: microsoftSmtpScope },
})

Record({
    $id: Now.ID['microsoft-365-profile-scope-openid'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: microsoftProfile, oauth_entity_scope: microsoftOpenidScope },
})

Record({
    $id: Now.ID['microsoft-365-profile-scope-offline-access'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: microsoftProfile, oauth_entity_scope: microsoftOfflineAccessScope },
})
