/**
 * The sys_module records as the instance's module loader sees them: ES modules addressed by their
 * full path, importing each other by relative `.ts` paths and the platform by `@servicenow/glide`.
 *
 * Node's vm can run ES modules only behind --experimental-vm-modules, so each module is rewritten
 * into a function `(exports, __import, __reexport) => { body }`. The rewrite covers exactly the
 * import/export forms that TypeScript emits for this code base and fails loudly on any other form,
 * so a construct this runner does not model cannot slip through as a silent difference.
 * The rewrite keeps every line where it was, so a stack trace points at the line of the built module.
 */
import { posix } from 'node:path'
import ts from 'typescript'
import { Script } from 'node:vm'

export interface CompiledModule {
    readonly path: string
    readonly script: Script
    /** Specifiers exactly as written in the module's import and re-export statements. */
    readonly specifiers: readonly string[]
}

export class UnsupportedModuleSyntax extends Error {
    readonly code = 'unsupported_module_syntax'
}

const WRAPPER_PARAMETERS = '__exports, __import, __reexport'

/** Rewrites one built ES module into a function expression the vm can run. */
export function compileModule(path: string, content: string): CompiledModule {
    const source = ts.createSourceFile(path, content, ts.ScriptTarget.ES2021, true, ts.ScriptKind.JS)
    const fail = (node: ts.Node, what: string): never => {
        const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source))
        throw new UnsupportedModuleSyntax(
            `${path}:${line + 1}:${character + 1}: ${what} — the end-to-end runner does not model this form ` +
                '(the built modules use named imports and exports only); teach test/e2e/runner/instance-modules.ts about it ' +
                'only if the instance supports it.',
        )
    }
    rejectUnsupportedExpressions(source, fail)

    const edits: { start: number; end: number; text: string }[] = []
    const header: string[] = []
    const specifiers: string[] = []
    const exportGetter = (exported: string, expression: string): string =>
        `Object.defineProperty(__exports, ${JSON.stringify(exported)}, { enumerable: true, get: () => ${expression} });`
    /** Replaces a statement by blank lines, so the lines after it keep their numbers. */
    const blankOut = (node: ts.Node): void => {
        const text = content.slice(node.getStart(source), node.getEnd())
        edits.push({ start: node.getStart(source), end: node.getEnd(), text: text.replace(/[^\n]/g, '') })
    }
    let importCount = 0

    for (const statement of source.statements) {
        if (ts.isImportDeclaration(statement)) {
            const specifier = moduleSpecifierText(statement.moduleSpecifier, fail)
            specifiers.push(specifier)
            const clause = statement.importClause
            const binding = `__import(${JSON.stringify(specifier)})`
            if (!clause) {
                header.push(`${binding};`)
            } else {
                if (clause.name) fail(clause, 'a default import')
                const named = clause.namedBindings
                if (!named) fail(clause, 'an import clause without bindings')
                else if (ts.isNamespaceImport(named)) header.push(`const ${named.name.text} = ${binding};`)
                else {
                    // Imports are bound once the imported module has run, as ES module imports would be
                    // read by code that runs later; a cycle would read them too early and is rejected
                    // by the loader (see InstanceModules.require).
                    const names = named.elements.map((element) =>
                        element.propertyName ? `${moduleExportName(element.propertyName)}: ${element.name.text}` : element.name.text,
                    )
                    const local = `__imported${importCount++}`
                    header.push(`const ${local} = ${binding}; const { ${names.join(', ')} } = ${local};`)
                }
            }
            blankOut(statement)
        } else if (ts.isExportDeclaration(statement)) {
            if (statement.isTypeOnly) {
                blankOut(statement)
                continue
            }
            const clause = statement.exportClause
            if (statement.moduleSpecifier) {
                const specifier = moduleSpecifierText(statement.moduleSpecifier, fail)
                specifiers.push(specifier)
                const binding = `__import(${JSON.stringify(specifier)})`
                if (!clause) header.push(`__reexport(__exports, ${binding});`)
                else if (ts.isNamespaceExport(clause)) header.push(exportGetter(moduleExportName(clause.name), binding))
                else {
                    const local = `__imported${importCount++}`
                    header.push(`const ${local} = ${binding};`)
                    for (const element of clause.elements) {
                        const imported = moduleExportName(element.propertyName ?? element.name)
                        header.push(exportGetter(moduleExportName(element.name), `${local}[${JSON.stringify(imported)}]`))
                    }
                }
            } else {
                if (!clause || !ts.isNamedExports(clause)) fail(statement, 'an export statement without a list')
                else
                    for (const element of clause.elements) {
                        const local = element.propertyName ?? element.name
                        if (!ts.isIdentifier(local)) fail(element, 'an exported string name')
                        header.push(exportGetter(moduleExportName(element.name), moduleExportName(local)))
                    }
            }
            blankOut(statement)
        } else if (ts.isExportAssignment(statement)) {
            fail(statement, statement.isExportEquals ? '`export =`' : 'a default export')
        } else if (ts.isImportEqualsDeclaration(statement)) {
            fail(statement, '`import x = require(...)`')
        } else {
            const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : []
            const exportKeyword = modifiers.find((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
            if (!exportKeyword) continue
            if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) fail(statement, 'a default export')
            for (const name of declaredNames(statement, fail)) header.push(exportGetter(name, name))
            edits.push({ start: exportKeyword.getStart(source), end: exportKeyword.getEnd(), text: '      ' })
        }
    }

    let body = content
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
        body = body.slice(0, edit.start) + edit.text + body.slice(edit.end)
    }
    // Everything added goes on the first line, ahead of the module's own first line.
    const wrapped = `(function (${WRAPPER_PARAMETERS}) { 'use strict'; ${header.join(' ')} ${body}\n})`
    return { path, script: new Script(wrapped, { filename: path }), specifiers }
}

function moduleSpecifierText(node: ts.Expression, fail: (node: ts.Node, what: string) => never): string {
    if (!ts.isStringLiteral(node)) return fail(node, 'a computed module specifier')
    return node.text
}

function moduleExportName(node: ts.ModuleExportName): string {
    return node.text
}

function declaredNames(statement: ts.Statement, fail: (node: ts.Node, what: string) => never): string[] {
    if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
        if (!statement.name) return fail(statement, 'an anonymous exported declaration')
        return [statement.name.text]
    }
    if (ts.isVariableStatement(statement)) {
        return statement.declarationList.declarations.map((declaration) =>
            ts.isIdentifier(declaration.name) ? declaration.name.text : fail(declaration, 'an exported destructuring declaration'),
        )
    }
    return fail(statement, `an exported ${ts.SyntaxKind[statement.kind]}`)
}

/** `import.meta` and dynamic `import()` have no counterpart on the instance. */
function rejectUnsupportedExpressions(source: ts.SourceFile, fail: (node: ts.Node, what: string) => never): void {
    const visit = (node: ts.Node): void => {
        if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) fail(node, '`import.meta`')
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) fail(node, 'a dynamic `import()`')
        ts.forEachChild(node, visit)
    }
    visit(source)
}

/** Resolves a specifier written in module `from` the way the instance does for scoped sys_modules. */
export function resolveSpecifier(from: string, specifier: string): string {
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
        return posix.normalize(posix.join(posix.dirname(from), specifier))
    }
    return specifier
}
