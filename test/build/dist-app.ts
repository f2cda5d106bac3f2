/**
 * Reads the app exactly as `now-sdk build` wrote it to dist/app: every record of every XML file,
 * with its table, sys_id and field values as strings. The build test asserts on these records, and
 * the end-to-end tier seeds its stand-in tables from them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export const DIST_APP = join(__dirname, '..', '..', 'dist', 'app')

export interface AppRecord {
    table: string
    sysId: string
    fields: Record<string, string>
    /** The file the record came from, relative to dist/app, for failure messages. */
    file: string
}

export interface TableColumn {
    name: string
    type: string
    reference?: string
    choices: string[]
    /** Every attribute the dictionary entry carries (label, default_value, max_length, mandatory, ...), as built. */
    attributes: Record<string, string>
}

export interface BuiltApp {
    records: AppRecord[]
    /** Tables declared by the app, from dist/app/dictionary. */
    tables: Map<string, TableColumn[]>
    /** Every file's raw text, for whole-output scans (secrets, unresolved symbols). */
    files: Map<string, string>
    /** sys_module contents keyed by their `path` (`x_mail_oauth/email-oauth-manager/1.0.0/src/...`), as the instance resolves them. */
    modules: ReadonlyMap<string, string>
    of(table: string): AppRecord[]
    byId(sysId: string): AppRecord | undefined
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
    cdataPropName: false,
    isArray: (name, path) => name === 'element' && String(path).startsWith('database'),
})

function listXml(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return listXml(path)
        return entry.name.endsWith('.xml') ? [path] : []
    })
}

/** A field's value as the instance would store it: text, a reference's sys_id, or '' when empty. */
function fieldValue(value: unknown): string {
    if (value === undefined || value === null) return ''
    if (typeof value === 'object') {
        const text = (value as Record<string, unknown>)['#text']
        return text === undefined ? '' : String(text)
    }
    return String(value)
}

function recordsOf(node: Record<string, unknown>, file: string): AppRecord[] {
    const records: AppRecord[] = []
    for (const [table, body] of Object.entries(node)) {
        if (table.startsWith('@') || table === '#text') continue
        for (const item of Array.isArray(body) ? body : [body]) {
            if (typeof item !== 'object' || item === null) continue
            const raw = item as Record<string, unknown>
            if (raw['@action'] === 'delete_multiple' || raw['@action'] === 'DELETE') continue
            const fields: Record<string, string> = {}
            const nested: AppRecord[] = []
            for (const [name, value] of Object.entries(raw)) {
                if (name.startsWith('@') || name === '#text') continue
                if (typeof value === 'object' && value !== null && !('#text' in value) && Object.keys(value).some((k) => !k.startsWith('@'))) {
                    nested.push(...recordsOf({ [name]: value }, file))
                    continue
                }
                fields[name] = fieldValue(value)
            }
            if (fields.sys_id) records.push({ table, sysId: fields.sys_id, fields, file })
            records.push(...nested)
        }
    }
    return records
}

function tablesOf(dictionary: Record<string, unknown>): Map<string, TableColumn[]> {
    const tables = new Map<string, TableColumn[]>()
    const database = dictionary.database as { element?: Record<string, unknown>[] } | undefined
    for (const table of database?.element ?? []) {
        const columns = ((table.element as Record<string, unknown>[] | undefined) ?? []).map((column) => {
            const choice = column.choice as { element?: Record<string, unknown>[] } | undefined
            return {
                name: String(column['@name']),
                type: String(column['@type']),
                reference: column['@reference'] === undefined ? undefined : String(column['@reference']),
                choices: (choice?.element ?? []).map((c) => String(c['@value'])),
                attributes: Object.fromEntries(Object.entries(column).filter(([key]) => key.startsWith('@')).map(([key, value]) => [key.slice(1), String(value)])),
            }
        })
        tables.set(String(table['@name']), columns)
    }
    return tables
}

/** The folder of dist/app a record was built into: 'update' (every install), 'unload' (first install only), ... */
export function installFolder(record: Pick<AppRecord, 'file'>): string {
    return record.file.split(/[/\\]/)[0]
}

export function loadBuiltApp(dir: string = DIST_APP): BuiltApp {
    if (!existsSync(join(dir, 'update'))) throw new Error(`No built app at ${dir}: run \`npm run build\` first.`)
    const records: AppRecord[] = []
    const tables = new Map<string, TableColumn[]>()
    const files = new Map<string, string>()
    for (const path of listXml(dir)) {
        const file = relative(dir, path)
        const text = readFileSync(path, 'utf8')
        if (!/<\/(record_update|database)>\s*$/.test(text)) {
            throw new Error(`${path} is incomplete: another build may be writing dist/app; run \`npm run build\` again.`)
        }
        files.set(file, text)
        const document = parser.parse(text) as Record<string, unknown>
        if (document.database) {
            for (const [name, columns] of tablesOf(document)) tables.set(name, columns)
            continue
        }
        const update = document.record_update as Record<string, unknown> | undefined
        if (update) records.push(...recordsOf(update, file))
    }
    const byId = new Map(records.map((record) => [record.sysId, record]))
    const modules = new Map(records.filter((record) => record.table === 'sys_module' && record.fields.path).map((record) => [record.fields.path, record.fields.content ?? '']))
    return {
        records,
        tables,
        files,
        modules,
        of: (table) => records.filter((record) => record.table === table),
        byId: (sysId) => byId.get(sysId),
    }
}
