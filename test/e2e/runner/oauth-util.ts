/**
 * Runs a built OAuth API Script as the platform runs a provider's script: the script include's text
 * evaluated in the instance realm over a stand-in of the global `OAuthUtil` it extends, then
 * `new <Script>(oauthContext)` and `preprocessAuthCode(requestParamMap)` on the authorization request.
 *
 * The stand-in base follows ServiceNow's docs (OAuthUtil - Global: getOAuthProfile,
 * interceptRequestParameters, parseTokenResponse) and the public copies of global.OAuthUtil
 * (initialize(oauthContext); interceptRequestParameters calls preprocessAccessToken; preprocessAuthCode
 * and preprocessAccessToken empty; postprocessAccessToken parses JSON). `Class.create` and
 * `Object.extendsObject` behave as the platform's (a constructor calling initialize; a copy of the
 * base prototype with the new members).
 */
import * as glide from '../../stand-ins/glide.ts'
import type { BuiltAppRunner } from './built-app-runner.ts'

export const PLATFORM_PRELUDE = `
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
export class JavaMap {
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
export const PROVIDER_OWN = {
    response_type: 'code',
    client_id: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    redirect_uri: 'https://acme.service-now.com/oauth_redirect.do',
    scope: 'https://outlook.office.com/IMAP.AccessAsUser.All openid offline_access',
    state: 'opaque-state-of-the-platform',
}

/** One authorization request through the built script `scriptName`; returns the parameters as they leave. */
export function runAuthorizationRequest(runner: BuiltAppRunner, scriptName: string, parameters: Record<string, string>, method = 'preprocessAuthCode'): Record<string, string> {
    const include = runner.builtRecord('sys_script_include', (record) => record.name === scriptName, `the script include ${scriptName}`)
    const requestParamMap = new JavaMap(parameters)
    runner.runServerScript(`${PLATFORM_PRELUDE}\n${include.script}\nnew ${scriptName}({}).${method}(requestParamMap);`, `sys_script_include: ${scriptName}`, { requestParamMap, gs: glide.gs })
    return Object.fromEntries(requestParamMap.entries)
}
