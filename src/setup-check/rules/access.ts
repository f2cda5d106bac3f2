/**
 * Rules about rights: whether the person running the check, and the user the refresh job runs as,
 * hold the platform roles the setup needs. Pure: `src/platform/access.ts` reads the snapshot on the instance.
 *
 * The roles and why (ServiceNow docs and KBs, DOMAIN.md section 9):
 * - `oauth_admin`: *Authorize Email Account Access* and *Test Connection* on the email account form.
 * - `email_account_admin`: creating and editing email accounts.
 * - `admin`: reading and storing tokens (`oauth_credential`). KB0859525: the platform's own refresh job
 *   fails with "can't read table oauth_credential" once its run-as user loses admin, which is why that
 *   job runs as an admin user (KB0816072). A user without it reads no token, so a check run by them
 *   must say "needs role admin", never "not authorized".
 * `x_mail_oauth.admin` contains the first two (fluent/access.now.ts), not admin.
 */
import { ADMIN_ROLE, REFRESH_JOB_NAME, ROLE } from '../../common/app.ts'
import type { AccessSnapshot } from '../../platform/access.ts'

export const ACCESS_FINDING_CODES = {
    user_needs_role_admin: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    user_needs_role_oauth_admin: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    job_not_found: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    job_run_as_empty: { severity: 'warning', kind: 'configuration', blocksRefresh: false },
    job_run_as_inactive: { severity: 'error', kind: 'configuration', blocksRefresh: false },
    job_run_as_needs_role_admin: { severity: 'error', kind: 'configuration', blocksRefresh: false },
} as const

export type AccessFindingCode = keyof typeof ACCESS_FINDING_CODES

type Add = (code: AccessFindingCode, field: string, message: string) => void

const JOB_FORM = `Scheduled Script Execution form of "${REFRESH_JOB_NAME}" (System Definition > Scheduled Jobs)`
const GROUP = 'Email OAuth Manager admins'

export function checkAccess(access: AccessSnapshot | null | undefined, add: Add): void {
    if (!access || typeof access !== 'object') return
    const user = access.user
    if (user && user.canReadTokens === false) {
        add(
            'user_needs_role_admin',
            'sys_user_has_role.role',
            `You (${user.name || 'this user'}) need role ${ROLE.tokens} to read the account's stored token (oauth_credential, KB0859525), so this check did not look at the token: see the account's row in the Token health list (Email OAuth Manager > Token health), which the refresh job writes, or ask an admin to run the check. This is a missing right, not a missing authorization.`,
        )
    }
    if (user && user.hasAuthorizeRole === false) {
        add(
            'user_needs_role_oauth_admin',
            'sys_user_has_role.role',
            `You (${user.name || 'this user'}) need role ${ROLE.authorize} to click Authorize Email Account Access or Test Connection on the Email Account form: ask an admin to add you to the group "${GROUP}" (its role ${ADMIN_ROLE} contains ${ROLE.authorize} and ${ROLE.emailAccounts}).`,
        )
    }
    const job = access.job
    if (!job) return
    if (!job.found) {
        add('job_not_found', 'sysauto_script', `The scheduled job "${REFRESH_JOB_NAME}" was not found in System Definition > Scheduled Jobs, so no token is refreshed: reinstall the app (System Applications > My Company Applications).`)
        return
    }
    if (job.runAs === '') {
        add('job_run_as_empty', 'sysauto_script.run_as', `Run as is empty on the ${JOB_FORM}: set it to a user with role ${ROLE.tokens} (the platform's own "Refresh email access token" job runs as an admin user), or the job may not read or store tokens (KB0859525).`)
    } else if (job.runAsActive === false) {
        add('job_run_as_inactive', 'sysauto_script.run_as', `The refresh job runs as "${job.runAs}", who is inactive or no longer exists, so it cannot read or store tokens: on the ${JOB_FORM}, set Run as to an active user with role ${ROLE.tokens}.`)
    } else if (job.runAsCanReadTokens === false) {
        add('job_run_as_needs_role_admin', 'sysauto_script.run_as', `The refresh job runs as "${job.runAs}", who needs role ${ROLE.tokens} to read and store tokens (oauth_credential, KB0859525); without it every account looks unauthorized and no token is kept: give that user ${ROLE.tokens}, or set Run as on the ${JOB_FORM} to a user who has it.`)
    }
}
