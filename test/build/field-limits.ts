/**
 * The platform's field limits, as the SDK's table definitions carry them from the instance's
 * dictionary (node_modules/@servicenow/sdk-core/dist/fluent/tables/<table>.now.js: each column's
 * maxLength, following `extends` to the parent table). A value longer than its field is cut on install.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const SDK_TABLES = join(__dirname, '..', '..', 'node_modules', '@servicenow', 'sdk-core', 'dist', 'fluent', 'tables')

interface SdkTable {
    extends?: string
    schema: Record<string, { maxLength?: number | string } | undefined>
}

function sdkTable(table: string): SdkTable | undefined {
    const path = join(SDK_TABLES, `${table}.now.js`)
    if (!existsSync(path)) return undefined
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(path) as Record<string, SdkTable>)[table]
}

/** field → max length for `table`, inherited fields included; undefined when the SDK does not describe the table. */
export function fieldLimits(table: string): Map<string, number> | undefined {
    const own = sdkTable(table)
    if (!own) return undefined
    const limits = new Map<string, number>()
    for (let current: SdkTable | undefined = own, depth = 0; current && depth < 10; current = current.extends ? sdkTable(current.extends) : undefined, depth++) {
        for (const [field, column] of Object.entries(current.schema)) {
            if (column?.maxLength !== undefined && !limits.has(field)) limits.set(field, Number(column.maxLength))
        }
    }
    return limits
}
