/**
 * The certificate chain of an app-only provider: every table, field and value the app reads and
 * writes for certificate client credentials, in one place (docs/certificate-credentials.md).
 *
 * The chain ServiceNow documents (docs "Set up OAuth provider with JWT Bearer grant type",
 * "Configure client credential flow for SMTP OAuth2 using certificate-based authentication",
 * "Configure an OAuth profile to use certificates for authentication with Microsoft Azure"):
 *
 *   sys_certificate (Java Key Store, key store password)
 *     <- jwt_keystore_aliases.signing_keystore   (JWT signing key: alias name, key password)
 *     <- jwt_provider.jwt_keystore_alias         (JWT provider; claims aud, iss, sub)
 *     <- oauth_entity_profile.jwt_provider       (the provider's profiles)
 *   oauth_entity.oauth_api_script -> a global copy of EmailCertificateOAuthTemplate (SMTP) or
 *     GraphCertificateOAuthTemplate (Graph) holding the JWT provider's sys_id and the certificate's
 *     SHA-1 thumbprint; its name begins with "OAuth". oauth_entity.client_secret is then a dummy.
 *
 * Field names are those of the instance's own table typings (jwt_keystore_aliases, jwt_provider,
 * oauth_entity_profile; the sys_certificate columns as dot-walked from jwt_keystore_aliases).
 * Where a name is NOT confirmed it says so, and the readers check the table and field exist
 * before trusting them (GlideRecord.isValid of the table); the instance probe confirms them.
 *
 * Shaped with named properties, not arrays: Fluent resolves a property path of an imported constant.
 */

/** The x509 Certificate form (All > Multi-Provider SSO > x509 Certificate): the Java Key Store. */
export const CERTIFICATE = {
    table: 'sys_certificate',
    form: 'x509 Certificate form (All > Multi-Provider SSO > x509 Certificate)',
    field: {
        name: 'name',
        active: 'active',
        /** Choice; the docs name the label only ("Java Key Store"): the readers compare the display value. */
        type: 'type',
        /** The certificate's end date as the platform read it from the uploaded store (a date, yyyy-MM-dd[ HH:mm:ss]). */
        expires: 'expires',
        validFrom: 'valid_from',
        /** password2: never read by the app, only tested for presence. */
        keyStorePassword: 'key_store_password',
    },
    /** The display value of `type` for a Java Key Store (docs). Its stored value is unconfirmed. */
    jksTypeLabel: 'Java Key Store',
} as const

/** The JWT Keys form (All > System OAuth > JWT Keys): the signing key on the store. */
export const SIGNING_KEY = {
    table: 'jwt_keystore_aliases',
    form: 'JWT Keys form (All > System OAuth > JWT Keys)',
    field: {
        /**
         * Name of the signing configuration. UNCONFIRMED that it must equal the key's alias in the store
         * (the table is "keystore aliases"; the docs ask for the alias only in the thumbprint script):
         * the alias check tries this name and is a warning, silenced once a token request proves the chain.
         */
        name: 'name',
        /** "Signing Keystore": reference to sys_certificate. */
        keystore: 'signing_keystore',
        /** "Signing Key Password": password2, never read by the app. */
        password: 'signing_key_password',
        /** "Signing Algorithm": RSA 256 is the only one offered (docs). */
        algorithm: 'signing_algorithm',
        /** "Key ID" (kid header), optional. */
        keyId: 'kid',
        /** "X.509 Certificate SHA-1 Thumbprint (x5t)": on the table, not on the default form (docs note). */
        thumbprint: 'certificate_thumbprint',
        active: 'active',
        /** The key's own expiry (date/time); filled by the platform or empty. Read as a second source only. */
        expiry: 'expiry',
    },
} as const

/** The JWT Provider form (All > System OAuth > JWT Provider). */
export const JWT_PROVIDER = {
    table: 'jwt_provider',
    form: 'JWT Provider form (All > System OAuth > JWT Provider)',
    field: {
        name: 'name',
        /** "Signing Configuration": reference to jwt_keystore_aliases. */
        signingKey: 'jwt_keystore_alias',
        /** "Expiry Interval (sec)": lifetime of each assertion. */
        expiryInterval: 'expiry_interval',
    },
    /** Assertion lifetime the app writes; Entra accepts short-lived assertions (minutes). */
    expiryIntervalSeconds: 300,
} as const

/**
 * The claims of a JWT provider (the "Standard Claims" related list on its form). UNCONFIRMED table
 * and column names: the public docs and table typings name only the claims (aud, iss, sub). The
 * readers check the table and columns exist; when they do not, the check says the claims were not
 * read and the fix names the related list to fill by hand (docs/certificate-credentials.md).
 */
export const JWT_CLAIM = {
    table: 'jwt_standard_claim',
    relatedList: 'Standard Claims related list on the JWT Provider form',
    confirmed: false,
    field: {
        provider: 'jwt_provider',
        name: 'name',
        value: 'value',
    },
    /** Entra: aud = the tenant's v2.0 token endpoint; iss = sub = the application (client) id. */
    name: {
        audience: 'aud',
        issuer: 'iss',
        subject: 'sub',
    },
} as const

/** The provider/profile link: the profile names the JWT provider that signs its client assertion. */
export const PROFILE_LINK = {
    table: 'oauth_entity_profile',
    field: 'jwt_provider',
    form: 'OAuth Entity Profile form',
} as const

/** The Application Registry side of a certificate provider. */
export const CERTIFICATE_REGISTRY = {
    table: 'oauth_entity',
    form: 'Application Registry form',
    field: {
        clientId: 'client_id',
        /** password2: holds DUMMY_CLIENT_SECRET on a certificate provider; never read back by the app. */
        clientSecret: 'client_secret',
        tokenUrl: 'token_url',
        oauthApiScript: 'oauth_api_script',
    },
} as const

/** The OAuth API script the docs have the admin copy (global script include, name starting "OAuth"). */
export const CERTIFICATE_API_SCRIPT = {
    table: 'sys_script_include',
    namePrefix: 'OAuth',
    template: {
        smtp: 'EmailCertificateOAuthTemplate',
        graph: 'GraphCertificateOAuthTemplate',
    },
} as const

/**
 * What the guided action writes into Client Secret of a certificate provider: the docs say the
 * field holds "a dummy value" with certificates. Recognisable, so no one mistakes it for a secret
 * (the app never decrypts it; it knows a certificate provider by its JWT provider link instead).
 */
export const DUMMY_CLIENT_SECRET = 'certificate-sign-in-not-a-secret'

/** The thumbprint Entra knows a certificate by (x5t header; Entra's keyCredentials customKeyIdentifier). */
export const THUMBPRINT_ALGORITHM = 'SHA-1'

/**
 * The certificate side the app ships beside the secret provider (fluent/providers/
 * microsoft-365-app-only-certificate.now.ts): first install, inactive, placeholders where the value
 * is the admin's. Switching an account from the secret to the certificate moves its OAuth profile
 * from MICROSOFT_APP_ONLY's profile to the matching one here (src/certificate-switch/).
 */
export const CERTIFICATE_PROVIDER = {
    entityName: 'Microsoft 365 app-only (certificate)',
    graphProfileName: 'Microsoft 365 app-only Graph profile (certificate)',
    smtpProfileName: 'Microsoft 365 app-only SMTP profile (certificate)',
    jwtProviderName: 'Email OAuth Manager Microsoft 365 certificate',
    signingKeyName: 'Email OAuth Manager Microsoft 365 signing key',
} as const

/** Refused at switch time when the certificate ends sooner than this (issue 25). */
export const MIN_CERTIFICATE_LIFETIME_AT_SWITCH_MS = 86400000
