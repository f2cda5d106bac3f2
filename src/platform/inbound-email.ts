/**
 * What sees a received email before the app's inbound action (the guard of the mail-flow canary):
 * the instance's active flows with an inbound email trigger, which "take priority over inbound email
 * actions" (docs Inbound email action processing, c_InboundEmailActions), and the active inbound
 * actions ordered before the app's (run "from the lowest to highest Order value"; one with Stop
 * processing ends the chain, r_OrderedEmailProcessingPlugin). Thin; read by the setup check.
 *
 * Flows: a flow's trigger is a sys_hub_trigger_instance_v2 row (the SDK's flow plugin writes that
 * table; older releases sys_hub_trigger_instance) of type `email` (the SDK's Inbound Email trigger
 * definition), whose `flow` is the sys_hub_flow. UNCONFIRMED on an instance (listed for the instance
 * probe): the tables and the type value. A table that does not exist or a read the instance refuses
 * answers null (unknown), never a finding.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../common/redact.ts'
import { isTrue } from '../common/fields.ts'

const TRIGGER_TABLES = ['sys_hub_trigger_instance_v2', 'sys_hub_trigger_instance'] as const
const INBOUND_EMAIL_TRIGGER_TYPE = 'email'
/** A name list in a finding stays short; the count says how many there are. */
const NAMES_LISTED = 10

export interface InboundEmailProcessing {
    /** The app's action: null when it is missing. */
    action: { active: boolean; order: number } | null
    /** Active actions ordered before it: how many, and the names of those with Stop processing ticked. */
    actionsBefore: { count: number; stopping: string[] }
    /** Active flows with an inbound email trigger (names, at most NAMES_LISTED, and the count); null when they could not be read. */
    inboundFlows: { count: number; names: string[] } | null
}

export function readInboundEmailProcessing(actionName: string): InboundEmailProcessing {
    const own = new GlideRecord('sysevent_in_email_action')
    own.addQuery('name', actionName)
    own.setLimit(1)
    own.query()
    const action = own.next() ? { active: isTrue(own.getValue('active')), order: Number(own.getValue('order')) || 0 } : null
    const actionsBefore = { count: 0, stopping: [] as string[] }
    if (action !== null) {
        const before = new GlideRecord('sysevent_in_email_action')
        before.addQuery('active', true)
        before.addQuery('order', '<', action.order)
        before.query()
        while (before.next()) {
            actionsBefore.count += 1
            if (isTrue(before.getValue('stop_processing')) && actionsBefore.stopping.length < NAMES_LISTED) actionsBefore.stopping.push(String(before.getValue('name') ?? ''))
        }
    }
    return { action, actionsBefore, inboundFlows: readInboundFlows() }
}

function readInboundFlows(): { count: number; names: string[] } | null {
    try {
        for (const table of TRIGGER_TABLES) {
            const trigger = new GlideRecord(table)
            if (!trigger.isValid()) continue
            trigger.addQuery('trigger_type', INBOUND_EMAIL_TRIGGER_TYPE)
            trigger.query()
            const flows = { count: 0, names: [] as string[] }
            const seen = new Set<string>()
            while (trigger.next()) {
                const flowId = String(trigger.getValue('flow') ?? '')
                if (flowId === '' || seen.has(flowId)) continue
                seen.add(flowId)
                const flow = new GlideRecord('sys_hub_flow')
                if (!flow.get(flowId) || !isTrue(flow.getValue('active'))) continue
                flows.count += 1
                if (flows.names.length < NAMES_LISTED) flows.names.push(String(flow.getValue('name') ?? flowId))
            }
            return flows
        }
        return null
    } catch (error) {
        gs.warn(`Email OAuth Manager: the inbound email flows could not be read: ${redact(String(error instanceof Error ? error.message : error))}`)
        return null
    }
}
