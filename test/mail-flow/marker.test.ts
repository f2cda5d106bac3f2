import { canaryTag, isThisInstance, recogniseCanary, type ReceivedMail } from '../../src/mail-flow/marker.ts'

const ID = '0123456789abcdef0123456789abcdef'
const SUBJECT = `Email OAuth Manager mail-flow check [acme/${ID}]`
const BODY = `This message was sent by the ServiceNow instance acme (Email OAuth Manager)...\n\nEmail OAuth Manager canary: acme/${ID}`
const GENERATED = 'Message-ID: <1@acme>\r\nX-ServiceNow-Generated: true\r\n'

const mail = (fields: Partial<ReceivedMail>): ReceivedMail => ({ subject: SUBJECT, bodyText: BODY, headers: GENERATED, ...fields })

describe('canary marker', () => {
    it('is <instance>/<id>, and refuses a bad instance name or id', () => {
        expect(canaryTag({ instance: 'acme', canaryId: ID })).toBe(`acme/${ID}`)
        expect(canaryTag({ instance: 'a b', canaryId: ID })).toBeNull()
        expect(canaryTag({ instance: 'acme', canaryId: 'short' })).toBeNull()
    })

    it('recognises the canary by its subject, of any instance', () => {
        expect(recogniseCanary(mail({}))).toEqual({ marker: { instance: 'acme', canaryId: ID }, via: 'subject', generated: true })
        expect(recogniseCanary(mail({ subject: `Email OAuth Manager mail-flow check [acmedev/${ID}]` }))?.marker.instance).toBe('acmedev')
    })

    it.each([['[EXTERNAL] '], ['[EXTERNAL] [SPAM?] '], ['EXTERNAL: '], ['*EXTERNAL* '], ['(Ext) ']])('sees through a tag a tenant rule puts in front: %j', (tag) => {
        expect(recogniseCanary(mail({ subject: `${tag}${SUBJECT}` }))?.marker).toEqual({ instance: 'acme', canaryId: ID })
    })

    it('reads the app header first, and the body line of instance-generated mail when a rule rewrote the subject', () => {
        expect(recogniseCanary(mail({ subject: 'something else', headers: `${GENERATED}X-Email-OAuth-Canary: acme/${ID}\r\n` }))?.via).toBe('header')
        expect(recogniseCanary(mail({ subject: 'Rewritten by a rule' }))).toEqual({ marker: { instance: 'acme', canaryId: ID }, via: 'body', generated: true })
    })

    it.each([
        ['a reply', `RE: ${SUBJECT}`],
        ['a reply behind a tag', `[EXTERNAL] RE: ${SUBJECT}`],
        ['a tag behind a reply', `Re: [EXTERNAL] ${SUBJECT}`],
        ['a forward', `FW: ${SUBJECT}`],
        ['a German reply', `AW: ${SUBJECT}`],
        ['a numbered reply', `RE[2]: ${SUBJECT}`],
        ['text around the marker', `Please look: ${SUBJECT}`],
        ['an upper-case id', `Email OAuth Manager mail-flow check [acme/${ID.toUpperCase()}]`],
        ['no subject', ''],
    ])('is not a canary: %s (it goes on to the normal actions)', (_what, subject) => {
        expect(recogniseCanary(mail({ subject, headers: '' }))).toBeNull()
    })

    it('a reply that quotes the body line is not a canary, with or without a canary header', () => {
        expect(recogniseCanary({ subject: `RE: ${SUBJECT}`, bodyText: `Thanks\n> ${BODY}`, headers: GENERATED })).toBeNull()
        expect(recogniseCanary({ subject: 'Question', bodyText: BODY, headers: '' })).toBeNull()
        expect(recogniseCanary({ subject: `Fwd: ${SUBJECT}`, bodyText: BODY, headers: `X-Email-OAuth-Canary: acme/${ID}` })).toBeNull()
    })

    it('names this instance without case, never when the instance has no name', () => {
        expect(isThisInstance({ instance: 'ACME', canaryId: ID }, 'acme')).toBe(true)
        expect(isThisInstance({ instance: 'acmedev', canaryId: ID }, 'acme')).toBe(false)
        expect(isThisInstance({ instance: 'acme', canaryId: ID }, '')).toBe(false)
    })
})
