/**
 * The mail engine against the real servers: smtp-server delivering into Dovecot, Dovecot checking
 * every token at the OAuth server. Fails (never skips) when Dovecot is missing: World.start throws.
 */
import { platform } from '../../stand-ins/platform.ts'
import { World } from '../world.ts'
import { EMAIL_TYPE, EXCHANGE_ANSWERS, answerLine } from './index.ts'

let world: World

beforeAll(async () => {
    world = await World.start({ mailEngine: true, imapMechanisms: ['xoauth2'] })
})

afterAll(async () => {
    await world?.stop()
})

it('sends a send-ready email through the active SMTP account, Dovecot receives it, the reader reads it and runs the actions in order', async () => {
    const inbound = await world.addAuthorizedAccount('support@example.com')
    const order: string[] = []
    world.mail!.addInboundAction({ name: 'Later', order: 300, script: "gs.info('later ran')" })
    world.mail!.addInboundAction({ name: 'First', order: 50, script: "gs.info('first ran: ' + email.subject)" })
    world.mail!.addCreateIncidentAction(100)
    const email = world.mail!.queueEmail({ to: inbound.login, subject: 'Printer on fire', bodyText: 'Third floor.' })

    const sent = await world.mail!.runSender()
    expect(sent.attempts).toEqual([{ email, subject: 'Printer on fire', outcome: 'sent' }])
    expect(platform.db.row('sys_email', email)?.type).toBe(EMAIL_TYPE.sent)
    expect(world.smtp.messages.at(-1)?.recipients).toEqual([inbound.login])

    const read = await world.mail!.runReader()
    const account = read.accounts.find((entry) => entry.account === inbound.sysId)
    expect(account?.outcome).toBe('read')
    expect(account?.received).toHaveLength(1)
    const received = account!.received[0]
    order.push(...received.actions.map((action) => action.name))
    expect(order).toEqual(['First', 'Create Incident', 'Later'])
    const row = platform.db.row('sys_email', received.email)
    expect(row).toMatchObject({ type: 'received', state: 'processed', subject: 'Printer on fire', recipients: inbound.login, user: 'notifications@example.com' })
    expect(String(row?.body_text)).toContain('Third floor.')
    expect(platform.db.rows('incident').map((incident) => incident.short_description)).toEqual(['Printer on fire'])

    // Read means deleted from the server: the next run finds nothing.
    const again = await world.mail!.runReader()
    expect(again.accounts.find((entry) => entry.account === inbound.sysId)?.received).toEqual([])
})

it('a 535 5.7.139 answer ends as send-failed with the server’s words', async () => {
    world.smtp.script({ stage: 'login', address: world.notifier!.login, answer: EXCHANGE_ANSWERS.smtpAuthDisabledForMailbox })
    const email = world.mail!.queueEmail({ to: 'someone@example.com', subject: 'x' })
    const run = await world.mail!.runSender()
    world.smtp.clearScript()
    expect(run.attempts).toEqual([{ email, subject: 'x', outcome: 'send-failed', errorString: answerLine(EXCHANGE_ANSWERS.smtpAuthDisabledForMailbox) }])
    expect(platform.db.row('sys_email', email)).toMatchObject({ type: 'send-failed', error_string: answerLine(EXCHANGE_ANSWERS.smtpAuthDisabledForMailbox) })
})
