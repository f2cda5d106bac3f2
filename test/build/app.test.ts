/**
 * The app as `now-sdk build` wrote it (jest's global setup runs the real build first): every
 * record the setup procedure needs, with its key values, read back from dist/app.
 */
import { loadBuiltApp, type BuiltApp } from './dist-app.ts'
import { checks } from './expectations.ts'

let app: BuiltApp

beforeAll(() => {
    app = loadBuiltApp()
})

test.each(Object.keys(checks))('%s', (name) => {
    expect(checks[name](app)).toEqual([])
})

describe('a broken declaration fails with a message that names the record', () => {
    function brokenCopy(mutate: (app: BuiltApp) => void): BuiltApp {
        const copy = loadBuiltApp()
        mutate(copy)
        return copy
    }

    test('a provider that an upgrade would overwrite', () => {
        const broken = brokenCopy((a) => {
            const provider = a.of('oauth_entity').find((r) => r.fields.name === 'Microsoft 365 Email')!
            provider.file = provider.file.replace(/^unload/, 'update')
        })
        expect(checks['records the admin edits load on first install only; the app itself on every install'](broken)).toEqual([
            expect.stringMatching(/^oauth_entity "Microsoft 365 Email" \(update\/oauth_entity_\w+\.xml\): an admin edits this record, so it must load on first install only/),
        ])
    })

    test('an account shipped active', () => {
        const broken = brokenCopy((a) => {
            a.of('sys_email_account').find((r) => r.fields.type === 'imap')!.fields.active = 'true'
        })
        expect(checks['email accounts ship inactive with OAuth2 and a declared profile'](broken)).toEqual([
            expect.stringMatching(/^sys_email_account "Microsoft 365 inbound \(IMAP\)" \(unload\/sys_email_account_\w+\.xml\): active should be "false", is "true"$/),
        ])
    })

    test('two scopes written into one scope record', () => {
        const broken = brokenCopy((a) => {
            a.of('oauth_entity_scope').find((r) => r.fields.oauth_entity_scope === 'openid')!.fields.oauth_entity_scope = 'openid offline_access'
        })
        expect(checks['Microsoft 365 provider, scopes and profile'](broken)).toEqual(
            expect.arrayContaining([
                'oauth_entity "Microsoft 365 Email" (' + broken.of('oauth_entity').find((r) => r.fields.name === 'Microsoft 365 Email')!.file + '): scope "openid" should be its own oauth_entity_scope record, found 0',
                expect.stringMatching(/^oauth_entity_scope "OpenID" .*: holds several scopes; each scope must be its own entry$/),
            ]),
        )
    })

    test('a value Fluent could not resolve, and a shipped client secret', () => {
        const broken = brokenCopy((a) => {
            const provider = a.of('oauth_entity').find((r) => r.fields.name === 'Google Gmail')!
            provider.fields.client_secret = 'shipped-by-mistake'
            a.files.set(provider.file, '<token_url>Symbol(Now.UNRESOLVED)</token_url>')
        })
        expect(checks['every value resolved and no secret shipped'](broken)).toEqual([
            expect.stringMatching(/^unload\/oauth_entity_\w+\.xml: holds an unresolved Fluent value/),
            expect.stringMatching(/^oauth_entity "Google Gmail" .*: client_secret has a value/),
        ])
    })
})
