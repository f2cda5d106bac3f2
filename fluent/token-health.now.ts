import '@servicenow/sdk/global'
import {
    Acl,
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    default_view,
    Form,
    IntegerColumn,
    List,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'
import { adminRole, viewerRole } from './access.now.ts'

/*
 * One row per OAuth email account, written by the refresh job: what state its tokens are in, when
 * it last checked and refreshed, and, when something is wrong, a sentence that says what to do.
 * Status values are STATUS in src/common/app.ts (the build test holds the two together).
 */

export const x_mail_oauth_token_health = Table({
    name: 'x_mail_oauth_token_health',
    label: 'Email OAuth token health',
    display: 'email_account',
    audit: false,
    accessibleFrom: 'package_private',
    schema: {
        email_account: ReferenceColumn({
            label: 'Email account',
            referenceTable: 'sys_email_account',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        oauth_profile: ReferenceColumn({ label: 'OAuth profile', referenceTable: 'oauth_entity_profile' }),
        status: ChoiceColumn({
            label: 'Status',
            dropdown: 'dropdown_with_none',
            choices: {
                ok: { label: 'OK', sequence: 10 },
                needs_authorization: { label: 'Needs authorization', sequence: 20 },
                refresh_failing: { label: 'Refresh failing', sequence: 30 },
                misconfigured: { label: 'Misconfigured', sequence: 40 },
                at_risk: { label: 'At risk', sequence: 50 },
            },
        }),
        access_token_expires: DateTimeColumn({ label: 'Access token expires' }),
        refresh_token_expires: DateTimeColumn({ label: 'Refresh token expires' }),
        last_checked: DateTimeColumn({ label: 'Last checked' }),
        last_refreshed: DateTimeColumn({ label: 'Last refreshed' }),
        next_attempt: DateTimeColumn({ label: 'Next attempt' }),
        last_error_code: StringColumn({ label: 'Last error code', maxLength: 80 }),
        last_error: StringColumn({ label: 'Last error', maxLength: 1000 }),
        consecutive_failures: IntegerColumn({ label: 'Consecutive failures', default: 0 }),
        // Who authorized the account (src/authorization/identity.ts): only the address, never a token.
        authorized_identity: StringColumn({ label: 'Authorized identity', maxLength: 254 }),
        identity_status: ChoiceColumn({
            label: 'Identity',
            dropdown: 'dropdown_with_none',
            choices: {
                match: { label: 'The mailbox', sequence: 10 },
                delegate: { label: 'Accepted delegate', sequence: 20 },
                mismatch: { label: 'Someone else', sequence: 30 },
                unknown: { label: 'Unknown', sequence: 40 },
            },
        }),
        accepted_delegate: StringColumn({ label: 'Accepted delegate', maxLength: 254 }),
        identity_checked: DateTimeColumn({ label: 'Identity checked' }),
        // Gmail testing mode (src/authorization/testing-mode.ts).
        last_authorized: DateTimeColumn({ label: 'Last authorized' }),
        short_authorizations: IntegerColumn({ label: 'Authorizations that ended within 7 days', default: 0 }),
        testing_mode_suspected: BooleanColumn({ label: 'Google consent screen in Testing', default: false }),
        // Time to failure (src/horizons/): the earliest instant mail stops, its cause and the one action that moves it.
        // Written by the job "Email OAuth Manager: time to failure and expiry warnings"; the list and the overview sort by it.
        time_to_failure: DateTimeColumn({ label: 'Time to failure' }),
        failure_cause: StringColumn({ label: 'Failure cause', maxLength: 80 }),
        failure_action: StringColumn({ label: 'Action that moves it', maxLength: 80 }),
        // Mail flow (src/mail-flow/): the canary round trip of an inbound mailbox, the mail-level error of
        // an outbound account, and its incident's re-send. Written by the mail-flow job, never by the refresh job.
        canary_status: ChoiceColumn({
            label: 'Mail flow',
            dropdown: 'dropdown_with_none',
            choices: {
                ok: { label: 'Round trip OK', sequence: 10 },
                failing: { label: 'Failing', sequence: 20 },
                paused: { label: 'Not checked', sequence: 30 },
                retrying: { label: 'Outbound leg retrying', sequence: 40 },
            },
        }),
        canary_leg: ChoiceColumn({
            label: 'Failing leg',
            dropdown: 'dropdown_with_none',
            choices: {
                outbound: { label: 'Outbound (sending)', sequence: 10 },
                inbound: { label: 'Inbound (reading)', sequence: 20 },
            },
        }),
        canary_code: StringColumn({ label: 'Mail flow code', maxLength: 80 }),
        canary_message: StringColumn({ label: 'Mail flow: what happened and what to do', maxLength: 1000 }),
        canary_since: DateTimeColumn({ label: 'Mail flow failing since' }),
        canary_last_sent: DateTimeColumn({ label: 'Last canary sent' }),
        canary_last_arrived: DateTimeColumn({ label: 'Last canary arrived' }),
        round_trip_last: IntegerColumn({ label: 'Round trip, last (s)' }),
        round_trip_median: IntegerColumn({ label: 'Round trip, typical over the last day (s)' }),
        mail_code: StringColumn({ label: 'Last mail error code', maxLength: 80 }),
        mail_error: StringColumn({ label: 'Last mail error and its fix', maxLength: 1000 }),
        mail_error_at: DateTimeColumn({ label: 'Last mail error at' }),
        mail_incident_since: DateTimeColumn({ label: 'Outbound incident since' }),
        resend_window_start: DateTimeColumn({ label: 'Failed emails to re-send: from' }),
        resend_window_end: DateTimeColumn({ label: 'Failed emails to re-send: until' }),
        resend_pending: IntegerColumn({ label: 'Emails waiting for Re-send', default: '0' }),
        resend_too_old: IntegerColumn({ label: 'Failed emails too old for the platform to send', default: '0' }),
        resend_report: StringColumn({ label: 'Re-send: what became of the re-sent emails', maxLength: 1000 }),
    },
    index: [
        { name: 'email_account', element: 'email_account', unique: true },
        { name: 'time_to_failure', element: 'time_to_failure', unique: false },
    ],
})

List({
    table: 'x_mail_oauth_token_health',
    view: default_view,
    columns: [
        'email_account',
        'time_to_failure',
        'failure_cause',
        'status',
        'last_error_code',
        'access_token_expires',
        'refresh_token_expires',
        'last_refreshed',
        'consecutive_failures',
        'next_attempt',
        'last_checked',
        'authorized_identity',
        'identity_status',
    ],
})

Form({
    table: 'x_mail_oauth_token_health',
    view: default_view,
    sections: [
        {
            caption: 'Token health',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'email_account', type: 'table_field' },
                        { field: 'oauth_profile', type: 'table_field' },
                        { field: 'status', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'time_to_failure', type: 'table_field' },
                        { field: 'failure_cause', type: 'table_field' },
                        { field: 'failure_action', type: 'table_field' },
                        { field: 'access_token_expires', type: 'table_field' },
                        { field: 'refresh_token_expires', type: 'table_field' },
                        { field: 'last_refreshed', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'last_error_code', type: 'table_field' },
                        { field: 'last_error', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Who authorized',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'authorized_identity', type: 'table_field' },
                        { field: 'identity_status', type: 'table_field' },
                        { field: 'accepted_delegate', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'identity_checked', type: 'table_field' },
                        { field: 'last_authorized', type: 'table_field' },
                        { field: 'short_authorizations', type: 'table_field' },
                        { field: 'testing_mode_suspected', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Mail flow',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'canary_status', type: 'table_field' },
                        { field: 'canary_leg', type: 'table_field' },
                        { field: 'canary_code', type: 'table_field' },
                        { field: 'canary_since', type: 'table_field' },
                        { field: 'mail_code', type: 'table_field' },
                        { field: 'mail_error_at', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'canary_last_sent', type: 'table_field' },
                        { field: 'canary_last_arrived', type: 'table_field' },
                        { field: 'round_trip_last', type: 'table_field' },
                        { field: 'round_trip_median', type: 'table_field' },
                        { field: 'mail_incident_since', type: 'table_field' },
                        { field: 'resend_pending', type: 'table_field' },
                        { field: 'resend_too_old', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'canary_message', type: 'table_field' },
                        { field: 'mail_error', type: 'table_field' },
                        { field: 'resend_report', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Job bookkeeping',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'last_checked', type: 'table_field' },
                        { field: 'next_attempt', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'consecutive_failures', type: 'table_field' }],
                },
            ],
        },
    ],
})

/* The app's viewers (x_mail_oauth.admin contains the viewer role) and platform admins see token health; only the job (as admin) writes it. */

Acl({
    $id: Now.ID['token-health-read'],
    type: 'record',
    table: 'x_mail_oauth_token_health',
    operation: 'read',
    decisionType: 'allow',
    roles: [viewerRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager viewers and admins read token health.',
})

Acl({
    $id: Now.ID['token-health-write'],
    type: 'record',
    table: 'x_mail_oauth_token_health',
    operation: 'write',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager admins may correct a token health row.',
})

Acl({
    $id: Now.ID['token-health-create'],
    type: 'record',
    table: 'x_mail_oauth_token_health',
    operation: 'create',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Token health rows are created by the refresh job.',
})

Acl({
    $id: Now.ID['token-health-delete'],
    type: 'record',
    table: 'x_mail_oauth_token_health',
    operation: 'delete',
    decisionType: 'allow',
    roles: [adminRole, 'admin'],
    adminOverrides: true,
    description: 'Email OAuth Manager admins may delete a token health row; the job recreates it on its next run.',
})
