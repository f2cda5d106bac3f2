/**
 * A Microsoft Graph-like endpoint for the tests, in the test process on 127.0.0.1:
 * GET /v1.0/users/{mailbox}/mailFolders/inbox, as `email-oauth verify --flow client-credentials`
 * reads it, and GET /v1.0/applications(appId='{id}') (Graph reference "Get application"), as the
 * app's daily Entra job reads its own registration's credentials (src/credentials/entra-read.ts):
 * answered only to an app-only token with the application permission Application.Read.All (403
 * Authorization_RequestDenied otherwise, 404 Request_ResourceNotFound for an unknown appId), with the
 * passwordCredentials and keyCredentials set in `applications`. Each bearer token is introspected at the test OAuth server, and answered as Graph does:
 * 401 InvalidAuthenticationToken for an inactive token or one not for Graph, 403 ErrorAccessDenied
 * without the Mail.Read/Mail.ReadWrite application permission, 404 ErrorInvalidUser for a mailbox
 * the server does not hold. Graph's application permissions reach every mailbox of the tenant
 * (unless an application access policy limits them), so the token's own mailbox is not compared.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { introspect } from './introspect.ts'

export interface GraphServerOptions {
    introspectionUrl: string
    clientId: string
    clientSecret: string
    /** Mailboxes of the tenant, with their inbox counts. */
    mailboxes: Record<string, { total: number; unread: number }>
    /** App registrations by appId (client id), with the credentials Graph lists (Graph's field names). */
    applications?: Record<string, { passwordCredentials: GraphPasswordCredential[]; keyCredentials: GraphKeyCredential[] }>
}

/** passwordCredential resource (Graph v1.0): a client secret; the secret itself is never listed. */
export interface GraphPasswordCredential {
    keyId: string
    displayName: string
    hint: string
    startDateTime: string
    endDateTime: string
}

/** keyCredential resource (Graph v1.0): an uploaded certificate; customKeyIdentifier is its SHA-1 thumbprint, base64. */
export interface GraphKeyCredential {
    keyId: string
    displayName: string
    type: 'AsymmetricX509Cert'
    usage: 'Verify'
    customKeyIdentifier: string
    startDateTime: string
    endDateTime: string
}

export interface GraphServer {
    url: string
    /** Every request's mailbox and answer status, in order. */
    reads: { mailbox: string; status: number }[]
    stop(): Promise<void>
}

const READ_ROLES = ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic.All']
/** The application permissions that let an app read application objects (Graph reference "Get application"). */
const APPLICATION_READ_ROLES = ['Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy']
const APPLICATION = /^\/v1\.0\/applications\(appId='([^']+)'\)(\?.*)?$/i

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
    const reads: GraphServer['reads'] = []
    const server = createServer((req, res) => {
        const answer = (status: number, body: unknown, mailbox = '') => {
            reads.push({ mailbox, status })
            res.writeHead(status, { 'content-type': 'application/json' })
            res.end(JSON.stringify(body))
        }
        const graphError = (status: number, code: string, message: string, mailbox: string) => answer(status, { error: { code, message } }, mailbox)
        const application = APPLICATION.exec(decodeURIComponent(req.url ?? ''))
        if (req.method === 'GET' && application) return answerApplication(application[1], /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '', graphError, answer)
        const match = /^\/v1\.0\/users\/([^/]+)\/mailFolders\/inbox$/i.exec(req.url ?? '')
        if (req.method !== 'GET' || !match) return graphError(400, 'BadRequest', 'Unsupported request in the test Graph server.', '')
        const mailbox = decodeURIComponent(match[1]).toLowerCase()
        const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? ''
        introspect(options.introspectionUrl, options.clientId, options.clientSecret, token).then(
            (claims) => {
                if (!claims.active || !/^https:\/\/graph\.microsoft\.com\/\.default$/.test(claims.scope ?? '')) {
                    return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.', mailbox)
                }
                if (!(claims.roles ?? '').split(' ').some((role) => READ_ROLES.includes(role))) return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.', mailbox)
                const box = options.mailboxes[mailbox]
                if (!box) return graphError(404, 'ErrorInvalidUser', `The requested user '${mailbox}' is invalid.`, mailbox)
                return answer(200, { id: 'AAMkAGI2', displayName: 'Inbox', parentFolderId: 'AAMkAGI1', childFolderCount: 0, unreadItemCount: box.unread, totalItemCount: box.total }, mailbox)
            },
            () => graphError(503, 'ServiceNotAvailable', 'Introspection failed.', mailbox),
        )
    })
    function answerApplication(appId: string, token: string, graphError: (status: number, code: string, message: string, mailbox: string) => void, answer: (status: number, body: unknown) => void): void {
        introspect(options.introspectionUrl, options.clientId, options.clientSecret, token).then(
            (claims) => {
                if (!claims.active || !/^https:\/\/graph\.microsoft\.com\/\.default$/.test(claims.scope ?? '')) return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.', '')
                if (!(claims.roles ?? '').split(' ').some((role) => APPLICATION_READ_ROLES.includes(role))) return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', '')
                const app = options.applications?.[appId]
                if (!app) return graphError(404, 'Request_ResourceNotFound', `Resource '${appId}' does not exist or one of its queried reference-property objects are not present.`, '')
                return answer(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#applications(passwordCredentials,keyCredentials)/$entity', ...app })
            },
            () => graphError(503, 'ServiceNotAvailable', 'Introspection failed.', ''),
        )
    }
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return {
        url: `http://127.0.0.1:${port}`,
        reads,
        stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    }
}
