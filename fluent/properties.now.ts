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
        'Refresh an access token when it has fewer than this many seconds left. Keep it above 180 (the job runs every 3 minutes) so no token expires between runs.',
    roles: { read: ['admin', adminRole], write: ['admin'] },
})

export const maxRefreshesProperty = Property({
    $id: Now.ID['property-max-refreshes-per-run'],
    $meta: { installMethod: 'first install' },
    name: PROPERTY.maxRefreshesPerRun.name,
    type: 'integer',
    value: PROPERTY.maxRefreshesPerRun.default,
    description: 'Most token requests one run makes. Accounts whose tokens expire soonest go first; the rest wait for the next run.',
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
