/**
 * What dist/app must hold, as checks over the built records. Each check returns the problems it
 * finds, every one naming the record (table, name and file) so a broken declaration says where
 * it is. The expected values come from the same constants the Fluent files import.
 */
import { ADMIN_ROLE, VIEWER_ROLE, ADMIN_USER_SYS_ID, EVENT, HEALTH_TABLE, PROPERTY, REFRESH_BATCH_EVENT, REFRESH_QUEUE, STATUS } from '../../src/common/app.ts'
import { GOOGLE, GRANT_TYPE, MICROSOFT, MICROSOFT_APP_ONLY, PLACEHOLDER, type ProviderPreset } from '../../src/providers.ts'
import { installFolder, type AppRecord, type BuiltApp } from './dist-app.ts'
import { fieldLimits } from './field-limits.ts'

export type Check = (app: BuiltApp) => string[]

const JOB_NAME = 'Email OAuth Manager: refresh email access tokens'

/** The mail script every alert email includes (fluent/alerts.now.ts). */
export const ALERT_DETAILS_MAIL_SCRIPT = 'Email OAuth Manager alert details'

function describeRecord(record: AppRecord): string {
    const label = record.fields.name || record.fields.title || record.fields.event_name || record.fields.oauth_entity_scope || record.sysId
    return `${record.table} "${label}" (${record.file})`
}

function expectFields(record: AppRecord, expected: Record<string, string>): string[] {
    return Object.entries(expected)
        .filter(([field, value]) => (record.fields[field] ?? '') !== value)
        .map(([field, value]) => `${describeRecord(record)}: ${field} should be "${value}", is "${record.fields[field] ?? ''}"`)
}

function findOne(app: BuiltApp, table: string, field: string, value: string): { record?: AppRecord; problems: string[] } {
    const found = app.of(table).filter((record) => record.fields[field] === value)
    if (found.length === 1) return { record: found[0], problems: [] }
    return { problems: [`${table} with ${field} "${value}": expected exactly one record, found ${found.length}`] }
}

function checkProvider(app: BuiltApp, preset: ProviderPreset): string[] {
    const { record: entity, problems } = findOne(app, 'oauth_entity', 'name', preset.entityName)
    if (!entity) return problems
    problems.push(
        ...expectFields(entity, {
            type: 'oauth_provider',
            default_grant_type: 'authorization_code',
            auth_url: preset.authUrl,
            token_url: preset.tokenUrl,
            redirect_url: preset.redirectUrl,
            refresh_token_lifespan: String(preset.refreshTokenLifespanSeconds),
        }),
    )
    if (!entity.fields.client_id) problems.push(`${describeRecord(entity)}: client_id needs a visible placeholder for the admin to replace`)

    const profile = findOne(app, 'oauth_entity_profile', 'name', preset.profileName)
    problems.push(...profile.problems)
    if (profile.record) {
        problems.push(...expectFields(profile.record, { oauth_entity: entity.sysId, grant_type: 'authorization_code' }))
    }

    const scopesOfEntity = app.of('oauth_entity_scope').filter((scope) => scope.fields.oauth_entity === entity.sysId)
    for (const scopeString of Object.values(preset.scope) as string[]) {
        const matching = scopesOfEntity.filter((scope) => scope.fields.oauth_entity_scope === scopeString)
        if (matching.length !== 1) {
            problems.push(`${describeRecord(entity)}: scope "${scopeString}" should be its own oauth_entity_scope record, found ${matching.length}`)
            continue
        }
        const linked = app
            .of('oauth_entity_profile_scope')
            .some((link) => link.fields.oauth_entity_scope === matching[0].sysId && link.fields.oauth_entity_profile === profile.record?.sysId)
        if (!linked) problems.push(`${describeRecord(matching[0])}: not linked to profile "${preset.profileName}" through oauth_entity_profile_scope`)
    }
    for (const scope of scopesOfEntity) {
        if (/[\s,]/.test(scope.fields.oauth_entity_scope ?? '')) {
            problems.push(`${describeRecord(scope)}: holds several scopes; each scope must be its own entry`)
        }
    }
    return problems
}

/**
 * Tables whose records the admin edits after installing (the README's setup steps): they load on
 * first install only (dist/app/unload/), so an upgrade never writes a placeholder back over the
 * admin's value or (de)activates an account. Everything else is the app's own and is written again
 * by every install and upgrade (dist/app/update/).
 */
export const FIRST_INSTALL_TABLES = [
    'oauth_entity',
    'oauth_entity_profile',
    'oauth_entity_scope',
    'oauth_entity_profile_scope',
    'sys_email_account',
    'sys_properties',
    'sys_user_group',
    // The certificate chain (docs/certificate-credentials.md): the admin sets the signing key's store, password and name.
    'jwt_keystore_aliases',
    'jwt_provider',
] as const

/**
 * Limits of the SDK's table definitions this check does not apply, each with why. UNCONFIRMED: the SDK
 * gives the Name of sysrule, the parent of notifications and Script Actions, 40 characters; whether
 * the instance's dictionary holds the same for sysevent_email_action and sysevent_script_action is
 * not in the public docs. Names over 40 stay until an instance's sys_dictionary confirms the limit.
 */
const LIMITS_NOT_APPLIED = new Set(['sysevent_email_action.name', 'sysevent_script_action.name'])

export const checks: Record<string, Check> = {
    'records the admin edits load on first install only; the app itself on every install': (app) => {
        const problems: string[] = []
        for (const record of app.records) {
            if (['dictionary', 'scope', 'author_elective_update'].includes(installFolder(record))) continue
            const expected = (FIRST_INSTALL_TABLES as readonly string[]).includes(record.table) ? 'unload' : 'update'
            if (installFolder(record) !== expected) {
                problems.push(
                    expected === 'unload'
                        ? `${describeRecord(record)}: an admin edits this record, so it must load on first install only: add $meta: { installMethod: 'first install' } (it would land in unload/)`
                        : `${describeRecord(record)}: the app's own record must be written by every upgrade (update/), not only on first install`,
                )
            }
        }
        for (const table of FIRST_INSTALL_TABLES) {
            if (app.of(table).length === 0) problems.push(`${table}: the app ships no record of this table; drop it from FIRST_INSTALL_TABLES or declare the record`)
        }
        return problems
    },


    'Microsoft 365 provider, scopes and profile': (app) => checkProvider(app, MICROSOFT),

    'Google Gmail provider, scope and profile': (app) => checkProvider(app, GOOGLE),

    'email accounts ship inactive with OAuth2 and a declared profile': (app) => {
        const expected: { name: string; fields: Record<string, string> }[] = [
            {
                name: 'Microsoft 365 inbound (IMAP)',
                // email_user_label is the display name of SMTP accounts only (ServiceNow docs, Email account form).
                fields: { type: 'imap', server: MICROSOFT.imap.host, port: String(MICROSOFT.imap.port), enable_ssl: 'true', email_user_label: '' },
            },
            {
                name: 'Microsoft 365 outbound (SMTP)',
                fields: { type: 'smtp', server: MICROSOFT.smtp.host, port: String(MICROSOFT.smtp.port), enable_tls: 'true', email_user_label: PLACEHOLDER.mailbox },
            },
        ]
        return expected.flatMap(({ name, fields }) => {
            const { record: account, problems } = findOne(app, 'sys_email_account', 'name', name)
            if (!account) return problems
            problems.push(...expectFields(account, { ...fields, active: 'false', authentication: 'oauth2' }))
            const profile = app.byId(account.fields.oauth_profile ?? '')
            if (profile?.table !== 'oauth_entity_profile') {
                problems.push(`${describeRecord(account)}: oauth_profile "${account.fields.oauth_profile}" is not a profile declared by the app`)
            } else if (app.byId(profile.fields.oauth_entity ?? '')?.table !== 'oauth_entity') {
                problems.push(`${describeRecord(profile)}: its oauth_entity is not a provider declared by the app`)
            }
            return problems
        })
    },

    'Microsoft 365 app-only provider, .default scopes, client-credentials profiles and accounts, first install and inactive': (app) => {
        const { record: entity, problems } = findOne(app, 'oauth_entity', 'name', MICROSOFT_APP_ONLY.entityName)
        if (!entity) return problems
        problems.push(...expectFields(entity, { type: 'oauth_provider', active: 'false', default_grant_type: GRANT_TYPE.clientCredentials, token_url: MICROSOFT_APP_ONLY.tokenUrl }))
        const scopeOf = (scope: string) => app.of('oauth_entity_scope').find((r) => r.fields.oauth_entity === entity.sysId && r.fields.oauth_entity_scope === scope)
        const profiles: [string, string][] = [
            [MICROSOFT_APP_ONLY.graphProfileName, MICROSOFT_APP_ONLY.scope.graph],
            [MICROSOFT_APP_ONLY.smtpProfileName, MICROSOFT_APP_ONLY.scope.smtp],
        ]
        const profileIds: Record<string, string> = {}
        for (const [name, scopeString] of profiles) {
            const profile = findOne(app, 'oauth_entity_profile', 'name', name)
            problems.push(...profile.problems)
            if (!profile.record) continue
            profileIds[name] = profile.record.sysId
            problems.push(...expectFields(profile.record, { oauth_entity: entity.sysId, grant_type: GRANT_TYPE.clientCredentials }))
            const scope = scopeOf(scopeString)
            const links = app.of('oauth_entity_profile_scope').filter((link) => link.fields.oauth_entity_profile === profile.record?.sysId)
            if (!scope) problems.push(`${describeRecord(entity)}: no scope "${scopeString}"`)
            else if (links.length !== 1 || links[0].fields.oauth_entity_scope !== scope.sysId) problems.push(`${describeRecord(profile.record)}: should request exactly "${scopeString}"`)
        }
        const accounts: [string, string, Record<string, string>][] = [
            ['Microsoft 365 app-only receive (Microsoft Graph)', MICROSOFT_APP_ONLY.graphProfileName, { type: '' }],
            ['Microsoft 365 app-only send (Microsoft Graph)', MICROSOFT_APP_ONLY.graphProfileName, { type: '' }],
            ['Microsoft 365 app-only send (SMTP.SendAsApp)', MICROSOFT_APP_ONLY.smtpProfileName, { type: 'smtp', server: MICROSOFT_APP_ONLY.smtp.host, port: String(MICROSOFT_APP_ONLY.smtp.port), enable_tls: 'true' }],
        ]
        for (const [name, profileName, fields] of accounts) {
            const account = findOne(app, 'sys_email_account', 'name', name)
            problems.push(...account.problems)
            if (account.record) problems.push(...expectFields(account.record, { ...fields, active: 'false', authentication: 'oauth2', oauth_profile: profileIds[profileName] ?? '' }))
        }
        const shipped = app.records.filter((r) => r.sysId === entity.sysId || r.fields.oauth_entity === entity.sysId || Object.values(profileIds).includes(r.fields.oauth_profile ?? '') || Object.values(profileIds).includes(r.fields.oauth_entity_profile ?? ''))
        for (const record of shipped) {
            if (!record.file.startsWith('unload/')) problems.push(`${describeRecord(record)}: an admin edits it, so it must be first install only (dist/app/unload), not ${record.file}`)
        }
        return problems
    },

    'the refresh job runs every 3 minutes as the admin user and calls the built module': (app) => {
        const { record: job, problems } = findOne(app, 'sysauto_script', 'name', JOB_NAME)
        if (!job) return problems
        // Run as admin, like the platform's own refresh job: tokens need role admin (KB0859525).
        problems.push(...expectFields(job, { active: 'true', run_type: 'periodically', run_period: '1970-01-01 00:03:00', run_as: ADMIN_USER_SYS_ID }))
        if (!job.fields.run_start) problems.push(`${describeRecord(job)}: executionStart must be set so the XML does not depend on build time`)
        const required = /require\('([^']+)'\)/.exec(job.fields.script ?? '')?.[1]
        const module = app.of('sys_module').find((record) => record.fields.path === required)
        if (!module) problems.push(`${describeRecord(job)}: its script requires "${required}", which is no sys_module of the app`)
        else if (!/export function runRefreshJob\b/.test(module.fields.content ?? '')) {
            problems.push(`${describeRecord(module)}: does not export runRefreshJob, which the job calls`)
        }
        if (!/runRefreshJob\(\)/.test(job.fields.script ?? '')) problems.push(`${describeRecord(job)}: its script does not call runRefreshJob()`)
        return problems
    },

    'refresh batches go to a dedicated parallel queue whose workers run the built batch entry': (app) => {
        const { record: queue, problems } = findOne(app, 'sysevent_queue', 'queue', REFRESH_QUEUE)
        if (queue) problems.push(...expectFields(queue, { processing_order: 'parallel', job_config: 'job_count', job_config_value: String(PROPERTY.refreshWorkers.default) }))
        const { record: event, problems: eventProblems } = findOne(app, 'sysevent_register', 'event_name', REFRESH_BATCH_EVENT)
        problems.push(...eventProblems)
        if (event) problems.push(...expectFields(event, { queue: REFRESH_QUEUE }))
        const { record: action, problems: actionProblems } = findOne(app, 'sysevent_script_action', 'event_name', REFRESH_BATCH_EVENT)
        problems.push(...actionProblems)
        if (action) {
            problems.push(...expectFields(action, { active: 'true' }))
            if (!/runRefreshBatch\(event\)/.test(action.fields.script ?? '')) problems.push(`${describeRecord(action)}: its script does not call runRefreshBatch(event)`)
        }
        return problems
    },

    'the token health table has its columns and status choices': (app) => {
        const columns = app.tables.get(HEALTH_TABLE)
        if (!columns) return [`table ${HEALTH_TABLE}: not in dist/app/dictionary`]
        const expected: Record<string, string> = {
            email_account: 'reference:sys_email_account',
            oauth_profile: 'reference:oauth_entity_profile',
            status: 'choice',
            access_token_expires: 'glide_date_time',
            refresh_token_expires: 'glide_date_time',
            last_checked: 'glide_date_time',
            last_refreshed: 'glide_date_time',
            next_attempt: 'glide_date_time',
            last_error_code: 'string',
            last_error: 'string',
            consecutive_failures: 'integer',
        }
        const problems = Object.entries(expected).flatMap(([name, type]) => {
            const column = columns.find((c) => c.name === name)
            const actual = column && (column.reference ? `${column.type}:${column.reference}` : column.type)
            return actual === type ? [] : [`table ${HEALTH_TABLE}: column ${name} should be ${type}, is ${actual ?? 'missing'}`]
        })
        const choices = columns.find((c) => c.name === 'status')?.choices ?? []
        const statuses = Object.values(STATUS) as string[]
        if (choices.join() !== statuses.join()) {
            problems.push(`table ${HEALTH_TABLE}: status choices should be ${statuses.join(', ')}, are ${choices.join(', ')}`)
        }
        const listed = app.of('sys_ui_list_element').map((element) => element.fields.element)
        if (!listed.includes('status') || !listed.includes('email_account')) problems.push(`table ${HEALTH_TABLE}: the list layout must show email_account and status`)
        if (app.of('sys_ui_element').length === 0) problems.push(`table ${HEALTH_TABLE}: no form layout`)
        return problems
    },

    'properties exist with their defaults, written by admins only': (app) =>
        Object.values(PROPERTY).flatMap(({ name, default: value }) => {
            const { record, problems } = findOne(app, 'sys_properties', 'name', name)
            if (!record) return problems
            problems.push(...expectFields(record, { value: String(value), write_roles: 'admin' }))
            return problems
        }),

    'the fix script gives new properties their defaults on install and upgrade, and changes with the version and the property list': (app) => {
        const { record: fix, problems } = findOne(app, 'sys_script_fix', 'name', 'Email OAuth Manager: add new properties')
        if (!fix) return problems
        problems.push(...expectFields(fix, { before: 'false' }))
        if (installFolder(fix) !== 'update') problems.push(`${describeRecord(fix)}: must be written by every install and upgrade (update/), or an upgrade never runs it`)
        const required = /require\('([^']+)'\)/.exec(fix.fields.script ?? '')?.[1]
        const module = app.of('sys_module').find((record) => record.fields.path === required)
        if (!module) problems.push(`${describeRecord(fix)}: its script requires "${required}", which is no sys_module of this build (a new version changes the path: update fluent/install.now.ts)`)
        else if (!/export function createNewProperties\b/.test(module.fields.content ?? '')) problems.push(`${describeRecord(module)}: does not export createNewProperties, which the fix script calls`)
        if (!/createNewProperties\(\)/.test(fix.fields.script ?? '')) problems.push(`${describeRecord(fix)}: its script does not call createNewProperties()`)
        for (const { name } of Object.values(PROPERTY)) {
            if (!(fix.fields.description ?? '').includes(name)) problems.push(`${describeRecord(fix)}: its description must name ${name}, so adding the property changes the fix script and the upgrade runs it`)
        }
        return problems
    },

    'the admin role contains the viewer role and exactly the platform roles to authorize and edit email accounts, not admin': (app) => {
        const { record: role, problems } = findOne(app, 'sys_user_role', 'name', ADMIN_ROLE)
        if (!role) return problems
        const contained = containedRoleNames(app, role.sysId)
        if (contained.join() !== ['email_account_admin', 'oauth_admin', VIEWER_ROLE].join()) problems.push(`${describeRecord(role)}: should contain exactly email_account_admin, oauth_admin and ${VIEWER_ROLE}, contains ${contained.join(', ') || 'nothing'}`)
        return problems
    },

    'the viewer role holds no platform role': (app) => {
        const { record: viewer, problems } = findOne(app, 'sys_user_role', 'name', VIEWER_ROLE)
        if (!viewer) return problems
        const contained = containedRoleNames(app, viewer.sysId)
        if (contained.length > 0) problems.push(`${describeRecord(viewer)}: should contain no role, contains ${contained.join(', ')}`)
        return problems
    },

    'the viewer role reads the app tables; only the admin role (or admin) writes them': (app) => {
        const { record: adminRole, problems } = findOne(app, 'sys_user_role', 'name', ADMIN_ROLE)
        const { record: viewer, problems: viewerProblems } = findOne(app, 'sys_user_role', 'name', VIEWER_ROLE)
        problems.push(...viewerProblems)
        if (!adminRole || !viewer) return problems
        const readers = ['admin', VIEWER_ROLE].join()
        for (const table of [HEALTH_TABLE, 'x_mail_oauth_refresh_run', 'x_mail_oauth_provider_credential', 'x_mail_oauth_horizon_alert']) {
            for (const acl of app.of('sys_security_acl').filter((record) => record.fields.name === table)) {
                const roles = app.of('sys_security_acl_role').filter((link) => link.fields.sys_security_acl === acl.sysId).map((link) => roleName(app, link)).sort()
                const operation = acl.fields.operation
                if (operation === 'read' && roles.join() !== readers) problems.push(`${describeRecord(acl)} (read): should allow exactly ${VIEWER_ROLE} and admin, allows ${roles.join(', ')}`)
                if (operation !== 'read' && roles.includes(VIEWER_ROLE)) problems.push(`${describeRecord(acl)} (${operation}): a viewer must not ${operation}`)
            }
            if (!app.of('sys_security_acl').some((record) => record.fields.name === table && record.fields.operation === 'read')) problems.push(`sys_security_acl ${table} read: missing`)
        }
        for (const operation of ['write', 'create', 'delete']) {
            const acl = app.of('sys_security_acl').find((record) => record.fields.name === HEALTH_TABLE && record.fields.operation === operation)
            if (!acl) problems.push(`sys_security_acl ${HEALTH_TABLE} ${operation}: missing`)
            else if (!app.of('sys_security_acl_role').some((link) => link.fields.sys_security_acl === acl.sysId && link.fields.sys_user_role === adminRole.sysId)) problems.push(`${describeRecord(acl)} (${operation}): does not allow ${ADMIN_ROLE}`)
        }
        return problems
    },

    'the menu and its read-only modules show for the viewer role; OAuth email accounts, providers and properties do not': (app) => {
        const problems: string[] = []
        const menu = app.of('sys_app_application').find((record) => record.fields.title === 'Email OAuth Manager')
        if (!menu) return ['sys_app_application Email OAuth Manager: missing']
        const viewer = app.of('sys_user_role').find((record) => record.fields.name === VIEWER_ROLE)
        if (!(menu.fields.roles ?? '').split(',').some((role) => role === VIEWER_ROLE || role === viewer?.sysId)) problems.push(`${describeRecord(menu)}: does not show for ${VIEWER_ROLE}`)
        for (const module of app.of('sys_app_module').filter((record) => record.fields.application === menu.sysId)) {
            const forViewer = (module.fields.roles ?? '').split(',').includes(VIEWER_ROLE)
            const readOnly = ['Overview', 'Token health', 'Stops next', 'Client credentials'].includes(module.fields.title ?? '')
            if (readOnly !== forViewer) problems.push(`${describeRecord(module)} "${module.fields.title}": ${readOnly ? 'should' : 'should not'} show for ${VIEWER_ROLE}`)
        }
        return problems
    },

    'cross-scope privileges cover every table and API the app touches': (app) => {
        const privileges = app.of('sys_scope_privilege')
        const required = [
            ...['sys_email_account', 'sys_dictionary', 'sys_choice', 'oauth_entity', 'oauth_entity_profile', 'oauth_entity_scope', 'oauth_entity_profile_scope', 'oauth_credential', 'sys_user', 'sys_user_has_role', 'incident'].map((name) => ({ name, type: 'sys_db_object', operation: 'read' })),
            { name: 'incident', type: 'sys_db_object', operation: 'create' },
            { name: 'incident', type: 'sys_db_object', operation: 'write' },
            { name: 'sys_ux_banner_announcement', type: 'sys_db_object', operation: 'create' },
            { name: 'GlideOAuthClient', type: 'scriptable', operation: 'execute' },
            { name: 'GlideOAuthClientRequest', type: 'scriptable', operation: 'execute' },
        ]
        return required
            .filter(({ name, type, operation }) => !privileges.some((p) => p.fields.target_name === name && p.fields.target_type === type && p.fields.operation === operation && p.fields.status === 'allowed'))
            .map(({ name, operation }) => `sys_scope_privilege for ${operation} on ${name}: missing or not allowed`)
    },

    'every event is registered on sys_email_account': (app) =>
        (Object.values(EVENT) as string[]).flatMap((eventName) => {
            const { record, problems } = findOne(app, 'sysevent_register', 'event_name', eventName)
            if (!record) return problems
            problems.push(...expectFields(record, { table: 'sys_email_account', suffix: eventName.replace(/^x_mail_oauth\./, '') }))
            if (eventName.length > 40) problems.push(`${describeRecord(record)}: event names over 40 characters are truncated by the platform`)
            return problems
        }),

    'admins get an email for every event, with details and links from the mail script, not ${URI_REF}': (app) => {
        const { record: role } = findOne(app, 'sys_user_role', 'name', ADMIN_ROLE)
        const { record: mailScript, problems: scriptProblems } = findOne(app, 'sys_script_email', 'name', ALERT_DETAILS_MAIL_SCRIPT)
        const problems = [...scriptProblems]
        if (mailScript) {
            const script = mailScript.fields.script ?? ''
            for (const needed of ["gs.getProperty('glide.servlet.uri')", '/sys_email_account.do?sys_id=', '/x_mail_oauth_token_health.do?sys_id=', 'last_error', 'sys_created_on']) {
                if (!script.includes(needed)) problems.push(`${describeRecord(mailScript)}: script should use ${needed}`)
            }
        }
        const mustSay: Record<string, string[]> = {
            [EVENT.needsAuthorization]: ['Authorize Email Account Access', 'private'],
            [EVENT.reauthDue]: ['Authorize Email Account Access', 'private'],
            [EVENT.misconfigured]: ['Check OAuth setup', 'invalid_client'],
            [EVENT.refreshFailing]: ['Check OAuth setup', 'Token URL'],
            [EVENT.recovered]: ['Nothing to do'],
        }
        for (const eventName of Object.values(EVENT) as string[]) {
            const { record: notification, problems: found } = findOne(app, 'sysevent_email_action', 'event_name', eventName)
            problems.push(...found)
            if (!notification) continue
            problems.push(...expectFields(notification, { collection: 'sys_email_account', generation_type: 'event', active: 'true' }))
            const groups = (notification.fields.recipient_groups ?? '').split(',').filter(Boolean)
            const reachesAdmins = groups.some((group) => app.of('sys_group_has_role').some((link) => link.fields.group === group && link.fields.role === role?.sysId))
            if (!reachesAdmins) problems.push(`${describeRecord(notification)}: no recipient group holds ${ADMIN_ROLE}`)
            const body = notification.fields.message_html ?? ''
            for (const needed of ['${name}', `\${mail_script:${ALERT_DETAILS_MAIL_SCRIPT}}`, ...(mustSay[eventName] ?? [])]) {
                if (!body.includes(needed)) problems.push(`${describeRecord(notification)}: message should contain "${needed}"`)
            }
            if (body.includes('${URI_REF}')) problems.push(`${describeRecord(notification)}: uses \${URI_REF}; link through the mail script (SDK email-notification guide)`)
        }
        return problems
    },

    'a Script Action on every trouble event and on recovery calls the fallback alert module': (app) => {
        const problems: string[] = []
        for (const eventName of [EVENT.needsAuthorization, EVENT.refreshFailing, EVENT.misconfigured, EVENT.recovered]) {
            const { record: action, problems: found } = findOne(app, 'sysevent_script_action', 'event_name', eventName)
            problems.push(...found)
            if (!action) continue
            problems.push(...expectFields(action, { active: 'true' }))
            const required = /require\('([^']+)'\)/.exec(action.fields.script ?? '')?.[1]
            const module = app.of('sys_module').find((record) => record.fields.path === required)
            if (!module || !/export function onTokenEvent\b/.test(module.fields.content ?? '')) problems.push(`${describeRecord(action)}: its script must require the module exporting onTokenEvent, requires "${required}"`)
            if (!/onTokenEvent\(event, current\)/.test(action.fields.script ?? '')) problems.push(`${describeRecord(action)}: its script must call onTokenEvent(event, current)`)
        }
        return problems
    },

    'the application menu has its four modules': (app) => {
        const { record: menu, problems } = findOne(app, 'sys_app_application', 'title', 'Email OAuth Manager')
        if (!menu) return problems
        const modules = app.of('sys_app_module').filter((module) => module.fields.application === menu.sysId)
        const expected: Record<string, Record<string, string>> = {
            'Token health': { name: HEALTH_TABLE, active: 'true' },
            'OAuth email accounts': { name: 'sys_email_account', filter: 'authentication=oauth2', active: 'true' },
            'OAuth providers': { name: 'oauth_entity', active: 'true' },
            Properties: { name: 'sys_properties', active: 'true' },
        }
        for (const [title, fields] of Object.entries(expected)) {
            const module = modules.find((record) => record.fields.title === title)
            if (!module) problems.push(`sys_app_module "${title}": missing from the Email OAuth Manager menu`)
            else problems.push(...expectFields(module, fields))
        }
        return problems
    },

    'no value is longer than its field on the platform (it would be cut on install)': (app) => {
        const problems: string[] = []
        for (const record of app.records) {
            const limits = fieldLimits(record.table)
            if (!limits) continue
            for (const [field, value] of Object.entries(record.fields)) {
                if (LIMITS_NOT_APPLIED.has(`${record.table}.${field}`)) continue
                const limit = limits.get(field)
                if (limit !== undefined && value.length > limit) problems.push(`${describeRecord(record)}: ${field} is ${value.length} characters, the field holds ${limit}: shorten it`)
            }
        }
        return problems
    },

    'no cross-scope privilege is declared twice': (app) => {
        const seen = new Map<string, AppRecord>()
        const problems: string[] = []
        for (const privilege of app.of('sys_scope_privilege')) {
            const { target_scope: scope, target_type: type, target_name: name, operation } = privilege.fields
            const key = [scope, type, name, operation].join('|')
            const first = seen.get(key)
            if (first) problems.push(`sys_scope_privilege ${operation} on ${name} (${type}, ${scope}): declared twice, in ${first.file} and ${privilege.file}; keep one`)
            else seen.set(key, privilege)
        }
        return problems
    },

    'every value resolved and no secret shipped': (app) => {
        const problems: string[] = []
        for (const [file, text] of app.files) {
            if (/Symbol\(/.test(text)) problems.push(`${file}: holds an unresolved Fluent value (Symbol(...)); write the value as a literal or a property path`)
            // The overview page's bundle (sys_ux_lib_asset) is React's code, which spells that string itself.
            if (text.includes('[object Object]') && !file.startsWith('update/sys_ux_lib_asset_')) problems.push(`${file}: holds "[object Object]": a record object was passed where Record data needs a name or sys_id`)
        }
        for (const record of app.records) {
            for (const field of ['client_secret', 'password', 'refresh_token', 'access_token']) {
                if (record.fields[field]) problems.push(`${describeRecord(record)}: ${field} has a value; secrets are typed on the instance, never shipped`)
            }
        }
        return problems
    },
}

/** The names of the roles a role contains, as the build writes them beside each sys_id. */
function containedRoleNames(app: BuiltApp, roleId: string): string[] {
    return app
        .of('sys_user_role_contains')
        .filter((link) => link.fields.role === roleId)
        .map((link) => /<contains name="([^"]+)"/.exec(app.files.get(link.file) ?? '')?.[1] ?? link.fields.contains)
        .sort()
}

/** An ACL's role by the name the build writes beside its sys_id. */
function roleName(app: BuiltApp, link: AppRecord): string {
    return /<sys_user_role name="([^"]+)"/.exec(app.files.get(link.file) ?? '')?.[1] ?? link.fields.sys_user_role
}

