import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { CERTIFICATE_PROVIDER, JWT_PROVIDER } from '../../src/credentials/certificate-names.ts'
import { GRANT_TYPE, MICROSOFT_APP_ONLY, PLACEHOLDER } from '../../src/providers.ts'

/*
 * Microsoft 365 app-only with a certificate instead of a client secret (docs/certificate-credentials.md):
 * the chain ServiceNow documents, shipped beside the secret provider so an admin can prepare it while
 * the secret keeps the mail flowing, then switch (src/migration/certificate-switch.ts):
 *   JWT signing key (waits for your Java Key Store) <- JWT provider <- the two profiles (Graph, SMTP)
 *   of the Application Registry entry "Microsoft 365 app-only (certificate)".
 * First install, inactive, placeholders where the value is yours. Prepare certificate sign-in (on the
 * secret provider's form) fills Client ID, Token URL, the dummy Client Secret and the JWT provider's
 * claims from the working secret provider; Use for Email OAuth Manager (on the x509 Certificate form)
 * points the signing key at your .jks. Left to you: the .jks with its password, and the key password.
 * The JWT provider's claims are written by Prepare, not shipped: their table is not in ServiceNow's
 * public docs (JWT_CLAIM), and a record for a table an instance lacks would fail the install.
 */

export const certificateSigningKey = Record({
    $id: Now.ID['microsoft-365-app-only-certificate-signing-key'],
    $meta: { installMethod: 'first install' },
    table: 'jwt_keystore_aliases',
    data: {
        name: CERTIFICATE_PROVIDER.signingKeyName,
        active: false,
    },
})

export const certificateJwtProvider = Record({
    $id: Now.ID['microsoft-365-app-only-certificate-jwt-provider'],
    $meta: { installMethod: 'first install' },
    table: 'jwt_provider',
    data: {
        name: CERTIFICATE_PROVIDER.jwtProviderName,
        jwt_keystore_alias: certificateSigningKey,
        expiry_interval: JWT_PROVIDER.expiryIntervalSeconds,
    },
})

export const certificateProvider = Record({
    $id: Now.ID['microsoft-365-app-only-certificate-provider'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity',
    data: {
        name: CERTIFICATE_PROVIDER.entityName,
        type: 'oauth_provider',
        active: false,
        client_id: PLACEHOLDER.clientId,
        default_grant_type: GRANT_TYPE.clientCredentials,
        auth_url: MICROSOFT_APP_ONLY.authUrl,
        token_url: MICROSOFT_APP_ONLY.tokenUrl,
        access_token_lifespan: MICROSOFT_APP_ONLY.accessTokenLifespanSeconds,
        comments:
            'Email OAuth Manager, app-only with a certificate (docs/certificate-credentials.md): on the working secret provider click Prepare certificate sign-in (it fills this record and the JWT provider claims), upload your .jks on the x509 Certificate form and click Use for Email OAuth Manager there, type the key password on the JWT Keys form, upload the public certificate to the app registration in Entra, then Switch to certificate on the secret provider.',
    },
})

export const certificateGraphScope = Record({
    $id: Now.ID['microsoft-365-app-only-certificate-scope-graph'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: { name: 'Microsoft Graph (application permissions)', oauth_entity_scope: MICROSOFT_APP_ONLY.scope.graph, oauth_entity: certificateProvider },
})

export const certificateSmtpScope = Record({
    $id: Now.ID['microsoft-365-app-only-certificate-scope-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_scope',
    data: { name: 'Exchange Online SMTP (application permissions)', oauth_entity_scope: MICROSOFT_APP_ONLY.scope.smtp, oauth_entity: certificateProvider },
})

export const certificateGraphProfile = Record({
    $id: Now.ID['microsoft-365-app-only-certificate-profile-graph'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile',
    data: { name: CERTIFICATE_PROVIDER.graphProfileName, oauth_entity: certificateProvider, grant_type: GRANT_TYPE.clientCredentials, default: false, jwt_provider: certificateJwtProvider },
})

export const certificateSmtpProfile = Record({
    $id: Now.ID['microsoft-365-app-only-certificate-profile-smtp'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile',
    data: { name: CERTIFICATE_PROVIDER.smtpProfileName, oauth_entity: certificateProvider, grant_type: GRANT_TYPE.clientCredentials, default: false, jwt_provider: certificateJwtProvider },
})

Record({
    $id: Now.ID['microsoft-365-app-only-certificate-profile-graph-scope'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: certificateGraphProfile, oauth_entity_scope: certificateGraphScope },
})

Record({
    $id: Now.ID['microsoft-365-app-only-certificate-profile-smtp-scope'],
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile_scope',
    data: { oauth_entity_profile: certificateSmtpProfile, oauth_entity_scope: certificateSmtpScope },
})
