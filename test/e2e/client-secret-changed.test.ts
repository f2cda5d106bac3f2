/**
 * Scenario 4: the client secret is changed at the provider (rotated or expired in Entra) while the
 * Application Registry still holds the old one; then the admin types the new one.
 */
import { EVENT, STATUS } from '../../src/common/app.ts'
import { platform } from '../stand-ins/platform.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const NEW_SECRET = 'rotated-client-secret-value'

let world: World
let mailbox: Mailbox
let failingRuns: JobRun[]
let loginWithOldSecretToken: string
/** The access token the platform held before the change, and what it holds after the failing runs. */
let tokenBefore: { accessToken: string | null; accessExpiresAt: number | null }
let tokenWhileFailing: { accessToken: string | null; accessExpiresAt: number | null }
let healthWhileFailing: Record<string, unknown> | undefined

beforeAll(async () => {
    world = await World.start({ notifier: false })
    mailbox = world.addAccount('secret@example.com', 'Secret change mailbox')
    await world.authorize(mailbox)
    await world.advance(3400) // 200 s left: due at this run
    await world.oauth.control.setClientSecret(world.client.clientId, NEW_SECRET)
    tokenBefore = { accessToken: world.token(mailbox)?.accessToken ?? null, accessExpiresAt: world.token(mailbox)?.accessExpiresAt ?? null }

    failingRuns = await world.runEvery(3, async (_run, index) => {
        // 200 s left at the first failing run: the token issued before the change is still good.
        if (index === 0) loginWithOldSecretToken = await world.imapLogin(mailbox)
    })
    healthWhileFailing = world.health(mailbox)
    tokenWhileFailing = { accessToken: world.token(mailbox)?.accessToken ?? null, accessExpiresAt: world.token(mailbox)?.accessExpiresAt ?? null }

    platform.db.update('oauth_entity', world.entityId, { client_secret: NEW_SECRET })
    await world.runJob()
}, 60000)

afterAll(async () => {
    await world?.stop()
})

// The Entra-like server answers the retired secret as Entra answers an expired one (AADSTS7000222).
it('marks the account misconfigured with code client_secret_expired, from the provider’s 401 (AADSTS7000222)', () => {
    const first = failingRuns[0].tokenRequests.filter((request) => request.parameters.oauth_requestor === mailbox.sysId)
    expect(first.map((request) => request.reply?.status)).toEqual([401])
    expect(healthWhileFailing).toMatchObject({ status: STATUS.misconfigured, last_error_code: 'client_secret_expired' })
    expect(world.events(mailbox)[0]).toMatchObject({ name: EVENT.misconfigured, parm2: 'client_secret_expired' })
})

it('queues the misconfigured event once, not on every run', () => {
    expect(world.events(mailbox).filter((event) => event.name === EVENT.misconfigured)).toHaveLength(1)
})

it('keeps the access token it holds through the failed refreshes (neither cleared nor replaced), so mail works until it expires', () => {
    expect(tokenBefore.accessToken).toBeTruthy()
    expect(tokenWhileFailing).toEqual(tokenBefore)
    expect(loginWithOldSecretToken).toBe('logged_in')
})

it('recovers on the next run once the new secret is on the Application Registry form', async () => {
    expect(world.health(mailbox)).toMatchObject({ status: STATUS.ok })
    expect(world.events(mailbox).map((event) => event.name)).toEqual([EVENT.misconfigured, EVENT.recovered])
    expect(world.accessSecondsLeft(mailbox)).toBeGreaterThan(3000)
    expect(await world.imapLogin(mailbox)).toBe('logged_in')
})
