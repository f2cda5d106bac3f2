/**
 * The OAuth API scripts as built (dist/app sys_script_include, fluent/providers/oauth-api-scripts.now.ts),
 * run as the platform runs a provider's OAuth API Script: the script include's text evaluated in the
 * instance realm over a stand-in of the global `OAuthUtil` it extends, then `new <Script>(oauthContext)`
 * and `preprocessAuthCode(requestParamMap)` on the authorization request's parameters.
 *
 * The stand-in base follows ServiceNow's docs (OAuthUtil - Global: getOAuthProfile,
 * interceptRequestParameters, parseTokenResponse) and the public copies of global.OAuthUtil
 * (initialize(oauthContext); interceptRequestParameters calls preprocessAccessToken; preprocessAuthCode
 * and preprocessAccessToken empty; postprocessAccessToken parses JSON). `Class.create` and
 * `Object.extendsObject` behave as the platform's (a constructor calling initialize; a copy of the
 * base prototype with the new members).
 */
import * as glide from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import { BuiltAppRunner } from './runner/built-app-runner.ts'

const runner = new BuiltAppRunner()

const PLATFORM_PRELUDE = `
var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };
Object.extendsObject = function (base, members) {
    var prototype = Object.create(base.prototype);
    for (var name in base.prototype) prototype[name] = base.prototype[name];
    for (var member in members) prototype[member] = members[member];
    return prototype;
};
var global = { OAuthUtil: Class.create() };
global.OAuthUtil.prototype = {
    initialize: function (oauthContext) { this.oauthContext = oauthContext; },
    interceptRequestParameters: function (requestParamMap) { this.preprocessAccessToken(requestParamMap); },
    parseTokenResponse: function (accessTokenResponse) { this.postprocessAccessToken(accessTokenResponse); },
    preprocessAuthCode: function (requestParamMap) {},
    preprocessAccessToken: function (requestParamMap) {},
    postprocessAccessToken: function (accessTokenResponse) {},
    getOAuthProfile: function () { return null; },
    type: 'OAuthUtil'
};
`

/** The request parameter map as the platform hands it over: a Java map (get answers null when absent). */
class JavaMap {
    readonly entries = new Map<string, string>()
    constructor(initial: Record<string, string>) {
        for (const [name, value] of Object.entries(initial)) this.entries.set(name, value)
    }
    get(name: string): string | null {
        return this.entries.get(name) ?? null
    }
    put(name: string, value: unknown): void {
        this.entries.set(name, String(value))
    }
}

/** The authorization request's parameters as the platform builds them before calling the script. */
const PROVIDER_OWN = {
    response_type: 'code',
    client_id: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    redirect_uri: 'https://acme.service-now.com/oauth_redirect.do',
    scope: 'https://outlook.office.com/IMAP.AccessAsUser.All openid offline_access',
    state: 'opaque-state-of-the-platform',
}

function runAuthorizationRequest(scriptName: string, parameters: Record<string, string>, method = 'preprocessAuthCode'): Record<string, string> {
    const include = runner.builtRecord('sys_script_include', (record) => record.name === scriptName, `the script include ${scriptName}`)
    const requestParamMap = new JavaMap(parameters)
    runner.runServerScript(`${PLATFORM_PRELUDE}\n${include.script}\nnew ${scriptName}({}).${method}(requestParamMap);`, `sys_script_include: ${scriptName}`, { requestParamMap, gs: glide.gs })
    return Object.fromEntries(requestParamMap.entries)
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

test("the providers as shipped name them in OAuth API Script", () => {
    const scripts = Object.fromEntries(runner.app.of('sys_script_include').map((record) => [record.sysId, record.fields.name]))
    const providers = runner.app.of('oauth_entity').filter((record) => record.fields.default_grant_type === 'authorization_code')
    expect(Object.fromEntries(providers.map((provider) => [provider.fields.name, scripts[provider.fields.oauth_api_script ?? ''] ?? null]))).toEqual({
        'Microsoft 365 Email': SIGN_IN_SCRIPT.microsoft,
        'Google Gmail': SIGN_IN_SCRIPT.google,
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
