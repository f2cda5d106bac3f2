/**
 * The entry of the app's OAuth API scripts (fluent/providers/oauth-api-scripts.now.ts): the script
 * include the provider names in *OAuth API Script* extends the platform's global `OAuthUtil` and, in
 * `preprocessAuthCode(requestParamMap)`, hands the authorization request's parameter map here.
 * Thin: the parameters come from sign-in.ts.
 *
 * Why preprocessAuthCode: in the platform's OAuthUtil, `interceptRequestParameters` calls
 * `preprocessAccessToken` (the token request), while `preprocessAuthCode` is the hook for the
 * authorization request (public copies of global.OAuthUtil; ServiceNow's B2C KB adds a parameter to
 * the authorization URL there; the Google handler adds access_type=offline there).
 *
 * Which account is being authorized: ServiceNow documents only the map (name/value pairs) and
 * `getOAuthProfile()` (the profile, shared by every account of the provider). If the map carries
 * the requestor (`oauth_requestor`, the email account's sys_id, as oauth_initiator.do receives it),
 * its mailbox becomes `login_hint`; if it does not, no hint is guessed. A `login_hint` already in the
 * request is kept. Nothing here may stop an authorization: a failure is logged and the request goes
 * out as the platform built it.
 *
 * Each call records that the script ran (src/platform/probe/sign-in-runs.ts), after the parameters are
 * in place and never at their expense: Check this instance reads it to tell whether the platform runs
 * OAuth API scripts of the app's scope at all (ServiceNow documents only global ones).
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../common/redact.ts'
import { recordSignInScriptRun } from '../platform/probe/sign-in-runs.ts'
import { SIGN_IN_SCRIPT, signInParameters, type SignInProvider } from './sign-in.ts'

/** The platform's request parameter map (a Java map: get and put). */
export interface RequestParamMap {
    get(name: string): unknown
    put(name: string, value: string): unknown
}

export function addSignInParameters(provider: SignInProvider, requestParamMap: RequestParamMap): void {
    try {
        const existing = (name: string): string | null => {
            const value = requestParamMap.get(name)
            return value === null || value === undefined ? null : String(value)
        }
        for (const parameter of signInParameters(provider, existing, mailboxOf(existing('oauth_requestor')))) requestParamMap.put(parameter.name, parameter.value)
    } catch (error) {
        gs.warn(`Email OAuth Manager: could not add the sign-in parameters to the ${provider} authorization request: ${redact(String(error))}`)
    }
    // Never throws: a refused record costs only the proof, not the sign-in.
    recordSignInScriptRun(SIGN_IN_SCRIPT[provider])
}

/** The mailbox (User name) of the email account being authorized, when the request names one. */
function mailboxOf(requestorId: string | null): string | null {
    if (requestorId === null || !/^[0-9a-f]{32}$/.test(requestorId)) return null
    const account = new GlideRecord('sys_email_account')
    return account.get(requestorId) ? account.getValue('user_name') : null
}
