/**
 * The OAuth API scripts as built (dist/app sys_script_include, fluent/providers/oauth-api-scripts.now.ts),
 * run as the platform runs a provider's OAuth API Script: the script include's text evaluated in the
 * instance realm over a stand-in of the global `OAuthUtil` it extends, then `new <Script>(oauthContext)`
 * and `preprocessAuthCode(requestParamMap)` on the authorization request's parameters.
 *
 * The platform's side (the OAuthUtil base, the Java map): runner/oauth-util.ts.
 */
import * as glide from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import { SIGN_IN_RUN_TABLE } from '../../src/platform/probe/names.ts'
import { GOOGLE } from '../../src/providers.ts'
import { BuiltAppRunner } from './runner/built-app-runner.ts'
import { JavaMap, PLATFORM_PRELUDE, PROVIDER_OWN, runAuthorizationRequest as runThrough } from './runner/oauth-util.ts'

const runner = new BuiltAppRunner()

function runAuthorizationRequest(scriptName: string, parameters: Record<string, string>, method = 'preprocessAuthCode'): Record<string, string> {
    return runThrough(runner, scriptName, parameters, method)
}

let accountId: string

beforeAll(() => {
    runner.installApp(Date.UTC(2026, 10, 20, 9, 0, 0))
    accountId = platform.db.insert('sys_email_account', { name: 'Support inbox', type: 'imap', authentication: 'oauth2', user_name: 'support@contoso.com', active: true })
})

test('the app ships both scripts, public, named as the platform requires, each extending OAuthUtil', () => {
    for (const name of Object.values(SIGN_IN_SCRIPT)) {
        const include = runner.builtRecord('sys_script_include', (record) => record.name === name, `the script include ${name}`)
        expect({ name, startsWithOAuth: name.startsWith('OAuth'), access: include.access, active: include.active, extendsOAuthUtil: include.script.includes('Object.extendsObject(global.OAuthUtil, {') }).toEqual({
            name,
            startsWithOAuth: true,
            access: 'public',
            active: 'true',
            extendsOAuthUtil: true,
        })
    }
})

test("the Microsoft provider ships naming the app's script; the Google one ships empty and the install sets the platform's OAuthGoogleOfflineAccess", () => {
    const scripts = Object.fromEntries(runner.app.of('sys_script_include').map((record) => [record.sysId, record.fields.name]))
    const providers = runner.app.of('oauth_entity').filter((record) => record.fields.default_grant_type === 'authorization_code')
    expect(Object.fromEntries(providers.map((provider) => [provider.fields.name, scripts[provider.fields.oauth_api_script ?? ''] ?? null]))).toEqual({
        'Microsoft 365 Email': SIGN_IN_SCRIPT.microsoft,
        'Google Gmail': null,
    })
    // On the installed instance, after the fix script: the platform's global script include.
    expect(installedScriptOf(GOOGLE.entityName)).toBe(GOOGLE.oauthApiScript)
    expect(installedScriptOf('Microsoft 365 Email')).toBe(SIGN_IN_SCRIPT.microsoft)
})

function installedScriptOf(providerName: string): string | null {
    const provider = platform.db.rows('oauth_entity').find((row) => row.name === providerName)
    return String(platform.db.row('sys_script_include', String(provider?.oauth_api_script ?? ''))?.name ?? '') || null
}

describe('each script records that the platform ran it, never at the expense of the sign-in', () => {
    beforeEach(() => {
        platform.refusals.clear()
        platform.db.rows(SIGN_IN_RUN_TABLE).forEach((row) => platform.db.delete(SIGN_IN_RUN_TABLE, String(row.sys_id)))
    })
    afterAll(() => platform.refusals.clear())

    it('one row per script, its runs counted', () => {
        runAuthorizationRequest(SIGN_IN_SCRIPT.microsoft, PROVIDER_OWN)
        runAuthorizationRequest(SIGN_IN_SCRIPT.microsoft, PROVIDER_OWN)
        runAuthorizationRequest(SIGN_IN_SCRIPT.google, PROVIDER_OWN)
        expect(platform.db.rows(SIGN_IN_RUN_TABLE).map((row) => [row.script, String(row.runs)]).sort()).toEqual([
            [SIGN_IN_SCRIPT.google, '1'],
            [SIGN_IN_SCRIPT.microsoft, '2'],
        ])
    })

    it('a refused record leaves the request with its parameters, and no exception', () => {
        platform.refusals.refuse(SIGN_IN_RUN_TABLE, 'insert')
        expect(runAuthorizationRequest(SIGN_IN_SCRIPT.google, PROVIDER_OWN)).toMatchObject({ access_type: 'offline', prompt: 'consent select_account' })
        expect(platform.db.rows(SIGN_IN_RUN_TABLE)).toEqual([])
    })

    it('a table that throws on read leaves the request with its parameters', () => {
        platform.hooks.beforeQuery = (table: string) => {
            if (table === SIGN_IN_RUN_TABLE) throw new Error('Security restricted: read operation on table x_mail_oauth_sign_in_run')
        }
        try {
            expect(runAuthorizationRequest(SIGN_IN_SCRIPT.microsoft, PROVIDER_OWN)).toEqual({ ...PROVIDER_OWN, prompt: 'select_account' })
        } finally {
            platform.hooks.beforeQuery = undefined
        }
    })
})

test('Microsoft: prompt=select_account is added and every parameter of the provider stays', () => {
    expect(runAuthorizationRequest(SIGN_IN_SCRIPT.microsoft, PROVIDER_OWN)).toEqual({ ...PROVIDER_OWN, prompt: 'select_account' })
})

test('Microsoft: a prompt or login_hint the request already has is kept', () => {
    const own = { ...PROVIDER_OWN, prompt: 'login', login_hint: 'someone@contoso.com' }
    expect(runAuthorizationRequest(SIGN_IN_SCRIPT.microsoft, own)).toEqual(own)
})

test('Google: offline access as OAuthGoogleOfflineAccess adds it, and the account chooser in the same prompt list', () => {
    const own = { ...PROVIDER_OWN, scope: 'https://mail.google.com/' }
    expect(runAuthorizationRequest(SIGN_IN_SCRIPT.google, own)).toEqual({ ...own, access_type: 'offline', prompt: 'consent select_account' })
    expect(runAuthorizationRequest(SIGN_IN_SCRIPT.google, { ...own, prompt: 'consent' })).toEqual({ ...own, access_type: 'offline', prompt: 'consent select_account' })
})

test('when the request names the email account, its mailbox becomes login_hint', () => {
    expect(runAuthorizationRequest(SIGN_IN_SCRIPT.microsoft, { ...PROVIDER_OWN, oauth_requestor: accountId })).toEqual({
        ...PROVIDER_OWN,
        oauth_requestor: accountId,
        prompt: 'select_account',
        login_hint: 'support@contoso.com',
    })
})

test('the token request is left as the platform builds it (interceptRequestParameters)', () => {
    const tokenRequest = { grant_type: 'authorization_code', code: 'the-code', redirect_uri: PROVIDER_OWN.redirect_uri }
    expect(runAuthorizationRequest(SIGN_IN_SCRIPT.microsoft, tokenRequest, 'interceptRequestParameters')).toEqual(tokenRequest)
})

test('a failure inside never stops the authorization: the request goes out as the platform built it', () => {
    const include = runner.builtRecord('sys_script_include', (record) => record.name === SIGN_IN_SCRIPT.microsoft, 'the script include')
    const requestParamMap = new JavaMap(PROVIDER_OWN)
    const broken = include.script.replace('/1.0.0/', '/9.9.9/')
    runner.runServerScript(`${PLATFORM_PRELUDE}\n${broken}\nnew ${SIGN_IN_SCRIPT.microsoft}({}).preprocessAuthCode(requestParamMap);`, 'broken', { requestParamMap, gs: glide.gs })
    expect(Object.fromEntries(requestParamMap.entries)).toEqual(PROVIDER_OWN)
    expect(platform.logs.some((log) => /could not add its sign-in parameters/.test(String(log.message)))).toBe(true)
})
