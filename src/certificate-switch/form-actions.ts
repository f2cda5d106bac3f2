/**
 * The buttons of the certificate switch: Prepare certificate sign-in, Switch to certificate and Undo
 * certificate switch on the Application Registry form of the working secret provider, and Use for
 * Email OAuth Manager on the x509 Certificate form. Each says what it did, or why it refused and in
 * which state it left the accounts, as a form message.
 */
import { gs, type GlideAction, type GlideRecord } from '@servicenow/glide'
import { CERTIFICATE, CERTIFICATE_API_SCRIPT, CERTIFICATE_PROVIDER, JWT_CLAIM } from '../credentials/certificate-names.ts'
import { movesOf, planPrepare, planSwitch, provedOrRefused, type ProfileMove, type ProfilePair, type Proof } from './plan.ts'
import { accountsOn, applyMoves, certificateEnd, jwtProviderOf, now, profilePairs, prove, providerFactsOf, readCertificateProvider, useCertificate, writePrepared, type MovesApplied } from './records.ts'

export function prepareCertificateSignIn(current: GlideRecord, action: GlideAction): void {
    const secret = providerFactsOf(current)
    const certificate = readCertificateProvider()
    const plan = planPrepare(secret, certificate)
    action.setRedirectURL(current)
    if (!plan.ok || certificate === null) {
        gs.addErrorMessage(plan.ok ? 'Not prepared.' : plan.message)
        return
    }
    const jwtProviderId = jwtProviderOf(certificate.sysId)
    const written = writePrepared(certificate.sysId, jwtProviderId, plan.value)
    if (!written.provider.ok) {
        gs.addErrorMessage(`Not prepared: ${written.provider.message} '${secret.name}' keeps the mail flowing; nothing was changed.`)
        return
    }
    const claims =
        written.claims === 'written'
            ? 'the JWT provider claims aud, iss and sub'
            : `not the JWT provider claims (${written.claims === 'no_table' ? 'this instance has no claims table under the name the app knows' : written.claims === 'no_jwt_provider' ? 'no JWT provider is named by its profiles' : written.claims.refused}): add them in the ${JWT_CLAIM.relatedList}: aud = ${plan.value.provider.token_url}, iss = sub = ${plan.value.provider.client_id}`
    gs.addInfoMessage(
        `Prepared '${CERTIFICATE_PROVIDER.entityName}' from '${secret.name}': Client ID, Token URL, a dummy Client Secret, Active, and ${claims}. '${secret.name}' keeps the mail flowing. Next: ` +
            `1. in Entra ID > App registrations > your app > Certificates & secrets > Certificates, upload the public certificate (.cer); ` +
            `2. on the ${CERTIFICATE.form}, create a record of Type ${CERTIFICATE.jksTypeLabel} with your .jks attached and its Key store password, and click Use for Email OAuth Manager; ` +
            `3. on the JWT Keys form, type the Signing Key Password; ` +
            `4. copy ${CERTIFICATE_API_SCRIPT.template.graph} (Graph) or ${CERTIFICATE_API_SCRIPT.template.smtp} (SMTP) to a script include whose name begins with OAuth, enter the JWT provider sys_id ${jwtProviderId || '(see the JWT Provider form)'} and the SHA-1 thumbprint, and set it as OAuth API Script of '${CERTIFICATE_PROVIDER.entityName}'; ` +
            `5. click Switch to certificate here.`,
    )
}

export function switchToCertificate(current: GlideRecord, action: GlideAction): void {
    const secret = providerFactsOf(current)
    const certificate = readCertificateProvider()
    action.setRedirectURL(current)
    const pairs = certificate ? profilePairs(secret.sysId, certificate.sysId) : []
    const moves = movesOf(accountsOn(pairs.map((pair) => pair.secretProfileId)), pairs, 'switch')
    const at = now()
    const ends = certificate && pairs.length > 0 ? certificateEnd(pairs[0].certificateProfileId, certificate.sysId, at) : { name: '', ends: null }
    const plan = planSwitch({ secret, certificate, moves, certificateEnds: ends.ends, certificateName: ends.name, now: at })
    if (!plan.ok) {
        gs.addErrorMessage(plan.message)
        return
    }
    const proofs = new Map<string, Proof>()
    for (const move of plan.value) proofs.set(move.sysId, prove(move, audienceOf(move, pairs), at))
    const proved = provedOrRefused(plan.value, proofs, secret.name)
    if (!proved.ok) {
        gs.addErrorMessage(proved.message)
        return
    }
    report(applyMoves(proved.value), proved.value, `Switched ${proved.value.length} account(s) to the certificate ('${CERTIFICATE_PROVIDER.entityName}'): ${names(proved.value)}. Each holds a token from the certificate already. '${secret.name}' is unchanged, so Undo certificate switch brings them back while its secret works.`)
}

export function undoCertificateSwitch(current: GlideRecord, action: GlideAction): void {
    const secret = providerFactsOf(current)
    const certificate = readCertificateProvider()
    action.setRedirectURL(current)
    const pairs = certificate ? profilePairs(secret.sysId, certificate.sysId) : []
    const moves = movesOf(accountsOn(pairs.map((pair) => pair.certificateProfileId)), pairs, 'undo')
    if (moves.length === 0) {
        gs.addErrorMessage(`Nothing to undo: no email account uses the certificate profiles of '${CERTIFICATE_PROVIDER.entityName}' for '${secret.name}'.`)
        return
    }
    report(applyMoves(moves), moves, `Switched back ${moves.length} account(s) to the client secret of '${secret.name}': ${names(moves)}. The token keeper requests their tokens with the secret at its next run; the certificate side stays prepared for the next try.`)
}

/** On the x509 Certificate form: the shipped JWT signing key signs with this store from now on. */
export function useCertificateForEmail(current: GlideRecord, action: GlideAction): void {
    action.setRedirectURL(current)
    const used = useCertificate(current.getUniqueValue())
    if (!used.ok) {
        gs.addErrorMessage(`Not linked: ${used.message}`)
        return
    }
    gs.addInfoMessage(`The JWT signing key '${used.keyName}' now signs with this certificate and is active. Next: open it (System OAuth > JWT Keys) and type the Signing Key Password; then Switch to certificate on your secret provider's Application Registry form.`)
}

function audienceOf(move: ProfileMove, pairs: readonly ProfilePair[]): ProfilePair['audience'] {
    return pairs.find((pair) => pair.certificateProfileId === move.to)?.audience ?? 'graph'
}

function names(moves: readonly ProfileMove[]): string {
    return moves.map((move) => `'${move.name}'`).join(', ')
}

function report(applied: MovesApplied, moves: readonly ProfileMove[], success: string): void {
    if (applied.ok) {
        gs.addInfoMessage(success)
        return
    }
    const left = applied.notUndone.length === 0 ? 'The accounts already moved were moved back: every account is as it was.' : `These accounts could not be moved back and keep the new profile: ${names(applied.notUndone)} (their mail flows on it).`
    gs.addErrorMessage(`Stopped: ${applied.refused} ${left} ${moves.length} account(s) were to move.`)
}
