/**
 * The outbound leg end to end, on the built app with the platform's email engine over real servers:
 * a throttled outbound mailbox (the platform retrying the canary) is named as retrying, not as an
 * outage; 550 5.7.30 after the Basic-auth cut-off, the admin activating another SMTP account, and the
 * failed notifications delivered through it once each; a re-sent email that fails again is sent again
 * (delivered once, not attempted once); and a long incident's backlog of more than a thousand failed
 * notifications sent oldest first, the ones the platform would no longer send noted, none dropped.
 */
import { MAIL_FLOW_EVENT } from '../../src/mail-flow/names.ts'
import { lookbackCutoff } from '../../src/mail-flow/resend.ts'
import { formatGlideDateTime, platform, type Row } from '../stand-ins/platform.ts'
import { EMAIL_TYPE, EXCHANGE_ANSWERS } from './mail-engine/index.ts'
import { MailFlowWorld } from './mail-flow-world.ts'
import { NOTIFICATION_RECIPIENT, type Mailbox } from './world.ts'

const PERIOD_MINUTES = 30
const H = 3600000

const resendRows = (): Row[] => platform.db.rows('x_mail_oauth_resend')

async function healthyWorld(): Promise<{ flow: MailFlowWorld; support: Mailbox }> {
    const flow = await MailFlowWorld.start()
    const support = await flow.world.addAuthorizedAccount('support@example.com')
    expect(await flow.until(() => flow.canaries(support.sysId).some((c) => c.state === 'counted'), 2 * PERIOD_MINUTES + 10)).not.toBeNull()
    return { flow, support }
}

describe('a throttled outbound mailbox: the platform retries the canary (451 4.7.500)', () => {
    let flow: MailFlowWorld
    let support: Mailbox
    const supportStates: Row[] = []
    const outboundCodes = new Set<string>()

    beforeAll(async () => {
        ;({ flow, support } = await healthyWorld())
        // Four refusals: the canary is tried at once and after 1, 5 and 10 minutes, then leaves at the fifth try (20 minutes later).
        flow.world.smtp.script({ stage: 'mail-from', address: flow.world.notifier!.login, answer: EXCHANGE_ANSWERS.serverBusy, times: 4 })
        const before = flow.canaries(support.sysId).filter((c) => c.state === 'counted').length
        await flow.until(() => {
            supportStates.push({ ...flow.health(support.sysId) })
            outboundCodes.add(String(flow.health(flow.world.notifier!.sysId)?.mail_code ?? ''))
            return flow.canaries(support.sysId).filter((c) => c.state === 'counted').length > before
        }, 2 * PERIOD_MINUTES + 60)
        await flow.minutes(10)
    }, 240000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('names the outbound leg retrying, with the server\'s answer, while the platform retries', () => {
        const retrying = supportStates.find((row) => row.canary_status === 'retrying')
        expect(retrying).toMatchObject({ canary_leg: 'outbound', canary_code: 'canary_send_retrying' })
        expect(String(retrying!.canary_message)).toContain('451 4.7.500')
        expect(outboundCodes.has('mail_send_retrying')).toBe(true)
    })

    it('is no outage: no failing alert and no recovered alert, and the round trip is OK again once the canary left', () => {
        expect(flow.events(MAIL_FLOW_EVENT.failing)).toEqual([])
        expect(flow.events(MAIL_FLOW_EVENT.recovered)).toEqual([])
        expect(supportStates.some((row) => row.canary_status === 'failing')).toBe(false)
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'ok' })
    })
})

describe('550 5.7.30 after the Basic-auth cut-off, then the admin activates another SMTP account', () => {
    let flow: MailFlowWorld
    let support: Mailbox
    let twin: Mailbox
    const notifications: string[] = []
    let failedBeforeSwitch = 0

    beforeAll(async () => {
        ;({ flow, support } = await healthyWorld())
        const { world } = flow
        world.smtp.script({ stage: 'login', address: world.notifier!.login, answer: EXCHANGE_ANSWERS.basicAuthNotSupported })
        await flow.minutes(30, (minute) => {
            if (minute % 5 !== 0) return
            const subject = `Change CHG00${minute} approved`
            notifications.push(subject)
            world.mail!.queueEmail({ to: NOTIFICATION_RECIPIENT, subject, bodyText: 'approved' })
        })
        failedBeforeSwitch = world.mail!.emails(EMAIL_TYPE.sendFailed).filter((row) => notifications.includes(String(row.subject))).length
        // Instead of re-authorizing the broken account, the admin activates another one (and deactivates the first).
        const first = platform.db.row('sys_email_account', world.notifier!.sysId)!
        const sysId = platform.db.insert('sys_email_account', {
            name: 'Alerts (OAuth)',
            type: 'smtp',
            active: false,
            authentication: 'oauth2',
            oauth_profile: first.oauth_profile,
            server: first.server,
            port: first.port,
            user_name: 'alerts@example.com',
            email_user_label: 'alerts@example.com',
            from: 'alerts@example.com',
        })
        twin = { sysId, name: 'Alerts (OAuth)', login: 'alerts@example.com', type: 'smtp' }
        await world.authorize(twin)
        platform.db.update('sys_email_account', world.notifier!.sysId, { active: false })
        platform.db.update('sys_email_account', sysId, { active: true })
        await flow.until(() => flow.events(MAIL_FLOW_EVENT.recovered).length > 0, 2 * PERIOD_MINUTES + 10)
        await flow.minutes(20)
    }, 240000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('names 550 5.7.30 as its own authentication code, with the move to OAuth as the fix', () => {
        const failures = flow.world.mail!.emails(EMAIL_TYPE.sendFailed).filter((row) => /5\.7\.30/.test(String(row.error_string)))
        expect(failures.length).toBeGreaterThan(0)
        // The outbound leg is named once, on the account mail did not leave through (not on the mailbox whose canary showed it).
        expect(flow.events(MAIL_FLOW_EVENT.failing)).toEqual([expect.objectContaining({ parm1: flow.world.notifier!.sysId, parm2: 'canary_send_failed' })])
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'ok' })
        expect(resendRows().every((row) => row.error_code === 'smtp_basic_auth_not_supported')).toBe(true)
    })

    it('delivers every notification that failed through the first account once, through the account now active', () => {
        for (const subject of notifications) expect({ subject, deliveries: flow.deliveries(subject) }).toEqual({ subject, deliveries: 1 })
        const delivered = flow.world.smtp.messages.filter((message) => notifications.some((subject) => message.raw.toString('utf8').includes(subject)))
        expect(new Set(delivered.map((message) => message.user))).toEqual(new Set([twin.login]))
        const rows = resendRows()
        // Besides the notifications, the app's own "mail flow failing" alert email failed through the broken account too, and is owed like any other.
        const owedNotifications = rows.filter((row) => notifications.includes(String(platform.db.row('sys_email', String(row.email))?.subject)))
        expect(failedBeforeSwitch).toBeGreaterThanOrEqual(notifications.length - 1)
        // The last notification may fail through the first account after the count above (the sender runs on its own schedule).
        expect(owedNotifications.length).toBeGreaterThanOrEqual(failedBeforeSwitch)
        expect(owedNotifications.length).toBeLessThanOrEqual(notifications.length)
        expect(rows.every((row) => row.outbound_account === flow.world.notifier!.sysId && row.sent_through === twin.sysId && row.outcome === 'sent')).toBe(true)
    })

    it('owes nothing more once the mail is sent, and the active account\'s row says what became of the re-sent emails', () => {
        // The first account's token health row is gone (the refresh job keeps active OAuth accounts only): the owed mail was read from sys_email.
        // A field the job never had to write (no incident ever opened on this account) is as empty as one it cleared.
        const row = flow.health(twin.sysId)
        expect({ since: row?.mail_incident_since ?? '', window: row?.resend_window_start ?? '', pending: Number(row?.resend_pending ?? 0) }).toEqual({ since: '', window: '', pending: 0 })
        expect(String(flow.health(twin.sysId)?.resend_report)).toContain(`${resendRows().length} sent`)
    })
})

describe('a re-sent email that fails again is sent again: delivered once, not attempted once', () => {
    let flow: MailFlowWorld
    const notifications: string[] = []

    beforeAll(async () => {
        ;({ flow } = await healthyWorld())
        const { world } = flow
        world.smtp.script({ stage: 'login', address: world.notifier!.login, answer: EXCHANGE_ANSWERS.authenticationUnsuccessful })
        await flow.minutes(12, (minute) => {
            if (minute % 3 !== 0) return
            const subject = `Incident INC00${minute} resolved`
            notifications.push(subject)
            world.mail!.queueEmail({ to: NOTIFICATION_RECIPIENT, subject, bodyText: 'resolved' })
        })
        world.smtp.clearScript(world.notifier!.login)
        // The moment the app has set the failed notifications back to send-ready, one node refuses the next one once more.
        expect(await flow.until(() => resendRows().length > 0, 2 * PERIOD_MINUTES + 10)).not.toBeNull()
        world.smtp.script({ stage: 'rcpt', address: NOTIFICATION_RECIPIENT, answer: EXCHANGE_ANSWERS.notAuthenticated, times: 1 })
        await flow.until(() => notifications.every((subject) => flow.deliveries(subject) === 1), 60)
        await flow.minutes(15)
    }, 240000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('records the failure of the re-sent email with the server\'s answer, and tries it again (attempt 2)', () => {
        const again = resendRows().find((row) => row.outcome === 'failed_again')!
        expect(String(again.outcome_detail)).toContain('5.7.57')
        const next = resendRows().find((row) => row.email === again.email && Number(row.attempt) === 2)
        expect(next).toMatchObject({ outcome: 'sent' })
    })

    it('delivers every notification exactly once', () => {
        for (const subject of notifications) expect({ subject, deliveries: flow.deliveries(subject) }).toEqual({ subject, deliveries: 1 })
        expect(flow.world.mail!.emails(EMAIL_TYPE.sendFailed).filter((row) => notifications.includes(String(row.subject)))).toEqual([])
    })
})

describe('a 26-hour incident leaves 1,200 failed notifications: sent oldest first, none the platform would still send is lost', () => {
    let flow: MailFlowWorld
    const backlog: { sysId: string; subject: string; createdAt: number }[] = []
    /** The platform's lookback (less the app's margin) when the first re-send run began. */
    let cutoffAtStart = 0

    beforeAll(async () => {
        ;({ flow } = await healthyWorld())
        const { world } = flow
        platform.properties['x_mail_oauth.resend_max_per_run'] = '200'
        const now = platform.clock.now()
        // What the incident left: one failed notification every 78 s over 26 hours, the newest a minute ago.
        for (let i = 0; i < 1200; i++) {
            const createdAt = now - 26 * H + i * 78000
            const stamp = formatGlideDateTime(createdAt)
            const subject = `Backlog notification ${i}`
            const sysId = platform.db.insert('sys_email', {
                type: EMAIL_TYPE.sendFailed,
                notification_type: 'SMTP',
                recipients: NOTIFICATION_RECIPIENT,
                subject,
                body_text: 'x',
                error_string: '535 5.7.3 Authentication unsuccessful',
                email_account: world.notifier!.sysId,
                sys_created_on: stamp,
                sys_updated_on: stamp,
            })
            backlog.push({ sysId, subject, createdAt })
        }
        const row = flow.health(world.notifier!.sysId)!
        platform.db.update('x_mail_oauth_token_health', String(row.sys_id), { mail_incident_since: formatGlideDateTime(now - 26 * H) })
        await flow.until(() => flow.health(world.notifier!.sysId)?.resend_pending === 0 && resendRows().filter((r) => r.outcome === 'queued').length === 0 && resendRows().length > 0, 120)
        const began = Math.min(...resendRows().map((row) => Date.parse(`${String(row.resent_at).replace(' ', 'T')}Z`)))
        cutoffAtStart = lookbackCutoff(began, 24)
    }, 600000)

    afterAll(async () => {
        delete platform.properties['x_mail_oauth.resend_max_per_run']
        await flow?.stop()
    })

    it('delivers once each notification the platform would still send when re-sending began', () => {
        const young = backlog.filter((email) => email.createdAt > cutoffAtStart)
        expect(young.length).toBeGreaterThan(1000)
        const undelivered = young.filter((email) => flow.deliveries(email.subject) !== 1)
        expect(undelivered).toEqual([])
    })

    it('never sets back to send-ready what the platform would leave unsent: each is noted, and nothing is left failed without a word', () => {
        const rows = resendRows()
        for (const email of backlog) {
            const mine = rows.filter((row) => row.email === email.sysId)
            expect({ subject: email.subject, noted: mine.length > 0 }).toEqual({ subject: email.subject, noted: true })
            if (email.createdAt <= cutoffAtStart) expect(mine.map((row) => row.outcome)).toEqual(['too_old'])
        }
        expect(rows.filter((row) => row.outcome === 'aged_out')).toEqual([])
        expect(Number(flow.health(flow.world.notifier!.sysId)?.resend_too_old)).toBeGreaterThan(0)
    })
})
