/**
 * Thin: the reads and writes of the certificate switch (plan.ts decides). Every write goes through
 * common/writes.ts and comes back as its result; a refused move undoes the moves already made.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { isTrue } from '../common/fields.ts'
import { insertRecord, updateRecord, type WriteResult } from '../common/writes.ts'
import { CERTIFICATE_PROVIDER, CERTIFICATE_REGISTRY, JWT_CLAIM, PROFILE_LINK, SIGNING_KEY } from '../credentials/certificate-names.ts'
import { readChainOfProfile } from '../credentials/read-chain.ts'
import { MICROSOFT_APP_ONLY } from '../providers.ts'
import { classifyAppOnly } from '../token-keeper/app-only.ts'
import { classifyResponse } from '../token-keeper/classify.ts'
import { requestClientCredentials } from '../token-keeper/oauth-client.ts'
import { instantOf, scopeOf, type PreparedFields, type ProfileMove, type ProfilePair, type Proof, type ProviderFacts, type SwitchAccount } from './plan.ts'

const ACCOUNT_TABLE = 'sys_email_account'

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

export function now(): number {
    return new GlideDateTime().getNumericValue()
}

export function providerFactsOf(gr: GlideRecord): ProviderFacts {
    return {
        sysId: gr.getUniqueValue(),
        name: text(gr.getValue('name')),
        clientId: text(gr.getValue(CERTIFICATE_REGISTRY.field.clientId)).trim(),
        tokenUrl: text(gr.getValue(CERTIFICATE_REGISTRY.field.tokenUrl)).trim(),
        grantType: text(gr.getValue('default_grant_type')),
        active: isTrue(gr.getValue('active')),
    }
}

/** The certificate provider the app ships (by name: its sys_id is the install's). */
export function readCertificateProvider(): ProviderFacts | null {
    const gr = new GlideRecord(CERTIFICATE_REGISTRY.table)
    gr.addQuery('name', CERTIFICATE_PROVIDER.entityName)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? providerFactsOf(gr) : null
}

/** Each provider's app-only profiles by audience, told by the scope linked to the profile. Three queries. */
function profilesByAudience(providerId: string): { graph: string; smtp: string } {
    const found = { graph: '', smtp: '' }
    const link = new GlideRecord('oauth_entity_profile_scope')
    link.addQuery('oauth_entity_profile.oauth_entity', providerId)
    link.query()
    while (link.next()) {
        const scope = text(link.getValue('oauth_entity_scope.oauth_entity_scope'))
        const profile = text(link.getValue('oauth_entity_profile'))
        if (scope === MICROSOFT_APP_ONLY.scope.graph && found.graph === '') found.graph = profile
        if (scope === MICROSOFT_APP_ONLY.scope.smtp && found.smtp === '') found.smtp = profile
    }
    return found
}

export function profilePairs(secretProviderId: string, certificateProviderId: string): ProfilePair[] {
    const secret = profilesByAudience(secretProviderId)
    const certificate = profilesByAudience(certificateProviderId)
    return (['graph', 'smtp'] as const).filter((audience) => secret[audience] !== '').map((audience) => ({ audience, secretProfileId: secret[audience], certificateProfileId: certificate[audience] }))
}

/** Every email account (active or not) whose OAuth profile is one of these. One query. */
export function accountsOn(profileIds: readonly string[]): SwitchAccount[] {
    const ids = profileIds.filter((id) => id !== '')
    if (ids.length === 0) return []
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.addQuery('oauth_profile', 'IN', ids.join(','))
    gr.orderBy('name')
    gr.query()
    const accounts: SwitchAccount[] = []
    while (gr.next()) accounts.push({ sysId: gr.getUniqueValue(), name: text(gr.getValue('name')), profileId: text(gr.getValue('oauth_profile')) })
    return accounts
}

/** The certificate the certificate profile signs with: its name and end (null when unreadable). */
export function certificateEnd(certificateProfileId: string, certificateProviderId: string, at: number): { name: string; ends: number | null } {
    const chain = readChainOfProfile(certificateProfileId, certificateProviderId, at)
    const certificate = chain?.certificate ?? null
    return certificate === null ? { name: '', ends: null } : { name: certificate.name, ends: instantOf(certificate.expires) }
}

/**
 * The proving token request: the client-credentials grant for the account on the certificate
 * profile, as the token keeper makes it. The platform stores the token for the account under that
 * profile, so the account has one the moment it moves.
 */
export function prove(move: ProfileMove, audience: ProfilePair['audience'], at: number): Proof {
    const { response, secrets } = requestClientCredentials(move.sysId, move.to, scopeOf(audience))
    const result = classifyAppOnly(classifyResponse(response, at, secrets))
    return result.kind === 'refreshed' ? { ok: true, code: '', detail: '' } : { ok: false, code: result.code, detail: result.detail }
}

function setProfile(move: ProfileMove, profileId: string): WriteResult | { ok: false; message: string } {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    if (!gr.get(move.sysId)) return { ok: false, message: `The email account '${move.name}' disappeared during the switch.` }
    gr.setValue('oauth_profile', profileId)
    return updateRecord(gr, `OAuth profile of the email account '${move.name}'`)
}

export type MovesApplied = { ok: true } | { ok: false; refused: string; notUndone: ProfileMove[] }

/** Applies the moves in order; on a refused one, moves the accounts already moved back (reverse order). */
export function applyMoves(moves: readonly ProfileMove[]): MovesApplied {
    const done: ProfileMove[] = []
    for (const move of moves) {
        const result = setProfile(move, move.to)
        if (result.ok) {
            done.push(move)
            continue
        }
        const notUndone = done.reverse().filter((made) => !setProfile(made, made.from).ok)
        return { ok: false, refused: result.message, notUndone }
    }
    return { ok: true }
}

/** Writes what Prepare planned on the certificate provider; the claims when the claims table is on this instance. */
export function writePrepared(certificateProviderId: string, jwtProviderId: string, prepared: PreparedFields): { provider: WriteResult | { ok: false; message: string }; claims: 'written' | 'no_table' | 'no_jwt_provider' | { refused: string } } {
    const provider = new GlideRecord(CERTIFICATE_REGISTRY.table)
    if (!provider.get(certificateProviderId)) return { provider: { ok: false, message: `The certificate provider disappeared.` }, claims: 'no_jwt_provider' }
    provider.setValue(CERTIFICATE_REGISTRY.field.clientId, prepared.provider.client_id)
    provider.setValue(CERTIFICATE_REGISTRY.field.tokenUrl, prepared.provider.token_url)
    provider.setValue(CERTIFICATE_REGISTRY.field.clientSecret, prepared.provider.client_secret)
    provider.setValue('active', true)
    const written = updateRecord(provider, `Client ID, Token URL, the dummy Client Secret and Active of '${CERTIFICATE_PROVIDER.entityName}'`)
    if (!written.ok) return { provider: written, claims: 'no_jwt_provider' }
    return { provider: written, claims: jwtProviderId === '' ? 'no_jwt_provider' : writeClaims(jwtProviderId, prepared.claims) }
}

function writeClaims(jwtProviderId: string, claims: PreparedFields['claims']): 'written' | 'no_table' | { refused: string } {
    const probe = new GlideRecord(JWT_CLAIM.table)
    if (!probe.isValid()) return 'no_table'
    for (const [name, value] of Object.entries(claims)) {
        const claim = new GlideRecord(JWT_CLAIM.table)
        claim.addQuery(JWT_CLAIM.field.provider, jwtProviderId)
        claim.addQuery(JWT_CLAIM.field.name, name)
        claim.setLimit(1)
        claim.query()
        const exists = claim.next()
        if (!exists) {
            claim.initialize()
            claim.setValue(JWT_CLAIM.field.provider, jwtProviderId)
            claim.setValue(JWT_CLAIM.field.name, name)
        }
        claim.setValue(JWT_CLAIM.field.value, value)
        const saved = exists ? updateRecord(claim, `the ${name} claim of the JWT provider`) : insertRecord(claim, `the ${name} claim of the JWT provider`)
        if (!saved.ok) return { refused: saved.message }
    }
    return 'written'
}

/** The JWT provider the certificate provider's profiles name ('' when none). */
export function jwtProviderOf(certificateProviderId: string): string {
    const profile = new GlideRecord(PROFILE_LINK.table)
    profile.addQuery('oauth_entity', certificateProviderId)
    profile.addNotNullQuery(PROFILE_LINK.field)
    profile.setLimit(1)
    profile.query()
    return profile.next() ? text(profile.getValue(PROFILE_LINK.field)) : ''
}

/** Points the shipped JWT signing key at a certificate record and activates it. */
export function useCertificate(certificateSysId: string): { ok: true; keyId: string; keyName: string } | { ok: false; message: string } {
    const key = new GlideRecord(SIGNING_KEY.table)
    key.addQuery(SIGNING_KEY.field.name, CERTIFICATE_PROVIDER.signingKeyName)
    key.setLimit(1)
    key.query()
    if (!key.next()) {
        // Renamed to the key's alias by the admin: the key the shipped JWT provider names.
        const named = jwtSigningKeyOfShippedProvider()
        if (named === null || !key.get(named)) return { ok: false, message: `The JWT signing key '${CERTIFICATE_PROVIDER.signingKeyName}' was not found (System OAuth > JWT Keys): reinstall Email OAuth Manager, or set Signing Keystore on your own JWT key.` }
    }
    key.setValue(SIGNING_KEY.field.keystore, certificateSysId)
    key.setValue(SIGNING_KEY.field.active, true)
    const saved = updateRecord(key, `Signing Keystore and Active of the JWT signing key '${text(key.getValue(SIGNING_KEY.field.name))}'`)
    return saved.ok ? { ok: true, keyId: key.getUniqueValue(), keyName: text(key.getValue(SIGNING_KEY.field.name)) } : { ok: false, message: saved.message }
}

function jwtSigningKeyOfShippedProvider(): string | null {
    const jwt = new GlideRecord('jwt_provider')
    jwt.addQuery('name', CERTIFICATE_PROVIDER.jwtProviderName)
    jwt.setLimit(1)
    jwt.query()
    return jwt.next() ? text(jwt.getValue('jwt_keystore_alias')) || null : null
}
