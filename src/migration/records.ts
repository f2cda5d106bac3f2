/**
 * Thin: the record moves of a Basic-to-OAuth switch (plan.ts decides). Reads the pair, creates the
 * twin, and applies the swap's steps in the planned order, all in one server transaction.
 */
import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient } from '@servicenow/glide/sn_auth'
import { GOOGLE, MICROSOFT } from '../providers.ts'
import { basicNameOf, TWIN_SUFFIX, type AccountRecord, type MailProviderKey, type Step, type TwinFields, type TwinToken } from './plan.ts'

const ACCOUNT_TABLE = 'sys_email_account'

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

export function accountOf(gr: GlideRecord): AccountRecord {
    const active = text(gr.getValue('active'))
    return {
        sysId: gr.getUniqueValue(),
        name: text(gr.getValue('name')),
        type: text(gr.getValue('type')),
        authentication: text(gr.getValue('authentication')),
        active: active === '1' || active === 'true',
        server: text(gr.getValue('server')),
        userName: text(gr.getValue('user_name')),
        emailUserLabel: text(gr.getValue('email_user_label')),
        from: text(gr.getValue('from')),
        oauthProfile: text(gr.getValue('oauth_profile')),
    }
}

function findAccount(name: string, userName: string, authentication: string): AccountRecord | null {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.addQuery('name', name)
    gr.addQuery('user_name', userName)
    gr.addQuery('authentication', authentication)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? accountOf(gr) : null
}

/** The OAuth twin Prepare OAuth switch made for this Basic account, if any. */
export function findTwin(basic: AccountRecord): AccountRecord | null {
    return findAccount(`${basic.name}${TWIN_SUFFIX}`, basic.userName, 'oauth2')
}

/** The Basic account a twin was made from, if it still exists. */
export function findBasic(twin: AccountRecord): AccountRecord | null {
    const name = basicNameOf(twin.name)
    return name === null ? null : findAccount(name, twin.userName, 'password')
}

/** The app's delegated profiles (fluent/providers/), by name. */
export function delegatedProfileIds(): Record<MailProviderKey, string> {
    const ids: Record<MailProviderKey, string> = { microsoft: '', google: '' }
    const gr = new GlideRecord('oauth_entity_profile')
    gr.addQuery('name', 'IN', `${MICROSOFT.profileName},${GOOGLE.profileName}`)
    gr.query()
    while (gr.next()) {
        if (gr.getValue('name') === MICROSOFT.profileName) ids.microsoft = gr.getUniqueValue()
        else ids.google = gr.getUniqueValue()
    }
    return ids
}

export function insertTwin(fields: TwinFields): string {
    const { connectionSecurity, ...columns } = fields
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.initialize()
    for (const [field, value] of Object.entries(columns)) gr.setValue(field, value)
    if (connectionSecurity) gr.setValue(connectionSecurity.field, connectionSecurity.value)
    return text(gr.insert())
}

/** Presence and seconds left of the twin's token; null when none can be read. */
export function twinToken(twin: AccountRecord): TwinToken | null {
    if (!twin.oauthProfile) return null
    try {
        const token = new GlideOAuthClient().getToken(twin.sysId, twin.oauthProfile)
        if (!token) return null
        const expiresIn = Number(token.getExpiresIn())
        return { hasAccessToken: !!token.getAccessToken(), accessExpiresInSeconds: isFinite(expiresIn) ? expiresIn : 0, hasRefreshToken: !!token.getRefreshToken() }
    } catch {
        return null
    }
}

/** Applies the steps in order; each one a single-field update. */
export function applySteps(steps: Step[]): void {
    for (const step of steps) {
        const gr = new GlideRecord(ACCOUNT_TABLE)
        if (!gr.get(step.sysId)) throw new Error(`email account ${step.sysId} disappeared during the switch`)
        gr.setValue('active', step.active)
        gr.update()
    }
}
