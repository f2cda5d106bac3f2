/**
 * Runs the app as built: the refresh job's generated `script`, with its `require(...)` and the
 * modules' imports resolved to the sys_module records of dist/app and to the platform stand-ins,
 * inside the instance realm, on the stand-ins' clock, against the stand-ins' tables seeded from dist/app.
 */
import { resolve } from 'node:path'
import * as glide from '../../stand-ins/glide.ts'
import * as glideAsApp from '../../stand-ins/glide-as-app.ts'
import * as snAuth from '../../stand-ins/sn-auth.ts'
import * as snWs from '../../stand-ins/sn-ws.ts'
import { platform, type QueuedEvent, type Row } from '../../stand-ins/platform.ts'
import { installFolder, loadBuiltApp, type BuiltApp } from '../../build/dist-app.ts'
import { InstanceRealm } from './instance-realm.ts'
import { seedPlatformScriptIncludes } from './platform-records.ts'

/** The platform's script APIs the app's modules import, served by the stand-ins; the app's GlideRecord runs in the app's scope. */
export const PLATFORM_MODULES = { '@servicenow/glide': glideAsApp, '@servicenow/glide/sn_auth': snAuth, '@servicenow/glide/sn_ws': snWs }

/** dist/app as `npm run build` writes it; E2E_APP_DIR points the tier at a copy (e.g. while another build rewrites dist/). */
export const DIST_APP_DIR = process.env.E2E_APP_DIR ?? resolve(__dirname, '../../../dist/app')

/** The name fluent/refresh-job.now.ts gives the scheduled job. */
export const REFRESH_JOB_NAME = 'Email OAuth Manager: refresh email access tokens'

/** The tables whose records in dist/app the platform would hold after installing the app. */
export const SEEDED_TABLES = [
    'oauth_entity',
    'oauth_entity_profile',
    'oauth_entity_scope',
    'oauth_entity_profile_scope',
    'sys_email_account',
    'sys_properties',
    'sys_user_group',
    'sys_user_role',
    // What each app role contains (the admin role holds the viewer role), as the install writes it.
    'sys_user_role_contains',
    'sys_group_has_role',
    'sys_script_include',
    // The app's inbound email actions, run by the mail engine's reader (test/e2e/mail-engine/).
    'sysevent_in_email_action',
    // The certificate provider's JWT signing key and JWT provider (fluent/providers/microsoft-365-app-only-certificate.now.ts).
    'jwt_keystore_aliases',
    'jwt_provider',
] as const

export class BuiltAppRunner {
    readonly app: BuiltApp
    private readonly realm: InstanceRealm
    private readonly jobScript: string

    constructor(appDir = DIST_APP_DIR) {
        this.app = loadBuiltApp(appDir)
        this.realm = new InstanceRealm({
            modules: this.app.modules,
            platformModules: PLATFORM_MODULES,
            now: () => platform.clock.now(),
        })
        this.jobScript = this.builtRecord('sysauto_script', (job) => job.name === REFRESH_JOB_NAME, `the job "${REFRESH_JOB_NAME}"`).script ?? ''
    }

    /**
     * Resets the platform stand-ins and installs the app's records: every record of SEEDED_TABLES as
     * built (same sys_ids, so references hold), and each sys_properties value where gs.getProperty reads it.
     * Values stay the strings of the update set, except 'true'/'false', which become booleans as
     * the platform stores them (getValue then answers '1'/'0' as on the instance).
     */
    installApp(startMs: number): void {
        platform.reset()
        this.queueCursor = 0
        platform.clock.set(startMs)
        for (const table of SEEDED_TABLES) {
            for (const record of this.app.of(table)) platform.db.insert(table, toRow(record.fields))
        }
        for (const { fields: property } of this.app.of('sys_properties')) {
            if (property.name) platform.properties[property.name] = property.value ?? ''
        }
        seedPlatformScriptIncludes()
        this.runFixScripts()
    }

    /**
     * The app's fix scripts after an install or upgrade, as ServiceNow documents them ("Fix scripts",
     * "Run fix scripts"): each runs at the first installation, or on an upgrade when it was added or
     * changed; an unchanged fix script does not run again. The installed versions are kept in the
     * sys_script_fix table to tell. Returns the names of those that ran.
     */
    runFixScripts(): string[] {
        const ran: string[] = []
        for (const record of this.app.of('sys_script_fix')) {
            const installed = platform.db.row('sys_script_fix', record.sysId)
            const changed = !installed || installed.script !== record.fields.script || installed.description !== record.fields.description
            platform.db.insert('sys_script_fix', toRow(record.fields))
            if (!changed) continue
            this.realm.runScript(record.fields.script ?? '', `sys_script_fix: ${record.fields.name}`)
            ran.push(record.fields.name)
        }
        return ran
    }

    /**
     * An upgrade to this build over an instance that has the app: the records of dist/app/update/ are
     * written again (same sys_ids: an existing row is replaced, a new one added), the records of
     * dist/app/unload/ are not loaded at all (they load on first install only), and nothing else on
     * the instance changes. The job and the modules are this build's from now on.
     */
    upgradeApp(): void {
        for (const table of SEEDED_TABLES) {
            for (const record of this.app.of(table)) {
                if (installFolder(record) === 'update') platform.db.insert(table, toRow(record.fields))
            }
        }
        for (const record of this.app.of('sys_properties')) {
            const name = record.fields.name
            if (name && installFolder(record) === 'update') platform.properties[name] = record.fields.value ?? ''
        }
        this.lastFixScripts = this.runFixScripts()
    }

    /** The fix scripts the last upgrade ran (runFixScripts). */
    lastFixScripts: string[] = []

    /**
     * The platform's event processor for one queued event: every active Script Action of the app on
     * that event name runs its built script with `event` (the sysevent record) and `current` (the
     * record the event was queued on). Returns how many ran.
     */
    runScriptActions(event: QueuedEvent): number {
        // An event on a dedicated queue is processed by that queue's jobs only (runQueueWorkers), never here.
        if (event.queue) return 0
        const actions = this.app.of('sysevent_script_action').filter((action) => action.fields.active === 'true' && action.fields.event_name === event.name)
        if (actions.length === 0) return 0
        const eventRecord = new glide.GlideRecord('sysevent')
        eventRecord.get(platform.db.insert('sysevent', { name: event.name, table: event.table, instance: event.sysId, parm1: event.parm1, parm2: event.parm2 }))
        for (const action of actions) {
            const current = new glide.GlideRecord(event.table)
            if (!current.get(event.sysId)) continue
            this.realm.runScript(action.fields.script ?? '', `sysevent_script_action: ${action.fields.name}`, { event: eventRecord, current })
        }
        return actions.length
    }

    /** One execution of the scheduled job, exactly as the platform would start it. */
    runRefreshJob(): void {
        this.realm.runScript(this.jobScript, `sysauto_script: ${REFRESH_JOB_NAME}`)
    }

    /** A server script of the app (e.g. a Scripted REST operation's script) with the variables the platform gives it. */
    runServerScript(source: string, filename: string, variables: Readonly<Record<string, unknown>>): void {
        this.realm.runScript(source, filename, variables)
    }

    /** One execution of another of the app's scheduled jobs, by name, as the platform would start it. */
    runScheduledJob(name: string): void {
        const script = this.builtRecord('sysauto_script', (job) => job.name === name, `the job "${name}"`).script ?? ''
        this.realm.runScript(script, `sysauto_script: ${name}`)
    }

    /**
     * Clicks a server-side UI action of dist/app on a record, as the platform runs it: its SDK-generated
     * `script` with `current` (the record, loaded) and `action` in scope.
     */
    clickUiAction(table: string, name: string, sysId: string): void {
        const script = this.builtRecord('sys_ui_action', (action) => action.table === table && action.name === name, `the UI action "${name}" on ${table}`).script ?? ''
        const prelude = `var glide = require('@servicenow/glide'); var current = new glide.GlideRecord('${table}'); current.get('${sysId}'); var action = glide.action;`
        this.realm.runScript(`${prelude}\n${script}`, `sys_ui_action: ${name}`)
    }

    /**
     * The workers of the refresh queue: every event queued on it since the last call, each processed
     * as the queue's jobs would, by the built Script Action registered for its name, with `event` the
     * sysevent record (parm1, parm2). Returns how many events were processed.
     */
    runQueueWorkers(queue: string): number {
        const pending = platform.events.slice(this.queueCursor).filter((event) => event.queue === queue)
        this.queueCursor = platform.events.length
        for (const event of pending) {
            const action = this.builtRecord('sysevent_script_action', (record) => record.event_name === event.name && record.active !== 'false', `the Script Action on ${event.name}`)
            this.realm.runScript(action.script ?? '', `sysevent_script_action: ${action.name}`, { event: { ...event }, current: null })
        }
        return pending.length
    }

    private queueCursor = 0

    /** The one record of `table` in dist/app for which `match` holds; throws naming the table if none or several. */
    builtRecord(table: string, match: (fields: BuiltRecord) => boolean, what: string): BuiltRecord {
        const found = this.app.of(table).map((record) => record.fields).filter(match)
        if (found.length !== 1) throw new Error(`dist/app has ${found.length} ${table} records for ${what}; expected exactly one (check fluent/ and rebuild).`)
        return found[0]
    }
}

/** One record's fields as the update set carries them. */
export type BuiltRecord = Record<string, string>

const SYSTEM_FIELDS = new Set(['sys_scope', 'sys_update_name', 'sys_class_name', 'sys_package', 'sys_policy'])

export function toRow(record: BuiltRecord): Row {
    const row: Row = {}
    for (const [field, value] of Object.entries(record)) {
        if (SYSTEM_FIELDS.has(field)) continue
        row[field] = value === 'true' ? true : value === 'false' ? false : value
    }
    return row
}
