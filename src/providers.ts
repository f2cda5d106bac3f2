/**
 * The one place where each mail provider's OAuth endpoints, scopes and mail servers are written.
 *
 * Read by the Fluent records in `fluent/providers/` (which declare the Application Registry
 * entries, scopes and email accounts), by the setup check on the instance, and by the
 * `email-oauth verify` command on the admin's computer, so the three cannot drift apart.
 *
 * Shaped with named properties, not arrays: Fluent resolves a property path of an imported
 * constant (`MICROSOFT.scope.imap`) but writes an unresolved symbol for an array index.
 */

/** Placeholders the admin replaces on the Application Registry form after installing. */
export const PLACEHOLDER = {
    tenant: '<tenant>',
    instance: '<instance>',
    clientId: '<application (client) id>',
    mailbox: 'mailbox@example.com',
} as const

/** ServiceNow's OAuth callback; the provider must have exactly this URL registered. */
export const REDIRECT_PATH = 'oauth_redirect.do'

/**
 * The callback the instance generates when the provider's Redirect URL is left empty ("Leave the
 * field empty to have the instance auto-generate the URL", ServiceNow docs): `<glide.servlet.uri>`
 * followed by oauth_redirect.do. The presets ship the field empty; this is what to register.
 */
export const INSTANCE_REDIRECT_URL = `https://${PLACEHOLDER.instance}.service-now.com/${REDIRECT_PATH}`

export const MICROSOFT = {
    key: 'microsoft',
    label: 'Microsoft 365',
    entityName: 'Microsoft 365 Email',
    profileName: 'Microsoft 365 Email profile',
    authUrl: 'https://login.microsoftonline.com/<tenant>/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token',
    /** Entra has no RFC 7009 revocation endpoint for these tokens. */
    revokeUrl: '',
    /** Shipped empty: the instance generates INSTANCE_REDIRECT_URL. */
    redirectUrl: '',
    /** Entra refresh tokens live 90 days (rolling); ServiceNow's default of 100 days overstates it. */
    refreshTokenLifespanSeconds: 7776000,
    /**
     * Entra issues a new refresh token with each refresh, so the stored expiry moves forward: a
     * lifespan longer than 90 days makes the instance trust a dead token (KB2132135).
     */
    refreshTokenLifespanBound: 'at_most',
    /** No OAuth API script: Entra returns a refresh token whenever offline_access is granted. */
    oauthApiScript: '',
    scope: {
        imap: 'https://outlook.office.com/IMAP.AccessAsUser.All',
        smtp: 'https://outlook.office.com/SMTP.Send',
        openid: 'openid',
        offlineAccess: 'offline_access',
    },
    imap: { host: 'outlook.office365.com', port: 993, security: 'ssl' },
    smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
} as const

export const GOOGLE = {
    key: 'google',
    label: 'Google Gmail',
    entityName: 'Google Gmail',
    profileName: 'Google Gmail profile',
    authUrl: 'https://accounts.google.com/o/oauth2/auth',
    tokenUrl: 'https://accounts.google.com/o/oauth2/token',
    revokeUrl: 'https://accounts.google.com/o/oauth2/revoke',
    /** Shipped empty: the instance generates INSTANCE_REDIRECT_URL. */
    redirectUrl: '',
    /**
     * 10 years. A Google refresh token in use does not expire by time, and Google does not rotate it
     * on refresh, so the expiry the instance stores at authorization (now + this lifespan) never
     * moves. With 183 days a Gmail account refreshed every hour would be called expired on day 183
     * (and the platform's expired-credential cleanup may delete its token). Google ends a token only
     * by revocation, a password change, 6 months unused (never, while the job refreshes hourly) or
     * 7 days in "Testing": each answers invalid_grant at the next refresh, which the job reports.
     * 10 years never marks a healthy account expired in practice, and fits the integer field.
     */
    refreshTokenLifespanSeconds: 315360000,
    /** The stored expiry never moves (no rotation): a shorter lifespan kills a healthy account. */
    refreshTokenLifespanBound: 'at_least',
    /** ServiceNow's script that adds access_type=offline and prompt=consent (KB0813417). */
    oauthApiScript: 'OAuthGoogleOfflineAccess',
    scope: {
        mail: 'https://mail.google.com/',
    },
    /**
     * Who a token belongs to (identity check). Gmail's users/me/profile answers {"emailAddress"} to a
     * token with https://mail.google.com/ alone; tokeninfo and userinfo name the address only when
     * the email scope was granted, so userinfo is the fallback.
     */
    profileUrl: 'https://gmail.googleapis.com/gmail/v1/users/me/profile',
    userInfoUrl: 'https://openidconnect.googleapis.com/v1/userinfo',
    imap: { host: 'imap.gmail.com', port: 993, security: 'ssl' },
    smtp: { host: 'smtp.gmail.com', port: 587, security: 'starttls' },
} as const

/**
 * Microsoft 365 app-only (client credentials): the app itself holds Entra application permissions,
 * so no person signs in, no refresh token exists and a password reset changes nothing. One
 * provider, two profiles because a client-credentials token carries one audience: Graph for the
 * Microsoft Graph account types, Exchange Online for SMTP with SMTP.SendAsApp.
 *
 * The internal `sys_email_account.type` values of "Microsoft Graph (Receive)" and "Microsoft Graph
 * (Send)" are not in ServiceNow's public docs: only their labels are. So nothing here guesses a
 * value; the Graph accounts ship with Type empty and the setup check reads the instance's own
 * choices (sys_choice for sys_email_account.type) to tell the admin which one to pick.
 */
export const MICROSOFT_APP_ONLY = {
    key: 'microsoft-app-only',
    label: 'Microsoft 365 app-only',
    entityName: 'Microsoft 365 app-only',
    graphProfileName: 'Microsoft 365 app-only Graph profile',
    smtpProfileName: 'Microsoft 365 app-only SMTP profile',
    authUrl: 'https://login.microsoftonline.com/<tenant>/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token',
    grantType: 'client_credentials',
    /** Client credentials accept only `<resource>/.default`: every application permission granted to the app on that resource. */
    scope: {
        graph: 'https://graph.microsoft.com/.default',
        smtp: 'https://outlook.office365.com/.default',
    },
    /** Entra application permissions (admin consent) each account type needs. */
    permission: {
        graphReceive: 'Mail.ReadWrite',
        graphSend: 'Mail.Send',
        smtp: 'SMTP.SendAsApp',
    },
    /** Labels of the platform's account types (the values behind them are read from the instance). */
    accountTypeLabel: {
        graphReceive: 'Microsoft Graph (Receive)',
        graphSend: 'Microsoft Graph (Send)',
    },
    /** The platform plugin behind the Graph account types. */
    graphPlugin: 'com.glide.email.graph',
    graphUrl: 'https://graph.microsoft.com',
    smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
    accessTokenLifespanSeconds: 3600,
} as const

/** Grant types as the platform stores them on oauth_entity.default_grant_type and oauth_entity_profile.grant_type. */
export const GRANT_TYPE = {
    authorizationCode: 'authorization_code',
    clientCredentials: 'client_credentials',
} as const

export type MailServerSecurity = 'ssl' | 'starttls'

export interface MailServerPreset {
    readonly host: string
    readonly port: number
    readonly security: MailServerSecurity
}

export type ProviderPreset = typeof MICROSOFT | typeof GOOGLE

/** Every scope string of a preset, in declaration order. */
export function presetScopes(preset: ProviderPreset): string[] {
    return Object.values(preset.scope)
}
