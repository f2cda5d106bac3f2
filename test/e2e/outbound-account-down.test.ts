/**
 * Scenario: the account in trouble is the instance's active outbound (SMTP) account, the one every
 * alert email goes through. Its refresh token is revoked at the provider. The alert email cannot be
 * delivered (the SMTP server refuses the dead token), so the built Script Action opens an incident
 * for the admin group and posts a banner for the admin role; after the mailbox is authorized again,
 * the recovery resolves the incident, ends the banner, and mail goes out again.
 */
import { ADMIN_ROLE, EVENT } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { World, type JobRun } from './world.ts'

let world: World
let failing: JobRun
let recovered: JobRun
let smtpLoginAfterRevocation: boolean

beforeAll(async () => {
    world = await World.start({ rotateRefreshToken: true })
    // What the instance itself has: the banner audience choices and the Unified Navigation config.
    platform.db.insert('sys_choice', { name: 'sys_ux_banner_announcement', element: 'show_for', value: 'roles_groups', label: 'Users with specific roles or groups' })
    platform.db.insert('sys_ux_banner_announcement_config', { name: 'Unified Navigation' })
    platform.properties['glide.servlet.uri'] = 'https://demo.service-now.com/'
    // 200 s before the access token expires: the run at the floor refreshes it.
    await world.advance(3400)
    expect(await world.oauth.control.revokeRefreshTokens(world.notifier!.login)).toBe(1)
    smtpLoginAfterRevocation = await world.smtpLogin()
    failing = await world.runJob()
    await world.runEvery(5)
    await world.authorize(world.notifier!)
    recovered = await world.runJob()
}, 60000)

afterAll(async () => {
    await world?.stop()
})

it('cannot send the alert email through the account it is about', () => {
    expect(smtpLoginAfterRevocation).toBe(false)
    expect(failing.events.map((e) => [e.name, e.parm2])).toEqual([[EVENT.needsAuthorization, 'invalid_grant']])
    expect(failing.notifications).toEqual([expect.objectContaining({ notification: 'Email OAuth Manager: email account needs authorization', delivered: false })])
})

it('opens one incident for the admin group instead, saying what to do and where', () => {
    const incidents = platform.db.rows('incident')
    expect(incidents).toHaveLength(1)
    const group = platform.db.rows('sys_user_group').find((g) => g.name === 'Email OAuth Manager admins')!
    expect(incidents[0]).toMatchObject({ assignment_group: group.sys_id, correlation_id: `x_mail_oauth.token:${world.notifier!.sysId}` })
    expect(incidents[0].description).toContain('the account is the active outbound (SMTP) account')
    expect(incidents[0].description).toContain(`https://demo.service-now.com/sys_email_account.do?sys_id=${world.notifier!.sysId}`)
})

it('shows a banner to the admin role in the platform UI', () => {
    const role = platform.db.rows('sys_user_role').find((r) => r.name === ADMIN_ROLE)!
    expect(platform.db.rows('sys_ux_banner_announcement')).toEqual([expect.objectContaining({ roles: role.sys_id, show_for: 'roles_groups' })])
})

it('resolves the incident and ends the banner on recovery, and mail goes out again', () => {
    expect(recovered.events.map((e) => e.name)).toEqual([EVENT.recovered])
    expect(platform.db.rows('incident')[0]).toMatchObject({ state: '6' })
    expect(platform.db.rows('sys_ux_banner_announcement')[0].end).toBeTruthy()
    expect(recovered.notifications).toEqual([expect.objectContaining({ notification: 'Email OAuth Manager: email account recovered', delivered: true })])
})
