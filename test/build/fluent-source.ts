/**
 * Reads what the Fluent files declare, statically, the way the SDK reads them: every Table's columns
 * with their options, every Property and every Record with their literal values, each with its file
 * and line. The build test compares these declarations with dist/app, so an option the SDK drops
 * without an error (e.g. `defaultValue` instead of `default`) fails the build test.
 *
 * Values are resolved as the SDK resolves them: literals, and property paths of constants imported
 * from src/ (required here from the same modules). Anything else (a record passed by reference, a
 * call such as Now.include) is UNRESOLVED and left to the checks that know that record.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export const FLUENT_DIR = join(__dirname, '..', '..', 'fluent')
const REPO_ROOT = join(__dirname, '..', '..')

export const UNRESOLVED = Symbol('unresolved')
export type Declared = string | number | boolean | null | typeof UNRESOLVED | Declared[] | { [key: string]: Declared }

export interface Declaration {
    /** `fluent/...:line`, for failure messages. */
    where: string
    /** The options object, resolved. */
    options: Record<string, Declared>
}

export interface ColumnDeclaration extends Declaration {
    table: string
    column: string
    /** The column function, e.g. IntegerColumn. */
    kind: string
}

export interface RecordDeclaration extends Declaration {
    /** The Now.ID key, when the record has one. */
    key?: string
}

export interface FluentSource {
    columns: ColumnDeclaration[]
    /** Every Table call's exported name, with the file that declares it. */
    tables: { name: string; exportName: string; file: string }[]
    properties: RecordDeclaration[]
    records: RecordDeclaration[]
    /** Now.ID key → sys_id, from fluent/generated/keys.ts. */
    keys: Map<string, { table: string; sysId: string }>
}

function listFluentFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : listFluentFiles(path)
        return entry.name.endsWith('.now.ts') ? [path] : []
    })
}

/** Constants a Fluent file imports from src/: identifier → the module's export. */
function importedConstants(file: ts.SourceFile, path: string): Map<string, unknown> {
    const constants = new Map<string, unknown>()
    for (const statement of file.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue
        const target = resolve(dirname(path), statement.moduleSpecifier.text)
        // Only the app's own constants: Fluent files (records) and SDK modules are not values to read.
        if (!target.startsWith(join(REPO_ROOT, 'src')) || target.endsWith('.now.ts')) continue
        const bindings = statement.importClause?.namedBindings
        if (!bindings || !ts.isNamedImports(bindings)) continue
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const module = require(target) as Record<string, unknown>
        for (const element of bindings.elements) constants.set(element.name.text, module[(element.propertyName ?? element.name).text])
    }
    return constants
}

function toDeclared(value: unknown): Declared {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return UNRESOLVED
    if (Array.isArray(value)) return value.map(toDeclared)
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDeclared(v)]))
    return value as Declared
}

function propertyName(name: ts.PropertyName): string | undefined {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text
    return undefined
}

function resolveValue(node: ts.Expression, constants: Map<string, unknown>): Declared {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return resolveValue(node.expression, constants)
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
    if (ts.isNumericLiteral(node)) return Number(node.text)
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text)
    if (node.kind === ts.SyntaxKind.TrueKeyword) return true
    if (node.kind === ts.SyntaxKind.FalseKeyword) return false
    if (node.kind === ts.SyntaxKind.NullKeyword) return null
    if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => resolveValue(element, constants))
    if (ts.isObjectLiteralExpression(node)) return objectOf(node, constants)
    // A property path of an imported constant (PROPERTY.enabled.default), or the constant itself.
    const path: string[] = []
    let root: ts.Expression = node
    while (ts.isPropertyAccessExpression(root)) {
        path.unshift(root.name.text)
        root = root.expression
    }
    if (ts.isIdentifier(root) && constants.has(root.text)) {
        let value: unknown = constants.get(root.text)
        for (const step of path) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[step]
        return toDeclared(value)
    }
    return UNRESOLVED
}

function objectOf(node: ts.ObjectLiteralExpression, constants: Map<string, unknown>): Record<string, Declared> {
    const options: Record<string, Declared> = {}
    for (const property of node.properties) {
        if (ts.isPropertyAssignment(property)) {
            const name = propertyName(property.name)
            if (name !== undefined) options[name] = resolveValue(property.initializer, constants)
        } else if (ts.isShorthandPropertyAssignment(property)) {
            options[property.name.text] = UNRESOLVED
        }
    }
    return options
}

/** The key of `$id: Now.ID['key']`, if the options object has one. */
function nowIdKey(node: ts.ObjectLiteralExpression): string | undefined {
    for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) || propertyName(property.name) !== '$id') continue
        const value = property.initializer
        if (ts.isElementAccessExpression(value) && ts.isStringLiteral(value.argumentExpression)) return value.argumentExpression.text
    }
    return undefined
}

function readKeys(): Map<string, { table: string; sysId: string }> {
    const text = readFileSync(join(FLUENT_DIR, 'generated', 'keys.ts'), 'utf8')
    const keys = new Map<string, { table: string; sysId: string }>()
    for (const match of text.matchAll(/'([^']+)': \{\s*table: '([^']+)'\s*id: '([0-9a-f]{32})'/g)) keys.set(match[1], { table: match[2], sysId: match[3] })
    return keys
}

export function readFluentSource(dir: string = FLUENT_DIR): FluentSource {
    const source: FluentSource = { columns: [], tables: [], properties: [], records: [], keys: readKeys() }
    for (const path of listFluentFiles(dir)) {
        const text = readFileSync(path, 'utf8')
        const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2021, true)
        const constants = importedConstants(file, path)
        const where = (node: ts.Node) => `${relative(REPO_ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
        const visit = (node: ts.Node): void => {
            if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.arguments.length === 1 && ts.isObjectLiteralExpression(node.arguments[0])) {
                const callee = node.expression.text
                const argument = node.arguments[0]
                if (callee === 'Table') {
                    const table = objectOf(argument, constants)
                    const exportName = ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : ''
                    source.tables.push({ name: String(table.name), exportName, file: relative(REPO_ROOT, path) })
                    const schema = argument.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'schema')
                    if (schema && ts.isObjectLiteralExpression(schema.initializer)) {
                        for (const column of schema.initializer.properties) {
                            if (!ts.isPropertyAssignment(column) || !ts.isCallExpression(column.initializer)) continue
                            const call = column.initializer
                            const options = call.arguments[0]
                            if (!ts.isIdentifier(call.expression) || !options || !ts.isObjectLiteralExpression(options)) continue
                            source.columns.push({
                                table: String(table.name),
                                column: propertyName(column.name) ?? '',
                                kind: call.expression.text,
                                where: where(column),
                                options: objectOf(options, constants),
                            })
                        }
                    }
                } else if (callee === 'Property') {
                    source.properties.push({ key: nowIdKey(argument), where: where(node), options: objectOf(argument, constants) })
                } else if (callee === 'Record') {
                    source.records.push({ key: nowIdKey(argument), where: where(node), options: objectOf(argument, constants) })
                }
            }
            ts.forEachChild(node, visit)
        }
        visit(file)
    }
    return source
}
