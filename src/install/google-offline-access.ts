/**
 * Gmail keeps its refresh token through the documented path: the platform's global
 * OAuthGoogleOfflineAccess (KB0813417) on the Google provider's OAuth API Script, unless the app's own
 * OAuthEmailGoogleSignIn is proven to run on this instance (a recorded run, src/platform/probe/sign-in-runs.ts).
 *
 * Run by the fix script "Email OAuth Manager: Gmail refresh token" (fluent/providers/google-offline-access.now.ts)
 * after an install or upgrade:
 * - first install: the shipped Google provider has no OAuth API Script (a Fluent record cannot name a
 *   global script include whose sys_id is the instance's), so it gets OAuthGoogleOfflineAccess;
 * - upgrade from 1.0 rounds that shipped OAuthEmailGoogleSignIn on the provider: the provider record is
 *   the admin's (first install only) and is never rewritten, so an admin would keep a script not proven
 *   to run. Without a recorded run it is set back to OAuthGoogleOfflineAccess, and the log says so;
 * - anything else the admin chose (another script, or the app's once proven) is left as it is.
 * Only Google providers (authorization URL at accounts.google.com) named as the app ships them, or
 * naming the app's script, are touched: another integration's Google provider stays the admin's.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { SIGN_IN_SCRIPT, signInProviderOf } from '../authorization/sign-in.ts'
import { loggedWrite, updateRecord } from '../common/writes.ts'
import { readSignInRuns } from '../platform/probe/sign-in-runs.ts'
import { GOOGLE } from '../providers.ts'

export interface GoogleProviderScript {
    name: string
    authUrl: string
    /** The OAuth API Script's name; '' when empty. */
    script: string
}

/** Whether the provider should get OAuthGoogleOfflineAccess; `appScriptsRan`: a run of the app's OAuth API scripts is recorded. Pure. */
export function needsOfflineAccessScript(provider: GoogleProviderScript, appScriptsRan: boolean): boolean {
    if (signInProviderOf(provider.authUrl) !== 'google') return false
    if (provider.script === SIGN_IN_SCRIPT.google) return !appScriptsRan
    return provider.script === '' && provider.name === GOOGLE.entityName
}

/** The fix script's entry: sets OAuthGoogleOfflineAccess where needed and logs each change. Returns the providers changed. */
export function keepGoogleOfflineAccess(): string[] {
    const changed: string[] = []
    const offline = new GlideRecord('sys_script_include')
    if (!offline.get('api_name', `global.${GOOGLE.oauthApiScript}`) && !offline.get('name', GOOGLE.oauthApiScript)) {
        gs.warn(`Email OAuth Manager: the platform's script include ${GOOGLE.oauthApiScript} was not found, so the Google provider's OAuth API Script was left as it is: set it on the Application Registry form (KB0813417), or Google issues no refresh token.`)
        return changed
    }
    const appScriptsRan = readSignInRuns().size > 0
    const provider = new GlideRecord('oauth_entity')
    provider.addQuery('type', 'oauth_provider')
    provider.addQuery('auth_url', 'CONTAINS', 'accounts.google.com')
    provider.setLimit(100)
    provider.query()
    while (provider.next()) {
        const current = { name: provider.getValue('name') ?? '', authUrl: provider.getValue('auth_url') ?? '', script: (provider.getDisplayValue('oauth_api_script') || '').replace(/^global\./, '') }
        if (!needsOfflineAccessScript(current, appScriptsRan)) continue
        provider.setValue('oauth_api_script', offline.getUniqueValue())
        const what = `the OAuth API Script of the provider '${current.name}' (set to ${GOOGLE.oauthApiScript}${current.script ? ` in place of ${current.script}, not proven to run on this instance` : ''})`
        if (loggedWrite(updateRecord(provider, what))) {
            changed.push(current.name)
            gs.info(`Email OAuth Manager: set ${what}. Check this instance on the overview page says when the app's own script may be used instead.`)
        }
    }
    return changed
}
