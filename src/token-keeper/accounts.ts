import { GlideDateTime, GlideRecord } from '@servicenow/glide'

/**
 * Thin adapter: the OAuth email accounts, and the OAuth providers of their profiles, each read
 * in one query whatever their number.
 */

export const ACCOUNT_TABLE = 'sys_email_account'

export interface EmailAccount {
    sysId: string
    name: string
    /** '' when the account has no OAuth profile. */
    profileId: string
    /** sys_updated_on: when an admin last saved the account. */
    updatedAt: number | null
    /** The grant its token is requested with: the profile's Grant type, else the provider's Default Grant type ('' when neither). */
    grantType: string
}

export interface ProfileProvider {
    /** Name of the profile's oauth_entity, what requestTokenByRequest takes; '' when it has none. */
    entityName: string
    /** The later sys_updated_on of the profile and its provider: when an admin last saved either. */
    updatedAt: number | null
}

function text(value: string | null | undefined): string {
    return value === null || value === undefined ? '' : String(value)
}

function updatedAt(gr: GlideRecord): number | null {
    const value = text(gr.getValue('sys_updated_on'))
    if (value === '') return null
    const ms = new GlideDateTime(value).getNumericValue()
    return isFinite(ms) ? ms : null
}

function later(a: number | null, b: number | null): number | null {
    return a === null ? b : b === null ? a : Math.max(a, b)
}

/** Active accounts that authenticate with OAuth 2.0 (all, or those of `sysIds`). One query. */
export function readOAuthAccounts(sysIds: readonly string[] | null = null): EmailAccount[] {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    if (sysIds !== null) gr.addQuery('sys_id', 'IN', sysIds.join(','))
    gr.addQuery('active', true)
    gr.addQuery('authentication', 'oauth2')
    gr.orderBy('name')
    gr.query()
    const accounts: EmailAccount[] = []
    while (gr.next()) {
        accounts.push({ sysId: gr.getUniqueValue(), name: text(gr.getValue('name')), profileId: text(gr.getValue('oauth_profile')), updatedAt: updatedAt(gr), grantType: grantTypeOf(gr) })
    }
    return accounts
}

/** Dot-walked from the account row, so reading it costs no query of its own. */
function grantTypeOf(account: GlideRecord): string {
    return text(account.getValue('oauth_profile.grant_type')) || text(account.getValue('oauth_profile.oauth_entity.default_grant_type'))
}

/**
 * The scope strings a profile requests, space-separated, for a client-credentials request (Entra
 * requires `scope` on that grant, and a `.default` scope is one entry). One query.
 */
export function readProfileScopes(profileId: string): string {
    const scopes: string[] = []
    const link = new GlideRecord('oauth_entity_profile_scope')
    link.addQuery('oauth_entity_profile', profileId)
    link.query()
    while (link.next()) {
        const scope = text(link.getValue('oauth_entity_scope.oauth_entity_scope')).trim()
        if (scope !== '' && scopes.indexOf(scope) < 0) scopes.push(scope)
    }
    return scopes.join(' ')
}

/** The provider of each profile that exists (two queries: profiles, then their entities). */
export function readProfileProviders(profileIds: readonly string[]): Map<string, ProfileProvider> {
    const providers = new Map<string, ProfileProvider>()
    const ids = profileIds.filter((id, i) => id !== '' && profileIds.indexOf(id) === i)
    if (ids.length === 0) return providers
    const profileRows = new Map<string, { entityId: string; updatedAt: number | null }>()
    const profiles = new GlideRecord('oauth_entity_profile')
    profiles.addQuery('sys_id', 'IN', ids.join(','))
    profiles.query()
    while (profiles.next()) profileRows.set(profiles.getUniqueValue(), { entityId: text(profiles.getValue('oauth_entity')), updatedAt: updatedAt(profiles) })
    const entityIds = [...profileRows.values()].map((p) => p.entityId).filter((id) => id !== '')
    const entityRows = new Map<string, { name: string; updatedAt: number | null }>()
    if (entityIds.length > 0) {
        const entities = new GlideRecord('oauth_entity')
        entities.addQuery('sys_id', 'IN', entityIds.join(','))
        entities.query()
        while (entities.next()) entityRows.set(entities.getUniqueValue(), { name: text(entities.getValue('name')), updatedAt: updatedAt(entities) })
    }
    profileRows.forEach((profile, profileId) => {
        const entity = entityRows.get(profile.entityId)
        providers.set(profileId, { entityName: entity?.name ?? '', updatedAt: later(profile.updatedAt, entity?.updatedAt ?? null) })
    })
    return providers
}

/** Why each of these accounts is not an active OAuth account any more, for the log line (one query). */
export function whyNotKept(sysIds: readonly string[]): Map<string, { name: string; reason: string }> {
    const reasons = new Map<string, { name: string; reason: string }>()
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.addQuery('sys_id', 'IN', sysIds.join(','))
    gr.query()
    while (gr.next()) {
        const inactive = String(gr.getValue('active')) !== '1' && String(gr.getValue('active')) !== 'true'
        const authentication = text(gr.getValue('authentication'))
        reasons.set(gr.getUniqueValue(), {
            name: text(gr.getValue('name')),
            reason: inactive ? 'it was deactivated' : `its authentication is now '${authentication || 'empty'}', not OAuth 2.0`,
        })
    }
    for (const id of sysIds) if (!reasons.has(id)) reasons.set(id, { name: id, reason: 'it was deleted' })
    return reasons
}

/** The account record, for queuing an event on it; null when it is gone. */
export function accountRecord(sysId: string): GlideRecord | null {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    return gr.get(sysId) ? gr : null
}
