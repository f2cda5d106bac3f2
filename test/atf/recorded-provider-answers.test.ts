import { classifyRecordedAnswer, RECORDED_ANSWERS, type RecordedAnswerName } from '../../src/atf/recorded-provider-answers.ts'
import { platform } from '../stand-ins/platform.ts'

beforeEach(() => platform.reset())

describe('the recorded provider answers', () => {
    it('are provider answers as sent: Entra bodies lead with their AADSTS code, and no token value is shipped', () => {
        for (const [name, answer] of Object.entries(RECORDED_ANSWERS)) {
            if (name.startsWith('entra') && answer.status >= 400) expect(JSON.parse(answer.body).error_description).toMatch(/^AADSTS\d+: /)
            expect(answer.body).not.toMatch(/"(access|refresh)_token":"(?!<redacted>)/)
        }
    })

    it.each<[RecordedAnswerName, string, string]>([
        ['entraRefreshTokenInactive', 'invalid_grant', 'needs_authorization'],
        ['entraClientSecretExpired', 'client_secret_expired', 'misconfigured'],
        ['entraAppNotInTenant', 'unauthorized_client', 'misconfigured'],
        ['proxyBadGateway', 'provider_unavailable', 'refresh_failing'],
        ['readTimeout', 'provider_unavailable', 'refresh_failing'],
        ['proxySignInPage', 'unexpected_response', 'refresh_failing'],
    ])('%s is classified %s (%s)', (name, code, status) => {
        expect(classifyRecordedAnswer(name)).toEqual({ kind: 'failed', code, status })
    })

    it('a token answer refreshes', () => {
        expect(classifyRecordedAnswer('entraRefreshed')).toEqual({ kind: 'refreshed', code: '', status: 'ok' })
    })
})
