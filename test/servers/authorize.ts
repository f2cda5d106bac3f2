/**
 * Drives the test OAuth server's login, consent and device pages over plain HTTP with a cookie jar,
 * as a mailbox owner would in a browser, and mints tokens for "already authorized" accounts.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { OAuthServer } from './oauth-server.ts'

export interface AuthorizationOptions {
    /** The mailbox that signs in; it becomes the token's subject and the IMAP user. */
    login: string
    /** false: the user aborts on the consent page (the redirect carries error=access_denied). Default true. */
    consent?: boolean
    /** Also GET the final redirect URL (e.g. a CLI's loopback listener) and wait for its answer. Default false. */
    followRedirect?: boolean
}

/** The authorization server answered with an error page instead of redirecting (e.g. a redirect_uri mismatch). */
export class AuthorizationPageError extends Error {
    constructor(
        readonly status: number,
        readonly error: string,
        readonly errorDescription: string,
    ) {
        super(`The authorization server showed an error page (HTTP ${status}): ${error}: ${errorDescription}`)
        this.name = 'AuthorizationPageError'
    }
}

/**
 * Opens an authorization request URL, signs in as `login`, consents (or aborts), and returns the
 * URL the server finally redirects to: the client's redirect_uri with `code` and `state`, or `error`.
 */
export async function completeAuthorization(authorizationRequestUrl: string, options: AuthorizationOptions): Promise<string> {
    const browser = new Browser(new URL(authorizationRequestUrl).origin, options)
    const finalUrl = await browser.run(authorizationRequestUrl)
    if (typeof finalUrl !== 'string') throw new Error('The authorization flow ended on a page instead of redirecting to the client')
    if (options.followRedirect) await (await fetch(finalUrl)).text()
    return finalUrl
}

/** Enters a device flow's user_code on the verification page, signs in as `login` and consents. */
export async function approveDeviceCode(server: Pick<OAuthServer, 'issuer' | 'deviceVerificationUrl'>, userCode: string, login: string): Promise<void> {
    const browser = new Browser(server.issuer, { login, userCode })
    const outcome = await browser.run(server.deviceVerificationUrl)
    if (outcome !== DEVICE_SUCCESS) throw new Error(`Device approval did not end on the success page (ended at ${String(outcome)})`)
}

export interface IssueTokensOptions {
    clientId: string
    clientSecret: string
    redirectUri: string
    login: string
    /** Space-separated scopes; include offline_access (or pass access_type=offline) for a refresh token. */
    scope: string
    /** More authorization request parameters, e.g. `{ access_type: 'offline' }` as Google wants. */
    extraParameters?: Record<string, string>
}

export interface IssuedTokens {
    access_token: string
    refresh_token?: string
    id_token?: string
    token_type: string
    expires_in: number
    scope: string
}

/** Runs the authorization-code flow with PKCE over HTTP and returns the token response. */
export async function issueTokens(server: Pick<OAuthServer, 'authorizationUrl' | 'tokenUrl'>, options: IssueTokensOptions): Promise<IssuedTokens> {
    const verifier = randomBytes(32).toString('base64url')
    const state = randomBytes(8).toString('hex')
    const request = new URL(server.authorizationUrl)
    request.search = new URLSearchParams({
        response_type: 'code',
        client_id: options.clientId,
        redirect_uri: options.redirectUri,
        scope: options.scope,
        state,
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
        login_hint: options.login,
        ...options.extraParameters,
    }).toString()

    const redirected = new URL(await completeAuthorization(request.toString(), { login: options.login }))
    const error = redirected.searchParams.get('error')
    if (error) throw new Error(`Authorization failed: ${error}: ${redirected.searchParams.get('error_description') ?? ''}`)
    if (redirected.searchParams.get('state') !== state) throw new Error('Authorization answered with a different state')

    const response = await fetch(server.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
            grant_type: 'authorization_code',
            code: redirected.searchParams.get('code') ?? '',
            redirect_uri: options.redirectUri,
            code_verifier: verifier,
            client_id: options.clientId,
            client_secret: options.clientSecret,
        }),
    })
    const body = (await response.json()) as IssuedTokens & { error?: string; error_description?: string }
    if (!response.ok) throw new Error(`Code exchange failed (HTTP ${response.status}): ${body.error}: ${body.error_description ?? ''}`)
    return body
}

const DEVICE_SUCCESS = Symbol('device flow success page')

interface Form {
    action: string
    fields: Map<string, { type: string; value: string }>
}

/** A very small browser: follows redirects on the server's origin, keeps cookies, fills the known forms. */
class Browser {
    private readonly cookies = new Map<string, string>()

    constructor(
        private readonly origin: string,
        private readonly user: { login: string; consent?: boolean; userCode?: string },
    ) {}

    async run(startUrl: string): Promise<string | typeof DEVICE_SUCCESS> {
        let next: { url: string; method: 'GET' | 'POST'; form?: URLSearchParams } = { url: startUrl, method: 'GET' }
        for (let step = 0; step < 20; step++) {
            const response = await fetch(next.url, {
                method: next.method,
                redirect: 'manual',
                headers: {
                    cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
                    ...(next.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
                },
                body: next.form,
            })
            this.keepCookies(response)
            const location = response.headers.get('location')
            if (response.status >= 300 && response.status < 400 && location) {
                await response.arrayBuffer()
                const target = new URL(location, next.url)
                if (target.origin !== this.origin) return target.toString()
                next = { url: target.toString(), method: 'GET' }
                continue
            }
            const html = await response.text()
            if (html.includes('oops! something went wrong')) throw pageError(response.status, html)
            if (html.includes('<h1>Sign-in Success</h1>')) return DEVICE_SUCCESS
            next = this.answer(html, next.url)
        }
        throw new Error('The authorization flow did not finish within 20 pages')
    }

    /** What the user does on this page. */
    private answer(html: string, pageUrl: string): { url: string; method: 'POST' | 'GET'; form?: URLSearchParams } {
        const form = parseForm(html)
        if (!form) throw new Error(`Unexpected page in the authorization flow at ${pageUrl}`)
        const prompt = form.fields.get('prompt')?.value
        const values = new URLSearchParams()
        for (const [name, field] of form.fields) if (field.type === 'hidden') values.set(name, field.value)
        if (prompt === 'login') {
            values.set('login', this.user.login)
            values.set('password', 'any')
        } else if (prompt === 'consent' && this.user.consent === false) {
            const abort = /href="([^"]*\/abort)"/.exec(html)
            if (!abort) throw new Error('No abort link on the consent page')
            return { url: new URL(abort[1], pageUrl).toString(), method: 'GET' }
        } else if (form.fields.has('user_code') && form.fields.get('user_code')?.type !== 'hidden') {
            if (!this.user.userCode) throw new Error('The server asks for a user code, but none was given')
            values.set('user_code', this.user.userCode)
        }
        return { url: new URL(form.action, pageUrl).toString(), method: 'POST', form: values }
    }

    private keepCookies(response: Response): void {
        for (const header of response.headers.getSetCookie()) {
            const [pair, ...attributes] = header.split(';')
            const separator = pair.indexOf('=')
            const name = pair.slice(0, separator).trim()
            const value = pair.slice(separator + 1).trim()
            const expired = attributes.some((attribute) => /^\s*(max-age=0|expires=.*1970)/i.test(attribute))
            if (!value || expired) this.cookies.delete(name)
            else this.cookies.set(name, value)
        }
    }
}

function attribute(tag: string, name: string): string | undefined {
    const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)
    return match ? decodeEntities(match[1]) : undefined
}

function decodeEntities(text: string): string {
    return text
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
}

function parseForm(html: string): Form | undefined {
    const formMatch = /<form\b[^>]*>([\s\S]*?)<\/form>/i.exec(html)
    if (!formMatch) return undefined
    const action = attribute(formMatch[0].slice(0, formMatch[0].indexOf('>') + 1), 'action') ?? ''
    const fields = new Map<string, { type: string; value: string }>()
    for (const input of formMatch[1].match(/<input\b[^>]*>/gi) ?? []) {
        const name = attribute(input, 'name')
        if (name) fields.set(name, { type: (attribute(input, 'type') ?? 'text').toLowerCase(), value: attribute(input, 'value') ?? '' })
    }
    return { action, fields }
}

function pageError(status: number, html: string): AuthorizationPageError {
    const field = (name: string) => new RegExp(`<strong>${name}</strong>: ([^<]*)`).exec(html)?.[1] ?? ''
    return new AuthorizationPageError(status, decodeEntities(field('error')), decodeEntities(field('error_description')))
}
