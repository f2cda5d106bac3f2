/**
 * Contract of the platform stand-in: the ONE mutable state behind every Glide and sn_auth stand-in
 * (test/stand-ins/glide.ts, test/stand-ins/sn-auth.ts), shared by the unit, component and
 * end-to-end tiers. Call `platform.reset()` before each test.
 *
 * - `clock`: the platform's time in ms (GlideDateTime reads it; nothing in the stand-ins reads Date.now()).
 * - `db`: in-memory tables. `db.insert(table, fields)` seeds a row and returns its sys_id; seeding and
 *   reading through `db` are not counted. Store booleans as JS booleans: `getValue` answers '1'/'0'
 *   like the instance, `gr.field.toString()` 'true'/'false'. Every row gets sys_id, sys_created_on,
 *   sys_updated_on and sys_mod_count. sys_ids are unique across tables, so dot-walks resolve.
 * - `stats`: GlideRecord queries (query() and get()) and writes (insert, update, deleteRecord) per table.
 * - `properties`: what gs.getProperty answers (a missing key answers the caller's default, or null).
 * - `logs`, `events`, `formMessages`, `action`: what gs.info/warn/error/debug, gs.eventQueue,
 *   gs.addErrorMessage/addInfoMessage and action.setRedirectURL recorded, in order.
 * - `user`: who gs.getUserID/hasRole say is running (the role `admin` has every role, as on the instance).
 * - `acl`: deny read/write/create/delete on a table for canRead()/canWrite()/...; and the platform's
 *   role-guarded tables: `oauth_credential` (stored tokens) is readable and writable with role admin
 *   only (KB0859525: a refresh job whose run-as user lost admin "can't read table oauth_credential"),
 *   so a user without it reads no token through sn_auth and a token request stores nothing.
 * - `hooks`: optional functions run before a query, a write or a getToken; throw from one to inject a fault.
 * - `refusals`: writes the instance refuses (a table's application access, an ACL, a business rule that
 *   aborts): `refusals.refuse(table, op, match?)`. A refused insert() or update() returns null and a
 *   refused deleteRecord() returns false, writing nothing, as GlideRecord does (GlideRecord API reference;
 *   developer.servicenow.com "Inserting, Updating, and Deleting in GlideQuery": "GlideRecord returns
 *   null when an insert fails"). `match` narrows it to some rows (e.g. one account's activation).
 * - `absentTables`: tables this instance does not have (GlideRecord.isValid() answers false), e.g.
 *   `incident` on an instance without ITSM.
 * - `oauth`: see test/stand-ins/oauth-platform.ts.
 * - `crossScope`: which accesses of the app's scripts to other scopes' tables run (the built app's
 *   allowed privileges), what was refused, and `revoke(table, op)` to take one away
 *   (test/stand-ins/cross-scope.ts).
 */
import { CrossScope } from './cross-scope.ts'
import { OAuthPlatform } from './oauth-platform.ts'

export type FieldValue = string | number | boolean | null | undefined
export type Row = Record<string, FieldValue>

/** 'yyyy-MM-dd HH:mm:ss' in UTC, the instance's internal date-time format. */
export function formatGlideDateTime(ms: number): string {
    if (!Number.isFinite(ms)) return ''
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** Parses 'yyyy-MM-dd HH:mm:ss' (UTC); NaN when the text is not in that format. */
export function parseGlideDateTime(text: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(String(text).trim())
    if (!m) return NaN
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])
}

export class Clock {
    private ms = Date.UTC(2026, 0, 1, 0, 0, 0)
    now(): number {
        return this.ms
    }
    /** Sets the time: ms since the epoch, or a 'yyyy-MM-dd HH:mm:ss' UTC string. */
    set(time: number | string): void {
        const ms = typeof time === 'number' ? time : parseGlideDateTime(time)
        if (!Number.isFinite(ms)) throw new Error(`Clock.set: not a time: ${time}`)
        this.ms = ms
    }
    advance(ms: number): void {
        this.ms += ms
    }
    advanceSeconds(seconds: number): void {
        this.ms += seconds * 1000
    }
}

export type WriteOperation = 'insert' | 'update' | 'delete'

export class Stats {
    queries: Record<string, number> = {}
    inserts: Record<string, number> = {}
    updates: Record<string, number> = {}
    deletes: Record<string, number> = {}
    countQuery(table: string): void {
        this.queries[table] = (this.queries[table] ?? 0) + 1
    }
    countWrite(table: string, op: WriteOperation): void {
        const bucket = op === 'insert' ? this.inserts : op === 'update' ? this.updates : this.deletes
        bucket[table] = (bucket[table] ?? 0) + 1
    }
    queriesOn(table: string): number {
        return this.queries[table] ?? 0
    }
    writesOn(table: string): number {
        return (this.inserts[table] ?? 0) + (this.updates[table] ?? 0) + (this.deletes[table] ?? 0)
    }
    totalQueries(): number {
        return sum(this.queries)
    }
    totalWrites(): number {
        return sum(this.inserts) + sum(this.updates) + sum(this.deletes)
    }
    reset(): void {
        this.queries = {}
        this.inserts = {}
        this.updates = {}
        this.deletes = {}
    }
}

function sum(counts: Record<string, number>): number {
    return Object.values(counts).reduce((a, b) => a + b, 0)
}

export class Database {
    private tables = new Map<string, Map<string, Row>>()
    private index = new Map<string, string>()
    private sequence = 0
    /** Tables computed at each read from other stand-in state (oauth_credential from the token store). */
    private views = new Map<string, () => Row[]>()

    constructor(private readonly clock: Clock) {}

    /** A new 32-hex sys_id, deterministic per reset. */
    newSysId(): string {
        this.sequence += 1
        const n = this.sequence.toString(16)
        return ('5a1d' + '0'.repeat(28 - n.length) + n).slice(0, 32)
    }

    /** Seeds a row (not counted in stats) and returns its sys_id; `fields.sys_id` is kept if given. */
    insert(table: string, fields: Row): string {
        const sysId = typeof fields.sys_id === 'string' && fields.sys_id !== '' ? fields.sys_id : this.newSysId()
        const stamp = formatGlideDateTime(this.clock.now())
        const row: Row = { sys_created_on: stamp, sys_updated_on: stamp, sys_mod_count: 0, ...fields, sys_id: sysId }
        this.table(table).set(sysId, row)
        this.index.set(sysId, table)
        return sysId
    }

    /** Copies of every row of a table, in insertion order. */
    rows(table: string): Row[] {
        return [...this.table(table).values()].map((r) => ({ ...r }))
    }

    /** A copy of one row, or undefined. */
    row(table: string, sysId: string): Row | undefined {
        const r = this.table(table).get(sysId)
        return r ? { ...r } : undefined
    }

    /** Changes fields of a row directly (not counted), e.g. an admin editing a form between runs. */
    update(table: string, sysId: string, fields: Row): void {
        const r = this.table(table).get(sysId)
        if (!r) throw new Error(`db.update: no ${table} row ${sysId}`)
        Object.assign(r, fields, { sys_updated_on: formatGlideDateTime(this.clock.now()), sys_mod_count: Number(r.sys_mod_count ?? 0) + 1 })
    }

    delete(table: string, sysId: string): void {
        this.table(table).delete(sysId)
        this.index.delete(sysId)
    }

    /**
     * A read-only table whose rows are computed at each read (test/stand-ins/oauth-platform.ts shows the
     * token store as oauth_credential rows): queries, aggregates and dot-walks see the state of the moment.
     */
    defineView(table: string, rowsOf: () => Row[]): void {
        this.views.set(table, rowsOf)
    }

    /** The table and row that hold a sys_id, for dot-walked reads. */
    findBySysId(sysId: string): { table: string; row: Row } | undefined {
        const table = this.index.get(sysId)
        if (!table) {
            for (const [name, rowsOf] of this.views) {
                const row = rowsOf().find((candidate) => candidate.sys_id === sysId)
                if (row) return { table: name, row }
            }
            return undefined
        }
        const row = this.table(table).get(sysId)
        return row ? { table, row } : undefined
    }

    /** The live row objects of a table (for the GlideRecord stand-in only). */
    live(table: string): Map<string, Row> {
        return this.table(table)
    }

    private table(name: string): Map<string, Row> {
        const view = this.views.get(name)
        if (view) return new Map(view().map((row) => [String(row.sys_id), row]))
        let t = this.tables.get(name)
        if (!t) {
            t = new Map()
            this.tables.set(name, t)
        }
        return t
    }
}

export interface LogLine {
    level: 'info' | 'warn' | 'error' | 'debug'
    message: string
}

export interface QueuedEvent {
    name: string
    table: string
    sysId: string
    parm1: string
    parm2: string
    queue?: string
}

export interface FormMessage {
    type: 'error' | 'info'
    message: string
}

export type AclOperation = 'read' | 'write' | 'create' | 'delete'

/** Tables the platform guards by role, as documented (KB0859525 for oauth_credential). */
const ROLE_GUARDED: Record<string, string> = { 'oauth_credential:read': 'admin', 'oauth_credential:write': 'admin', 'oauth_credential:create': 'admin' }

export class Acl {
    private denied = new Set<string>()
    deny(table: string, op: AclOperation): void {
        this.denied.add(`${table}:${op}`)
    }
    /** With `roles`, also applies the platform's role guard on the table (the role admin passes every guard). */
    allows(table: string, op: AclOperation, roles?: readonly string[]): boolean {
        if (this.denied.has(`${table}:${op}`)) return false
        const required = ROLE_GUARDED[`${table}:${op}`]
        return roles === undefined || required === undefined || roles.includes('admin') || roles.includes(required)
    }
}

/** Writes the instance refuses; see `refusals` above. */
export class Refusals {
    private readonly rules: { table: string; op: WriteOperation; match: (row: Row) => boolean }[] = []
    refuse(table: string, op: WriteOperation, match: (row: Row) => boolean = () => true): void {
        this.rules.push({ table, op, match })
    }
    /** The refusing access is fixed: writes go through again. */
    clear(): void {
        this.rules.length = 0
    }
    refuses(table: string, op: WriteOperation, row: Row): boolean {
        return this.rules.some((rule) => rule.table === table && rule.op === op && rule.match(row))
    }
}

export interface Hooks {
    beforeQuery?: (table: string) => void
    beforeWrite?: (table: string, op: WriteOperation, row: Row) => void
    beforeGetToken?: (requestorId: string, profileId: string) => void
}

export interface ActionState {
    redirectURL: string | null
    returnURL: string | null
}

export interface PlatformUser {
    sysId: string
    userName: string
    roles: string[]
}

export interface Platform {
    clock: Clock
    db: Database
    stats: Stats
    properties: Record<string, string>
    logs: LogLine[]
    events: QueuedEvent[]
    formMessages: FormMessage[]
    action: ActionState
    user: PlatformUser
    acl: Acl
    hooks: Hooks
    refusals: Refusals
    absentTables: Set<string>
    oauth: OAuthPlatform
    crossScope: CrossScope
    /** The session user's time zone, minutes east of UTC (GlideDateTime.getTZOffset). */
    timeZoneOffsetMinutes: number
    reset(): void
}

function fresh(target: Platform): void {
    target.clock = new Clock()
    target.db = new Database(target.clock)
    target.stats = new Stats()
    target.properties = {}
    target.logs = []
    target.events = []
    target.formMessages = []
    target.action = { redirectURL: null, returnURL: null }
    target.user = { sysId: '6816f79cc0a8016401c5a33be04be441', userName: 'admin', roles: ['admin'] }
    target.acl = new Acl()
    target.hooks = {}
    target.refusals = new Refusals()
    target.absentTables = new Set()
    target.oauth = new OAuthPlatform(target)
    target.crossScope = new CrossScope()
    target.timeZoneOffsetMinutes = 0
}

/** The single platform state. Keep references to `platform`, not to its parts: reset() replaces them. */
export const platform = {
    reset(): void {
        fresh(this)
    },
} as Platform
platform.reset()
