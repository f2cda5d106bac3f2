/**
 * Every table the app's scripts read, create, write or delete, found by reading the code (not by
 * running it), so an access no test exercises is found too:
 *
 * - `src/` through the TypeScript type checker: each call of query/get (read), insert (create),
 *   update/updateMultiple (write) or deleteRecord/deleteMultiple (delete) on a GlideRecord or a
 *   GlideAggregate, and the table of its receiver. A table name given as a `const` has a literal
 *   type (`new GlideRecord(ACCOUNT_TABLE)` is a `GlideRecord<'sys_email_account'>`); where the
 *   type says only `GlideRecord`, the analysis follows the value back: a variable to what it was
 *   assigned, a parameter to the arguments of every call of its function (so `insertRecord(gr, ...)`
 *   of src/common/writes.ts counts as a create on the table of `gr`), a call to what its function
 *   returns, and a parameter of a function no code in src/ calls to the table of the records whose
 *   script field calls it (`current` of a business rule, a UI action, a scan check).
 * - the script fields of the built records (dist/app: mail scripts, ATF steps, business rules, ...):
 *   each `new GlideRecord('table')` and the operations called on the variable that holds it.
 *
 * What the analysis cannot resolve is reported as unresolved, with where and why.
 */
import { join, relative } from 'node:path'
import ts from 'typescript'
import type { BuiltApp } from './dist-app.ts'

export type TableOperation = 'read' | 'create' | 'write' | 'delete'

/** One access: a table, what is done to it, and the chain of source lines that led there (the operation first). */
export interface TableAccess {
    table: string
    operation: TableOperation
    trail: string[]
}

/** A record whose table the analysis cannot name. `key` identifies it in the list of known dynamic names. */
export interface UnresolvedTable {
    key: string
    at: string
    why: string
}

export interface AccessReport {
    accesses: TableAccess[]
    unresolved: UnresolvedTable[]
}

const OPERATION_OF_METHOD: Readonly<Record<string, TableOperation>> = {
    query: 'read',
    _query: 'read',
    get: 'read',
    _get: 'read',
    insert: 'create',
    update: 'write',
    updateMultiple: 'write',
    deleteRecord: 'delete',
    deleteMultiple: 'delete',
}

const RECORD_TYPES = new Set(['GlideRecord', 'GlideAggregate'])

const ROOT = join(__dirname, '..', '..')

/** Fields of a built record that hold the table its script's `current` belongs to. */
const CURRENT_TABLE_FIELDS = ['collection', 'table']

interface Origin {
    table: string
    trail: string[]
}

interface Resolution {
    origins: Origin[]
    unresolved: UnresolvedTable[]
}

export function analyseSourceAccesses(app: BuiltApp, srcDir: string = join(ROOT, 'src')): AccessReport {
    const config = ts.getParsedCommandLineOfConfigFile(join(srcDir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })
    if (!config) throw new Error(`${srcDir}/tsconfig.json cannot be read`)
    const program = ts.createProgram(config.fileNames, config.options)
    const checker = program.getTypeChecker()
    const files = program.getSourceFiles().filter((file) => !file.isDeclarationFile && file.fileName.startsWith(srcDir))

    const where = (node: ts.Node): string => {
        const file = node.getSourceFile()
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
        return `${relative(ROOT, file.fileName)}:${line + 1}`
    }
    const text = (node: ts.Node): string => node.getText().replace(/\s+/g, ' ').slice(0, 80)
    const enclosingFunction = (node: ts.Node): string => {
        for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
            if ((ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at)) && at.name) return at.name.getText()
            if ((ts.isArrowFunction(at) || ts.isFunctionExpression(at)) && ts.isVariableDeclaration(at.parent)) return at.parent.name.getText()
        }
        return '(module)'
    }
    const unresolvedAt = (node: ts.Node, why: string): UnresolvedTable => ({
        key: `${relative(ROOT, node.getSourceFile().fileName)} ${enclosingFunction(node)}: ${text(node)}`,
        at: where(node),
        why,
    })

    // Every call of every function in src/, by the function's declaration.
    const callsOf = new Map<ts.Node, ts.CallExpression[]>()
    const visitCalls = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
            const declaration = checker.getResolvedSignature(node)?.declaration
            if (declaration) callsOf.set(declaration, [...(callsOf.get(declaration) ?? []), node])
        }
        ts.forEachChild(node, visitCalls)
    }
    files.forEach(visitCalls)

    // Every property an object literal sets, by name.
    const propertiesByName = new Map<string, (ts.PropertyAssignment | ts.ShorthandPropertyAssignment)[]>()
    const visitProperties = (node: ts.Node): void => {
        if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isIdentifier(node.name)) {
            propertiesByName.set(node.name.text, [...(propertiesByName.get(node.name.text) ?? []), node])
        }
        ts.forEachChild(node, visitProperties)
    }
    files.forEach(visitProperties)

    const literalTables = (type: ts.Type): string[] | null => {
        const parts = type.isUnion() ? type.types : [type]
        const names = parts.map((part) => (part.isStringLiteral() ? part.value : null))
        return names.every((name): name is string => name !== null) ? names : null
    }
    const recordTypeOf = (type: ts.Type): ts.Type | undefined => {
        const parts = type.isUnion() ? type.types : [type]
        return parts.find((part) => part.aliasSymbol && RECORD_TYPES.has(part.aliasSymbol.getName()))
    }
    /** The table a record's type names (`GlideRecord<'sys_email'>`), or null for `GlideRecord<string>`. */
    const tablesOfType = (type: ts.Type): string[] | null => {
        const record = recordTypeOf(type)
        const argument = record?.aliasTypeArguments?.[0]
        return argument ? literalTables(argument) : null
    }

    /** Tables of the records the platform passes to an exported function that a script field calls. */
    const entryTables = (functionName: string): string[] => {
        const marker = `@fluent-module ${functionName};`
        return app.records
            .filter((record) => Object.values(record.fields).some((value) => value.includes(marker)))
            .map((record) => CURRENT_TABLE_FIELDS.map((field) => record.fields[field]).find((value) => value))
            .filter((table): table is string => Boolean(table))
    }

    /**
     * Where a value comes from: `record` follows a GlideRecord back to the table it was made for,
     * `name` follows a table name (a string) back to its literal.
     */
    type Followed = 'record' | 'name'
    const resolve = (expression: ts.Expression, seen: Set<ts.Node>, kind: Followed = 'record'): Resolution => {
        if (seen.has(expression)) return { origins: [], unresolved: [] }
        seen = new Set(seen).add(expression)
        const type = checker.getTypeAtLocation(expression)
        const typed = kind === 'record' ? tablesOfType(type) : literalTables(type)
        if (typed) {
            // Show where a variable got its record or name (`const email = new GlideRecord('sys_email')`), not only its use.
            const declaration = ts.isIdentifier(expression) ? checker.getSymbolAtLocation(expression)?.valueDeclaration : undefined
            const shown = declaration && ts.isVariableDeclaration(declaration) ? declaration : expression
            return { origins: typed.map((table) => ({ table, trail: [`${where(shown)} ${text(shown)}`] })), unresolved: [] }
        }

        if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isNonNullExpression(expression)) return resolve(expression.expression, seen, kind)
        if (ts.isConditionalExpression(expression)) return merge([resolve(expression.whenTrue, seen, kind), resolve(expression.whenFalse, seen, kind)])
        if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expression.operatorToken.kind)) {
            return merge([resolve(expression.left, seen, kind), resolve(expression.right, seen, kind)])
        }
        if (expression.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === 'undefined')) return { origins: [], unresolved: [] }
        if (kind === 'record' && ts.isNewExpression(expression)) {
            const argument = expression.arguments?.[0]
            if (!argument) return { origins: [], unresolved: [unresolvedAt(expression, 'a record made without a table name')] }
            return prefix(resolve(argument, seen, 'name'), `${where(expression)} ${text(expression)}`)
        }
        if (ts.isIdentifier(expression)) return resolveIdentifier(expression, seen, kind)
        if (ts.isPropertyAccessExpression(expression)) return resolveProperty(expression, seen, kind)
        if (ts.isCallExpression(expression)) {
            const declaration = checker.getResolvedSignature(expression)?.declaration
            if (declaration && ts.isFunctionLike(declaration) && 'body' in declaration && declaration.body) {
                const returned = returnedExpressions(declaration.body)
                return prefix(merge(returned.map((value) => resolve(value, seen, kind))), `${where(expression)} ${text(expression)}`)
            }
        }
        const what = kind === 'record' ? 'a record whose table' : 'a table name whose value'
        return { origins: [], unresolved: [unresolvedAt(expression, `${what} the analysis cannot follow (${ts.SyntaxKind[expression.kind]})`)] }
    }

    const resolveIdentifier = (identifier: ts.Identifier, seen: Set<ts.Node>, kind: Followed): Resolution => {
        // In `{ handle }` the name is the property; the value is the variable of that name.
        const symbol = ts.isShorthandPropertyAssignment(identifier.parent) ? checker.getShorthandAssignmentValueSymbol(identifier.parent) : checker.getSymbolAtLocation(identifier)
        const declaration = symbol?.valueDeclaration
        if (!symbol || !declaration) return { origins: [], unresolved: [unresolvedAt(identifier, 'an identifier without a declaration')] }
        if (ts.isVariableDeclaration(declaration)) {
            const assigned = [...(declaration.initializer ? [declaration.initializer] : []), ...assignmentsTo(symbol, declaration.getSourceFile())]
            return merge(assigned.map((value) => resolve(value, seen, kind)))
        }
        if (ts.isParameter(declaration)) {
            const owner = declaration.parent
            const index = owner.parameters.indexOf(declaration)
            const calls = callsOf.get(owner) ?? []
            if (calls.length > 0) {
                return merge(
                    calls.map((call) => {
                        const argument = call.arguments[index]
                        return argument ? prefix(resolve(argument, seen, kind), `${where(call)} ${text(call)}`) : { origins: [], unresolved: [] }
                    }),
                )
            }
            const name = ts.isFunctionDeclaration(owner) && owner.name ? owner.name.text : null
            const tables = name && kind === 'record' ? entryTables(name) : []
            if (tables.length > 0) return { origins: tables.map((table) => ({ table, trail: [`${where(declaration)} ${name}(${declaration.name.getText()}): the ${table} record its script field passes`] })), unresolved: [] }
            return { origins: [], unresolved: [unresolvedAt(declaration, `a parameter of ${name ?? 'a function'} that nothing in src/ and no script field passes`)] }
        }
        return { origins: [], unresolved: [unresolvedAt(identifier, `declared as ${ts.SyntaxKind[declaration.kind]}`)] }
    }

    /** A property (`result.handle`): every object literal in src/ that sets that property of that type. */
    const resolveProperty = (access: ts.PropertyAccessExpression, seen: Set<ts.Node>, kind: Followed): Resolution => {
        const target = checker.getSymbolAtLocation(access.name)
        const setters = (propertiesByName.get(access.name.text) ?? []).filter((property) => {
            const contextual = checker.getContextualType(property.parent)
            const candidates = contextual ? (contextual.isUnion() ? contextual.types : [contextual]) : []
            return target !== undefined && candidates.some((type) => type.getProperty(access.name.text) === target)
        })
        if (setters.length === 0) return { origins: [], unresolved: [unresolvedAt(access, 'a property no object literal in src/ sets')] }
        return merge(
            setters.map((property) =>
                prefix(resolve(ts.isPropertyAssignment(property) ? property.initializer : property.name, seen, kind), `${where(property)} ${text(property)}`),
            ),
        )
    }

    const assignmentsTo = (symbol: ts.Symbol, file: ts.SourceFile): ts.Expression[] => {
        const found: ts.Expression[] = []
        const visit = (node: ts.Node): void => {
            if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && checker.getSymbolAtLocation(node.left) === symbol) {
                found.push(node.right)
            }
            ts.forEachChild(node, visit)
        }
        visit(file)
        return found
    }

    const accesses: TableAccess[] = []
    const unresolved: UnresolvedTable[] = []
    const visitOperations = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
            const operation = OPERATION_OF_METHOD[node.expression.name.text]
            const receiver = node.expression.expression
            if (operation && recordTypeOf(checker.getTypeAtLocation(receiver))) {
                const resolution = resolve(receiver, new Set())
                for (const origin of resolution.origins) accesses.push({ table: origin.table, operation, trail: [`${where(node)} ${text(node)}`, ...origin.trail] })
                unresolved.push(...resolution.unresolved)
            }
        }
        ts.forEachChild(node, visitOperations)
    }
    files.forEach(visitOperations)
    return { accesses, unresolved: dedupe(unresolved) }
}

function merge(resolutions: Resolution[]): Resolution {
    return { origins: resolutions.flatMap((r) => r.origins), unresolved: resolutions.flatMap((r) => r.unresolved) }
}

function prefix(resolution: Resolution, step: string): Resolution {
    return { origins: resolution.origins.map((origin) => ({ ...origin, trail: [step, ...origin.trail] })), unresolved: resolution.unresolved }
}

function dedupe(unresolved: UnresolvedTable[]): UnresolvedTable[] {
    return [...new Map(unresolved.map((entry) => [entry.key, entry])).values()]
}

function returnedExpressions(body: ts.ConciseBody): ts.Expression[] {
    if (!ts.isBlock(body)) return [body]
    const found: ts.Expression[] = []
    const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node)) return
        if (ts.isReturnStatement(node) && node.expression) found.push(node.expression)
        ts.forEachChild(node, visit)
    }
    ts.forEachChild(body, visit)
    return found
}

/** Records whose fields are not server script: client code, pages, the modules (analysed from src/). */
const NOT_SERVER_SCRIPT = new Set(['sys_module', 'sys_ux_lib_asset', 'sys_ui_page'])

/**
 * The script fields of the built records: `new GlideRecord('table')` / `new GlideAggregate('table')`
 * and the operations called on it, directly or through the variable that holds it.
 */
export function analyseScriptFields(app: BuiltApp): AccessReport {
    const accesses: TableAccess[] = []
    const unresolved: UnresolvedTable[] = []
    for (const record of app.records) {
        if (NOT_SERVER_SCRIPT.has(record.table)) continue
        for (const [field, value] of Object.entries(record.fields)) {
            if (!/\bnew\s+Glide(Record|Aggregate)\s*\(/.test(value)) continue
            const label = `dist/app/${record.file} (${record.table}.${field}${record.fields.name ? ` of "${record.fields.name}"` : ''})`
            const source = ts.createSourceFile(`${record.file}.js`, value, ts.ScriptTarget.ES2021, true, ts.ScriptKind.JS)
            const lineOf = (node: ts.Node): string => `${label} line ${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`
            const visit = (node: ts.Node): void => {
                if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && RECORD_TYPES.has(node.expression.text)) {
                    const argument = node.arguments?.[0]
                    if (!argument || !ts.isStringLiteralLike(argument)) {
                        unresolved.push({ key: `${record.table}.${field} of "${record.fields.name ?? record.sysId}": ${node.getText(source)}`, at: lineOf(node), why: 'the table name is not a string literal' })
                    } else {
                        for (const call of operationsOn(node, source)) {
                            accesses.push({ table: argument.text, operation: call.operation, trail: [`${lineOf(call.node)} ${call.node.getText(source)}`, `${lineOf(node)} ${node.getText(source)}`] })
                        }
                    }
                }
                ts.forEachChild(node, visit)
            }
            visit(source)
        }
    }
    return { accesses, unresolved }
}

/** Calls of an operation on a constructed record: chained, or on the variable it is assigned to (by name, within the script). */
function operationsOn(construction: ts.NewExpression, source: ts.SourceFile): { node: ts.CallExpression; operation: TableOperation }[] {
    const found: { node: ts.CallExpression; operation: TableOperation }[] = []
    const holder = ts.isVariableDeclaration(construction.parent) && ts.isIdentifier(construction.parent.name) ? construction.parent.name.text : null
    const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
            const operation = OPERATION_OF_METHOD[node.expression.name.text]
            const receiver = node.expression.expression
            const onIt = receiver === construction || (ts.isParenthesizedExpression(receiver) && receiver.expression === construction) || (holder !== null && ts.isIdentifier(receiver) && receiver.text === holder)
            if (operation && onIt) found.push({ node, operation })
        }
        ts.forEachChild(node, visit)
    }
    visit(holder === null ? construction.parent : source)
    return found
}

/** Tables of the app's own scope; every other table belongs to another scope and needs a privilege. */
export const APP_TABLE_PREFIX = 'x_mail_oauth_'

/** What to write when a privilege is missing: the record, ready to paste. */
export function privilegeToDeclare(table: string, operation: TableOperation): string {
    return [
        'CrossScopePrivilege({',
        `    $id: Now.ID['privilege-${operation}-${table.replace(/_/g, '-')}'],`,
        `    operation: '${operation}',`,
        "    status: 'allowed',",
        `    targetName: '${table}',`,
        "    targetScope: 'global',",
        "    targetType: 'sys_db_object',",
        '})',
    ].join('\n')
}

/** One message per table and operation of another scope that no allowed sys_scope_privilege of the built app covers. */
export function undeclaredAccesses(app: BuiltApp, accesses: readonly TableAccess[]): string[] {
    const allowed = new Set(
        app
            .of('sys_scope_privilege')
            .filter((p) => p.fields.status === 'allowed' && p.fields.target_type === 'sys_db_object')
            .map((p) => `${p.fields.target_name}|${p.fields.operation}`),
    )
    const missing = new Map<string, TableAccess[]>()
    for (const access of accesses) {
        const key = `${access.table}|${access.operation}`
        if (access.table.startsWith(APP_TABLE_PREFIX) || allowed.has(key)) continue
        missing.set(key, [...(missing.get(key) ?? []), access])
    }
    return [...missing.values()].map((sites) => {
        const { table, operation, trail } = sites[0]
        const others = sites.length > 1 ? ` (and ${sites.length - 1} more place${sites.length > 2 ? 's' : ''})` : ''
        return (
            `${table}: ${operation} has no cross-scope privilege in the built app, so an installed app is refused it.\n` +
            `  At ${trail.join('\n    <- ')}${others}\n` +
            `  Add to the .now.ts file of the feature (or fluent/access.now.ts):\n${privilegeToDeclare(table, operation)}\n` +
            '  then run `npm run build:keys` and commit fluent/generated/keys.ts.'
        )
    })
}
