/**
 * The mail-flow job over 2,000 inbound mailboxes on the unit stand-ins (no mail engine: no canary ever
 * leaves, which is enough to count what the job queues). Every mailbox is read (no 1,000-row cap) and
 * the daily limit is counted on the canaries actually queued. That a mailbox left out of a crowded run
 * gets its canary within its period is pinned in plan.test.ts.
 */
import { CANARY_ACTION_NAME } from '../../src/common/app.ts'
import { runMailFlowJob } from '../../src/mail-flow/job.ts'
import { CANARY_TABLE, MAIL_FLOW_EVENT, MAIL_FLOW_PROPERTY } from '../../src/mail-flow/names.ts'
import { platform } from '../stand-ins/platform.ts'

const MAILBOXES = 2000
const RUN_MS = 5 * 60000

function seed(): void {
    platform.reset()
    platform.properties.instance_name = 'acme'
    platform.db.insert('sysevent_in_email_action', { name: CANARY_ACTION_NAME, active: true, order: -1000 })
    platform.db.insert('sys_email_account', { name: 'Notifications', type: 'smtp', authentication: 'oauth2', active: true, user_name: 'notifications@example.com' })
    for (let index = 0; index < MAILBOXES; index++) {
        platform.db.insert('sys_email_account', { name: `Mailbox ${String(index).padStart(4, '0')}`, type: 'imap', authentication: 'oauth2', active: true, user_name: `box${index}@example.com` })
    }
}

function runs(count: number): void {
    for (let index = 0; index < count; index++) {
        expect(runMailFlowJob()).not.toBeNull()
        platform.clock.advance(RUN_MS)
    }
}

it('on the defaults, the runs stop queueing at the daily limit (counted on the canaries queued in the last 24 hours)', () => {
    seed()
    // 5 a run: the limit of 200 is reached after 40 runs; 8 more queue nothing.
    runs(48)
    expect(platform.events.filter((event) => event.name === MAIL_FLOW_EVENT.canary).length).toBeLessThanOrEqual(MAIL_FLOW_PROPERTY.canaryDailyLimit.default)
    expect(platform.db.rows(CANARY_TABLE).length).toBe(MAIL_FLOW_PROPERTY.canaryDailyLimit.default)
}, 120000)

it('reads every one of the 2,000 mailboxes: one run gives each its mail-flow state (here: paused, no outbound account)', () => {
    seed()
    platform.db.update('sys_email_account', String(platform.db.rows('sys_email_account').find((row) => row.type === 'smtp')!.sys_id), { active: false })
    runs(1)
    const rows = platform.db.rows('x_mail_oauth_token_health')
    expect(rows).toHaveLength(MAILBOXES)
    expect(rows.every((row) => row.canary_status === 'paused' && row.canary_code === 'canary_no_outbound_account')).toBe(true)
}, 120000)
