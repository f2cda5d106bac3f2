/**
 * The end-to-end world itself: dist/app is read as built, its scheduled job's generated glue runs
 * the token keeper's modules in the instance realm, and the real servers answer.
 */
import { HEALTH_TABLE } from '../../src/common/app.ts'
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

it('seeds the platform with the app’s records as built: providers, profiles, scopes, accounts, properties', () => {
    for (const table of ['oauth_entity', 'oauth_entity_profile', 'oauth_entity_scope', 'oauth_entity_profile_scope', 'sys_email_account']) {
        expect(platform.db.rows(table).length).toBe(world.runner.app.of(table).length)
    }
    expect(Object.keys(platform.properties).sort()).toEqual(world.runner.app.of('sys_properties').map((property) => property.fields.name).sort())
})

it('authorizes a mailbox for real, runs the built job, and the mailbox’s token logs in to Dovecot', async () => {
    const mailbox = world.addAccount('smoke@example.com')
    await world.authorize(mailbox)
    await world.runJob()
    expect(platform.db.rows(HEALTH_TABLE).map((row) => row.email_account)).toEqual([mailbox.sysId])
    expect(await world.imapLogin(mailbox)).toBe('logged_in')
    expect(await world.imapLogin(mailbox, 'not-a-token')).toBe('rejected')
})
