/**
 * The release's Microsoft Graph account types. Docs: Australia added sending through Microsoft Graph
 * (earlier releases document Graph receive only); the internal values of sys_email_account.type for
 * "Microsoft Graph (Receive)" and "(Send)" are not public (src/providers.ts), so the instance's
 * choices answer.
 */
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { readChoices, type Choice } from '../dictionary.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

export function decideGraphTypes(choices: readonly Choice[]): ProbeAnswer {
    if (choices.length === 0) return cannotTell('sys_email_account.type lists no choices that could be read.', "The Graph accounts ship with Type empty; Check OAuth setup names the type to pick once it can read the instance's choices.")
    const graph = choices.filter((choice) => /graph/i.test(choice.label) || /graph/i.test(choice.value))
    const receive = graph.find((choice) => /receiv|read|inbound/i.test(choice.label))
    const send = graph.find((choice) => /send|outbound/i.test(choice.label))
    const found = graph.map((choice) => `${choice.value} ("${choice.label}")`)
    const value = [receive ? `receive=${receive.value}` : '', send ? `send=${send.value}` : ''].filter(Boolean).join(';')
    if (receive && send) return confirmed(`Graph account types: ${listed(found)}.`, 'The Graph receive and send accounts can be set to these types.', value)
    if (receive) return differs(`Graph receive only: ${listed(found)}. This release cannot send through Microsoft Graph.`, 'Leave the Graph send account inactive and send through SMTP (the SMTP send-as-app account, or a delegated SMTP account).', value)
    return differs(`No Microsoft Graph account type on this release (types: ${listed(choices.map((choice) => choice.value), 12)}).`, 'Use the IMAP and SMTP accounts; the Graph accounts stay inactive.', '')
}

export const graphAccountTypesItem: ProbeItem = {
    key: PROBE_ITEM.graphAccountTypes,
    title: 'Microsoft Graph account types',
    assumption: 'This release offers Microsoft Graph (Receive) and Microsoft Graph (Send) as email account types (Send documented from Australia on); their internal values are not public.',
    check: () => decideGraphTypes(readChoices('sys_email_account', 'type')),
}
