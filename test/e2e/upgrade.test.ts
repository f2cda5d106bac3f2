/**
 * Scenario: the second install. The app is installed (dist/app as built), an admin does what the
 * README says (fills in the provider, sets up and activates the outbound account, tunes a property,
 * adds a mailbox, edits the shipped IMAP account), mail flows; then the app is upgraded with a
 * changed build, whose first-install records carry other values (a v2 placeholder, another property
 * default, another mailbox) and whose app records changed (a notification's subject). The upgrade
 * writes dist/app/update/ again and never loads dist/app/unload/: every admin edit survives, the
 * app's own change arrives, and tokens keep refreshing with real tokens that Dovecot and the SMTP
 * server accept. A property the first version did not have (here: removed from the instance before the
 * upgrade, as if installed by a version without it) is created by the fix script with its default,
 * and the admin's edited property keeps its value.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EVENT, PROPERTY } from '../../src/common/app.ts'
import { MAIL_FLOW_PROPERTY } from '../../src/mail-flow/names.ts'
import { MICROSOFT, PLACEHOLDER } from '../../src/providers.ts'
import { loadBuiltApp, type AppRecord } from '../build/dist-app.ts'
import { platform } from '../stand-ins/platform.ts'
import { DIST_APP_DIR } from './runner/built-app-runner.ts'
import { World, type JobRun, type Mailbox } from './world.ts'

const V2_SUBJECT_PREFIX = 'v2: '
const V2_CLIENT_ID = 'v2-placeholder-client-id'
const V2_MAILBOX = 'v2-placeholder@example.com'
const V2_REFRESH_WINDOW = '1200'
/** The property the first version "did not have": removed from the instance before the upgrade. */
const NEW_PROPERTY = PROPERTY.refreshWorkers
const FIX_SCRIPT_NAME = 'Email OAuth Manager: add new properties'

let world: World
let v2Dir: string
let mailbox: Mailbox
let shippedImapId: string
let before: { provider: Record<string, unknown>; notifier: Record<string, unknown>; shippedImap: Record<string, unknown> }
let runsAfterUpgrade: JobRun[]
let failedLogins: string[]

/** A copy of dist/app with other first-install values and one changed app record: the next version. */
function buildNextVersion(): string {
    const dir = mkdtempSync(join(tmpdir(), 'email-oauth-v2-'))
    cpSync(DIST_APP_DIR, dir, { recursive: true })
    const app = loadBuiltApp(dir)
    const edit = (record: AppRecord | undefined, field: string, value: string): void => {
        if (!record) throw new Error(`the build has no record to change for ${field}`)
        const path = join(dir, record.file)
        const text = readFileSync(path, 'utf8')
        const changed = text.replace(new RegExp(`<${field}>[^<]*</${field}>`), `<${field}>${value}</${field}>`)
        if (changed === text) throw new Error(`${record.file}: no <${field}> to change`)
        writeFileSync(path, changed)
    }
    edit(app.of('oauth_entity').find((r) => r.fields.name === MICROSOFT.entityName), 'client_id', V2_CLIENT_ID)
    edit(app.of('sys_properties').find((r) => r.fields.name === PROPERTY.refreshWindowSeconds.name), 'value', V2_REFRESH_WINDOW)
    edit(app.of('sys_email_account').find((r) => r.fields.name === 'Microsoft 365 outbound (SMTP)'), 'user_name', V2_MAILBOX)
    edit(app.of('sys_email_account').find((r) => r.fields.name === 'Microsoft 365 inbound (IMAP)'), 'user_name', V2_MAILBOX)
    const notification = app.of('sysevent_email_action').find((r) => r.fields.event_name === EVENT.needsAuthorization)
    edit(notification, 'subject', V2_SUBJECT_PREFIX + (notification?.fields.subject ?? ''))
    // A version that adds a property names it in the fix script's description, which updates the fix script.
    const fixScript = app.of('sys_script_fix').find((r) => r.fields.name === FIX_SCRIPT_NAME)
    edit(fixScript, 'description', `v2: ${fixScript?.fields.description ?? ''}`)
    return dir
}

beforeAll(async () => {
    world = await World.start()
    // The admin's work after the first install (World.start already filled in the provider's client
    // id, secret and token URL and set up and activated the outbound account for the notifier).
    platform.properties[PROPERTY.refreshWindowSeconds.name] = '900'
    const shippedImap = platform.db.rows('sys_email_account').find((row) => row.type === 'imap' && row.oauth_profile === world.profileId)!
    shippedImapId = String(shippedImap.sys_id)
    platform.db.update('sys_email_account', shippedImapId, { user_name: 'helpdesk@contoso.com' })
    ;[mailbox] = await world.addAuthorizedAccounts(['sales@contoso.com'])
    await world.runEvery(3)
    before = {
        provider: platform.db.row('oauth_entity', world.entityId)!,
        notifier: platform.db.row('sys_email_account', world.notifier!.sysId)!,
        shippedImap: platform.db.row('sys_email_account', shippedImapId)!,
    }

    // As if the first version had no NEW_PROPERTY and no mail flow: their records are not on the instance.
    for (const { name } of [NEW_PROPERTY, ...Object.values(MAIL_FLOW_PROPERTY)]) {
        const row = platform.db.rows('sys_properties').find((candidate) => candidate.name === name)!
        platform.db.delete('sys_properties', String(row.sys_id))
        delete platform.properties[name]
    }

    v2Dir = buildNextVersion()
    world.upgradeTo(v2Dir)

    // Two hours after the upgrade, with every refreshed token tried at the mail servers.
    failedLogins = []
    runsAfterUpgrade = await world.runEvery(40, async (run) => {
        failedLogins.push(...(await world.loginsAfterRun(run, [mailbox, world.notifier!])))
    })
}, 120000)

afterAll(async () => {
    await world?.stop()
    if (v2Dir) rmSync(v2Dir, { recursive: true, force: true })
})

it('builds a next version whose first-install records really differ (so what follows is not vacuous)', () => {
    const v2 = loadBuiltApp(v2Dir)
    expect(v2.of('oauth_entity').find((r) => r.fields.name === MICROSOFT.entityName)?.fields.client_id).toBe(V2_CLIENT_ID)
    expect(v2.of('sys_properties').find((r) => r.fields.name === PROPERTY.refreshWindowSeconds.name)?.fields.value).toBe(V2_REFRESH_WINDOW)
    expect(v2.of('sys_email_account').every((r) => r.file.startsWith('unload'))).toBe(true)
    const edited = v2.of('sys_email_account').filter((r) => r.fields.name === 'Microsoft 365 outbound (SMTP)' || r.fields.name === 'Microsoft 365 inbound (IMAP)')
    expect(edited.map((r) => r.fields.user_name)).toEqual([V2_MAILBOX, V2_MAILBOX])
})

it("keeps the admin's provider: client id, secret and token URL", () => {
    const provider = platform.db.row('oauth_entity', world.entityId)!
    expect(provider).toMatchObject({ client_id: world.client.clientId, client_secret: world.client.clientSecret, token_url: world.oauth.tokenUrl })
    expect(provider.client_id).not.toBe(PLACEHOLDER.clientId)
    expect(provider.sys_mod_count).toBe(before.provider.sys_mod_count)
})

it("keeps the admin's accounts: the outbound account active with its mailbox, the shipped IMAP account's mailbox", () => {
    expect(platform.db.row('sys_email_account', world.notifier!.sysId)).toEqual(before.notifier)
    expect(platform.db.row('sys_email_account', world.notifier!.sysId)).toMatchObject({ active: true, user_name: 'notifications@example.com' })
    expect(platform.db.row('sys_email_account', shippedImapId)).toEqual(before.shippedImap)
    expect(platform.db.row('sys_email_account', mailbox.sysId)).toMatchObject({ active: true, user_name: 'sales@contoso.com' })
})

it("keeps the admin's property value", () => {
    expect(platform.properties[PROPERTY.refreshWindowSeconds.name]).toBe('900')
    expect(platform.db.rows('sys_properties').find((row) => row.name === PROPERTY.refreshWindowSeconds.name)?.value).not.toBe(V2_REFRESH_WINDOW)
})

it('gives a property the instance did not have its default, through the fix script the upgrade runs', () => {
    expect(world.runner.lastFixScripts).toEqual([FIX_SCRIPT_NAME])
    const created = platform.db.rows('sys_properties').filter((row) => row.name === NEW_PROPERTY.name)
    expect(created).toEqual([expect.objectContaining({ type: 'integer', value: String(NEW_PROPERTY.default), write_roles: 'admin' })])
    expect(platform.properties[NEW_PROPERTY.name]).toBe(String(NEW_PROPERTY.default))
    expect(platform.logs).toContainEqual({ level: 'info', message: expect.stringContaining(`added the new properties ${NEW_PROPERTY.name}`) })
})

it('gives the mail-flow properties the instance did not have the values a first install ships, choices included', () => {
    const shipped = world.runner.app.of('sys_properties')
    for (const { name } of Object.values(MAIL_FLOW_PROPERTY)) {
        const first = shipped.find((record) => record.fields.name === name)!.fields
        const created = platform.db.rows('sys_properties').filter((row) => row.name === name)
        const choices = first.choices ? { choices: first.choices } : {}
        expect(created).toEqual([expect.objectContaining({ type: first.type, value: first.value, ...choices })])
    }
})

it("brings the app's own change: the notification as the new version declares it", () => {
    const subject = world.runner.app.of('sysevent_email_action').find((r) => r.fields.event_name === EVENT.needsAuthorization)?.fields.subject
    expect(subject?.startsWith(V2_SUBJECT_PREFIX)).toBe(true)
})

it('keeps the mail flowing: tokens refresh before expiry and every new token logs in to IMAP and SMTP', () => {
    const refreshedMailbox = runsAfterUpgrade.flatMap((run) => run.tokenRequests).filter((r) => r.parameters.oauth_requestor === mailbox.sysId)
    const refreshedNotifier = runsAfterUpgrade.flatMap((run) => run.tokenRequests).filter((r) => r.parameters.oauth_requestor === world.notifier!.sysId)
    expect(refreshedMailbox.length).toBeGreaterThanOrEqual(2)
    expect(refreshedNotifier.length).toBeGreaterThanOrEqual(2)
    expect([...refreshedMailbox, ...refreshedNotifier].every((r) => r.stored && r.reply?.status === 200 && r.entityName === '')).toBe(true)
    expect(failedLogins).toEqual([])
    expect(world.health(mailbox)?.status).toBe('ok')
    expect(world.accessSecondsLeft(mailbox)).toBeGreaterThan(0)
    expect(runsAfterUpgrade.flatMap((run) => run.events)).toEqual([])
})

it('would lose the admin\'s provider if it were an update/ record: the upgrade does write update/ (runs last: it changes the instance)', () => {
    const app = loadBuiltApp(v2Dir)
    const provider = app.of('oauth_entity').find((r) => r.fields.name === MICROSOFT.entityName)!
    const moved = provider.file.replace(/^unload/, 'update')
    cpSync(join(v2Dir, provider.file), join(v2Dir, moved))
    rmSync(join(v2Dir, provider.file))
    world.upgradeTo(v2Dir)
    expect(platform.db.row('oauth_entity', world.entityId)).toMatchObject({ client_id: V2_CLIENT_ID })
})
