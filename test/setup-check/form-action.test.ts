/**
 * The "Check OAuth setup" UI actions through the Glide stand-ins, called the way the generated glue
 * calls them (`fn(current, action)`): the form messages, their order and the redirect.
 */
import { checkOAuthSetupOnAccountForm, checkOAuthSetupOnProviderForm } from '../../src/setup-check/form-action.ts'
import { PLATFORM_REFRESH_JOB_SYS_ID } from '../../src/setup-check/read-setup.ts'
import { action, GlideRecord } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { ACCESS_TOKEN, CLIENT_SECRET, REFRESH_TOKEN, seedAccount, seedEnvironment, seedMicrosoftProvider, seedWorkingSetup } from './seed.ts'

type UiActionEntry = typeof checkOAuthSetupOnAccountForm

/** Runs a UI action entry on a record as the platform would: `current` loaded, the shared `action` object. */
function click(entry: UiActionEntry, table: string, sysId: string): void {
    const current = new GlideRecord(table)
    expect(current.get(sysId)).toBe(true)
    entry(current as unknown as Parameters<UiActionEntry>[0], action as unknown as Parameters<UiActionEntry>[1])
}

/** Form messages with the finding codes' brackets kept, messages shortened to their code or summary. */
function shown(): string[] {
    return platform.formMessages.map(({ type, message }) => `${type}: ${/\[([a-z0-9_]+)\]$/.exec(message)?.[1] ?? message}`)
}

beforeEach(() => platform.reset())

describe('Check OAuth setup on the Email Account form', () => {
    it('says a working account is fine, in one info message, and returns to the form', () => {
        const { imapAccountId } = seedWorkingSetup()
        click(checkOAuthSetupOnAccountForm, 'sys_email_account', imapAccountId)
        expect(platform.formMessages).toEqual([{ type: 'info', message: 'No problems found: the OAuth setup of "Support inbox" is complete' }])
        expect(platform.action.redirectURL).toBe(`sys_email_account.do?sys_id=${imapAccountId}`)
    })

    it('shows errors as error messages first, then warnings and notes as info messages, then the summary', () => {
        const { imapAccountId, providerId } = seedWorkingSetup()
        platform.db.update('sysauto_script', PLATFORM_REFRESH_JOB_SYS_ID, { active: true })
        platform.db.update('oauth_entity', providerId, {
            client_secret: '',
            auth_url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
            token_url: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
            refresh_token_lifespan: 8640000,
        })
        platform.db.update('sys_email_account', imapAccountId, { port: 143 })
        click(checkOAuthSetupOnAccountForm, 'sys_email_account', imapAccountId)
        expect(shown()).toEqual([
            'error: client_secret_missing',
            'error: port_mismatch',
            'info: shared_tenant',
            'info: refresh_token_lifespan_too_long',
            'info: platform_refresh_job_active',
            'error: 2 errors, 2 warnings: mail will stop at the next token refresh',
        ])
        expect(platform.formMessages[0].message).toMatch(/^Client Secret is empty on the Application Registry form of "Microsoft 365 Email": type the secret's value/)
        expect(platform.action.redirectURL).toBe(`sys_email_account.do?sys_id=${imapAccountId}`)
    })

    it('reports a password account and stops there', () => {
        const { smtpAccountId } = seedWorkingSetup()
        platform.db.update('sys_email_account', smtpAccountId, { authentication: 'password' })
        click(checkOAuthSetupOnAccountForm, 'sys_email_account', smtpAccountId)
        // A password at a Microsoft server also stops at the Basic-auth cut-off (rules/basic-auth.ts).
        expect(shown()).toEqual(['error: not_oauth2', 'info: basic_auth_cutoff', 'error: 1 error, 1 warning: the account does not use OAuth2, so its OAuth setup was not checked further'])
    })

    it('with warnings only, says mail works', () => {
        const { imapAccountId, profileId } = seedWorkingSetup()
        platform.oauth.setToken(imapAccountId, profileId, { accessToken: ACCESS_TOKEN, accessExpiresInSeconds: 3000, refreshToken: REFRESH_TOKEN, refreshExpiresInSeconds: 3 * 86400 })
        click(checkOAuthSetupOnAccountForm, 'sys_email_account', imapAccountId)
        expect(shown()).toEqual(['info: reauth_due', 'info: 1 warning, no errors: mail works; the warnings say what will need care'])
    })

    it('never puts a secret or a token in a form message or a log line', () => {
        const { imapAccountId, providerId } = seedWorkingSetup()
        platform.db.update('oauth_entity', providerId, { client_id: CLIENT_SECRET })
        platform.hooks.beforeGetToken = () => {
            throw new Error(`token ${REFRESH_TOKEN} unreadable; Authorization: Bearer ${ACCESS_TOKEN}`)
        }
        click(checkOAuthSetupOnAccountForm, 'sys_email_account', imapAccountId)
        expect(shown()).toEqual(expect.arrayContaining(['error: client_id_malformed', 'info: token_unreadable']))
        const everything = JSON.stringify([platform.formMessages, platform.logs, platform.events])
        for (const secret of [REFRESH_TOKEN, ACCESS_TOKEN, CLIENT_SECRET]) expect(everything).not.toContain(secret)
    })
})

describe('Check OAuth setup on the Application Registry form', () => {
    it('checks every account of the provider, in name order, each message prefixed with the account name', () => {
        const { providerId, profileId, imapAccountId } = seedWorkingSetup()
        platform.db.update('sys_email_account', imapAccountId, { user_name: 'support' })
        seedAccount(profileId, 'imap', 'Archive inbox', false)
        const otherProvider = seedMicrosoftProvider('Other tenant')
        seedAccount(otherProvider.profileId, 'imap', 'Not of this provider', false)
        click(checkOAuthSetupOnProviderForm, 'oauth_entity', providerId)
        expect(shown()).toEqual([
            'error: not_authorized',
            'error: Archive inbox: 1 error: no mail flows until the errors are fixed and the account is authorized',
            'info: Outbound mail: No problems found: the OAuth setup of "Outbound mail" is complete',
            'error: user_name_not_address',
            'error: Support inbox: 1 error: mail fails, or will at the next authorization, until the errors are fixed',
        ])
        expect(platform.formMessages[0].message).toMatch(/^Archive inbox: "Archive inbox" has never been authorized/)
        expect(platform.formMessages[3].message).toMatch(/^Support inbox: User name "support" of "Support inbox" is not an email address/)
        expect(platform.action.redirectURL).toBe(`oauth_entity.do?sys_id=${providerId}`)
    })

    it('says so when no email account uses the provider', () => {
        seedEnvironment()
        const { providerId } = seedMicrosoftProvider()
        click(checkOAuthSetupOnProviderForm, 'oauth_entity', providerId)
        expect(platform.formMessages).toEqual([{ type: 'info', message: expect.stringMatching(/^No email account uses "Microsoft 365 Email" yet: on an Email Account form/) }])
        expect(platform.action.redirectURL).toBe(`oauth_entity.do?sys_id=${providerId}`)
    })
})
