import { classifyMailError, MAIL_CODE } from '../../src/mail-flow/codes.ts'

describe('classifyMailError', () => {
    it.each([
        ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled', MAIL_CODE.smtpAuthDisabled, true],
        ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', MAIL_CODE.smtpAuthDisabled, true],
        ['535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.', MAIL_CODE.smtpAuthBlockedByPolicy, true],
        ['535 5.7.3 Authentication unsuccessful [BN0PR04CA0123.namprd04.prod.outlook.com]', MAIL_CODE.smtpAuthRejected, true],
        ['530 5.7.57 Client not authenticated to send mail.', MAIL_CODE.smtpNotAuthenticated, true],
        ['550 5.7.60 SMTP; Client does not have permissions to send as this sender', MAIL_CODE.sendAsDenied, true],
        ['535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials', MAIL_CODE.googleBadCredentials, true],
        ['534-5.7.9 Application-specific password required.', MAIL_CODE.googleSignInRequired, true],
        ['534-5.7.14 Please log in with your web browser and then try again.', MAIL_CODE.googleSignInRequired, true],
        ['530-5.7.0 Authentication Required.', MAIL_CODE.googleAuthRequired, true],
        ['550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', MAIL_CODE.recipientRejected, false],
        ['550 5.7.30 Basic authentication is not supported for Client Submission.', MAIL_CODE.basicAuthNotSupported, true],
        ['javax.mail.AuthenticationFailedException: 550 5.7.30 Basic authentication is not supported for Client Submission', MAIL_CODE.basicAuthNotSupported, true],
        ['421 4.7.0 Try again later, closing connection.', MAIL_CODE.unknown, false],
        ['', MAIL_CODE.unknown, false],
    ])('%s', (text, code, authentication) => {
        const result = classifyMailError(text)
        expect(result.code).toBe(code)
        expect(result.authentication).toBe(authentication)
        expect(result.fix.length).toBeGreaterThan(20)
    })

    it('tells how to enable SMTP AUTH for the mailbox', () => {
        expect(classifyMailError('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.').fix).toContain('Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false')
    })

    it('never reads 5.7.30 (Basic auth off) as 5.7.3 (token refused), nor the other way round', () => {
        expect(classifyMailError('535 5.7.3 Authentication unsuccessful').code).toBe(MAIL_CODE.smtpAuthRejected)
        expect(classifyMailError('550 5.7.30 Basic authentication is not supported for Client Submission').fix).toMatch(/Switch to OAuth[\s\S]*sent again/)
    })

    it('reads a Graph (Send) account\'s errors without SMTP codes: a refusal is authentication, anything else unknown', () => {
        expect(classifyMailError('401 Unauthorized: InvalidAuthenticationToken', 'graph')).toMatchObject({ code: MAIL_CODE.graphSendRefused, authentication: true })
        expect(classifyMailError('ErrorAccessDenied: Access is denied. Check credentials and try again.', 'graph')).toMatchObject({ code: MAIL_CODE.graphSendRefused, authentication: true })
        // A Graph error that happens to quote an SMTP-like text is not an SMTP code.
        expect(classifyMailError('ErrorInvalidRecipients 550 5.1.1', 'graph')).toMatchObject({ code: MAIL_CODE.unknown, authentication: false })
    })

    it('reads a missing error string as unknown, never as authentication', () => {
        expect(classifyMailError(null)).toMatchObject({ code: MAIL_CODE.unknown, authentication: false })
    })
})
