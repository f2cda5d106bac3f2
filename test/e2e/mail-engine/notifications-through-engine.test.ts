/**
 * With the mail engine, the app's alert emails travel as on the instance: the notification becomes
 * a send-ready Email record, the SMTP Sender sends it through the outbound account, and it arrives
 * in the admins' mailbox in Dovecot. While the outbound account's token is revoked, the alert about
 * it is send-failed with Exchange's answer and stays failed after re-authorization (the platform
 * never retries a 5xx), while the recovered alert arrives.
 */
import { EVENT } from '../../../src/common/app.ts'
import { platform } from '../../stand-ins/platform.ts'
import { NOTIFICATION_RECIPIENT, World, type JobRun, type Mailbox } from '../world.ts'
import { EMAIL_TYPE, EXCHANGE_ANSWERS, answerLine, type SenderRun } from './index.ts'

let world: World
let admins: Mailbox
let failing: JobRun
let failingSend: SenderRun
let recovered: JobRun
let recoveredSend: SenderRun

beforeAll(async () => {
    world = await World.start({ rotateRefreshToken: true, mailEngine: true, imapMechanisms: ['xoauth2'] })
    platform.properties['glide.servlet.uri'] = 'https://demo.service-now.com/'
    admins = await world.addAuthorizedAccount(NOTIFICATION_RECIPIENT)
    await world.advance(3400)
    await world.oauth.control.revokeRefreshTokens(world.notifier!.login)
    failing = await world.runJob()
    failingSend = await world.mail!.runSender()
    await world.authorize(world.notifier!)
    recovered = await world.runJob()
    recoveredSend = await world.mail!.runSender()
}, 60000)

afterAll(async () => {
    await world?.stop()
})

it('turns the alert into a send-ready email record, which the sender fails with the server’s answer', () => {
    expect(failing.events.map((event) => event.name)).toEqual([EVENT.needsAuthorization])
    const [alert] = failing.notifications
    expect(alert).toMatchObject({ delivered: false, email: expect.any(String) })
    expect(failingSend.attempts).toEqual([expect.objectContaining({ email: alert.email, outcome: 'send-failed' })])
    expect(platform.db.row('sys_email', alert.email!)).toMatchObject({
        type: EMAIL_TYPE.sendFailed,
        error_string: answerLine(EXCHANGE_ANSWERS.authenticationUnsuccessful),
        recipients: NOTIFICATION_RECIPIENT,
        target_table: 'sys_email_account',
        instance: world.notifier!.sysId,
    })
})

it('sends the recovered alert after re-authorization; it arrives in the admins’ mailbox, the failed one stays failed', async () => {
    expect(recovered.events.map((event) => event.name)).toEqual([EVENT.recovered])
    const [alert] = recovered.notifications
    expect(recoveredSend.attempts).toEqual([expect.objectContaining({ email: alert.email, outcome: 'sent' })])
    const read = (await world.mail!.runReader()).accounts.find((entry) => entry.account === admins.sysId)
    expect(read?.received.map((entry) => entry.subject)).toEqual([alert.subject])
    expect(platform.db.row('sys_email', failing.notifications[0].email!)?.type).toBe(EMAIL_TYPE.sendFailed)
})
