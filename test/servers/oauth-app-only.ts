/**
 * The client-credentials grant as Entra ID answers it, for the test OAuth server (runs in its child
 * process). oidc-provider's own client-credentials grant issues opaque tokens with no roles and no
 * subject, so this answers the grant itself, Entra-like:
 * - `scope` must be exactly one `<resource>/.default` (else invalid_scope, AADSTS1002012), for a
 *   resource Entra knows (else AADSTS500011);
 * - the access token is a JWT whose payload carries `aud` (the resource), `appid` and `roles` (the
 *   application permissions granted to the client), never a refresh token;
 * - introspection (what Dovecot and the SMTP server ask) maps an app token to the mailbox the app
 *   was given FullAccess on (Exchange's Add-MailboxPermission): `sub` is that mailbox, so the mail
 *   servers accept the app's token for that mailbox and no other. One mailbox per app client here.
 */
import { randomBytes } from 'node:crypto'

export interface AppClient {
    clientId: string
    clientSecret: string
    /** Application permissions with admin consent: the token's `roles` claim. */
    roles: string[]
    /** The mailbox the app may open (FullAccess), introspected as the token's `sub`. */
    mailbox?: string
}

interface AppToken {
    clientId: string
    scope: string
    roles: string[]
    mailbox?: string
    exp: number
}

export interface TokenAnswer {
    status: number
    body: Record<string, unknown>
}

/** Resources a `.default` scope may name (Entra knows many more; these are the mail ones). */
const KNOWN_RESOURCES = ['https://graph.microsoft.com', 'https://outlook.office365.com', 'https://outlook.office.com']

export class AppOnlyGrant {
    private readonly tokens = new Map<string, AppToken>()

    constructor(
        private readonly issuer: () => string,
        private readonly ttlSeconds: number,
    ) {}

    /** The token endpoint's answer to grant_type=client_credentials for an authenticated client. */
    issue(client: AppClient, scope: string): TokenAnswer {
        const scopes = scope.split(' ').filter(Boolean)
        if (scopes.length !== 1 || !/\/\.default$/.test(scopes[0])) {
            return entraError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope || '(none)'} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`)
        }
        const resource = scopes[0].replace(/\/\.default$/, '')
        if (!KNOWN_RESOURCES.includes(resource)) {
            return entraError(400, 'invalid_resource', 500011, `The resource principal named ${resource} was not found in the tenant.`)
        }
        const now = Math.floor(Date.now() / 1000)
        const exp = now + this.ttlSeconds
        const claims = { aud: resource, iss: this.issuer(), iat: now, nbf: now, exp, appid: client.clientId, roles: client.roles, idtyp: 'app' }
        const header = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'RS256' })).toString('base64url')
        const token = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${randomBytes(32).toString('base64url')}`
        this.tokens.set(token, { clientId: client.clientId, scope: scopes[0], roles: client.roles, mailbox: client.mailbox, exp })
        return { status: 200, body: { token_type: 'Bearer', expires_in: this.ttlSeconds, ext_expires_in: this.ttlSeconds, access_token: token } }
    }

    /** RFC 7662 answer for a token this grant issued; undefined for any other token. */
    introspect(token: string): Record<string, unknown> | undefined {
        const issued = this.tokens.get(token)
        if (!issued) return undefined
        if (issued.exp <= Date.now() / 1000) return { active: false }
        // roles as one space-separated string: Dovecot 2.3's introspection parser takes no JSON arrays.
        return { active: true, client_id: issued.clientId, scope: issued.scope, roles: issued.roles.join(' '), exp: issued.exp, token_type: 'Bearer', ...(issued.mailbox ? { sub: issued.mailbox } : {}) }
    }
}

function entraError(status: number, error: string, code: number, description: string): TokenAnswer {
    return { status, body: { error, error_description: `AADSTS${code}: ${description}`, error_codes: [code] } }
}
