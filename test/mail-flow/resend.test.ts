import { lookbackCutoff, MAX_RESEND_ATTEMPTS, outboundIncidentStep, resendReport, selectResends, settleAttempt, windowWithOwed, type FailedEmail, type ResendHistory } from '../../src/mail-flow/resend.ts'

const MIN = 60000
const H = 3600000
const T0 = Date.UTC(2026, 0, 1, 12)
const AUTH = '535 5.7.3 Authentication unsuccessful'
const settings = { resendMaxPerRun: 50, resendMaxAgeHours: 24, lookbackHours: 24 }
const none = new Map<string, ResendHistory>()
const failed = (sysId: string, failedAt: number, errorString = AUTH, accountId: string | null = null, subject = `Notification ${sysId}`, createdAt = failedAt): FailedEmail => ({ sysId, failedAt, createdAt, errorString, subject, accountId })

describe('outboundIncidentStep', () => {
    const healthy = { tokenHealthy: true, outboundLegFailing: false, newestAuthFailure: null, firstAuthFailureSinceLastSent: null, newestSent: T0 - H }
    it('is quiet while mail goes out', () => {
        expect(outboundIncidentStep(null, healthy, T0)).toEqual({ kind: 'none' })
    })
    it('opens at the first authentication failure after the last email sent', () => {
        expect(outboundIncidentStep(null, { ...healthy, newestAuthFailure: T0 - MIN, firstAuthFailureSinceLastSent: T0 - 50 * MIN }, T0)).toEqual({ kind: 'open', since: T0 - 50 * MIN })
        expect(outboundIncidentStep(null, { ...healthy, tokenHealthy: false }, T0)).toEqual({ kind: 'open', since: T0 })
        expect(outboundIncidentStep(T0 - H, { ...healthy, outboundLegFailing: true }, T0)).toEqual({ kind: 'ongoing' })
    })
    it('ends when the token is healthy and an email went out after the last failure', () => {
        expect(outboundIncidentStep(T0 - H, { ...healthy, newestAuthFailure: T0 - 10 * MIN, newestSent: T0 - 5 * MIN }, T0)).toEqual({ kind: 'ended', window: { start: T0 - H, end: T0 } })
        expect(outboundIncidentStep(T0 - H, { ...healthy, newestAuthFailure: T0 - 10 * MIN, newestSent: T0 - 20 * MIN }, T0)).toEqual({ kind: 'ongoing' })
    })
})

describe('selectResends', () => {
    const window = { start: T0 - H, end: T0 }
    const ids = (selection: ReturnType<typeof selectResends>) => selection.resend.map((c) => c.email.sysId)

    it('takes only authentication failures of the account inside the window, oldest first, never a canary', () => {
        const emails = [
            failed('in-2', T0 - 10 * MIN),
            failed('in-1', T0 - 50 * MIN),
            failed('bad-recipient', T0 - 30 * MIN, '550 5.1.1 RESOLVER.ADR.RecipNotFound'),
            failed('unknown', T0 - 30 * MIN, '421 4.7.0 Try again later'),
            failed('before', T0 - 2 * H),
            failed('other-account', T0 - 20 * MIN, AUTH, 'other'),
            failed('same-account', T0 - 20 * MIN, AUTH, 'acct'),
            failed('basic-auth-off', T0 - 15 * MIN, '550 5.7.30 Basic authentication is not supported for Client Submission'),
            failed('canary', T0 - 12 * MIN, AUTH, null, 'Email OAuth Manager mail-flow check [acme/0123456789abcdef0123456789abcdef]'),
        ]
        const selection = selectResends(emails, 'acct', window, none, T0, settings)
        expect(ids(selection)).toEqual(['in-1', 'same-account', 'basic-auth-off', 'in-2'])
        expect(selection.resend.every((c) => c.attempt === 1)).toBe(true)
        expect(selection).toMatchObject({ more: false, tooOld: [] })
    })

    it('"exactly once" is delivered once: an email that failed again is tried again (next attempt); one on its way, sent or aged out never', () => {
        const emails = ['failed-again', 'queued', 'retrying', 'sent', 'aged-out', 'gone', 'was-too-old'].map((id, i) => failed(id, T0 - (i + 1) * MIN))
        const history = new Map<string, ResendHistory>([
            ['failed-again', { attempt: 1, outcome: 'failed_again' }],
            ['queued', { attempt: 1, outcome: 'queued' }],
            ['retrying', { attempt: 2, outcome: 'retrying' }],
            ['sent', { attempt: 1, outcome: 'sent' }],
            ['aged-out', { attempt: 1, outcome: 'aged_out' }],
            ['gone', { attempt: 1, outcome: 'gone' }],
            ['was-too-old', { attempt: 0, outcome: 'too_old' }],
        ])
        const selection = selectResends(emails, 'acct', window, history, T0, settings)
        expect(selection.resend.map((c) => [c.email.sysId, c.attempt])).toEqual([
            ['was-too-old', 1],
            ['failed-again', 2],
        ])
    })

    it('never sets back to send-ready what the platform would not send: created before its lookback less a margin; those are reported, oldest first', () => {
        const young = failed('young', T0 - 10 * MIN, AUTH, null, 'n', T0 - 20 * H)
        const edge = failed('edge', T0 - 10 * MIN, AUTH, null, 'n', T0 - 23 * H - 30 * MIN)
        const old = failed('old', T0 - 10 * MIN, AUTH, null, 'n', T0 - 25 * H)
        const selection = selectResends([young, edge, old], 'acct', window, none, T0, settings)
        expect(ids(selection)).toEqual(['young'])
        expect(selection.tooOld.map((t) => [t.email.sysId, t.reason, t.recorded, t.attempt])).toEqual([
            ['old', 'lookback', false, 0],
            ['edge', 'lookback', false, 0],
        ])
        // Noted once: a recorded note is not written again; a raised lookback lets them go.
        expect(selectResends([old], 'acct', window, new Map([['old', { attempt: 0, outcome: 'too_old' }]]), T0, settings).tooOld[0].recorded).toBe(true)
        expect(ids(selectResends([young, edge, old], 'acct', window, none, T0, { ...settings, lookbackHours: 48 }))).toEqual(['old', 'edge', 'young'])
    })

    it('a 26-hour incident with 5,000 failed notifications: everything the platform would still send is offered oldest first, nothing dropped', () => {
        const end = T0
        const start = T0 - 26 * H
        const emails = Array.from({ length: 5000 }, (_, i) => {
            const at = start + Math.floor((i * 26 * H) / 5000)
            return failed(`n${i}`, at, AUTH, null, `n${i}`, at)
        })
        const all = selectResends(emails, 'acct', { start, end }, none, end, { ...settings, resendMaxAgeHours: 48, resendMaxPerRun: Number.MAX_SAFE_INTEGER })
        const cutoff = lookbackCutoff(end, 24)
        expect(all.resend.length + all.tooOld.length).toBe(5000)
        expect(all.tooOld.every((t) => t.email.createdAt <= cutoff)).toBe(true)
        expect(all.resend.every((c) => c.email.createdAt > cutoff)).toBe(true)
        const firstRun = selectResends(emails, 'acct', { start, end }, none, end, { ...settings, resendMaxAgeHours: 48 })
        // The first run takes the oldest the platform still sends: those closest to ageing out.
        expect(firstRun.resend[0].email.createdAt).toBe(Math.min(...all.resend.map((c) => c.email.createdAt)))
        expect(firstRun.more).toBe(true)
    })

    it('sends at most the per-run bound, and reports (never silently drops) an email older than the age bound', () => {
        const emails = Array.from({ length: 5 }, (_, i) => failed(`e${i}`, T0 - (i + 1) * MIN))
        expect(selectResends(emails, 'acct', window, none, T0, { ...settings, resendMaxPerRun: 2 })).toMatchObject({ more: true, resend: [{ email: { sysId: 'e4' } }, { email: { sysId: 'e3' } }] })
        const stale = selectResends([failed('old', T0 - 30 * H, AUTH, null, 'n', T0 - 10 * H)], 'acct', { start: T0 - 40 * H, end: T0 }, none, T0, { ...settings, lookbackHours: 48 })
        expect(stale.resend).toEqual([])
        expect(stale.tooOld).toMatchObject([{ email: { sysId: 'old' }, reason: 'max_age' }])
    })
})

describe('lookbackCutoff', () => {
    it('keeps an hour of margin, or half the lookback when it is shorter', () => {
        expect(lookbackCutoff(T0, 24)).toBe(T0 - 23 * H)
        expect(lookbackCutoff(T0, 1)).toBe(T0 - 30 * MIN)
    })
})

describe('settleAttempt: did the re-sent email leave?', () => {
    const email = (type: string, errorString = '', createdAt = T0 - H) => ({ type, errorString, createdAt })
    it('sent, failed again (tried again when authentication, reported otherwise), retried, aged out, gone, or still waiting', () => {
        expect(settleAttempt(email('sent'), T0, 24)).toMatchObject({ outcome: 'sent' })
        expect(settleAttempt(email('send-failed', AUTH), T0, 24)).toMatchObject({ outcome: 'failed_again', code: 'smtp_auth_rejected', detail: expect.stringContaining('sent again when mail leaves') })
        expect(settleAttempt(email('send-failed', '550 5.1.1 RESOLVER.ADR.RecipNotFound'), T0, 24)).toMatchObject({ outcome: 'failed_again', code: 'recipient_rejected', detail: expect.stringContaining('not sent again') })
        expect(settleAttempt(email('send-retry-backoff', '421 4.3.2 Service not available'), T0, 24)).toMatchObject({ outcome: 'retrying' })
        expect(settleAttempt(email('send-retry-backoff', '421', T0 - 25 * H), T0, 24)).toMatchObject({ outcome: 'aged_out' })
        expect(settleAttempt(email('send-ready', '', T0 - 24 * H), T0, 24)).toMatchObject({ outcome: 'aged_out', code: 'resend_aged_out' })
        expect(settleAttempt(email('send-ready'), T0, 24)).toBeNull()
        expect(settleAttempt(null, T0, 24)).toMatchObject({ outcome: 'gone' })
    })
})

describe('resendReport', () => {
    it('counts each outcome, says nothing when nothing was re-sent', () => {
        expect(resendReport([])).toBe('')
        expect(resendReport(['sent', 'sent', 'failed_again', 'too_old'])).toMatch(/2 sent, 1 failed again, 1 not re-sent: older than the platform sends/)
    })
})

describe('windowWithOwed and the attempts bound', () => {
    it('owes an email that failed again after its re-send, even when no incident opened (the next email left in the same run)', () => {
        const again = [failed('a', T0 - 10 * MIN), failed('b', T0 - 5 * MIN)]
        expect(windowWithOwed(null, again)).toEqual({ start: T0 - 10 * MIN, end: T0 - 5 * MIN })
        expect(windowWithOwed({ start: T0 - H, end: T0 - 20 * MIN }, again)).toEqual({ start: T0 - H, end: T0 - 5 * MIN })
        expect(windowWithOwed(null, [])).toBeNull()
    })
    it(`tries one email at most ${MAX_RESEND_ATTEMPTS} times; its last outcome stays in the log`, () => {
        const email = failed('stubborn', T0 - 10 * MIN)
        const at = (attempt: number) => new Map<string, ResendHistory>([['stubborn', { attempt, outcome: 'failed_again' }]])
        expect(selectResends([email], 'acct', { start: T0 - H, end: T0 }, at(MAX_RESEND_ATTEMPTS - 1), T0, settings).resend).toHaveLength(1)
        expect(selectResends([email], 'acct', { start: T0 - H, end: T0 }, at(MAX_RESEND_ATTEMPTS), T0, settings).resend).toEqual([])
    })
})
