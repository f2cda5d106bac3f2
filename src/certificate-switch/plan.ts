/**
 * Moving app-only mailboxes from a client secret to a certificate without losing mail: pure
 * decisions. records.ts reads and writes; form-actions.ts are the buttons.
 *
 * The shape, like the Basic-auth switch (src/migration/): the certificate side is prepared beside the
 * working secret (the certificate provider of fluent/providers/microsoft-365-app-only-certificate.now.ts,
 * filled from the secret provider); the switch first proves it: one token request per account on the
 * certificate profile, which also stores that account's token there; only when every account got one
 * does it move the accounts' OAuth profile, each in one update; and Undo moves them back while the
 * secret still works. The secret provider is never changed, so nothing stops at any step.
 */
import { CERTIFICATE_PROVIDER, DUMMY_CLIENT_SECRET, JWT_CLAIM, MIN_CERTIFICATE_LIFETIME_AT_SWITCH_MS } from '../credentials/certificate-names.ts'
import { GRANT_TYPE, MICROSOFT_APP_ONLY, PLACEHOLDER } from '../providers.ts'

export type Plan<T> = { ok: true; value: T } | { ok: false; message: string }

export interface ProviderFacts {
    sysId: string
    name: string
    clientId: string
    tokenUrl: string
    grantType: string
    active: boolean
}

/** One app-only profile of each side: the Graph one and the SMTP one. */
export interface ProfilePair {
    audience: 'graph' | 'smtp'
    secretProfileId: string
    certificateProfileId: string
}

export interface SwitchAccount {
    sysId: string
    name: string
    profileId: string
}

/** One account's OAuth profile moved (the whole switch, or its undo, is a list of these). */
export interface ProfileMove {
    sysId: string
    name: string
    from: string
    to: string
}

/** What Prepare writes on the certificate provider and as its JWT provider's claims. */
export interface PreparedFields {
    provider: { client_id: string; token_url: string; client_secret: string; active: true }
    claims: { [name: string]: string }
}

/** The outcome of the proving token request for one account on the certificate profile. */
export interface Proof {
    ok: boolean
    code: string
    detail: string
}

function placeholder(value: string): boolean {
    return value === '' || value === PLACEHOLDER.clientId || value.indexOf(PLACEHOLDER.tenant) >= 0
}

export function planPrepare(secret: ProviderFacts, certificate: ProviderFacts | null): Plan<PreparedFields> {
    if (certificate === null) {
        return { ok: false, message: `The certificate provider '${CERTIFICATE_PROVIDER.entityName}' was not found (System OAuth > Application Registry): reinstall Email OAuth Manager, or set up the chain by hand (docs/certificate-credentials.md).` }
    }
    if (secret.sysId === certificate.sysId) return { ok: false, message: `'${secret.name}' is the certificate provider itself: click Prepare certificate sign-in on the provider whose client secret works today.` }
    if (secret.grantType !== GRANT_TYPE.clientCredentials) {
        return { ok: false, message: `'${secret.name}' does not use Client Credentials (Default grant type is ${secret.grantType || 'empty'}): certificate sign-in is for app-only mailboxes (docs/app-only.md).` }
    }
    if (placeholder(secret.clientId) || placeholder(secret.tokenUrl)) {
        return { ok: false, message: `'${secret.name}' still has a placeholder in Client ID or Token URL: finish the secret setup first (docs/app-only.md); the certificate side copies both from it.` }
    }
    if (!placeholder(certificate.clientId) && certificate.clientId !== secret.clientId) {
        return { ok: false, message: `'${certificate.name}' is already prepared for another app registration (Client ID ${certificate.clientId}); nothing was changed. Switch those mailboxes back first, or set up a second certificate provider by hand (docs/certificate-credentials.md).` }
    }
    return {
        ok: true,
        value: {
            provider: { client_id: secret.clientId, token_url: secret.tokenUrl, client_secret: DUMMY_CLIENT_SECRET, active: true },
            claims: { [JWT_CLAIM.name.audience]: secret.tokenUrl, [JWT_CLAIM.name.issuer]: secret.clientId, [JWT_CLAIM.name.subject]: secret.clientId },
        },
    }
}

/** The scope of the proving token request on a certificate profile. */
export function scopeOf(audience: ProfilePair['audience']): string {
    return audience === 'graph' ? MICROSOFT_APP_ONLY.scope.graph : MICROSOFT_APP_ONLY.scope.smtp
}

/** The moves of a switch (secret -> certificate) or an undo (certificate -> secret), one per account found on a `from` profile. */
export function movesOf(accounts: readonly SwitchAccount[], pairs: readonly ProfilePair[], direction: 'switch' | 'undo'): ProfileMove[] {
    const moves: ProfileMove[] = []
    for (const account of accounts) {
        const pair = pairs.find((candidate) => (direction === 'switch' ? candidate.secretProfileId : candidate.certificateProfileId) === account.profileId)
        if (!pair) continue
        const to = direction === 'switch' ? pair.certificateProfileId : pair.secretProfileId
        if (to !== '') moves.push({ sysId: account.sysId, name: account.name, from: account.profileId, to })
    }
    return moves
}

export interface SwitchFacts {
    secret: ProviderFacts
    certificate: ProviderFacts | null
    moves: ProfileMove[]
    /** The certificate's end as an instant; null when its record or date could not be read. */
    certificateEnds: number | null
    certificateName: string
    now: number
}

/** Everything that refuses a switch before a token is asked for; the moves when it may go on. */
export function planSwitch(facts: SwitchFacts): Plan<ProfileMove[]> {
    const { secret, certificate } = facts
    if (certificate === null || placeholder(certificate.clientId) || certificate.clientId !== secret.clientId || !certificate.active) {
        return { ok: false, message: `Not switched: the certificate side is not prepared for '${secret.name}'. Click Prepare certificate sign-in first. '${secret.name}' keeps the mail flowing.` }
    }
    if (facts.moves.length === 0) return { ok: false, message: `Not switched: no email account uses the app-only profiles of '${secret.name}', so there is nothing to move.` }
    if (facts.certificateEnds === null) {
        return { ok: false, message: `Not switched: the end date of the certificate could not be read (the x509 Certificate record the JWT signing key of '${certificate.name}' names, field Expires), so the switch cannot make sure it outlives the next day. Upload the .jks and point the signing key at it (Use for Email OAuth Manager on the x509 Certificate form). '${secret.name}' keeps the mail flowing.` }
    }
    const left = facts.certificateEnds - facts.now
    if (left < MIN_CERTIFICATE_LIFETIME_AT_SWITCH_MS) {
        const when = left <= 0 ? 'has expired' : `expires in ${Math.max(1, Math.round(left / 3600000))} hour(s)`
        return { ok: false, message: `Not switched: the certificate '${facts.certificateName}' ${when} (${new Date(facts.certificateEnds).toISOString().slice(0, 16).replace('T', ' ')} UTC), and a switch needs at least a day of it. Upload a newer certificate first (Entra and the x509 Certificate form). '${secret.name}' keeps the mail flowing.` }
    }
    return { ok: true, value: facts.moves }
}

/** After the proving requests: the switch goes on only when every account holds a certificate token. */
export function provedOrRefused(moves: readonly ProfileMove[], proofs: ReadonlyMap<string, Proof>, secretName: string): Plan<ProfileMove[]> {
    const failed = moves.filter((move) => !proofs.get(move.sysId)?.ok)
    if (failed.length === 0) return { ok: true, value: moves.slice() }
    const said = failed.map((move) => {
        const proof = proofs.get(move.sysId)
        return `'${move.name}': ${proof ? `${proof.code}${proof.detail ? ` (${proof.detail})` : ''}` : 'no answer'}`
    })
    return { ok: false, message: `Not switched: the certificate did not get a token for ${said.join('; ')}. Look the code up in docs/codes.md, or click Check OAuth setup on the account. Nothing was moved: '${secretName}' keeps the mail flowing.` }
}

/** End of an instance date or date-time as an instant: a bare date counts from its first moment (the earlier reading). */
export function instantOf(value: string): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?/.exec(value.trim())
    if (!match) return null
    return Date.UTC(+match[1], +match[2] - 1, +match[3], +(match[4] ?? 0), +(match[5] ?? 0), +(match[6] ?? 0))
}
