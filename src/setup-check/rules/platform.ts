/**
 * Setup-check rules on the platform's own machinery around email OAuth, which this app does not
 * own but which can stop mail: the built-in "Refresh email access token" job's run-as user, and the
 * expired-credential cleanup. Pure: the snapshot's `platform` part (read-setup.ts) in, findings
 * out. None of them stops this app's refreshes. Registered from checkSetup in checks.ts.
 */
import type { FindingSpec, RuleFinding as Finding } from '../finding.ts'

export interface PlatformSnapshot {
    /** The built-in job's Run as user; null when the job or its run-as could not be read. */
    refreshJobRunAs: { userName: string; active: boolean; hasAdmin: boolean } | null
    /** Whether the built-in job is active (null when not found). */
    refreshJobActive: boolean | null
    /** com.snc.platform.security.oauth.hours.expired.credential.is.kept as read (null when not set). */
    expiredCredentialHoursKept: string | null
    /** com.snc.platform.security.oauth.day.old.credential.is.kept as read (null when not set). */
    oldCredentialDaysKept: string | null
}

export const CLEANUP_PROPERTY = {
    hoursExpiredKept: 'com.snc.platform.security.oauth.hours.expired.credential.is.kept',
    daysOldKept: 'com.snc.platform.security.oauth.day.old.credential.is.kept',
} as const

/** A provider outage over a weekend must not let the cleanup delete tokens: at least this long. */
export const MIN_HOURS_EXPIRED_KEPT = 72
export const MIN_DAYS_OLD_KEPT = 7

export const PLATFORM_REFRESH_JOB_NAME = 'Refresh email access token'

/** The codes of these rules, spread into the one catalogue FINDING_CODES (checks.ts). */
export const PLATFORM_FINDING_CODES = {
    platform_refresh_job_run_as_not_admin: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    oauth_credential_cleanup_too_soon: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
} as const satisfies { [code: string]: FindingSpec }

type RuleFinding = Finding<'platform_refresh_job_run_as_not_admin' | 'oauth_credential_cleanup_too_soon'>

export function platformFindings(platform: PlatformSnapshot | null | undefined): RuleFinding[] {
    if (!platform || typeof platform !== 'object') return []
    const findings: RuleFinding[] = []
    const runAs = platform.refreshJobRunAs
    if (platform.refreshJobActive === true && runAs && (!runAs.active || !runAs.hasAdmin)) {
        const why = !runAs.active ? 'is inactive' : 'does not have the admin role'
        findings.push({
            code: 'platform_refresh_job_run_as_not_admin',
            field: 'sysauto_script.run_as',
            message:
                `The platform's scheduled job "${PLATFORM_REFRESH_JOB_NAME}" runs as ${runAs.userName}, who ${why}, so it fails with "can't read table oauth_credential" (KB0859525). ` +
                `This app's own job keeps refreshing, but the platform's does not: open System Definition > Scheduled Jobs > "${PLATFORM_REFRESH_JOB_NAME}" and set Run as to an active user with the admin role, or deactivate that job.`,
        })
    }
    const hours = wholeNumber(platform.expiredCredentialHoursKept)
    if (hours !== null && hours < MIN_HOURS_EXPIRED_KEPT) {
        findings.push(cleanupFinding(CLEANUP_PROPERTY.hoursExpiredKept, `${hours} hours`, `${MIN_HOURS_EXPIRED_KEPT}`))
    }
    const days = wholeNumber(platform.oldCredentialDaysKept)
    if (days !== null && days < MIN_DAYS_OLD_KEPT) {
        findings.push(cleanupFinding(CLEANUP_PROPERTY.daysOldKept, `${days} days`, `${MIN_DAYS_OLD_KEPT}`))
    }
    return findings
}

function cleanupFinding(property: string, kept: string, minimum: string): RuleFinding {
    return {
        code: 'oauth_credential_cleanup_too_soon',
        field: `sys_properties.${property}`,
        message:
            `System property ${property} is ${kept}: when a provider outage keeps tokens from refreshing for longer than that, the platform's "Clean Expired OAuth Credentials" job deletes them and every affected mailbox needs authorizing again (KB1380167). ` +
            `In System Properties (sys_properties.list), delete the property or set it to at least ${minimum}.`,
    }
}

function wholeNumber(value: string | null | undefined): number | null {
    if (value === null || value === undefined) return null
    const text = String(value).trim()
    return /^-?\d+$/.test(text) ? parseInt(text, 10) : null
}
