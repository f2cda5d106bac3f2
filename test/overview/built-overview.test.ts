/**
 * The overview as `npm run build` writes it to dist/app: the page with its bundle, the REST API
 * behind the app's admin role, the first module of the menu, and no secret in anything shipped.
 */
import { ADMIN_ROLE, VIEWER_ROLE } from '../../src/common/app.ts'
import { loadBuiltApp, type AppRecord } from '../build/dist-app.ts'

const app = loadBuiltApp()

function one(table: string, match: (fields: Record<string, string>) => boolean): AppRecord {
    const found = app.of(table).filter((record) => match(record.fields))
    expect(found).toHaveLength(1)
    return found[0]
}

describe('the overview in dist/app', () => {
    it('ships the UI page, and its React bundle as a module asset the page loads', () => {
        const page = one('sys_ui_page', (fields) => fields.endpoint === 'x_mail_oauth_overview.do')
        expect(page.fields.direct).toBe('true')
        const bundle = one('sys_ux_lib_asset', (fields) => fields.name === 'x_mail_oauth/main')
        expect(bundle.fields).toMatchObject({ es_module: 'true', mime_type: 'application/javascript' })
        expect(page.fields.html).toContain('/uxasset/externals/x_mail_oauth/main.jsdbx')
        expect(bundle.fields.content).toContain('Email OAuth Manager: overview')
        // The page's own inline script must survive the XML round trip: no CDATA end inside the page.
        expect(page.fields.html).not.toContain(']]')
    })

    it('serves the GET route to the viewer role and the actions (and the API default) to the admin role only', () => {
        const api = one('sys_ws_definition', (fields) => fields.service_id === 'overview')
        expect(api.fields.base_uri).toBe('/api/x_mail_oauth/overview')
        const acl = app.byId(api.fields.enforce_acl)
        expect(acl?.fields).toMatchObject({ type: 'REST_Endpoint', operation: 'execute', active: 'true' })
        const role = one('sys_user_role', (fields) => fields.name === ADMIN_ROLE)
        const viewer = one('sys_user_role', (fields) => fields.name === VIEWER_ROLE)
        const rolesOf = (aclId: string | undefined) => app.of('sys_security_acl_role').filter((link) => link.fields.sys_security_acl === aclId).map((link) => link.fields.sys_user_role)
        expect(rolesOf(acl?.sysId)).toEqual([role.sysId])
        const operations = app.of('sys_ws_operation').filter((operation) => operation.fields.web_service_definition === api.sysId)
        expect(operations.map((operation) => `${operation.fields.http_method} ${operation.fields.relative_path}`).sort()).toEqual([
            'GET /',
            'POST /accounts/{sys_id}/check',
            'POST /accounts/{sys_id}/refresh',
            'POST /accounts/{sys_id}/resend',
        ])
        for (const operation of operations) {
            // A route's own ACL replaces the API's default ("Configure a scripted REST API resource to require an ACL").
            const routeAcl = app.byId(operation.fields.enforce_acl)
            expect(routeAcl?.fields).toMatchObject({ type: 'REST_Endpoint', operation: 'execute', active: 'true' })
            expect(rolesOf(routeAcl?.sysId)).toEqual([operation.fields.http_method === 'GET' ? viewer.sysId : role.sysId])
            expect(operation.fields).toMatchObject({ requires_acl_authorization: 'true', requires_authentication: 'true' })
            expect(operation.fields.operation_script).toMatch(/require\('x_mail_oauth\/email-oauth-manager\/1\.0\.0\/src\/overview\/rest\.ts'\)/)
        }
    })

    it('is the first module of the Email OAuth Manager menu, for its admins', () => {
        const menu = one('sys_app_application', (fields) => fields.title === 'Email OAuth Manager')
        const modules = app.of('sys_app_module').filter((module) => module.fields.application === menu.sysId)
        const first = modules.sort((a, b) => Number(a.fields.order) - Number(b.fields.order))[0]
        expect(first.fields).toMatchObject({ title: 'Overview', link_type: 'DIRECT', query: 'x_mail_oauth_overview.do', active: 'true' })
        expect(first.fields.roles.split(',').sort()).toEqual(['admin', VIEWER_ROLE])
    })
})
