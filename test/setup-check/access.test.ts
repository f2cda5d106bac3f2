/**
 * Rights, as the platform enforces them: oauth_credential (the stored tokens) is readable with role
 * admin only (KB0859525), so a member of "Email OAuth Manager admins" who is not admin reads no token
 * through sn_auth. The check must then say "needs role admin", never "not authorized"; and the job,
 * run as a user without admin, must refresh nothing rather than call every account unauthorized.
 */
import { ADMIN_ROLE, HEALTH_TABLE, PROPERTY, REFRESH_JOB_NAME } from '../../src/common/app.ts'
import { checkSetup } from '../../src/setup-check/checks.ts'
import { readAccountSetup, readSetupEnvironment } from '../../src/setup-check/read-setup.ts'
import { runRefreshJob } from '../../src/token-keeper/job.ts'
import { GlideOAuthClient } from '../stand-ins/sn-auth.ts'
import { platform } from '../stand-ins/platform.ts'
import { actAs, seedWorkingSetup } from './seed.ts'

/** What x_mail_oauth.admin grants: the app role and the two platform roles it contains (fluent/access.now.ts). */
const GROUP_MEMBER_ROLES = [ADMIN_ROLE, 'oauth_admin', 'email_account_admin']

const findingsOf = (accountId: string) => checkSetup(readAccountSetup(accountId, readSetupEnvironment(), { readToken: true }))

beforeEach(() => platform.reset())

describe('a group member who is not admin', () => {
    it('reads no token through sn_auth, as on the instance', () => {
        const setup = seedWorkingSetup()
        expect(new GlideOAuthClient().getToken(setup.imapAccountId, setup.profileId).getAccessToken()).toBeTruthy()
        actAs('jdoe', GROUP_MEMBER_ROLES)
        expect(new GlideOAuthClient().getToken(setup.imapAccountId, setup.profileId).getAccessToken()).toBeFalsy()
    })

    it('is told the check needs role admin for the token, not that the authorized account is not authorized', () => {
        const setup = seedWorkingSetup()
        actAs('jdoe', GROUP_MEMBER_ROLES)
        const findings = findingsOf(setup.imapAccountId)
        expect(findings.map((f) => f.code)).toEqual(['user_needs_role_admin'])
        expect(findings[0].message).toContain('You (jdoe) need role admin')
        expect(findings[0].severity).toBe('warning')
    })

    it('may authorize: no oauth_admin finding, since the group role contains it', () => {
        const setup = seedWorkingSetup()
        actAs('jdoe', GROUP_MEMBER_ROLES)
        expect(findingsOf(setup.imapAccountId).map((f) => f.code)).not.toContain('user_needs_role_oauth_admin')
    })

    it('without the group role is told which role Authorize needs and how to get it', () => {
        const setup = seedWorkingSetup()
        actAs('helpdesk', ['itil'])
        const messages = findingsOf(setup.imapAccountId).map((f) => f.message)
        expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/need role oauth_admin to click Authorize Email Account Access .* add you to the group "Email OAuth Manager admins"/)]))
    })
})

describe("the refresh job's Run as user", () => {
    function setRunAs(userName: string, roles: string[], active = true): void {
        const userId = platform.db.insert('sys_user', { user_name: userName, active })
        for (const role of roles) platform.db.insert('sys_user_has_role', { user: userId, role: platform.db.insert('sys_user_role', { name: role }) })
        const job = platform.db.rows('sysauto_script').find((row) => row.name === REFRESH_JOB_NAME)!
        platform.db.update('sysauto_script', String(job.sys_id), { run_as: userId })
    }

    it('is reported when it lacks admin, naming the user and the role', () => {
        const setup = seedWorkingSetup()
        setRunAs('svc.mail', ['x_mail_oauth.admin'])
        const finding = findingsOf(setup.imapAccountId).find((f) => f.code === 'job_run_as_needs_role_admin')
        expect(finding?.message).toContain('The refresh job runs as "svc.mail", who needs role admin to read and store tokens')
        expect(finding?.severity).toBe('error')
    })

    it('is reported when inactive, and when Run as is empty', () => {
        const setup = seedWorkingSetup()
        setRunAs('former.admin', ['admin'], false)
        expect(findingsOf(setup.imapAccountId).map((f) => f.code)).toContain('job_run_as_inactive')
        const job = platform.db.rows('sysauto_script').find((row) => row.name === REFRESH_JOB_NAME)!
        platform.db.update('sysauto_script', String(job.sys_id), { run_as: '' })
        expect(findingsOf(setup.imapAccountId).map((f) => f.code)).toContain('job_run_as_empty')
    })

    it('without admin makes the job refresh nothing and log what to fix, instead of calling every account unauthorized', () => {
        seedWorkingSetup()
        Object.assign(platform.properties, { [PROPERTY.enabled.name]: 'true' })
        actAs('svc.mail', [ADMIN_ROLE])
        runRefreshJob()
        expect(platform.oauth.requests).toHaveLength(0)
        expect(platform.db.rows(HEALTH_TABLE)).toHaveLength(0)
        expect(platform.events).toHaveLength(0)
        expect(platform.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([expect.stringContaining('runs as "svc.mail", who needs role admin to read and store tokens')])
    })

    it('with admin (as shipped) refreshes as usual', () => {
        seedWorkingSetup()
        Object.assign(platform.properties, { [PROPERTY.enabled.name]: 'true' })
        runRefreshJob()
        expect(platform.db.rows(HEALTH_TABLE)).toHaveLength(2)
    })
})
