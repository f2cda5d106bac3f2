/**
 * App-only accounts through the whole setup check: no false errors on a correct one (the general
 * rules would say account_type_unknown, grant_type_not_authorization_code, not_authorized...), and
 * the instance's own account-type choices decide what a Graph account is.
 */
import { MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import { checkSetup, summarise } from '../../src/setup-check/checks.ts'
import { readAccountSetup, readSetupEnvironment } from '../../src/setup-check/read-setup.ts'
import { platform } from '../stand-ins/platform.ts'
import { ACCOUNT_TYPE_CHOICES, GRAPH_RECEIVE_VALUE, graphReceive, graphSend, smtpSendAsApp } from './app-only-fixtures.ts'
import { microsoftImap } from './fixtures.ts'

const codes = (snapshot: ReturnType<typeof graphSend>): string[] => checkSetup(snapshot).map((finding) => finding.code)

describe('a correct app-only account', () => {
    it.each([
        ['Graph receive', graphReceive],
        ['Graph send', graphSend],
    ])('%s: no finding at all, and the verdict says it is complete', (_name, build) => {
        expect(codes(build())).toEqual([])
        expect(summarise(checkSetup(build()), 'x')).toMatch(/^No problems found/)
    })

    it('SMTP with SMTP.SendAsApp: only the note on the Exchange service principal and FullAccess', () => {
        const findings = checkSetup(smtpSendAsApp())
        expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([['smtp_send_as_app_mailbox_permission', 'info']])
        expect(findings[0].message).toContain('New-ServicePrincipal')
        expect(findings[0].message).toContain('Add-MailboxPermission -Identity "servicedesk@contoso.com"')
    })

    it('has no refresh token, and that is normal: no not_authorized, no_refresh_token or offline_access_missing', () => {
        const all = [graphReceive(), graphSend(), smtpSendAsApp()].flatMap(codes)
        for (const delegatedOnly of ['not_authorized', 'no_refresh_token', 'offline_access_missing', 'grant_type_not_authorization_code', 'account_type_unknown']) {
            expect(all).not.toContain(delegatedOnly)
        }
    })
})

describe('what makes an account app-only', () => {
    it('recognises a Graph account by the label of its type on this instance, whatever the value', () => {
        const snapshot = graphReceive()
        snapshot.accountTypeChoices = ACCOUNT_TYPE_CHOICES.map((choice) => (choice.value === GRAPH_RECEIVE_VALUE ? { value: 'x_other_value', label: choice.label } : choice))
        snapshot.account!.type = 'x_other_value'
        expect(codes(snapshot)).toEqual([])
    })

    it('names the instance choice to pick when a preset still has Type empty', () => {
        const snapshot = graphReceive()
        snapshot.account!.type = ''
        const message = checkSetup(snapshot).find((finding) => finding.code === 'app_only_account_type')?.message ?? ''
        expect(message).toContain(`set Type to "${MICROSOFT_APP_ONLY.accountTypeLabel.graphReceive}"`)
        expect(message).toContain(`"${MICROSOFT_APP_ONLY.accountTypeLabel.graphReceive}" = ${GRAPH_RECEIVE_VALUE}`)
    })

    it('leaves delegated IMAP accounts to the general rules, client-credentials grant or not', () => {
        const snapshot = microsoftImap()
        snapshot.profile!.grant_type = 'client_credentials'
        expect(codes(snapshot)).toEqual(['grant_type_not_authorization_code'])
    })
})

describe('read-setup on the instance stand-in', () => {
    beforeEach(() => platform.reset())

    it("reads the instance's account-type choices, the Graph plugin and the column labelled Inbox email address", () => {
        for (const [sequence, choice] of ACCOUNT_TYPE_CHOICES.entries()) {
            platform.db.insert('sys_choice', { name: 'sys_email_account', element: 'type', value: choice.value, label: choice.label, inactive: false, sequence, language: 'en' })
        }
        platform.db.insert('sys_choice', { name: 'sys_email_account', element: 'type', value: GRAPH_RECEIVE_VALUE, label: 'Microsoft Graph (Empfangen)', inactive: false, sequence: 9, language: 'de' })
        platform.db.insert('sys_documentation', { name: 'sys_email_account', element: 'inbox_address', label: 'Inbox email address', language: 'en' })
        platform.db.insert('v_plugin', { id: MICROSOFT_APP_ONLY.graphPlugin, active: 'active' })
        const environment = readSetupEnvironment()
        expect(environment.accountTypeChoices).toEqual(ACCOUNT_TYPE_CHOICES)
        expect(environment.graphPluginActive).toBe(true)
        expect(environment.inboxAddressField).toBe('inbox_address')
        const accountId = platform.db.insert('sys_email_account', { name: 'Graph in', type: GRAPH_RECEIVE_VALUE, authentication: 'oauth2', inbox_address: 'desk@contoso.com', active: true })
        expect(readAccountSetup(accountId, environment, { readToken: false }).inboxAddress).toBe('desk@contoso.com')
    })
})
