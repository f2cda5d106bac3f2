/**
 * Builds the setup check's snapshot on the instance: the records through GlideRecord, the token
 * state through sn_auth, the rest from properties and the plugin manager. Thin on purpose: every
 * decision is in checks.ts. A read that fails becomes an empty or unknown value there, which the
 * check reports, so nothing here throws for a bad record.
 */
import { gs, GlideAggregate, GlideDateTime, GlidePluginManager, GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient } from '@servicenow/glide/sn_auth'
import { CREDENTIAL_TABLE, EMAIL_OAUTH_PLUGIN, HEALTH_TABLE, PROPERTY } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { readSettings } from '../common/settings.ts'
import type { Settings } from '../common/settings.ts'
import { isGoogleProvider, readIdentity } from '../authorization/identity-reader.ts'
import { UNKNOWN_IDENTITY } from '../authorization/identity.ts'
import { isTrue } from '../common/fields.ts'
import { checkSetup, FINDING_CODES } from './checks.ts'
import { readJobAccess, readRunAsUser, readUserAccess } from '../platform/access.ts'
import { readAccountSecurity, readConnectionSecurityField, type ConnectionSecurityField } from '../platform/connection-security.ts'
import { daysLeft } from '../credentials/expiry.ts'
import { chainStartOf, readChain } from '../credentials/read-chain.ts'
import { CREDENTIAL_SOURCE } from '../credentials/sources.ts'
import type { AuthorizationSnapshot } from './rules/authorization.ts'
import type { RecordedCredential } from './rules/credentials.ts'
import { CLEANUP_PROPERTY, type PlatformSnapshot } from './rules/platform.ts'
import type { MailFlowSnapshot } from './rules/mail-flow.ts'
import { readInboundEmailProcessing } from '../platform/inbound-email.ts'
import { CANARY_ACTION_NAME } from '../common/app.ts'
import { readAppOnlyEnvironment, readInboxAddress } from './read-app-only.ts'
import type { Finding, SetupSnapshot } from './checks.ts'
import type { AccountFields, ProfileFields, ProfileScopeLink, ProviderFields, RawValue, ScopeRecord, TokenSnapshot } from './finding.ts'

/** The platform's own "Refresh email access token" job, the same sys_id on every instance. */
export const PLATFORM_REFRESH_JOB_SYS_ID = '35faf162eb233100469a20425206fedc'

const ACCOUNT_FIELDS = ['sys_id', 'name', 'type', 'authentication', 'oauth_profile', 'server', 'port', 'enable_ssl', 'enable_tls', 'user_name', 'active'] as const
const PROFILE_FIELDS = ['sys_id', 'name', 'oauth_entity', 'grant_type'] as const
const PROVIDER_FIELDS = ['sys_id', 'name', 'type', 'active', 'client_id', 'default_grant_type', 'auth_url', 'token_url', 'redirect_url', 'refresh_token_lifespan'] as const
const SCOPE_FIELDS = ['sys_id', 'name', 'oauth_entity_scope', 'oauth_entity'] as const

/** What is the same for every account: read once per form click, or once per job run. */
export type SetupEnvironment = Pick<SetupSnapshot, 'pluginActive' | 'instanceUrl' | 'activeSmtpAccounts' | 'platformRefreshJobActive' | 'settings' | 'access' | 'platform'> &
    Pick<SetupSnapshot, 'accountTypeChoices' | 'graphPluginActive' | 'inboxAddressField' | 'jwtProviders'> & {
        /** The Connection security field of newer releases; null when this instance has none. */
        connectionSecurityField?: ConnectionSecurityField | null
    }

/** Reads the plugin state, glide.servlet.uri, the active SMTP accounts and the platform's refresh job. */
export function readSetupEnvironment(settings?: Pick<Settings, 'reauthWarningDays'>): SetupEnvironment {
    const smtp = new GlideRecord('sys_email_account')
    smtp.addQuery('type', 'smtp')
    smtp.addQuery('active', true)
    smtp.query()
    const platformJob = new GlideRecord('sysauto_script')
    const platformJobFound = platformJob.get(PLATFORM_REFRESH_JOB_SYS_ID)
    return {
        pluginActive: isPluginActive(),
        instanceUrl: gs.getProperty('glide.servlet.uri'),
        activeSmtpAccounts: smtp.getRowCount(),
        platformRefreshJobActive: platformJobFound ? isTrue(platformJob.getValue('active')) : null,
        settings: { reauthWarningDays: (settings ?? readSettings()).reauthWarningDays },
        access: { user: readUserAccess(), job: readJobAccess() },
        platform: readPlatformMachinery(platformJobFound ? platformJob : null),
        connectionSecurityField: readConnectionSecurityField(),
        ...readAppOnlyEnvironment(),
    }
}

/**
 * The platform's refresh job's run-as user (active, holds admin) and the credential cleanup
 * properties (KB0859525, KB1380167). A read the scope is refused becomes null: no finding, no guess.
 */
function readPlatformMachinery(platformJob: GlideRecord | null): PlatformSnapshot {
    const snapshot: PlatformSnapshot = {
        refreshJobActive: platformJob ? isTrue(platformJob.getValue('active')) : null,
        refreshJobRunAs: null,
        expiredCredentialHoursKept: propertyOrNull(CLEANUP_PROPERTY.hoursExpiredKept),
        oldCredentialDaysKept: propertyOrNull(CLEANUP_PROPERTY.daysOldKept),
    }
    const runAsId = platformJob ? platformJob.getValue('run_as') : null
    if (!runAsId) return snapshot
    try {
        const user = readRunAsUser(runAsId)
        if (user === null) return snapshot
        snapshot.refreshJobRunAs = { userName: user.userName, active: user.active, hasAdmin: user.canReadTokens }
    } catch (error) {
        gs.debug(`Email OAuth Manager: could not read the run-as user of the platform's refresh job: ${redact(String(error))}`)
    }
    return snapshot
}

function propertyOrNull(name: string): string | null {
    try {
        const value = gs.getProperty(name)
        return value === null || value === undefined || String(value).trim() === '' ? null : String(value)
    } catch {
        return null
    }
}

/** The provider's active client secret or certificate expiries recorded under Email OAuth Manager > Client credentials. */
function readCredentials(providerId: string): RecordedCredential[] {
    const credentials: RecordedCredential[] = []
    const now = new GlideDateTime().getNumericValue()
    const row = new GlideRecord(CREDENTIAL_TABLE)
    row.addQuery('provider', providerId)
    row.addQuery('active', true)
    // A certificate record's own date is checked by rules/certificate.ts, from the record itself.
    row.addEncodedQuery(`source!=${CREDENTIAL_SOURCE.certificateRecord}^ORsourceISEMPTY`)
    row.query()
    while (row.next()) {
        const expires = row.getValue('expires') ?? ''
        credentials.push({ kind: row.getValue('kind') === 'certificate' ? 'certificate' : 'secret', expires, daysLeft: daysLeft(expires, now), source: row.getValue('source') || CREDENTIAL_SOURCE.manual })
    }
    return credentials
}

/**
 * Who the account's token belongs to, read now from its claims (Google, which needs a call, only
 * when the refresh job has no reading yet), else the refresh job's last reading on the health row; with the row's accepted delegate and
 * testing-mode flag. Only addresses leave this function.
 */
function readAuthorization(accountSysId: string, profileSysId: string, provider: GlideRecord, tokenValues: boolean): AuthorizationSnapshot {
    const row = new GlideRecord(HEALTH_TABLE)
    const hasRow = row.get('email_account', accountSysId)
    const recorded = hasRow ? (row.getValue('authorized_identity') ?? '') : ''
    const fromRow = recorded !== '' && recorded !== UNKNOWN_IDENTITY ? recorded : null
    const fromRowOnly = { acceptedDelegate: hasRow ? (row.getValue('accepted_delegate') ?? '') : '', testingModeSuspected: hasRow && isTrue(row.getValue('testing_mode_suspected')) }
    // Without token values the claims cannot be read: the refresh job's last reading is the identity.
    if (!tokenValues) return { identity: fromRow, identitySource: fromRow ? 'health row' : null, ...fromRowOnly }
    // Google is asked only when the job has no reading yet: a provider form's check of many accounts stays quick.
    const google = isGoogleProvider(provider.getValue('token_url') ?? '', provider.getValue('name') ?? '')
    const read = readIdentity(accountSysId, profileSysId, { google, allowNetwork: fromRow === null })
    return {
        identity: read.identity ?? fromRow,
        identitySource: read.identity ? 'token' : fromRow ? 'health row' : null,
        ...fromRowOnly,
    }
}

/** The account's Connection security and the instance's labels for the secure choices; null without the field. */
function connectionSecurityOf(account: GlideRecord, field: ConnectionSecurityField | null | undefined): SetupSnapshot['connectionSecurity'] {
    if (!field) return null
    const { value, kind } = readAccountSecurity(account, field)
    const labelOf = (wanted: string): string | null => field.choices.find((choice) => choice.kind === wanted)?.label ?? null
    return { element: field.element, label: field.label, value, kind, choiceLabels: { starttls: labelOf('starttls'), ssl_tls: labelOf('ssl_tls') } }
}

/**
 * How much of the account's token the check looks at:
 * - `readToken: false`: nothing (the refresh job's blocker check);
 * - `readToken: true`: presence and expiry, and the identity from the token's claims (the form's check);
 * - `readToken: true, tokenValues: false`: presence and expiry from an aggregate over the platform's
 *   token records (oauth_credential: count and latest Expires per Type), and the identity from the
 *   refresh job's last reading on the health row: GlideOAuthClient.getToken is not called (it hands
 *   out the decrypted token values), no token record is loaded and no provider is called (Instance
 *   Scan, src/instance-scan/).
 */
export interface TokenReading {
    readToken: boolean
    tokenValues?: boolean
}

/**
 * Reads one account with its profile, provider, scopes and (when `readToken`) its token state.
 * Records that do not exist become null in the snapshot; the check reports them.
 */
export function readAccountSetup(accountSysId: string, environment: SetupEnvironment, options: TokenReading): SetupSnapshot {
    const snapshot: SetupSnapshot = { ...environment, account: null, profile: null, provider: null, providerScopes: [], profileScopes: [], token: { state: 'not_read' } }
    const account = new GlideRecord('sys_email_account')
    if (!accountSysId || !account.get(accountSysId)) {
        return snapshot
    }
    snapshot.account = fieldsOf<AccountFields>(account, ACCOUNT_FIELDS)
    snapshot.inboxAddress = readInboxAddress(account, environment.inboxAddressField)
    snapshot.connectionSecurity = connectionSecurityOf(account, environment.connectionSecurityField)
    const profileId = account.getValue('oauth_profile')
    const profile = new GlideRecord('oauth_entity_profile')
    if (!profileId || !profile.get(profileId)) {
        return snapshot
    }
    snapshot.profile = fieldsOf<ProfileFields>(profile, PROFILE_FIELDS)
    const providerId = profile.getValue('oauth_entity')
    const provider = new GlideRecord('oauth_entity')
    if (!providerId || !provider.get(providerId)) {
        return snapshot
    }
    snapshot.provider = {
        ...fieldsOf<ProviderFields>(provider, PROVIDER_FIELDS),
        // Only whether a secret is stored: the value never leaves the record.
        client_secret_set: !!provider.getValue('client_secret'),
        // The reference's display value is the script include's name, read without a cross-scope read of sys_script_include.
        oauth_api_script_name: provider.getDisplayValue('oauth_api_script') || null,
    }
    snapshot.credentials = readCredentials(providerId)
    // Not for the refresh job's blocker check (readToken false): no certificate finding blocks a refresh, and the
    // chain costs queries and two store openings per account on every run.
    if (options.readToken) snapshot.certificate = readChain(chainStartOf(profile, provider), new GlideDateTime().getNumericValue())
    snapshot.mailFlow = readMailFlowSnapshot(accountSysId)
    snapshot.providerScopes = readScopes('oauth_entity', providerId)
    snapshot.profileScopes = readProfileScopes(profileId, snapshot.providerScopes)
    // Without the right to read oauth_credential, getToken answers no token: "not authorized" would be false.
    if (options.readToken && environment.access?.user?.canReadTokens !== false) {
        const tokenValues = options.tokenValues !== false
        snapshot.token = tokenValues ? readToken(accountSysId, profileId) : readTokenPresence(accountSysId, profileId)
        snapshot.authorization = readAuthorization(accountSysId, profileId, provider, tokenValues)
    }
    return snapshot
}

/**
 * For the refresh job's `checkAccount` seam (an `AccountSetupCheck`), made once per run: checks one
 * account by sys_id and returns the configuration errors that make a token request for it futile
 * (`blocksRefresh` in FINDING_CODES), in the order to fix them; empty when its token can be
 * refreshed. The job records the first one's code and message as `misconfigured` and skips the
 * token request. Errors that only break authorization or mail are left out on purpose: refreshing
 * keeps a working account working while they are fixed, and the account form's check shows them
 * all. Does not read the token. The instance-wide reads (plugin, active SMTP accounts, the
 * platform's job) happen once per run, at the first account checked, not once per account.
 */
export function refreshBlockerCheck(): (accountSysId: string) => Finding[] {
    let environment: SetupEnvironment | null = null
    return (accountSysId) => {
        if (environment === null) {
            // No token findings come out of this check, so the reauth warning setting is not read (nor warned about).
            environment = readSetupEnvironment({ reauthWarningDays: PROPERTY.reauthWarningDays.default })
        }
        const findings = checkSetup(readAccountSetup(accountSysId, environment, { readToken: false }))
        return findings.filter((finding) => finding.severity === 'error' && FINDING_CODES[finding.code].kind === 'configuration' && FINDING_CODES[finding.code].blocksRefresh)
    }
}

function readScopes(field: 'oauth_entity' | 'sys_id', value: string): ScopeRecord[] {
    const scopes: ScopeRecord[] = []
    const scope = new GlideRecord('oauth_entity_scope')
    scope.addQuery(field, field === 'sys_id' ? 'IN' : '=', value)
    scope.query()
    while (scope.next()) {
        scopes.push(fieldsOf<ScopeRecord>(scope, SCOPE_FIELDS))
    }
    return scopes
}

/** The profile's scope links with the scope records they point to; scopes of other providers are read in one more query. */
function readProfileScopes(profileId: string, providerScopes: ScopeRecord[]): ProfileScopeLink[] {
    const links: ProfileScopeLink[] = []
    const link = new GlideRecord('oauth_entity_profile_scope')
    link.addQuery('oauth_entity_profile', profileId)
    link.query()
    while (link.next()) {
        links.push({ sys_id: link.getValue('sys_id'), oauth_entity_scope: link.getValue('oauth_entity_scope'), scope: null })
    }
    const known = (id: RawValue): ScopeRecord | undefined => providerScopes.find((scope) => scope.sys_id === id)
    const others = links.map((entry) => entry.oauth_entity_scope).filter((id): id is string => !!id && !known(id))
    const otherScopes = others.length > 0 ? readScopes('sys_id', others.join(',')) : []
    for (const entry of links) {
        entry.scope = known(entry.oauth_entity_scope) ?? otherScopes.find((scope) => scope.sys_id === entry.oauth_entity_scope) ?? null
    }
    return links
}

/** The token state for the account's requestor and profile, through getToken (which decrypts); only the tokens' presence and expiries go on. */
function readToken(accountSysId: string, profileSysId: string): TokenSnapshot {
    try {
        const token = new GlideOAuthClient().getToken(accountSysId, profileSysId)
        if (!token) {
            return { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null }
        }
        // getRefreshTokenExpiresIn is in the type declarations but not in ServiceNow's docs: call it only if it is there.
        const refreshExpiresIn = typeof token.getRefreshTokenExpiresIn === 'function' ? token.getRefreshTokenExpiresIn() : null
        return {
            state: 'read',
            hasAccessToken: !!token.getAccessToken(),
            accessTokenExpiresInSeconds: numberOrNull(token.getExpiresIn()),
            hasRefreshToken: !!token.getRefreshToken(),
            refreshTokenExpiresInSeconds: numberOrNull(refreshExpiresIn),
        }
    } catch (error) {
        return { state: 'unreadable', reason: redact(String(error)).slice(0, 200) }
    }
}

/** addAggregate/getAggregate take the field as optional (GlideAggregate - Scoped: COUNT of every row); the typings ask for one. */
const ALL_ROWS = undefined as unknown as string

/**
 * Whether the account's tokens exist, and when they expire, without decrypting them: one aggregate
 * over oauth_credential (docs "Manage OAuth tokens": Type access or refresh token, Expires, the
 * encrypted Token Received) for the account as requestor and its profile, counting rows and taking
 * the latest Expires per Type. No value column is read. The columns linking a token to its
 * requestor (oauth_requestor_profile.requestor_id, .oauth_entity_profile) are how ServiceNow's own
 * scripts query them, not documented: when the instance does not filter by them (an unknown column's
 * condition is ignored, so every token would be counted) the check says it could not read the token
 * (token_unreadable), never "authorized" or "not authorized" (the instance probe confirms the columns).
 */
const REQUESTOR_COLUMN = 'oauth_requestor_profile.requestor_id'

function readTokenPresence(accountSysId: string, profileSysId: string): TokenSnapshot {
    try {
        const tokens = new GlideAggregate('oauth_credential')
        tokens.addQuery(REQUESTOR_COLUMN, '=', accountSysId)
        tokens.addQuery('oauth_requestor_profile.oauth_entity_profile', '=', profileSysId)
        tokens.addAggregate('COUNT', ALL_ROWS)
        tokens.addAggregate('MAX', 'expires')
        tokens.groupBy('type')
        tokens.groupBy(REQUESTOR_COLUMN)
        tokens.query()
        const now = new GlideDateTime().getNumericValue()
        const found: Record<string, number | null> = {}
        while (tokens.next()) {
            // An instance ignores a query condition on a column it does not have and answers every row:
            // a group of another requestor (or none) means the filter did not hold, so nothing is concluded.
            if (tokens.getValue(REQUESTOR_COLUMN) !== accountSysId) return { state: 'unreadable', reason: `the token records do not answer by ${REQUESTOR_COLUMN} on this instance` }
            if (Number(tokens.getAggregate('COUNT', ALL_ROWS)) <= 0) continue
            const expires = tokens.getAggregate('MAX', 'expires')
            const at = expires ? new GlideDateTime(expires).getNumericValue() : NaN
            found[tokens.getValue('type')] = isFinite(at) ? Math.max(0, Math.floor((at - now) / 1000)) : null
        }
        return {
            state: 'read',
            hasAccessToken: 'access_token' in found,
            accessTokenExpiresInSeconds: found.access_token ?? null,
            hasRefreshToken: 'refresh_token' in found,
            refreshTokenExpiresInSeconds: found.refresh_token ?? null,
        }
    } catch (error) {
        return { state: 'unreadable', reason: redact(String(error)).slice(0, 200) }
    }
}

/**
 * GlidePluginManager.isActive is declared (static) in @servicenow/glide's types; if the instance
 * refuses the call in this scope, the state is unknown and the check says so instead of guessing.
 */
function isPluginActive(): boolean | null {
    try {
        return GlidePluginManager.isActive(EMAIL_OAUTH_PLUGIN) === true
    } catch (error) {
        gs.debug(`Email OAuth Manager: GlidePluginManager.isActive('${EMAIL_OAUTH_PLUGIN}') failed: ${redact(String(error))}`)
        return null
    }
}

function fieldsOf<T>(record: GlideRecord, fields: readonly string[]): T {
    const values: { [field: string]: RawValue } = {}
    for (const field of fields) {
        values[field] = record.getValue(field)
    }
    return values as T
}

function numberOrNull(value: unknown): number | null {
    const number = Number(value)
    return value === null || value === undefined || !isFinite(number) ? null : number
}

/** The health row's mail-flow columns (written by the mail-flow job, src/mail-flow/); null when the account has no row yet. */
function readMailFlowSnapshot(accountSysId: string): MailFlowSnapshot | null {
    const row = new GlideRecord(HEALTH_TABLE)
    row.addQuery('email_account', accountSysId)
    row.setLimit(1)
    row.query()
    if (!row.next()) return null
    const value = (field: string) => row.getValue(field) ?? ''
    return {
        mailCode: value('mail_code'),
        mailError: value('mail_error'),
        mailErrorAt: value('mail_error_at'),
        canaryStatus: value('canary_status'),
        canaryLeg: value('canary_leg'),
        canaryCode: value('canary_code'),
        canaryMessage: value('canary_message'),
        // Only for a mailbox the canary reads back: what sees a received email before the app's guard.
        inbound: value('canary_status') === '' ? null : readInboundEmailProcessing(CANARY_ACTION_NAME),
    }
}
