/** A token shaped like Entra's Outlook access tokens (header.payload.signature, base64url), for identity tests. */
export function fakeJwt(claims: Record<string, unknown>): string {
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    return `${part({ typ: 'JWT', alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJl`
}

/** A token endpoint answer to a refresh whose access token names `upn`. */
export function refreshAnswerFor(upn: string, extra: Record<string, unknown> = {}): { status: number; headers: Record<string, string>; body: string } {
    const body = { token_type: 'Bearer', expires_in: 3600, access_token: fakeJwt({ aud: 'https://outlook.office.com', upn, ...extra }) }
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}
