import { outboundIncidentStep, selectResends, type FailedEmail } from '../../src/mail-flow/resend.ts'

const H = 3600000
const T0 = Date.UTC(2026, 0, 1, 12)
const AUTH = '535 5.7.3 Authentication unsuccessful'
const settings = { resendMaxPerRun: 50, resendMaxAgeHours: 24 }
const failed = (sysId: string, failedAt: number, errorString = AUTH, accountId: string | null = null, subject = `Notification ${sysId}`): FailedEmail => ({ sysId, failedAt, errorString, subject, accountId })

describe('outboundIncidentStep', () => {
    const healthy = { tokenHealthy: true, outboundLegFailing: false, newestAuthFailure: null, firstAuthFailureSinceLastSent: null, newestSent: T0 - H }
    it('is quiet while mail goes out', () => {
        expect(outboundIncidentStep(null, healthy, T0)).toEqual({ kind: 'none' })
    })
    it('opens at the first authentication failure after the last email sent', () => {
        expect(outboundIncidentStep(null, { ...healthy, newestAuthFailure: T0 - 60000, firstAuthFailureSinceLastSent: T0 - 50 * 60000 }, T0)).toEqual({ kind: 'open', since: T0 - 50 * 60000 })
        expect(outboundIncidentStep(null, { ...healthy, tokenHealthy: false }, T0)).toEqual({ kind: 'open', since: T0 })
        expect(outboundIncidentStep(T0 - H, { ...healthy, outboundLegFailing: true }, T0)).toEqual({ kind: 'ongoing' })
    })
    it('ends when the token is healthy and an email went out after the last failure', () => {
        expect(outboundIncidentStep(T0 - H, { ...healthy, newestAuthFailure: T0 - 10 * 60000, newestSent: T0 - 5 * 60000 }, T0)).toEqual({ kind: 'ended', window: { start: T0 - H, end: T0 } })
        expect(outboundIncidentStep(T0 - H, { ...healthy, newestAuthFailure: T0 - 10 * 60000, newestSent: T0 - 20 * 60000 }, T0)).toEqual({ kind: 'ongoing' })
    })
})

describe('selectResends', () => {
    const window = { start: T0 - H, end: T0 }
    it('takes only authentication failures of the account inside the window, oldest first, not re-sent before, never a canary', () => {
        const emails = [
            failed('in-2', T0 - 10 * 60000),
            failed('in-1', T0 - 50 * 60000),
            failed('bad-recipient', T0 - 30 * 60000, '550 5.1.1 RESOLVER.ADR.RecipNotFound'),
            failed('unknown', T0 - 30 * 60000, '421 4.7.0 Try again later'),
            failed('before', T0 - 2 * H),
            failed('other-account', T0 - 20 * 60000, AUTH, 'other'),
            failed('same-account', T0 - 20 * 60000, AUTH, 'acct'),
            failed('done', T0 - 15 * 60000),
            failed('canary', T0 - 12 * 60000, AUTH, null, 'Email OAuth Manager mail-flow check [acme/0123456789abcdef0123456789abcdef]'),
        ]
        const selection = selectResends(emails, 'acct', window, new Set(['done']), T0, settings)
        expect(selection.resend.map((e) => e.sysId)).toEqual(['in-1', 'same-account', 'in-2'])
        expect(selection.more).toBe(false)
    })
    it('sends at most the per-run bound, and never an email older than the age bound', () => {
        const emails = Array.from({ length: 5 }, (_, i) => failed(`e${i}`, T0 - (i + 1) * 60000))
        expect(selectResends(emails, 'acct', window, new Set(), T0, { ...settings, resendMaxPerRun: 2 })).toMatchObject({ more: true, resend: [{ sysId: 'e4' }, { sysId: 'e3' }] })
        expect(selectResends([failed('old', T0 - 30 * H)], 'acct', { start: T0 - 40 * H, end: T0 }, new Set(), T0, settings).resend).toEqual([])
    })
})
