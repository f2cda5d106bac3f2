/**
 * Mail flow end to end, on the built app with the platform's email engine over real servers
 * (smtp-server → Dovecot, IMAP XOAUTH2): the canary round trip and its swallowing, the outbound
 * token revoked for an hour while notifications fail and their exactly-once re-send, and the legs
 * named when the platform's jobs or the app's action are switched off.
 */
import { EVENT } from '../../src/common/app.ts'
import { CANARY_ACTION_NAME } from '../../src/common/app.ts'
import { MAIL_FLOW_EVENT } from '../../src/mail-flow/names.ts'
import { platform } from '../stand-ins/platform.ts'
import { EMAIL_TYPE } from './mail-engine/index.ts'
import { MailFlowWorld } from './mail-flow-world.ts'
import { NOTIFICATION_RECIPIENT, type Mailbox } from './world.ts'

const PERIOD_MINUTES = 30

describe('all healthy, then the outbound token revoked for an hour while the instance sends notifications', () => {
    let flow: MailFlowWorld
    let support: Mailbox
    let sales: Mailbox
    let unauthorized: Mailbox
    let resentAfterProof: number | null
    let firstRoundTrip: number | null
    let revokedAtMinute = 0
    let detectedAfter: number | null
    const sentDuringIncident: string[] = []
    let badRecipientEmail = ''
    let recoveredAfter: number | null

    beforeAll(async () => {
        flow = await MailFlowWorld.start()
        const { world } = flow
        support = await world.addAuthorizedAccount('support@example.com')
        sales = await world.addAuthorizedAccount('sales@example.com')
        // A mailbox added and never authorized: it needs authorization, and no canary is sent to it.
        unauthorized = world.addAccount('new-desk@example.com')
        firstRoundTrip = await flow.until(() => flow.canaries(support.sysId).some((c) => c.state === 'counted'), 2 * PERIOD_MINUTES + 10)

        // Before the incident: one notification to an address that does not exist fails for that reason alone.
        world.smtp.script({ stage: 'rcpt', address: 'nobody@example.com', answer: { code: 550, text: '5.1.1 RESOLVER.ADR.RecipNotFound; not found' } })
        badRecipientEmail = world.mail!.queueEmail({ to: 'nobody@example.com', subject: 'Incident INC0000001 assigned to nobody', bodyText: 'x' })
        await flow.minutes(2)

        // The outbound mailbox's grant is revoked at the provider: every send through it is refused (535 5.7.3).
        revokedAtMinute = 0
        expect(await world.oauth.control.revokeRefreshTokens(world.notifier!.login)).toBe(1)
        let elapsed = 0
        detectedAfter = null
        await flow.minutes(60, () => {
            elapsed += 1
            if (elapsed % 5 === 0) {
                const subject = `Notification ${elapsed / 5} of the hour`
                sentDuringIncident.push(subject)
                world.mail!.queueEmail({ to: NOTIFICATION_RECIPIENT, subject, bodyText: 'an update' })
            }
            if (detectedAfter === null && flow.events(MAIL_FLOW_EVENT.failing).length > 0) detectedAfter = elapsed
        })
        // Re-authorized by an admin: the incident ends with the next canary that makes the round trip.
        await world.authorize(world.notifier!)
        // One notification after re-authorization: once it leaves, the account is proven sending and re-send starts
        // at the next run (not when each mailbox's next canary comes back).
        world.mail!.queueEmail({ to: NOTIFICATION_RECIPIENT, subject: 'First notification after re-authorization', bodyText: 'x' })
        resentAfterProof = await flow.until(() => platform.db.rows('x_mail_oauth_resend').length > 0, 2 * PERIOD_MINUTES)
        recoveredAfter = await flow.until(() => flow.events(MAIL_FLOW_EVENT.recovered).length > 0, 2 * PERIOD_MINUTES + 10)
        await flow.minutes(15)
    }, 240000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('a canary leaves as the app\'s notification, arrives in Dovecot, is stored ignored by the platform and counted: no action, no record, round trip recorded', () => {
        expect(firstRoundTrip).not.toBeNull()
        const canary = flow.canaries(support.sysId).find((c) => c.state === 'counted')!
        expect(Number(canary.round_trip)).toBeGreaterThan(0)
        const outbound = flow.world.mail!.emails(EMAIL_TYPE.sent).find((e) => String(e.subject).includes(String(canary.canary_id)))!
        expect(outbound).toMatchObject({ target_table: 'x_mail_oauth_canary', instance: canary.sys_id, recipients: support.login })
        expect(flow.events(MAIL_FLOW_EVENT.canary).map((e) => e.parm2)).toContain(`acme/${String(canary.canary_id)}`)
        const received = flow.world.mail!.readerRuns.flatMap((run) => run.accounts.flatMap((a) => a.received)).find((r) => r.subject.includes(String(canary.canary_id)))!
        expect(received).toMatchObject({ ignoredBy: 'Ignore header', flows: [], actions: [] })
        // No canary ever reached "Create Incident" (the incidents of this world are the fallback alerts of the outage below).
        expect(flow.incidents().filter((incident) => /mail-flow check/.test(String(incident.short_description)))).toEqual([])
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: expect.any(String) })
        expect(Number(flow.health(support.sysId)!.round_trip_median)).toBeGreaterThan(0)
    })

    it('names the outbound leg within two canary periods, once, with the platform error text', () => {
        expect(detectedAfter).not.toBeNull()
        expect(detectedAfter!).toBeLessThanOrEqual(2 * PERIOD_MINUTES)
        // One outbound account, one incident: named once on it, however many mailboxes' canaries fail on that leg.
        const failing = flow.events(MAIL_FLOW_EVENT.failing)
        expect(failing).toEqual([expect.objectContaining({ parm1: flow.world.notifier!.sysId, parm2: 'canary_send_failed' })])
        expect(flow.health(flow.world.notifier!.sysId)).toMatchObject({ canary_status: 'ok' })
        expect(revokedAtMinute).toBe(0)
    })

    it('the mailboxes\' rows showed their canaries failing on the outbound leg (none said OK while mail could not leave), without an alert each', () => {
        const failedOutbound = platform.db.rows('x_mail_oauth_canary').filter((canary) => canary.leg === 'outbound' && canary.code === 'canary_send_failed')
        expect(new Set(failedOutbound.map((canary) => canary.mailbox))).toEqual(new Set([support.sysId, sales.sysId]))
        expect(flow.events(MAIL_FLOW_EVENT.failing).filter((event) => event.parm1 !== flow.world.notifier!.sysId)).toEqual([])
    })

    it('a mailbox never authorized gets no canary: paused with the reason, no mail-flow alert (it has its needs_authorization one)', () => {
        expect(flow.canaries(unauthorized.sysId)).toEqual([])
        expect(flow.health(unauthorized.sysId)).toMatchObject({ status: 'needs_authorization', canary_status: 'paused', canary_code: 'canary_mailbox_needs_authorization' })
    })

    it('re-sends the failed notifications soon after an email is proven to leave again, not a canary period later', () => {
        expect(resentAfterProof).not.toBeNull()
        expect(resentAfterProof!).toBeLessThanOrEqual(10)
    })

    it('keeps token health honest: the outbound token needed authorization, then recovered', () => {
        expect(platform.events.filter((e) => e.parm1 === flow.world.notifier!.sysId).map((e) => e.name)).toEqual(expect.arrayContaining([EVENT.needsAuthorization, EVENT.recovered]))
    })

    it('ends the incident with one recovered alert', () => {
        expect(recoveredAfter).not.toBeNull()
        expect(flow.events(MAIL_FLOW_EVENT.recovered)).toEqual([expect.objectContaining({ parm1: flow.world.notifier!.sysId })])
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'ok' })
        expect(flow.health(sales.sysId)).toMatchObject({ canary_status: 'ok' })
    })

    it('every notification that failed in that hour arrives exactly once; the bad recipient is not sent again', () => {
        for (const subject of sentDuringIncident) expect({ subject, deliveries: flow.deliveries(subject) }).toEqual({ subject, deliveries: 1 })
        const resent = platform.db.rows('x_mail_oauth_resend')
        expect(resent.length).toBeGreaterThanOrEqual(sentDuringIncident.length)
        expect(resent.every((row) => row.resent_by === 'Email OAuth Manager (automatic re-send)' && row.error_code === 'smtp_auth_rejected')).toBe(true)
        expect(resent.some((row) => row.email === badRecipientEmail)).toBe(false)
        expect(platform.db.row('sys_email', badRecipientEmail)?.type).toBe(EMAIL_TYPE.sendFailed)
        // Nothing that failed for authentication stays failed, but the canaries of the incident (a canary is never re-sent).
        const stillFailed = flow.world.mail!.emails(EMAIL_TYPE.sendFailed).filter((row) => /5\.7\.3/.test(String(row.error_string)) && !/mail-flow check/.test(String(row.subject)))
        expect(stillFailed).toEqual([])
    })
})

describe('the legs named: inbound token refused, SMTP AUTH off, the platform jobs stopped, the action deactivated, bad inputs', () => {
    let flow: MailFlowWorld
    let support: Mailbox

    beforeAll(async () => {
        flow = await MailFlowWorld.start()
        support = await flow.world.addAuthorizedAccount('support@example.com')
        await flow.until(() => flow.canaries(support.sysId).some((c) => c.state === 'counted'), 2 * PERIOD_MINUTES + 10)
    }, 120000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('a reply quoting our marker goes on to the normal actions; another instance\'s canary and one of ours no longer awaited (rows cleaned) are swallowed', async () => {
        const ours = flow.canaries(support.sysId).find((c) => c.state === 'counted')!
        const raw = (subject: string) => Buffer.from(`From: someone@example.com\r\nTo: support@example.com\r\nSubject: ${subject}\r\n\r\nHello\r\n`)
        await flow.world.dovecot.deliver('support@example.com', raw(`Email OAuth Manager mail-flow check [acmedev/${ours.canary_id}]`))
        await flow.world.dovecot.deliver('support@example.com', raw(`RE: Email OAuth Manager mail-flow check [acme/${ours.canary_id}]`))
        await flow.world.dovecot.deliver('support@example.com', raw('Email OAuth Manager mail-flow check [acme/ffffffffffffffffffffffffffffffff]'))
        const before = flow.incidents().length
        await flow.world.mail!.runReader()
        // Delivered from outside (no X-ServiceNow-Generated, not from the SMTP user): the filters pass them to the actions.
        expect(flow.incidents().length - before).toBe(1)
        expect(flow.incidents().at(-1)?.short_description).toMatch(/^RE: /)
    })

    it('SMTP AUTH disabled for the mailbox: the health row and the setup check name it with the fix', async () => {
        flow.world.smtp.script({ stage: 'login', address: flow.world.notifier!.login, answer: { code: 535, text: '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.' } })
        flow.world.mail!.queueEmail({ to: NOTIFICATION_RECIPIENT, subject: 'A notification', bodyText: 'x' })
        await flow.minutes(6)
        const outbound = flow.health(flow.world.notifier!.sysId)!
        expect(outbound).toMatchObject({ mail_code: 'smtp_auth_disabled' })
        expect(outbound.mail_error).toContain('Set-CASMailbox')
        flow.world.runner.clickUiAction('sys_email_account', 'Check OAuth setup', flow.world.notifier!.sysId)
        expect(platform.formMessages.map((m) => m.message).join('\n')).toMatch(/smtp_auth_disabled[\s\S]*Set-CASMailbox|Set-CASMailbox/)
        flow.world.smtp.clearScript(flow.world.notifier!.login)
        await flow.until(() => flow.health(support.sysId)?.canary_status === 'ok' && flow.health(flow.world.notifier!.sysId)?.mail_code === '', 2 * PERIOD_MINUTES + 10)
    })

    it('the SMTP Sender job stopped: the outbound leg is named as such', async () => {
        flow.world.mail!.stopSender()
        const named = await flow.until(() => flow.health(support.sysId)?.canary_code === 'canary_sender_job_stopped', 2 * PERIOD_MINUTES + 20)
        expect(named).not.toBeNull()
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'failing', canary_leg: 'outbound' })
        flow.world.mail!.startSender()
        expect(await flow.until(() => flow.health(support.sysId)?.canary_status === 'ok', 2 * PERIOD_MINUTES + 10)).not.toBeNull()
    })

    it('the Email Reader job stopped: the inbound leg is named as such', async () => {
        flow.world.mail!.stopReader()
        expect(await flow.until(() => flow.health(support.sysId)?.canary_code === 'canary_reader_job_stopped', 2 * PERIOD_MINUTES + 30)).not.toBeNull()
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'failing', canary_leg: 'inbound' })
        flow.world.mail!.startReader()
        expect(await flow.until(() => flow.health(support.sysId)?.canary_status === 'ok', 2 * PERIOD_MINUTES + 10)).not.toBeNull()
    })

    it('the inbound mailbox refusing the token: the inbound leg is named while token health stays OK', async () => {
        await flow.world.authorize(support, 'someone-else@example.com')
        expect(await flow.until(() => flow.health(support.sysId)?.canary_code === 'canary_inbound_login_refused', 2 * PERIOD_MINUTES + 30)).not.toBeNull()
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'failing', canary_leg: 'inbound', status: 'ok' })
        await flow.world.authorize(support)
        expect(await flow.until(() => flow.health(support.sysId)?.canary_status === 'ok', 2 * PERIOD_MINUTES + 10)).not.toBeNull()
    })

    it('the app\'s action deactivated by an admin: no more canaries, and the health row says why', async () => {
        const action = platform.db.rows('sysevent_in_email_action').find((row) => row.name === CANARY_ACTION_NAME)!
        const incidents = flow.incidents().length
        // Deactivated while no canary is between the outbox and the reader (one in the outbox is withdrawn).
        await flow.until(() => flow.canaries(support.sysId).every((c) => c.state !== 'sent' && c.state !== 'arrived'), 30)
        platform.db.update('sysevent_in_email_action', String(action.sys_id), { active: false })
        await flow.minutes(5)
        const before = flow.canaries().length
        await flow.minutes(2 * PERIOD_MINUTES)
        expect(flow.canaries().length).toBe(before)
        expect(flow.incidents().length).toBe(incidents)
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'paused', canary_code: 'canary_action_inactive' })
        platform.db.update('sysevent_in_email_action', String(action.sys_id), { active: true })
    })

    it('no outbound account: a clear finding, no canary', async () => {
        platform.db.update('sys_email_account', flow.world.notifier!.sysId, { active: false })
        await flow.minutes(5)
        expect(flow.health(support.sysId)).toMatchObject({ canary_code: 'canary_no_outbound_account' })
    })
})
