import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { CREDENTIAL_TABLE, HEALTH_TABLE } from '../common/app.ts'
import { CREDENTIAL_SOURCE } from '../credentials/sources.ts'
import { BASIC_AUTH_FILTER, providerOfServer, TWIN_SUFFIX } from '../migration/plan.ts'
import { GRANT_TYPE } from '../providers.ts'
import { readInstant } from '../token-keeper/health-store.ts'
import type { CredentialFacts, HorizonSettings, MailboxFacts, ProviderKind } from './time-to-failure.ts'

/**
 * Thin readers of what the horizons need: the OAuth email accounts with their health rows, the
 * Basic-auth accounts that must move (and whether their OAuth twin exists), the active client
 * credential rows. A fixed number of queries whatever the number of accounts; reads no token and
 * no secret.
 */

const ACCOUNT_TABLE = 'sys_email_account'

export function text(value: string | null | undefined): string {
    return value === null || value === undefined ? '' : String(value)
}

function flag(value: string | null | undefined): boolean {
    const v = text(value).toLowerCase()
    return v === '1' || v === 'true'
}

/** The admin's time zone: the offset of the session's time zone (the job's Run as user, or the signed-in admin). */
export function readHorizonSettings(): HorizonSettings {
    const offsetMs = Number(new GlideDateTime().getTZOffset())
    return { utcOffsetMinutes: isFinite(offsetMs) ? Math.round(offsetMs / 60000) : 0 }
}

export function providerKindOfTokenUrl(tokenUrl: string): ProviderKind {
    if (/(^|\/\/|\.)login\.microsoftonline\.(com|us)\//i.test(tokenUrl)) return 'microsoft'
    if (/(^|\/\/|\.)(oauth2|accounts)\.googleapis\.com\//i.test(tokenUrl) || /\/\/accounts\.google\.com\//i.test(tokenUrl)) return 'google'
    return 'other'
}

/** The health row fields the horizons read, by account. */
export interface HealthFacts {
    rowSysId: string
    status: string | null
    accessTokenExpires: number | null
    refreshTokenExpires: number | null
    lastRefreshed: number | null
    lastAuthorized: number | null
    testingModeSuspected: boolean
    lastChecked: number | null
    /** What is stored now, so the job writes only what changed. */
    storedTimeToFailure: number | null
    storedCause: string
    storedAction: string
}

export function healthFactsOf(gr: GlideRecord): HealthFacts {
    const status = text(gr.getValue('status'))
    return {
        rowSysId: gr.getUniqueValue(),
        status: status === '' ? null : status,
        accessTokenExpires: readInstant(gr, 'access_token_expires'),
        refreshTokenExpires: readInstant(gr, 'refresh_token_expires'),
        lastRefreshed: readInstant(gr, 'last_refreshed'),
        lastAuthorized: readInstant(gr, 'last_authorized'),
        testingModeSuspected: flag(gr.getValue('testing_mode_suspected')),
        lastChecked: readInstant(gr, 'last_checked'),
        storedTimeToFailure: readInstant(gr, 'time_to_failure'),
        storedCause: text(gr.getValue('failure_cause')),
        storedAction: text(gr.getValue('failure_action')),
    }
}

/** Health rows by account sys_id (the oldest row of an account wins, as the job reads them). One query. */
export function readHealthFacts(accountIds?: readonly string[]): Map<string, HealthFacts> {
    const rows = new Map<string, HealthFacts>()
    const gr = new GlideRecord(HEALTH_TABLE)
    if (accountIds !== undefined) gr.addQuery('email_account', 'IN', accountIds.join(','))
    gr.orderBy('sys_created_on')
    gr.query()
    while (gr.next()) {
        const accountId = text(gr.getValue('email_account'))
        if (!rows.has(accountId)) rows.set(accountId, healthFactsOf(gr))
    }
    return rows
}

/** An OAuth account's provider facts, read through its profile (dot-walked: no query of its own on the page size). */
export function oauthFactsOf(account: GlideRecord, health: HealthFacts | null, overdue: (health: HealthFacts) => boolean): MailboxFacts {
    const grantType = text(account.getValue('oauth_profile.grant_type')) || text(account.getValue('oauth_profile.oauth_entity.default_grant_type'))
    const status = health === null ? null : overdue(health) ? 'overdue' : health.status
    return {
        sysId: account.getUniqueValue(),
        name: text(account.getValue('name')),
        mailbox: mailboxOf(account),
        active: flag(account.getValue('active')),
        authentication: 'oauth2',
        appOnly: grantType === GRANT_TYPE.clientCredentials,
        providerKind: providerKindOfTokenUrl(text(account.getValue('oauth_profile.oauth_entity.token_url'))),
        providerId: text(account.getValue('oauth_profile.oauth_entity')),
        status,
        accessTokenExpires: health?.accessTokenExpires ?? null,
        refreshTokenExpires: health?.refreshTokenExpires ?? null,
        lastRefreshed: health?.lastRefreshed ?? null,
        lastAuthorized: health?.lastAuthorized ?? null,
        testingModeSuspected: health?.testingModeSuspected ?? false,
        hasTwin: false,
        checkedAt: health?.lastChecked ?? null,
    }
}

export function mailboxOf(account: GlideRecord): string {
    return text(account.getValue('user_name')) || text(account.getValue('email_user_label')) || text(account.getValue('from')) || text(account.getValue('name'))
}

/** Every active OAuth email account with its health facts (null before the refresh job has seen it). Two queries. */
export function readOAuthMailboxes(now: number): { facts: MailboxFacts; health: HealthFacts | null }[] {
    const health = readHealthFacts()
    const account = new GlideRecord(ACCOUNT_TABLE)
    account.addQuery('authentication', 'oauth2')
    account.addQuery('active', true)
    account.query()
    const mailboxes: { facts: MailboxFacts; health: HealthFacts | null }[] = []
    while (account.next()) {
        const row = health.get(account.getUniqueValue()) ?? null
        mailboxes.push({ facts: oauthFactsOf(account, row, (candidate) => isOverdue(candidate, now)), health: row })
    }
    return mailboxes
}

/** The page's "Token expired": the row says ok, but the access token it recorded has ended (the job is not running). */
export function isOverdue(row: Pick<HealthFacts, 'status' | 'accessTokenExpires'>, now: number): boolean {
    return row.status === 'ok' && row.accessTokenExpires !== null && row.accessTokenExpires <= now
}

/** Names|logins of the OAuth twins of these Basic accounts. One query, none when there are no Basic accounts. */
function twinsOf(names: readonly string[]): Set<string> {
    const twins = new Set<string>()
    if (names.length === 0) return twins
    const twin = new GlideRecord(ACCOUNT_TABLE)
    twin.addQuery('authentication', 'oauth2')
    // IN splits on commas: a name with one is found among every twin instead.
    if (names.some((name) => name.includes(','))) twin.addQuery('name', 'ENDSWITH', TWIN_SUFFIX)
    else twin.addQuery('name', 'IN', names.map((name) => `${name}${TWIN_SUFFIX}`).join(','))
    twin.query()
    while (twin.next()) twins.add(`${text(twin.getValue('name')).slice(0, -TWIN_SUFFIX.length)}|${text(twin.getValue('user_name'))}`)
    return twins
}

/** Active Basic-auth accounts at Microsoft or Google (the accounts that must move), at most `limit`, by name. One query, and one for their twins when there are any. */
export function readBasicMailboxes(limit = Infinity): MailboxFacts[] {
    const account = new GlideRecord(ACCOUNT_TABLE)
    account.addEncodedQuery(BASIC_AUTH_FILTER)
    account.addQuery('active', true)
    account.orderBy('name')
    if (isFinite(limit)) account.setLimit(limit)
    account.query()
    const facts: MailboxFacts[] = []
    const logins: string[] = []
    while (account.next()) {
        const name = text(account.getValue('name'))
        logins.push(text(account.getValue('user_name')))
        facts.push({
            sysId: account.getUniqueValue(),
            name,
            mailbox: mailboxOf(account),
            active: true,
            authentication: 'password',
            appOnly: false,
            providerKind: providerOfServer(text(account.getValue('server'))) ?? 'other',
            providerId: '',
            status: null,
            accessTokenExpires: null,
            refreshTokenExpires: null,
            lastRefreshed: null,
            lastAuthorized: null,
            testingModeSuspected: false,
            hasTwin: false,
        })
    }
    const twins = twinsOf(facts.map((mailbox) => mailbox.name))
    facts.forEach((mailbox, i) => (mailbox.hasTwin = twins.has(`${mailbox.name}|${logins[i]}`)))
    return facts
}

/** A credential row as read, with what was already alerted for it. */
export interface CredentialRow extends CredentialFacts {
    lastAlertedDays: number | null
    alertedExpiry: string
}

/** Every active Client credentials row. One query (the provider's name is dot-walked). */
export function readCredentialRows(): CredentialRow[] {
    const rows: CredentialRow[] = []
    const gr = new GlideRecord(CREDENTIAL_TABLE)
    gr.addQuery('active', true)
    gr.orderBy('expires')
    gr.query()
    while (gr.next()) {
        const last = text(gr.getValue('last_alert_days'))
        rows.push({
            sysId: gr.getUniqueValue(),
            providerId: text(gr.getValue('provider')),
            providerName: text(gr.getValue('provider.name')) || text(gr.getValue('provider')),
            kind: text(gr.getValue('kind')) === 'certificate' ? 'certificate' : 'secret',
            expires: text(gr.getValue('expires')).slice(0, 10),
            source: text(gr.getValue('source')) || CREDENTIAL_SOURCE.manual,
            lastAlertedDays: last === '' || !isFinite(Number(last)) ? null : Number(last),
            alertedExpiry: text(gr.getValue('alerted_expiry')).trim(),
        })
    }
    return rows
}
