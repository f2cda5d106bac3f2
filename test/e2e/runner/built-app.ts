/**
 * Reads the app exactly as `npm run build` wrote it: every record in dist/app/update/*.xml, the
 * sys_module records by their `path`, and the scheduled job's generated `script`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

/** One record as the update set carries it: every field as the string the XML holds. */
export type BuiltRecord = Record<string, string>

export interface BuiltApp {
    /** sys_module contents keyed by their `path` (`x_mail_oauth/email-oauth-manager/1.0.0/src/...`). */
    readonly modules: ReadonlyMap<string, string>
    /** Tables that have records in dist/app. */
    readonly tables: readonly string[]
    /**
     * Records of a table, in file-name order, `action="DELETE"` ones left out. Throws for a table
     * whose records nest other records (form layouts): nothing here reads those.
     */
    recordsOf(table: string): readonly BuiltRecord[]
    /** The `sysauto_script` record with this name; throws, naming the ones that exist, if none. */
    scheduledScript(name: string): BuiltRecord
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    // Values stay the strings the platform would import: no number or boolean guessing, no trimming
    // (a module's content must reach the runner byte for byte).
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
})

export function readBuiltApp(appDir: string): BuiltApp {
    const updateDir = join(appDir, 'update')
    if (!existsSync(updateDir)) {
        throw new Error(`No built app at ${updateDir}: run \`npm run build\` first (the end-to-end tier runs dist/app as built).`)
    }
    const elements = new Map<string, { fields: Record<string, unknown>; where: string }[]>()
    const files = readdirSync(updateDir).filter((name) => name.endsWith('.xml')).sort()
    for (const file of files) {
        const path = join(updateDir, file)
        const xml = readFileSync(path, 'utf8')
        if (!xml.includes('</record_update>')) {
            throw new Error(`${path} is incomplete (no </record_update>): another build may be writing dist/app; run \`npm run build\` again.`)
        }
        const document = parser.parse(xml) as { record_update?: Record<string, unknown> }
        if (!document.record_update || typeof document.record_update !== 'object') {
            throw new Error(`${path} has no <record_update> element: is it really SDK build output?`)
        }
        for (const [table, value] of Object.entries(document.record_update)) {
            if (table.startsWith('@_') || table === '#text') continue
            for (const element of Array.isArray(value) ? value : [value]) {
                if (!element || typeof element !== 'object') continue
                const fields = element as Record<string, unknown>
                if (fields['@_action'] === 'DELETE') continue
                const list = elements.get(table) ?? []
                list.push({ fields, where: `${path} <${table}>` })
                elements.set(table, list)
            }
        }
    }
    const flattened = new Map<string, BuiltRecord[]>()
    const recordsOf = (table: string): readonly BuiltRecord[] => {
        let records = flattened.get(table)
        if (!records) {
            records = (elements.get(table) ?? []).map(({ fields, where }) => toRecord(fields, where))
            flattened.set(table, records)
        }
        return records
    }
    const modules = new Map<string, string>()
    for (const module of recordsOf('sys_module')) {
        if (module.path) modules.set(module.path, module.content ?? '')
    }
    return {
        modules,
        tables: [...elements.keys()],
        recordsOf,
        scheduledScript(name: string): BuiltRecord {
            const jobs = recordsOf('sysauto_script')
            const job = jobs.find((record) => record.name === name)
            if (!job) {
                const names = jobs.map((record) => `"${record.name}"`).join(', ') || 'none'
                throw new Error(`dist/app has no sysauto_script named "${name}" (found: ${names}); check fluent/refresh-job.now.ts and rebuild.`)
            }
            return job
        },
    }
}

/** Flattens one record element: a reference field `<f display_value="…">sys_id</f>` keeps its value. */
function toRecord(fields: Record<string, unknown>, where: string): BuiltRecord {
    const record: BuiltRecord = {}
    for (const [name, value] of Object.entries(fields)) {
        if (name.startsWith('@_') || name === '#text') continue
        if (typeof value === 'string') {
            record[name] = value
        } else if (value && typeof value === 'object' && !Array.isArray(value)) {
            const text = (value as Record<string, unknown>)['#text']
            record[name] = typeof text === 'string' ? text : ''
        } else {
            throw new Error(`${where}: field <${name}> has a shape the runner does not read (${JSON.stringify(value).slice(0, 80)}).`)
        }
    }
    return record
}
