/** RFC 7662 token introspection, as a mail server asks the OAuth server whether a token is good. */

export interface Introspection {
    active: boolean
    sub?: string
    scope?: string
    client_id?: string
    exp?: number
    /** Application permissions of an app-only (client credentials) token, space-separated. */
    roles?: string
}

export async function introspect(introspectionUrl: string, clientId: string, clientSecret: string, token: string): Promise<Introspection> {
    const credentials = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`
    const response = await fetch(introspectionUrl, {
        method: 'POST',
        headers: {
            authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
            'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ token }),
    })
    if (!response.ok) throw new Error(`Introspection answered HTTP ${response.status}`)
    return (await response.json()) as Introspection
}
