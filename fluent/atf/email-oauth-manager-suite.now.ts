import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { installedRecordsTest } from './installed-records.now.ts'
import { setupCheckBrokenAccountTest } from './setup-check-broken-account.now.ts'
import { responseClassifierTest } from './response-classifier.now.ts'
import { refreshDecisionTest } from './refresh-decision.now.ts'
import { checkThisInstanceTest } from './check-this-instance.now.ts'

/*
 * The suite an admin runs after installing on a sub-production instance: Automated Test Framework >
 * Suites > "Email OAuth Manager: on-instance proof" > Run Test Suite. SDK 4.9 has no TestSuite API,
 * so the suite and its members are plain records (sys_atf_test_suite, sys_atf_test_suite_test).
 */
export const onInstanceProofSuite = Record({
    $id: Now.ID['atf-suite'],
    table: 'sys_atf_test_suite',
    data: {
        name: 'Email OAuth Manager: on-instance proof',
        description:
            'Proves the installed app on this instance: its records are wired, the setup check finds planted faults, refresh answers are classified, the refresh decision works on the platform clock, and Check this instance answers every open question. ATF rolls back the records the tests create.',
        active: true,
    },
})

Record({
    $id: Now.ID['atf-suite-installed-records'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: onInstanceProofSuite, test: installedRecordsTest, order: 100, abort_on_failure: false },
})

Record({
    $id: Now.ID['atf-suite-setup-check-broken-account'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: onInstanceProofSuite, test: setupCheckBrokenAccountTest, order: 200, abort_on_failure: false },
})

Record({
    $id: Now.ID['atf-suite-response-classifier'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: onInstanceProofSuite, test: responseClassifierTest, order: 300, abort_on_failure: false },
})

Record({
    $id: Now.ID['atf-suite-refresh-decision'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: onInstanceProofSuite, test: refreshDecisionTest, order: 400, abort_on_failure: false },
})

Record({
    $id: Now.ID['atf-suite-check-this-instance'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: onInstanceProofSuite, test: checkThisInstanceTest, order: 500, abort_on_failure: false },
})
