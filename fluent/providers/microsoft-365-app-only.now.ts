import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { GRANT_TYPE, MICROSOFT_APP_ONLY, PLACEHOLDER } from '../../src/providers.ts'

/*
 * Microsoft 365 app-only (client credentials): the Application Registry entry whose Default Grant
 * type is Client Credentials, its two `.default` scopes, and one profile per token audience
 * (Graph for the Microsoft Graph account types, Exchange Online for SMTP with SMTP.SendAsApp).
 * No person signs in and no refresh token exists: the token keeper asks for a new access token
 * with the same grant before the old one expires. Shipped inactive on first install: the admin
 * replaces <tenant> and the client id, types the client secret, then activates the provider.
 */

export const microsoftAppOnlyProvider = Record({
    $id: Now.ID['microsoft-365-app-only-provider'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity',
    data: {
        name: MICROSOFT_APP_ONLY.entityName,
        type: 'oauth_provider',
        active: false,
        client_id: PLACEHOLDER.clientId,
        default_grant_type: GRANT_TYPE.clientCredentials,
        auth_url: MICROSOFT_APP_ONLY.authUrl,
        token_url: MICROSOFT_APP_ONLY.tokenUrl,
        access_token_lifespan: MICROSOFT_APP_ONLY.accessTokenLifespanSeconds,
        comments:
            'Email OAuth Manager, app-only (client credentials): replace <tenant> in the Token URL with your Entra tenant id or domain, paste the Application (client) ID, type the client secret (Entra ID > App registrations > Certificates & secrets), then tick Active. Entra application permissions with admin consent: Microsoft Graph Mail.ReadWrite (receive) and Mail.Send (send); Office 365 Exchange Online SMTP.SendAsApp for SMTP, plus New-ServicePrincipal and Add-MailboxPermission -AccessRights FullAccess in Exchange Online. With a certificate instead of a secret: a JWT provider and an OAuth API Script whose name begins with OAuth.',
    },
})

export const microsoftAppOnlyGraphScope = Record({
    $id: Now.ID['microsoft-365-app-only-scope-graph'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: {
        name: 'Microsoft Graph (application permissions)',
        oauth_entity_scope: MICROSOFT_APP_ONLY.scope.graph,
        oauth_entity: microsoftAppOnlyProvider,
    },
})

export const microsoftAppOnlySmtpScope = Record({
    $id: Now.ID['microsoft-365-app-only-scope-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: {
        name: 'Exchange Online SMTP (application permissions)',
        oauth_entity_scope: MICROSOFT_APP_ONLY.scope.smtp,
        oauth_entity: microsoftAppOnlyProvider,
    },
})

export const microsoftAppOnlyGraphProfile = Record({
    $id: Now.ID['microsoft-365-app-only-profile-graph'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile',
    data: {
        name: MICROSOFT_APP_ONLY.graphProfileName,
        oauth_entity: microsoftAppOnlyProvider,
        grant_type: GRANT_TYPE.clientCredentials,
        default: false,
    },
})

export const microsoftAppOnlySmtpProfile = Record({
    $id: Now.ID['microsoft-365-app-only-profile-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile',
    data: {
        name: MICROSOFT_APP_ONLY.smtpProfileName,
        oauth_entity: microsoftAppOnlyProvider,
        grant_type: GRANT_TYPE.clientCredentials,
        default: false,
    },
})

Record({
    $id: Now.ID['microsoft-365-app-only-profile-graph-scope'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: microsoftAppOnlyGraphProfile, oauth_entity_scope: microsoftAppOnlyGraphScope },
})

Record({
    $id: Now.ID['microsoft-365-app-only-profile-smtp-scope'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: microsoftAppOnlySmtpProfile, oauth_entity_scope: microsoftAppOnlySmtpScope },
})
