/**
 * Snapshots of working setups, built from the provider presets the app ships, for the setup
 * check's tests to break one thing at a time.
 */
import { GOOGLE, MICROSOFT } from '../../src/providers.ts'
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import type { SetupSnapshot } from '../../src/setup-check/checks.ts'
import type { ProfileScopeLink, ScopeRecord } from '../../src/setup-check/finding.ts'

export const INSTANCE_URL = 'https://acme.service-now.com/'
export const REDIRECT_URL = 'https://acme.service-now.com/oauth_redirect.do'
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const CLIENT_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
const DAY = 86400

export function scopeRecord(sysId: string, scope: string, providerId: string): ScopeRecord {
    return { sys_id: sysId, name: scope, oauth_entity_scope: scope, oauth_entity: providerId }
}

export function linkTo(scope: ScopeRecord): ProfileScopeLink {
    return { sys_id: `link-${String(scope.sys_id)}`, oauth_entity_scope: scope.sys_id, scope }
}

/** The provider's scopes, every one linked to the profile. */
function scopesOf(providerId: string, scopes: string[]): Pick<SetupSnapshot, 'providerScopes' | 'profileScopes'> {
    const records = scopes.map((scope, index) => scopeRecord(`${providerId}-scope-${index}`, scope, providerId))
    return { providerScopes: records, profileScopes: records.map(linkTo) }
}

function common(): Pick<SetupSnapshot, 'token' | 'pluginActive' | 'instanceUrl' | 'activeSmtpAccounts' | 'platformRefreshJobActive' | 'settings'> {
    return {
        token: { state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 3000, hasRefreshToken: true, refreshTokenExpiresInSeconds: 80 * DAY },
        pluginActive: true,
        instanceUrl: INSTANCE_URL,
        activeSmtpAccounts: 1,
        platformRefreshJobActive: false,
        settings: { reauthWarningDays: 7 },
    }
}

function microsoftProvider(): SetupSnapshot['provider'] {
    return {
        sys_id: 'ms-entity',
        name: MICROSOFT.entityName,
        type: 'oauth_provider',
        active: '1',
        client_id: CLIENT_ID,
        default_grant_type: 'authorization_code',
        auth_url: MICROSOFT.authUrl.replace('<tenant>', TENANT),
        token_url: MICROSOFT.tokenUrl.replace('<tenant>', TENANT),
        redirect_url: REDIRECT_URL,
        refresh_token_lifespan: String(MICROSOFT.refreshTokenLifespanSeconds),
        client_secret_set: true,
        oauth_api_script_name: SIGN_IN_SCRIPT.microsoft,
    }
}

const microsoftProfile = { sys_id: 'ms-profile', name: MICROSOFT.profileName, oauth_entity: 'ms-entity', grant_type: 'authorization_code' }

export function microsoftImap(): SetupSnapshot {
    return {
        account: {
            sys_id: 'imap-account',
            name: 'Support inbox',
            type: 'imap',
            authentication: 'oauth2',
            oauth_profile: 'ms-profile',
            server: MICROSOFT.imap.host,
            port: String(MICROSOFT.imap.port),
            enable_ssl: '1',
            enable_tls: '0',
            user_name: 'support@contoso.com',
            active: '1',
        },
        profile: { ...microsoftProfile },
        provider: microsoftProvider(),
        ...scopesOf('ms-entity', [MICROSOFT.scope.imap, MICROSOFT.scope.smtp, MICROSOFT.scope.openid, MICROSOFT.scope.offlineAccess]),
        ...common(),
    }
}

export function microsoftSmtp(): SetupSnapshot {
    return {
        ...microsoftImap(),
        account: {
            sys_id: 'smtp-account',
            name: 'Outbound mail',
            type: 'smtp',
            authentication: 'oauth2',
            oauth_profile: 'ms-profile',
            server: MICROSOFT.smtp.host,
            port: String(MICROSOFT.smtp.port),
            enable_ssl: 'false',
            enable_tls: 'true',
            user_name: 'servicedesk@contoso.com',
            active: 'true',
        },
    }
}

export function gmailImap(): SetupSnapshot {
    return {
        account: {
            sys_id: 'gmail-account',
            name: 'Gmail inbox',
            type: 'imap',
            authentication: 'oauth2',
            oauth_profile: 'google-profile',
            server: GOOGLE.imap.host,
            port: String(GOOGLE.imap.port),
            enable_ssl: '1',
            enable_tls: '0',
            user_name: 'helpdesk@example.org',
            active: '1',
        },
        profile: { sys_id: 'google-profile', name: GOOGLE.profileName, oauth_entity: 'google-entity', grant_type: 'authorization_code' },
        provider: {
            sys_id: 'google-entity',
            name: GOOGLE.entityName,
            type: 'oauth_provider',
            active: '1',
            client_id: '123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com',
            default_grant_type: 'authorization_code',
            auth_url: GOOGLE.authUrl,
            token_url: GOOGLE.tokenUrl,
            redirect_url: REDIRECT_URL,
            refresh_token_lifespan: String(GOOGLE.refreshTokenLifespanSeconds),
            client_secret_set: true,
            oauth_api_script_name: SIGN_IN_SCRIPT.google,
        },
        ...scopesOf('google-entity', [GOOGLE.scope.mail]),
        ...common(),
    }
}

export function gmailSmtp(): SetupSnapshot {
    const imap = gmailImap()
    return {
        ...imap,
        account: { ...imap.account, sys_id: 'gmail-smtp', name: 'Gmail outbound', type: 'smtp', server: GOOGLE.smtp.host, port: String(GOOGLE.smtp.port), enable_ssl: '0', enable_tls: '1' },
    }
}

/** Replaces the profile's scopes (and the provider's) with exactly these. */
export function withScopes(snapshot: SetupSnapshot, scopes: string[]): SetupSnapshot {
    const providerId = String(snapshot.provider?.sys_id)
    return { ...snapshot, ...scopesOf(providerId, scopes) }
}
