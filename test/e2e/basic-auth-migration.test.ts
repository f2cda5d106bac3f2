/**
 * A Basic-auth IMAP account moved to OAuth by the built app's UI actions, with mail read at every
 * step: before, while the OAuth twin is prepared and authorized, across the switch, and after (the
 * token keeper refreshing the twin), then undone. A real Dovecot accepts the mailbox's password
 * (Basic) and OAuth tokens checked at the real OAuth server. The accounts name Microsoft's server,
 * as on an instance; the test's reader connects to the local Dovecot in its place.
 */
import { ImapFlow } from 'imapflow'
import { startDovecot, type DovecotServer } from '../servers/dovecot.ts'
import { platform, type Row } from '../stand-ins/platform.ts'
import { World } from './world.ts'

const MAILBOX = 'servicedesk@example.com'
const PASSWORD = 'basic-password-1'

let world: World
let dovecot: DovecotServer
let basicId: string
/** One line per checkpoint: how many accounts read the mailbox, and whether the reader got in. */
const timeline: string[] = []

function readers(): Row[] {
    return platform.db.rows('sys_email_account').filter((row) => row.user_name === MAILBOX && row.type === 'imap' && row.active === true)
}

async function login(account: Row, password = PASSWORD): Promise<boolean> {
    const auth =
        account.authentication === 'password'
            ? { user: MAILBOX, pass: password }
            : { user: MAILBOX, accessToken: platform.oauth.token(String(account.sys_id), String(account.oauth_profile))?.accessToken ?? '' }
    const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, doSTARTTLS: false, auth, logger: false, connectionTimeout: 5000 })
    client.on('error', () => undefined)
    try {
        await client.connect()
        await client.logout()
        return true
    } catch {
        return false
    } finally {
        client.close()
    }
}

/** The platform's IMAP reader at this moment: exactly one active account must read the mailbox, and get in. */
async function checkpoint(label: string): Promise<void> {
    const active = readers()
    const results = await Promise.all(active.map((account) => login(account)))
    timeline.push(`${label}: ${active.length} reader(s) ${active.map((a, i) => `${String(a.authentication)}=${results[i] ? 'in' : 'refused'}`).join(' ')}`)
}

const click = (name: string, sysId: string) => world.runner.clickUiAction('sys_email_account', name, sysId)
const messages = () => platform.formMessages.map((m) => `${m.type}: ${m.message}`)

beforeAll(async () => {
    world = await World.start({ notifier: false })
    dovecot = await startDovecot({ introspectionUrl: world.oauth.introspectionUrl, ...world.oauth.resourceServer, users: [MAILBOX], mechanisms: ['xoauth2'], passwords: { [MAILBOX]: PASSWORD } })
    basicId = platform.db.insert('sys_email_account', {
        name: 'Service desk',
        type: 'imap',
        active: true,
        authentication: 'password',
        server: 'outlook.office365.com',
        port: '993',
        enable_ssl: true,
        user_name: MAILBOX,
        password: PASSWORD,
    })
}, 60000)

afterAll(async () => {
    await dovecot?.stop()
    await world?.stop()
})

it('moves the mailbox from Basic to OAuth and back with exactly one reader that gets in at every step', async () => {
    await checkpoint('before')
    await world.runJob()

    click('Prepare OAuth switch', basicId)
    const twin = platform.db.rows('sys_email_account').find((row) => row.name === 'Service desk (OAuth)')!
    expect(twin).toMatchObject({ active: false, authentication: 'oauth2', user_name: MAILBOX, server: 'outlook.office365.com' })
    await checkpoint('twin prepared')

    click('Switch to OAuth', basicId)
    expect(messages().at(-1)).toMatch(/^error: Not switched: 'Service desk \(OAuth\)' holds no valid OAuth token yet/)
    await checkpoint('switch refused')

    // The admin authorizes the inactive twin as the mailbox (a real authorization-code flow).
    await world.authorize({ sysId: String(twin.sys_id), name: String(twin.name), login: MAILBOX, type: 'imap' })
    await checkpoint('twin authorized')

    click('Switch to OAuth', basicId)
    expect(messages().at(-1)).toMatch(/^info: Switched/)
    await checkpoint('switched')

    // The token keeper now keeps the twin: two hours of runs, the mailbox read after each hour.
    for (let hour = 0; hour < 2; hour++) {
        await world.runEvery(20)
        await checkpoint(`after, hour ${hour + 1}`)
    }
    expect(world.tokenRequests({ sysId: String(twin.sys_id), name: '', login: MAILBOX, type: 'imap' }).length).toBeGreaterThanOrEqual(2)

    click('Undo switch', String(twin.sys_id))
    await checkpoint('undone')

    expect(timeline).toEqual([
        'before: 1 reader(s) password=in',
        'twin prepared: 1 reader(s) password=in',
        'switch refused: 1 reader(s) password=in',
        'twin authorized: 1 reader(s) password=in',
        'switched: 1 reader(s) oauth2=in',
        'after, hour 1: 1 reader(s) oauth2=in',
        'after, hour 2: 1 reader(s) oauth2=in',
        'undone: 1 reader(s) password=in',
    ])
}, 120000)

it('reads with a real password check: Dovecot refuses a wrong password', async () => {
    expect(await login(platform.db.row('sys_email_account', basicId)!, 'not-the-password')).toBe(false)
    expect(await login(platform.db.row('sys_email_account', basicId)!)).toBe(true)
})
