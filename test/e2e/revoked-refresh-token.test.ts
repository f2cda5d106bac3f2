/**
 * Scenario 3: the mailbox's refresh token is revoked at the provider (an admin revocation or a
 * password reset), with Google-like strict refresh-token rotation. The admins get one alert and
 * one notification; the job stops asking with the dead token until the mailbox is authorized again.
 */
import { EVENT, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

let world: World
let revoked: Mailbox
let healthy: Mailbox
let firstRun: JobRun
let quietRuns: JobRun[]
const statusDuringQuietRuns: string[] = []
let afterReauthorization: JobRun

beforeAll(async () => {
    world = await World.start({ rotateRefreshToken: true })
    revoked = world.addAccount('revoked@example.com', 'Revoked mailbox')
    healthy = world.addAccount('healthy@example.com', 'Healthy mailbox')
    await world.authorize(revoked)
    await world.authorize(healthy)
    await world.advance(3400) // both due: 200 s left, under the floor

    // The scenario's premise (the provider's doing, not the app's): the revocation ends the grant and its access token.
    if ((await world.oauth.control.revokeRefreshTokens(revoked.login)) !== 1) throw new Error('premise: the OAuth server revoked no grant')
    if ((await world.imapLogin(revoked)) !== 'rejected') throw new Error('premise: the revoked access token still logs in')
    firstRun = await world.runJob()
    await world.advance(180)
    quietRuns = await world.runEvery(10, () => {
        statusDuringQuietRuns.push(String(world.health(revoked)?.status))
    })

    await world.authorize(revoked)
    afterReauthorization = await world.runJob()
}, 60000)

afterAll(async () => {
    await world?.stop()
})

it('moves the account to needs_authorization with code invalid_grant on the first refresh attempt', () => {
    const attempt = firstRun.tokenRequests.filter((request) => request.parameters.oauth_requestor === revoked.sysId)
    expect(attempt).toHaveLength(1)
    expect(attempt[0].reply?.status).toBe(400)
    expect(firstRun.events.filter((event) => event.parm1 === revoked.sysId).map((event) => [event.name, event.parm2])).toEqual([
        [EVENT.needsAuthorization, 'invalid_grant'],
    ])
})

it('sends one notification for the incident, through the outbound account over SMTP, to the admins group (and one for the recovery)', () => {
    const sent = world.notifications.filter((notification) => notification.event.parm1 === revoked.sysId)
    expect(sent.map((notification) => notification.event.name)).toEqual([EVENT.needsAuthorization, EVENT.recovered])
    expect(sent[0]).toMatchObject({
        notification: 'Email OAuth Manager: email account needs authorization',
        recipientGroups: ['Email OAuth Manager admins'],
        subject: 'Email account Revoked mailbox needs authorization: mail has stopped or will stop',
        delivered: true,
    })
})

it('makes no further token request with the dead refresh token, and no further event', () => {
    for (const run of quietRuns) {
        expect(run.tokenRequests.filter((request) => request.parameters.oauth_requestor === revoked.sysId)).toEqual([])
    }
    expect(new Set(statusDuringQuietRuns)).toEqual(new Set([STATUS.needsAuthorization]))
    const eventsUntilReauthorized = [firstRun, ...quietRuns].flatMap((run) => run.events).filter((event) => event.parm1 === revoked.sysId)
    expect(eventsUntilReauthorized).toHaveLength(1)
})

it('keeps refreshing the other mailbox (rotating its refresh token) and its tokens log in', async () => {
    expect(world.tokenRequests(healthy).map((request) => request.reply?.status)).toEqual([200])
    expect(world.health(healthy)).toMatchObject({ status: STATUS.ok })
    expect(await world.imapLogin(healthy)).toBe('logged_in')
})

it('goes back to ok with one recovered event once the mailbox is authorized again, without a token request', async () => {
    expect(afterReauthorization.tokenRequests.filter((request) => request.parameters.oauth_requestor === revoked.sysId)).toEqual([])
    expect(world.health(revoked)).toMatchObject({ status: STATUS.ok })
    expect(world.events(revoked).map((event) => event.name)).toEqual([EVENT.needsAuthorization, EVENT.recovered])
    expect(world.notifications.filter((notification) => notification.event.parm1 === revoked.sysId).map((n) => [n.notification, n.delivered])).toEqual([
        ['Email OAuth Manager: email account needs authorization', true],
        ['Email OAuth Manager: email account recovered', true],
    ])
    // An inbound account failed while the outbound account worked: the email was enough, no incident.
    expect(platform.db.rows('incident')).toEqual([])
    expect(await world.imapLogin(revoked)).toBe('logged_in')
})

it('binds the notification in dist/app to the event the job queues', () => {
    const notification = world.runner.builtRecord('sysevent_email_action', (record) => record.event_name === EVENT.needsAuthorization, EVENT.needsAuthorization)
    expect(notification).toMatchObject({ active: 'true', generation_type: 'event', collection: 'sys_email_account' })
})
