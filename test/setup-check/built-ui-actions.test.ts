/**
 * The "Check OAuth setup" UI actions as `now-sdk build` wrote them to dist/app (jest's global setup
 * builds first): table, name, roles and the glue that calls the module function with current and action.
 */
import { loadBuiltApp, type AppRecord, type BuiltApp } from '../build/dist-app.ts'

let app: BuiltApp

beforeAll(() => {
    app = loadBuiltApp()
})

function uiActionOn(table: string): AppRecord {
    const matches = app.of('sys_ui_action').filter((record) => record.fields.table === table && record.fields.name === 'Check OAuth setup')
    expect(matches).toHaveLength(1)
    return matches[0]
}

/** Role names of a UI action, read from its sys_ui_action_role files (the role reference carries the name). */
function rolesOf(action: AppRecord): string[] {
    return app
        .of('sys_ui_action_role')
        .filter((link) => link.fields.sys_ui_action === action.sysId)
        .map((link) => /<sys_user_role name="([^"]+)"/.exec(app.files.get(link.file) ?? '')?.[1] ?? '?')
        .sort()
}

describe.each([
    ['sys_email_account', 'checkOAuthSetupOnAccountForm', ''],
    ['oauth_entity', 'checkOAuthSetupOnProviderForm', "current.type == 'oauth_provider'"],
])('Check OAuth setup on %s', (table, entry, condition) => {
    it('is an active server-side form button on saved records', () => {
        expect(uiActionOn(table).fields).toMatchObject({
            active: 'true',
            client: '',
            form_action: 'true',
            form_button: 'true',
            list_action: 'false',
            show_insert: 'false',
            show_update: 'true',
            condition,
            action_name: 'x_mail_oauth_check_setup',
        })
    })

    it(`calls ${entry}(current, action) from the setup-check module`, () => {
        const script = uiActionOn(table).fields.script
        expect(script).toContain(`const { ${entry} } = require('x_mail_oauth/email-oauth-manager/1.0.0/src/setup-check/form-action.ts');`)
        expect(script).toContain(`${entry}(current, action);`)
    })

    it('is for admin and x_mail_oauth.admin', () => {
        expect(rolesOf(uiActionOn(table))).toEqual(['admin', 'x_mail_oauth.admin'])
    })

    it('has no unresolved value', () => {
        const action = uiActionOn(table)
        for (const record of [action, ...app.of('sys_ui_action_role').filter((link) => link.fields.sys_ui_action === action.sysId)]) {
            expect(app.files.get(record.file)).not.toMatch(/Symbol\(|\[object Object\]|undefined/)
        }
    })
})

it('ships the setup-check modules the UI actions and the job call', () => {
    const modules = app.of('sys_module').map((module) => module.fields.content ?? '')
    expect(modules.some((content) => /export function checkOAuthSetupOnAccountForm\(current, action\)/.test(content))).toBe(true)
    expect(modules.some((content) => /export function refreshBlockerCheck\(\)/.test(content))).toBe(true)
    expect(modules.some((content) => /export function checkSetup\(snapshot\)/.test(content))).toBe(true)
})
