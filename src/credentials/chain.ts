/**
 * The certificate chain of one OAuth profile as read on the instance (read-chain.ts reads it; the
 * setup check, the horizons and the certificate switch decide on it). Types only.
 */

/** What came of opening the store with the instance's own API (CertificateEncryption). */
export type StoreReading = { ok: true; thumbprint: string } | { ok: false; reason: string } | null

/** The chain as read on the instance; every part null when absent, a value the way getValue gives it. */
export interface CertificateChainSnapshot {
    /** The JWT provider the profile names, or (when the profile names none) the one the API script names. */
    jwtProvider: { sysId: string; name: string; signingKeyId: string } | null
    /** Whether the account's profile names the JWT provider (oauth_entity_profile.jwt_provider). */
    profileLinked: boolean
    signingKey: { sysId: string; name: string; active: boolean; passwordSet: boolean; x5t: string; keystoreId: string } | null
    certificate: { sysId: string; name: string; active: boolean; typeLabel: string; passwordSet: boolean; expires: string; validFrom: string } | null
    /** The store opened at the signing key's alias (its Name), the documented call; null when not tried. */
    alias: StoreReading
    /** The store opened: the alias reading when it worked, else the store alone (password right, a store it can read); null when not tried. */
    store: StoreReading
    /** The claims by name (several rows of one name are all kept); null when the claims could not be read. */
    claims: { [name: string]: string[] } | null
    /** The provider's OAuth API script: its name and what its text holds; null without one (or unreadable). */
    script: { name: string; namesJwtProvider: boolean; namesThumbprint: boolean | null } | null
    /** The thumbprints of the certificates Entra lists on the app registration; null when not read from Entra. */
    registrationThumbprints: string[] | null
    /** Client credentials rows of kind "secret" the admin typed for this provider. */
    typedSecretRows: number
    /** When the chain was read (epoch ms): the clock of the expiry rules. */
    readAt: number
}

