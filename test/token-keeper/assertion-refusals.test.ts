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
        [PROVIDER_BODIES.entraCertificateExpired, 'certificate_expired', /has expired.*Renew it.*Upload certificate.*new \.jks.*certificate switch/],
        [PROVIDER_BODIES.entraAssertionTimeRange, 'client_assertion_time_range', /Expiry Interval \(sec\)/],
        [PROVIDER_BODIES.entraAssertionAudience, 'client_assertion_audience', /aud claim to the Token URL/],
        [PROVIDER_BODIES.entraAssertionIssuer, 'client_assertion_issuer', /iss and sub to Client ID/],
    ])('%#: keeps its own code, misconfigured, and its fix names where to change it', (reply, code, fix) => {
        const result = classified(reply)
        expect(result).toMatchObject({ kind: 'failed', code, status: 'misconfigured' })
        if (result.kind !== 'failed') return
        expect(assertionRefusedMessage(result.code, ctx, result.detail)).toMatch(fix)
    })

    it('"The key was not found" keeps the upload fix and does not speak of an expiry', () => {
        const result = classified(PROVIDER_BODIES.entraCertificateNotRegistered)
        if (result.kind !== 'failed') throw new Error('expected a failure')
        expect(assertionRefusedMessage(result.code, ctx, result.detail)).not.toMatch(/expired|Renew/)
    })

    it.each([
        ['java.io.IOException: Keystore was tampered with, or password was incorrect', 'certificate_store_password', /Key store password on the x509 Certificate form/],
        ['java.security.UnrecoverableKeyException: Cannot recover key', 'certificate_key_password', /Signing Key Password on the JWT Keys form/],
    ])('the instance cannot open its key store (%s): %s, misconfigured, the fix names the record and field, not the Token URL', (message, code, fix) => {
        const result = classifyAppOnly(classifyResponse({ thrown: null, status: 0, errorMessage: message, body: '', contentType: '', retryAfter: null, token: null }, NOW))
        expect(result).toMatchObject({ kind: 'failed', code, status: 'misconfigured' })
        if (result.kind !== 'failed') return
        const text = assertionRefusedMessage(result.code, ctx, result.detail)
        expect(text).toMatch(fix)
        expect(text).not.toMatch(/Token URL/)
    })

    it('a wrong client secret is still invalid_client, not a certificate code', () => {
        expect(classified(PROVIDER_BODIES.entraInvalidClientSecret)).toMatchObject({ code: 'invalid_client' })
    })
})
