/**
 * Whether flows with an inbound email trigger exist. Docs (Inbound email action processing): inbound
 * email flows run before inbound email actions, so an active one may take the canary before the
 * app's action sees it. Flow Designer keeps a flow's trigger in sys_hub_trigger_instance; the table
 * and its trigger type value are not documented for scripts, so a missing table answers cannot tell.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

export const TRIGGER_TABLE = 'sys_hub_trigger_instance'

/** Names of active flows whose trigger is an inbound email; null when the trigger table does not exist. */
export function decideInboundFlows(flows: readonly string[] | null): ProbeAnswer {
    if (flows === null) return cannotTell(`The Flow Designer trigger table (${TRIGGER_TABLE}) could not be read.`, "Finds a canary's arrival in stored mail too, so a flow that takes it first does not make the mailbox look broken.")
    if (flows.length === 0) return confirmed('No active flow has an inbound email trigger.', "The app's inbound action sees every canary.")
    return differs(
        `${flows.length} active flow(s) with an inbound email trigger: ${listed([...flows])}. They run before inbound email actions.`,
        "Finds a canary's arrival in stored mail (sys_email) even when a flow took it first; check that these flows leave Email OAuth Manager's canary emails alone.",
        flows.join(','),
    )
}

export function readInboundFlows(): string[] | null {
    const trigger = new GlideRecord(TRIGGER_TABLE)
    if (!trigger.isValid()) return null
    trigger.addQuery('trigger_type', 'CONTAINS', 'email')
    trigger.addQuery('flow.active', true)
    trigger.setLimit(100)
    trigger.query()
    const flows: string[] = []
    while (trigger.next()) {
        const name = trigger.getDisplayValue('flow') || trigger.getValue('flow') || trigger.getUniqueValue()
        if (flows.indexOf(name) < 0) flows.push(name)
    }
    return flows
}

export const inboundEmailFlowsItem: ProbeItem = {
    key: PROBE_ITEM.inboundEmailFlows,
    title: 'Flows triggered by inbound email',
    assumption: "No active flow with an inbound email trigger takes the canary before the app's inbound action (flows run first).",
    check: () => decideInboundFlows(readInboundFlows()),
}
