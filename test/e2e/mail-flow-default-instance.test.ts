/**
 * Mail flow on a default instance (issue 23): the platform's own loop guards are on (every email the
 * instance sends carries X-ServiceNow-Generated: true; the Ignore header and "Junk email - sender
 * equals recipient" filters store it received-ignored and run no action on it), so the canary never
 * reaches an inbound action and is seen where the platform stores it. Then the same with the filters
 * off (the app's action is the guard), and the inbound faults: a tenant rule tagging the subject, the
 * filters reconfigured mid-day, a canary stored twice, a late canary, and a clone reading the mailbox.
 */
import { CANARY_ACTION_NAME } from '../../src/common/app.ts'
import { MAIL_FLOW_EVENT } from '../../src/mail-flow/names.ts'
import { platform } from '../stand-ins/platform.ts'
import { EMAIL_TYPE } from './mail-engine/index.ts'
import { INSTANCE_NAME, MailFlowWorld, subjectOf, tagSubject } from './mail-flow-world.ts'
import type { Mailbox } from './world.ts'

const PERIOD_MINUTES = 30
const DAY_MINUTES = 1440

const received = (flow: MailFlowWorld) => flow.world.mail!.readerRuns.flatMap((run) => run.accounts.flatMap((account) => account.received))
const canaryMail = (flow: MailFlowWorld) => received(flow).filter((entry) => /mail-flow check/.test(entry.subject))
const alerts = (flow: MailFlowWorld) => [...flow.events(MAIL_FLOW_EVENT.failing), ...flow.events(MAIL_FLOW_EVENT.recovered)]

describe('a default instance over a simulated day: both filters on, a tenant rule tagging [EXTERNAL] from noon, the filters switched off at 18:00', () => {
    let flow: MailFlowWorld
    let support: Mailbox
    const statusesSeen = new Set<string>()

    beforeAll(async () => {
        flow = await MailFlowWorld.start()
        support = await flow.world.addAuthorizedAccount('support@example.com')
        await flow.minutes(DAY_MINUTES / 2, () => {
            statusesSeen.add(String(flow.health(support.sysId)?.canary_status ?? ''))
        })
        flow.onDelivery((_user, raw) => tagSubject(raw, '[EXTERNAL] '))
        await flow.minutes(DAY_MINUTES / 4, () => {
            statusesSeen.add(String(flow.health(support.sysId)?.canary_status ?? ''))
        })
        flow.world.mail!.setFilter('ignoreHeader', false)
        flow.world.mail!.setFilter('junkSenderEqualsRecipient', false)
        await flow.minutes(DAY_MINUTES / 4, () => {
            statusesSeen.add(String(flow.health(support.sysId)?.canary_status ?? ''))
        })
    }, 600000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('every canary of the day came back and was counted from stored mail: no alert, never failing', () => {
        const canaries = flow.canaries(support.sysId)
        expect(canaries.length).toBeGreaterThanOrEqual(DAY_MINUTES / PERIOD_MINUTES - 2)
        // All but the last one or two (still on their way at the end of the day) were counted.
        expect(canaries.filter((c) => c.state !== 'counted').length).toBeLessThanOrEqual(2)
        expect(canaries.filter((c) => ['lost', 'stuck', 'send_failed'].includes(String(c.state)))).toEqual([])
        expect(alerts(flow)).toEqual([])
        expect([...statusesSeen].filter((status) => status !== '' && status !== 'ok')).toEqual([])
    })

    it('while the filters were on, no canary reached any flow or action: stored received-ignored', () => {
        const filtered = canaryMail(flow).filter((entry) => entry.ignoredBy !== undefined)
        expect(filtered.length).toBeGreaterThanOrEqual((3 * DAY_MINUTES) / 4 / PERIOD_MINUTES - 2)
        for (const entry of filtered) expect(entry.actions).toEqual([])
        const tagged = filtered.filter((entry) => entry.subject.startsWith('[EXTERNAL] '))
        expect(tagged.length).toBeGreaterThan(0)
    })

    it('once the filters were off, the app\'s action swallowed each canary, [EXTERNAL] tag and all: no other action, no incident', () => {
        const unfiltered = canaryMail(flow).filter((entry) => entry.ignoredBy === undefined)
        expect(unfiltered.length).toBeGreaterThan(0)
        for (const entry of unfiltered) {
            expect(entry.subject).toMatch(/^\[EXTERNAL\] /)
            expect(entry.actions).toEqual([expect.objectContaining({ name: CANARY_ACTION_NAME, stoppedProcessing: true })])
        }
        expect(flow.incidents()).toEqual([])
    })
})

describe('filters off from the start: the app\'s action is the guard', () => {
    let flow: MailFlowWorld
    let support: Mailbox

    beforeAll(async () => {
        flow = await MailFlowWorld.start()
        flow.world.mail!.setFilter('ignoreHeader', false)
        flow.world.mail!.setFilter('junkSenderEqualsRecipient', false)
        support = await flow.world.addAuthorizedAccount('support@example.com')
        await flow.until(() => flow.canaries(support.sysId).some((c) => c.state === 'counted'), 2 * PERIOD_MINUTES + 10)
    }, 120000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('the canary reaches the app\'s action first, which stops processing: no other action, no incident, round trip counted', () => {
        const entries = canaryMail(flow)
        expect(entries.length).toBeGreaterThan(0)
        for (const entry of entries) expect(entry.actions).toEqual([expect.objectContaining({ name: CANARY_ACTION_NAME, stoppedProcessing: true })])
        expect(flow.incidents()).toEqual([])
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'ok' })
    })

    it('a canary stored twice (duplicates allowed, or a second copy with its own Message-ID) counts once and the copy reaches no other action', async () => {
        const counted = flow.canaries(support.sysId).filter((c) => c.state === 'counted')
        const last = counted.at(-1)!
        const sent = flow.world.smtp.messages.find((message) => subjectOf(message.raw).includes(String(last.canary_id)))!
        platform.properties['glide.email.allow_duplicate_message_ids'] = 'true'
        await flow.world.dovecot.deliver(support.login, sent.raw)
        const run = await flow.world.mail!.runReader()
        delete platform.properties['glide.email.allow_duplicate_message_ids']
        const copy = run.accounts.flatMap((account) => account.received).find((entry) => entry.subject.includes(String(last.canary_id)))!
        expect(copy.actions).toEqual([expect.objectContaining({ name: CANARY_ACTION_NAME, stoppedProcessing: true })])
        await flow.minutes(5)
        expect(flow.canaries(support.sysId).find((c) => c.sys_id === last.sys_id)).toMatchObject({ state: 'counted', round_trip: last.round_trip, arrived: last.arrived })
        expect(flow.incidents()).toEqual([])
    })

    it('the reader stopped past the arrival bound: one failing alert; the late canary, read when it restarts, closes the incident once and reaches no other action', async () => {
        const before = alerts(flow).length
        flow.world.mail!.stopReader()
        expect(await flow.until(() => flow.health(support.sysId)?.canary_status === 'failing', 2 * PERIOD_MINUTES + 30)).not.toBeNull()
        const late = flow.canaries(support.sysId).find((c) => c.state === 'lost')!
        flow.world.mail!.startReader()
        expect(await flow.until(() => flow.health(support.sysId)?.canary_status === 'ok', 15)).not.toBeNull()
        expect(flow.canaries(support.sysId).find((c) => c.sys_id === late.sys_id)?.state).toMatch(/arrived|counted/)
        expect(alerts(flow).slice(before).map((event) => event.name)).toEqual([MAIL_FLOW_EVENT.failing, MAIL_FLOW_EVENT.recovered])
        expect(flow.incidents()).toEqual([])
    })

    it('canaries of this instance whose rows were cleaned up (a backlog after 8 days) and another instance\'s canaries open no incident and no alert', async () => {
        const before = alerts(flow).length
        const canaryFrom = (instance: string, id: string) =>
            Buffer.from(
                `From: ${flow.world.notifier!.login}\r\nTo: ${support.login}\r\nMessage-ID: <${id}@backlog>\r\nX-ServiceNow-Generated: true\r\nSubject: Email OAuth Manager mail-flow check [${instance}/${id}]\r\n\r\nEmail OAuth Manager canary: ${instance}/${id}\r\n`,
            )
        for (let index = 0; index < 5; index++) await flow.world.dovecot.deliver(support.login, canaryFrom(INSTANCE_NAME, `${index}`.repeat(32)))
        await flow.world.dovecot.deliver(support.login, canaryFrom('acmedev', 'a'.repeat(32)))
        await flow.minutes(10)
        expect(flow.incidents()).toEqual([])
        expect(alerts(flow).slice(before)).toEqual([])
    })
})

describe('a sub-production clone reading the same mailbox: it takes every other canary of production, and its own canaries land here', () => {
    let flow: MailFlowWorld
    let support: Mailbox
    let failingDuringClone = 0
    let recoveredDuringClone = 0

    beforeAll(async () => {
        flow = await MailFlowWorld.start()
        support = await flow.world.addAuthorizedAccount('support@example.com')
        await flow.until(() => flow.canaries(support.sysId).some((c) => c.state === 'counted'), 2 * PERIOD_MINUTES + 10)
        let ours = 0
        flow.onDelivery((_user, raw) => {
            if (!subjectOf(raw).includes(`[${INSTANCE_NAME}/`)) return raw
            ours += 1
            // The clone's reader comes first for every other canary: production never sees it.
            return ours % 2 === 0 ? null : raw
        })
        let minute = 0
        await flow.minutes(5 * 60, async () => {
            minute += 1
            if (minute % PERIOD_MINUTES === 0) {
                const id = minute.toString(16).padStart(32, '0')
                await flow.world.dovecot.deliver(
                    support.login,
                    Buffer.from(`From: ${flow.world.notifier!.login}\r\nTo: ${support.login}\r\nMessage-ID: <${id}@acmedev>\r\nX-ServiceNow-Generated: true\r\nSubject: Email OAuth Manager mail-flow check [acmedev/${id}]\r\n\r\nEmail OAuth Manager canary: acmedev/${id}\r\n`),
                )
            }
        })
        failingDuringClone = flow.events(MAIL_FLOW_EVENT.failing).length
        recoveredDuringClone = flow.events(MAIL_FLOW_EVENT.recovered).length
        // The clone's email is switched off: production reads all its canaries again.
        flow.onDelivery(null)
        await flow.minutes(4 * 60)
    }, 600000)

    afterAll(async () => {
        await flow?.stop()
    })

    it('production alerts once while the clone reads, naming the shared mailbox and the clone', () => {
        expect(failingDuringClone).toBe(1)
        expect(recoveredDuringClone).toBe(0)
        expect(flow.events(MAIL_FLOW_EVENT.failing)).toEqual([expect.objectContaining({ parm1: support.sysId, parm2: 'canary_mailbox_shared' })])
    })

    it('and recovers once after the clone stopped reading', () => {
        expect(flow.events(MAIL_FLOW_EVENT.recovered)).toHaveLength(1)
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'ok' })
    })

    it('the clone\'s canaries open no incident here', () => {
        expect(flow.incidents()).toEqual([])
        expect(flow.world.mail!.emails(EMAIL_TYPE.receivedIgnored).some((email) => String(email.subject).includes('[acmedev/'))).toBe(true)
    })
})

describe('a default instance: the app\'s action deactivated while a canary is on its way', () => {
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

    it('the travelling canary is still counted from the stored email: no false alert, no incident; then no new canary, and the row says why', async () => {
        // Deactivated the minute the job queued a canary: its notification email leaves with the next SMTP Sender run.
        const travelling = await flow.until(() => flow.canaries(support.sysId).some((c) => c.state === 'queued'), 2 * PERIOD_MINUTES + 10)
        expect(travelling).not.toBeNull()
        const onItsWay = flow.canaries(support.sysId).find((c) => c.state === 'queued')!
        const action = platform.db.rows('sysevent_in_email_action').find((row) => row.name === CANARY_ACTION_NAME)!
        platform.db.update('sysevent_in_email_action', String(action.sys_id), { active: false })
        await flow.minutes(PERIOD_MINUTES)
        expect(flow.canaries(support.sysId).find((c) => c.sys_id === onItsWay.sys_id)?.state).toBe('counted')
        expect(alerts(flow)).toEqual([])
        expect(flow.incidents()).toEqual([])
        expect(flow.health(support.sysId)).toMatchObject({ canary_status: 'paused', canary_code: 'canary_action_inactive' })
    })
})
