import { GlideAggregate, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { HEALTH_TABLE, STATUS } from '../common/app.ts'
import { readSettings } from '../common/settings.ts'
import { BASIC_AUTH_FILTER } from '../migration/plan.ts'
import { GRANT_TYPE } from '../providers.ts'
import { countedCredential, daysUntil, BASIC_AUTH_CUTOFF_DATES, ACTION_WORDS, CAUSE, type HorizonSettings } from '../horizons/time-to-failure.ts'
import { providerKindOfTokenUrl, readBasicMailboxes, readCredentialRows, readHorizonSettings, type CredentialRow } from '../horizons/read-horizons.ts'
import { instantValue, readInstant, snapshotOf } from '../token-keeper/health-store.ts'
import type { HealthSnapshot } from '../token-keeper/model.ts'
import {
    buildOverview,
    emptyCounts,
    reasonOf,
    VIEW_STATUS,
    type BannerEntry,
    type BasicAccountView,
    type CredentialView,
    type HealthExtras,
    type Overview,
    type OverviewAccount,
    type OverviewProvider,
    type ViewStatus,
} from './view-model.ts'
import type { Action, Cause } from '../horizons/time-to-failure.ts'

/**
 * Thin reader for the overview. With 10,000 accounts the answer stays one page: the page's health
 * rows (filtered by status, soonest stored time to failure first, by the database), their accounts,
 * profiles and providers; the summary counts from aggregates; the banner's first entries and its
 * count; the credential rows; the Basic-auth accounts' first entries and their count. A fixed number
 * of queries whatever the number of accounts. Reads no token and no secret field.
 */

/** addAggregate/getAggregate take the field as optional (GlideAggregate - Scoped: COUNT of every row); the typings ask for one. */
const ALL_ROWS = undefined as unknown as string

export const PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 200
/** The banner and the Basic-auth section list this many and count the rest. */
export const LISTED = 50
/** Accounts looked through for those without a health row (see notCheckedAccountIds). */
const NOT_CHECKED_SCAN = 500
/** Mailbox names listed per credential row. */
const CREDENTIAL_MAILBOXES = 200

/** Which accounts a page holds: 'all', 'attention' (every status but OK and inactive) or one status. */
export type StatusFilter = 'all' | 'attention' | ViewStatus

export interface OverviewQuery {
    page?: number
    pageSize?: number
    status?: string
}

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
    while (gr.next()) accounts.push(accountOf(gr))
    return accounts
}

function accountOf(gr: GlideRecord): OverviewAccount {
    return {
        sysId: gr.getUniqueValue(),
        name: text(gr.getValue('name')),
        type: text(gr.getValue('type')),
        active: flag(gr.getValue('active')),
        userName: text(gr.getValue('user_name')),
        emailUserLabel: text(gr.getValue('email_user_label')),
        from: text(gr.getValue('from')),
        profileId: text(gr.getValue('oauth_profile')),
    }
}

/** A health row's authorization facts (who authorized, when, Google testing mode) and its mail-flow columns. */
export function extrasOf(gr: GlideRecord): HealthExtras {
    const suspected = text(gr.getValue('testing_mode_suspected')).toLowerCase()
    return {
        lastAuthorized: readInstant(gr, 'last_authorized'),
        testingModeSuspected: suspected === '1' || suspected === 'true',
        authorizedIdentity: text(gr.getValue('authorized_identity')),
        identityStatus: text(gr.getValue('identity_status')),
        identityChecked: readInstant(gr, 'identity_checked'),
        mailFlow: {
            canaryStatus: text(gr.getValue('canary_status')),
            canaryLeg: text(gr.getValue('canary_leg')),
            canaryCode: text(gr.getValue('canary_code')),
            canaryLastArrived: readInstant(gr, 'canary_last_arrived'),
            roundTripLast: wholeNumber(gr.getValue('round_trip_last')),
            roundTripTypical: wholeNumber(gr.getValue('round_trip_median')),
            mailCode: text(gr.getValue('mail_code')),
            mailErrorAt: readInstant(gr, 'mail_error_at'),
            resendPending: wholeNumber(gr.getValue('resend_pending')) ?? 0,
        },
    }
}

/** An integer column's value; null when empty (getValue answers null or '' for an empty column). */
function wholeNumber(value: string | null | undefined): number | null {
    const parsed = parseInt(text(value), 10)
    return isNaN(parsed) ? null : parsed
}

export interface HealthRead {
    rows: Map<string, HealthSnapshot>
    extras: Map<string, HealthExtras>
}

/** Health rows by account (the oldest row of an account wins, as the job reads them), of these accounts. One query; writes nothing. */
export function readOverviewHealth(accountSysIds?: readonly string[]): HealthRead {
    const read: HealthRead = { rows: new Map(), extras: new Map() }
    const gr = new GlideRecord(HEALTH_TABLE)
    if (accountSysIds !== undefined) gr.addQuery('email_account', 'IN', accountSysIds.join(','))
    gr.orderBy('sys_created_on')
    gr.query()
    while (gr.next()) {
        const accountId = text(gr.getValue('email_account'))
        if (read.rows.has(accountId)) continue
        read.rows.set(accountId, snapshotOf(gr))
        read.extras.set(accountId, extrasOf(gr))
    }
    return read
}

/** The profiles and their providers' names. Two queries (profiles, then providers), whatever their number. */
export function readOverviewProviders(profileIds: readonly string[]): Map<string, OverviewProvider> {
    const providers = new Map<string, OverviewProvider>()
    const ids = profileIds.filter((id, i) => id !== '' && profileIds.indexOf(id) === i)
    if (ids.length === 0) return providers
    const profileGrants = new Map<string, string>()
    const profiles = new GlideRecord('oauth_entity_profile')
    profiles.addQuery('sys_id', 'IN', ids.join(','))
    profiles.query()
    while (profiles.next()) {
        const profileId = profiles.getUniqueValue()
        providers.set(profileId, { profileId, providerId: text(profiles.getValue('oauth_entity')), providerName: '' })
        profileGrants.set(profileId, text(profiles.getValue('grant_type')))
    }
    const entityIds = [...providers.values()].map((p) => p.providerId).filter((id, i, all) => id !== '' && all.indexOf(id) === i)
    const names = new Map<string, { name: string; grantType: string; tokenUrl: string }>()
    if (entityIds.length > 0) {
        const entities = new GlideRecord('oauth_entity')
        entities.addQuery('sys_id', 'IN', entityIds.join(','))
        entities.query()
        while (entities.next()) {
            names.set(entities.getUniqueValue(), { name: text(entities.getValue('name')), grantType: text(entities.getValue('default_grant_type')), tokenUrl: text(entities.getValue('token_url')) })
        }
    }
    providers.forEach((provider) => {
        // A profile pointing at a deleted provider has none.
        const entity = names.get(provider.providerId)
        provider.providerName = entity?.name ?? ''
        provider.providerKind = providerKindOfTokenUrl(entity?.tokenUrl ?? '')
        // The profile's grant type wins; an empty one falls back to the provider's default (token-keeper/accounts.ts reads it so).
        provider.appOnly = (profileGrants.get(provider.profileId) || entity?.grantType || '') === GRANT_TYPE.clientCredentials
        if (!entity) provider.providerId = ''
    })
    return providers
}

/** The query's status filter, or 'all' for anything else. */
export function statusFilterOf(value: string | undefined): StatusFilter {
    const known: string[] = ['attention', ...Object.values(VIEW_STATUS)]
    return value !== undefined && known.includes(value) ? (value as StatusFilter) : 'all'
}

/** The encoded health-table query of a filter over the active accounts' rows; null for the filters that read the accounts table. */
export function healthFilter(status: StatusFilter, nowValue: string): string | null {
    const active = 'email_account.authentication=oauth2^email_account.active=true'
    switch (status) {
        case 'all':
            return active
        case 'attention':
            return `${active}^status!=${STATUS.ok}^ORaccess_token_expires<=${nowValue}^statusISNOTEMPTY`
        case 'overdue':
            return `${active}^status=${STATUS.ok}^access_token_expires<=${nowValue}`
        case 'ok':
            return `${active}^status=${STATUS.ok}^access_token_expires>${nowValue}^ORaccess_token_expiresISEMPTY`
        case 'inactive':
        case 'not_checked':
            return null
        default:
            return `${active}^status=${status}`
    }
}

/** Counts of every status over every OAuth account, from three aggregates. */
export function readCounts(nowValue: string): Record<ViewStatus, number> {
    const counts = emptyCounts()
    const byStatus = new GlideAggregate(HEALTH_TABLE)
    byStatus.addEncodedQuery('email_account.authentication=oauth2^email_account.active=true^statusISNOTEMPTY')
    byStatus.addAggregate('COUNT', ALL_ROWS)
    byStatus.groupBy('status')
    byStatus.query()
    let checked = 0
    while (byStatus.next()) {
        const status = byStatus.getValue('status') as ViewStatus
        const count = Number(byStatus.getAggregate('COUNT', ALL_ROWS))
        if (status in counts) counts[status] += count
        checked += count
    }
    const overdue = new GlideAggregate(HEALTH_TABLE)
    overdue.addEncodedQuery(healthFilter('overdue', nowValue) as string)
    overdue.addAggregate('COUNT', ALL_ROWS)
    overdue.query()
    counts.overdue = overdue.next() ? Number(overdue.getAggregate('COUNT', ALL_ROWS)) : 0
    counts.ok = Math.max(0, counts.ok - counts.overdue)
    const accounts = new GlideAggregate('sys_email_account')
    accounts.addQuery('authentication', '=', 'oauth2')
    accounts.addAggregate('COUNT', ALL_ROWS)
    accounts.groupBy('active')
    accounts.query()
    while (accounts.next()) {
        const active = ['1', 'true'].includes(accounts.getValue('active'))
        const count = Number(accounts.getAggregate('COUNT', ALL_ROWS))
        if (active) counts.not_checked = Math.max(0, count - checked)
        else counts.inactive = count
    }
    return counts
}

function count(table: string, encodedQuery: string): number {
    const aggregate = new GlideAggregate(table)
    aggregate.addEncodedQuery(encodedQuery)
    aggregate.addAggregate('COUNT', ALL_ROWS)
    aggregate.query()
    return aggregate.next() ? Number(aggregate.getAggregate('COUNT', ALL_ROWS)) : 0
}

interface Segment {
    count: number
    fetch(first: number, size: number): string[]
}

/**
 * The account sys_ids of one page. The accounts are listed in segments, each asked for on every
 * page (an empty window when the page falls elsewhere), so an answer costs the same queries wherever
 * it falls: the health rows with a stored time to failure, soonest first (by the database: the
 * platform sorts empty values first, so rows without one are asked for apart), then the rows
 * without one by name; for "all", then the accounts not checked yet and the inactive ones, by name.
 */
function pageOf(status: StatusFilter, nowValue: string, counts: Record<ViewStatus, number>, first: number, size: number): { ids: string[]; total: number } {
    const segments: Segment[] = []
    const filter = healthFilter(status, nowValue)
    if (filter !== null) {
        segments.push(healthSegment(`${filter}^time_to_failureISNOTEMPTY`, 'time_to_failure'))
        segments.push(healthSegment(`${filter}^time_to_failureISEMPTY`, 'email_account.name'))
    }
    if (status === 'all' || status === 'not_checked') segments.push({ count: counts.not_checked, fetch: notCheckedAccountIds })
    if (status === 'all' || status === 'inactive') segments.push({ count: counts.inactive, fetch: inactiveAccountIds })
    const ids: string[] = []
    let offset = 0
    for (const segment of segments) {
        const from = Math.min(Math.max(0, first - offset), segment.count)
        const to = Math.min(Math.max(0, first + size - offset), segment.count)
        ids.push(...segment.fetch(from, to - from))
        offset += segment.count
    }
    return { ids, total: offset }
}

function healthSegment(query: string, order: string): Segment {
    return {
        count: count(HEALTH_TABLE, query),
        fetch: (first, size) => {
            const ids: string[] = []
            const gr = new GlideRecord(HEALTH_TABLE)
            gr.addEncodedQuery(query)
            gr.orderBy(order)
            gr.chooseWindow(first, first + size, false)
            gr.query()
            while (gr.next()) ids.push(text(gr.getValue('email_account')))
            return ids
        },
    }
}

/** Inactive OAuth accounts by name: read from the accounts table (the job writes no row for them). One query. */
function inactiveAccountIds(first: number, size: number): string[] {
    const ids: string[] = []
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.addQuery('authentication', 'oauth2')
    gr.addQuery('active', false)
    gr.orderBy('name')
    gr.chooseWindow(first, first + size, false)
    gr.query()
    while (gr.next()) ids.push(gr.getUniqueValue())
    return ids
}

/**
 * Active OAuth accounts without a health row, by name. They exist between an account's creation and
 * the refresh job's next run (3 minutes), so they are few: the newest 500 active accounts are
 * looked through, and the page window is taken from those without a row. Two queries.
 */
function notCheckedAccountIds(first: number, size: number): string[] {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.addQuery('authentication', 'oauth2')
    gr.addQuery('active', true)
    gr.orderByDesc('sys_created_on')
    gr.setLimit(NOT_CHECKED_SCAN)
    gr.query()
    const candidates: { id: string; name: string }[] = []
    while (gr.next()) candidates.push({ id: gr.getUniqueValue(), name: text(gr.getValue('name')) })
    const seen = new Set(readOverviewHealth(candidates.map((c) => c.id)).rows.keys())
    return candidates
        .filter((c) => !seen.has(c.id))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .slice(first, first + size)
        .map((c) => c.id)
}

/** The banner: health rows whose stored time to failure falls within the warning period, soonest first, and their number. Two queries. */
function readStopping(until: number): { entries: BannerEntry[]; total: number } {
    const filter = `email_account.active=true^time_to_failureISNOTEMPTY^time_to_failure<=${instantValue(until)}`
    const entries: BannerEntry[] = []
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.addEncodedQuery(filter)
    gr.orderBy('time_to_failure')
    gr.setLimit(LISTED)
    gr.query()
    while (gr.next()) {
        const cause = text(gr.getValue('failure_cause')) as Cause
        const action = text(gr.getValue('failure_action')) as Action
        if (!(action in ACTION_WORDS)) continue
        entries.push({
            sysId: text(gr.getValue('email_account')),
            name: text(gr.getValue('email_account.name')),
            mailbox: text(gr.getValue('email_account.user_name')) || text(gr.getValue('email_account.name')),
            at: new Date(readInstant(gr, 'time_to_failure') as number).toISOString(),
            reason: reasonOf(cause, action),
            cause,
            action,
        })
    }
    return { entries, total: count(HEALTH_TABLE, filter) }
}

/** Every active credential row with the mailboxes it stops. Two queries. */
function readCredentialViews(rows: readonly CredentialRow[], settings: HorizonSettings, now: number): CredentialView[] {
    const providerIds = rows.map((row) => row.providerId).filter((id, i, all) => id !== '' && all.indexOf(id) === i)
    const mailboxes = new Map<string, string[]>()
    const counts = new Map<string, number>()
    if (providerIds.length > 0) {
        const byProvider = new GlideAggregate('sys_email_account')
        byProvider.addEncodedQuery(`authentication=oauth2^active=true^oauth_profile.oauth_entityIN${providerIds.join(',')}`)
        byProvider.addAggregate('COUNT', ALL_ROWS)
        byProvider.groupBy('oauth_profile.oauth_entity')
        byProvider.query()
        while (byProvider.next()) counts.set(byProvider.getValue('oauth_profile.oauth_entity'), Number(byProvider.getAggregate('COUNT', ALL_ROWS)))
        const accounts = new GlideRecord('sys_email_account')
        accounts.addEncodedQuery(`authentication=oauth2^active=true^oauth_profile.oauth_entityIN${providerIds.join(',')}`)
        accounts.orderBy('name')
        accounts.setLimit(CREDENTIAL_MAILBOXES)
        accounts.query()
        while (accounts.next()) {
            const providerId = text(accounts.getValue('oauth_profile.oauth_entity'))
            const list = mailboxes.get(providerId) ?? []
            list.push(text(accounts.getValue('user_name')) || text(accounts.getValue('name')))
            mailboxes.set(providerId, list)
        }
    }
    return rows.map((row) => {
        const counted = countedCredential(rows, row.providerId, settings)
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(row.expires)
        return {
            sysId: row.sysId,
            provider: { sysId: row.providerId, name: row.providerName },
            kind: row.kind,
            expires: row.expires,
            daysLeft: valid ? daysUntil(row.expires, now, settings) : null,
            mailboxes: mailboxes.get(row.providerId) ?? [],
            mailboxCount: counts.get(row.providerId) ?? 0,
            overriddenBy: counted !== null && counted.sysId !== row.sysId ? counted.sysId : null,
            link: `x_mail_oauth_provider_credential.do?sys_id=${encodeURIComponent(row.sysId)}`,
        }
    })
}

/** The Basic-auth section: the first accounts by name with their action, and their number. Three queries. */
function readBasicAuth(settings: HorizonSettings, now: number): { total: number; accounts: BasicAccountView[] } {
    const total = count('sys_email_account', `${BASIC_AUTH_FILTER}^active=true`)
    const accounts = readBasicMailboxes(LISTED).map((facts): BasicAccountView => {
        const provider = facts.providerKind === 'google' ? 'Google' : 'Microsoft'
        const stopsOn = BASIC_AUTH_CUTOFF_DATES[facts.providerKind === 'google' ? 'google' : 'microsoft'].date
        const action = facts.hasTwin ? 'switch_to_oauth' : 'prepare_oauth_switch'
        return {
            sysId: facts.sysId,
            name: facts.name,
            mailbox: facts.mailbox,
            provider,
            stopsOn,
            daysLeft: daysUntil(stopsOn, now, settings),
            action,
            actionWord: ACTION_WORDS[action],
            link: `sys_email_account.do?sys_id=${encodeURIComponent(facts.sysId)}`,
        }
    })
    return { total, accounts }
}

/** The banner entries of the Basic-auth accounts within the warning period (the cut-off is one date for all). */
function basicAuthBanner(basic: { total: number; accounts: BasicAccountView[] }, warningDays: number): BannerEntry[] {
    return basic.accounts
        .filter((account) => account.daysLeft <= warningDays)
        .map((account) => ({
            sysId: account.sysId,
            name: account.name,
            mailbox: account.mailbox,
            at: `${account.stopsOn}T00:00:00.000Z`,
            reason: reasonOf(CAUSE.basicAuthCutoff, account.action),
            cause: CAUSE.basicAuthCutoff,
            action: account.action,
        }))
}

/**
 * One page of the overview (default: the first 50 accounts, soonest time to failure first), or one
 * account's view (`accountSysId`, for Refresh now), on the platform clock.
 */
export function readOverview(accountSysId?: string, query: OverviewQuery = {}): Overview {
    const now = new GlideDateTime().getNumericValue()
    const warningDays = readSettings().reauthWarningDays
    const settings = readHorizonSettings()
    const credentialRows = readCredentialRows()
    type Health = ReturnType<typeof readOverviewHealth>
    const base = (accounts: OverviewAccount[], health: Health) => ({
        accounts,
        health: health.rows,
        extras: health.extras,
        providers: readOverviewProviders(accounts.map((account) => account.profileId)),
        credentials: credentialRows,
        settings,
        now,
        warningDays,
    })
    if (accountSysId !== undefined) return buildOverview(base(readOverviewAccounts(accountSysId), readOverviewHealth([accountSysId])))
    const status = statusFilterOf(query.status)
    const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(Number(query.pageSize) || PAGE_SIZE)))
    const index = Math.max(0, Math.floor(Number(query.page) || 0))
    const nowValue = instantValue(now)
    const counts = readCounts(nowValue)
    const slice = pageOf(status, nowValue, counts, index * size, size)
    const accounts = slice.ids.length === 0 ? [] : readAccountsByIds(slice.ids)
    const health: Health = slice.ids.length === 0 ? { rows: new Map(), extras: new Map() } : readOverviewHealth(slice.ids)
    const stopping = readStopping(now + warningDays * 86400000)
    const basicAuth = readBasicAuth(settings, now)
    const basicBanner = basicAuthBanner(basicAuth, warningDays)
    return buildOverview({
        ...base(accounts, health),
        counts,
        stopping: { entries: [...stopping.entries, ...basicBanner], total: stopping.total + (basicBanner.length > 0 ? basicAuth.total : 0) },
        page: { index, size, total: slice.total, status },
        credentialRows: readCredentialViews(credentialRows, settings, now),
        basicAuth,
    })
}

/** The accounts of one page, in any order (buildOverview sorts). One query. */
function readAccountsByIds(ids: readonly string[]): OverviewAccount[] {
    const gr = new GlideRecord(ACCOUNT_TABLE)
    gr.addQuery('sys_id', 'IN', ids.join(','))
    gr.query()
    const accounts: OverviewAccount[] = []
    while (gr.next()) accounts.push(accountOf(gr))
    return accounts
}
