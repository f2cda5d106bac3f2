import '@servicenow/sdk/global'
import { Acl, DateTimeColumn, default_view, IntegerColumn, List, Table } from '@servicenow/sdk/core'
import { viewerRole } from './access.now.ts'

/*
 * One row per refresh run, a day of them: when it started, how long it took against its budget, how
 * many refreshes were due, made, deferred or at risk. The next runs read the recent rows to size
 * themselves (observed scheduler lateness and provider latency); admins read them to see the job keep up.
 */

export const x_mail_oauth_refresh_run = Table({
    name: 'x_mail_oauth_refresh_run',
    label: 'Email OAuth refresh run',
    display: 'started',
    audit: false,
    accessibleFrom: 'package_private',
    schema: {
        started: DateTimeColumn({ label: 'Started', mandatory: true }),
        duration_ms: IntegerColumn({ label: 'Duration (ms)', default: 0 }),
        accounts: IntegerColumn({ label: 'Accounts', default: 0 }),
        due: IntegerColumn({ label: 'Refreshes planned', default: 0 }),
        requests: IntegerColumn({ label: 'Token requests', default: 0 }),
        request_ms: IntegerColumn({ label: 'Time in token requests (ms)', default: 0 }),
        // The lease outlasts twice the slowest request of the last hour (src/token-keeper/backoff.ts).
        slowest_request_ms: IntegerColumn({ label: 'Slowest token request (ms)', default: 0 }),
        deferred: IntegerColumn({ label: 'Deferred', default: 0 }),
        at_risk: IntegerColumn({ label: 'At risk', default: 0 }),
        batches: IntegerColumn({ label: 'Batches handed to workers', default: 0 }),
    },
    index: [{ name: 'started', element: 'started', unique: false }],
})

List({
    table: 'x_mail_oauth_refresh_run',
    view: default_view,
    columns: ['started', 'duration_ms', 'accounts', 'due', 'requests', 'request_ms', 'slowest_request_ms', 'deferred', 'at_risk', 'batches'],
})

Acl({
    $id: Now.ID['refresh-run-read'],
    type: 'record',
    table: 'x_mail_oauth_refresh_run',
    operation: 'read',
    decisionType: 'allow',
    roles: [viewerRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager viewers and admins read the refresh runs.',
})

Acl({
    $id: Now.ID['refresh-run-create'],
    type: 'record',
    table: 'x_mail_oauth_refresh_run',
    operation: 'create',
    decisionType: 'allow',
    roles: ['admin'],
    adminOverrides: true,
    description: 'Refresh run rows are created by the refresh job (it runs as an admin).',
})

Acl({
    $id: Now.ID['refresh-run-delete'],
    type: 'record',
    table: 'x_mail_oauth_refresh_run',
    operation: 'delete',
    decisionType: 'allow',
    roles: ['admin'],
    adminOverrides: true,
    description: 'The refresh job removes rows older than a day.',
})
