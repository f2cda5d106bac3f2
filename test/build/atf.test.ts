/**
 * The ATF suite of fluent/atf/ as built: the suite holds every test the app ships, in order; every
 * record carries literal values (no Symbol(...), references that point at records of dist/app);
 * every server-script step is a Jasmine 3.1 step that runs its specs and requires only modules
 * that dist/app contains.
 */
import { loadBuiltApp, type BuiltApp } from './dist-app.ts'
import { builtAtfSuite, builtAtfTest, isServerScriptStep, requiredPaths, RUN_SERVER_SIDE_SCRIPT, stepScript, SUITE_NAME, type BuiltAtfSuite } from './atf-records.ts'

let app: BuiltApp
let built: BuiltAtfSuite

beforeAll(() => {
    app = loadBuiltApp()
    built = builtAtfSuite(app)
})

const ATF_TABLES = ['sys_atf_test_suite', 'sys_atf_test_suite_test', 'sys_atf_test', 'sys_atf_step', 'sys_variable_value']

test('the suite holds the five tests, in the order an admin reads them', () => {
    expect(built.suite.fields).toMatchObject({ name: SUITE_NAME, active: 'true' })
    expect(built.tests.map((test) => test.name)).toEqual([
        'Email OAuth Manager: installed records are wired',
        'Email OAuth Manager: setup check finds a broken account',
        'Email OAuth Manager: refresh answers are classified',
        'Email OAuth Manager: refresh decision on the platform clock',
        'Email OAuth Manager: check this instance',
    ])
    expect(built.members.map((member) => member.fields.order)).toEqual(['100', '200', '300', '400', '500'])
    expect(built.members.map((member) => member.fields.abort_on_failure)).toEqual(['false', 'false', 'false', 'false', 'false'])
})

test('every test the app ships is in the suite, active, fails on a server error and says what it proves', () => {
    const inSuite = new Set(built.tests.map((test) => test.record.sysId))
    for (const test of app.of('sys_atf_test')) {
        expect({ test: test.fields.name, inSuite: inSuite.has(test.sysId) }).toEqual({ test: test.fields.name, inSuite: true })
        expect(test.fields).toMatchObject({ active: 'true', fail_on_server_error: 'true' })
        expect((test.fields.description ?? '').length).toBeGreaterThan(100)
    }
})

test('ATF records hold literal values: no Symbol(...), and every reference points at a record of dist/app', () => {
    const atfFiles = [...app.files].filter(([file]) => ATF_TABLES.some((table) => file.includes(`/${table}_`)))
    expect(atfFiles.length).toBeGreaterThan(0)
    expect(atfFiles.filter(([, text]) => /Symbol\(/.test(text)).map(([file]) => file)).toEqual([])
    const references: [string, string | undefined, string][] = [
        ...app.of('sys_atf_test_suite_test').flatMap((member): [string, string | undefined, string][] => [
            [member.file, member.fields.test_suite, 'sys_atf_test_suite'],
            [member.file, member.fields.test, 'sys_atf_test'],
        ]),
        ...app.of('sys_atf_step').map((step): [string, string | undefined, string] => [step.file, step.fields.test, 'sys_atf_test']),
    ]
    for (const [file, sysId, table] of references) expect({ file, table: app.byId(sysId ?? '')?.table }).toEqual({ file, table })
    for (const step of app.of('sys_atf_step')) expect({ file: step.file, order: step.fields.order }).toEqual({ file: step.file, order: expect.stringMatching(/^[1-9]\d*$/) })
})

test('every server-script step is a Jasmine 3.1 step that runs its specs and requires only modules dist/app contains', () => {
    const steps = app.of('sys_atf_test').flatMap((test) => builtAtfTest(app, test).steps)
    const scriptSteps = steps.filter(isServerScriptStep)
    expect(scriptSteps.length).toBe(steps.length)
    expect(scriptSteps.length).toBeGreaterThanOrEqual(8)
    for (const step of scriptSteps) {
        const script = stepScript(step)
        const where = step.record.file
        expect({ where, jasmine: step.variables[RUN_SERVER_SIDE_SCRIPT.variable.jasmineVersion] }).toEqual({ where, jasmine: '3.1' })
        expect({ where, shape: /^\(function \(outputs, steps, params, stepResult, assertEqual\) \{/.test(script) }).toEqual({ where, shape: true })
        expect({ where, executes: /\}\)\(outputs, steps, params, stepResult, assertEqual\);\s*jasmine\.getEnv\(\)\.execute\(\);\s*$/.test(script) }).toEqual({
            where,
            executes: true,
        })
        expect({ where, describes: /\bdescribe\(/.test(script) && /\bit\(/.test(script) && /\bexpect\(/.test(script) }).toEqual({ where, describes: true })
        const paths = requiredPaths(script)
        expect(paths.length).toBeGreaterThan(0)
        for (const path of paths) expect({ where, path, built: app.modules.has(path) }).toEqual({ where, path, built: true })
    }
})
