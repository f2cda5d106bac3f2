/**
 * The UI actions of the Basic-to-OAuth switch on the Email Account form: Prepare OAuth switch and
 * Switch to OAuth on a Basic account, Undo switch on its OAuth twin. Each checks every write and says
 * what it did, or why it refused or stopped and in which state it left the pair, as a form message.
 */
import { gs, type GlideAction, type GlideRecord } from '@servicenow/glide'
import { canReadTokens } from '../platform/access.ts'
import { ROLE } from '../common/app.ts'
import { planSwitch, planTwin, planUndo, refusedStepsMessage, switchNeedsRoleMessage, twinNeedsRefresh, twinRefreshFailedMessage, type AccountRecord } from './plan.ts'
import { accountOf, applySteps, delegatedProfileIds, findBasic, findTwin, insertTwin, refreshTwin, twinToken } from './records.ts'
import { readConnectionSecurityField } from '../platform/connection-security.ts'

export function prepareOAuthSwitch(current: GlideRecord, action: GlideAction): void {
    const basic = accountOf(current)
    const plan = planTwin(basic, delegatedProfileIds(), findTwin(basic), readConnectionSecurityField())
    if (!plan.ok) {
        gs.addErrorMessage(plan.message)
        action.setRedirectURL(current)
        return
    }
    const inserted = insertTwin(plan.value)
    if (!inserted.ok) {
        gs.addErrorMessage(`Not prepared: ${inserted.message} '${basic.name}' keeps the mail flowing; nothing was changed.`)
        action.setRedirectURL(current)
        return
    }
    gs.addInfoMessage(
        `Created '${plan.value.name}' (inactive, OAuth 2.0, ${plan.value.server}:${plan.value.port}). '${basic.name}' keeps the mail flowing. Next: open '${plan.value.name}', click Authorize Email Account Access in a private browser window signed in as ${basic.userName}, then come back here and click Switch to OAuth.`,
    )
    action.setRedirectURL(current)
}

export function switchToOAuth(current: GlideRecord, action: GlideAction): void {
    const basic = accountOf(current)
    const twin = findTwin(basic)
    const message = twin === null || !basic.active || twin.active ? null : tokenBlocker(basic, twin)
    const plan = message !== null ? { ok: false as const, message } : planSwitch(basic, twin, twin ? twinToken(twin) : null)
    if (!plan.ok) {
        gs.addErrorMessage(plan.message)
    } else {
        const pair = { basic, twin: twin as AccountRecord }
        const applied = applySteps(plan.value, namesOf(pair))
        if (applied.ok) gs.addInfoMessage(`Switched: '${pair.twin.name}' is active with OAuth and '${basic.name}' is inactive (its password is kept, so Undo switch on '${pair.twin.name}' brings it back).`)
        else gs.addErrorMessage(refusedStepsMessage(applied, pair, 'switched'))
    }
    action.setRedirectURL(current)
}

/**
 * Before planning: a member whose roles cannot read tokens is told which role is missing (the
 * platform would show them no token at all), and a twin whose access token lapsed is refreshed once.
 */
function tokenBlocker(basic: AccountRecord, twin: AccountRecord): string | null {
    if (!canReadTokens()) return switchNeedsRoleMessage(basic, twin, ROLE.tokens, String(gs.getUserName() ?? ''))
    if (!twinNeedsRefresh(twinToken(twin))) return null
    const refreshed = refreshTwin(twin)
    return refreshed.refreshed ? null : twinRefreshFailedMessage(basic, twin, refreshed.said)
}

export function undoOAuthSwitch(current: GlideRecord, action: GlideAction): void {
    const twin = accountOf(current)
    const basic = findBasic(twin)
    const plan = planUndo(twin, basic)
    if (!plan.ok) {
        gs.addErrorMessage(plan.message)
    } else {
        const pair = { basic: basic as AccountRecord, twin }
        const applied = applySteps(plan.value, namesOf(pair))
        if (!applied.ok) gs.addErrorMessage(refusedStepsMessage(applied, pair, 'switched back'))
        else if (twin.active && pair.basic.active) gs.addInfoMessage(`Switched back: '${twin.name}' is inactive again and '${pair.basic.name}' (Basic authentication) keeps the mail flowing alone; '${twin.name}' keeps its tokens for the next try.`)
        else if (twin.active) gs.addInfoMessage(`Switched back: '${pair.basic.name}' (Basic authentication) is active again and '${twin.name}' is inactive, its tokens kept for the next try.`)
        else gs.addInfoMessage(`Switched back: '${pair.basic.name}' (Basic authentication) is active again; '${twin.name}' stays inactive, its tokens kept for the next try.`)
    }
    action.setRedirectURL(current)
}

function namesOf(pair: { basic: AccountRecord; twin: AccountRecord }): Record<string, string> {
    return { [pair.basic.sysId]: pair.basic.name, [pair.twin.sysId]: pair.twin.name }
}
