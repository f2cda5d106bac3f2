import { mailFlowFindings, MAIL_FLOW_FINDING_CODES } from '../../../src/setup-check/rules/mail-flow.ts'
import { MAIL_CODE } from '../../../src/mail-flow/codes.ts'
import { CANARY_CODE } from '../../../src/mail-flow/legs.ts'
import { CANARY_CODE_MAILBOX_SHARED } from '../../../src/mail-flow/arrival-match.ts'
import type { InboundEmailProcessing } from '../../../src/platform/inbound-email.ts'

const quiet = { mailCode: '', mailError: '', mailErrorAt: '', canaryStatus: 'ok', canaryLeg: '', canaryCode: '', canaryMessage: '' }

describe('mailFlowFindings', () => {
    it('finds nothing while mail flows, or when the row was not read', () => {
        expect(mailFlowFindings(quiet)).toEqual([])
        expect(mailFlowFindings(null)).toEqual([])
    })

    it('names the latest mail-level code with the server answer and the fix', () => {
        const findings = mailFlowFindings({ ...quiet, mailCode: 'smtp_auth_disabled', mailError: '535 5.7.139 ... disabled for the Mailbox: Set-CASMailbox ...', mailErrorAt: '2026-01-01 12:00:00' })
        expect(findings).toEqual([
            { code: 'smtp_auth_disabled', severity: 'error', field: 'sys_email.error_string', message: expect.stringContaining('Set-CASMailbox') },
        ])
    })

    it('names the failing leg, and says why no canary is sent', () => {
        expect(mailFlowFindings({ ...quiet, canaryStatus: 'failing', canaryLeg: 'inbound', canaryCode: 'canary_reader_job_stopped', canaryMessage: 'The reader job is not running.' })[0]).toMatchObject({
            code: 'canary_reader_job_stopped',
            severity: 'error',
            message: expect.stringContaining('Mail flow fails on the inbound (reading) leg. The reader job is not running.'),
        })
        expect(mailFlowFindings({ ...quiet, canaryStatus: 'paused', canaryCode: 'canary_action_inactive', canaryMessage: 'Activate it.' })[0]).toMatchObject({ code: 'canary_action_inactive', severity: 'warning' })
    })

    it('catalogues every mail-level and canary code the mail-flow room can write', () => {
        for (const code of [...Object.values(MAIL_CODE), ...Object.values(CANARY_CODE), CANARY_CODE_MAILBOX_SHARED, 'canary_disabled', 'canary_no_instance_name']) expect(MAIL_FLOW_FINDING_CODES).toHaveProperty(code)
    })

    describe('what sees a received email before the canary guard', () => {
        const guard = (inbound: Partial<InboundEmailProcessing>) => ({ ...quiet, inbound: { action: { active: true, order: -1000 }, actionsBefore: { count: 0, stopping: [] }, inboundFlows: { count: 0, names: [] }, ...inbound } })

        it('says nothing when the guard is first and no flow has an inbound email trigger, or when they could not be read', () => {
            expect(mailFlowFindings(guard({}))).toEqual([])
            expect(mailFlowFindings(guard({ inboundFlows: null }))).toEqual([])
        })

        it('warns about active inbound email flows, naming them, with what it means for the canary and the fix', () => {
            const [finding] = mailFlowFindings(guard({ inboundFlows: { count: 2, names: ['Route invoices', 'Catalog by email'] } }))
            expect(finding).toMatchObject({ code: 'canary_inbound_flows', severity: 'warning' })
            expect(finding.message).toMatch(/2 active flows[\s\S]*Route invoices, Catalog by email[\s\S]*before any inbound action[\s\S]*default instance[\s\S]*Subject does not contain Email OAuth Manager mail-flow check/)
        })

        it('warns when an action with Stop processing runs before the guard; not when only actions without it do', () => {
            const [finding] = mailFlowFindings(guard({ action: { active: true, order: 50 }, actionsBefore: { count: 2, stopping: ['Update Incident (BP)'] } }))
            expect(finding).toMatchObject({ code: 'canary_guard_not_first', severity: 'warning' })
            expect(finding.message).toContain('"Update Incident (BP)"')
            expect(mailFlowFindings(guard({ actionsBefore: { count: 3, stopping: [] } }))).toEqual([])
        })
    })
})
