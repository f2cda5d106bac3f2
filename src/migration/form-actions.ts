/**
 * The UI actions of the Basic-to-OAuth switch on the Email Account form: Prepare OAuth switch and
 * Switch to OAuth on a Basic account, Undo switch on its OAuth twin. Each says what it did, or
 * why it refused, as a form message.
 */
import { gs, type GlideAction, type GlideRecord } from '@servicenow/glide'
import { planSwitch, planTwin, planUndo } from './plan.ts'
import { readConnectionSecurityField } from '../platform/connection-security.ts'
import { accountOf, applySteps, delegatedProfileIds, findBasic, findTwin, insertTwin, twinToken } from './records.ts'

export function prepareOAuthSwitch(current: GlideRecord, action: GlideAction): void {
    const basic = accountOf(current)
    const plan = planTwin(basic, delegatedProfileIds(), findTwin(basic), readConnectionSecurityField())
    if (!plan.ok) {
        gs.addErrorMessage(plan.message)
        action.setRedirectURL(current)
        return
    }
    insertTwin(plan.value)
    gs.addInfoMessage(
        `Created '${plan.value.name}' (inactive, OAuth 2.0, ${plan.value.server}:${plan.value.port}). '${basic.name}' keeps the mail flowing. Next: open '${plan.value.name}', click Authorize Email Account Access in a private browser window signed in as ${basic.userName}, then come back here and click Switch to OAuth.`,
    )
    action.setRedirectURL(current)
}

export function switchToOAuth(current: GlideRecord, action: GlideAction): void {
    const basic = accountOf(current)
    const twin = findTwin(basic)
    const plan = planSwitch(basic, twin, twin ? twinToken(twin) : null)
    if (!plan.ok) {
        gs.addErrorMessage(plan.message)
    } else {
        applySteps(plan.value)
        gs.addInfoMessage(`Switched: '${twin?.name}' is active with OAuth and '${basic.name}' is inactive (its password is kept, so Undo switch on '${twin?.name}' brings it back).`)
    }
    action.setRedirectURL(current)
}

export function undoOAuthSwitch(current: GlideRecord, action: GlideAction): void {
    const twin = accountOf(current)
    const basic = findBasic(twin)
    const plan = planUndo(twin, basic)
    if (!plan.ok) {
        gs.addErrorMessage(plan.message)
    } else {
        applySteps(plan.value)
        gs.addInfoMessage(`Switched back: '${basic?.name}' (Basic authentication) is active again and '${twin.name}' is inactive, its tokens kept for the next try.`)
    }
    action.setRedirectURL(current)
}
