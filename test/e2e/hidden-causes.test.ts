/**
 * The hidden causes, end to end with the built app and real servers: an account authorized with the
 * wrong sign-in; a client secret that expires on a date the admin recorded; a Google app left in
 * Testing, whose refresh tokens die 7 days after each authorization.
 */
import { CREDENTIAL_EXPIRING_EVENT, CREDENTIAL_TABLE, EVENT, HEALTH_TABLE, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const DAY = 86400
const CREDENTIAL_JOB = 'Email OAuth Manager: time to failure and expiry warnings'

describe('an account authorized with the admin\'s own sign-in', () => {
    let world: World
    let mailbox: Mailbox
    let firstRun: JobRun
    let loginWithWrongToken: string

    beforeAll(async () => {
        world = await World.start()
        mailbox = world.addAccount('sales@contoso.example', 'Sales inbox')
        await world.authorize(mailbox, 'admin@contoso.example')
        firstRun = await world.runJob()
        loginWithWrongToken = await world.imapLogin(mailbox)
    }, 60000)

    afterAll(async () => {
        await world?.stop()
    })

    it('records who authorized it and raises identity_mismatch once, by email to the admins', async () => {
        expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok, authorized_identity: 'admin@contoso.example', identity_status: 'mismatch' })
        expect(firstRun.events.filter((e) => e.parm1 === mailbox.sysId).map((e) => `${e.name}:${e.parm2}`)).toEqual([`${EVENT.identityMismatch}:identity_mismatch`])
        expect(firstRun.notifications.map((n) => n.subject)).toEqual(['Email account Sales inbox was authorized as the wrong user'])
        // The token really is the admin's: Dovecot refuses it for the sales mailbox.
        expect(loginWithWrongToken).not.toBe('logged_in')
        await world.runEvery(20)
        expect(world.events(mailbox).filter((e) => e.name === EVENT.identityMismatch)).toHaveLength(1)
        expect(JSON.stringify(world.health(mailbox))).not.toContain(world.token(mailbox)?.accessToken ?? '-')
    }, 60000)

    it('says "the mailbox" after the account is authorized again as itself and refreshed', async () => {
        await world.authorize(mailbox)
        await world.advance(3400)
        const runs = await world.runEvery(3)
        expect(runs.some((run) => run.tokenRequests.some((r) => r.parameters.oauth_requestor === mailbox.sysId && r.stored))).toBe(true)
        expect(world.health(mailbox)).toMatchObject({ authorized_identity: 'sales@contoso.example', identity_status: 'match' })
        expect(await world.imapLogin(mailbox)).toBe('logged_in')
    }, 60000)
})

describe('a client secret that expires on the date the admin recorded', () => {
    let world: World
    let mailbox: Mailbox
    let expiryDate: string
    const alerts: string[] = []
    const subjects: string[] = []
    let healthOnTheDay: Record<string, unknown> | undefined

    beforeAll(async () => {
        world = await World.start()
        mailbox = world.addAccount('support@contoso.example', 'Support inbox')
        await world.authorize(mailbox)
        const expiry = new Date(platform.clock.now() + 30 * DAY * 1000)
        expiryDate = expiry.toISOString().slice(0, 10)
        platform.db.insert(CREDENTIAL_TABLE, { provider: world.entityId, kind: 'secret', expires: expiryDate, active: true, note: 'created by the test' })
        await world.oauth.control.expireClientSecretAt(world.client.clientId, Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth(), expiry.getUTCDate()) / 1000)
        for (let day = 0; day <= 30; day++) {
            await world.runJob()
            const credentialRun = await world.runScheduledJob(CREDENTIAL_JOB)
            alerts.push(...credentialRun.events.filter((e) => e.name === CREDENTIAL_EXPIRING_EVENT).map((e) => e.parm2))
            subjects.push(...credentialRun.notifications.map((n) => n.subject))
            if (day === 30) healthOnTheDay = world.health(mailbox)
            if (day < 30) await world.advance(DAY)
        }
    }, 120000)

    afterAll(async () => {
        await world?.stop()
    })

    it('alerts the admins 30, 14, 7 and 1 day(s) before and on the day, each once, naming the mailbox that stops', () => {
        expect(alerts).toEqual(['30', '14', '7', '1', '0'])
        expect(subjects).toHaveLength(5)
        expect(subjects[0]).toContain(`expires on ${expiryDate}`)
        const row = platform.db.rows(CREDENTIAL_TABLE)[0]
        expect(row).toMatchObject({ affected_mailboxes: expect.stringContaining('support@contoso.example'), last_alert_days: 0 })
        expect(String(row.affected_mailboxes)).toContain('notifications@example.com')
    })

    it('on the day, the provider answers AADSTS7000222 and the health row says the secret expired, with the steps', () => {
        expect(healthOnTheDay).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'client_secret_expired' })
        expect(String(healthOnTheDay?.last_error)).toContain('has expired')
        expect(String(healthOnTheDay?.last_error)).toContain('AADSTS7000222')
        expect(String(healthOnTheDay?.last_error)).toContain('create a new client secret')
    })

    it('recovers once the new secret is entered', async () => {
        await world.oauth.control.setClientSecret(world.client.clientId, 'the-new-secret-value')
        await world.advance(180)
        platform.db.update('oauth_entity', world.entityId, { client_secret: 'the-new-secret-value' })
        await world.runJob()
        expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok })
        expect(await world.imapLogin(mailbox)).toBe('logged_in')
    }, 30000)
})

describe('a Google app left in Testing: refresh tokens die 7 days after each authorization', () => {
    let world: World
    let mailbox: Mailbox

    /** Runs every 6 hours until the refresh token is rejected; returns the day it happened. */
    async function liveUntilRejected(): Promise<number> {
        const start = platform.clock.now()
        for (let step = 0; step < 60; step++) {
            await world.advance(6 * 3600)
            await world.runJob()
            if (world.health(mailbox)?.status === STATUS.needsAuthorization) return (platform.clock.now() - start) / (DAY * 1000)
        }
        throw new Error('the refresh token was never rejected')
    }

    beforeAll(async () => {
        world = await World.start({ provider: 'google', notifier: false, refreshTokenTtlSeconds: 7 * DAY })
        mailbox = world.addAccount('helpdesk@example.com', 'Gmail helpdesk')
        await world.authorize(mailbox)
        await world.runJob()
    }, 60000)

    afterAll(async () => {
        await world?.stop()
    })

    it('says the consent screen is in Testing after the second authorization that dies within 7 days, once', async () => {
        expect(await liveUntilRejected()).toBeLessThanOrEqual(7.5)
        expect(world.health(mailbox)).toMatchObject({ last_error_code: 'invalid_grant', short_authorizations: 1, testing_mode_suspected: false })
        expect(world.events(mailbox).filter((e) => e.name === EVENT.googleTestingMode)).toEqual([])

        await world.authorize(mailbox)
        await world.runJob()
        expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok })
        expect(await liveUntilRejected()).toBeLessThanOrEqual(7.5)
        expect(world.health(mailbox)).toMatchObject({ short_authorizations: 2, testing_mode_suspected: true })
        expect(world.events(mailbox).filter((e) => e.name === EVENT.googleTestingMode).map((e) => e.parm2)).toEqual(['google_testing_mode'])
        // The platform still believes the token lives for its lifespan (183 days): only the pattern tells.
        expect(platform.db.rows(HEALTH_TABLE)).toHaveLength(1)
    }, 120000)
})
