/**
 * What the Fluent source declares, compared with what dist/app holds: every column option, every
 * property's value and text, every Record's literal field values (event descriptions included).
 * The SDK drops an option it does not know without an error; these checks make that a failure
 * that names the declaration's file and line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BuiltApp, TableColumn } from './dist-app.ts'
import { UNRESOLVED, type ColumnDeclaration, type Declared, type FluentSource } from './fluent-source.ts'

export type DeclaredCheck = (source: FluentSource, app: BuiltApp) => string[]

/** The SDK writes a boolean or a number into the update set as its text. */
function asBuilt(value: Declared): string | undefined {
    if (typeof value === 'string') return value
    // A list of literals (a choice list property's choices) is built as one comma-separated value.
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(',')
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return undefined
}

/** dropdown option → the dictionary's `choice` attribute (what the SDK 4.9.0 build writes). */
const DROPDOWN_CHOICE: Record<string, string> = { dropdown_with_none: '1', dropdown_without_none: '3' }

/**
 * How each column option shows in dist/app/dictionary. An option missing here fails the check: map
 * it before using it, so an option the SDK would drop can never pass unnoticed.
 */
const COLUMN_OPTION: Record<string, (value: Declared, column: TableColumn) => string | undefined> = {
    label: (value, column) => (value === column.attributes.label ? undefined : `label should be "${String(value)}", is "${column.attributes.label ?? ''}"`),
    default: (value, column) => {
        const expected = asBuilt(value)
        return expected === column.attributes.default_value ? undefined : `default should be "${expected}", is "${column.attributes.default_value ?? ''}" (dropped?)`
    },
    maxLength: (value, column) => (String(value) === column.attributes.max_length ? undefined : `maxLength should be ${String(value)}, is ${column.attributes.max_length}`),
    mandatory: (value, column) => (String(value) === column.attributes.mandatory ? undefined : `mandatory should be ${String(value)}, is ${column.attributes.mandatory}`),
    readOnly: (value, column) => (String(value) === column.attributes.read_only ? undefined : `readOnly should be ${String(value)}, is ${column.attributes.read_only}`),
    referenceTable: (value, column) => (value === column.reference ? undefined : `referenceTable should be ${String(value)}, is ${column.reference ?? 'none'}`),
    cascadeRule: (value, column) =>
        value === column.attributes.reference_cascade_rule ? undefined : `cascadeRule should be ${String(value)}, is ${column.attributes.reference_cascade_rule ?? 'none'}`,
    dropdown: (value, column) =>
        DROPDOWN_CHOICE[String(value)] === column.attributes.choice ? undefined : `dropdown ${String(value)} should give choice="${DROPDOWN_CHOICE[String(value)]}", gives "${column.attributes.choice}"`,
    choices: (value, column) => {
        const declared = Object.keys(value as Record<string, Declared>)
        return declared.join() === column.choices.join() ? undefined : `choices should be ${declared.join(', ')}, are ${column.choices.join(', ')}`
    },
}

function checkColumn(declaration: ColumnDeclaration, app: BuiltApp): string[] {
    const where = `${declaration.table}.${declaration.column} (${declaration.where})`
    const column = app.tables.get(declaration.table)?.find((c) => c.name === declaration.column)
    if (!column) return [`${where}: not in dist/app/dictionary`]
    return Object.entries(declaration.options).flatMap(([option, value]) => {
        const read = COLUMN_OPTION[option]
        if (!read) return [`${where}: option "${option}" is not one the build test reads back; the SDK may have dropped it (is it a ${declaration.kind} option? see node_modules/@servicenow/sdk-core/dist/db/)`]
        if (value === UNRESOLVED) return [`${where}: option "${option}" is not a literal or a constant's property path`]
        const problem = read(value, column)
        return problem ? [`${where}: ${problem}`] : []
    })
}

/** Property options → sys_properties fields. */
const PROPERTY_FIELD: Record<string, string> = { name: 'name', type: 'type', value: 'value', description: 'description', choices: 'choices' }
const PROPERTY_OPTIONS_NOT_FIELDS = new Set(['$id', '$meta', 'roles'])

export const declaredChecks: Record<string, DeclaredCheck> = {
    'every Table is guarded by KnownColumnOptionsOnly, so tsc fails on an unknown column option': (source) => {
        const guards = readFileSync(join(__dirname, 'column-options.typecheck.ts'), 'utf8')
        return source.tables
            .filter(({ exportName }) => !exportName || !guards.includes(`KnownColumnOptionsOnly<typeof ${exportName}>`))
            .map(({ name, exportName, file }) =>
                exportName
                    ? `table ${name} (${file}): add \`export type ... = KnownColumnOptionsOnly<typeof ${exportName}>\` to test/build/column-options.typecheck.ts`
                    : `table ${name} (${file}): export the Table as a const so test/build/column-options.typecheck.ts can guard its column options`,
            )
    },

    'every column option declared in fluent/ is in dist/app/dictionary (a dropped option fails)': (source, app) => source.columns.flatMap((column) => checkColumn(column, app)),

    'every property is built with the value, type and description fluent/ declares': (source, app) =>
        source.properties.flatMap((property) => {
            const name = String(property.options.name)
            const built = app.of('sys_properties').find((record) => record.fields.name === name)
            if (!built) return [`sys_properties "${name}" (${property.where}): not in dist/app`]
            const problems: string[] = []
            for (const [option, value] of Object.entries(property.options)) {
                if (PROPERTY_OPTIONS_NOT_FIELDS.has(option)) continue
                const field = PROPERTY_FIELD[option]
                if (!field) {
                    problems.push(`sys_properties "${name}" (${property.where}): option "${option}" is not one the build test reads back; the SDK may have dropped it`)
                    continue
                }
                if (asBuilt(value) !== (built.fields[field] ?? '')) problems.push(`sys_properties "${name}" (${property.where}): ${field} should be "${asBuilt(value)}", is "${built.fields[field] ?? ''}"`)
            }
            const roles = property.options.roles as Record<string, Declared> | undefined
            for (const [access, field] of [['read', 'read_roles'], ['write', 'write_roles']] as const) {
                const declared = ((roles?.[access] as Declared[] | undefined) ?? []).filter((role): role is string => typeof role === 'string')
                const builtRoles = (built.fields[field] ?? '').split(',')
                for (const role of declared) if (!builtRoles.includes(role)) problems.push(`sys_properties "${name}" (${property.where}): ${field} should include ${role}, is "${built.fields[field] ?? ''}"`)
            }
            return problems
        }),

    'every Record is built with the literal field values fluent/ declares (event descriptions included)': (source, app) =>
        source.records.flatMap((record) => {
            const key = record.key ? source.keys.get(record.key) : undefined
            const label = `${String(record.options.table)} ${record.key ?? ''} (${record.where})`
            if (!key) return [`${label}: no Now.ID key in fluent/generated/keys.ts (run npm run build:keys)`]
            const built = app.byId(key.sysId)
            if (!built) return [`${label}: not in dist/app`]
            const data = (record.options.data ?? {}) as Record<string, Declared>
            return Object.entries(data).flatMap(([field, value]) => {
                const expected = asBuilt(value)
                if (expected === undefined) return []
                return expected === (built.fields[field] ?? '') ? [] : [`${label}: ${field} should be "${expected}", is "${built.fields[field] ?? ''}"`]
            })
        }),
}
