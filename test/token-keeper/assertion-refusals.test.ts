/**
 * A certificate sign-in that Entra refuses: each refusal keeps its own code through the app-only
 * classification (it is not "the app was rejected") and gets the fix that names the form and field.
 */
import { classifyAppOnly } from '../../src/token-keeper/app-only.ts'
import { classifyResponse } from '../../src/token-keeper/classify.ts'
import { assertionRefusedMessage } from '../../src/token-keeper/messages.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'

const NOW = Date.UTC(2026, 0, 1)
const ctx = { accountName: 'Service desk send (Microsoft Graph)', providerName: 'Microsoft 365 app-only (certificate)' }

function classified(reply: { status: number; body: string }) {
    return classifyAppOnly(classifyResponse({ thrown: null, status: reply.status, errorMessage: '', body: reply.body, contentType: 'application/json', retryAfter: null, token: null }, NOW))
}

describe('refused client assertions on an app-only account', () => {
    it.each([
        [PROVIDER_BODIES.entraCertificateNotRegistered, 'certificate_not_registered', /Upload certificate/],
        [PROVIDER_BODIES.entraAssertionTimeRange, 'client_assertion_time_range', /Expiry Interval \(sec\)/],
        [PROVIDER_BODIES.entraAssertionAudience, 'client_assertion_audience', /aud claim to the Token URL/],
        [PROVIDER_BODIES.entraAssertionIssuer, 'client_assertion_issuer', /iss and sub to Client ID/],
    ])('%#: keeps its own code, misconfigured, and its fix names where to change it', (reply, code, fix) => {
        const result = classified(reply)
        expect(result).toMatchObject({ kind: 'failed', code, status: 'misconfigured' })
        if (result.kind !== 'failed') return
        expect(assertionRefusedMessage(result.code, ctx, result.detail)).toMatch(fix)
    })

    it('a wrong client secret is still invalid_client, not a certificate code', () => {
        expect(classified(PROVIDER_BODIES.entraInvalidClientSecret)).toMatchObject({ code: 'invalid_client' })
    })
})
