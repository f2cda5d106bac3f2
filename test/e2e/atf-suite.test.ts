/**
 * The on-instance ATF suite (fluent/atf/), run here as built: every "Run Server Side Script" step
 * of every test in the suite, in the instance realm on the built app, must pass as it would on a
 * freshly installed instance. And a step that could never pass is caught: a module path of another
 * version, an expectation the app does not meet, specs that never run, a Node global, an instance
 * whose records are broken.
 */
import { EVENT } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { builtAtfSuite, isServerScriptStep, stepScript, type BuiltAtfStep, type BuiltAtfTest } from '../build/atf-records.ts'
import type { BuiltApp } from '../build/dist-app.ts'
import { AtfStepRunner } from './runner/atf-step-runner.ts'

const runner = new AtfStepRunner()
const suite = builtAtfSuite(runner.app)
const START = Date.UTC(2030, 4, 6, 9, 0, 0)

function eventsWithoutNotification(app: BuiltApp): string[] {
    return Object.values(EVENT).filter(
        (event) => !app.of('sysevent_email_action').some((notification) => notification.fields.event_name === event && notification.fields.active === 'true'),
    )
}

function findStep(testName: string, match: (step: BuiltAtfStep) => boolean): { test: BuiltAtfTest; step: BuiltAtfStep } {
    const test = suite.tests.find((candidate) => candidate.name === testName)
    const step = test?.steps.find(match)
    if (!test || !step) throw new Error(`No step in "${testName}" matches: check fluent/atf/.`)
    return { test, step }
}

describe.each(suite.tests.map((test) => [test.name, test] as const))('%s', (_name, test) => {
    // Each ATF test starts on the installed app; ATF rolls back what the previous one created.
    beforeAll(() => runner.installApp(START))

    const steps = test.steps.filter(isServerScriptStep)
    it.each(steps.map((step) => [step.order, step.description, step] as const))('step %i: %s', (_order, _description, step) => {
        const outcome = runner.runStep(test, step)
        expect(outcome.failures).toEqual([])
        expect(outcome.specs.length).toBeGreaterThan(0)
        for (const spec of outcome.specs) expect({ spec: spec.fullName, status: spec.status, ran: spec.passedExpectations > 0 }).toEqual({ spec: spec.fullName, status: 'passed', ran: true })
    })
})

describe('a step that could never pass on an instance fails here', () => {
    beforeEach(() => runner.installApp(START))

    const brokenAccount = () => findStep('Email OAuth Manager: setup check finds a broken account', () => true)
    const jobStep = () => findStep('Email OAuth Manager: installed records are wired', (step) => stepScript(step).includes('refreshJobProblems('))

    it('a module path of another app version', () => {
        const { test, step } = brokenAccount()
        const outcome = runner.runStep(test, step, stepScript(step).replace('/1.0.0/', '/1.0.1/'))
        expect(outcome.passed).toBe(false)
        expect(outcome.failures).toEqual([expect.stringContaining('finds no sys_module with path x_mail_oauth/email-oauth-manager/1.0.1/src/atf/broken-account.ts')])
    })

    it('an expected finding code the setup check does not report', () => {
        const { test, step } = brokenAccount()
        const outcome = runner.runStep(test, step, stepScript(step).replace("'server_missing', ", ''))
        expect(outcome.passed).toBe(false)
        expect(outcome.failures).toEqual([
            "Check OAuth setup on a deliberately broken account IMAP account without a profile: the placeholder mailbox, no server, a bad port, no profile: Expected [ 'account_inactive', 'user_name_placeholder', 'server_missing', 'port_invalid', 'missing_profile' ] to equal [ 'account_inactive', 'user_name_placeholder', 'port_invalid', 'missing_profile' ].",
        ])
    })

    it('specs that are declared but never executed', () => {
        const { test, step } = brokenAccount()
        const outcome = runner.runStep(test, step, stepScript(step).replace('jasmine.getEnv().execute();', ''))
        expect(outcome.passed).toBe(false)
        expect(outcome.failures).toEqual([expect.stringContaining('declares 2 spec(s) but never runs them')])
    })

    it('a Node global the instance does not have', () => {
        const { test, step } = jobStep()
        const outcome = runner.runStep(test, step, stepScript(step).replace('expect(records.refreshJobProblems(require))', "console.log('checking'); expect(records.refreshJobProblems(require))"))
        expect(outcome.passed).toBe(false)
        expect(outcome.failures).toEqual([expect.stringMatching(/ReferenceError: console is not defined$/)])
    })

    it('a function the module does not export', () => {
        const { test, step } = jobStep()
        const outcome = runner.runStep(test, step, stepScript(step).replace('refreshJobProblems(require)', 'jobProblems(require)'))
        expect(outcome.failures).toEqual([expect.stringMatching(/TypeError: records\.jobProblems is not a function$/)])
    })

    it('an instance where the refresh job was deactivated and the group lost the role', () => {
        const job = platform.db.rows('sysauto_script').find((row) => row.name === 'Email OAuth Manager: refresh email access tokens')!
        platform.db.update('sysauto_script', String(job.sys_id), { active: false })
        for (const grant of platform.db.rows('sys_group_has_role')) platform.db.delete('sys_group_has_role', String(grant.sys_id))
        const { test, step } = jobStep()
        expect(runner.runStep(test, step).failures).toEqual([expect.stringContaining('is inactive: tick Active on its form')])
        const roleStep = findStep('Email OAuth Manager: installed records are wired', (candidate) => stepScript(candidate).includes('roleAndGroupProblems()'))
        expect(runner.runStep(roleStep.test, roleStep.step).failures).toEqual([expect.stringContaining('does not hold x_mail_oauth.admin')])
    })
})

test('every event the app queues has an active email notification in the build', () => {
    expect(eventsWithoutNotification(runner.app)).toEqual([])
})
