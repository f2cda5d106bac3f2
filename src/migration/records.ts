/**
 * Thin: the record moves of a Basic-to-OAuth switch (plan.ts decides). Reads the pair, creates the
 * twin, and applies the swap's steps in the planned order, all in one server transaction.
 */
import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import { redact } from '../common/redact.ts'
import { insertRecord, updateRecord, type WriteResult } from '../common/writes.ts'
import { GOOGLE, MICROSOFT } from '../providers.ts'
import { basicNameOf, TWIN_SUFFIX, type AccountRecord, type MailProviderKey, type Step, type StepsApplied, type TwinFields, type TwinToken } from './plan.ts'

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

export function insertTwin(fields: TwinFields): WriteResult {
    const { connectionSecurity, ...columns } = fields
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.initialize()
    for (const [field, value] of Object.entries(columns)) gr.setValue(field, value)
    if (connectionSecurity) gr.setValue(connectionSecurity.field, connectionSecurity.value)
    return insertRecord(gr, `the OAuth twin '${fields.name}'`)
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

/**
 * The twin's lapsed access token renewed with its refresh token (the job refreshes active accounts
 * only, so a prepared twin's access token lapses after an hour while its refresh token stays valid).
 * One request, only when Switch to OAuth needs it, made the way the token keeper and ServiceNow's own
 * refresh script make it (KB0823628: the three oauth_* parameters store the new token for the
 * account; the profile selects the provider). The token keeper's adapter is not imported: it lives in
 * a room that depends on this one. Returns what the provider said (redacted), '' when it answered a token.
 */
export function refreshTwin(twin: AccountRecord): { refreshed: boolean; said: string } {
    const client = new GlideOAuthClient()
    const stored = client.getToken(twin.sysId, twin.oauthProfile)
    const refreshToken = text(stored ? stored.getRefreshToken() : '')
    if (refreshToken === '') return { refreshed: false, said: 'no refresh token is stored' }
    const request = new GlideOAuthClientRequest()
    request.setGrantType('refresh_token')
    request.setRefreshToken(refreshToken)
    request.setParameter('oauth_requestor_context', 'sys_email_account')
    request.setParameter('oauth_requestor', twin.sysId)
    request.setParameter('oauth_provider_profile', twin.oauthProfile)
    let said = ''
    try {
        const response = client.requestTokenByRequest(null as unknown as string, request)
        said = response ? `${text(response.getErrorMessage())} ${text(response.getBody())}`.trim() : 'no response'
    } catch (error) {
        said = text(error !== null && typeof error === 'object' && 'message' in error ? (error as { message: unknown }).message : error)
    }
    const token = twinToken(twin)
    const refreshed = token !== null && token.hasAccessToken && token.accessExpiresInSeconds > 0
    return { refreshed, said: refreshed ? '' : redact(said, [refreshToken]).slice(0, 300) }
}

/** Sets Active on one account; the refused write comes back as its message. */
function setActive(step: Step, names: Record<string, string>): WriteResult | { ok: false; message: string } {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    if (!gr.get(step.sysId)) return { ok: false, message: `The email account '${names[step.sysId] ?? step.sysId}' disappeared during the switch.` }
    gr.setValue('active', step.active)
    return updateRecord(gr, `Active (${step.active ? 'on' : 'off'}) on the email account '${names[step.sysId] ?? step.sysId}'`)
}

/**
 * Applies the steps in order, each a single-field update, and checks each. On a refused step the
 * steps already made are undone in reverse order, so the pair is as it was; what could not be undone
 * is reported with the state it leaves.
 */
export function applySteps(steps: Step[], names: Record<string, string>): StepsApplied {
    const done: Step[] = []
    for (const step of steps) {
        const result = setActive(step, names)
        if (result.ok) {
            done.push(step)
            continue
        }
        const notUndone: Step[] = []
        for (const made of done.slice().reverse()) {
            const back = { sysId: made.sysId, active: !made.active }
            if (!setActive(back, names).ok) notUndone.push(made)
        }
        return { ok: false, refused: result.message, done, notUndone }
    }
    return { ok: true }
}
