/**
 * Runs the app's built ATF "Run Server Side Script" steps (fluent/atf/, as dist/app holds them) the
 * way an instance runs them: the step's script in the instance realm, its `require` resolved to the
 * built sys_modules, with ATF's step arguments and Jasmine 3.1 (jasmine-shim.ts), against the
 * stand-in tables seeded from dist/app. A step that could never pass on an instance (a module path
 * of another version, a function the module lacks, a Node global, an expectation the app does not
 * meet, specs that are never executed) fails here.
 */
import { platform } from '../../stand-ins/platform.ts'
import type { BuiltApp } from '../../build/dist-app.ts'
import { stepScript, type BuiltAtfStep, type BuiltAtfTest } from '../../build/atf-records.ts'
import { BuiltAppRunner, PLATFORM_MODULES, toRow } from './built-app-runner.ts'
import { InstanceRealm } from './instance-realm.ts'
import { JasmineShim, pp, type SpecResult } from './jasmine-shim.ts'

/** Tables the ATF steps read that BuiltAppRunner does not seed: the platform holds these records after the install. */
const ATF_READ_TABLES = ['sysauto_script', 'sysevent_register', 'sysevent_email_action', 'sys_user_role', 'sys_group_has_role', 'sys_module', 'scan_table_check', 'scan_check_suite', 'scan_check_suite_check'] as const

export interface StepOutcome {
    /** "<test name> › step <order>: <description>" */
    label: string
    passed: boolean
    /** Why it failed, one line each: a failed expectation with its spec, an exception, specs never run. */
    failures: string[]
    specs: SpecResult[]
    /** What the script passed to stepResult.setOutputMessage, if anything. */
    outputMessage: string | null
}

export class AtfStepRunner {
    readonly app: BuiltApp
    private readonly realm: InstanceRealm

    constructor(private readonly runner = new BuiltAppRunner()) {
        this.app = runner.app
        this.realm = new InstanceRealm({
            modules: this.app.modules,
            platformModules: PLATFORM_MODULES,
            now: () => platform.clock.now(),
        })
    }

    /** A freshly installed app, as each ATF test starts after the previous one's rollback. */
    installApp(startMs: number): void {
        this.runner.installApp(startMs)
        for (const table of ATF_READ_TABLES) {
            for (const record of this.app.of(table)) platform.db.insert(table, toRow(record.fields))
        }
    }

    /** Runs one step; `script` replaces the built script (to prove that a broken one fails). */
    runStep(test: BuiltAtfTest, step: BuiltAtfStep, script = stepScript(step)): StepOutcome {
        const label = `${test.name} › step ${step.order}: ${step.description}`
        const jasmine = new JasmineShim()
        const failures: string[] = []
        let outputMessage: string | null = null
        const stepArguments = {
            outputs: {},
            steps: (sysId: string) => {
                throw new Error(`steps('${sysId}'): reading another step's outputs is not modelled by the end-to-end runner`)
            },
            params: {},
            stepResult: {
                setOutputMessage: (message: unknown) => {
                    outputMessage = String(message)
                },
            },
            assertEqual: (assertion: { name?: unknown; shouldbe?: unknown; value?: unknown }) => {
                if (assertion.shouldbe !== assertion.value) failures.push(`assertEqual ${String(assertion.name)}: should be ${pp(assertion.shouldbe)}, is ${pp(assertion.value)}`)
            },
        }
        try {
            this.realm.runScript(script, `sys_atf_step ${step.record.sysId} (${label})`, { ...stepArguments, ...(jasmine.globals() as unknown as Record<string, unknown>) })
        } catch (error) {
            failures.push(`the script threw: ${String(error)}`)
        }
        const specs = [...(jasmine.executed ?? [])]
        if (failures.length > 0) return { label, passed: false, failures, specs, outputMessage }
        if (jasmine.declared === 0) failures.push('declares no Jasmine spec (describe/it): the step proves nothing')
        else if (jasmine.executed === null) {
            failures.push(`declares ${jasmine.declared} spec(s) but never runs them (jasmine.getEnv().execute() missing): on the instance the step would pass without testing anything`)
        }
        for (const spec of specs) {
            for (const failure of spec.failedExpectations) failures.push(`${spec.fullName}: ${failure}`)
        }
        return { label, passed: failures.length === 0, failures, specs, outputMessage }
    }
}
