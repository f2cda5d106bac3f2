import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { ADMIN_USER_SYS_ID } from '../src/common/app.ts'
import { runRefreshJob } from '../src/token-keeper/job.ts'

/*
 * Run as the instance's admin user, like the platform's own "Refresh email access token" job: reading
 * and storing tokens (oauth_credential) needs role admin (KB0859525). With Run as empty the job's
 * rights are not the admin's to rely on. Check OAuth setup reports a Run as user without admin
 * (job_run_as_needs_role_admin); the job itself then refreshes nothing and logs why. The job is
 * written by every upgrade (its script names the version's module), Run as included.
 */

export const refreshJob = ScheduledScript({
    $id: Now.ID['refresh-job'],
    name: 'Email OAuth Manager: refresh email access tokens',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 3 },
    executionStart: '2024-01-01 00:00:00',
    timeZone: 'UTC',
    runAs: ADMIN_USER_SYS_ID,
    script: runRefreshJob,
})
