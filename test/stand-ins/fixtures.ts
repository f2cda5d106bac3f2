/**
 * Seeding helpers over the platform stand-in: an OAuth provider (oauth_entity + its profile, with
 * the client registered at the fake provider) and email accounts that use it, optionally authorized.
 * Seeding goes through platform.db, so it is not counted in platform.stats.
 */
import { MICROSOFT } from '../../src/providers.ts'
import { platform } from './platform.ts'

export interface SeededProvider {
    entityId: string
    profileId: string
    name: string
    clientId: string
    clientSecret: string
    tokenUrl: string
}

export function seedProvider(options: Partial<{ name: string; clientId: string; clientSecret: string; tokenUrl: string; refreshTokenLifespan: number }> = {}): SeededProvider {
    const name = options.name ?? MICROSOFT.entityName
    const clientId = options.clientId ?? '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
    const clientSecret = options.clientSecret ?? 'Qx8~secret.Value_ForTests-9aZ3kLmN0pQrStUv'
    const tokenUrl = options.tokenUrl ?? MICROSOFT.tokenUrl.replace('<tenant>', 'contoso.onmicrosoft.com')
    const entityId = platform.db.insert('oauth_entity', {
        name,
        type: 'oauth_provider',
        active: true,
        client_id: clientId,
        client_secret: clientSecret,
        default_grant_type: 'authorization_code',
        auth_url: MICROSOFT.authUrl.replace('<tenant>', 'contoso.onmicrosoft.com'),
        token_url: tokenUrl,
        redirect_url: 'https://example.service-now.com/oauth_redirect.do',
        refresh_token_lifespan: options.refreshTokenLifespan ?? MICROSOFT.refreshTokenLifespanSeconds,
        access_token_lifespan: 3600,
    })
    const profileId = platform.db.insert('oauth_entity_profile', {
        name: `${name} profile`,
        oauth_entity: entityId,
        grant_type: 'authorization_code',
        default: true,
    })
    platform.oauth.provider.registerClient(clientId, clientSecret)
    return { entityId, profileId, name, clientId, clientSecret, tokenUrl }
}

export interface AccountOptions {
    name: string
    type: 'imap' | 'smtp' | 'pop3'
    active: boolean
    authentication: 'oauth2' | 'password'
    userName: string
    /** Authorize it now (tokens from the fake provider, stored for the account). Default true. */
    authorized: boolean
    withRefreshToken: boolean
}

let accountCounter = 0

export function seedEmailAccount(profileId: string | null, options: Partial<AccountOptions> = {}): string {
    accountCounter += 1
    const accountId = platform.db.insert('sys_email_account', {
        name: options.name ?? `Mailbox ${accountCounter}`,
        type: options.type ?? 'imap',
        active: options.active ?? true,
        authentication: options.authentication ?? 'oauth2',
        oauth_profile: profileId ?? '',
        server: MICROSOFT.imap.host,
        port: MICROSOFT.imap.port,
        enable_ssl: true,
        user_name: options.userName ?? `mailbox${accountCounter}@contoso.com`,
    })
    if (profileId && (options.authorized ?? true)) platform.oauth.authorize(accountId, profileId, { withRefreshToken: options.withRefreshToken ?? true })
    return accountId
}

/**
 * The *Connection security* field newer releases show on the email account form (None / STARTTLS /
 * SSL/TLS): a sys_dictionary row on sys_email_account and its sys_choice rows. The column and the
 * stored values are not documented, so the tests vary them; without this seed the stand-in instance
 * is an older release with no such field.
 */
export function seedConnectionSecurityField(
    element = 'connection_security',
    label = 'Connection security',
    choices: { value: string; label: string }[] = [
        { value: '0', label: 'None' },
        { value: '1', label: 'STARTTLS' },
        { value: '2', label: 'SSL/TLS' },
    ],
): void {
    platform.db.insert('sys_dictionary', { name: 'sys_email_account', element: 'server', column_label: 'Server' })
    platform.db.insert('sys_dictionary', { name: 'sys_email_account', element, column_label: label })
    choices.forEach((choice, index) => platform.db.insert('sys_choice', { name: 'sys_email_account', element, value: choice.value, label: choice.label, sequence: index, inactive: false }))
}
