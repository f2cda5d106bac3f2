/**
 * Reads who may do what, for the setup check's access rules (src/setup-check/rules/access.ts), the
 * refresh job's guard and the overview page: one reader of platform rights that every room uses.
 * Thin: GlideRecord and gs only. A read the instance refuses becomes "unknown" (null), never a
 * finding on its own.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../common/redact.ts'
import { REFRESH_JOB_NAME, ROLE } from '../common/app.ts'
import { isTrue } from '../common/fields.ts'

export interface AccessSnapshot {
    /** The user running the check, and whether they hold each role; null when it could not be read. */
    user: { name: string; hasAuthorizeRole: boolean | null; canReadTokens: boolean | null } | null
    /** The app's refresh job: who it runs as and whether that user can read and store tokens. */
    job: {
        found: boolean
        /** The Run as user's name; '' when Run as is empty. */
        runAs: string
        /** Whether the Run as user exists and is active; null when Run as is empty or unknown. */
        runAsActive: boolean | null
        /** Whether the Run as user holds admin; null when unknown. */
        runAsCanReadTokens: boolean | null
    } | null
}

/**
 * Whether the running user may read the platform's stored tokens. oauth_credential is guarded by the
 * platform's ACLs (admin, KB0859525); GlideRecord.canRead() answers for this user. If the check itself
 * is refused, fall back to the role the KB names.
 */
export function canReadTokens(): boolean {
    try {
        return new GlideRecord('oauth_credential').canRead()
    } catch {
        return gs.hasRole(ROLE.tokens)
    }
}

export function readUserAccess(): AccessSnapshot['user'] {
    try {
        return { name: String(gs.getUserName() ?? ''), hasAuthorizeRole: gs.hasRole(ROLE.authorize), canReadTokens: canReadTokens() }
    } catch (error) {
        gs.debug(`Email OAuth Manager: could not read the current user's roles: ${redact(String(error))}`)
        return null
    }
}

/** The app's refresh job and its Run as user (3 queries at most). */
export function readJobAccess(): AccessSnapshot['job'] {
    try {
        const job = new GlideRecord('sysauto_script')
        job.addQuery('name', REFRESH_JOB_NAME)
        job.setLimit(1)
        job.query()
        if (!job.next()) return { found: false, runAs: '', runAsActive: null, runAsCanReadTokens: null }
        const runAsId = job.getValue('run_as') ?? ''
        if (runAsId === '') return { found: true, runAs: '', runAsActive: null, runAsCanReadTokens: null }
        const user = readRunAsUser(runAsId)
        if (user === null) return { found: true, runAs: runAsId, runAsActive: false, runAsCanReadTokens: null }
        return { found: true, runAs: user.userName, runAsActive: user.active, runAsCanReadTokens: user.canReadTokens }
    } catch (error) {
        gs.debug(`Email OAuth Manager: could not read the refresh job's Run as user: ${redact(String(error))}`)
        return null
    }
}

/**
 * A scheduled job's Run as user: its name, whether it is active, and whether it holds the role that
 * reads and stores tokens (KB0859525); null when no such user exists. Two queries.
 */
export function readRunAsUser(userId: string): { userName: string; active: boolean; canReadTokens: boolean } | null {
    const user = new GlideRecord('sys_user')
    if (!user.get(userId)) return null
    const grant = new GlideRecord('sys_user_has_role')
    grant.addQuery('user', userId)
    grant.addQuery('role.name', ROLE.tokens)
    grant.setLimit(1)
    grant.query()
    return { userName: user.getValue('user_name') ?? userId, active: isTrue(user.getValue('active')), canReadTokens: grant.hasNext() }
}

/**
 * The refresh job's guard: a run whose user cannot read tokens would see every account as never
 * authorized and alert falsely, so it logs what to fix and refreshes nothing. Returns true to run.
 */
export function refreshJobMayRun(): boolean {
    if (canReadTokens()) return true
    safeError(
        () =>
            `Email OAuth Manager: the refresh job runs as "${String(gs.getUserName())}", who needs role ${ROLE.tokens} to read and store tokens (oauth_credential, KB0859525): ` +
            `nothing was refreshed. Set Run as on "${REFRESH_JOB_NAME}" (System Definition > Scheduled Jobs) to a user with ${ROLE.tokens}; Check OAuth setup reports it as job_run_as_needs_role_admin.`,
    )
    return false
}

/**
 * The same guard for a refresh-queue worker (the Script Action on the refresh batch event): it runs
 * as the user the event processor gives it, and without the role it would alert falsely too. Its
 * accounts stay with the scheduled job, which reaches them or marks them at risk.
 */
export function refreshWorkerMayRun(): boolean {
    if (canReadTokens()) return true
    safeError(
        () =>
            `Email OAuth Manager: a refresh-queue worker runs as "${String(gs.getUserName())}", who needs role ${ROLE.tokens} to read and store tokens (oauth_credential, KB0859525): ` +
            `it refreshed nothing and its accounts stay with "${REFRESH_JOB_NAME}". Give the user the Script Action runs as role ${ROLE.tokens}, or set x_mail_oauth.refresh_workers to 0.`,
    )
    return false
}

function safeError(message: () => string): void {
    try {
        gs.error(message())
    } catch {
        // The job must not throw; the setup check reports the same cause.
    }
}
