import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * On-instance proof, part 2: the setup check (src/setup-check) on email accounts that are broken on
 * purpose, created by src/atf/broken-account.ts inside the test; ATF rolls them back afterwards.
 * The expected codes are written here so the step shows the admin what it proves.
 */
export const setupCheckBrokenAccountTest = Test(
    {
        $id: Now.ID['atf-setup-check-broken-account'],
        name: 'Email OAuth Manager: setup check finds a broken account',
        description:
            'Creates two inactive sys_email_account records that are wrong on purpose (an IMAP account with the placeholder mailbox, no server, a port that is not a number and no OAuth profile; an SMTP account on port 993 with a user name that is not an address and a deleted OAuth profile), runs Check OAuth setup on each as the account form and the refresh job do, and asserts the exact finding codes in order and the code that stops the refresh job; then runs the Instance Scan check "Email OAuth: mailbox setup stops mail" (suite Email OAuth health) on another such account and asserts the same errors. ATF rolls the accounts back.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-setup-check-broken-account-step'],
            description: 'Check OAuth setup reports exactly the planted faults',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var brokenAccount = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/broken-account.ts');
    describe('Check OAuth setup on a deliberately broken account', function () {
        it('IMAP account without a profile: the placeholder mailbox, no server, a bad port, no profile', function () {
            var result = brokenAccount.checkBrokenAccount('imapWithoutProfile');
            expect(result.codes).toEqual(['account_inactive', 'user_name_placeholder', 'server_missing', 'port_invalid', 'missing_profile']);
            expect(result.refreshBlocker).toBe('missing_profile');
            expect(result.jobBlockers).toEqual(['missing_profile']);
        });
        it('SMTP account on the IMAP port whose profile was deleted', function () {
            var result = brokenAccount.checkBrokenAccount('smtpWithDeletedProfile');
            expect(result.codes).toEqual(['account_inactive', 'user_name_not_address', 'smtp_on_imap_port', 'profile_not_found']);
            expect(result.refreshBlocker).toBe('profile_not_found');
            expect(result.jobBlockers).toEqual(['profile_not_found']);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-scan-check-broken-account-step'],
            description: 'The Instance Scan check "Email OAuth: mailbox setup stops mail" reports the same errors',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var brokenAccount = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/broken-account.ts');
    describe('Instance Scan suite Email OAuth health on a deliberately broken account', function () {
        it('the check is installed in the suite and counts each error of the account, with the codes of Check OAuth setup', function () {
            var scan = brokenAccount.scanBrokenAccount('imapWithoutProfile');
            expect(scan.checkInstalled).toBe(true);
            expect(scan.codes).toEqual(['user_name_placeholder', 'server_missing', 'port_invalid', 'missing_profile']);
            expect(scan.count).toBe(4);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })
    },
)
