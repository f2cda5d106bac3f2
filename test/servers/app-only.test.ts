/**
 * Self-tests of the test servers' app-only side: the OAuth server's client-credentials grant
 * (oauth-app-only.ts) and the Graph-like endpoint (graph.ts), each against what Microsoft documents
 * for the real one, so the CLI and end-to-end tests that use them test against the provider's
 * behaviour and not the test server's invention.
 */
import { MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import { issueTokens } from './authorize.ts'
import { startGraphServer, type GraphServer } from './graph.ts'
import { introspect } from './introspect.ts'
import { startOAuthServer, type OAuthServer } from './oauth-server.ts'

const MAILBOX = 'servicedesk@contoso.example'
const OTHER_MAILBOX = 'ceo@contoso.example'
const READER = { clientId: '0d9e8c7b-0000-4a1b-9c2d-3e4f5a6b7c8d', clientSecret: 'reader-secret', roles: ['Mail.Read', 'SMTP.SendAsApp'] }
const SENDER = { clientId: '1e2f3a4b-0000-4a1b-9c2d-3e4f5a6b7c8d', clientSecret: 'sender-secret', roles: ['SMTP.SendAsApp'] }
const DELEGATED = { clientId: 'servicenow-app', clientSecret: 'app-secret', redirectUris: ['https://example.service-now.com/oauth_redirect.do'] }
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default'
const START_MS = Date.UTC(2026, 5, 1, 8, 0, 0)

let oauth: OAuthServer
let graph: GraphServer

beforeAll(async () => {
    oauth = await startOAuthServer({
        clients: [
            { ...READER, redirectUris: [], grantTypes: ['client_credentials'], mailbox: MAILBOX },
            { ...SENDER, redirectUris: [], grantTypes: ['client_credentials'], mailbox: MAILBOX },
            DELEGATED,
        ],
        rotateRefreshToken: false,
        entraRoutes: true,
        simulatedClockMs: START_MS,
    })
    graph = await startGraphServer({
        introspectionUrl: oauth.introspectionUrl,
        ...oauth.resourceServer,
        mailboxes: { [MAILBOX]: { total: 12, unread: 3 }, [OTHER_MAILBOX]: { total: 40, unread: 1 } },
    })
}, 30000)

afterAll(async () => {
    await Promise.all([graph?.stop(), oauth?.stop()])
})

interface TokenAnswer {
    status: number
    body: { access_token?: string; refresh_token?: string; token_type?: string; expires_in?: number; error?: string; error_description?: string; error_codes?: number[] }
}

async function clientCredentials(client: { clientId: string; clientSecret: string }, scope: string): Promise<TokenAnswer> {
    const response = await fetch(oauth.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret, scope }),
    })
    return { status: response.status, body: (await response.json()) as TokenAnswer['body'] }
}

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>

async function readInbox(token: string, mailbox = MAILBOX): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${graph.url}/v1.0/users/${encodeURIComponent(mailbox)}/mailFolders/inbox`, { headers: { authorization: `Bearer ${token}` } })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('client-credentials grant (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow)', () => {
    test('answers an access token and no refresh token (RFC 6749 section 4.4.3: "A refresh token SHOULD NOT be included")', async () => {
        const answer = await clientCredentials(READER, GRAPH_SCOPE)
        expect(answer.status).toBe(200)
        // Microsoft's successful response: token_type Bearer, expires_in, access_token (and ext_expires_in); no refresh_token.
        expect(answer.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, access_token: expect.any(String) })
        expect(answer.body.refresh_token).toBeUndefined()
    })

    test('the token carries the application permissions: aud is the resource, appid the client, roles the granted permissions, idtyp app', async () => {
        // Access token claims reference (learn.microsoft.com/entra/identity-platform/access-token-claims-reference):
        // `roles` holds the application permissions granted, `idtyp` is "app" for an app-only token.
        const claims = claimsOf((await clientCredentials(READER, GRAPH_SCOPE)).body.access_token ?? '')
        expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', appid: READER.clientId, roles: READER.roles, idtyp: 'app', iat: START_MS / 1000, exp: START_MS / 1000 + 3600 })
        expect(claims.sub).toBeUndefined()
    })

    test('the scope must be one resource with /.default (AADSTS1002012), for a resource the tenant knows (AADSTS500011)', async () => {
        // Microsoft's client-credentials request: the scope is the resource identifier (application ID
        // URI) of the resource wanted, affixed with the .default suffix.
        for (const scope of ['https://graph.microsoft.com/Mail.Read', `${GRAPH_SCOPE} offline_access`, '']) {
            expect(await clientCredentials(READER, scope)).toMatchObject({ status: 400, body: { error: 'invalid_scope', error_codes: [1002012] } })
        }
        expect(await clientCredentials(READER, 'https://unknown.example.com/.default')).toMatchObject({ status: 400, body: { error: 'invalid_resource', error_codes: [500011] } })
        // The app's own app-only scopes are ones the grant accepts.
        expect((await clientCredentials(READER, MICROSOFT_APP_ONLY.scope.smtp)).status).toBe(200)
    })

    test('a wrong secret is 401 invalid_client AADSTS7000215; the previous secret after a change is AADSTS7000222', async () => {
        expect(await clientCredentials({ ...READER, clientSecret: 'never-valid' }, GRAPH_SCOPE)).toMatchObject({ status: 401, body: { error: 'invalid_client', error_codes: [7000215] } })
        await oauth.control.setClientSecret(READER.clientId, 'reader-secret-2')
        try {
            expect(await clientCredentials(READER, GRAPH_SCOPE)).toMatchObject({ status: 401, body: { error: 'invalid_client', error_codes: [7000222] } })
            expect((await clientCredentials({ ...READER, clientSecret: 'reader-secret-2' }, GRAPH_SCOPE)).status).toBe(200)
        } finally {
            await oauth.control.setClientSecret(READER.clientId, READER.clientSecret)
        }
    })

    test('introspection maps the app token to the mailbox the app has FullAccess on, with its roles; it expires on the server clock', async () => {
        const token = (await clientCredentials(READER, GRAPH_SCOPE)).body.access_token ?? ''
        const check = () => introspect(oauth.introspectionUrl, oauth.resourceServer.clientId, oauth.resourceServer.clientSecret, token)
        expect(await check()).toMatchObject({ active: true, sub: MAILBOX, client_id: READER.clientId, scope: GRAPH_SCOPE, roles: 'Mail.Read SMTP.SendAsApp' })
        await oauth.control.advanceClock(3600)
        expect(await check()).toEqual({ active: false })
        await oauth.control.setClock(START_MS / 1000)
    })
})

describe('Graph inbox read (learn.microsoft.com/graph/api/mailfolder-get, errors: learn.microsoft.com/graph/errors)', () => {
    test('an app token with Mail.Read reads any mailbox of the tenant: application permissions are tenant-wide', async () => {
        const token = (await clientCredentials(READER, GRAPH_SCOPE)).body.access_token ?? ''
        expect(await readInbox(token)).toEqual({ status: 200, body: expect.objectContaining({ displayName: 'Inbox', totalItemCount: 12, unreadItemCount: 3 }) })
        expect(await readInbox(token, OTHER_MAILBOX)).toMatchObject({ status: 200, body: { totalItemCount: 40 } })
    })

    test('without a mail read permission (Mail.ReadBasic.All, Mail.Read or Mail.ReadWrite): 403 ErrorAccessDenied', async () => {
        const token = (await clientCredentials(SENDER, GRAPH_SCOPE)).body.access_token ?? ''
        expect(await readInbox(token)).toMatchObject({ status: 403, body: { error: { code: 'ErrorAccessDenied' } } })
    })

    test('a token for another resource, a delegated IMAP token, an expired or a made-up token: 401 InvalidAuthenticationToken', async () => {
        const outlook = (await clientCredentials(READER, 'https://outlook.office365.com/.default')).body.access_token ?? ''
        const delegated = (
            await issueTokens(oauth, { ...DELEGATED, redirectUri: DELEGATED.redirectUris[0], login: MAILBOX, scope: 'https://outlook.office.com/IMAP.AccessAsUser.All openid offline_access' })
        ).access_token
        const graphToken = (await clientCredentials(READER, GRAPH_SCOPE)).body.access_token ?? ''
        for (const token of [outlook, delegated, 'not-a-token']) {
            expect(await readInbox(token)).toMatchObject({ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } })
        }
        await oauth.control.advanceClock(3600)
        try {
            expect(await readInbox(graphToken)).toMatchObject({ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } })
        } finally {
            await oauth.control.setClock(START_MS / 1000)
        }
    })

    test('a mailbox the tenant does not hold: 404 ErrorInvalidUser', async () => {
        const token = (await clientCredentials(READER, GRAPH_SCOPE)).body.access_token ?? ''
        expect(await readInbox(token, 'nobody@contoso.example')).toMatchObject({ status: 404, body: { error: { code: 'ErrorInvalidUser' } } })
    })
})
