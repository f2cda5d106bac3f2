import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { HEALTH_TABLE } from '../common/app.ts'
import { readSettings } from '../common/settings.ts'
import { snapshotOf } from '../token-keeper/health-store.ts'
import type { HealthSnapshot } from '../token-keeper/model.ts'
import { buildOverview, type Overview, type OverviewAccount, type OverviewProvider } from './view-model.ts'

/**
 * Thin reader for the overview: the OAuth email accounts, their health rows, their profiles and
 * providers, in four queries whatever the number of accounts. Reads no token and no secret field.
 */

const ACCOUNT_TABLE = 'sys_email_account'

function text(value: string | null | undefined): string {
    return value === null || value === undefined ? '' : String(value)
}

/** Both the '1'/'0' of getValue and 'true'/'false'. */
function flag(value: string | null | undefined): boolean {
    const v = text(value).toLowerCase()
    return v === '1' || v === 'true'
}

/** Every OAuth email account (active or not), or only `accountSysId`'s. One query. */
export function readOverviewAccounts(accountSysId?: string): OverviewAccount[] {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.addQuery('authentication', 'oauth2')
    if (accountSysId !== undefined) gr.addQuery('sys_id', accountSysId)
    gr.orderBy('name')
    gr.query()
    const accounts: OverviewAccount[] = []
    while (gr.next()) {
        accounts.push({
            sysId: gr.getUniqueValue(),
            name: text(gr.getValue('name')),
            type: text(gr.getValue('type')),
            active: flag(gr.getValue('active')),
            userName: text(gr.getValue('user_name')),
            emailUserLabel: text(gr.getValue('email_user_label')),
            from: text(gr.getValue('from')),
            profileId: text(gr.getValue('oauth_profile')),
        })
    }
    return accounts
}

/** Health rows by account (the oldest row of an account wins, as the job reads them). One query; writes nothing. */
export function readOverviewHealth(accountSysId?: string): Map<string, HealthSnapshot> {
    const rows = new Map<string, HealthSnapshot>()
    const gr = new GlideRecord(HEALTH_TABLE)
    if (accountSysId !== undefined) gr.addQuery('email_account', accountSysId)
    gr.orderBy('sys_created_on')
    gr.query()
    while (gr.next()) {
        const accountId = text(gr.getValue('email_account'))
        if (!rows.has(accountId)) rows.set(accountId, snapshotOf(gr))
    }
    return rows
}

/** The profiles and their providers' names. Two queries (profiles, then providers), whatever their number. */
export function readOverviewProviders(profileIds: readonly string[]): Map<string, OverviewProvider> {
    const providers = new Map<string, OverviewProvider>()
    const ids = profileIds.filter((id, i) => id !== '' && profileIds.indexOf(id) === i)
    if (ids.length === 0) return providers
    const profiles = new GlideRecord('oauth_entity_profile')
    profiles.addQuery('sys_id', 'IN', ids.join(','))
    profiles.query()
    while (profiles.next()) {
        const profileId = profiles.getUniqueValue()
        providers.set(profileId, { profileId, providerId: text(profiles.getValue('oauth_entity')), providerName: '' })
    }
    const entityIds = [...providers.values()].map((p) => p.providerId).filter((id, i, all) => id !== '' && all.indexOf(id) === i)
    const names = new Map<string, string>()
    if (entityIds.length > 0) {
        const entities = new GlideRecord('oauth_entity')
        entities.addQuery('sys_id', 'IN', entityIds.join(','))
        entities.query()
        while (entities.next()) names.set(entities.getUniqueValue(), text(entities.getValue('name')))
    }
    providers.forEach((provider) => {
        // A profile pointing at a deleted provider has none.
        provider.providerName = names.get(provider.providerId) ?? ''
        if (!names.has(provider.providerId)) provider.providerId = ''
    })
    return providers
}

/** The overview of every OAuth email account, or of one (`accountSysId`), on the platform clock. */
export function readOverview(accountSysId?: string): Overview {
    const accounts = readOverviewAccounts(accountSysId)
    return buildOverview({
        accounts,
        health: readOverviewHealth(accountSysId),
        providers: readOverviewProviders(accounts.map((account) => account.profileId)),
        now: new GlideDateTime().getNumericValue(),
        warningDays: readSettings().reauthWarningDays,
    })
}
