/**
 * The entries the Instance Scan checks of "Email OAuth health" call (fluent/instance-scan.now.ts).
 * Thin: they read with the setup check's readers, run the setup check's rules (checkSetup,
 * credentialFindings) and hand the findings to the scan engine; checks.ts decides which check
 * reports which finding.
 *
 * The scan engine's interface (ServiceNow docs, Findings API, `sn_instance_scan`, Australia):
 * a check script gets `engine`; `engine.finding.increment()` counts one occurrence for the current
 * record ("can be called multiple times to signify that this finding has multiple occurrences of a
 * check violation in the current record"); `engine.finding.setCurrentSource(gr)` sets the record a
 * script-only check's finding is about; a table check's source is the scanned record (`current`).
 * `engine.finding.setValue('finding_details', text)` is in the SDK's Instance Scan guide, not in
 * the Findings API page: it is called only when present.
 *
 * The scan never reads a token value (token presence and expiry come from the token records' ids
 * and expiries, the identity from the refresh job's last reading on the health row) and never calls
 * a provider. Whatever fails inside an entry becomes one finding `scan_check_failed` naming the
 * error, never an exception: one failing check does not stop the suite.
 */
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { CREDENTIAL_TABLE, REFRESH_JOB_NAME } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import { daysLeft } from '../credentials/expiry.ts'
import { checkSetup, FINDING_CODES } from '../setup-check/checks.ts'
import type { Finding } from '../setup-check/checks.ts'
import { PLATFORM_REFRESH_JOB_SYS_ID, readAccountSetup, readSetupEnvironment, type SetupEnvironment } from '../setup-check/read-setup.ts'
import { credentialFindings } from '../setup-check/rules/credentials.ts'
import { accountFindingsFor, findingDetails, instanceFindingsFor, SCAN_CHECK_FAILED, type AccountCheck, type InstanceCheck } from './checks.ts'

/** The part of the scan engine's `engine` object a check script uses. */
export interface ScanEngine {
    finding: {
        increment(): void
        setCurrentSource?(source: GlideRecord): void
        setValue?(field: string, value: unknown): void
    }
}

/** A table check runs once per account: the instance-wide reads are reused for this long. */
const ENVIRONMENT_REUSE_MS = 60 * 1000
/** A script-only check's loop over client credential rows stops at this many rows or this much time. */
const MAX_CREDENTIAL_ROWS = 500
const MAX_CHECK_MS = 20 * 1000

let shared: { environment: SetupEnvironment; readAt: number } | null = null

/** Table check entry: the problems of the scanned email account (`current`) that this check reports. */
export function scanEmailAccount(check: AccountCheck, engine: ScanEngine, current: GlideRecord): void {
    guarded(check, engine, () => {
        const findings = checkSetup(readAccountSetup(current.getUniqueValue(), environment(), { readToken: true, tokenValues: false }))
        report(engine, null, `Email account '${current.getValue('name') ?? current.getUniqueValue()}'`, accountFindingsFor(check, findings))
    })
}

/** Script-only check entry: what is the same for every account (plugin, jobs, properties, client credentials). */
export function scanInstance(check: InstanceCheck, engine: ScanEngine): void {
    guarded(check, engine, () => {
        if (check === 'client_credentials') {
            scanClientCredentials(engine)
            return
        }
        // Instance-wide rules run inside checkSetup: over one OAuth account that has a provider, so every one of them is reached.
        const findings = instanceFindingsFor(check, checkSetup(readAccountSetup(probeAccount(), environment(), { readToken: false })))
        if (check === 'refresh_job') report(engine, recordWhere('sysauto_script', 'name', REFRESH_JOB_NAME), `Scheduled job '${REFRESH_JOB_NAME}'`, findings)
        else if (check === 'platform_machinery') report(engine, recordWhere('sysauto_script', 'sys_id', PLATFORM_REFRESH_JOB_SYS_ID), "The platform's email OAuth jobs and properties", findings)
        else report(engine, null, 'Plugin Email OAuth (com.glide.email.oauth)', findings)
    })
}

/** One finding per recorded client secret or certificate that expires within the warning window, naming the mailboxes it stops. */
function scanClientCredentials(engine: ScanEngine): void {
    const startedAt = Date.now()
    const now = new GlideDateTime().getNumericValue()
    const row = new GlideRecord(CREDENTIAL_TABLE)
    row.addQuery('active', true)
    row.orderBy('expires')
    row.setLimit(MAX_CREDENTIAL_ROWS)
    row.query()
    while (row.next() && Date.now() - startedAt < MAX_CHECK_MS) {
        const providerId = row.getValue('provider') ?? ''
        const providerName = row.getDisplayValue('provider') || providerId
        const expires = row.getValue('expires') ?? ''
        const credential = { kind: row.getValue('kind') === 'certificate' ? ('certificate' as const) : ('secret' as const), expires, daysLeft: daysLeft(expires, now), source: row.getValue('source') || undefined }
        const findings: Finding[] = credentialFindings(providerName, [credential], mailboxesOf(providerId)).map((found) => ({ ...found, severity: FINDING_CODES[found.code].severity }))
        report(engine, row, `Client credential of '${providerName}'`, findings)
    }
}

/** Every active OAuth email account of the provider: its mailbox address (or its name), as the credential finding lists them. */
function mailboxesOf(providerId: string): string[] {
    const mailboxes: string[] = []
    if (providerId === '') return mailboxes
    const account = new GlideRecord('sys_email_account')
    account.addQuery('active', true)
    account.addQuery('authentication', 'oauth2')
    account.addQuery('oauth_profile.oauth_entity', providerId)
    account.orderBy('name')
    account.query()
    while (account.next()) mailboxes.push(account.getValue('user_name') || account.getValue('name') || account.getUniqueValue())
    return mailboxes
}

/** The first OAuth email account whose profile names a provider, by name; '' when there is none. */
function probeAccount(): string {
    const account = new GlideRecord('sys_email_account')
    account.addQuery('authentication', 'oauth2')
    account.addNotNullQuery('oauth_profile.oauth_entity')
    account.orderBy('name')
    account.setLimit(1)
    account.query()
    return account.next() ? account.getUniqueValue() : ''
}

function recordWhere(table: string, field: string, value: string): GlideRecord | null {
    const record = new GlideRecord(table)
    return record.get(field, value) ? record : null
}

/** The instance-wide reads, once a minute at most while a table check walks the accounts. */
function environment(): SetupEnvironment {
    const now = new GlideDateTime().getNumericValue()
    if (shared === null || now < shared.readAt || now - shared.readAt > ENVIRONMENT_REUSE_MS) shared = { environment: readSetupEnvironment(), readAt: now }
    return shared.environment
}

/** Nothing when there is nothing wrong; else one finding about `source` (the scanned record when null) counting each problem. */
function report(engine: ScanEngine, source: GlideRecord | null, subject: string, findings: readonly Finding[]): void {
    if (findings.length === 0) return
    if (source !== null && typeof engine.finding.setCurrentSource === 'function') engine.finding.setCurrentSource(source)
    if (typeof engine.finding.setValue === 'function') engine.finding.setValue('finding_details', findingDetails(subject, findings))
    for (let i = 0; i < findings.length; i += 1) engine.finding.increment()
}

function guarded(check: string, engine: ScanEngine, run: () => void): void {
    try {
        run()
    } catch (error) {
        const reason = redact(String(error)).slice(0, 300)
        try {
            gs.warn(`Email OAuth Manager: Instance Scan check ${check} could not run: ${reason}`)
            if (typeof engine.finding.setValue === 'function') {
                engine.finding.setValue('finding_details', `The check ${check} of the suite "Email OAuth health" could not run (${reason}): run Check OAuth setup on the Email Account form for the same findings, and report the error. [${SCAN_CHECK_FAILED}]`)
            }
            engine.finding.increment()
        } catch {
            // The engine itself refused: nothing more this check can do without stopping the suite.
        }
    }
}
