/** The decision behind the alerts that do not need mail: when, and what, for each event. */
import { EVENT } from '../../src/common/app.ts'
import { correlationIdOf, planFallback, type FallbackFacts } from '../../src/alerts/fallback.ts'

function facts(overrides: Partial<FallbackFacts> = {}): FallbackFacts {
    return {
        enabled: true,
        eventName: EVENT.needsAuthorization,
        code: 'invalid_grant',
        account: { sysId: 'a1', name: 'Microsoft 365 outbound (SMTP)', userName: 'notify@contoso.com' },
        isActiveOutboundSmtp: true,
        activeOutboundAccounts: 1,
        emailSendingEnabled: true,
        outboundInTrouble: true,
        incidentTableExists: true,
        bannerTableExists: true,
        openIncident: null,
        openBanner: null,
        message: 'The provider rejected the refresh token: authorize again.',
        instanceUrl: 'https://acme.service-now.com',
        since: '2026-12-03 08:00:00',
        ...overrides,
    }
}

describe('when the alert email cannot go out', () => {
    it.each([
        ['the account is the active outbound SMTP account', facts()],
        ['email sending is off', facts({ isActiveOutboundSmtp: false, outboundInTrouble: false, emailSendingEnabled: false })],
        ['there is no active outbound account', facts({ isActiveOutboundSmtp: false, outboundInTrouble: false, activeOutboundAccounts: 0 })],
        ['the outbound account is in trouble too', facts({ isActiveOutboundSmtp: false })],
    ])('opens an incident and posts a banner when %s', (_why, input) => {
        const plan = planFallback(input)
        expect(plan.incident).toMatchObject({ kind: 'open', correlationId: correlationIdOf('a1') })
        expect(plan.banner).toMatchObject({ kind: 'post', linkUrl: 'https://acme.service-now.com/sys_email_account.do?sys_id=a1' })
    })

    it('says what happened, since when, why it is an incident, what to do and where', () => {
        const plan = planFallback(facts())
        if (plan.incident?.kind !== 'open') throw new Error('expected an incident')
        expect(plan.incident.shortDescription).toBe("Email OAuth Manager: Email account 'Microsoft 365 outbound (SMTP)' needs authorization; outbound mail at risk")
        expect(plan.incident.description).toContain('(code invalid_grant) since 2026-12-03 08:00:00 UTC')
        expect(plan.incident.description).toContain('the account is the active outbound (SMTP) account, so the alert email cannot be sent through it')
        expect(plan.incident.description).toContain('What to do: The provider rejected the refresh token: authorize again.')
        expect(plan.incident.description).toContain('Where: https://acme.service-now.com/sys_email_account.do?sys_id=a1')
    })

    it('keeps one incident per incident: a later event adds a work note, and the banner stays as it is', () => {
        const plan = planFallback(facts({ eventName: EVENT.refreshFailing, code: 'provider_unavailable', openIncident: { sysId: 'i1', number: 'INC0010001' }, openBanner: { sysId: 'b1' } }))
        expect(plan.incident).toEqual({ kind: 'note', sysId: 'i1', note: expect.stringContaining('x_mail_oauth.token.refresh_failing (provider_unavailable) at 2026-12-03 08:00:00 UTC') })
        expect(plan.banner).toBeNull()
    })

    it('resolves the incident and ends the banner on recovery', () => {
        const plan = planFallback(facts({ eventName: EVENT.recovered, code: 'invalid_grant', openIncident: { sysId: 'i1', number: 'INC0010001' }, openBanner: { sysId: 'b1' } }))
        expect(plan.incident).toMatchObject({ kind: 'resolve', sysId: 'i1' })
        expect(plan.banner).toEqual({ kind: 'end', sysId: 'b1' })
    })

    it('posts only the banner where the instance has no incident table', () => {
        const plan = planFallback(facts({ incidentTableExists: false }))
        expect(plan.incident).toBeNull()
        expect(plan.banner?.kind).toBe('post')
    })

    it('keeps the banner heading and summary within the fields (100 and 200 characters)', () => {
        const plan = planFallback(facts({ account: { sysId: 'a1', name: 'x'.repeat(150), userName: '' } }))
        if (plan.banner?.kind !== 'post') throw new Error('expected a banner')
        expect(plan.banner.heading.length).toBeLessThanOrEqual(100)
        expect(plan.banner.summary.length).toBeLessThanOrEqual(200)
    })
})

describe('when email works, or the property is off', () => {
    it('leaves it to the email when an inbound account fails and the outbound account is fine', () => {
        expect(planFallback(facts({ isActiveOutboundSmtp: false, outboundInTrouble: false }))).toMatchObject({ incident: null, banner: null })
    })

    it('does nothing for reauth_due: mail still flows', () => {
        expect(planFallback(facts({ eventName: EVENT.reauthDue }))).toMatchObject({ incident: null, banner: null })
    })

    it('does nothing when x_mail_oauth.fallback_alerts is false', () => {
        expect(planFallback(facts({ enabled: false }))).toEqual({ incident: null, banner: null, reason: 'x_mail_oauth.fallback_alerts is false' })
    })
})
