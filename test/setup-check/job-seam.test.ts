/**
 * The setup check wired into the token keeper's job through its `checkAccount` seam, as the lead
 * wires it: a setup whose token request cannot succeed is recorded as misconfigured with the
 * check's code and message and costs no token request; fixing the form lets refreshing resume; an
 * error that does not touch the token request never stops refreshing.
 */
import { HEALTH_TABLE, STATUS } from '../../src/common/app.ts'
import { refreshBlockerCheck } from '../../src/setup-check/read-setup.ts'
import { refreshAccounts } from '../../src/token-keeper/job.ts'
import { platform, type Row } from '../stand-ins/platform.ts'
import { CLIENT_ID } from './fixtures.ts'
import { CLIENT_SECRET, seedAccount, seedEnvironment, seedMicrosoftProvider } from './seed.ts'

function healthOf(accountId: string): Row {
    const row = platform.db.rows(HEALTH_TABLE).find((candidate) => candidate.email_account === accountId)
    expect(row).toBeDefined()
    return row as Row
}

/** An authorized account whose token is due for a refresh, at a provider that knows the client. */
function seedDueAccount(): { accountId: string; providerId: string } {
    seedEnvironment()
    const { providerId, profileId } = seedMicrosoftProvider()
    platform.oauth.provider.registerClient(CLIENT_ID, CLIENT_SECRET)
    const accountId = seedAccount(profileId, 'imap', 'Support inbox', false)
    platform.oauth.authorize(accountId, profileId)
    platform.clock.advanceSeconds(3500)
    return { accountId, providerId }
}

beforeEach(() => platform.reset())

it('records a missing client secret as misconfigured, makes no token request, and resumes once it is typed in', () => {
    const { accountId, providerId } = seedDueAccount()
    platform.db.update('oauth_entity', providerId, { client_secret: '' })
    refreshAccounts({ checkAccount: refreshBlockerCheck() })
    expect(healthOf(accountId)).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'client_secret_missing' })
    expect(String(healthOf(accountId).last_error)).toMatch(/^Client Secret is empty on the Application Registry form of "Microsoft 365 Email"/)
    expect(platform.oauth.requests).toHaveLength(0)

    platform.db.update('oauth_entity', providerId, { client_secret: CLIENT_SECRET })
    platform.clock.advanceSeconds(180)
    refreshAccounts({ checkAccount: refreshBlockerCheck() })
    expect(healthOf(accountId).status).toBe(STATUS.ok)
    expect(platform.oauth.requests).toHaveLength(1)
})

it('keeps refreshing an account whose redirect URL and port are wrong', () => {
    const { accountId, providerId } = seedDueAccount()
    platform.db.update('oauth_entity', providerId, { redirect_url: 'https://old-instance.service-now.com/oauth_redirect.do' })
    platform.db.update('sys_email_account', accountId, { port: 143 })
    refreshAccounts({ checkAccount: refreshBlockerCheck() })
    expect(healthOf(accountId).status).toBe(STATUS.ok)
    expect(platform.oauth.requests).toHaveLength(1)
})
