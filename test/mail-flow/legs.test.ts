import { CANARY_CODE, judgeCanary, type MailPathFacts } from '../../src/mail-flow/legs.ts'

const MIN = 60000
const T0 = Date.UTC(2026, 0, 1, 12)
const bounds = { canarySendBoundMinutes: 15, canaryArrivalBoundMinutes: 20 }
const healthy: MailPathFacts = {
    sendingEnabled: true,
    receivingEnabled: true,
    senderJobRunning: true,
    readerJobRunning: true,
    outboundAccount: 'Notifications',
    inbound: { name: 'Service desk', active: true, tokenStatus: 'ok', tokenMessage: '', loginError: '' },
}
const email = (type: string, updatedAt = T0, errorString = '', createdAt = T0) => ({ type, errorString, updatedAt, createdAt })

describe('judgeCanary', () => {
    it('waits while the canary is in the outbox or on its way back, inside the bounds', () => {
        expect(judgeCanary({ queuedAt: T0, email: email('send-ready') }, healthy, T0 + 10 * MIN, bounds)).toMatchObject({ kind: 'waiting', state: 'queued' })
        expect(judgeCanary({ queuedAt: T0, email: email('sent', T0 + MIN) }, healthy, T0 + 15 * MIN, bounds)).toMatchObject({ kind: 'waiting', state: 'sent', sentAt: T0 + MIN })
    })

    it('names the outbound leg retrying, not failing, while the platform retries the canary (send-retry-*), with the server\'s answer', () => {
        for (const type of ['send-retry-backoff', 'send-retry-delayed']) {
            const verdict = judgeCanary({ queuedAt: T0, email: email(type, T0 + 30 * MIN, '421 4.7.0 Server busy, try again later') }, healthy, T0 + 3 * 60 * MIN, bounds)
            expect(verdict).toMatchObject({ kind: 'retrying', leg: 'outbound', code: CANARY_CODE.sendRetrying })
            if (verdict.kind === 'retrying') expect(verdict.message).toContain('421 4.7.0')
        }
    })

    it('names the outbound leg failed once the platform stopped retrying: older than its lookback by creation', () => {
        const verdict = judgeCanary({ queuedAt: T0, email: email('send-retry-backoff', T0 + 23 * 60 * MIN, '451 4.7.500 Server busy', T0) }, { ...healthy, lookbackHours: 6 }, T0 + 6 * 60 * MIN, bounds)
        expect(verdict).toMatchObject({ kind: 'failed', leg: 'outbound', code: CANARY_CODE.retriesExhausted })
        expect(judgeCanary({ queuedAt: T0, email: email('send-retry-backoff', T0, '451', T0) }, healthy, T0 + 23 * 60 * MIN, bounds)).toMatchObject({ kind: 'retrying' })
    })

    it('names the outbound leg with the platform error text and its code when the email is send-failed', () => {
        const verdict = judgeCanary({ queuedAt: T0, email: email('send-failed', T0 + MIN, '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.') }, healthy, T0 + 2 * MIN, bounds)
        expect(verdict).toMatchObject({ kind: 'failed', state: 'send_failed', leg: 'outbound', code: CANARY_CODE.sendFailed, mailCode: 'smtp_auth_disabled' })
        if (verdict.kind === 'failed') {
            expect(verdict.message).toContain('535 5.7.139')
            expect(verdict.message).toContain('Set-CASMailbox')
        }
    })

    it.each([
        ['sending off', { sendingEnabled: false }, CANARY_CODE.sendingOff],
        ['no outbound account', { outboundAccount: null }, CANARY_CODE.noOutbound],
        ['the SMTP Sender job stopped', { senderJobRunning: false }, CANARY_CODE.senderJobStopped],
        ['nothing visible', {}, CANARY_CODE.notSent],
    ])('names the outbound leg when the canary stays in the outbox: %s', (_what, facts, code) => {
        expect(judgeCanary({ queuedAt: T0, email: email('send-ready') }, { ...healthy, ...facts }, T0 + 16 * MIN, bounds)).toMatchObject({ kind: 'failed', state: 'stuck', leg: 'outbound', code })
    })

    it.each([
        ['the account inactive', { inbound: { ...healthy.inbound, active: false } }, CANARY_CODE.inboundAccountInactive],
        ['receiving off', { receivingEnabled: false }, CANARY_CODE.receivingOff],
        ['the reader job stopped', { readerJobRunning: false }, CANARY_CODE.readerJobStopped],
        ['the mailbox refusing the token', { inbound: { ...healthy.inbound, loginError: 'AUTHENTICATE failed' } }, CANARY_CODE.inboundRefused],
        ['its token unusable', { inbound: { ...healthy.inbound, tokenStatus: 'needs_authorization', tokenMessage: 'Authorize it again.' } }, CANARY_CODE.inboundToken],
        ['never authorized: the reader found no token (no login was refused)', { inbound: { ...healthy.inbound, tokenStatus: '', loginError: 'The email account holds no OAuth access token' } }, CANARY_CODE.inboundToken],
        ['its token revoked, the reader refused with the old one: the token first', { inbound: { ...healthy.inbound, tokenStatus: 'needs_authorization', loginError: 'AUTHENTICATE failed' } }, CANARY_CODE.inboundToken],
        ['nothing visible', {}, CANARY_CODE.notRead],
    ])('names the inbound leg when the canary was sent but not read: %s', (_what, facts, code) => {
        expect(judgeCanary({ queuedAt: T0, email: email('sent', T0 + MIN) }, { ...healthy, ...facts }, T0 + 22 * MIN, bounds)).toMatchObject({ kind: 'failed', state: 'lost', leg: 'inbound', code })
    })

    it('waits for the notification to make the email, then names the outbound leg when none came or it was skipped', () => {
        expect(judgeCanary({ queuedAt: T0, email: null }, healthy, T0 + MIN, bounds)).toMatchObject({ kind: 'waiting', state: 'queued' })
        expect(judgeCanary({ queuedAt: T0, email: null }, healthy, T0 + 16 * MIN, bounds)).toMatchObject({ kind: 'failed', leg: 'outbound', code: CANARY_CODE.emailMissing })
        expect(judgeCanary({ queuedAt: T0, email: email('send-ignored') }, healthy, T0, bounds)).toMatchObject({ leg: 'outbound', code: CANARY_CODE.sendIgnored })
    })
})
