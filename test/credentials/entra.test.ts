/**
 * Client secret end dates read from Entra on the stand-ins (sn_auth for the Graph token, sn_ws for
 * Graph): each secret that has not ended becomes a row of source "Read from Entra", the certificates
 * become the setup check's list of thumbprints, a provider that may not read its registration keeps
 * its rows and the log names the permission, and the Graph token is neither stored nor logged.
 */
import { CREDENTIAL_TABLE } from '../../src/common/app.ts'
import { applicationUrl, observedFromEntra, readApplicationAnswer } from '../../src/credentials/entra.ts'
import { readEntraCredentials } from '../../src/credentials/entra-read.ts'
import { MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import { platform } from '../stand-ins/platform.ts'
import { restPlatform } from '../stand-ins/sn-ws.ts'

const CLIENT_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
const NOW = Date.UTC(2026, 5, 1, 4, 35)
const THUMBPRINT = '5F1C8E2A9B3D4C6E7F8091A2B3C4D5E6F708192A'
const APPLICATION = {
    passwordCredentials: [
        { keyId: 'key-current', displayName: 'ServiceNow 2026', hint: 'Qx8', startDateTime: '2025-09-01T00:00:00Z', endDateTime: '2026-09-01T10:00:00Z' },
        { keyId: 'key-ended', displayName: 'ServiceNow 2024', hint: 'Ab1', startDateTime: '2024-01-01T00:00:00Z', endDateTime: '2026-01-01T00:00:00Z' },
    ],
    keyCredentials: [{ keyId: 'cert-1', displayName: 'CN=contoso-mail', type: 'AsymmetricX509Cert', usage: 'Verify', customKeyIdentifier: Buffer.from(THUMBPRINT, 'hex').toString('base64'), startDateTime: '2025-06-30T00:00:00Z', endDateTime: '2027-06-30T00:00:00Z' }],
}

function seedAppOnlyProvider(): string {
    return platform.db.insert('oauth_entity', { name: MICROSOFT_APP_ONLY.entityName, type: 'oauth_provider', active: true, client_id: CLIENT_ID, client_secret: 'working-secret', default_grant_type: 'client_credentials', token_url: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token' })
}

beforeEach(() => {
    platform.reset()
    restPlatform.reset()
    platform.clock.set(NOW)
})

describe('readApplicationAnswer and observedFromEntra', () => {
    it('a secret that has not ended is an active row named by its display name and hint; an ended one is none; a certificate is an inactive row holding its thumbprint', () => {
        const answer = readApplicationAnswer(200, JSON.stringify(APPLICATION))
        if (!answer.ok) throw new Error('expected an answer')
        expect(observedFromEntra('p1', answer, NOW)).toEqual([
            { source: 'entra', providerId: 'p1', kind: 'secret', sourceRecord: 'key-current', expires: '2026-09-01', active: true, note: expect.stringContaining("'ServiceNow 2026' (starts with Qx8)") },
            { source: 'entra', providerId: 'p1', kind: 'certificate', sourceRecord: THUMBPRINT, expires: '2027-06-30', active: false, note: expect.stringContaining(THUMBPRINT) },
        ])
    })

    it('a provider that signs with a certificate gets no secret rows: the secrets do not stop its mail', () => {
        const answer = readApplicationAnswer(200, JSON.stringify(APPLICATION))
        if (!answer.ok) throw new Error('expected an answer')
        expect(observedFromEntra('p1', answer, NOW, true).map((row) => row.kind)).toEqual(['certificate'])
    })

    it('reads refusals as reasons, never as an empty registration', () => {
        expect(readApplicationAnswer(403, '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}')).toMatchObject({ ok: false, code: 'entra_read_not_permitted' })
        expect(readApplicationAnswer(404, '{}')).toMatchObject({ ok: false, code: 'entra_read_not_found' })
        expect(readApplicationAnswer(200, 'not json')).toMatchObject({ ok: false, code: 'entra_read_failed' })
        expect(readApplicationAnswer(0, '')).toMatchObject({ ok: false, code: 'entra_read_failed', detail: 'no answer' })
    })
})

describe('the daily Entra job', () => {
    it("writes the provider's secret end dates, asking Graph with a token it does not store", () => {
        const providerId = seedAppOnlyProvider()
        restPlatform.transport = () => ({ status: 200, body: JSON.stringify(APPLICATION) })
        expect(readEntraCredentials()).toMatchObject({ providersRead: 1, providersFailed: 0, inserted: 2 })
        expect(restPlatform.calls.map((call) => call.url)).toEqual([applicationUrl(MICROSOFT_APP_ONLY.graphUrl, CLIENT_ID)])
        expect(platform.db.rows(CREDENTIAL_TABLE)).toEqual([
            expect.objectContaining({ provider: providerId, kind: 'secret', source: 'entra', source_record: 'key-current', expires: '2026-09-01', active: true }),
            expect.objectContaining({ provider: providerId, kind: 'certificate', source: 'entra', source_record: THUMBPRINT, active: false }),
        ])
        const bearer = restPlatform.calls[0].headers.Authorization.replace('Bearer ', '')
        expect(bearer).not.toBe('')
        expect(platform.logs.some((line) => line.message.includes(bearer))).toBe(false)
        // No requestor on the request: the platform stored no token for anyone.
        expect(platform.oauth.requests.at(-1)).toMatchObject({ grantType: 'client_credentials' })
    })

    it('a provider that may not read its registration keeps its rows, and the log names the permission to grant', () => {
        const providerId = seedAppOnlyProvider()
        const earlier = platform.db.insert(CREDENTIAL_TABLE, { provider: providerId, kind: 'secret', source: 'entra', source_record: 'key-current', expires: '2026-09-01', active: true })
        restPlatform.transport = () => ({ status: 403, body: '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}' })
        expect(readEntraCredentials()).toMatchObject({ providersRead: 0, providersFailed: 1, deactivated: 0 })
        expect(platform.db.row(CREDENTIAL_TABLE, earlier)).toMatchObject({ active: true })
        expect(platform.logs).toContainEqual({ level: 'warn', message: expect.stringContaining('Application.Read.All') })
    })

    it('ends the row of a secret deleted in Entra, and leaves an admin typed row alone', () => {
        const providerId = seedAppOnlyProvider()
        restPlatform.transport = () => ({ status: 200, body: JSON.stringify(APPLICATION) })
        readEntraCredentials()
        const typed = platform.db.insert(CREDENTIAL_TABLE, { provider: providerId, kind: 'secret', source: 'manual', expires: '2026-08-01', active: true })
        restPlatform.transport = () => ({ status: 200, body: JSON.stringify({ passwordCredentials: [], keyCredentials: APPLICATION.keyCredentials }) })
        expect(readEntraCredentials()).toMatchObject({ deactivated: 1 })
        expect(platform.db.rows(CREDENTIAL_TABLE).filter((row) => row.active === true).map((row) => row.sys_id)).toEqual([typed])
    })
})
