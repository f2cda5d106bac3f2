import { canaryMessage, isOwnCanary, markerOfSubject } from '../../src/mail-flow/marker.ts'

const ID = '0123456789abcdef0123456789abcdef'
const OTHER_ID = 'fedcba9876543210fedcba9876543210'

describe('canary marker', () => {
    const message = canaryMessage({ instance: 'acme', canaryId: ID }, 'Service desk')!

    it('puts the marker in the subject and a header, and nothing secret', () => {
        expect(message.subject).toBe(`Email OAuth Manager mail-flow check [acme/${ID}]`)
        expect(message.header).toBe(`X-Email-OAuth-Canary: acme/${ID}`)
        expect(message.body).toContain('no record is created')
    })

    it('refuses to build a marker from a bad instance name or id', () => {
        expect(canaryMessage({ instance: 'a b', canaryId: ID }, 'x')).toBeNull()
        expect(canaryMessage({ instance: 'acme', canaryId: 'short' }, 'x')).toBeNull()
    })

    it('recognises exactly this instance and an awaited id', () => {
        expect(isOwnCanary(message.subject, 'acme', new Set([ID]))).toEqual({ instance: 'acme', canaryId: ID })
        expect(isOwnCanary(message.subject, 'ACME', new Set([ID]))).not.toBeNull()
    })

    it.each([
        ['another instance', `Email OAuth Manager mail-flow check [acmedev/${ID}]`],
        ['a reply quoting the marker', `RE: Email OAuth Manager mail-flow check [acme/${ID}]`],
        ['a forward', `FW: Email OAuth Manager mail-flow check [acme/${ID}]`],
        ['text around the marker', `Please look: Email OAuth Manager mail-flow check [acme/${ID}]`],
        ['an id this instance is not waiting for', `Email OAuth Manager mail-flow check [acme/${OTHER_ID}]`],
        ['an upper-case id', `Email OAuth Manager mail-flow check [acme/${ID.toUpperCase()}]`],
        ['no subject', ''],
    ])('does not swallow %s', (_what, subject) => {
        expect(isOwnCanary(subject, 'acme', new Set([ID]))).toBeNull()
    })

    it('never matches when the instance has no name', () => {
        expect(isOwnCanary(message.subject, '', new Set([ID]))).toBeNull()
    })

    it('reads the marker of a canary subject whatever the instance', () => {
        expect(markerOfSubject(`  Email OAuth Manager mail-flow check [other-1/${ID}] `)).toEqual({ instance: 'other-1', canaryId: ID })
    })
})
