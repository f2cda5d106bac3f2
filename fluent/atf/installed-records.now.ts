import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * On-instance proof, part 1: the records the app installs are there and wired together.
 * Each step is a Jasmine 3.1 "Run Server Side Script" calling src/atf/installed-records.ts; a step
 * script can only be a string, so it loads the module by the path the SDK gives it in dist/app
 * (x_mail_oauth/<package name>/<package version>/src/...). test/build/atf.test.ts fails when a
 * path here names no built module (for example after a version bump), and test/e2e/atf-suite.test.ts
 * runs these scripts against the built app.
 */
export const installedRecordsTest = Test(
    {
        $id: Now.ID['atf-installed-records'],
        name: 'Email OAuth Manager: installed records are wired',
        description:
            'Reads the records the app installs and asserts each problem list is empty: the 3-minute refresh job is active and its script requires a sys_module that exports the function it calls; every x_mail_oauth.token.* event is registered on sys_email_account and triggers an active email notification to the group "Email OAuth Manager admins"; the role x_mail_oauth.admin exists, that group holds it and it contains x_mail_oauth.viewer; every x_mail_oauth property is set and the token health table exists. Creates nothing.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-installed-records-job'],
            description: 'The refresh job is active, runs every 3 minutes and can load the function it calls',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var records = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/installed-records.ts');
    describe('The scheduled job "Email OAuth Manager: refresh email access tokens"', function () {
        it('is active, runs every 3 minutes, and its script requires a sys_module exporting the function it calls', function () {
            expect(records.refreshJobProblems(require)).toEqual([]);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-installed-records-events'],
            description: 'Every event the refresh job queues is registered',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var records = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/installed-records.ts');
    describe('The events the refresh job queues', function () {
        it('are each registered on sys_email_account', function () {
            expect(records.eventProblems()).toEqual([]);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-installed-records-notifications'],
            description: 'Every event reaches the admins group through an active email notification',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var records = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/installed-records.ts');
    describe('The email notifications', function () {
        it('include an active one to "Email OAuth Manager admins" on each x_mail_oauth.token.* event', function () {
            expect(records.notificationProblems()).toEqual([]);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-installed-records-role-group'],
            description: 'The admin role exists, the admins group holds it and it contains the viewer role',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var records = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/installed-records.ts');
    describe('The role and the group', function () {
        it('x_mail_oauth.admin exists, the active group "Email OAuth Manager admins" holds it, and it contains x_mail_oauth.viewer', function () {
            expect(records.roleAndGroupProblems()).toEqual([]);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-installed-records-properties-table'],
            description: 'The properties the job reads are set and the token health table exists',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var records = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/installed-records.ts');
    describe('The properties and the token health table', function () {
        it('every x_mail_oauth property is set, and x_mail_oauth_token_health exists', function () {
            expect(records.propertyAndTableProblems()).toEqual([]);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })
    },
)
