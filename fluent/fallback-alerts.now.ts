import '@servicenow/sdk/global'
import { ScriptAction } from '@servicenow/sdk/core'
import { EVENT } from '../src/common/app.ts'
import { onTokenEvent } from '../src/alerts/fallback-action.ts'

/*
 * The alert path that does not need mail (src/alerts/fallback.ts): on the token events, when the
 * alert email may not be sent, an incident for the admin group and a banner for x_mail_oauth.admin.
 * A Script Action per event, all calling one module function; reauth_due has none (mail still flows).
 * Turned off by x_mail_oauth.fallback_alerts.
 */

ScriptAction({
    $id: Now.ID['script-action-fallback-needs-authorization'],
    name: 'Email OAuth Manager: fallback alert on needs_authorization',
    eventName: EVENT.needsAuthorization,
    active: true,
    order: 100,
    description: 'Incident and UI banner for admins when the account that needs authorization carries the alert emails itself, or email cannot be sent.',
    script: onTokenEvent,
})

ScriptAction({
    $id: Now.ID['script-action-fallback-refresh-failing'],
    name: 'Email OAuth Manager: fallback alert on refresh_failing',
    eventName: EVENT.refreshFailing,
    active: true,
    order: 100,
    description: 'Incident and UI banner for admins when the account whose refresh fails carries the alert emails itself, or email cannot be sent.',
    script: onTokenEvent,
})

ScriptAction({
    $id: Now.ID['script-action-fallback-misconfigured'],
    name: 'Email OAuth Manager: fallback alert on misconfigured',
    eventName: EVENT.misconfigured,
    active: true,
    order: 100,
    description: 'Incident and UI banner for admins when the misconfigured account carries the alert emails itself, or email cannot be sent.',
    script: onTokenEvent,
})

ScriptAction({
    $id: Now.ID['script-action-fallback-recovered'],
    name: 'Email OAuth Manager: fallback alert on recovered',
    eventName: EVENT.recovered,
    active: true,
    order: 100,
    description: 'Resolves the fallback incident and ends the banner when the account has a fresh token again.',
    script: onTokenEvent,
})

ScriptAction({
    $id: Now.ID['script-action-fallback-identity-mismatch'],
    name: 'Email OAuth Manager: fallback alert on identity_mismatch',
    eventName: EVENT.identityMismatch,
    active: true,
    order: 100,
    description: 'Incident and UI banner for admins when the account authorized as the wrong user carries the alert emails itself, or email cannot be sent.',
    script: onTokenEvent,
})

ScriptAction({
    $id: Now.ID['script-action-fallback-capacity'],
    name: 'Email OAuth Manager: fallback alert on capacity',
    eventName: EVENT.capacity,
    active: true,
    order: 100,
    description: 'Incident and UI banner for admins when accounts are at risk and the alert email may not be sent.',
    script: onTokenEvent,
})
