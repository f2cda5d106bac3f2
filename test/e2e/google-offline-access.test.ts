/**
 * The Google provider's refresh token through the documented path (issue 24 point 2), as built: the
 * fix script "Email OAuth Manager: Gmail refresh token" on a first install, and on an upgrade from the
 * version that shipped the app's OAuthEmailGoogleSignIn on the provider (a first-install record, never
 * rewritten by an upgrade). The upgrade is modelled as the runner models one (upgradeApp: update/
 * written again, unload/ not loaded, fix scripts run when new or changed): the earlier version did not
 * have this fix script, so it is new to the instance.
 */
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import { SIGN_IN_RUN_TABLE } from '../../src/platform/probe/names.ts'
import { GOOGLE } from '../../src/providers.ts'
import { platform } from '../stand-ins/platform.ts'
import { BuiltAppRunner } from './runner/built-app-runner.ts'
import { PROVIDER_OWN, runAuthorizationRequest } from './runner/oauth-util.ts'

const runner = new BuiltAppRunner()
const START = Date.UTC(2026, 10, 20, 9, 0, 0)
const FIX_SCRIPT = 'Email OAuth Manager: Gmail refresh token'

function googleProvider(): { sysId: string; script: string | null } {
    const provider = platform.db.rows('oauth_entity').find((row) => row.name === GOOGLE.entityName)!
    const script = platform.db.row('sys_script_include', String(provider.oauth_api_script ?? ''))
    return { sysId: String(provider.sys_id), script: script ? String(script.name) : null }
}

function scriptId(name: string): string {
    return String(platform.db.rows('sys_script_include').find((row) => row.name === name)?.sys_id)
}

/** The instance as the earlier version left it: the provider names the app's script, and this fix script was never installed. */
function earlierVersionInstalled(): void {
    runner.installApp(START)
    platform.db.update('oauth_entity', googleProvider().sysId, { oauth_api_script: scriptId(SIGN_IN_SCRIPT.google) })
    const fix = platform.db.rows('sys_script_fix').find((row) => row.name === FIX_SCRIPT)
    platform.db.delete('sys_script_fix', String(fix?.sys_id))
}

test("a first install sets the platform's OAuthGoogleOfflineAccess on the Google provider", () => {
    runner.installApp(START)
    expect(googleProvider().script).toBe(GOOGLE.oauthApiScript)
})

test("an upgrade over the app's script with no recorded run sets OAuthGoogleOfflineAccess back, and says so", () => {
    earlierVersionInstalled()
    runner.upgradeApp()
    expect(runner.lastFixScripts).toContain(FIX_SCRIPT)
    expect(googleProvider().script).toBe(GOOGLE.oauthApiScript)
    expect(platform.logs.map((log) => String(log.message))).toEqual(expect.arrayContaining([expect.stringContaining(`in place of ${SIGN_IN_SCRIPT.google}, not proven to run on this instance`)]))
})

test("an upgrade keeps the app's script once a run of the app's scripts is recorded", () => {
    earlierVersionInstalled()
    runAuthorizationRequest(runner, SIGN_IN_SCRIPT.microsoft, PROVIDER_OWN)
    expect(platform.db.rows(SIGN_IN_RUN_TABLE)).toHaveLength(1)
    runner.upgradeApp()
    expect(googleProvider().script).toBe(SIGN_IN_SCRIPT.google)
})

test('an upgrade leaves a script the admin chose', () => {
    earlierVersionInstalled()
    const own = platform.db.insert('sys_script_include', { name: 'OAuthContosoGoogle', api_name: 'global.OAuthContosoGoogle', active: true })
    platform.db.update('oauth_entity', googleProvider().sysId, { oauth_api_script: own })
    runner.upgradeApp()
    expect(googleProvider().script).toBe('OAuthContosoGoogle')
})

test("a refused write leaves the provider as it was and logs the refusal; the upgrade goes on", () => {
    earlierVersionInstalled()
    platform.refusals.refuse('oauth_entity', 'update')
    try {
        runner.upgradeApp()
    } finally {
        platform.refusals.clear()
    }
    expect(googleProvider().script).toBe(SIGN_IN_SCRIPT.google)
    expect(platform.logs.some((log) => /refused to update the OAuth API Script/.test(String(log.message)))).toBe(true)
})
