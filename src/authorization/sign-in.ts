/**
 * Prevent the wrong sign-in (KB2071947: an admin authorizes a mailbox while signed in to the
 * provider as themselves). Pure: which parameters the app's OAuth API scripts add to the provider's
 * authorization request, and the Authorize link with the mailbox as a hint.
 *
 * - Microsoft identity platform (authorization code flow): `prompt=select_account` shows the account
 *   picker instead of signing in silently with the browser's session; `login_hint=<address>`
 *   pre-fills the mailbox. `prompt` takes one value.
 * - Google (OAuth 2.0 for web server apps): `prompt` takes a space-separated list; `consent` (with
 *   `access_type=offline`, what the platform's OAuthGoogleOfflineAccess adds, KB0813417) makes Google
 *   issue a refresh token; `select_account` shows the account chooser; `login_hint` pre-fills it.
 *
 * Parameters the request already has are kept: a value is only added, never replaced, except that
 * Google's prompt list gains the values it lacks.
 */

export type SignInProvider = 'microsoft' | 'google'

/** The OAuth API scripts the app ships (fluent/providers/oauth-api-scripts.now.ts); the platform runs only names beginning with "OAuth". */
export const SIGN_IN_SCRIPT = {
    microsoft: 'OAuthEmailMicrosoftSignIn',
    google: 'OAuthEmailGoogleSignIn',
} as const

export interface RequestParameter {
    name: string
    value: string
}

/**
 * What to put into the authorization request: `existing(name)` reads the request's current value
 * ('' or null when absent); `mailbox` is the account's address when the script can know it.
 */
export function signInParameters(provider: SignInProvider, existing: (name: string) => string | null, mailbox: string | null): RequestParameter[] {
    const put: RequestParameter[] = []
    const current = (name: string): string => (existing(name) ?? '').trim()
    if (provider === 'microsoft') {
        if (current('prompt') === '') put.push({ name: 'prompt', value: 'select_account' })
    } else {
        if (current('access_type') === '') put.push({ name: 'access_type', value: 'offline' })
        const prompts = current('prompt').split(/\s+/).filter((value) => value !== '')
        const wanted = prompts.concat(['consent', 'select_account'].filter((value) => prompts.indexOf(value) < 0 && prompts.indexOf('none') < 0))
        if (wanted.length !== prompts.length) put.push({ name: 'prompt', value: wanted.join(' ') })
    }
    if (current('login_hint') === '' && mailbox !== null && isAddress(mailbox)) put.push({ name: 'login_hint', value: mailbox.trim() })
    return put
}

/** Which provider an authorization endpoint belongs to, for the scripts' shared entry; null for any other. */
export function signInProviderOf(authUrl: string): SignInProvider | null {
    const host = /^https:\/\/([^/?#:]+)/i.exec(authUrl.trim())?.[1]?.toLowerCase() ?? ''
    if (host === 'login.microsoftonline.com') return 'microsoft'
    if (host === 'accounts.google.com') return 'google'
    return null
}

/**
 * The platform's "Authorize Email Account Access" start for one account (oauth_initiator.do, as the
 * overview page's Re-authorize link), with the mailbox as `login_hint` when it is an address: the
 * app's OAuth API script keeps a hint already in the request. Whether oauth_initiator.do hands an
 * extra URL parameter to the request is not documented; without it the account picker still shows.
 */
export function authorizeUrl(accountSysId: string, profileId: string, requestorContext: string, mailbox: string | null): string | null {
    if (accountSysId === '' || profileId === '') return null
    const hint = mailbox !== null && isAddress(mailbox) ? `&login_hint=${encodeURIComponent(mailbox.trim())}` : ''
    return (
        `/oauth_initiator.do?oauth_requestor_context=${encodeURIComponent(requestorContext)}` +
        `&oauth_requestor=${encodeURIComponent(accountSysId)}&oauth_provider_profile=${encodeURIComponent(profileId)}&response_type=code${hint}`
    )
}

/** What the Email Account form and the overview page say at once when the token belongs to someone else. */
export function signInMismatchMessage(identity: string, mailbox: string): string {
    return `Authorized as ${identity}, the mailbox is ${mailbox}: sign out of the provider (or open a private browser window) and click Authorize Email Account Access again, choosing ${mailbox} when the provider asks which account to use.`
}

function isAddress(value: string): boolean {
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}
