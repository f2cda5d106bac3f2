/**
 * The ATF test "setup check on a broken account": creates email accounts that are wrong on
 * purpose, runs the setup check on each exactly as the account form's *Check OAuth setup* and the
 * refresh job do, and hands back the finding codes. ATF rolls back the records a test creates, so
 * the accounts vanish after the run. The accounts are inactive (nothing tries to log in with them)
 * and break the setup before it reaches any provider, so the codes do not depend on how this
 * instance's providers are filled in.
 */
import { GlideRecord } from '@servicenow/glide'
import { insertRecord } from '../common/writes.ts'
import { checkSetup, firstRefreshBlocker } from '../setup-check/checks.ts'
import { readAccountSetup, readSetupEnvironment, refreshBlockerCheck } from '../setup-check/read-setup.ts'
import { ACCESS_FINDING_CODES } from '../setup-check/rules/access.ts'
import { SCAN_CHECK_NAME, SCAN_SUITE_NAME } from '../instance-scan/checks.ts'
import { scanEmailAccount } from '../instance-scan/entries.ts'

/** A sys_id no record has: the reference of an OAuth profile that was deleted. */
const DELETED_PROFILE_SYS_ID = '0123456789abcdef0123456789abcdef'

/**
 * Findings about the instance rather than the account (the plugin state as a scoped script may
 * read it, who runs the check and the refresh jobs, the platform's own refresh job and credential
 * cleanup): left out, so the codes asserted are the account's alone, whatever this instance's state.
 */
const INSTANCE_CODES: string[] = [
    'plugin_inactive',
    'plugin_state_unknown',
    'platform_refresh_job_active',
    'platform_refresh_job_run_as_not_admin',
    'oauth_credential_cleanup_too_soon',
    ...Object.keys(ACCESS_FINDING_CODES),
]

export const BROKEN_ACCOUNTS = {
    /** IMAP, never finished: the placeholder mailbox, no server, a port that is not a number, no OAuth profile. */
    imapWithoutProfile: {
        name: 'ATF Email OAuth Manager: IMAP without profile',
        type: 'imap',
        authentication: 'oauth2',
        active: false,
        user_name: 'mailbox@example.com',
        server: '',
        port: 'imaps',
        enable_ssl: true,
    },
    /** SMTP on the IMAP port, a user name that is not an address, and a profile that was deleted. */
    smtpWithDeletedProfile: {
        name: 'ATF Email OAuth Manager: SMTP with deleted profile',
        type: 'smtp',
        authentication: 'oauth2',
        active: false,
        user_name: 'helpdesk',
        server: 'smtp.office365.com',
        port: '993',
        enable_tls: true,
        oauth_profile: DELETED_PROFILE_SYS_ID,
    },
} as const

export type BrokenAccountName = keyof typeof BROKEN_ACCOUNTS

export interface BrokenAccountCheck {
    /** The codes of the account form's check, in the order it reports them. */
    codes: string[]
    /** The code the refresh job would record as `misconfigured` (its first blocking finding), or null. */
    refreshBlocker: string | null
    /** What the refresh job's own seam returns for the account: the codes that stop its token requests. */
    jobBlockers: string[]
}

/** Creates the account and checks it; throws with what to do when the instance refuses the insert. */
export function checkBrokenAccount(name: BrokenAccountName): BrokenAccountCheck {
    const sysId = insertAccount(BROKEN_ACCOUNTS[name])
    const findings = checkSetup(readAccountSetup(sysId, readSetupEnvironment(), { readToken: true })).filter(
        (finding) => INSTANCE_CODES.indexOf(finding.code) < 0,
    )
    const blocker = firstRefreshBlocker(findings)
    return {
        codes: findings.map((finding) => finding.code),
        refreshBlocker: blocker === null ? null : blocker.code,
        jobBlockers: refreshBlockerCheck()(sysId).map((finding) => finding.code),
    }
}

export interface BrokenAccountScan {
    /** The installed table check "Email OAuth: mailbox setup stops mail" is active and a member of the suite "Email OAuth health". */
    checkInstalled: boolean
    /** How often the check counted a problem on the account (engine.finding.increment()). */
    count: number
    /** The codes of the finding's details, in order. */
    codes: string[]
}

/**
 * The scan check "Email OAuth: mailbox setup stops mail" on a broken account: the installed check
 * record and its suite membership are read, then its entry runs on the account with an `engine`
 * that records what the scan engine would (increment, setValue), as the check's script calls it.
 */
export function scanBrokenAccount(name: BrokenAccountName): BrokenAccountScan {
    const check = new GlideRecord('scan_table_check')
    const found = check.get('name', SCAN_CHECK_NAME.account_errors) && check.getValue('active') !== '0' && check.getValue('active') !== 'false'
    const suite = new GlideRecord('scan_check_suite')
    const suiteFound = suite.get('name', SCAN_SUITE_NAME)
    const member = new GlideRecord('scan_check_suite_check')
    member.addQuery('check', check.getUniqueValue())
    member.addQuery('suite', suite.getUniqueValue())
    member.query()
    const account = new GlideRecord('sys_email_account')
    account.get(insertAccount(BROKEN_ACCOUNTS[name]))
    const recorded = { count: 0, details: '' }
    const engine = {
        finding: {
            increment: () => {
                recorded.count += 1
            },
            setValue: (field: string, value: unknown) => {
                if (field === 'finding_details') recorded.details = String(value)
            },
        },
    }
    scanEmailAccount('account_errors', engine, account)
    const codes = recorded.details
        .split('\n')
        .map((line) => /\[([a-z0-9_]+)\]$/.exec(line)?.[1] ?? '')
        .filter((code) => code !== '')
    return { checkInstalled: found && suiteFound && member.hasNext(), count: recorded.count, codes }
}

function insertAccount(fields: Readonly<Record<string, string | boolean>>): string {
    const account = new GlideRecord('sys_email_account')
    account.initialize()
    for (const field of Object.keys(fields)) account.setValue(field, fields[field])
    const inserted = insertRecord(account, `the test email account "${String(fields.name)}"`)
    if (!inserted.ok) throw new Error(`${inserted.message} Then run the test again.`)
    return inserted.sysId
}
