/**
 * The mail engine against the real servers: smtp-server delivering into Dovecot through
 * dovecot-lda, Dovecot checking every token at the OAuth server, the reader running inbound email
 * actions in the instance realm. Fails (never skips) when Dovecot is missing: World.start throws.
 */
import { platform } from '../../stand-ins/platform.ts'
import { World, type Mailbox } from '../world.ts'
import { EMAIL_TYPE, EXCHANGE_ANSWERS, RETRY_INTERVALS_MINUTES, answerLine, type SenderRun, type SmtpAnswer } from './index.ts'

let world: World
let inbound: Mailbox

beforeAll(async () => {
    world = await World.start({ mailEngine: true, imapMechanisms: ['xoauth2'] })
    inbound = await world.addAuthorizedAccount('support@example.com')
})

afterAll(async () => {
    await world?.stop()
})

afterEach(() => {
    world.mail!.setFilter('ignoreHeader', true)
    world.mail!.setFilter('junkSenderEqualsRecipient', true)
    world.mail!.inbound.flows.length = 0
    delete platform.properties['glide.email.allow_duplicate_message_ids']
    world.smtp.clearScript()
    world.mail!.startSender()
    world.mail!.startReader()
    delete platform.properties['glide.email.smtp.active']
    for (const action of platform.db.rows('sysevent_in_email_action')) platform.db.update('sysevent_in_email_action', String(action.sys_id), { active: false })
})

const mail = () => world.mail!
const row = (sysId: string) => platform.db.row('sys_email', sysId)
const readOf = async (mailbox: Mailbox) => (await mail().runReader()).accounts.find((entry) => entry.account === mailbox.sysId)

/** The instance mailing itself is ignored by default (test/platform/email-defaults.ts): these tests are about the actions, so they switch both filters off. */
function filtersOff(): void {
    mail().setFilter('ignoreHeader', false)
    mail().setFilter('junkSenderEqualsRecipient', false)
}

const raw = (messageId: string, subject: string, from = 'someone@example.com') => Buffer.from(`From: ${from}\r\nTo: support@example.com\r\nMessage-ID: ${messageId}\r\nSubject: ${subject}\r\n\r\nHello\r\n`)

describe('healthy round trip', () => {
    beforeEach(filtersOff)

    it('sends a send-ready email through the active SMTP account into Dovecot; the reader stores it, deletes it from the server and runs the actions by order', async () => {
        mail().addInboundAction({ name: 'Later', order: 300, script: "gs.info('later: ' + email.subject)" })
        mail().addInboundAction({ name: 'First', order: 50, script: "gs.info('first: ' + email.subject)" })
        mail().addCreateIncidentAction(100)
        mail().addInboundAction({ name: 'Inactive', order: 10, active: false, script: "gs.info('inactive ran')" })
        mail().addInboundAction({ name: 'Not for this mail', order: 20, conditionScript: "email.subject.indexOf('Invoice') == 0", script: "gs.info('condition ran')" })
        const email = mail().queueEmail({ to: inbound.login, subject: 'Printer on fire', bodyText: 'Third floor.' })

        const sent = await mail().runSender()
        expect(sent).toMatchObject({ account: world.notifier!.sysId, attempts: [{ email, subject: 'Printer on fire', outcome: 'sent' }] })
        expect(row(email)).toMatchObject({ type: EMAIL_TYPE.sent, error_string: '', email_account: world.notifier!.sysId })
        expect(world.smtp.messages.at(-1)).toMatchObject({ user: world.notifier!.login, from: world.notifier!.login, recipients: [inbound.login] })

        const read = await readOf(inbound)
        expect(read).toMatchObject({ outcome: 'read', login: inbound.login })
        expect(read!.received).toHaveLength(1)
        const received = read!.received[0]
        // The app's own action (order -1000, from dist/app) runs first and lets a normal email through.
        expect(received.actions.map((action) => action.name)).toEqual(["Email OAuth Manager: swallow this instance's mail-flow canaries", 'First', 'Create Incident', 'Later'])
        const incident = received.actions[2].created
        expect(row(received.email)).toMatchObject({
            type: EMAIL_TYPE.received,
            state: 'processed',
            receive_type: 'new',
            subject: 'Printer on fire',
            recipients: inbound.login,
            user: world.notifier!.login,
            email_account: inbound.sysId,
            target_table: 'incident',
            instance: incident?.sysId,
        })
        expect(String(row(received.email)?.body_text)).toContain('Third floor.')
        expect(String(row(received.email)?.headers)).toMatch(/^Subject: Printer on fire$/m)
        expect(platform.db.row('incident', incident!.sysId)).toMatchObject({ short_description: 'Printer on fire', contact_type: 'email' })
        expect(platform.logs.map((line) => line.message)).toEqual(expect.arrayContaining(['first: Printer on fire', 'later: Printer on fire']))
        expect(platform.logs.map((line) => line.message)).not.toEqual(expect.arrayContaining(['inactive ran', 'condition ran']))

        // Read means deleted from the server: the next run finds nothing.
        expect((await readOf(inbound))?.received).toEqual([])
    })

    it('an action with Stop processing ends the chain: no later action runs, no incident is created', async () => {
        mail().addCreateIncidentAction(100)
        mail().addInboundAction({ name: 'Swallow', order: 10, stopProcessing: true, conditionScript: "email.subject.indexOf('[probe]') == 0", script: "gs.info('swallowed')" })
        mail().addInboundAction({ name: 'Stops from its script', order: 20, conditionScript: "email.subject.indexOf('[script-stop]') == 0", script: "event.state = 'stop_processing';" })
        const incidentsBefore = platform.db.rows('incident').length
        mail().queueEmail({ to: inbound.login, subject: '[probe] 1' })
        mail().queueEmail({ to: inbound.login, subject: '[script-stop] 2' })
        mail().queueEmail({ to: inbound.login, subject: 'A normal request' })
        await mail().runSender()

        const received = (await readOf(inbound))!.received
        const actionsBySubject = Object.fromEntries(received.map((entry) => [entry.subject, entry.actions.map((action) => `${action.name}${action.stoppedProcessing ? ' (stop)' : ''}`)]))
        expect(actionsBySubject).toEqual({
            '[probe] 1': ['Swallow (stop)'],
            '[script-stop] 2': ['Stops from its script (stop)'],
            'A normal request': ['Create Incident'],
        })
        expect(platform.db.rows('incident').length).toBe(incidentsBefore + 1)
        for (const entry of received) expect(row(entry.email)?.state).toBe('processed')
    })

    it('an email no action matches is still received and processed (not received-ignored)', async () => {
        mail().queueEmail({ to: inbound.login, subject: 'Nobody handles me' })
        await mail().runSender()
        const [received] = (await readOf(inbound))!.received
        expect(received.actions).toEqual([])
        expect(row(received.email)).toMatchObject({ type: 'received', state: 'processed' })
    })
})

describe('the SMTP server refuses', () => {
    const sendOne = async (subject: string, to = inbound.login): Promise<{ email: string; run: SenderRun }> => {
        const email = mail().queueEmail({ to, subject })
        return { email, run: await mail().runSender() }
    }
    const expectFailed = (email: string, run: SenderRun, answer: SmtpAnswer) => {
        expect(run.attempts).toEqual([expect.objectContaining({ email, outcome: 'send-failed', errorString: answerLine(answer) })])
        expect(row(email)).toMatchObject({ type: EMAIL_TYPE.sendFailed, error_string: answerLine(answer) })
    }

    it.each([
        ['535 5.7.139 for the mailbox', EXCHANGE_ANSWERS.smtpAuthDisabledForMailbox],
        ['535 5.7.139 for the tenant', EXCHANGE_ANSWERS.smtpAuthDisabledForTenant],
        ['535 5.7.3', EXCHANGE_ANSWERS.authenticationUnsuccessful],
    ])('%s at login: send-failed with the exact answer, and never retried', async (_name, answer) => {
        world.smtp.script({ stage: 'login', address: world.notifier!.login, answer })
        const { email, run } = await sendOne(`login refused ${answer.text.slice(0, 9)}`)
        expectFailed(email, run, answer)
        world.smtp.clearScript()
        await world.advance(RETRY_INTERVALS_MINUTES[0] * 60)
        expect((await mail().runSender()).attempts.map((attempt) => attempt.email)).not.toContain(email)
        expect(row(email)?.type).toBe(EMAIL_TYPE.sendFailed)
    })

    it('550 5.7.60 when the account may not send as its From address', async () => {
        world.smtp.script({ stage: 'mail-from', address: world.notifier!.login, answer: EXCHANGE_ANSWERS.sendAsDenied })
        const { email, run } = await sendOne('send as')
        expectFailed(email, run, EXCHANGE_ANSWERS.sendAsDenied)
    })

    it('550 5.1.1 for an unknown recipient, while the next email goes out', async () => {
        world.smtp.script({ stage: 'rcpt', address: 'nobody@example.com', answer: EXCHANGE_ANSWERS.unknownRecipient })
        const bad = mail().queueEmail({ to: 'nobody@example.com', subject: 'to nobody' })
        const good = mail().queueEmail({ to: inbound.login, subject: 'to support' })
        const run = await mail().runSender()
        expect(run.attempts.map((attempt) => [attempt.subject, attempt.outcome])).toEqual([
            ['to nobody', 'send-failed'],
            ['to support', 'sent'],
        ])
        expect(row(bad)).toMatchObject({ type: EMAIL_TYPE.sendFailed, error_string: answerLine(EXCHANGE_ANSWERS.unknownRecipient) })
        expect(row(good)?.type).toBe(EMAIL_TYPE.sent)
        await readOf(inbound)
    })

    it('a revoked outbound token is refused by introspection: 535 5.7.3, as Exchange answers; re-authorized, mail flows again', async () => {
        await world.oauth.control.revokeRefreshTokens(world.notifier!.login)
        const { email, run } = await sendOne('revoked')
        expectFailed(email, run, EXCHANGE_ANSWERS.authenticationUnsuccessful)
        await world.authorize(world.notifier!)
        const { email: after, run: next } = await sendOne('after re-authorization')
        expect(next.attempts).toEqual([expect.objectContaining({ email: after, outcome: 'sent' })])
        expect(row(email)?.type).toBe(EMAIL_TYPE.sendFailed)
        await readOf(inbound)
    })

    it('a 4xx answer is retried with back-off (send-retry-backoff), then sent', async () => {
        world.smtp.script({ stage: 'mail-from', address: world.notifier!.login, answer: EXCHANGE_ANSWERS.serviceNotAvailable, times: 1 })
        const email = mail().queueEmail({ to: inbound.login, subject: 'retried' })
        const first = await mail().runSender()
        expect(first.attempts).toEqual([expect.objectContaining({ email, outcome: 'send-retry-backoff', errorString: answerLine(EXCHANGE_ANSWERS.serviceNotAvailable) })])
        expect(row(email)?.type).toBe(EMAIL_TYPE.sendRetryBackoff)
        expect((await mail().runSender()).attempts).toEqual([]) // not due before a minute
        await world.advance(RETRY_INTERVALS_MINUTES[0] * 60)
        expect((await mail().runSender()).attempts).toEqual([expect.objectContaining({ email, outcome: 'sent' })])
        expect(row(email)?.type).toBe(EMAIL_TYPE.sent)
        await readOf(inbound)
    })

    it('a 4xx answer past the lookback period is a permanent failure', async () => {
        // Three minutes, so the world's tokens stay valid (they live an hour and nothing refreshes them here).
        platform.properties['glide.email.smtp.claim.lookback.hrs'] = '0.05'
        try {
            world.smtp.script({ stage: 'mail-from', address: world.notifier!.login, answer: EXCHANGE_ANSWERS.serviceNotAvailable })
            const email = mail().queueEmail({ to: inbound.login, subject: 'never through' })
            await mail().runSender()
            await world.advance(180)
            const last = await mail().runSender()
            expect(last.attempts).toEqual([expect.objectContaining({ email, outcome: 'send-failed' })])
            expect(row(email)).toMatchObject({ type: EMAIL_TYPE.sendFailed, error_string: answerLine(EXCHANGE_ANSWERS.serviceNotAvailable) })
        } finally {
            delete platform.properties['glide.email.smtp.claim.lookback.hrs']
        }
    })
})

describe('sending and reading switched off', () => {
    it('glide.email.smtp.active = false: nothing is sent, the email stays send-ready until sending is enabled again', async () => {
        platform.properties['glide.email.smtp.active'] = 'false'
        const email = mail().queueEmail({ to: inbound.login, subject: 'held' })
        const messagesBefore = world.smtp.messages.length
        expect(await mail().runSender()).toMatchObject({ skipped: 'sending_disabled', attempts: [] })
        expect(row(email)?.type).toBe(EMAIL_TYPE.sendReady)
        expect(world.smtp.messages.length).toBe(messagesBefore)
        platform.properties['glide.email.smtp.active'] = 'true'
        expect((await mail().runSender()).attempts).toEqual([expect.objectContaining({ email, outcome: 'sent' })])
        await readOf(inbound)
    })

    it('the SMTP Sender job stopped: nothing is sent until it is Ready again', async () => {
        mail().stopSender()
        const email = mail().queueEmail({ to: inbound.login, subject: 'sender stopped' })
        expect(await mail().runSender()).toMatchObject({ skipped: 'sender_stopped', attempts: [] })
        expect(row(email)?.type).toBe(EMAIL_TYPE.sendReady)
        expect(platform.db.rows('sys_trigger').find((trigger) => trigger.name === 'SMTP Sender')?.state).not.toBe('0')
        mail().startSender()
        expect((await mail().runSender()).attempts).toEqual([expect.objectContaining({ email, outcome: 'sent' })])
        await readOf(inbound)
    })

    it('the Email Reader job stopped: the mail waits in Dovecot and is read once the job is Ready again', async () => {
        mail().queueEmail({ to: inbound.login, subject: 'reader stopped' })
        await mail().runSender()
        mail().stopReader()
        expect(await mail().runReader()).toMatchObject({ skipped: 'reader_stopped', accounts: [] })
        mail().startReader()
        expect((await readOf(inbound))!.received.map((entry) => entry.subject)).toEqual(['reader stopped'])
    })

    it('runDue runs each job on the platform clock: the sender every minute, the reader every two', async () => {
        await world.advance(120)
        expect(Object.keys(await mail().runDue())).toEqual(['sender', 'reader'])
        await world.advance(60)
        expect(Object.keys(await mail().runDue())).toEqual(['sender'])
        await world.advance(60)
        expect(Object.keys(await mail().runDue())).toEqual(['sender', 'reader'])
    })
})

describe('inbound accounts', () => {
    it('an inactive account is not read: its mail stays on the server', async () => {
        const dormant = await world.addAuthorizedAccount('dormant@example.com')
        platform.db.update('sys_email_account', dormant.sysId, { active: false })
        mail().queueEmail({ to: dormant.login, subject: 'for the dormant mailbox' })
        await mail().runSender()
        const run = await mail().runReader()
        expect(run.accounts.map((entry) => entry.account)).not.toContain(dormant.sysId)
        platform.db.update('sys_email_account', dormant.sysId, { active: true })
        expect((await readOf(dormant))!.received.map((entry) => entry.subject)).toEqual(['for the dormant mailbox'])
    })

    it('a token Dovecot refuses (authorized as another identity): that account fails with the server’s answer, the others are read', async () => {
        const misauthorized = world.addAccount('helpdesk@example.com')
        await world.authorize(misauthorized, 'someone.else@example.com')
        mail().queueEmail({ to: misauthorized.login, subject: 'for the helpdesk' })
        mail().queueEmail({ to: inbound.login, subject: 'for support' })
        await mail().runSender()
        const run = await mail().runReader()
        const refused = run.accounts.find((entry) => entry.account === misauthorized.sysId)
        expect(refused).toMatchObject({ outcome: 'login_refused', received: [] })
        expect(refused!.error).toMatch(/AUTHENTICATIONFAILED/)
        expect(platform.db.rows('syslog').map((line) => line.message)).toEqual(expect.arrayContaining([expect.stringContaining(`(${misauthorized.login}): [AUTHENTICATIONFAILED]`)]))
        expect(run.accounts.find((entry) => entry.account === inbound.sysId)!.received.map((entry) => entry.subject)).toEqual(['for support'])
        // The message is still in the mailbox: authorized correctly, the account is read.
        await world.authorize(misauthorized)
        expect((await readOf(misauthorized))!.received.map((entry) => entry.subject)).toEqual(['for the helpdesk'])
    })
})

describe('the platform\'s documented defaults', () => {
    it('every email the instance sends carries X-ServiceNow-Generated: true, and the Ignore header filter stores it received-ignored, unprocessed', async () => {
        mail().addCreateIncidentAction(100)
        const incidents = platform.db.rows('incident').length
        mail().queueEmail({ to: inbound.login, subject: 'From the instance to itself' })
        await mail().runSender()
        expect(world.smtp.messages.at(-1)!.raw.toString('utf8')).toMatch(/^X-ServiceNow-Generated: true\r?$/im) // header names are case-insensitive (RFC 5322); nodemailer writes X-Servicenow-Generated
        const [received] = (await readOf(inbound))!.received
        expect(received).toMatchObject({ ignoredBy: 'Ignore header', flows: [], actions: [] })
        expect(row(received.email)).toMatchObject({ type: 'received-ignored', state: 'ignored' })
        expect(platform.db.rows('incident').length).toBe(incidents)
    })

    it('with Ignore header off, "Junk email - sender equals recipient" moves mail from the SMTP user to Junk, unprocessed; with both off it is processed', async () => {
        mail().setFilter('ignoreHeader', false)
        mail().queueEmail({ to: inbound.login, subject: 'Junk by sender' })
        await mail().runSender()
        const [junk] = (await readOf(inbound))!.received
        expect(junk).toMatchObject({ ignoredBy: 'Junk email - sender equals recipient', actions: [] })
        expect(row(junk.email)).toMatchObject({ type: 'received-ignored', state: 'ignored', mailbox: 'junk' })
        mail().setFilter('junkSenderEqualsRecipient', false)
        mail().queueEmail({ to: inbound.login, subject: 'No filter' })
        await mail().runSender()
        const [processed] = (await readOf(inbound))!.received
        expect(processed.ignoredBy).toBeUndefined()
        expect(row(processed.email)).toMatchObject({ type: 'received', state: 'processed' })
    })

    it('mail from outside passes both filters', async () => {
        await world.dovecot.deliver(inbound.login, raw('<outside-1@example.com>', 'A customer writes'))
        const [received] = (await readOf(inbound))!.received
        expect(received.ignoredBy).toBeUndefined()
        expect(row(received.email)).toMatchObject({ type: 'received', state: 'processed' })
    })

    it('a second email with a Message-ID already received is dropped unstored (KB0816001), unless duplicates are allowed', async () => {
        await world.dovecot.deliver(inbound.login, raw('<dup-1@example.com>', 'Once'))
        await world.dovecot.deliver(inbound.login, raw('<dup-1@example.com>', 'Once'))
        const read = (await readOf(inbound))!
        expect(read.received).toHaveLength(1)
        expect(read.droppedDuplicates).toEqual(['<dup-1@example.com>'])
        platform.properties['glide.email.allow_duplicate_message_ids'] = 'true'
        await world.dovecot.deliver(inbound.login, raw('<dup-1@example.com>', 'Once'))
        expect((await readOf(inbound))!.received).toHaveLength(1)
    })

    it('an inbound email flow runs before every action, and its trigger\'s Stop processing keeps the email from them', async () => {
        mail().addCreateIncidentAction(100)
        const handled: string[] = []
        mail().addInboundFlow({ name: 'Route invoices', matches: (email) => String(email.subject).startsWith('Invoice'), run: (email) => handled.push(String(email.subject)) })
        await world.dovecot.deliver(inbound.login, raw('<flow-1@example.com>', 'Invoice 42'))
        await world.dovecot.deliver(inbound.login, raw('<flow-2@example.com>', 'Something else'))
        const received = (await readOf(inbound))!.received
        const bySubject = Object.fromEntries(received.map((entry) => [entry.subject, { flows: entry.flows.map((flow) => flow.name), actions: entry.actions.map((action) => action.name) }]))
        expect(bySubject['Invoice 42']).toEqual({ flows: ['Route invoices'], actions: [] })
        expect(bySubject['Something else'].flows).toEqual([])
        expect(bySubject['Something else'].actions).toContain('Create Incident')
        expect(handled).toEqual(['Invoice 42'])
    })
})
