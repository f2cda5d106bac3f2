/**
 * The instance's web tier for the overview page, on loopback, serving only what dist/app holds:
 * - the UI page (sys_ui_page `x_mail_oauth_overview.do`) with its Jelly `$[...]` expressions rendered
 *   as the platform would (session token, cache keys) and the platform's own `<g:requires>` tags dropped;
 * - the bundled client (sys_ux_lib_asset) at /uxasset/externals/<name>.jsdbx;
 * - the Scripted REST API (sys_ws_definition + sys_ws_operation): the route is matched by method and
 *   path template, the session token (X-UserToken) is required, the operation's ACL (sys_security_acl
 *   of type REST_Endpoint and its roles) is enforced as the platform does before any script runs, then
 *   the operation's built script runs in the instance realm with `request` and `response`, and the
 *   body goes out wrapped in `result`, as a Scripted REST response is;
 * - a theme stylesheet where the page links the instance theme, and a placeholder for oauth_initiator.do.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { platform, type PlatformUser } from '../stand-ins/platform.ts'
import type { BuiltAppRunner, BuiltRecord } from '../e2e/runner/built-app-runner.ts'

export const PAGE_ENDPOINT = 'x_mail_oauth_overview.do'

/** The CSS the instance serves for its theme: a few of its tokens, so the test can see the page use them. */
export const DEFAULT_THEME_CSS = ':root { --now-color_background--primary: 250, 251, 251; --now-color_text--primary: 22, 27, 28; }'

export interface OverviewServerOptions {
    themeCss?: string
}

export interface OverviewServer {
    /** http://127.0.0.1:<port> */
    origin: string
    pageUrl: string
    /** Who is signed in: the platform user every request runs as. */
    user: PlatformUser
    themeCss: string
    /** Each REST call: method, path, status. */
    calls: { method: string; path: string; status: number }[]
    stop(): Promise<void>
}

interface Route {
    method: string
    pattern: RegExp
    params: string[]
    operation: BuiltRecord
    definition: BuiltRecord
}

export async function startOverviewServer(runner: BuiltAppRunner, options: OverviewServerOptions = {}): Promise<OverviewServer> {
    const app = runner.app
    const page = runner.builtRecord('sys_ui_page', (record) => record.endpoint === PAGE_ENDPOINT, `the UI page ${PAGE_ENDPOINT}`)
    const assets = new Map(app.of('sys_ux_lib_asset').map(({ fields }) => [`/uxasset/externals/${fields.name}.jsdbx`, fields]))
    const routes = restRoutes(runner)
    const sessionToken = randomBytes(16).toString('hex')

    const state: OverviewServer = {
        origin: '',
        pageUrl: '',
        user: { ...platform.user },
        themeCss: options.themeCss ?? DEFAULT_THEME_CSS,
        calls: [],
        stop: async () => {
            server.closeAllConnections()
            await new Promise<void>((resolve) => server.close(() => resolve()))
        },
    }

    const server: Server = createServer((request, response) => {
        readBody(request).then(
            (body) => {
                try {
                    handle(request, response, body)
                } catch (error) {
                    send(response, 500, 'text/plain', `The test web tier failed: ${error instanceof Error ? error.stack : String(error)}`)
                }
            },
            () => send(response, 400, 'text/plain', 'unreadable request body'),
        )
    })

    function handle(request: IncomingMessage, response: ServerResponse, body: string): void {
        const url = new URL(request.url ?? '/', state.origin)
        if (url.pathname === `/${PAGE_ENDPOINT}`) return send(response, 200, 'text/html; charset=utf-8', renderJelly(page.html ?? '', sessionToken))
        const asset = assets.get(url.pathname)
        if (asset) return send(response, 200, asset.mime_type || 'application/javascript', asset.content ?? '')
        if (url.pathname === '/$uxappimmutables.do') return send(response, 200, 'text/css', state.themeCss)
        if (url.pathname === '/oauth_initiator.do') return send(response, 200, 'text/html', '<title>oauth_initiator.do</title><p>The platform would redirect to the provider here.</p>')
        const route = routes.find((candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname))
        if (route) return serveRest(route, url, request, response, body)
        send(response, 404, 'text/plain', `Not found on this test instance: ${url.pathname}`)
    }

    function serveRest(route: Route, url: URL, request: IncomingMessage, response: ServerResponse, body: string): void {
        const reply = (status: number, payload: unknown) => {
            state.calls.push({ method: route.method, path: url.pathname, status })
            send(response, status, 'application/json', JSON.stringify(payload))
        }
        if (request.headers['x-usertoken'] !== sessionToken) {
            return reply(401, { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
        }
        const user = withContainedRoles(runner, state.user)
        if (!aclAllows(runner, route, user)) {
            return reply(403, { error: { message: 'User Not Authorized', detail: 'The user does not have the roles the ACL of this REST endpoint requires' }, status: 'failure' })
        }
        const match = route.pattern.exec(url.pathname) as RegExpExecArray
        const pathParams = Object.fromEntries(route.params.map((name, index) => [name, decodeURIComponent(match[index + 1])]))
        const result = { status: 200, body: undefined as unknown, headers: {} as Record<string, string> }
        const restResponse = {
            setStatus: (code: number) => (result.status = code),
            setHeader: (name: string, value: string) => (result.headers[name] = value),
            setBody: (value: unknown) => (result.body = JSON.parse(JSON.stringify(value))),
        }
        const restRequest = {
            pathParams,
            queryParams: Object.fromEntries([...url.searchParams.keys()].map((key) => [key, url.searchParams.getAll(key)])),
            headers: { ...request.headers },
            body: { data: body ? JSON.parse(body) : null, dataString: body },
            uri: url.pathname,
            url: url.href,
            queryString: url.search.slice(1),
        }
        platform.user = user
        try {
            runner.runServerScript(route.operation.operation_script ?? '', `sys_ws_operation: ${route.operation.name}`, { request: restRequest, response: restResponse })
        } catch (error) {
            return reply(500, { error: { message: error instanceof Error ? error.message : String(error), detail: '' }, status: 'failure' })
        }
        reply(result.status, { result: result.body })
    }

    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    state.pageUrl = `${state.origin}/${PAGE_ENDPOINT}`
    return state
}

/** The operations of every Scripted REST API in dist/app, with their full paths as regular expressions. */
function restRoutes(runner: BuiltAppRunner): Route[] {
    const definitions = new Map(runner.app.of('sys_ws_definition').map(({ fields }) => [fields.sys_id, fields]))
    return runner.app.of('sys_ws_operation').map(({ fields: operation }) => {
        const definition = definitions.get(operation.web_service_definition)
        if (!definition) throw new Error(`sys_ws_operation ${operation.name} names no sys_ws_definition in dist/app`)
        const params: string[] = []
        const template = `${definition.base_uri}${operation.relative_path === '/' ? '' : operation.relative_path}`
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_whole, name: string) => {
            params.push(name)
            return '([^/]+)'
        })
        return { method: operation.http_method, pattern: new RegExp(`^${source}/?$`), params, operation, definition }
    })
}

/**
 * The user with every role their roles contain, as the platform grants them (x_mail_oauth.admin contains
 * x_mail_oauth.viewer): read from the built sys_user_role_contains records, to any depth.
 */
function withContainedRoles(runner: BuiltAppRunner, user: PlatformUser): PlatformUser {
    const roleNames = new Map(runner.app.of('sys_user_role').map(({ fields }) => [fields.sys_id, fields.name]))
    const links = runner.app.of('sys_user_role_contains').map(({ fields }) => ({ role: roleNames.get(fields.role) ?? fields.role, contains: roleNames.get(fields.contains) ?? fields.contains }))
    const roles = [...user.roles]
    for (let index = 0; index < roles.length; index++) {
        for (const link of links) if (link.role === roles[index] && !roles.includes(link.contains)) roles.push(link.contains)
    }
    return { ...user, roles }
}

/** The platform's REST ACL decision: an active REST_Endpoint ACL allows a user holding one of its roles (or admin, when admin overrides). */
function aclAllows(runner: BuiltAppRunner, route: Route, user: PlatformUser): boolean {
    if (route.operation.requires_acl_authorization !== 'true') return true
    const aclIds = (route.operation.enforce_acl || route.definition.enforce_acl || '').split(',').filter((id) => id !== '')
    const roleNames = new Map(runner.app.of('sys_user_role').map(({ fields }) => [fields.sys_id, fields.name]))
    return aclIds.every((aclId) => {
        const acl = runner.app.byId(aclId)?.fields
        if (!acl || acl.active !== 'true' || acl.type.toLowerCase() !== 'rest_endpoint') throw new Error(`REST operation ${route.operation.name} enforces ACL ${aclId}, which dist/app does not hold as an active REST_Endpoint ACL`)
        if (acl.admin_overrides === 'true' && user.roles.includes('admin')) return true
        const roles = runner.app
            .of('sys_security_acl_role')
            .filter(({ fields }) => fields.sys_security_acl === aclId)
            .map(({ fields }) => roleNames.get(fields.sys_user_role) ?? fields.sys_user_role)
        return roles.length === 0 || roles.some((role) => user.roles.includes(role))
    })
}

/** The Jelly the built page uses: its `$[...]` expressions and the platform's own script includes. */
function renderJelly(html: string, sessionToken: string): string {
    const expressions: Record<string, string> = {
        'gs.getSession().getSessionToken() || gs.getSessionToken()': sessionToken,
        'UxFrameworkScriptables.getFlushTimestamp()': '1',
        'sn_ui.PolarisUI.getThemeVariableCssCacheKey()': 'test',
        AMP: '&',
    }
    return html
        .replace(/<g2?:[\w-]+[^>]*>\s*(<\/g2?:[\w-]+>)?/g, '')
        .replace(/\$\[([^\]]+)\]/g, (_whole, expression: string) => {
            const value = expressions[expression.trim()]
            if (value === undefined) throw new Error(`The built page uses the Jelly expression $[${expression}], which the test web tier does not render: add it to renderJelly.`)
            return value
        })
}

function readBody(request: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        request.on('data', (chunk: Buffer) => chunks.push(chunk))
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        request.on('error', reject)
    })
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
    response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' })
    response.end(body)
}
