import { connectionSecurityFindings, type ConnectionSecuritySnapshot } from '../../../src/setup-check/rules/connection-security.ts'

const field = (kind: ConnectionSecuritySnapshot['kind'], value = 'x'): ConnectionSecuritySnapshot => ({
    element: 'connection_security',
    label: 'Connection security',
    value,
    kind,
    choiceLabels: { starttls: 'STARTTLS', ssl_tls: 'SSL/TLS' },
})

describe('connectionSecurityFindings', () => {
    it('says nothing where the instance has no such field, or the value is empty or unknown', () => {
        expect(connectionSecurityFindings('"Inbox"', '993', null)).toEqual([])
        expect(connectionSecurityFindings('"Inbox"', '993', undefined)).toEqual([])
        expect(connectionSecurityFindings('"Inbox"', '993', field(null, ''))).toEqual([])
    })

    it.each([
        ['993', 'ssl_tls'],
        ['465', 'ssl_tls'],
        ['587', 'starttls'],
        ['2525', 'starttls'],
    ] as const)('accepts port %s with %s', (port, kind) => {
        expect(connectionSecurityFindings('"Inbox"', port, field(kind))).toEqual([])
    })

    it('refuses None on any port, naming the form, the field and the choice the port needs', () => {
        const [finding] = connectionSecurityFindings('"Inbox"', '993', field('none'))
        expect(finding).toEqual({ code: 'connection_security_mismatch', field: 'sys_email_account.connection_security', message: expect.stringContaining('set Connection security to SSL/TLS (port 993)') })
        expect(finding.message).toContain('Email Account form of "Inbox"')
        expect(connectionSecurityFindings('"Inbox"', '2525', field('none'))[0].message).toMatch(/SSL\/TLS .* or STARTTLS/)
    })

    it('refuses a choice the port does not speak', () => {
        expect(connectionSecurityFindings('"Inbox"', '993', field('starttls'))[0].message).toContain('port 993 needs SSL/TLS')
        expect(connectionSecurityFindings('"Outbound"', ' 587 ', field('ssl_tls'))[0].message).toContain('port 587 needs STARTTLS')
    })
})
