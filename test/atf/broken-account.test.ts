import { BROKEN_ACCOUNTS, checkBrokenAccount } from '../../src/atf/broken-account.ts'
import { GlidePluginManager, GlideRecord } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'
import { seedWorkingSetup } from '../setup-check/seed.ts'

beforeEach(() => platform.reset())
afterEach(() => jest.restoreAllMocks())

describe('checkBrokenAccount', () => {
    it('creates each broken account and reports its codes, whatever state the providers are in', () => {
        seedWorkingSetup()
        expect(checkBrokenAccount('imapWithoutProfile')).toEqual({
            codes: ['account_inactive', 'user_name_placeholder', 'server_missing', 'port_invalid', 'missing_profile'],
            refreshBlocker: 'missing_profile',
            jobBlockers: ['missing_profile'],
        })
        expect(checkBrokenAccount('smtpWithDeletedProfile')).toEqual({
            codes: ['account_inactive', 'user_name_not_address', 'smtp_on_imap_port', 'profile_not_found'],
            refreshBlocker: 'profile_not_found',
            jobBlockers: ['profile_not_found'],
        })
        expect(platform.db.rows('sys_email_account').filter((row) => String(row.name).startsWith('ATF '))).toHaveLength(2)
    })

    it('leaves out what the instance says about the plugin, so the codes are the account’s own', () => {
        jest.spyOn(GlidePluginManager, 'isActive').mockImplementation(() => {
            throw new Error('not allowed from this scope')
        })
        expect(checkBrokenAccount('imapWithoutProfile').codes).not.toContain('plugin_state_unknown')
    })

    it('says what to allow when the instance refuses to create the account (a refused cross-scope insert returns no sys_id)', () => {
        jest.spyOn(GlideRecord.prototype, 'insert').mockReturnValue(null)
        expect(() => checkBrokenAccount('imapWithoutProfile')).toThrow(
            /^The instance refused to create the test email account "ATF Email OAuth Manager: IMAP without profile" in table sys_email_account\..*Application Cross-Scope Access.*Then run the test again\.$/,
        )
    })

    it('ships only inactive accounts, so nothing logs in with them', () => {
        for (const account of Object.values(BROKEN_ACCOUNTS)) expect(account.active).toBe(false)
    })
})
