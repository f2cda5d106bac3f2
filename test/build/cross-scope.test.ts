/**
 * Every table of another scope the app's scripts read, create, write or delete has an allowed
 * cross-scope privilege in dist/app. An installed app runs in Enforcing mode (KB0717945), and
 * "after application publication, the system only allows runtime requests to run that have a valid
 * cross-scope privilege record" (docs *Cross-scope privilege record*); a developer instance in
 * Tracking mode allows everything, so only this test sees a missing one before an admin does.
 * The accesses are found by reading src/ and the built script fields (test/build/table-access.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBuiltApp, type BuiltApp } from './dist-app.ts'
import { analyseScriptFields, analyseSourceAccesses, undeclaredAccesses, type AccessReport } from './table-access.ts'

/**
 * Records whose table the analysis cannot name, each with the reason it is safe and the tables it may
 * be (every one of which must have its privileges). Keyed as the failure message prints the record.
 */
const KNOWN_DYNAMIC_TABLES: Readonly<Record<string, { reason: string; tables: { table: string; operation: 'read' | 'create' | 'write' | 'delete' }[] }>> = {}

let app: BuiltApp
let report: AccessReport

beforeAll(() => {
    app = loadBuiltApp()
    const source = analyseSourceAccesses(app)
    const scripts = analyseScriptFields(app)
    report = { accesses: [...source.accesses, ...scripts.accesses], unresolved: [...source.unresolved, ...scripts.unresolved] }
})

test('every table of another scope the app reads, creates, writes or deletes has an allowed cross-scope privilege', () => {
    const listed = Object.values(KNOWN_DYNAMIC_TABLES).flatMap(({ tables }) => tables.map(({ table, operation }) => ({ table, operation, trail: ['KNOWN_DYNAMIC_TABLES in test/build/cross-scope.test.ts'] })))
    expect(undeclaredAccesses(app, [...report.accesses, ...listed])).toEqual([])
})

test('every table name the analysis cannot resolve is listed with a reason', () => {
    const unlisted = report.unresolved
        .filter((entry) => !(entry.key in KNOWN_DYNAMIC_TABLES))
        .map((entry) => `${entry.at}: ${entry.why}. Give it a constant table name, or list "${entry.key}" in KNOWN_DYNAMIC_TABLES of test/build/cross-scope.test.ts with the reason and the tables it may be.`)
    expect(unlisted).toEqual([])
    const stale = Object.keys(KNOWN_DYNAMIC_TABLES).filter((key) => !report.unresolved.some((entry) => entry.key === key))
    expect(stale).toEqual([])
})

describe('the analysis finds what the code does', () => {
    const has = (table: string, operation: string, at: RegExp) =>
        report.accesses.some((access) => access.table === table && access.operation === operation && access.trail.some((step) => at.test(step)))

    test.each([
        ['x_mail_oauth_resend', 'create', /src\/mail-flow\/outbound-records\.ts:\d+ insertRecord\(log/, 'a write helper of src/common/writes.ts, with the table of its argument'],
        ['sys_email', 'write', /src\/mail-flow\/outbound-records\.ts:\d+ updateRecord\(email/, 'updateRecord'],
        ['sys_email', 'read', /src\/mail-flow\/outbound-records\.ts/, 'a table name passed as an argument'],
        ['syslog', 'read', /src\/common\/settings\.ts:\d+ log\.query\(\)/, 'a literal table name'],
        ['x_mail_oauth_token_health', 'write', /src\/token-keeper\/health-store\.ts/, 'a table-name constant (HEALTH_TABLE)'],
        ['jwt_provider', 'read', /src\/setup-check\/read-app-only\.ts:\d+ readCount\('jwt_provider'\)/, 'a table name passed as an argument'],
        ['sysauto_script', 'read', /src\/instance-scan\/entries\.ts:\d+ recordWhere\('sysauto_script'/, 'a record returned by a function'],
        ['x_mail_oauth_token_health', 'read', /sys_script_email/, 'a script field of a built record (the mail script)'],
    ])('%s %s (%s; %s)', (table, operation, at) => {
        expect(has(table, operation, at)).toBe(true)
    })
})

test('a missing privilege fails with the table, the operation, the source line and the record to add', () => {
    const withoutSysEmailWrite: BuiltApp = {
        ...app,
        of: (table) => app.of(table).filter((record) => !(table === 'sys_scope_privilege' && record.fields.target_name === 'sys_email' && record.fields.operation === 'write')),
    }
    const messages = undeclaredAccesses(withoutSysEmailWrite, report.accesses)
    expect(messages).toEqual([expect.stringContaining('sys_email: write has no cross-scope privilege in the built app')])
    expect(messages[0]).toMatch(/At src\/common\/writes\.ts:\d+ gr\.update\(\)\n\s+<- src\/mail-flow\/[a-z-]+\.ts:\d+ updateRecord\(email/)
    expect(messages[0]).toContain("CrossScopePrivilege({\n    $id: Now.ID['privilege-write-sys-email'],\n    operation: 'write',")
})

describe('code the analysis cannot follow fails instead of passing unseen', () => {
    let dir: string
    let fixture: AccessReport

    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'cross-scope-'))
        const glide = join(__dirname, '..', '..', 'node_modules', '@servicenow', 'glide', 'src', 'index.d.ts')
        const options = { target: 'es2021', lib: ['es2021'], module: 'esnext', moduleResolution: 'bundler', allowImportingTsExtensions: true, noEmit: true, strict: true, types: [], paths: { '@servicenow/glide': [glide] } }
        writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, include: ['./**/*.ts'] }))
        writeFileSync(
            join(dir, 'code.ts'),
            [
                "import { GlideRecord } from '@servicenow/glide'",
                "const CI_TABLE = 'cmdb_ci'",
                'export function removeServer(): void {',
                '    const gr = new GlideRecord(CI_TABLE)',
                "    if (gr.get('name', 'old')) gr.deleteRecord()",
                '}',
                'function countOf(table: string): number {',
                '    const gr = new GlideRecord(table)',
                '    gr.query()',
                '    return gr.getRowCount()',
                '}',
                "export const tableCount = (name: string): number => countOf('x_' + name)",
                'const kept = new Map<string, GlideRecord>()',
                "export function touch(): void { kept.get('a')!.update() }",
            ].join('\n'),
        )
        fixture = analyseSourceAccesses(app, dir)
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    test('a constant table name resolves', () => {
        expect(fixture.accesses.map(({ table, operation }) => `${table} ${operation}`).sort()).toEqual(['cmdb_ci delete', 'cmdb_ci read'])
    })

    test('a computed table name and a record kept in a collection are reported, each with where and why', () => {
        expect(fixture.unresolved.map(({ key, why }) => `${key.replace(/^.*code\.ts/, 'code.ts')} | ${why}`)).toEqual([
            "code.ts tableCount: 'x_' + name | a table name whose value the analysis cannot follow (BinaryExpression)",
            "code.ts touch: kept.get('a') | a record whose table the analysis cannot follow (CallExpression)",
        ])
    })
})
