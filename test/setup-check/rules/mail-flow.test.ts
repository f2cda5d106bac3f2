import { mailFlowFindings, MAIL_FLOW_FINDING_CODES } from '../../../src/setup-check/rules/mail-flow.ts'
import { MAIL_CODE } from '../../../src/mail-flow/codes.ts'
import { CANARY_CODE } from '../../../src/mail-flow/legs.ts'

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
        for (const code of [...Object.values(MAIL_CODE), ...Object.values(CANARY_CODE), 'canary_disabled', 'canary_no_instance_name']) expect(MAIL_FLOW_FINDING_CODES).toHaveProperty(code)
    })
})
