import { HEALTH_TABLE } from '../../../src/common/app.ts'
import { GOOGLE } from '../../../src/providers.ts'
import { checkSetup, FINDING_CODES } from '../../../src/setup-check/checks.ts'
import { PLATFORM_REFRESH_JOB_SYS_ID, readAccountSetup, readSetupEnvironment } from '../../../src/setup-check/read-setup.ts'
import { authorizationFindings } from '../../../src/setup-check/rules/authorization.ts'
import { CLEANUP_PROPERTY, platformFindings, type PlatformSnapshot } from '../../../src/setup-check/rules/platform.ts'
import { platform } from '../../stand-ins/platform.ts'
import { restPlatform } from '../../stand-ins/sn-ws.ts'
import { fakeJwt } from '../../token-keeper/tokens.ts'
import { microsoftImap } from '../fixtures.ts'
import { seedWorkingSetup } from '../seed.ts'

beforeEach(() => {
    platform.reset()
    restPlatform.reset()
})

const AUTHORIZED = { state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 3000, hasRefreshToken: true, refreshTokenExpiresInSeconds: 80 * 86400 } as const
const noAuthorizationFlags = { identitySource: 'token' as const, acceptedDelegate: '', testingModeSuspected: false }

describe('who authorized the account, in the setup check', () => {
    it('reports identity_mismatch as an error that never stops the refresh, with the private-window fix', () => {
        const snapshot = { ...microsoftImap(), token: AUTHORIZED, authorization: { ...noAuthorizationFlags, identity: 'admin@contoso.com' } }
        const found = checkSetup(snapshot).filter((f) => f.code === 'identity_mismatch')
        expect(found).toHaveLength(1)
        expect(found[0].severity).toBe('error')
        expect(found[0].message).toContain('private (incognito) browser window')
        expect(FINDING_CODES.identity_mismatch).toMatchObject({ kind: 'token', blocksRefresh: false })
    })

    it('is silent for the mailbox itself and for an unknown identity; says so for an accepted delegate', () => {
        const mailbox = String(microsoftImap().account?.user_name)
        expect(authorizationFindings('Support', mailbox, { ...noAuthorizationFlags, identity: mailbox.toUpperCase() }, true)).toEqual([])
        expect(authorizationFindings('Support', mailbox, { ...noAuthorizationFlags, identity: null }, true)).toEqual([])
        const delegate = authorizationFindings('Support', mailbox, { ...noAuthorizationFlags, identity: 'helper@contoso.com', acceptedDelegate: 'helper@contoso.com' }, true)
        expect(delegate.map((f) => f.code)).toEqual(['identity_delegate'])
    })

    it('judges no identity without a token, and reports the testing-mode pattern recorded by the job', () => {
        expect(authorizationFindings('Support', 'a@b.com', { ...noAuthorizationFlags, identity: 'x@b.com' }, false)).toEqual([])
        const found = authorizationFindings('Gmail', 'a@gmail.com', { ...noAuthorizationFlags, identity: null, testingModeSuspected: true }, true)
        expect(found.map((f) => f.code)).toEqual(['google_testing_mode'])
        expect(found[0].message).toContain('Publish app')
    })

    it('reads the identity from the token on the form click, and the delegate from the health row', () => {
        const setup = seedWorkingSetup()
        platform.oauth.setToken(setup.imapAccountId, setup.profileId, {
            accessToken: fakeJwt({ upn: 'admin@contoso.com' }),
            accessExpiresInSeconds: 3000,
            refreshToken: 'refresh-value-1234567890',
            refreshExpiresInSeconds: 80 * 86400,
        })
        const codes = () => checkSetup(readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })).map((f) => f.code)
        expect(codes()).toContain('identity_mismatch')
        platform.db.insert(HEALTH_TABLE, { email_account: setup.imapAccountId, accepted_delegate: 'admin@contoso.com' })
        expect(codes()).not.toContain('identity_mismatch')
        expect(codes()).toContain('identity_delegate')
    })

    it("asks Google on the form click only when the job has no reading yet", () => {
        const setup = seedWorkingSetup()
        platform.db.update('oauth_entity', setup.providerId, { name: GOOGLE.entityName })
        restPlatform.transport = () => ({ status: 200, body: '{"emailAddress":"imap@contoso.com"}' })
        expect(readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true }).authorization?.identity).toBe('imap@contoso.com')
        expect(restPlatform.calls).toHaveLength(1)
        platform.db.insert(HEALTH_TABLE, { email_account: setup.imapAccountId, authorized_identity: 'imap@contoso.com', identity_status: 'match' })
        readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })
        expect(restPlatform.calls).toHaveLength(1)
    })

    it("falls back to the job's last reading when the token names nobody now", () => {
        const setup = seedWorkingSetup()
        platform.db.insert(HEALTH_TABLE, { email_account: setup.imapAccountId, authorized_identity: 'someone.else@contoso.com', identity_status: 'mismatch' })
        const snapshot = readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true })
        expect(snapshot.authorization).toMatchObject({ identity: 'someone.else@contoso.com', identitySource: 'health row' })
    })
})

describe("the platform's own jobs, in the setup check", () => {
    const base: PlatformSnapshot = { refreshJobActive: true, refreshJobRunAs: { userName: 'mail.integration', active: true, hasAdmin: true }, expiredCredentialHoursKept: null, oldCredentialDaysKept: null }

    it("flags the built-in refresh job's run-as user without admin, or inactive, with the fix (KB0859525)", () => {
        expect(platformFindings(base)).toEqual([])
        const noAdmin = platformFindings({ ...base, refreshJobRunAs: { userName: 'jdoe', active: true, hasAdmin: false } })
        expect(noAdmin.map((f) => f.code)).toEqual(['platform_refresh_job_run_as_not_admin'])
        expect(noAdmin[0].message).toContain('KB0859525')
        expect(noAdmin[0].message).toContain('set Run as to an active user with the admin role')
        expect(platformFindings({ ...base, refreshJobRunAs: { userName: 'jdoe', active: false, hasAdmin: true } })[0].message).toContain('is inactive')
        expect(platformFindings({ ...base, refreshJobActive: false, refreshJobRunAs: { userName: 'jdoe', active: true, hasAdmin: false } })).toEqual([])
        expect(platformFindings({ ...base, refreshJobRunAs: null })).toEqual([])
    })

    it('flags cleanup properties that let an outage delete tokens (KB1380167), and leaves unset ones alone', () => {
        const found = platformFindings({ ...base, expiredCredentialHoursKept: '1', oldCredentialDaysKept: '2' })
        expect(found.map((f) => f.field)).toEqual([`sys_properties.${CLEANUP_PROPERTY.hoursExpiredKept}`, `sys_properties.${CLEANUP_PROPERTY.daysOldKept}`])
        expect(found[0].message).toContain('KB1380167')
        expect(platformFindings({ ...base, expiredCredentialHoursKept: '72', oldCredentialDaysKept: '30' })).toEqual([])
        expect(platformFindings({ ...base, expiredCredentialHoursKept: 'abc' })).toEqual([])
    })

    it('reads the run-as user, its admin role and the properties on the instance; none of it stops a refresh', () => {
        const setup = seedWorkingSetup()
        const userId = platform.db.insert('sys_user', { user_name: 'jdoe', active: true })
        const itilRole = platform.db.insert('sys_user_role', { name: 'itil' })
        platform.db.insert('sys_user_has_role', { user: userId, role: itilRole })
        platform.db.update('sysauto_script', PLATFORM_REFRESH_JOB_SYS_ID, { active: true, run_as: userId })
        platform.properties[CLEANUP_PROPERTY.hoursExpiredKept] = '4'
        const findings = checkSetup(readAccountSetup(setup.imapAccountId, readSetupEnvironment(), { readToken: true }))
        expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['platform_refresh_job_run_as_not_admin', 'oauth_credential_cleanup_too_soon']))
        for (const f of findings.filter((x) => x.code.startsWith('platform_refresh_job_run') || x.code.startsWith('oauth_credential'))) {
            expect(FINDING_CODES[f.code].blocksRefresh).toBe(false)
        }
        const adminRole = platform.db.insert('sys_user_role', { name: 'admin' })
        platform.db.insert('sys_user_has_role', { user: userId, role: adminRole })
        expect(readSetupEnvironment().platform?.refreshJobRunAs).toEqual({ userName: 'jdoe', active: true, hasAdmin: true })
    })
})
