/**
 * The platform's inbound email action processing for one received email, modelled on what
 * ServiceNow documents (inbound-action-processing.md, c_InboundEmailActions.md,
 * r_AccessingEmailObjsWithVars.md) and the SDK (node_modules/@servicenow/sdk/docs/api/
 * inboundemailaction-api.md, guides/inbound-email-action-guide.md):
 *
 * - The actions are the Inbound Email Actions [sysevent_in_email_action] rows of the instance: the
 *   app's (seeded from dist/app on install) and the test world's (added with addInboundAction).
 * - Only active actions run, "from the lowest to highest Order value" (default 100); an action runs
 *   when "the incoming email type matches the inbound action Type" (new, reply, forward) and "the
 *   inbound action Conditions evaluates to true" (`condition_script`, and the encoded query
 *   `filter_condition` against the email record). Otherwise "the system skips the current inbound
 *   action and evaluates the next active inbound action".
 * - "If the inbound action has Stop processing enabled, the system updates the State of the email
 *   record to Processed after running the inbound action Script" and no later action runs. A script
 *   may also stop the chain with `event.state = 'stop_processing'` (a widely used platform idiom;
 *   UNCONFIRMED in the pages read).
 * - The script sees `current` (a new record of the action's Target table), `event` (the
 *   email.read sysevent), `email` (the EmailWrapper: to, direct, copied, body_text, body_html, from,
 *   from_sys_id, origemail, subject, recipients, recipients_array, content_type, headers,
 *   importance), `logger`, `classifier` (null here: "may not be available on all instances", SDK
 *   guide) and `sys_email` (the email record, r_AccessingEmailObjsWithVars.md).
 * - "The state of all incoming emails that have been run against inbound email actions, even if
 *   there is no matching action, is changed to Processed" (c_InboundEmailActions.md). The type
 *   stays `received`: `received-ignored` is for email "ignored by the instance for inbound email
 *   action purposes. Typically, these emails are either spam or auto-replies" (r_EmailLogs.md),
 *   not for email no action matched.
 * - A record the action inserts through `current` becomes the email's target (target_table, instance).
 *
 * Simplified (say so when it matters): the receive type is read from the subject's prefixes only
 * (glide.email.forward_subject_prefix, case-insensitive; glide.email.reply_subject_prefix, case
 * as written), without watermarks or record numbers; the `from` and `required_roles` restrictions
 * and field actions (`template`) are not modelled and make the engine throw, so a test never passes
 * on an action the stand-in silently ignores. The email filters and inbound email flows that run
 * before the actions are in inbound-filters.ts.
 */
import * as glide from '../../stand-ins/glide.ts'
import { platform, type Row } from '../../stand-ins/platform.ts'
import type { BuiltAppRunner } from '../runner/built-app-runner.ts'
import { EMAIL_STATE, EMAIL_TABLE, isTrue } from './email-records.ts'

export const ACTION_TABLE = 'sysevent_in_email_action'

const DEFAULT_REPLY_PREFIXES = 're:,aw:,r:,Accepted:,Tentative:,Declined:'
const DEFAULT_FORWARD_PREFIXES = 'fw:,fwd:'

export type ReceiveType = 'new' | 'reply' | 'forward'

export interface ActionRun {
    name: string
    order: number
    /** True when this action ended the chain (Stop processing, or the script said stop_processing). */
    stoppedProcessing: boolean
    /** The record the action inserted through `current`, if any. */
    created?: { table: string; sysId: string }
}

/** An inbound email action of the test world (the platform's own, e.g. "Create Incident", or a probe). */
export interface InboundActionSpec {
    name: string
    /** Server-side script, as in the record's Script field; sees current, event, email, logger, classifier, sys_email. */
    script: string
    table?: string
    order?: number
    active?: boolean
    stopProcessing?: boolean
    conditionScript?: string
    filterCondition?: string
    type?: ReceiveType
}

/** Adds an action to the instance's Inbound Email Actions, as an admin or another app would. Returns its sys_id. */
export function addInboundAction(spec: InboundActionSpec): string {
    return platform.db.insert(ACTION_TABLE, {
        name: spec.name,
        script: spec.script,
        table: spec.table ?? 'incident',
        order: String(spec.order ?? 100),
        active: spec.active ?? true,
        stop_processing: spec.stopProcessing ?? false,
        condition_script: spec.conditionScript ?? '',
        filter_condition: spec.filterCondition ?? '',
        type: spec.type ?? 'new',
        action: 'record_action',
        event_name: 'email.read',
    })
}

/**
 * The platform's base "Create Incident" action, reduced to what a test needs to see: an incident
 * created from the email. Order 100 is the SDK's default order (the base system's own order is
 * UNCONFIRMED); an app action meant to run first must be ordered lower.
 */
export const CREATE_INCIDENT_ACTION: InboundActionSpec = {
    name: 'Create Incident',
    table: 'incident',
    order: 100,
    script: [
        'current.short_description = email.subject;',
        'current.description = email.body_text;',
        "current.contact_type = 'email';",
        'current.caller_id = email.from_sys_id;',
        'current.insert();',
    ].join('\n'),
}

/** Runs the instance's inbound email actions on one received email record; returns what ran, in order. */
export function runInboundActions(runner: BuiltAppRunner, emailSysId: string): ActionRun[] {
    const emailRow = platform.db.row(EMAIL_TABLE, emailSysId)
    if (!emailRow) throw new Error(`runInboundActions: no ${EMAIL_TABLE} row ${emailSysId}`)
    const receiveType = receiveTypeOf(String(emailRow.subject ?? ''))
    platform.db.update(EMAIL_TABLE, emailSysId, { receive_type: receiveType })
    const actions = platform.db
        .rows(ACTION_TABLE)
        .filter((action) => isTrue(action.active) && String(action.event_name || 'email.read') === 'email.read' && String(action.type || 'new') === receiveType)
        .sort((a, b) => orderOf(a) - orderOf(b) || String(a.name).localeCompare(String(b.name)))
    const eventSysId = platform.db.insert('sysevent', { name: 'email.read', table: EMAIL_TABLE, instance: emailSysId, parm1: '', parm2: '' })
    const ran: ActionRun[] = []
    for (const action of actions) {
        assertModelled(action)
        const email = emailWrapper(emailSysId)
        const sysEmail = recordOf(EMAIL_TABLE, emailSysId)
        const table = String(action.table || EMAIL_TABLE)
        const current = new glide.GlideRecord(table)
        current.initialize()
        const event = recordOf('sysevent', eventSysId)
        const logger = emailLogger(String(action.name))
        // The globals of a server script on the instance, beside the action's own objects.
        const variables = { gs: glide.gs, GlideRecord: glide.GlideRecord, GlideDateTime: glide.GlideDateTime, current, event, email, logger, classifier: null, sys_email: sysEmail }
        if (!passesFilter(action, emailSysId) || !passesCondition(runner, action, variables)) continue
        runner.runServerScript(String(action.script ?? ''), `sysevent_in_email_action: ${String(action.name)}`, variables)
        const createdId = current.getUniqueValue()
        const created = createdId && platform.db.row(table, createdId) ? { table, sysId: createdId } : undefined
        if (created) platform.db.update(EMAIL_TABLE, emailSysId, { target_table: table, instance: created.sysId })
        const stoppedProcessing = isTrue(action.stop_processing) || event.getValue('state') === 'stop_processing'
        ran.push({ name: String(action.name), order: orderOf(action), stoppedProcessing, ...(created ? { created } : {}) })
        if (stoppedProcessing) break
    }
    platform.db.update(EMAIL_TABLE, emailSysId, { state: EMAIL_STATE.processed })
    return ran
}

function receiveTypeOf(subject: string): ReceiveType {
    const prefixes = (name: string, fallback: string) =>
        String(platform.properties[name] || fallback)
            .split(',')
            .map((prefix) => prefix.trim())
            .filter((prefix) => prefix !== '')
    const trimmed = subject.trim()
    if (prefixes('glide.email.forward_subject_prefix', DEFAULT_FORWARD_PREFIXES).some((prefix) => trimmed.toLowerCase().startsWith(prefix.toLowerCase()))) return 'forward'
    if (prefixes('glide.email.reply_subject_prefix', DEFAULT_REPLY_PREFIXES).some((prefix) => trimmed.startsWith(prefix))) return 'reply'
    return 'new'
}

function orderOf(action: Row): number {
    const order = Number(action.order)
    return Number.isFinite(order) && String(action.order ?? '') !== '' ? order : 100
}

function assertModelled(action: Row): void {
    for (const field of ['from', 'required_roles', 'template'] as const) {
        if (String(action[field] ?? '') !== '') {
            throw new Error(`Inbound email action "${String(action.name)}" sets ${field}, which the end-to-end mail engine does not model (test/e2e/mail-engine/inbound-actions.ts).`)
        }
    }
}

function passesFilter(action: Row, emailSysId: string): boolean {
    const filter = String(action.filter_condition ?? '').trim()
    if (filter === '' || filter === '^EQ') return true
    const query = new glide.GlideRecord(EMAIL_TABLE)
    query.addQuery('sys_id', emailSysId)
    query.addEncodedQuery(filter)
    query.query()
    return query.next()
}

function passesCondition(runner: BuiltAppRunner, action: Row, variables: Record<string, unknown>): boolean {
    const condition = String(action.condition_script ?? '').trim()
    if (condition === '') return true
    let answer: unknown = false
    runner.runServerScript(`__answer((${condition}));`, `sysevent_in_email_action condition: ${String(action.name)}`, {
        ...variables,
        __answer: (value: unknown) => (answer = value),
    })
    return Boolean(answer)
}

function recordOf(table: string, sysId: string): glide.GlideRecord {
    const record = new glide.GlideRecord(table)
    if (!record.get(sysId)) throw new Error(`No ${table} row ${sysId}`)
    return record
}

/** The `email` object of an inbound action script (r_AccessingEmailObjsWithVars.md). */
export function emailWrapper(emailSysId: string): Record<string, unknown> {
    const row = platform.db.row(EMAIL_TABLE, emailSysId) ?? {}
    const direct = String(row.recipients ?? '')
    const copied = String(row.copied ?? '')
    const origemail = String(row.origemail ?? '')
    const user = platform.db.rows('sys_user').find((candidate) => String(candidate.email ?? '').toLowerCase() === origemail.toLowerCase() && isTrue(candidate.active ?? true))
    return {
        sys_id: emailSysId,
        uid: String(row.uid ?? ''),
        subject: String(row.subject ?? ''),
        body_text: String(row.body_text ?? ''),
        body_html: String(row.body ?? ''),
        origemail,
        from: user ? String(user.email) : origemail,
        from_sys_id: user ? String(user.sys_id) : '',
        direct,
        copied,
        to: [direct, copied].filter((list) => list !== '').join(','),
        recipients: direct,
        recipients_array: direct === '' ? [] : direct.split(',').map((address) => address.trim()),
        content_type: String(row.content_type ?? ''),
        headers: String(row.headers ?? ''),
        importance: String(row.importance ?? ''),
    }
}

function emailLogger(actionName: string): Record<string, (message: string) => void> {
    const log = (level: 'info' | 'warn' | 'error') => (message: string) => {
        platform.logs.push({ level, message: `${actionName}: ${String(message)}` })
    }
    return { log: log('info'), info: log('info'), warn: log('warn'), error: log('error') }
}
