/**
 * The ATF suite as `now-sdk build` wrote it to dist/app (fluent/atf/): the suite, its tests in run
 * order, and each test's steps with their input variables. Read by the build test and by the
 * end-to-end tier, which runs the server-script steps.
 */
import type { AppRecord, BuiltApp } from './dist-app.ts'

/** fluent/atf/email-oauth-manager-suite.now.ts */
export const SUITE_NAME = 'Email OAuth Manager: on-instance proof'

/** The platform's step configuration "Run Server Side Script" and its input variables (the SDK's step-configs). */
export const RUN_SERVER_SIDE_SCRIPT = {
    stepConfig: '41de4a935332120028bc29cac2dc349a',
    variable: { script: '989d9e235324220002c6435723dc3484', jasmineVersion: '42f2564b73031300440211d8faf6a777' },
} as const

export interface BuiltAtfStep {
    record: AppRecord
    order: number
    description: string
    /** sys_variable_value values by input variable sys_id. */
    variables: Record<string, string>
}

export interface BuiltAtfTest {
    record: AppRecord
    name: string
    steps: BuiltAtfStep[]
}

export interface BuiltAtfSuite {
    suite: AppRecord
    /** sys_atf_test_suite_test records of the suite, in run order. */
    members: AppRecord[]
    /** The tests they name, in the same order. */
    tests: BuiltAtfTest[]
}

export function builtAtfTest(app: BuiltApp, test: AppRecord): BuiltAtfTest {
    const steps = app
        .of('sys_atf_step')
        .filter((step) => step.fields.test === test.sysId)
        .map((step) => ({
            record: step,
            order: Number(step.fields.order),
            description: step.fields.description ?? '',
            variables: Object.fromEntries(
                app
                    .of('sys_variable_value')
                    .filter((value) => value.fields.document === 'sys_atf_step' && value.fields.document_key === step.sysId)
                    .map((value) => [value.fields.variable, value.fields.value ?? '']),
            ),
        }))
        .sort((a, b) => a.order - b.order)
    return { record: test, name: test.fields.name ?? test.sysId, steps }
}

/** The suite named SUITE_NAME; throws naming the Fluent file when the build has none or several. */
export function builtAtfSuite(app: BuiltApp): BuiltAtfSuite {
    const suites = app.of('sys_atf_test_suite').filter((suite) => suite.fields.name === SUITE_NAME)
    if (suites.length !== 1) throw new Error(`dist/app has ${suites.length} sys_atf_test_suite records named "${SUITE_NAME}"; expected one (fluent/atf/email-oauth-manager-suite.now.ts).`)
    const suite = suites[0]
    const members = app
        .of('sys_atf_test_suite_test')
        .filter((member) => member.fields.test_suite === suite.sysId)
        .sort((a, b) => Number(a.fields.order) - Number(b.fields.order))
    const tests = members.map((member) => {
        const test = app.byId(member.fields.test ?? '')
        if (!test || test.table !== 'sys_atf_test') throw new Error(`${member.file}: test "${member.fields.test}" is not a sys_atf_test in dist/app.`)
        return builtAtfTest(app, test)
    })
    return { suite, members, tests }
}

export function isServerScriptStep(step: BuiltAtfStep): boolean {
    return step.record.fields.step_config === RUN_SERVER_SIDE_SCRIPT.stepConfig
}

/** The script of a "Run Server Side Script" step. */
export function stepScript(step: BuiltAtfStep): string {
    return step.variables[RUN_SERVER_SIDE_SCRIPT.variable.script] ?? ''
}

/** Every path a step script passes to require(...). */
export function requiredPaths(script: string): string[] {
    return [...script.matchAll(/\brequire\(\s*'([^']*)'\s*\)/g)].map((match) => match[1])
}
