import '@servicenow/sdk/global'
import { Acl, ChoiceColumn, DateTimeColumn, IntegerColumn, List, RestApi, StringColumn, Table, default_view } from '@servicenow/sdk/core'
import { getInstanceCheck, runInstanceCheck } from '../src/instance-check/entries.ts'
import { adminRole, viewerRole } from './access.now.ts'

/*
 * "Check this instance" (docs/check-this-instance.md): confirms on the admin's own instance each
 * assumption the app makes that public documentation leaves open, and stores per item confirmed,
 * differs (and what the app does then) or cannot tell. The overview page runs it through the API
 * below (POST, admins) and shows the stored answers (GET, viewers); the ATF suite and the Instance
 * Scan suite run the same items (fluent/atf/check-this-instance.now.ts, fluent/instance-scan.now.ts).
 * The global tables it reads: fluent/check-this-instance-access.now.ts.
 */

export const x_mail_oauth_instance_check = Table({
    name: 'x_mail_oauth_instance_check',
    label: 'Email OAuth instance check',
    display: 'title',
    audit: false,
    accessibleFrom: 'package_private',
    schema: {
        item: StringColumn({ label: 'Item', maxLength: 80, mandatory: true }),
        order: IntegerColumn({ label: 'Order' }),
        title: StringColumn({ label: 'Assumption', maxLength: 200 }),
        assumption: StringColumn({ label: 'What the app assumes', maxLength: 4000 }),
        status: ChoiceColumn({
            label: 'Status',
            dropdown: 'dropdown_with_none',
            choices: {
                confirmed: { label: 'Confirmed', sequence: 10 },
                differs: { label: 'Differs', sequence: 20 },
                cannot_tell: { label: 'Cannot tell', sequence: 30 },
            },
        }),
        found: StringColumn({ label: 'Found on this instance', maxLength: 4000 }),
        app_does: StringColumn({ label: 'What the app does', maxLength: 4000 }),
        value: StringColumn({ label: 'Value the app uses', maxLength: 1000 }),
        checked_at: DateTimeColumn({ label: 'Checked at' }),
    },
    index: [{ name: 'instance_check_item', element: 'item', unique: true }],
})

List({
    table: 'x_mail_oauth_instance_check',
    view: default_view,
    columns: ['order', 'title', 'status', 'found', 'checked_at'],
})

/* One row per OAuth API script of the app: the proof that the platform runs it (src/platform/probe/sign-in-runs.ts). */
export const x_mail_oauth_sign_in_run = Table({
    name: 'x_mail_oauth_sign_in_run',
    label: 'Email OAuth sign-in script run',
    display: 'script',
    audit: false,
    accessibleFrom: 'package_private',
    schema: {
        script: StringColumn({ label: 'OAuth API script', maxLength: 100, mandatory: true }),
        first_run: DateTimeColumn({ label: 'First run' }),
        last_run: DateTimeColumn({ label: 'Last run' }),
        runs: IntegerColumn({ label: 'Runs' }),
    },
    index: [{ name: 'sign_in_run_script', element: 'script', unique: true }],
})

Acl({
    $id: Now.ID['instance-check-read'],
    type: 'record',
    table: 'x_mail_oauth_instance_check',
    operation: 'read',
    decisionType: 'allow',
    roles: [viewerRole, adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager viewers and admins read the answers of Check this instance; the check writes them.',
})

Acl({
    $id: Now.ID['sign-in-run-read'],
    type: 'record',
    table: 'x_mail_oauth_sign_in_run',
    operation: 'read',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: "Email OAuth Manager admins read when the platform last ran the app's OAuth API scripts; the scripts write it.",
})

export const instanceCheckRunAcl = Acl({
    $id: Now.ID['instance-check-api-run-acl'],
    name: 'x_mail_oauth.instance_check',
    type: 'rest_endpoint',
    operation: 'execute',
    decisionType: 'allow',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only Email OAuth Manager admins run Check this instance.',
})

export const instanceCheckReadAcl = Acl({
    $id: Now.ID['instance-check-api-read-acl'],
    name: 'x_mail_oauth.instance_check.read',
    type: 'rest_endpoint',
    operation: 'execute',
    decisionType: 'allow',
    roles: [viewerRole],
    adminOverrides: true,
    description: 'Email OAuth Manager viewers and admins read the answers of Check this instance.',
})

RestApi({
    $id: Now.ID['instance-check-api'],
    name: 'Email OAuth Manager instance check',
    serviceId: 'instance_check',
    shortDescription: 'Check this instance: what the instance answers to each assumption the public documentation leaves open.',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [instanceCheckRunAcl],
    routes: [
        {
            $id: Now.ID['instance-check-api-get'],
            name: 'answers',
            method: 'GET',
            path: '/',
            script: getInstanceCheck,
            enforceAcl: [instanceCheckReadAcl],
            shortDescription: 'The stored answers of Check this instance, one per item, with when each was checked.',
        },
        {
            $id: Now.ID['instance-check-api-run'],
            name: 'check this instance',
            method: 'POST',
            path: '/',
            script: runInstanceCheck,
            enforceAcl: [instanceCheckRunAcl],
            shortDescription: 'Runs Check this instance, stores the answers and returns them.',
        },
    ],
})
