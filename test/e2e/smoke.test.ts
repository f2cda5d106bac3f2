/**
 * The end-to-end world itself: dist/app is read as built, its scheduled job's generated glue runs
 * the token keeper's modules in the instance realm, and the real servers answer.
 */
import { HEALTH_TABLE, PROPERTY, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { REFRESH_JOB_NAME } from './runner/built-app-runner.ts'
import { World } from './world.ts'

let world: World

beforeAll(async () => {
    world = await World.start({ notifier: false })
})

afterAll(async () => {
    await world?.stop()
})

it('runs the job through the SDK’s generated glue, which requires the built job module by its path', () => {
    const script = world.runner.builtRecord('sysauto_script', (job) => job.name === REFRESH_JOB_NAME, 'the refresh job').script ?? ''
    const required = /require\('([^']+)'\)/.exec(script)?.[1] ?? ''
    expect(required).toMatch(/^x_mail_oauth\/.+\/src\/token-keeper\/job\.ts$/)
    expect(world.runner.app.modules.get(required)).toContain('export function runRefreshJob')
})

it('runs on the app’s records as built: its settings from the built properties, only the active OAuth accounts, and a mailbox’s token logs in to Dovecot', async () => {
    // The job reads the property the build shipped, and an admin's change of it.
    const budget = world.runner.app.of('sys_properties').find((property) => property.fields.name === PROPERTY.runBudgetSeconds.name)?.fields.value
    expect(budget).toBe(String(PROPERTY.runBudgetSeconds.default))
    const mailbox = world.addAccount('smoke@example.com')
    await world.authorize(mailbox)
    await world.runJob()
    expect(platform.logs.map((log) => log.message).filter((message) => message.includes('refresh run:')).at(-1)).toMatch(new RegExp(` s of ${budget} s budget\\.$`))
    platform.properties[PROPERTY.runBudgetSeconds.name] = '45'
    await world.runJob()
    expect(platform.logs.map((log) => log.message).filter((message) => message.includes('refresh run:')).at(-1)).toMatch(/ s of 45 s budget\.$/)
    // The built accounts are shipped inactive: the job keeps a health row for the added mailbox alone.
    expect(world.runner.app.of('sys_email_account').length).toBeGreaterThan(0)
    expect(platform.db.rows(HEALTH_TABLE).map((row) => row.email_account)).toEqual([mailbox.sysId])
    expect(world.health(mailbox)?.status).toBe(STATUS.ok)
    expect(await world.imapLogin(mailbox)).toBe('logged_in')
})
