import { parseMailFlowSettings } from '../../src/mail-flow/settings.ts'

describe('parseMailFlowSettings', () => {
    it('falls back to the defaults with one warning per bad property', () => {
        const { settings, warnings } = parseMailFlowSettings({ 'x_mail_oauth.canary_period_minutes': '2', 'x_mail_oauth.resend_mode': 'sometimes' })
        expect(settings).toEqual({
            canaryEnabled: true,
            canaryPeriodMinutes: 30,
            canaryDailyLimit: 200,
            canarySendBoundMinutes: 15,
            canaryArrivalBoundMinutes: 20,
            resendMode: 'automatic',
            resendMaxPerRun: 50,
            resendMaxAgeHours: 24,
        })
        expect(warnings.some((w) => w.includes('x_mail_oauth.canary_period_minutes is 2'))).toBe(true)
        expect(warnings.some((w) => w.includes("x_mail_oauth.resend_mode is 'sometimes'"))).toBe(true)
    })
    it('reads valid values', () => {
        const { settings } = parseMailFlowSettings({
            'x_mail_oauth.canary_enabled': 'false',
            'x_mail_oauth.canary_period_minutes': '60',
            'x_mail_oauth.canary_daily_limit': '100',
            'x_mail_oauth.canary_send_bound_minutes': '10',
            'x_mail_oauth.canary_arrival_bound_minutes': '30',
            'x_mail_oauth.resend_mode': 'offer',
            'x_mail_oauth.resend_max_per_run': '10',
            'x_mail_oauth.resend_max_age_hours': '12',
        })
        expect(settings).toMatchObject({ canaryEnabled: false, canaryPeriodMinutes: 60, resendMode: 'offer', resendMaxPerRun: 10, resendMaxAgeHours: 12 })
    })
})
