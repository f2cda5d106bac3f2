/**
 * Seeds a complete, working Microsoft 365 mail setup into the platform stand-in (platform.db,
 * properties, plugin, token store), the way an admin leaves it after following the README, so the
 * reader and UI action tests can break one record at a time.
 */
import { ADMIN_USER_SYS_ID, EMAIL_OAUTH_PLUGIN, REFRESH_JOB_NAME } from '../../src/common/app.ts'
import { MICROSOFT } from '../../src/providers.ts'
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import { PLATFORM_REFRESH_JOB_SYS_ID } from '../../src/setup-check/read-setup.ts'
import { platform } from '../stand-ins/platform.ts'
import { CLIENT_ID, INSTANCE_URL, REDIRECT_URL, TENANT } from './fixtures.ts'

export const CLIENT_SECRET = 'Qx8~seed.SecretValue_9aZ3kLmN0pQrStUvWx'
export const ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.seed-access-token-payload.signature'
export const REFRESH_TOKEN = '0.AXoAseedRefreshTokenValue1234567890abcdefGHIJ'

export interface SeededSetup {
    providerId: string
    profileId: string
    scopeIds: string[]
    imapAccountId: string
    smtpAccountId: string
}

export function seedEnvironment(): void {
    platform.properties['glide.servlet.uri'] = INSTANCE_URL
    platform.db.insert('v_plugin', { id: EMAIL_OAUTH_PLUGIN, name: 'Email: OAUTH support for IMAP, Microsoft Graph (Receiving), and SMTP', active: 'active' })
    platform.db.insert('sysauto_script', { sys_id: PLATFORM_REFRESH_JOB_SYS_ID, name: 'Refresh email access token', active: false })
    // The app's job as installed: Run as the instance's admin user, who holds admin.
    const adminRoleId = platform.db.insert('sys_user_role', { name: 'admin' })
    platform.db.insert('sys_user', { sys_id: ADMIN_USER_SYS_ID, user_name: 'admin', active: true })
    platform.db.insert('sys_user_has_role', { user: ADMIN_USER_SYS_ID, role: adminRoleId })
    platform.db.insert('sysauto_script', { name: REFRESH_JOB_NAME, active: true, run_as: ADMIN_USER_SYS_ID })
}

/** A user who may not read tokens or authorize: only the roles given. */
export function actAs(userName: string, roles: string[]): void {
    platform.user = { sysId: platform.db.insert('sys_user', { user_name: userName, active: true }), userName, roles }
}

export function seedMicrosoftProvider(name: string = MICROSOFT.entityName): Omit<SeededSetup, 'imapAccountId' | 'smtpAccountId'> {
    const providerId = platform.db.insert('oauth_entity', {
        name,
        type: 'oauth_provider',
        active: true,
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        default_grant_type: 'authorization_code',
        auth_url: MICROSOFT.authUrl.replace('<tenant>', TENANT),
        token_url: MICROSOFT.tokenUrl.replace('<tenant>', TENANT),
        redirect_url: REDIRECT_URL,
        refresh_token_lifespan: MICROSOFT.refreshTokenLifespanSeconds,
        access_token_lifespan: 3600,
        // As shipped: the app's OAuth API script that makes Microsoft ask which account signs in.
        oauth_api_script: platform.db.insert('sys_script_include', { name: SIGN_IN_SCRIPT.microsoft, api_name: `x_mail_oauth.${SIGN_IN_SCRIPT.microsoft}`, active: true }),
    })
    const profileId = platform.db.insert('oauth_entity_profile', { name: `${name} profile`, oauth_entity: providerId, grant_type: 'authorization_code', default: false })
    const scopeIds = [MICROSOFT.scope.imap, MICROSOFT.scope.smtp, MICROSOFT.scope.openid, MICROSOFT.scope.offlineAccess].map((scope) => {
        const scopeId = platform.db.insert('oauth_entity_scope', { name: scope, oauth_entity_scope: scope, oauth_entity: providerId })
        platform.db.insert('oauth_entity_profile_scope', { oauth_entity_profile: profileId, oauth_entity_scope: scopeId })
        return scopeId
    })
    return { providerId, profileId, scopeIds }
}

export function seedAccount(profileId: string, type: 'imap' | 'smtp', name: string, authorized = true): string {
    const server = type === 'imap' ? MICROSOFT.imap : MICROSOFT.smtp
    const accountId = platform.db.insert('sys_email_account', {
        name,
        type,
        active: true,
        authentication: 'oauth2',
        oauth_profile: profileId,
        server: server.host,
        port: server.port,
        enable_ssl: type === 'imap',
        enable_tls: type === 'smtp',
        user_name: `${type}@contoso.com`,
    })
    if (authorized) {
        platform.oauth.setToken(accountId, profileId, { accessToken: ACCESS_TOKEN, accessExpiresInSeconds: 3000, refreshToken: REFRESH_TOKEN, refreshExpiresInSeconds: 80 * 86400 })
    }
    return accountId
}

/** Plugin, properties, the Microsoft provider with its scopes, and an authorized IMAP and SMTP account. */
export function seedWorkingSetup(): SeededSetup {
    seedEnvironment()
    const provider = seedMicrosoftProvider()
    return {
        ...provider,
        imapAccountId: seedAccount(provider.profileId, 'imap', 'Support inbox'),
        smtpAccountId: seedAccount(provider.profileId, 'smtp', 'Outbound mail'),
    }
}
