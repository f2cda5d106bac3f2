import { GlideAggregate, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { HEALTH_TABLE, STATUS } from '../common/app.ts'
import { readSettings } from '../common/settings.ts'
import { CREDENTIAL_SOURCE, SOURCE_LABEL, type CredentialSource } from '../credentials/sources.ts'
import { BASIC_AUTH_FILTER } from '../migration/plan.ts'
import { GRANT_TYPE } from '../providers.ts'
import {
    ACTION_WORDS,
    BASIC_AUTH_CUTOFF_DATES,
    CAUSE,
    CAUSE_WORDS,
    countedCredential,
    daysUntil,
    OUTLIVED_MARGIN_DAYS,
    renewalWords,
    startOfLocalDay,
    withOutlived,
    type HorizonSettings,
} from '../horizons/time-to-failure.ts'
import { providerKindOfTokenUrl, readBasicMailboxes, readCredentialRows, readHorizonSettings, type CredentialRow } from '../horizons/read-horizons.ts'
import { instantValue, readInstant, snapshotOf } from '../token-keeper/health-store.ts'
import type { HealthSnapshot } from '../token-keeper/model.ts'
import {
    buildOverview,
    emptyCounts,
    hasStopped,
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
 * count; the credential rows; the Basic-auth accounts' first entries and their count. A bounded
 * number of queries whatever the number of accounts (10 for the default answer, pinned by
 * test/overview/rest.test.ts): a count is asked for only when the rows read do not already tell it,
 * and a window that is empty is not asked for. Reads no token and no secret field.
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
const DAY_MS = 86400000

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

/**
 * The profiles and their providers' names. One query of the profiles, their provider's fields
 * dot-walked (an instance has a handful of profiles, so the walk costs a handful of reads whatever
 * the number of accounts).
 */
export function readOverviewProviders(profileIds: readonly string[]): Map<string, OverviewProvider> {
    const providers = new Map<string, OverviewProvider>()
    const ids = profileIds.filter((id, i) => id !== '' && profileIds.indexOf(id) === i)
    if (ids.length === 0) return providers
    const profiles = new GlideRecord('oauth_entity_profile')
    profiles.addQuery('sys_id', 'IN', ids.join(','))
    profiles.query()
    while (profiles.next()) {
        const profileId = profiles.getUniqueValue()
        // A profile pointing at a deleted provider has none: the walk answers no sys_id.
        const providerId = text(profiles.getValue('oauth_entity.sys_id'))
        providers.set(profileId, {
            profileId,
            providerId,
            providerName: text(profiles.getValue('oauth_entity.name')),
            providerKind: providerKindOfTokenUrl(text(profiles.getValue('oauth_entity.token_url'))),
            // The profile's grant type wins; an empty one falls back to the provider's default (token-keeper/accounts.ts reads it so).
            appOnly: (text(profiles.getValue('grant_type')) || text(profiles.getValue('oauth_entity.default_grant_type'))) === GRANT_TYPE.clientCredentials,
        })
    }
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
            // As the counts count them (a row whose status is not written yet is "not checked"), so the totals add up.
            return `${active}^statusISNOTEMPTY`
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

/**
 * Counts of every status over every OAuth account, from two aggregates, and a third only when an
 * OK row's access token has ended (the earliest one is read with the counts): the job is not running.
 */
export function readCounts(nowValue: string): Record<ViewStatus, number> {
    const counts = emptyCounts()
    const byStatus = new GlideAggregate(HEALTH_TABLE)
    byStatus.addEncodedQuery('email_account.authentication=oauth2^email_account.active=true^statusISNOTEMPTY')
    byStatus.addAggregate('COUNT', ALL_ROWS)
    byStatus.addAggregate('MIN', 'access_token_expires')
    byStatus.groupBy('status')
    byStatus.query()
    let checked = 0
    let okMayBeOverdue = false
    while (byStatus.next()) {
        const status = byStatus.getValue('status') as ViewStatus
        const count = Number(byStatus.getAggregate('COUNT', ALL_ROWS))
        if (status in counts) counts[status] += count
        checked += count
        const earliest = byStatus.getAggregate('MIN', 'access_token_expires')
        if (status === STATUS.ok && earliest !== '' && earliest <= nowValue) okMayBeOverdue = true
    }
    counts.overdue = okMayBeOverdue ? count(HEALTH_TABLE, healthFilter('overdue', nowValue) as string) : 0
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
    /** The number of accounts in the segment: known already (`known`), or one query. */
    count(): number
    known?: boolean
    fetch(first: number, size: number): string[]
}

/** A health row of the page with a stored time to failure, for the banner. */
interface TimedRow {
    accountId: string
    at: number
    cause: Cause
    action: Action
}

/** One page's account ids and total, with the health rows the page read on the way (no second read). */
interface PageRead {
    ids: string[]
    total: number
    health: HealthRead
    /** The first rows with a stored time to failure, soonest first, when the page read from the first one (else null). */
    timed: TimedRow[] | null
    /** Whether `timed` holds every row with a stored time to failure. */
    timedComplete: boolean
}

/**
 * The account sys_ids of one page. The accounts are listed in segments, so an answer costs the same
 * queries wherever it falls: the health rows with a stored time to failure, soonest first (by the
 * database: the platform sorts empty values first, so rows without one are asked for apart), then
 * the rows without one by name; for "all", then the accounts not checked yet and the inactive ones,
 * by name. A segment's window is asked for only when the page reaches into it, and its count only
 * when the window read does not already tell it (a window from the segment's start that came back
 * short is the whole segment).
 */
function pageOf(status: StatusFilter, nowValue: string, counts: Record<ViewStatus, number>, first: number, size: number): PageRead {
    const health: HealthRead = { rows: new Map(), extras: new Map() }
    const timedRows: TimedRow[] = []
    const segments: Segment[] = []
    const filter = healthFilter(status, nowValue)
    if (filter !== null) {
        segments.push(healthSegment(`${filter}^time_to_failureISNOTEMPTY`, 'time_to_failure', health, timedRows))
        segments.push(healthSegment(`${filter}^time_to_failureISEMPTY`, 'email_account.name', health, null))
    }
    if (status === 'all' || status === 'not_checked') segments.push({ count: () => counts.not_checked, known: true, fetch: notCheckedAccountIds })
    if (status === 'all' || status === 'inactive') segments.push({ count: () => counts.inactive, known: true, fetch: inactiveAccountIds })
    const ids: string[] = []
    const counted: number[] = []
    if (status === 'all') {
        // Every checked row is in one of the two health segments: the second's count follows from the first's.
        const checked = Object.values(counts).reduce((sum, n) => sum + n, 0) - counts.not_checked - counts.inactive
        segments[1].count = () => Math.max(0, checked - (counted[0] ?? 0))
        segments[1].known = true
    }
    let offset = 0
    let timedComplete = false
    let timedFromStart = false
    segments.forEach((segment, index) => {
        const from = Math.max(0, first - offset)
        const to = Math.max(0, first + size - offset)
        let known: number | null = null
        if (from > 0 || segment.known === true) known = segment.count()
        const until = known === null ? to : Math.min(to, known)
        if (until > from) {
            const window = segment.fetch(from, until - from)
            ids.push(...window)
            if (from === 0 && window.length < until - from) known = window.length
        }
        if (known === null) known = segment.count()
        if (index === 0 && filter !== null && from === 0) {
            timedFromStart = true
            timedComplete = timedRows.length === known
        }
        counted[index] = known
        offset += known
    })
    return { ids, total: offset, health, timed: timedFromStart ? timedRows : null, timedComplete }
}

function healthSegment(query: string, order: string, health: HealthRead, timed: TimedRow[] | null): Segment {
    return {
        count: () => count(HEALTH_TABLE, query),
        fetch: (first, size) => {
            const ids: string[] = []
            const gr = new GlideRecord(HEALTH_TABLE)
            gr.addEncodedQuery(query)
            gr.orderBy(order)
            gr.chooseWindow(first, first + size, false)
            gr.query()
            while (gr.next()) {
                const accountId = text(gr.getValue('email_account'))
                ids.push(accountId)
                if (health.rows.has(accountId)) continue
                health.rows.set(accountId, snapshotOf(gr))
                health.extras.set(accountId, extrasOf(gr))
                const at = readInstant(gr, 'time_to_failure')
                if (timed !== null && at !== null) timed.push({ accountId, at, cause: text(gr.getValue('failure_cause')) as Cause, action: text(gr.getValue('failure_action')) as Action })
            }
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

/**
 * The banner: health rows whose stored time to failure falls within the warning period (or has
 * passed: stopped), soonest first, and their number. From the page's own rows when they hold every due
 * row (the first page of "all", read soonest first, reaching past the warning period or to the last
 * row: no query); else one query, and the count only when the list is full.
 */
function readStopping(until: number, now: number, page: PageRead | null, accounts: readonly OverviewAccount[]): { entries: BannerEntry[]; total: number } {
    const entryOf = (row: TimedRow, name: string, mailbox: string): BannerEntry | null =>
        row.cause in CAUSE_WORDS && row.action in ACTION_WORDS
            ? { sysId: row.accountId, name, mailbox, at: new Date(row.at).toISOString(), stopped: hasStopped(row.cause, row.at, now), reason: reasonOf(row.cause, row.action), cause: row.cause, action: row.action }
            : null
    const timed = page?.timed ?? null
    // The page's first rows by time to failure hold every due one when they are all the rows, or when the last of them is not due.
    if (timed !== null && (page?.timedComplete === true || (timed.length > 0 && timed[timed.length - 1].at > until))) {
        const byId = new Map(accounts.map((account) => [account.sysId, account]))
        const due = timed.filter((row) => row.at <= until)
        const entries = due
            .slice(0, LISTED)
            .map((row) => entryOf(row, byId.get(row.accountId)?.name ?? '', byId.get(row.accountId)?.userName || byId.get(row.accountId)?.name || ''))
            .filter((entry): entry is BannerEntry => entry !== null)
        return { entries, total: due.length }
    }
    const filter = `email_account.authentication=oauth2^email_account.active=true^statusISNOTEMPTY^time_to_failureISNOTEMPTY^time_to_failure<=${instantValue(until)}`
    const entries: BannerEntry[] = []
    let read = 0
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.addEncodedQuery(filter)
    gr.orderBy('time_to_failure')
    gr.setLimit(LISTED)
    gr.query()
    while (gr.next()) {
        read += 1
        const row: TimedRow = { accountId: text(gr.getValue('email_account')), at: readInstant(gr, 'time_to_failure') as number, cause: text(gr.getValue('failure_cause')) as Cause, action: text(gr.getValue('failure_action')) as Action }
        const entry = entryOf(row, text(gr.getValue('email_account.name')), text(gr.getValue('email_account.user_name')) || text(gr.getValue('email_account.name')))
        if (entry) entries.push(entry)
    }
    return { entries, total: read < LISTED ? read : count(HEALTH_TABLE, filter) }
}

/**
 * The latest token issued per provider (the health rows' last successful refresh or token request),
 * asked for only when a credential row's date has passed by more than a day: only then can a row be
 * outlived (withOutlived). One aggregate.
 */
function readLastIssued(rows: readonly CredentialRow[], settings: HorizonSettings, now: number): Map<string, number> {
    const latest = new Map<string, number>()
    const past = rows.filter((row) => {
        const start = startOfLocalDay(row.expires, settings)
        return start !== null && start + (1 + OUTLIVED_MARGIN_DAYS) * DAY_MS <= now
    })
    if (past.length === 0) return latest
    const issued = new GlideAggregate(HEALTH_TABLE)
    issued.addEncodedQuery(`last_refreshedISNOTEMPTY^oauth_profile.oauth_entityIN${past.map((row) => row.providerId).join(',')}`)
    issued.addAggregate('MAX', 'last_refreshed')
    issued.groupBy('oauth_profile.oauth_entity')
    issued.query()
    while (issued.next()) {
        const at = issued.getAggregate('MAX', 'last_refreshed')
        if (at !== '') latest.set(issued.getValue('oauth_profile.oauth_entity'), new GlideDateTime(at).getNumericValue())
    }
    return latest
}

/** Every active credential row with the mailboxes it stops: one query of the mailboxes, and their count per provider only when the list is full. */
function readCredentialViews(rows: readonly CredentialRow[], settings: HorizonSettings, now: number): CredentialView[] {
    const providerIds = rows.map((row) => row.providerId).filter((id, i, all) => id !== '' && all.indexOf(id) === i)
    const mailboxes = new Map<string, string[]>()
    const counts = new Map<string, number>()
    if (providerIds.length > 0) {
        const query = `authentication=oauth2^active=true^oauth_profile.oauth_entityIN${providerIds.join(',')}`
        const accounts = new GlideRecord('sys_email_account')
        accounts.addEncodedQuery(query)
        accounts.orderBy('name')
        accounts.setLimit(CREDENTIAL_MAILBOXES + 1)
        accounts.query()
        let read = 0
        while (accounts.next()) {
            read += 1
            const providerId = text(accounts.getValue('oauth_profile.oauth_entity'))
            counts.set(providerId, (counts.get(providerId) ?? 0) + 1)
            const list = mailboxes.get(providerId) ?? []
            if (read <= CREDENTIAL_MAILBOXES) list.push(text(accounts.getValue('user_name')) || text(accounts.getValue('name')))
            mailboxes.set(providerId, list)
        }
        if (read > CREDENTIAL_MAILBOXES) {
            const byProvider = new GlideAggregate('sys_email_account')
            byProvider.addEncodedQuery(query)
            byProvider.addAggregate('COUNT', ALL_ROWS)
            byProvider.groupBy('oauth_profile.oauth_entity')
            byProvider.query()
            while (byProvider.next()) counts.set(byProvider.getValue('oauth_profile.oauth_entity'), Number(byProvider.getAggregate('COUNT', ALL_ROWS)))
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
            source: row.source ?? CREDENTIAL_SOURCE.manual,
            sourceLabel: SOURCE_LABEL[(row.source ?? CREDENTIAL_SOURCE.manual) as CredentialSource] ?? SOURCE_LABEL.manual,
            renewWords: renewalWords(row.kind, row.source),
            daysLeft: valid ? daysUntil(row.expires, now, settings) : null,
            mailboxes: mailboxes.get(row.providerId) ?? [],
            mailboxCount: counts.get(row.providerId) ?? 0,
            overriddenBy: row.outlived !== true && counted !== null && counted.sysId !== row.sysId ? counted.sysId : null,
            outlived: row.outlived === true,
            link: `x_mail_oauth_provider_credential.do?sys_id=${encodeURIComponent(row.sysId)}`,
        }
    })
}

/** The cell of a Basic account: the provider's date as the provider states it. */
function basicStopsWords(provider: 'microsoft' | 'google', daysLeft: number | null): string {
    const cutoff = BASIC_AUTH_CUTOFF_DATES[provider]
    if (provider === 'google') return `No date to act by: ${cutoff.what}. ${cutoff.reEnable}.`
    const when = daysLeft === null ? cutoff.date : daysLeft >= 0 ? `${cutoff.date} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'})` : `${cutoff.date} (${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago)`
    return `Mail stops on ${when} unless the tenant enables Basic SMTP AUTH again: ${cutoff.what}. ${cutoff.reEnable}. Switching to OAuth is the lasting fix.`
}

/** The Basic-auth section: the first accounts by name with their action, and their number (counted only when the list is full). */
function readBasicAuth(settings: HorizonSettings, now: number): { total: number; accounts: BasicAccountView[] } {
    const listed = readBasicMailboxes(LISTED)
    const total = listed.length < LISTED ? listed.length : count('sys_email_account', `${BASIC_AUTH_FILTER}^active=true`)
    const accounts = listed.map((facts): BasicAccountView => {
        const kind = facts.providerKind === 'google' ? 'google' : 'microsoft'
        const stopsOn = kind === 'microsoft' ? BASIC_AUTH_CUTOFF_DATES.microsoft.date : null
        const daysLeft = stopsOn === null ? null : daysUntil(stopsOn, now, settings)
        const action = facts.hasTwin ? 'switch_to_oauth' : 'prepare_oauth_switch'
        return {
            sysId: facts.sysId,
            name: facts.name,
            mailbox: facts.mailbox,
            provider: kind === 'google' ? 'Google' : 'Microsoft',
            stopsOn,
            daysLeft,
            stopsWords: basicStopsWords(kind, daysLeft),
            action,
            actionWord: ACTION_WORDS[action],
            link: `sys_email_account.do?sys_id=${encodeURIComponent(facts.sysId)}`,
        }
    })
    return { total, accounts }
}

/** The banner entries of the Basic-auth accounts within the warning period (Microsoft's date; Google's is no horizon). Never "stopped": a tenant may have enabled Basic again. */
function basicAuthBanner(basic: { total: number; accounts: BasicAccountView[] }, warningDays: number): BannerEntry[] {
    return basic.accounts
        .filter((account): account is BasicAccountView & { stopsOn: string; daysLeft: number } => account.stopsOn !== null && account.daysLeft !== null && account.daysLeft <= warningDays)
        .map((account) => ({
            sysId: account.sysId,
            name: account.name,
            mailbox: account.mailbox,
            at: `${account.stopsOn}T00:00:00.000Z`,
            stopped: false,
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
    const credentials = withOutlived(credentialRows, readLastIssued(credentialRows, settings, now), settings)
    type Health = ReturnType<typeof readOverviewHealth>
    const base = (accounts: OverviewAccount[], health: Health) => ({
        accounts,
        health: health.rows,
        extras: health.extras,
        providers: readOverviewProviders(accounts.map((account) => account.profileId)),
        credentials,
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
    // The banner is over every account: the page's rows tell it only when the page is the first of "all".
    const stopping = readStopping(now + warningDays * DAY_MS, now, status === 'all' ? slice : null, accounts)
    const basicAuth = readBasicAuth(settings, now)
    const basicBanner = basicAuthBanner(basicAuth, warningDays)
    return buildOverview({
        ...base(accounts, slice.health),
        counts,
        stopping: { entries: [...stopping.entries, ...basicBanner], total: stopping.total + (basicBanner.length > 0 ? basicAuth.total : 0) },
        page: { index, size, total: slice.total, status },
        credentialRows: readCredentialViews(credentials, settings, now),
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
