/**
 * Whether the platform runs the app's OAuth API scripts. ServiceNow documents custom OAuth API scripts
 * as global script includes (docs OAuthUtil; where it documents an app's own, it has them copied into
 * the global scope "for the process to be successful"), so a script of this app's scope on the
 * provider's OAuth API Script field is not proven to run. Each of the app's scripts records its runs
 * (src/platform/probe/sign-in-runs.ts): a recorded run is the proof. Until then the Google provider
 * keeps the platform's global OAuthGoogleOfflineAccess (KB0813417), without which Google issues no
 * refresh token and mail stops within the hour.
 */
import { GlideRecord } from '@servicenow/glide'
import { SIGN_IN_SCRIPT, signInProviderOf } from '../../authorization/sign-in.ts'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { readSignInRuns, type SignInRun } from '../../platform/probe/sign-in-runs.ts'
import { GOOGLE } from '../../providers.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

export interface ProviderScript {
    provider: string
    /** 'microsoft', 'google' or null for another provider. */
    kind: 'microsoft' | 'google' | null
    /** The OAuth API Script's name; '' when empty. */
    script: string
}

const APP_SCRIPTS: readonly string[] = [SIGN_IN_SCRIPT.microsoft, SIGN_IN_SCRIPT.google]

export function decideSignInScripts(runs: ReadonlyMap<string, SignInRun>, providers: readonly ProviderScript[]): ProbeAnswer {
    const ran = [...runs.values()].filter((run) => APP_SCRIPTS.indexOf(run.script) >= 0)
    const uses = providers.filter((provider) => provider.kind !== null).map((provider) => `${provider.provider}: ${provider.script || 'no OAuth API Script'}`)
    const googleOnAppScript = providers.filter((provider) => provider.kind === 'google' && provider.script === SIGN_IN_SCRIPT.google)
    if (ran.length > 0) {
        return confirmed(
            `The platform ran ${listed(ran.map((run) => `${run.script} (last ${run.lastRun} UTC, ${run.runs} run${run.runs === 1 ? '' : 's'})`))}. Providers: ${listed(uses)}.`,
            `The app's OAuth API scripts run on this instance: you may set ${SIGN_IN_SCRIPT.google} on the Google provider in place of ${GOOGLE.oauthApiScript} (same offline access, and Google asks which account signs in).`,
            'ran',
        )
    }
    if (googleOnAppScript.length > 0) {
        return differs(
            `${listed(googleOnAppScript.map((provider) => provider.provider))} names ${SIGN_IN_SCRIPT.google}, and no run of the app's OAuth API scripts is recorded. Providers: ${listed(uses)}.`,
            `Not proven to run: if it does not, Google issues no refresh token and mail stops within the hour. Set OAuth API Script back to ${GOOGLE.oauthApiScript} on the Application Registry form, unless an authorization made with it since the upgrade left a refresh token.`,
        )
    }
    return cannotTell(
        `No run of the app's OAuth API scripts is recorded yet (none ran since the install, or the platform does not run scripts of the app's scope). Providers: ${listed(uses)}.`,
        `Google keeps ${GOOGLE.oauthApiScript} (documented). Authorize a Microsoft 365 account (its provider names ${SIGN_IN_SCRIPT.microsoft}) and check again: a recorded run proves the app's scripts run.`,
    )
}

export function readProviderScripts(): ProviderScript[] {
    const provider = new GlideRecord('oauth_entity')
    provider.addQuery('type', 'oauth_provider')
    provider.addQuery('active', true)
    provider.setLimit(200)
    provider.query()
    const providers: ProviderScript[] = []
    while (provider.next()) {
        const kind = signInProviderOf(provider.getValue('auth_url') ?? '')
        if (kind === null) continue
        const script = provider.getDisplayValue('oauth_api_script') || ''
        providers.push({ provider: provider.getValue('name') ?? provider.getUniqueValue(), kind, script: script.replace(/^global\./, '') })
    }
    return providers
}

export const signInScriptsItem: ProbeItem = {
    key: PROBE_ITEM.signInScripts,
    title: "The app's OAuth API scripts run",
    assumption: `The platform runs an OAuth API Script of the app's scope (${listed([...APP_SCRIPTS])}); ServiceNow documents global ones only.`,
    check: () => decideSignInScripts(readSignInRuns(), readProviderScripts()),
}
