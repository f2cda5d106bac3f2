/**
 * Stand-in for `@servicenow/glide` (jest maps the import here; the end-to-end tier injects these
 * classes into the built modules). Everything reads and writes `platform` (test/stand-ins/platform.ts).
 *
 * - GlideRecord: addQuery(field, value) / addQuery(field, op, value) with =, !=, <, >, <=, >=, IN,
 *   NOT IN, STARTSWITH, ENDSWITH, CONTAINS, DOES NOT CONTAIN, LIKE, NOT LIKE, ISEMPTY, ISNOTEMPTY,
 *   addOrCondition, addEncodedQuery (`a=b^c!=d^ORe=f`, `^NQ`, `fieldINx,y`, `fieldISEMPTY`,
 *   `ORDERBYfield`, `ORDERBYDESCfield`), addNullQuery/addNotNullQuery, addActiveQuery, orderBy,
 *   orderByDesc, setLimit, query/next/hasNext, get(sys_id) and get(field, value), getValue (string,
 *   or null when empty; booleans '1'/'0'), getDisplayValue, getUniqueValue, setValue, initialize,
 *   insert, update, deleteRecord, isValidRecord, getRowCount, getTableName, getEncodedQuery,
 *   canRead/canWrite/canCreate/canDelete (platform.acl), field access `gr.field` (an element with
 *   toString/getValue/getDisplayValue/nil/getRefRecord and dot-walks `gr.ref.field`), assignment
 *   `gr.field = value`, and dot-walked field names in getValue and queries ('oauth_profile.oauth_entity.name').
 *   query() and get() count as queries, insert/update/deleteRecord as writes (platform.stats).
 *   A write platform.refusals refuses returns null (insert, update) or false (deleteRecord) and writes nothing.
 * - GlideDateTime on platform.clock, values 'yyyy-MM-dd HH:mm:ss' UTC.
 * - gs: getProperty (platform.properties), info/warn/error/debug with {0}..{4} substitution
 *   (platform.logs), eventQueue (platform.events), addErrorMessage/addInfoMessage
 *   (platform.formMessages), getUserID/getUserName/hasRole (platform.user), getMessage, nil, generateGUID.
 * - GlideAction: setRedirectURL/setReturnURL recorded in platform.action; `action` is one instance.
 * - GlidePluginManager.isActive(id): true when platform.db holds a `v_plugin` row with that `id` and
 *   `active` 'active' (the instance's view of plugins); seed one to make a plugin active.
 */
import type * as Glide from '@servicenow/glide'
import { formatGlideDateTime, parseGlideDateTime, platform, type FieldValue, type Row } from './platform.ts'

type RealGlideRecord = Glide.GlideRecord<string>

// ---------------------------------------------------------------- GlideDateTime

type GlideDateTimeMethods =
    | 'getNumericValue'
    | 'setNumericValue'
    | 'getValue'
    | 'getDisplayValue'
    | 'getUTCValue'
    | 'setValue'
    | 'setDisplayValue'
    | 'addSeconds'
    | 'addDaysUTC'
    | 'compareTo'
    | 'before'
    | 'after'
    | 'onOrBefore'
    | 'onOrAfter'
    | 'equals'
    | 'isValid'
    | 'toString'
    | 'getTZOffset'

export class GlideDateTime implements Pick<Glide.GlideDateTime, GlideDateTimeMethods> {
    private ms: number

    constructor(from?: string | GlideDateTime | number) {
        if (from === undefined) this.ms = platform.clock.now()
        else if (from instanceof GlideDateTime) this.ms = from.ms
        else if (typeof from === 'number') this.ms = from
        else this.ms = parseGlideDateTime(from)
    }
    getNumericValue(): number {
        return this.ms
    }
    setNumericValue(ms: number): void {
        this.ms = ms
    }
    getValue(): string {
        return formatGlideDateTime(this.ms)
    }
    getDisplayValue(): string {
        return formatGlideDateTime(this.ms)
    }
    getUTCValue(): string {
        return formatGlideDateTime(this.ms)
    }
    setValue(value: string | number | GlideDateTime): void {
        this.ms = value instanceof GlideDateTime ? value.ms : typeof value === 'number' ? value : parseGlideDateTime(value)
    }
    setDisplayValue(value: string): void {
        this.ms = parseGlideDateTime(value)
    }
    addSeconds(seconds: number): void {
        this.ms += seconds * 1000
    }
    addDaysUTC(days: number): void {
        this.ms += days * 86400000
    }
    compareTo(other: Glide.GlideDateTime): number {
        const theirs = other.getNumericValue()
        return this.ms < theirs ? -1 : this.ms > theirs ? 1 : 0
    }
    before(other: Glide.GlideDateTime): boolean {
        return this.ms < other.getNumericValue()
    }
    after(other: Glide.GlideDateTime): boolean {
        return this.ms > other.getNumericValue()
    }
    onOrBefore(other: Glide.GlideDateTime): boolean {
        return this.ms <= other.getNumericValue()
    }
    onOrAfter(other: Glide.GlideDateTime): boolean {
        return this.ms >= other.getNumericValue()
    }
    equals(other: unknown): boolean {
        return other instanceof GlideDateTime && other.ms === this.ms
    }
    isValid(): boolean {
        return Number.isFinite(this.ms)
    }
    toString(): string {
        return this.getValue()
    }
    /** The session user's time zone offset from UTC in ms (platform.timeZoneOffsetMinutes). */
    getTZOffset(): number {
        return platform.timeZoneOffsetMinutes * 60000
    }
}

// ---------------------------------------------------------------- values

/** Column defaults the instance's dictionary applies on insert (task tables start active, state New). */
const DICTIONARY_DEFAULTS: Record<string, Row> = { incident: { active: true, state: '1' } }

/** The instance's string form of a stored value: null when empty, '1'/'0' for booleans. */
function storedString(value: FieldValue): string | null {
    if (value === null || value === undefined || value === '') return null
    if (typeof value === 'boolean') return value ? '1' : '0'
    return String(value)
}

/** Normalises a stored or queried value for comparison ('true' and '1' are the same boolean). */
function comparable(value: unknown): string {
    if (value === true || value === 'true') return '1'
    if (value === false || value === 'false') return '0'
    if (value === null || value === undefined) return ''
    if (value instanceof GlideDateTime) return value.getValue()
    if (value instanceof GlideRecord) return value.getUniqueValue()
    return String(value)
}

function toStoredValue(value: unknown): FieldValue {
    if (value === null || value === undefined) return null
    if (value instanceof GlideDateTime) return value.getValue()
    if (value instanceof GlideRecord) return value.getUniqueValue()
    if (value instanceof GlideElementStandIn) return value.getValue()
    if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value
    return String(value)
}

/** Follows a dot-walked field name ('oauth_profile.oauth_entity.name') through references. */
function readPath(row: Row | undefined, path: string): FieldValue {
    const parts = path.split('.')
    let current: Row | undefined = row
    for (let i = 0; i < parts.length; i++) {
        if (!current) return null
        const value = current[parts[i]]
        if (i === parts.length - 1) return value
        current = platform.db.findBySysId(String(value ?? ''))?.row
    }
    return null
}

function displayOf(value: FieldValue): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    const ref = typeof value === 'string' ? platform.db.findBySysId(value) : undefined
    if (ref) return String(ref.row.name ?? ref.row.number ?? ref.row.sys_id ?? '')
    return String(value)
}

// ---------------------------------------------------------------- conditions

type Operator =
    | '='
    | '!='
    | '<'
    | '>'
    | '<='
    | '>='
    | 'IN'
    | 'NOT IN'
    | 'STARTSWITH'
    | 'ENDSWITH'
    | 'CONTAINS'
    | 'DOES NOT CONTAIN'
    | 'LIKE'
    | 'NOT LIKE'
    | 'ISEMPTY'
    | 'ISNOTEMPTY'

/** Longest first, so 'NOT IN' wins over 'IN' and '<=' over '<'. */
const ENCODED_OPERATORS: Operator[] = [
    'DOES NOT CONTAIN',
    'STARTSWITH',
    'ENDSWITH',
    'ISNOTEMPTY',
    'ISEMPTY',
    'CONTAINS',
    'NOT LIKE',
    'NOT IN',
    'LIKE',
    'IN',
    '!=',
    '<=',
    '>=',
    '=',
    '<',
    '>',
]

interface Condition {
    field: string
    operator: Operator
    value: unknown
}

function numeric(text: string): number | null {
    return text !== '' && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null
}

function compare(a: string, b: string): number {
    const na = numeric(a)
    const nb = numeric(b)
    if (na !== null && nb !== null) return na - nb
    return a < b ? -1 : a > b ? 1 : 0
}

function listOf(value: unknown): string[] {
    if (Array.isArray(value)) return value.map(comparable)
    return comparable(value)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
}

function matches(row: Row, c: Condition): boolean {
    const actual = comparable(readPath(row, c.field))
    const expected = comparable(c.value)
    switch (c.operator) {
        case '=':
            return actual === expected
        case '!=':
            return actual !== expected
        case '<':
            return actual !== '' && compare(actual, expected) < 0
        case '>':
            return actual !== '' && compare(actual, expected) > 0
        case '<=':
            return actual !== '' && compare(actual, expected) <= 0
        case '>=':
            return actual !== '' && compare(actual, expected) >= 0
        case 'IN':
            return listOf(c.value).includes(actual)
        case 'NOT IN':
            return !listOf(c.value).includes(actual)
        case 'STARTSWITH':
            return actual.startsWith(expected)
        case 'ENDSWITH':
            return actual.endsWith(expected)
        case 'CONTAINS':
        case 'LIKE':
            return actual.includes(expected)
        case 'DOES NOT CONTAIN':
        case 'NOT LIKE':
            return !actual.includes(expected)
        case 'ISEMPTY':
            return actual === ''
        case 'ISNOTEMPTY':
            return actual !== ''
    }
}

function normaliseOperator(operator: unknown): Operator {
    const op = String(operator).trim().toUpperCase() as Operator
    if (!ENCODED_OPERATORS.includes(op)) throw new Error(`GlideRecord stand-in: unsupported operator '${String(operator)}'`)
    return op
}

/** A GlideQueryCondition: addOrCondition widens the AND term it belongs to. */
class QueryCondition {
    constructor(private readonly term: Condition[]) {}
    addOrCondition(field: string, operatorOrValue: unknown, value?: unknown): QueryCondition {
        this.term.push(
            value === undefined && arguments.length < 3
                ? { field, operator: '=', value: operatorOrValue }
                : { field, operator: normaliseOperator(operatorOrValue), value },
        )
        return this
    }
}

// ---------------------------------------------------------------- GlideElement

type GlideElementMethods = 'toString' | 'getDisplayValue' | 'nil' | 'getRefRecord' | 'setValue' | 'getReferenceTable'

const FIELD_NAME = /^[a-z][a-z0-9_]*$/
const NOT_FIELDS = new Set(['then', 'constructor', 'inspect', 'nodetype', 'tojson'])

class GlideElementStandIn implements Pick<Glide.GlideElement, Exclude<GlideElementMethods, 'getRefRecord' | 'setValue'>> {
    constructor(
        private readonly owner: GlideRecord | null,
        private readonly row: () => Row | undefined,
        private readonly field: string,
    ) {
        return new Proxy(this, {
            get(target, prop, receiver) {
                if (typeof prop !== 'string' || prop in target || !FIELD_NAME.test(prop) || NOT_FIELDS.has(prop)) return Reflect.get(target, prop, receiver)
                const ref = platform.db.findBySysId(String(target.getValue() ?? ''))
                return new GlideElementStandIn(null, () => ref?.row, prop)
            },
        })
    }
    getValue(): string | null {
        return storedString(this.row()?.[this.field])
    }
    toString(): string {
        const value = this.row()?.[this.field]
        if (typeof value === 'boolean') return value ? 'true' : 'false'
        return value === null || value === undefined ? '' : String(value)
    }
    getDisplayValue(): string {
        return displayOf(this.row()?.[this.field])
    }
    nil(): boolean {
        return this.getValue() === null
    }
    setValue(value: unknown): void {
        if (!this.owner) throw new Error('GlideRecord stand-in: cannot set a dot-walked field')
        this.owner.setValue(this.field, value)
    }
    getReferenceTable(): string {
        return platform.db.findBySysId(String(this.getValue() ?? ''))?.table ?? ''
    }
    getRefRecord(): GlideRecord {
        const ref = platform.db.findBySysId(String(this.getValue() ?? ''))
        const gr = new GlideRecord(ref?.table ?? '')
        if (ref) gr.get(String(ref.row.sys_id))
        return gr
    }
}

// ---------------------------------------------------------------- GlideRecord

type GlideRecordMethods =
    | 'addQuery'
    | 'addEncodedQuery'
    | 'addNullQuery'
    | 'addNotNullQuery'
    | 'addActiveQuery'
    | 'orderBy'
    | 'orderByDesc'
    | 'setLimit'
    | 'chooseWindow'
    | 'query'
    | 'next'
    | 'hasNext'
    | 'get'
    | 'getValue'
    | 'getDisplayValue'
    | 'getUniqueValue'
    | 'setValue'
    | 'initialize'
    | 'newRecord'
    | 'isNewRecord'
    | 'insert'
    | 'update'
    | 'deleteRecord'
    | 'isValidRecord'
    | 'isValid'
    | 'getRowCount'
    | 'getTableName'
    | 'getRecordClassName'
    | 'getEncodedQuery'
    | 'canRead'
    | 'canWrite'
    | 'canCreate'
    | 'canDelete'
    | 'getElement'

/** The subset of the real GlideRecord this stand-in implements; the compiler checks the signatures. */
export type StandInGlideRecordApi = Pick<
    RealGlideRecord,
    // These return GlideElement / GlideQueryCondition objects, of which the stand-in implements the used subset.
    Exclude<GlideRecordMethods, 'getElement' | 'addQuery' | 'addNullQuery' | 'addNotNullQuery' | 'addActiveQuery' | 'get' | 'getValue'>
>

export class GlideRecord implements StandInGlideRecordApi {
    [field: string]: unknown
    private readonly table: string
    private terms: Condition[][] = []
    private alternatives: Condition[][][] = []
    private order: { field: string; descending: boolean }[] = []
    private limit = Infinity
    private firstRow = 0
    private results: Row[] = []
    private position = -1
    // Initialised, so it is an own property before the Proxy exists and never mistaken for a field.
    private current: Row | undefined = undefined
    private isNew = false

    constructor(table: string) {
        this.table = table
        return new Proxy(this, {
            get(target, prop, receiver) {
                if (typeof prop !== 'string' || prop in target || !FIELD_NAME.test(prop) || NOT_FIELDS.has(prop)) return Reflect.get(target, prop, receiver)
                return target.getElement(prop)
            },
            set(target, prop, value, receiver) {
                if (typeof prop !== 'string' || prop in target || !FIELD_NAME.test(prop)) return Reflect.set(target, prop, value, receiver)
                target.setValue(prop, value)
                return true
            },
        })
    }

    getTableName(): string {
        return this.table
    }
    getRecordClassName(): string {
        return this.table
    }

    addQuery(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition {
        const term: Condition[] = []
        if (arguments.length >= 3) term.push({ field, operator: normaliseOperator(operatorOrValue), value })
        else if (arguments.length === 2) term.push({ field, operator: '=', value: operatorOrValue })
        else {
            this.addEncodedQuery(field)
            return new QueryCondition(this.terms[this.terms.length - 1] ?? [])
        }
        this.terms.push(term)
        return new QueryCondition(term)
    }
    addNullQuery(field: string): QueryCondition {
        return this.addQuery(field, 'ISEMPTY', '')
    }
    addNotNullQuery(field: string): QueryCondition {
        return this.addQuery(field, 'ISNOTEMPTY', '')
    }
    addActiveQuery(): QueryCondition {
        return this.addQuery('active', true)
    }
    addEncodedQuery(query: string): void {
        const groups = String(query).split('^NQ')
        groups.forEach((group, index) => {
            const terms: Condition[][] = []
            for (const raw of group.split('^')) {
                const part = raw.trim()
                if (part === '' || part === 'EQ') continue
                if (part.startsWith('ORDERBYDESC')) this.orderByDesc(part.slice('ORDERBYDESC'.length))
                else if (part.startsWith('ORDERBY')) this.orderBy(part.slice('ORDERBY'.length))
                else if (/^OR[a-z]/.test(part) && terms.length > 0)
                    terms[terms.length - 1].push(parseEncodedCondition(part.slice(2)))
                else terms.push([parseEncodedCondition(part)])
            }
            if (index === 0) this.terms.push(...terms)
            else this.alternatives.push(terms)
        })
    }
    getEncodedQuery(): string {
        const encode = (terms: Condition[][]) =>
            terms.map((t) => t.map((c, i) => `${i > 0 ? 'OR' : ''}${c.field}${c.operator}${Array.isArray(c.value) ? c.value.join(',') : comparable(c.value)}`).join('^')).join('^')
        return [encode(this.terms), ...this.alternatives.map(encode)].join('^NQ')
    }
    orderBy(field: string): void {
        this.order.push({ field, descending: false })
    }
    orderByDesc(field: string): void {
        this.order.push({ field, descending: true })
    }
    setLimit(limit: number): void {
        this.limit = limit
    }
    /** Rows firstRow (inclusive) to lastRow (exclusive) of the ordered result, as the platform's paging does. */
    chooseWindow(firstRow: number, lastRow: number): void {
        this.firstRow = Math.max(0, firstRow)
        this.limit = Math.max(0, lastRow - this.firstRow)
    }

    query(): void {
        platform.hooks.beforeQuery?.(this.table)
        platform.stats.countQuery(this.table)
        const rows = this.candidates().filter((row) => this.accepts(row))
        for (const { field, descending } of [...this.order].reverse()) {
            rows.sort((a, b) => compare(comparable(readPath(a, field)), comparable(readPath(b, field))) * (descending ? -1 : 1))
        }
        this.results = rows.slice(this.firstRow, this.firstRow + this.limit).map((row) => ({ ...row }))
        this.position = -1
        this.current = undefined
        this.isNew = false
    }
    hasNext(): boolean {
        return this.position + 1 < this.results.length
    }
    next(): boolean {
        if (!this.hasNext()) {
            this.current = undefined
            return false
        }
        this.position += 1
        this.current = this.results[this.position]
        return true
    }
    getRowCount(): number {
        return this.results.length
    }

    get(fieldOrSysId: string, value?: unknown): boolean {
        this.terms = []
        this.alternatives = []
        this.order = []
        this.limit = 1
        if (arguments.length >= 2) this.terms.push([{ field: fieldOrSysId, operator: '=', value }])
        else this.terms.push([{ field: 'sys_id', operator: '=', value: fieldOrSysId }])
        this.query()
        return this.next()
    }

    isValidRecord(): boolean {
        return this.current !== undefined && !this.isNew
    }
    /** Whether the table exists on this instance (platform.absentTables). */
    isValid(): boolean {
        return !platform.absentTables.has(this.table)
    }

    getValue(field: string): string | null {
        return storedString(readPath(this.current, field))
    }
    getDisplayValue(field?: string): string {
        if (field === undefined) return String(this.current?.name ?? this.current?.number ?? this.current?.sys_id ?? '')
        return displayOf(readPath(this.current, field))
    }
    getUniqueValue(): string {
        return String(this.current?.sys_id ?? '')
    }
    getElement(field: string): GlideElementStandIn {
        return new GlideElementStandIn(this, () => this.current, field)
    }
    setValue(field: string, value: unknown): void {
        if (!this.current) this.initialize()
        ;(this.current as Row)[field] = toStoredValue(value)
    }

    initialize(): void {
        this.current = {}
        this.isNew = true
    }
    newRecord(): void {
        this.initialize()
        this.current = { sys_id: platform.db.newSysId() }
    }
    isNewRecord(): boolean {
        return this.isNew
    }
    insert(): string | null {
        const row = { ...(DICTIONARY_DEFAULTS[this.table] ?? {}), ...(this.current ?? {}) }
        platform.hooks.beforeWrite?.(this.table, 'insert', row)
        if (platform.refusals.refuses(this.table, 'insert', row)) return null
        platform.stats.countWrite(this.table, 'insert')
        const sysId = platform.db.insert(this.table, row)
        // gs.getProperty reads sys_properties on the instance: a property created by a script is readable at once.
        if (this.table === 'sys_properties' && typeof row.name === 'string') platform.properties[row.name] = String(row.value ?? '')
        this.current = platform.db.row(this.table, sysId)
        this.isNew = false
        return sysId
    }
    update(): string | null {
        if (!this.current || this.isNew) return this.insert()
        const sysId = String(this.current.sys_id)
        if (!platform.db.row(this.table, sysId)) return null
        platform.hooks.beforeWrite?.(this.table, 'update', { ...this.current })
        if (platform.refusals.refuses(this.table, 'update', { ...this.current })) return null
        platform.stats.countWrite(this.table, 'update')
        const { sys_id: _id, sys_updated_on: _u, sys_mod_count: _m, ...fields } = this.current
        platform.db.update(this.table, sysId, fields)
        this.current = platform.db.row(this.table, sysId)
        return sysId
    }
    deleteRecord(): boolean {
        if (!this.current || this.isNew) return false
        platform.hooks.beforeWrite?.(this.table, 'delete', { ...this.current })
        if (platform.refusals.refuses(this.table, 'delete', { ...this.current })) return false
        platform.stats.countWrite(this.table, 'delete')
        platform.db.delete(this.table, String(this.current.sys_id))
        this.current = undefined
        return true
    }

    canRead(): boolean {
        return platform.acl.allows(this.table, 'read', platform.user.roles)
    }
    canWrite(): boolean {
        return platform.acl.allows(this.table, 'write', platform.user.roles)
    }
    canCreate(): boolean {
        return platform.acl.allows(this.table, 'create', platform.user.roles)
    }
    canDelete(): boolean {
        return platform.acl.allows(this.table, 'delete', platform.user.roles)
    }

    /** All rows, or the one row a sys_id condition names (keeps get(sys_id) cheap in the benchmark). */
    private candidates(): Row[] {
        const bySysId = this.alternatives.length === 0 ? this.terms.find((t) => t.length === 1 && t[0].field === 'sys_id' && t[0].operator === '=') : undefined
        if (bySysId) {
            const row = platform.db.live(this.table).get(comparable(bySysId[0].value))
            return row ? [row] : []
        }
        return [...platform.db.live(this.table).values()]
    }

    private accepts(row: Row): boolean {
        const all = (terms: Condition[][]) => terms.every((term) => term.some((c) => matches(row, c)))
        return all(this.terms) || this.alternatives.some(all)
    }
}

function parseEncodedCondition(text: string): Condition {
    const field = /^[a-z0-9_.]+/.exec(text)?.[0] ?? ''
    const rest = text.slice(field.length)
    for (const operator of ENCODED_OPERATORS) {
        if (rest.startsWith(operator)) return { field, operator, value: rest.slice(operator.length) }
    }
    throw new Error(`GlideRecord stand-in: cannot parse encoded query condition '${text}'`)
}

// ---------------------------------------------------------------- gs

type GsMethods =
    | 'getProperty'
    | 'info'
    | 'warn'
    | 'error'
    | 'debug'
    | 'eventQueue'
    | 'addErrorMessage'
    | 'addInfoMessage'
    | 'getUserID'
    | 'getUserName'
    | 'hasRole'
    | 'getMessage'
    | 'nil'
    | 'generateGUID'

function format(message: unknown, parms: unknown[]): string {
    return String(message ?? '').replace(/\{(\d)\}/g, (whole, index: string) => (parms[Number(index)] === undefined ? whole : String(parms[Number(index)])))
}

/**
 * Warnings and errors also land in the system log table `syslog` (level 1 warning, 2 error; source:
 * the calling app's scope, here always the app's), as on the instance, so code that asks the system
 * log what it already said can be tested. Their sys_ids come from their own sequence, so seeding stays deterministic.
 */
function systemLog(level: number, message: string): void {
    const n = (platform.db.live('syslog').size + 1).toString(16)
    platform.db.insert('syslog', { sys_id: ('5f0c' + '0'.repeat(28 - n.length) + n).slice(0, 32), level, source: 'x_mail_oauth', message })
}

export const gs: Pick<typeof Glide.gs, GsMethods> = {
    getProperty(key?: string, alt?: unknown): string {
        const value = key === undefined ? undefined : platform.properties[key]
        return (value ?? alt ?? null) as string
    },
    info(message?: string, ...parms: unknown[]): void {
        platform.logs.push({ level: 'info', message: format(message, parms) })
    },
    warn(message?: string, ...parms: unknown[]): void {
        platform.logs.push({ level: 'warn', message: format(message, parms) })
        systemLog(1, format(message, parms))
    },
    error(message?: string, ...parms: unknown[]): void {
        platform.logs.push({ level: 'error', message: format(message, parms) })
        systemLog(2, format(message, parms))
    },
    debug(message?: string, ...parms: unknown[]): void {
        platform.logs.push({ level: 'debug', message: format(message, parms) })
    },
    eventQueue(name?: string, instance?: unknown, parm1?: string, parm2?: string, queue?: string): void {
        const record = instance instanceof GlideRecord ? instance : null
        platform.events.push({
            name: String(name ?? ''),
            table: record ? record.getTableName() : '',
            sysId: record ? record.getUniqueValue() : '',
            parm1: parm1 === undefined || parm1 === null ? '' : String(parm1),
            parm2: parm2 === undefined || parm2 === null ? '' : String(parm2),
            ...(queue ? { queue } : {}),
        })
    },
    addErrorMessage(message?: unknown): void {
        platform.formMessages.push({ type: 'error', message: String(message ?? '') })
    },
    addInfoMessage(message?: unknown): void {
        platform.formMessages.push({ type: 'info', message: String(message ?? '') })
    },
    getUserID(): string {
        return platform.user.sysId
    },
    getUserName(): string {
        return platform.user.userName
    },
    hasRole(role?: string): boolean {
        return platform.user.roles.includes('admin') || (role !== undefined && platform.user.roles.includes(role))
    },
    getMessage(id?: string, args?: unknown): string {
        return format(id, Array.isArray(args) ? args : args === undefined ? [] : [args])
    },
    nil(o?: unknown): boolean {
        return o === null || o === undefined || String(o) === ''
    },
    generateGUID(): string {
        return platform.db.newSysId()
    },
}

// ---------------------------------------------------------------- GlideAction

type GlideActionMethods = 'setRedirectURL' | 'getRedirectURL' | 'setReturnURL' | 'getReturnURL'

function urlOf(target: unknown): string {
    if (target instanceof GlideRecord) return `${target.getTableName()}.do?sys_id=${target.getUniqueValue()}`
    return String(target ?? '')
}

export class GlideAction implements Pick<Glide.GlideAction, GlideActionMethods> {
    setRedirectURL(target: unknown): void {
        platform.action.redirectURL = urlOf(target)
    }
    getRedirectURL(): string {
        return platform.action.redirectURL ?? ''
    }
    setReturnURL(target: unknown): void {
        platform.action.returnURL = urlOf(target)
    }
    getReturnURL(): string {
        return platform.action.returnURL ?? ''
    }
}

/** The `action` global of a UI action script. */
export const action = new GlideAction()

// ---------------------------------------------------------------- GlidePluginManager

/** The static side of GlidePluginManager that the app calls. */
export const GlidePluginManager: Pick<typeof Glide.GlidePluginManager, 'isActive'> = {
    isActive(pluginId: string): boolean {
        return platform.db.rows('v_plugin').some((row) => row.id === pluginId && row.active === 'active')
    },
}

// ---------------------------------------------------------------- GlideAggregate

type GlideAggregateMethods = 'addQuery' | 'addEncodedQuery' | 'addAggregate' | 'groupBy' | 'query' | 'next' | 'getAggregate' | 'getValue'

/**
 * GlideAggregate as ServiceNow documents it (API reference, GlideAggregate - Scoped): addQuery /
 * addEncodedQuery filter like GlideRecord, addAggregate('COUNT') (the only aggregate the app uses),
 * groupBy(field) (dot-walks allowed), query(), next() over the groups (one row without groupBy),
 * getAggregate('COUNT') as a string, getValue(groupField). One query() counts as one query.
 */
export class GlideAggregate implements Pick<Glide.GlideAggregate<string>, Exclude<GlideAggregateMethods, 'addQuery'>> {
    private readonly filter: GlideRecord
    private readonly groups: string[] = []
    private aggregates = new Set<string>()
    private results: { values: Record<string, string>; count: number }[] = []
    private position = -1

    constructor(private readonly table: string) {
        this.filter = new GlideRecord(table)
    }
    addQuery(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition {
        return arguments.length >= 3 ? this.filter.addQuery(field, operatorOrValue, value) : this.filter.addQuery(field, operatorOrValue)
    }
    addEncodedQuery(query: string): void {
        this.filter.addEncodedQuery(query)
    }
    addAggregate(aggregate: string, field?: string): void {
        if (aggregate.toUpperCase() !== 'COUNT' || field) throw new Error(`GlideAggregate stand-in: only addAggregate('COUNT') is modelled, not ${aggregate}(${field ?? ''})`)
        this.aggregates.add('COUNT')
    }
    groupBy(field: string): void {
        this.groups.push(field)
    }
    query(): void {
        const before = platform.stats.queriesOn(this.table)
        this.filter.query()
        // The stand-in record's query counted one; the aggregate is that one query.
        platform.stats.queries[this.table] = before + 1
        const buckets = new Map<string, { values: Record<string, string>; count: number }>()
        while (this.filter.next()) {
            const values = Object.fromEntries(this.groups.map((field) => [field, this.filter.getValue(field) ?? '']))
            const key = JSON.stringify(values)
            const bucket = buckets.get(key) ?? { values, count: 0 }
            bucket.count += 1
            buckets.set(key, bucket)
        }
        this.results = this.groups.length === 0 ? [{ values: {}, count: [...buckets.values()].reduce((sum, b) => sum + b.count, 0) }] : [...buckets.values()]
        this.position = -1
    }
    next(): boolean {
        this.position += 1
        return this.position < this.results.length
    }
    getAggregate(aggregate: string, field?: string): string {
        if (field) throw new Error(`GlideAggregate stand-in: only getAggregate('COUNT') is modelled, not ${aggregate}(${field})`)
        if (!this.aggregates.has(aggregate.toUpperCase())) throw new Error(`GlideAggregate stand-in: getAggregate('${aggregate}') without addAggregate('${aggregate}')`)
        return String(this.results[this.position]?.count ?? 0)
    }
    getValue(field: string): string {
        return this.results[this.position]?.values[field] ?? ''
    }
}

// ---------------------------------------------------------------- CertificateEncryption

/**
 * CertificateEncryption (scoped API reference): thumbprints of a certificate record's store. The
 * attached .jks is modelled on the sys_certificate row itself, as the stand-in's own columns:
 * `jks_store_password` (the password the store really opens with) and `jks_entries` (JSON
 * `{ alias: sha1Hex }`). A store that does not open with the record's Key store password throws
 * Java's message ("Keystore was tampered with, or password was incorrect"); an alias not in the
 * store answers '' (the platform's answer is not documented: readers must treat both as "no").
 */
function keyStoreOf(certificateId: string): Record<string, string> {
    const row = platform.db.rows('sys_certificate').find((candidate) => candidate.sys_id === certificateId)
    if (!row) throw new Error(`java.lang.NullPointerException: no certificate ${certificateId}`)
    if (String(row.key_store_password ?? '') !== String(row.jks_store_password ?? '')) throw new Error('java.io.IOException: Keystore was tampered with, or password was incorrect')
    return JSON.parse(String(row.jks_entries ?? '{}')) as Record<string, string>
}

export const CertificateEncryption: Pick<typeof Glide.CertificateEncryption, 'getThumbPrint' | 'getThumbPrintFromKeyStore'> = {
    getThumbPrint(certificateId: string, algorithm: string): string {
        if (algorithm !== 'SHA-1') throw new Error(`CertificateEncryption stand-in: only SHA-1 is modelled, not ${algorithm}`)
        const entries = Object.values(keyStoreOf(certificateId))
        return entries[0] ?? ''
    },
    getThumbPrintFromKeyStore(certificateId: string, alias: string, algorithm: string): string {
        if (algorithm !== 'SHA-1') throw new Error(`CertificateEncryption stand-in: only SHA-1 is modelled, not ${algorithm}`)
        return keyStoreOf(certificateId)[alias] ?? ''
    },
}
