/**
 * Cross-scope enforcement as an installed app meets it. After install or upgrade the app's Runtime
 * Access Tracking is Enforcing (KB0717945), and "after application publication, the system only
 * allows runtime requests to run that have a valid cross-scope privilege record" (docs *Cross-scope
 * privilege record*; *Runtime access tracking*: Enforcing "blocks the tracked operation from running
 * until an Administrator manually changes the status to Allowed"). So a script of the app may read,
 * create, write or delete a record of another scope's table only when the built app (dist/app) holds
 * an allowed sys_scope_privilege for that table and operation. The app's own tables (x_mail_oauth_*)
 * need none.
 *
 * What a refused access looks like to the script, as far as public sources say: a GlideRecord read
 * throws nothing and finds nothing ("I get a legit but EMPTY GlideRecord ... try {} catch(){} will not
 * catch this. All I can see is a log entry", ServiceNow Community, "Catch Cross scope TABEL Assess
 * Issues in Server Side Script", 2025), with a log line "Read operation on table '<table>' from scope
 * '<scope>' was denied. The application '<app>' must declare a ... privilege" (same thread; KB1641480
 * "How to troubleshoot cross scope security restricted access denied errors", issue 2 "Application
 * must declare a cross-scope access privilege"); a refused write writes nothing, and GlideRecord's
 * insert()/update() answer null and deleteRecord() false when nothing was written (GlideRecord API
 * reference). KB1641480 also says a "Security restricted" message "is thrown": whether the script
 * sees an exception is left open, so `refusalThrows` lets a test check the app either way (the
 * instance probe, issue 24 point 6, answers it for the admin's instance).
 *
 * Who is "the app": code that imports `@servicenow/glide` (src/, and the built modules in the e2e
 * realm) gets the app's GlideRecord (test/stand-ins/glide-as-app.ts); tests, fixtures and the
 * platform's own engines import test/stand-ins/glide.ts and are not refused.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export type TableOperation = 'read' | 'create' | 'write' | 'delete'

/** The app's own tables: no privilege needed. */
const APP_TABLE_PREFIX = 'x_mail_oauth_'

/** dist/app as the tiers run it (the e2e tier may point E2E_APP_DIR at a copy). */
function builtAppDir(): string {
    return process.env.E2E_APP_DIR ?? resolve(__dirname, '../../dist/app')
}

let declaredCache: { dir: string; privileges: ReadonlySet<string> } | null = null

/** `table|operation` of every allowed table privilege the built app declares, read once per process. */
function declaredPrivileges(): ReadonlySet<string> {
    const dir = builtAppDir()
    if (declaredCache?.dir === dir) return declaredCache.privileges
    if (!existsSync(join(dir, 'update'))) {
        throw new Error(`No built app at ${dir}: the stand-ins allow the app only the cross-scope privileges dist/app declares; run \`npm run build\` first.`)
    }
    const privileges = new Set<string>()
    for (const folder of ['update', 'unload']) {
        if (!existsSync(join(dir, folder))) continue
        for (const file of readdirSync(join(dir, folder)).filter((name) => name.startsWith('sys_scope_privilege_'))) {
            const text = readFileSync(join(dir, folder, file), 'utf8')
            const field = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1] ?? ''
            if (field('status') === 'allowed' && field('target_type') === 'sys_db_object') privileges.add(`${field('target_name')}|${field('operation')}`)
        }
    }
    declaredCache = { dir, privileges }
    return privileges
}

export interface RefusedAccess {
    table: string
    operation: TableOperation
}

export class CrossScope {
    /** Every access refused since the last reset, in order. */
    readonly refused: RefusedAccess[] = []
    /** When true, a refused access throws instead of finding or writing nothing (see above). */
    refusalThrows = false
    private readonly revoked = new Set<string>()

    /** As if the build had no privilege for this (or an admin set it to Denied): the next accesses are refused. */
    revoke(table: string, operation: TableOperation): void {
        this.revoked.add(`${table}|${operation}`)
    }

    allows(table: string, operation: TableOperation): boolean {
        if (table.startsWith(APP_TABLE_PREFIX)) return true
        const key = `${table}|${operation}`
        return !this.revoked.has(key) && declaredPrivileges().has(key)
    }

    /** Records a refusal and returns the log line the instance writes; throws it when `refusalThrows`. */
    refuse(table: string, operation: TableOperation): string {
        this.refused.push({ table, operation })
        const verb = operation[0].toUpperCase() + operation.slice(1)
        const message =
            `Security restricted: ${verb} operation on table '${table}' from scope 'Email OAuth Manager' was denied. ` +
            "The application 'Email OAuth Manager' must declare a cross scope access privilege. Please contact the application admin to update their access requests."
        if (this.refusalThrows) throw new Error(message)
        return message
    }
}
