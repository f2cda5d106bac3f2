import { kindOfValue, readConnectionSecurityField, securityKind, valueForKind } from '../../src/platform/connection-security.ts'
import { seedConnectionSecurityField } from '../stand-ins/fixtures.ts'
import { platform } from '../stand-ins/platform.ts'

beforeEach(() => platform.reset())

describe('readConnectionSecurityField', () => {
    it('answers null where sys_email_account has no such field (older releases)', () => {
        platform.db.insert('sys_dictionary', { name: 'sys_email_account', element: 'enable_ssl', column_label: 'Enable SSL' })
        expect(readConnectionSecurityField()).toBeNull()
    })

    it('finds the column by its label, whatever its name and case, with what each choice means', () => {
        seedConnectionSecurityField('u_conn_sec', 'CONNECTION SECURITY')
        expect(readConnectionSecurityField()).toEqual({
            element: 'u_conn_sec',
            label: 'CONNECTION SECURITY',
            choices: [
                { value: '0', label: 'None', kind: 'none' },
                { value: '1', label: 'STARTTLS', kind: 'starttls' },
                { value: '2', label: 'SSL/TLS', kind: 'ssl_tls' },
            ],
        })
    })

    it('finds a likely column name when the label differs, and ignores the same label on another table', () => {
        platform.db.insert('sys_dictionary', { name: 'sys_email_client_template', element: 'x', column_label: 'Connection security' })
        seedConnectionSecurityField('security_type', 'Sicherheit der Verbindung', [{ value: 'tls', label: 'Sicherheit: SSL/TLS' }])
        expect(readConnectionSecurityField()).toMatchObject({ element: 'security_type', choices: [{ value: 'tls', kind: 'ssl_tls' }] })
    })
})

describe('what a choice means', () => {
    it.each([
        ['starttls', '', 'starttls'],
        ['1', 'STARTTLS', 'starttls'],
        ['2', 'SSL/TLS', 'ssl_tls'],
        ['ssl', '', 'ssl_tls'],
        ['0', 'None', 'none'],
        ['plain', '', 'none'],
        ['7', 'Something new', null],
    ])('value %p label %p is %p', (value, label, kind) => {
        expect(securityKind(value, label)).toBe(kind)
    })

    it('reads a stored value through its choice, and picks the value to store for a kind', () => {
        seedConnectionSecurityField()
        const field = readConnectionSecurityField()!
        expect(kindOfValue(field, '1')).toBe('starttls')
        expect(kindOfValue(field, '')).toBeNull()
        expect(valueForKind(field, 'ssl_tls')).toBe('2')
        expect(valueForKind({ ...field, choices: [] }, 'ssl_tls')).toBeNull()
    })
})
