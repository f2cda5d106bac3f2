/**
 * Entra ID's way of failing, for the test OAuth server started with `entraRoutes`: errors keep
 * their OAuth `error` code and gain Entra's `AADSTS<n>: ...` description and `error_codes`, the
 * texts the verify command and the token keeper recognise. Runs in the OAuth server's child process.
 */
import type { ProviderContext } from 'oidc-provider'

export interface EntraError {
    code: number
    description: string
}

/** What the server knew about a failed token request (oidc-provider's descriptions are generic). */
export interface TokenFailure {
    error: string
    grantType: string
    /** The refresh token presented was issued and has passed its expiry. */
    refreshTokenExpired: boolean
    /** The client secret presented was the client's secret before setClientSecret. */
    presentedOldSecret: boolean
}

/** What Entra says for a failed token request. */
export function entraTokenError(failure: TokenFailure): EntraError | undefined {
    switch (failure.error) {
        case 'invalid_client':
            return failure.presentedOldSecret
                ? { code: 7000222, description: 'The provided client secret keys for app are expired. Visit the Azure portal to create new keys for your app.' }
                : { code: 7000215, description: 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.' }
        case 'invalid_grant':
            if (failure.grantType === 'refresh_token' && failure.refreshTokenExpired) {
                return { code: 700082, description: 'The refresh token has expired due to inactivity.' }
            }
            if (failure.grantType === 'refresh_token') {
                return { code: 50173, description: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.' }
            }
            return { code: 70008, description: 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.' }
        case 'invalid_scope':
            return { code: 70011, description: "The provided value for the input parameter 'scope' is not valid." }
        default:
            return undefined
    }
}

/** What Entra's sign-in page says for an authorization request it cannot redirect back. */
export function entraPageError(error: string, params: URLSearchParams): EntraError | undefined {
    switch (error) {
        case 'invalid_redirect_uri':
            return {
                code: 50011,
                description: `The redirect URI '${params.get('redirect_uri') ?? ''}' specified in the request does not match the redirect URIs configured for the application '${params.get('client_id') ?? ''}'.`,
            }
        case 'invalid_client':
            return { code: 700016, description: `Application with identifier '${params.get('client_id') ?? ''}' was not found in the directory.` }
        default:
            return undefined
    }
}

export function tenantNotFound(tenant: string): EntraError {
    return {
        code: 90002,
        description: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    }
}

export function withEntraError(body: Record<string, unknown>, entra: EntraError): Record<string, unknown> {
    return { ...body, error_description: `AADSTS${entra.code}: ${entra.description}`, error_codes: [entra.code] }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** An error page in oidc-provider's own layout (authorize.ts reads `<strong>key</strong>: value`). */
export function errorPage(ctx: ProviderContext, out: Record<string, string>): void {
    ctx.type = 'html'
    ctx.body = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>oops! something went wrong</title></head>
<body><div class="container"><h1>oops! something went wrong</h1>
${Object.entries(out)
    .map(([key, value]) => `<pre><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</pre>`)
    .join('\n')}
</div></body></html>`
}
