/**
 * Setup-check rule: the Microsoft or Google provider lacks the app's OAuth API script that makes the
 * provider ask which account signs in (src/authorization/sign-in.ts), so a mailbox can be authorized
 * with the admin's own session (KB2071947). Pure; registered from checkSetup.
 *
 * The Microsoft provider ships with its script set, but provider records load on first install only:
 * an instance that had the app before keeps its provider as the admin edited it, and gets the script
 * only when the admin sets the field (a lost script costs Microsoft only the account picker).
 *
 * Google is not asked for the app's script: the platform's OAuthGoogleOfflineAccess is the documented
 * path to a refresh token, and a script of the app's scope is not proven to run (docs/sign-in.md);
 * Check this instance says when the admin may switch. A Google provider with neither script is
 * reported by google_offline_access_missing (general.ts).
 */
import { SIGN_IN_SCRIPT, signInProviderOf } from '../../authorization/sign-in.ts'
import type { FindingSpec, ProfileFields, ProviderFields, RuleFinding } from '../finding.ts'

export const SIGN_IN_FINDING_CODES = {
    sign_in_script_missing: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

export function signInFindings(provider: ProviderFields | null | undefined, profile: ProfileFields | null | undefined): RuleFinding<'sign_in_script_missing'>[] {
    if (!provider || typeof provider !== 'object') return []
    const which = signInProviderOf(text(provider.auth_url))
    const grant = text(profile && typeof profile === 'object' ? profile.grant_type : '') || text(provider.default_grant_type)
    if (which === null || grant === 'client_credentials') return []
    const current = text(provider.oauth_api_script_name)
    const script = current.slice(current.lastIndexOf('.') + 1)
    if (which === 'google' || script === SIGN_IN_SCRIPT[which]) return []
    const providerName = (text(provider.name) || 'the provider').slice(0, 80)
    return [
        {
            code: 'sign_in_script_missing',
            field: 'oauth_entity.oauth_api_script',
            message:
                `OAuth API Script on the Application Registry form of '${providerName}' is ${current === '' ? 'empty' : `"${current.slice(0, 80)}"`}: set it to ${SIGN_IN_SCRIPT[which]} (installed with Email OAuth Manager). Microsoft then asks which account signs in (prompt=select_account), so a mailbox is not authorized with your own signed-in session by mistake (KB2071947). ` +
                'A provider created before this version keeps its fields on upgrade, so it gets the script only when you set this field.',
        },
    ]
}

function text(value: unknown): string {
    return typeof value === 'string' ? value.trim() : ''
}
