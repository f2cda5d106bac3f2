/**
 * Client secret end dates read from Entra, not typed: what Microsoft Graph answers to
 * GET /v1.0/applications(appId='{client id}')?$select=passwordCredentials,keyCredentials (Graph
 * reference "Get application": application permission Application.Read.All, which the admin grants
 * the app registration) becomes Client credentials rows (sources.ts). Pure; entra-read.ts is the adapter.
 *
 * - A client secret (passwordCredentials) that has not ended yet: an active row of kind secret. Which
 *   of several secrets the instance holds cannot be told (the app never decrypts Client Secret), so
 *   each one is a row, its note naming the secret by its display name and hint: the warnings come for
 *   the first to end, and say which it is. A secret already ended is no row: if the instance used it,
 *   the token keeper reports client_secret_expired at once; if not, it is no warning.
 * - A certificate (keyCredentials): an inactive row of kind certificate holding its thumbprint, for the
 *   setup check (certificate_not_in_registration); its end date counts through the certificate record.
 */
import { CREDENTIAL_SOURCE, dayOf, type ObservedCredential } from './sources.ts'
import { thumbprintHex } from './thumbprint.ts'

export const GRAPH_APPLICATION_PERMISSION = 'Application.Read.All'

/** The Graph request that reads the app registration's credentials. */
export function applicationUrl(graphBase: string, clientId: string): string {
    return `${graphBase.replace(/\/+$/, '')}/v1.0/applications(appId='${encodeURIComponent(clientId)}')?$select=passwordCredentials,keyCredentials`
}

interface GraphCredential {
    keyId: string
    displayName: string
    endDateTime: string
    hint: string
    customKeyIdentifier: string
}

export type EntraAnswer = { ok: true; secrets: GraphCredential[]; certificates: GraphCredential[] } | { ok: false; code: EntraReadCode; detail: string }

/** Why the read gave no dates; the rows already written stay as they are. */
export type EntraReadCode = 'entra_read_not_permitted' | 'entra_read_not_found' | 'entra_read_failed'

function credentialsOf(value: unknown): GraphCredential[] {
    if (!Array.isArray(value)) return []
    return value
        .filter((entry): entry is Record<string, unknown> => entry !== null && typeof entry === 'object')
        .map((entry) => ({
            keyId: typeof entry.keyId === 'string' ? entry.keyId : '',
            displayName: typeof entry.displayName === 'string' ? entry.displayName : '',
            endDateTime: typeof entry.endDateTime === 'string' ? entry.endDateTime : '',
            hint: typeof entry.hint === 'string' ? entry.hint : '',
            customKeyIdentifier: typeof entry.customKeyIdentifier === 'string' ? entry.customKeyIdentifier : '',
        }))
        .filter((entry) => entry.keyId !== '' && dayOf(entry.endDateTime) !== '')
}

/** Graph's answer, read: the credentials, or why there are none. */
export function readApplicationAnswer(status: number, body: string): EntraAnswer {
    let json: Record<string, unknown> | null = null
    try {
        const parsed: unknown = JSON.parse(body)
        json = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
    } catch {
        json = null
    }
    const error = json && json.error && typeof json.error === 'object' ? (json.error as Record<string, unknown>) : null
    const detail = `HTTP ${status}${error && typeof error.code === 'string' ? ` ${error.code}` : ''}${error && typeof error.message === 'string' ? `: ${error.message.slice(0, 200)}` : ''}`
    if (status === 401 || status === 403) return { ok: false, code: 'entra_read_not_permitted', detail }
    if (status === 404) return { ok: false, code: 'entra_read_not_found', detail }
    if (status !== 200 || json === null) return { ok: false, code: 'entra_read_failed', detail: status === 0 ? 'no answer' : detail }
    return { ok: true, secrets: credentialsOf(json.passwordCredentials), certificates: credentialsOf(json.keyCredentials) }
}

/**
 * The rows an answer gives for one provider (see the file comment for what each becomes). A provider
 * that signs with a certificate gets no secret rows: the registration's secrets do not stop its mail
 * (the secret provider beside it, reading the same registration, gets them).
 */
export function observedFromEntra(providerId: string, answer: Extract<EntraAnswer, { ok: true }>, now: number, signsWithCertificate = false): ObservedCredential[] {
    const today = new Date(now).toISOString().slice(0, 10)
    const rows: ObservedCredential[] = []
    for (const secret of signsWithCertificate ? [] : answer.secrets) {
        const expires = dayOf(secret.endDateTime)
        if (expires < today) continue
        const named = `${secret.displayName ? `'${secret.displayName}'` : 'without a name'}${secret.hint ? ` (starts with ${secret.hint})` : ''}`
        rows.push({ source: CREDENTIAL_SOURCE.entra, providerId, kind: 'secret', sourceRecord: secret.keyId, expires, active: true, note: `Client secret ${named} on the app registration, read from Entra. If the instance uses another secret, delete this one in Entra (Certificates & secrets) and its warnings end.` })
    }
    for (const certificate of answer.certificates) {
        const thumbprint = thumbprintHex(certificate.customKeyIdentifier)
        if (thumbprint === null) continue
        rows.push({ source: CREDENTIAL_SOURCE.entra, providerId, kind: 'certificate', sourceRecord: thumbprint, expires: dayOf(certificate.endDateTime), active: false, note: `Certificate ${certificate.displayName ? `'${certificate.displayName}' ` : ''}on the app registration (SHA-1 ${thumbprint}), read from Entra; its end date counts through the certificate record on the instance.` })
    }
    return rows
}

/** The sentence logged when a provider's credentials could not be read. */
export function entraReadMessage(providerName: string, code: EntraReadCode, detail: string): string {
    if (code === 'entra_read_not_permitted') {
        return `The app registration of '${providerName}' may not read its own credentials in Microsoft Graph (${detail}): to have its client secret end dates read instead of typed, grant it the application permission ${GRAPH_APPLICATION_PERMISSION} with admin consent (Entra ID > App registrations > your app > API permissions). Until then, type them in the Client credentials list.`
    }
    if (code === 'entra_read_not_found') return `Microsoft Graph does not know the app registration of '${providerName}' (${detail}): check Client ID on its Application Registry form.`
    return `Reading the credentials of '${providerName}' from Microsoft Graph failed (${detail}); the dates read before stay, and the next daily run tries again.`
}
