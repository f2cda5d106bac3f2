import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { PROPERTY } from '../src/common/app.ts'
import { adminRole } from './access.now.ts'

/*
 * The job's settings. Admins tune them under Email OAuth Manager > Properties; only admins write them.
 * Each loads on first install only (dist/app/unload/), so an upgrade keeps the admin's values.
 */

export const enabledProperty = Property({
    $id: Now.ID['property-enabled'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.enabled.name,
    type: 'boolean',
    value: PROPERTY.enabled.default,
    description: 'Turns the token refresh job on or off. When false, each run only logs that it is disabled.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const refreshWindowProperty = Property({
    $id: Now.ID['property-refresh-window-seconds'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.refreshWindowSeconds.name,
    type: 'integer',
    value: PROPERTY.refreshWindowSeconds.default,
    description:
        'At least this many seconds before an access token expires, refresh it. 0 (the default): refresh at the floor, the last run that safely finds the token valid, which the job works out from the 3-minute period and the scheduler lateness it observes. A smaller value than that floor is ignored, so no token expires between runs.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const maxRefreshesProperty = Property({
    $id: Now.ID['property-max-refreshes-per-run'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.maxRefreshesPerRun.name,
    type: 'integer',
    value: PROPERTY.maxRefreshesPerRun.default,
    description:
        'Optional cap on the token requests one run (and each refresh worker) makes, against provider throttling. 0 (the default): no cap; the run sizes itself within x_mail_oauth.run_budget_seconds. Accounts whose tokens expire soonest go first; accounts a cap leaves without a valid token are marked At risk and alerted.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const failureAlertThresholdProperty = Property({
    $id: Now.ID['property-failure-alert-threshold'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.failureAlertThreshold.name,
    type: 'integer',
    value: PROPERTY.failureAlertThreshold.default,
    description:
        'Consecutive failed refreshes (provider down, throttled, unexpected answers) before the refresh_failing alert goes out: an email to the Email OAuth Manager admins group, and the incident and UI message of the alerts that do not need mail. An expired access token alerts at once.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const reauthWarningDaysProperty = Property({
    $id: Now.ID['property-reauth-warning-days'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.reauthWarningDays.name,
    type: 'integer',
    value: PROPERTY.reauthWarningDays.default,
    description: 'Warn this many days before a refresh token ends, so an admin can authorize the account again in time.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const fallbackAlertsProperty = Property({
    $id: Now.ID['property-fallback-alerts'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.fallbackAlerts.name,
    type: 'boolean',
    value: PROPERTY.fallbackAlerts.default,
    description:
        'When an alert email may not be sent (the account in trouble is the active outbound SMTP account, that account is in trouble, there is none, or email sending is off), also open an incident assigned to the Email OAuth Manager admins group (where the incident table exists) and show a banner to x_mail_oauth.admin in the platform UI; both close when the account recovers. false: email only.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const runBudgetProperty = Property({
    $id: Now.ID['property-run-budget-seconds'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.runBudgetSeconds.name,
    type: 'integer',
    value: PROPERTY.runBudgetSeconds.default,
    description:
        'No token request starts later than this many seconds into a run (or a refresh worker\'s batch); the rest go to the workers or the next run, most urgent first. At most 180 minus x_mail_oauth.token_request_timeout_seconds, so a run ends before the next one starts.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const tokenRequestTimeoutProperty = Property({
    $id: Now.ID['property-token-request-timeout-seconds'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.tokenRequestTimeoutSeconds.name,
    type: 'integer',
    value: PROPERTY.tokenRequestTimeoutSeconds.default,
    description:
        'The longest one token request can take on this instance (its outbound HTTP timeout). The job holds an account this long plus 30 s while its request is in flight, so two runs never refresh one account.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const refreshWorkersProperty = Property({
    $id: Now.ID['property-refresh-workers'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.refreshWorkers.name,
    type: 'integer',
    value: PROPERTY.refreshWorkers.default,
    description:
        'Workers of the event queue x_mail_oauth.refresh (its job count) that take batches of refreshes a run cannot make in its own budget. 0: never hand over. Keep it equal to the queue\'s job count.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})
