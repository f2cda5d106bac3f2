/**
 * Setup-check rules on a certificate provider's chain (docs/certificate-credentials.md): the Java Key
 * Store on the instance, the JWT signing key on it, the JWT provider and its claims, the profile's
 * link, the OAuth API script and the dummy client secret. Pure: read-certificate.ts reads the chain.
 *
 * A rule that rests on a name the docs leave open (the claims table, the alias = Name of the signing
 * key) never says "error" on that alone: it says what it could not confirm, and a token the chain
 * obtained (the account's, read by the check) silences the doubts it answers.
 */
import { daysLeft } from '../../credentials/expiry.ts'
import { CERTIFICATE, CERTIFICATE_API_SCRIPT, CERTIFICATE_REGISTRY, JWT_CLAIM, JWT_PROVIDER, PROFILE_LINK, SIGNING_KEY } from '../../credentials/certificate-names.ts'
import { sameThumbprint, thumbprintHex } from '../../credentials/thumbprint.ts'
import type { CertificateChainSnapshot } from '../../credentials/chain.ts'
import type { FindingSpec, RuleFinding } from '../finding.ts'

export const CERTIFICATE_FINDING_CODES = {
    certificate_profile_not_linked: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_signing_key_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_signing_key_inactive: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_signing_key_password_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_inactive: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_not_java_key_store: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_store_password_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_store_unreadable: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_key_alias_not_found: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_expired: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_expiring: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_not_yet_valid: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_expiry_unknown: { severity: 'info', kind: 'configuration', blocksRefresh: false },
    certificate_claims_unread: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_claim_missing: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_claim_audience: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_claim_client_id: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_thumbprint_mismatch: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_not_in_registration: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    certificate_script_not_for_provider: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_dummy_secret_missing: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    certificate_secret_row_ignored: { severity: 'info', kind: 'configuration', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

export type CertificateFindingCode = keyof typeof CERTIFICATE_FINDING_CODES
type Finding = RuleFinding<CertificateFindingCode>

/** Warn this many days ahead (the horizons' first warning). */
export const CERTIFICATE_WARNING_DAYS = 30

export interface CertificateContext {
    providerName: string
    clientId: string
    tokenUrl: string
    clientSecretSet: boolean
    /** The account holds an access token: the chain has worked (answers the doubts a read cannot settle). */
    proved: boolean
}

const KEY_FORM = SIGNING_KEY.form
const PROVIDER_FORM = JWT_PROVIDER.form
const CERT_FORM = CERTIFICATE.form

/** The findings on a certificate chain; none when the snapshot is absent (not a certificate provider, or not read). */
export function certificateFindings(chain: CertificateChainSnapshot | null | undefined, context: CertificateContext): Finding[] {
    if (!chain || typeof chain !== 'object') return []
    const findings: Finding[] = []
    const add = (code: CertificateFindingCode, field: string, message: string): void => {
        findings.push({ code, field, message })
    }
    linkFindings(chain, context, add)
    keyFindings(chain, context, add)
    certificateRecordFindings(chain, context, add)
    claimFindings(chain, context, add)
    thumbprintFindings(chain, context, add)
    secretFindings(chain, context, add)
    return findings
}

type Add = (code: CertificateFindingCode, field: string, message: string) => void

function linkFindings(chain: CertificateChainSnapshot, context: CertificateContext, add: Add): void {
    if (chain.jwtProvider !== null && !chain.profileLinked) {
        add(
            'certificate_profile_not_linked',
            `${PROFILE_LINK.table}.${PROFILE_LINK.field}`,
            `The OAuth API script of '${context.providerName}' signs with the JWT provider '${chain.jwtProvider.name}', but the account's profile does not name it: on the ${PROFILE_LINK.form}, set JWT Provider to '${chain.jwtProvider.name}' (docs: "Specify an OAuth profile").`,
        )
    }
    const script = chain.script
    if (script !== null && chain.jwtProvider !== null && !script.namesJwtProvider) {
        add(
            'certificate_script_not_for_provider',
            `${CERTIFICATE_REGISTRY.table}.${CERTIFICATE_REGISTRY.field.oauthApiScript}`,
            `The OAuth API script '${script.name}' of '${context.providerName}' does not hold the sys_id of the JWT provider '${chain.jwtProvider.name}' (${chain.jwtProvider.sysId}): open the script include '${script.name}' (System Definition > Script Includes) and put that sys_id where your copy of ${CERTIFICATE_API_SCRIPT.template.smtp} / ${CERTIFICATE_API_SCRIPT.template.graph} asks for the JWT provider.`,
        )
    }
}

function keyFindings(chain: CertificateChainSnapshot, context: CertificateContext, add: Add): void {
    if (chain.jwtProvider === null) return
    const key = chain.signingKey
    if (key === null) {
        add('certificate_signing_key_missing', `${JWT_PROVIDER.table}.${JWT_PROVIDER.field.signingKey}`, `The JWT provider '${chain.jwtProvider.name}' has no signing key: on the ${PROVIDER_FORM}, set Signing Configuration to a JWT signing key on your Java Key Store (${KEY_FORM}).`)
        return
    }
    if (!key.active) add('certificate_signing_key_inactive', `${SIGNING_KEY.table}.${SIGNING_KEY.field.active}`, `The JWT signing key '${key.name}' is inactive, so nothing signs the client assertion of '${context.providerName}': tick Active on the ${KEY_FORM}.`)
    if (!key.passwordSet) add('certificate_signing_key_password_missing', `${SIGNING_KEY.table}.${SIGNING_KEY.field.password}`, `The JWT signing key '${key.name}' has no Signing Key Password: on the ${KEY_FORM}, type the password of the private key in your Java Key Store (often the store's password).`)
    if (key.keystoreId === '' || chain.certificate === null) {
        add('certificate_missing', `${SIGNING_KEY.table}.${SIGNING_KEY.field.keystore}`, `The JWT signing key '${key.name}' names no certificate: upload your .jks on the ${CERT_FORM} (Type Java Key Store, Key store password), then set Signing Keystore on the ${KEY_FORM} to it.`)
    }
}

function certificateRecordFindings(chain: CertificateChainSnapshot, context: CertificateContext, add: Add): void {
    const cert = chain.certificate
    if (cert === null) return
    const where = (field: string) => `${CERTIFICATE.table}.${field}`
    if (!cert.active) add('certificate_inactive', where(CERTIFICATE.field.active), `The certificate '${cert.name}' is inactive, and the platform signs only with an active one: tick Active on the ${CERT_FORM}.`)
    if (cert.typeLabel !== '' && cert.typeLabel !== CERTIFICATE.jksTypeLabel) {
        add('certificate_not_java_key_store', where(CERTIFICATE.field.type), `The certificate '${cert.name}' is of type '${cert.typeLabel}'; the signing key needs a ${CERTIFICATE.jksTypeLabel} holding the private key: upload the .jks with Type ${CERTIFICATE.jksTypeLabel} on the ${CERT_FORM}.`)
    }
    if (!cert.passwordSet) {
        add('certificate_store_password_missing', where(CERTIFICATE.field.keyStorePassword), `The certificate '${cert.name}' has no Key store password, so the instance cannot open the store: type it on the ${CERT_FORM}.`)
    } else if (chain.store !== null && !chain.store.ok && !context.proved) {
        add('certificate_store_unreadable', where(CERTIFICATE.field.keyStorePassword), `The instance could not open the Java Key Store '${cert.name}' (${chain.store.reason}): a wrong Key store password, or the attachment is not a .jks. Retype the password on the ${CERT_FORM}, or attach the .jks again; then check that the JWT signing key's Name is the key's alias.`)
    } else if (chain.store?.ok && chain.alias !== null && !chain.alias.ok && !context.proved) {
        const alias = chain.signingKey?.name ?? ''
        add('certificate_key_alias_not_found', `${SIGNING_KEY.table}.${SIGNING_KEY.field.name}`, `The Java Key Store '${cert.name}' opens, but holds no key named '${alias}' (${chain.alias.reason}). If the signing key's Name must be the key's alias on this instance, rename the JWT signing key to the alias in the store (keytool -list -keystore <file>.jks shows it) on the ${KEY_FORM}. A token the chain obtains settles it.`)
    }
    expiryFindings(cert, chain.readAt, context, add)
}

function expiryFindings(cert: NonNullable<CertificateChainSnapshot['certificate']>, now: number, context: CertificateContext, add: Add): void {
    const field = `${CERTIFICATE.table}.${CERTIFICATE.field.expires}`
    const from = daysLeft(cert.validFrom, now)
    if (from !== null && from > 0) {
        add('certificate_not_yet_valid', `${CERTIFICATE.table}.${CERTIFICATE.field.validFrom}`, `The certificate '${cert.name}' is valid only from ${cert.validFrom.trim().slice(0, 10)}: Entra refuses an assertion signed before then. Upload a certificate valid today (${CERT_FORM}), or wait.`)
    }
    const left = daysLeft(cert.expires, now)
    const renew = `make a new certificate, upload its public part to the app registration (Entra ID > App registrations > your app > Certificates & secrets > Certificates > Upload certificate) and its .jks on the ${CERT_FORM}, then point the signing key at it`
    if (left === null) {
        add('certificate_expiry_unknown', field, `The end date of the certificate '${cert.name}' could not be read (Expires is ${cert.expires.trim() === '' ? 'empty' : `'${cert.expires.trim()}'`}), so no warning comes before it ends: open the ${CERT_FORM} and check Expires.`)
    } else if (left < 0) {
        add('certificate_expired', field, `The certificate '${cert.name}' of '${context.providerName}' expired on ${cert.expires.trim().slice(0, 10)}: every token request fails. ${capital(renew)}.`)
    } else if (left <= CERTIFICATE_WARNING_DAYS) {
        add('certificate_expiring', field, `The certificate '${cert.name}' of '${context.providerName}' expires in ${left} day${left === 1 ? '' : 's'} (${cert.expires.trim().slice(0, 10)}). Before then, ${renew}.`)
    }
}

function claimFindings(chain: CertificateChainSnapshot, context: CertificateContext, add: Add): void {
    if (chain.jwtProvider === null) return
    const provider = chain.jwtProvider.name
    const list = JWT_CLAIM.relatedList
    const wanted = `${JWT_CLAIM.name.audience} = ${context.tokenUrl || 'the Token URL'}, ${JWT_CLAIM.name.issuer} = ${JWT_CLAIM.name.subject} = ${context.clientId || 'the Client ID'}`
    const field = `${JWT_CLAIM.table}.${JWT_CLAIM.field.value}`
    if (chain.claims === null) {
        if (!context.proved) add('certificate_claims_unread', field, `The claims of the JWT provider '${provider}' could not be read on this instance, so the check cannot confirm them: in the ${list} of '${provider}', make sure of ${wanted}.`)
        return
    }
    const claims = chain.claims
    const missing = [JWT_CLAIM.name.audience, JWT_CLAIM.name.issuer, JWT_CLAIM.name.subject].filter((name) => !claims[name] || claims[name].every((value) => value.trim() === ''))
    if (missing.length > 0) add('certificate_claim_missing', field, `The JWT provider '${provider}' has no ${missing.join(', ')} claim, and Entra refuses the assertion without it: add it in the ${list} (${wanted}).`)
    const audience = (claims[JWT_CLAIM.name.audience] ?? []).filter((value) => value.trim() !== '')
    if (audience.length > 0 && context.tokenUrl !== '' && !audience.some((value) => sameUrl(value, context.tokenUrl))) {
        add('certificate_claim_audience', field, `The ${JWT_CLAIM.name.audience} claim of '${provider}' is '${audience[0]}', but Entra accepts only its token endpoint, the Token URL of '${context.providerName}' (${context.tokenUrl}; AADSTS700023 otherwise): set ${JWT_CLAIM.name.audience} to it in the ${list}.`)
    }
    for (const name of [JWT_CLAIM.name.issuer, JWT_CLAIM.name.subject]) {
        const values = (claims[name] ?? []).filter((value) => value.trim() !== '')
        if (values.length > 0 && context.clientId !== '' && !values.some((value) => value.trim() === context.clientId)) {
            add('certificate_claim_client_id', field, `The ${name} claim of '${provider}' is '${values[0]}', not the Client ID of '${context.providerName}' (${context.clientId}); Entra wants ${JWT_CLAIM.name.issuer} and ${JWT_CLAIM.name.subject} both to be the application (client) id (AADSTS700021 otherwise): set it in the ${list}.`)
        }
    }
}

function thumbprintFindings(chain: CertificateChainSnapshot, context: CertificateContext, add: Add): void {
    const reading = chain.alias?.ok ? chain.alias : chain.store?.ok ? chain.store : null
    const thumbprint = reading ? thumbprintHex(reading.thumbprint) : null
    if (thumbprint === null) return
    const key = chain.signingKey
    if (key !== null && key.x5t.trim() !== '' && !sameThumbprint(key.x5t, thumbprint)) {
        add('certificate_thumbprint_mismatch', `${SIGNING_KEY.table}.${SIGNING_KEY.field.thumbprint}`, `The x5t thumbprint on the JWT signing key '${key.name}' (${key.x5t.trim()}) is not the thumbprint of the certificate in its store (SHA-1 ${thumbprint}): Entra looks the certificate up by it. Clear the field or set it to ${thumbprint} on the ${KEY_FORM}.`)
    }
    if (chain.script !== null && chain.script.namesThumbprint === false) {
        add('certificate_thumbprint_mismatch', `${CERTIFICATE_API_SCRIPT.table}.script`, `The OAuth API script '${chain.script.name}' does not hold the thumbprint of the certificate in the store (SHA-1 ${thumbprint}): put it where your copy of the template asks for the SHA-1 thumbprint (System Definition > Script Includes; docs: "Generate SHA-1 thumbprint").`)
    }
    const registered = chain.registrationThumbprints
    if (registered !== null && !registered.some((known) => sameThumbprint(known, thumbprint))) {
        add('certificate_not_in_registration', `${CERTIFICATE.table}.${CERTIFICATE.field.name}`, `Entra does not list the certificate of '${context.providerName}' (SHA-1 ${thumbprint}) on the app registration ${context.clientId}, so it refuses the assertion (AADSTS700027): upload the public certificate (.cer/.pem) under Entra ID > App registrations > your app > Certificates & secrets > Certificates > Upload certificate.`)
    }
}

function secretFindings(chain: CertificateChainSnapshot, context: CertificateContext, add: Add): void {
    const field = `${CERTIFICATE_REGISTRY.table}.${CERTIFICATE_REGISTRY.field.clientSecret}`
    if (!context.clientSecretSet) {
        add('certificate_dummy_secret_missing', field, `Client Secret of '${context.providerName}' is empty. With a certificate it is not used, but the platform expects a value there (docs: "When using certificates, the Client Secret is a dummy value"): type any placeholder, for example certificate-sign-in-not-a-secret, on the Application Registry form.`)
    }
    if (chain.typedSecretRows > 0) {
        add('certificate_secret_row_ignored', 'x_mail_oauth_provider_credential.kind', `'${context.providerName}' signs with a certificate, so the client secret expiry typed in the Email OAuth Manager > Client credentials list does not stop its mail: the certificate's own end date is read from the instance. Deactivate that row, or leave it for a secret you still use elsewhere.`)
    }
}

function sameUrl(a: string, b: string): boolean {
    const normal = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase()
    return normal(a) === normal(b)
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1)
}
