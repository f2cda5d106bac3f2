/**
 * The local Graph's GET /v1.0/applications(appId='{id}'), as the app's daily Entra job reads its
 * own registration: only for an app-only Graph token holding Application.Read.All, with the
 * registration's passwordCredentials (no secret values) and keyCredentials.
 */
import { startGraphServer, type GraphServer } from './graph.ts'
import { startOAuthServer, type OAuthServer } from './oauth-server.ts'

const MAILBOX = 'servicedesk@contoso.com'
const PERMITTED = { clientId: '2a3b4c5d-0000-4a1b-9c2d-3e4f5a6b7c8d', clientSecret: 'permitted-secret', roles: ['Mail.Send', 'Application.Read.All'] }
const NOT_PERMITTED = { clientId: '3b4c5d6e-0000-4a1b-9c2d-3e4f5a6b7c8d', clientSecret: 'plain-secret', roles: ['Mail.Send'] }
const SECRET = { keyId: 'b1f0c6a2-1111-4c1e-9d2a-000000000001', displayName: 'ServiceNow 2026', hint: 'Qx8', startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' }
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default'

let oauth: OAuthServer
let graph: GraphServer

beforeAll(async () => {
    oauth = await startOAuthServer({
        clients: [
            { ...PERMITTED, redirectUris: [], grantTypes: ['client_credentials'], mailbox: MAILBOX },
            { ...NOT_PERMITTED, redirectUris: [], grantTypes: ['client_credentials'], mailbox: MAILBOX },
        ],
        rotateRefreshToken: false,
        entraRoutes: true,
    })
    graph = await startGraphServer({ introspectionUrl: oauth.introspectionUrl, ...oauth.resourceServer, mailboxes: {}, applications: { [PERMITTED.clientId]: { passwordCredentials: [SECRET], keyCredentials: [] } } })
}, 30000)

afterAll(async () => {
    await Promise.all([graph?.stop(), oauth?.stop()])
})

async function tokenFor(client: { clientId: string; clientSecret: string }): Promise<string> {
    const response = await fetch(oauth.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret, scope: GRAPH_SCOPE }),
    })
    return ((await response.json()) as { access_token: string }).access_token
}

async function readApplication(appId: string, token: string) {
    const response = await fetch(`${graph.url}/v1.0/applications(appId='${appId}')?$select=passwordCredentials,keyCredentials`, { headers: { authorization: `Bearer ${token}` } })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe("GET /v1.0/applications(appId='{id}')", () => {
    test('lists the registration credentials to an app holding Application.Read.All', async () => {
        expect(await readApplication(PERMITTED.clientId, await tokenFor(PERMITTED))).toEqual({ status: 200, body: expect.objectContaining({ passwordCredentials: [SECRET], keyCredentials: [] }) })
    })

    test('refuses an app without the permission (403 Authorization_RequestDenied), and names an unknown appId (404)', async () => {
        expect(await readApplication(NOT_PERMITTED.clientId, await tokenFor(NOT_PERMITTED))).toMatchObject({ status: 403, body: { error: { code: 'Authorization_RequestDenied' } } })
        expect(await readApplication('00000000-0000-0000-0000-000000000000', await tokenFor(PERMITTED))).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } })
    })
})
