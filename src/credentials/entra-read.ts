/**
 * Thin: once a day, each active Microsoft client-credentials provider reads its own app
 * registration's credentials from Microsoft Graph (entra.ts decides what they become) and the
 * Client credentials rows of source "Read from Entra" are kept in step (sync.ts). The Graph token is
 * asked for with the provider's own credentials and is not stored (no requestor: nothing else sees
 * it). A provider whose read fails keeps the rows read before, and the log says why and what to grant.
 * Bounded in time: providers past the budget wait for the next day's run.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { redact } from '../common/redact.ts'
import { GRANT_TYPE, MICROSOFT_APP_ONLY } from '../providers.ts'
import { PROFILE_LINK } from './certificate-names.ts'
import { applicationUrl, entraReadMessage, observedFromEntra, readApplicationAnswer, type EntraAnswer } from './entra.ts'
import { CREDENTIAL_SOURCE, type ObservedCredential } from './sources.ts'
import { syncCredentialRows, type SyncSummary } from './sync.ts'

const LOG_PREFIX = 'Email OAuth Manager: client credentials from Entra'
const HTTP_TIMEOUT_MS = 10000
const TIME_BUDGET_MS = 120000

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

function clock(): number {
    return new GlideDateTime().getNumericValue()
}

/** A Graph access token for the provider's own app, not stored; '' when the provider refused one. */
function graphToken(providerName: string): string {
    const request = new GlideOAuthClientRequest()
    request.setGrantType(GRANT_TYPE.clientCredentials)
    request.setScope(MICROSOFT_APP_ONLY.scope.graph)
    const response = new GlideOAuthClient().requestTokenByRequest(providerName, request)
    const token = response ? response.getToken() : null
    return token ? text(token.getAccessToken()) : ''
}

function readApplication(clientId: string, accessToken: string): EntraAnswer {
    const message = new RESTMessageV2()
    message.setEndpoint(applicationUrl(MICROSOFT_APP_ONLY.graphUrl, clientId))
    message.setHttpMethod('get')
    message.setRequestHeader('Authorization', `Bearer ${accessToken}`)
    message.setRequestHeader('Accept', 'application/json')
    message.setHttpTimeout(HTTP_TIMEOUT_MS)
    const response = message.execute()
    return readApplicationAnswer(Number(response.getStatusCode()) || 0, text(response.getBody()))
}

/** Whether a profile of the provider names a JWT provider (certificate sign-in). One query. */
function signsWithCertificate(providerId: string): boolean {
    const profile = new GlideRecord(PROFILE_LINK.table)
    profile.addQuery('oauth_entity', providerId)
    profile.addNotNullQuery(PROFILE_LINK.field)
    profile.setLimit(1)
    profile.query()
    return profile.next()
}

export interface EntraRunSummary extends SyncSummary {
    providersRead: number
    providersFailed: number
    stoppedEarly: boolean
}

export function readEntraCredentials(): EntraRunSummary {
    const started = clock()
    const observed: ObservedCredential[] = []
    const read: string[] = []
    let failed = 0
    let stoppedEarly = false
    const provider = new GlideRecord('oauth_entity')
    provider.addQuery('active', true)
    provider.addQuery('default_grant_type', GRANT_TYPE.clientCredentials)
    provider.addQuery('token_url', 'STARTSWITH', 'https://login.microsoftonline.com/')
    provider.query()
    while (provider.next()) {
        if (clock() - started > TIME_BUDGET_MS) {
            stoppedEarly = true
            gs.warn(`${LOG_PREFIX}: stopped after ${read.length + failed} providers (time budget); the next run goes on.`)
            break
        }
        const name = text(provider.getValue('name'))
        try {
            const token = graphToken(name)
            const answer: EntraAnswer = token === '' ? { ok: false, code: 'entra_read_failed', detail: 'no Graph token for the app' } : readApplication(text(provider.getValue('client_id')), token)
            if (answer.ok) {
                observed.push(...observedFromEntra(provider.getUniqueValue(), answer, clock(), signsWithCertificate(provider.getUniqueValue())))
                read.push(provider.getUniqueValue())
            } else {
                failed += 1
                gs.warn(`${LOG_PREFIX}: ${entraReadMessage(name, answer.code, answer.detail)}`)
            }
        } catch (error) {
            failed += 1
            gs.warn(`${LOG_PREFIX}: ${entraReadMessage(name, 'entra_read_failed', redact(String(error)).slice(0, 200))}`)
        }
    }
    return { ...syncCredentialRows(observed, [CREDENTIAL_SOURCE.entra], read), providersRead: read.length, providersFailed: failed, stoppedEarly }
}

/** The daily job's entry. */
export function runEntraCredentialJob(): void {
    try {
        const summary = readEntraCredentials()
        gs.info(`${LOG_PREFIX}: ${summary.providersRead} providers read, ${summary.providersFailed} not; ${summary.inserted} rows added, ${summary.updated} updated, ${summary.deactivated} ended.`)
    } catch (error) {
        gs.error(`${LOG_PREFIX}: the run stopped: ${redact(String(error))}`)
    }
}
