import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * On-instance proof, part 5: Check this instance (src/instance-check/) through src/atf/instance-check.ts.
 * The step passes when every item is answered and stored, whatever the instance answers: a "differs"
 * is the instance's truth, shown in the step's output and on the overview page, not a failed test.
 */
export const checkThisInstanceTest = Test(
    {
        $id: Now.ID['atf-check-this-instance'],
        name: 'Email OAuth Manager: check this instance',
        description:
            "Runs Check this instance: each assumption the app makes that public documentation leaves open (cross-scope privileges, the app's OAuth API scripts, sys_email columns, the platform's mail jobs, filters, flows, the Connection security field, Graph account types) answered by this instance as confirmed, differs or cannot tell, and stored (ATF rolls the rows back afterwards; the overview's Check this instance keeps its own). The step's output lists every answer.",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-check-this-instance-step'],
            description: 'Every item of Check this instance answered and stored',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var check = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/instance-check.ts');
    var outcome = check.runInstanceCheckForAtf();
    stepResult.setOutputMessage(outcome.report);
    describe('Check this instance', function () {
        it('answers every item with confirmed, differs or cannot tell, saying what it found and what the app does', function () {
            expect(outcome.items).toBeGreaterThan(0);
            expect(outcome.answered).toBe(outcome.items);
        });
        it('stores every answer for the overview page', function () {
            expect(outcome.refused).toEqual([]);
            expect(outcome.stored).toBe(outcome.items);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })
    },
)
