/**
 * Thin: reads a profile's certificate chain (chain.ts, docs/certificate-credentials.md) on the
 * instance. Decides nothing. A table, record or call the instance refuses becomes null or a
 * not-ok reading, never an exception: the rules say what could not be read. No password is read:
 * password fields are tested for presence only, and the store is opened by the platform's own
 * CertificateEncryption with the password it holds.
 */
import { CertificateEncryption, GlideRecord } from '@servicenow/glide'
import { isTrue } from '../common/fields.ts'
import { redact } from '../common/redact.ts'
import { CREDENTIAL_TABLE } from '../common/app.ts'
import { CERTIFICATE, CERTIFICATE_API_SCRIPT, CERTIFICATE_REGISTRY, JWT_CLAIM, JWT_PROVIDER, PROFILE_LINK, SIGNING_KEY, THUMBPRINT_ALGORITHM } from './certificate-names.ts'
import type { CertificateChainSnapshot, StoreReading } from './chain.ts'
import { CREDENTIAL_SOURCE } from './sources.ts'
import { sameThumbprint } from './thumbprint.ts'

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

function record(table: string, sysId: string): GlideRecord | null {
    if (sysId === '') return null
    try {
        const gr = new GlideRecord(table)
        if (!gr.isValid() || !gr.get(sysId)) return null
        return gr
    } catch {
        return null
    }
}

/** Where a profile's chain starts: the values of the profile and provider records the caller holds. */
export interface ChainStart {
    profileId: string
    providerId: string
    /** oauth_entity_profile.jwt_provider. */
    jwtProviderId: string
    /** oauth_entity.oauth_api_script. */
    scriptId: string
    clientId: string
    /** The provider signs in with client credentials: only then can an OAuth API script carry a certificate. */
    clientCredentials: boolean
}

/** The start of a chain from the profile and provider records. */
export function chainStartOf(profile: GlideRecord, provider: GlideRecord): ChainStart {
    const grant = text(profile.getValue('grant_type')) || text(provider.getValue('default_grant_type'))
    return {
        profileId: profile.getUniqueValue(),
        providerId: provider.getUniqueValue(),
        jwtProviderId: text(profile.getValue(PROFILE_LINK.field)),
        scriptId: text(provider.getValue(CERTIFICATE_REGISTRY.field.oauthApiScript)),
        clientId: text(provider.getValue(CERTIFICATE_REGISTRY.field.clientId)).trim(),
        clientCredentials: grant === 'client_credentials',
    }
}

/** The chain of a profile read by sys_id (two reads more than readChain). */
export function readChainOfProfile(profileId: string, providerId: string, now: number): CertificateChainSnapshot | null {
    const profile = record(PROFILE_LINK.table, profileId)
    const provider = record(CERTIFICATE_REGISTRY.table, providerId)
    return profile && provider ? readChain(chainStartOf(profile, provider), now) : null
}

/**
 * The chain of the profile's provider, or null when the provider does not sign with a certificate
 * (the profile names no JWT provider, and no OAuth API script of a client-credentials provider names
 * one). No query at all for such a provider.
 */
export function readChain(start: ChainStart, now: number): CertificateChainSnapshot | null {
    const script = start.jwtProviderId === '' && !start.clientCredentials ? null : readScript(start.scriptId)
    const jwtId = start.jwtProviderId || (script ? jwtProviderNamedIn(script.text) : '')
    if (jwtId === '') return null
    const jwt = record(JWT_PROVIDER.table, jwtId)
    const jwtProvider = jwt ? { sysId: jwtId, name: text(jwt.getValue(JWT_PROVIDER.field.name)), signingKeyId: text(jwt.getValue(JWT_PROVIDER.field.signingKey)) } : null
    const key = record(SIGNING_KEY.table, jwtProvider?.signingKeyId ?? '')
    const signingKey = key
        ? {
              sysId: key.getUniqueValue(),
              name: text(key.getValue(SIGNING_KEY.field.name)),
              active: isTrue(key.getValue(SIGNING_KEY.field.active)),
              passwordSet: key.getElement(SIGNING_KEY.field.password)?.nil() === false,
              x5t: text(key.getValue(SIGNING_KEY.field.thumbprint)),
              keystoreId: text(key.getValue(SIGNING_KEY.field.keystore)),
          }
        : null
    const cert = record(CERTIFICATE.table, signingKey?.keystoreId ?? '')
    const certificate = cert
        ? {
              sysId: cert.getUniqueValue(),
              name: text(cert.getValue(CERTIFICATE.field.name)),
              active: isTrue(cert.getValue(CERTIFICATE.field.active)),
              typeLabel: text(cert.getDisplayValue(CERTIFICATE.field.type)),
              // Whether a password is set, without its (encrypted) value ever reaching the app's code.
              passwordSet: cert.getElement(CERTIFICATE.field.keyStorePassword)?.nil() === false,
              expires: text(cert.getValue(CERTIFICATE.field.expires)) || (key ? text(key.getValue(SIGNING_KEY.field.expiry)) : ''),
              validFrom: text(cert.getValue(CERTIFICATE.field.validFrom)),
          }
        : null
    // The documented call first (docs "Generate SHA-1 thumbprint": the store and the key's alias); only when it
    // fails, the store alone, to tell a wrong password (or a file that is no store) from an alias not in it.
    const api = certificateApi()
    const alias = api && certificate && signingKey && certificate.passwordSet ? thumbprint(() => api.getThumbPrintFromKeyStore(certificate.sysId, signingKey.name, THUMBPRINT_ALGORITHM)) : null
    const store = api === null || alias === null || alias.ok ? alias : thumbprint(() => api.getThumbPrint(certificate?.sysId ?? '', THUMBPRINT_ALGORITHM))
    const known = alias?.ok ? alias.thumbprint : store?.ok ? store.thumbprint : null
    return {
        jwtProvider,
        profileLinked: start.jwtProviderId !== '',
        signingKey,
        certificate,
        store,
        alias,
        claims: jwtProvider ? readClaims(jwtProvider.sysId) : null,
        script: script ? { name: script.name, namesJwtProvider: jwtProvider !== null && script.text.indexOf(jwtProvider.sysId) >= 0, namesThumbprint: known === null ? null : namesThumbprint(script.text, known) } : null,
        registrationThumbprints: readRegistrationThumbprints(start.clientId),
        typedSecretRows: countTypedSecretRows(start.providerId),
        readAt: now,
    }
}

/**
 * The platform's CertificateEncryption, or null when this scope cannot call it (UNCONFIRMED: its
 * cross-scope access; see fluent/access-certificate.now.ts). Then the store is not opened at all and
 * nothing is said about it: a refused call is not a wrong password.
 */
function certificateApi(): Pick<typeof CertificateEncryption, 'getThumbPrint' | 'getThumbPrintFromKeyStore'> | null {
    try {
        return typeof CertificateEncryption?.getThumbPrintFromKeyStore === 'function' && typeof CertificateEncryption.getThumbPrint === 'function' ? CertificateEncryption : null
    } catch {
        return null
    }
}

/** The platform refusing the call itself (scope access), as opposed to the store refusing to open. */
const CALL_REFUSED = /not allowed|access to .* (is )?(denied|restricted)|is not defined|is not a function|security restricted/i

/**
 * A thumbprint from the platform; an exception or an empty answer is a not-ok reading with the
 * reason, except a refused call, which is null (not read).
 */
function thumbprint(read: () => string): StoreReading {
    try {
        const value = text(read()).trim()
        return value === '' ? { ok: false, reason: 'the instance returned no thumbprint' } : { ok: true, thumbprint: value }
    } catch (error) {
        const reason = redact(String(error)).slice(0, 200)
        return CALL_REFUSED.test(reason) ? null : { ok: false, reason }
    }
}

/** The provider's OAuth API script include: name and text; null without one or when unreadable. */
function readScript(scriptId: string): { name: string; text: string } | null {
    const script = record(CERTIFICATE_API_SCRIPT.table, scriptId)
    return script ? { name: text(script.getValue('name')), text: text(script.getValue('script')) } : null
}

/** The sys_id of the JWT provider a script's text names (the docs' template holds it as a string). */
function jwtProviderNamedIn(script: string): string {
    for (const candidate of script.match(/\b[0-9a-f]{32}\b/g) ?? []) if (record(JWT_PROVIDER.table, candidate)) return candidate
    return ''
}

function namesThumbprint(script: string, thumbprintValue: string): boolean {
    return (script.match(/[0-9A-Fa-f:]{40,59}|[A-Za-z0-9+/_-]{27}=?/g) ?? []).some((candidate) => sameThumbprint(candidate, thumbprintValue))
}

/** The claims of a JWT provider by name; null when the claims table is not there (unconfirmed name: JWT_CLAIM). */
function readClaims(jwtProviderId: string): { [name: string]: string[] } | null {
    try {
        const claim = new GlideRecord(JWT_CLAIM.table)
        if (!claim.isValid()) return null
        claim.addQuery(JWT_CLAIM.field.provider, jwtProviderId)
        claim.query()
        const claims: { [name: string]: string[] } = {}
        while (claim.next()) {
            const name = text(claim.getValue(JWT_CLAIM.field.name)).trim()
            if (name !== '') (claims[name] = claims[name] ?? []).push(text(claim.getValue(JWT_CLAIM.field.value)))
        }
        return claims
    } catch {
        return null
    }
}

/** Thumbprints of the certificates Entra lists for the client id (read by the Entra sync); null when never read. */
function readRegistrationThumbprints(clientId: string): string[] | null {
    if (clientId === '') return null
    const row = new GlideRecord(CREDENTIAL_TABLE)
    row.addQuery('source', CREDENTIAL_SOURCE.entra)
    row.addQuery('provider.client_id', clientId)
    row.query()
    let read = false
    const thumbprints: string[] = []
    while (row.next()) {
        read = true
        if (text(row.getValue('kind')) === 'certificate') thumbprints.push(text(row.getValue('source_record')))
    }
    return read ? thumbprints : null
}

function countTypedSecretRows(providerId: string): number {
    const row = new GlideRecord(CREDENTIAL_TABLE)
    row.addQuery('provider', providerId)
    row.addQuery('kind', 'secret')
    // Rows typed before the Source column existed have none: they are the admin's too.
    row.addEncodedQuery(`source=${CREDENTIAL_SOURCE.manual}^ORsourceISEMPTY`)
    row.addQuery('active', true)
    row.query()
    return row.getRowCount()
}
