import { dueThreshold, groupHorizons, planHorizonAlerts, WARNING_DAYS, type MailboxHorizons } from '../../src/horizons/alerts.ts'
import { CAUSE, horizonsOf, type CredentialFacts, type HorizonSettings, type MailboxFacts } from '../../src/horizons/time-to-failure.ts'
import { mailboxFacts } from './facts.ts'

const DAY = 86400000
const UTC = { utcOffsetMinutes: 0 }
const P = 'p'.repeat(32)

function secret(expires: string, overrides: Partial<CredentialFacts> = {}): CredentialFacts {
    return { sysId: 'c'.repeat(32), providerId: P, providerName: 'Microsoft 365 Email', kind: 'secret', expires, ...overrides }
}

function entries(mailboxes: MailboxFacts[], credentials: CredentialFacts[], settings: HorizonSettings): MailboxHorizons[] {
    return mailboxes.map((m) => ({ mailbox: { sysId: m.sysId, name: m.name, mailbox: m.mailbox, providerName: m.providerKind === 'google' ? 'Google' : 'Microsoft' }, horizons: horizonsOf(m, credentials, settings) }))
}

/** Runs the planner once a day from `start` for `days` days, remembering what it alerted as the job does. */
function simulate(build: (day: number) => { mailboxes: MailboxFacts[]; credentials: CredentialFacts[] }, start: number, days: number, settings: HorizonSettings = UTC) {
    const memory = new Map<string, number | null>()
    const sent: { day: number; key: string; threshold: number; mailboxes: string[]; message: string }[] = []
    const ended: { day: number; key: string }[] = []
    for (let day = 0; day <= days; day++) {
        const { mailboxes, credentials } = build(day)
        const groups = groupHorizons(entries(mailboxes, credentials, settings), credentials, settings)
        const plan = planHorizonAlerts(groups, memory, start + day * DAY, settings)
        for (const alert of plan.alerts) {
            sent.push({ day, key: alert.group.key, threshold: alert.threshold, mailboxes: alert.group.mailboxes.map((m) => m.mailbox), message: alert.message })
            memory.set(alert.group.key, alert.threshold)
        }
        for (const key of plan.ended) {
            ended.push({ day, key })
            memory.delete(key)
        }
    }
    return { sent, ended }
}

const START = Date.UTC(2026, 10, 1, 6, 0, 0)
const three = ['a', 'b', 'd'].map((c, i) => mailboxFacts({ sysId: c.repeat(32), name: `Inbox ${i}`, mailbox: `box${i}@contoso.example` }))

describe('when to warn (pure)', () => {
    it('warns at 30, 14, 7, 1 day(s) before and on the day', () => {
        expect(WARNING_DAYS).toEqual([30, 14, 7, 1, 0])
        expect(dueThreshold(31, null)).toBeNull()
        expect(dueThreshold(30, null)).toBe(30)
        expect(dueThreshold(20, 30)).toBeNull()
        expect(dueThreshold(14, 30)).toBe(14)
        expect(dueThreshold(3, null)).toBe(7)
        expect(dueThreshold(-4, 1)).toBe(0)
        expect(dueThreshold(-5, 0)).toBeNull()
    })
})

describe('what renewing takes, by where the date came from', () => {
    const warningFor = (credential: CredentialFacts): string => {
        const groups = groupHorizons(entries(three, [credential], UTC), [credential], UTC)
        return planHorizonAlerts(groups, new Map(), Date.UTC(2026, 11, 10, 6), UTC).alerts[0].message
    }

    it('a certificate whose date was read from its certificate record: renew it, nothing to type (not "record its expiry")', () => {
        const message = warningFor(secret('2026-12-20', { kind: 'certificate', source: 'certificate_record' }))
        expect(message).toMatch(/the certificate of the provider 'Microsoft 365 Email' expires .*What moves it: Renew the certificate: .*x509 Certificate record \(or use the certificate switch\)\. This date was read from the certificate record .*nothing to type/)
        expect(message).not.toMatch(/Client credentials/)
    })

    it('a client secret whose date was read from Entra: the new date is read from Entra too', () => {
        const message = warningFor(secret('2026-12-20', { source: 'entra' }))
        expect(message).toMatch(/What moves it: Create a new client secret .*This date was read from the app registration in Entra.*nothing to type/)
        expect(message).not.toMatch(/Client credentials/)
    })

    it.each([
        ['typed by an admin', 'manual'],
        ['a row from before the sources (no source)', undefined],
    ])('a certificate date %s: set Expires on its Client credentials row to the new end date', (_case, source) => {
        const message = warningFor(secret('2026-12-20', { kind: 'certificate', source }))
        expect(message).toMatch(/This date was typed by an admin: set Expires on this provider's row under Email OAuth Manager > Client credentials to the new certificate's end date/)
    })
})

describe('warnings on every horizon, once per horizon and mailbox group', () => {
    it('one secret stopping three mailboxes: one alert per threshold naming all three, never repeated', () => {
        const { sent } = simulate(() => ({ mailboxes: three, credentials: [secret('2026-12-20')] }), START, 60)
        expect(sent.map((s) => s.threshold)).toEqual([30, 14, 7, 1, 0])
        expect(sent.map((s) => s.day)).toEqual([19, 35, 42, 48, 49])
        for (const alert of sent) expect(alert.mailboxes).toEqual(['box0@contoso.example', 'box1@contoso.example', 'box2@contoso.example'])
        expect(sent[0].message).toMatch(/^Mail stops on 2026-12-20, in 30 days because the client secret of the provider 'Microsoft 365 Email' expires \(client_secret_expires\)\. These mailboxes stop: Inbox 0 \(box0@contoso\.example\), .* What moves it: Create a new client secret/)
    })

    it('a secret renewed (its row given a new date) ends its warnings with no further mail', () => {
        const { sent, ended } = simulate((day) => ({ mailboxes: three, credentials: [secret(day < 40 ? '2026-12-20' : '2027-12-20')] }), START, 60)
        expect(sent.map((s) => s.threshold)).toEqual([30, 14])
        expect(ended).toEqual([{ day: 40, key: `${CAUSE.clientSecret}:${'c'.repeat(32)}:2026-12-20` }])
    })

    it('an account migrated off Basic auth leaves the cut-off group; the group warns the rest, and ends when the last has moved', () => {
        const basic = (c: string, name: string) => mailboxFacts({ sysId: c.repeat(32), name, mailbox: `${name}@contoso.example`, authentication: 'password', providerId: '', status: null, accessTokenExpires: null })
        const { sent, ended } = simulate(
            (day) => ({ mailboxes: day < 40 ? [basic('e', 'one'), basic('f', 'two')] : day < 50 ? [basic('f', 'two')] : [], credentials: [] }),
            START,
            70,
        )
        expect(sent.map((s) => [s.threshold, s.mailboxes])).toEqual([
            [30, ['one@contoso.example', 'two@contoso.example']],
            [14, ['two@contoso.example']],
        ])
        // The date as Microsoft states it: disabled by default, the tenant can enable it again until the final removal.
        expect(sent[0].message).toMatch(/^Mail stops on 2026-12-31, in 30 days unless the tenant enables Basic SMTP AUTH again, because Microsoft disables SMTP AUTH with Basic authentication by default .*until the final removal, which Microsoft will announce for the second half of 2027; switching to OAuth is the lasting fix\. .* What moves it: Prepare OAuth switch/)
        expect(ended.map((e) => e.day)).toEqual([50])
    })

    it('an expiry date already past when entered: one alert ("since"), then none', () => {
        const { sent } = simulate(() => ({ mailboxes: three, credentials: [secret('2026-10-20')] }), START, 10)
        expect(sent.map((s) => [s.day, s.threshold])).toEqual([[0, 0]])
        expect(sent[0].message).toMatch(/Mail stops since 2026-10-20 \(12 days ago\)/)
    })

    it('a secret row for a provider without mailboxes: one alert per threshold saying no mailbox stops', () => {
        const { sent } = simulate(() => ({ mailboxes: [], credentials: [secret('2026-12-20')] }), START, 60)
        expect(sent.map((s) => s.threshold)).toEqual([30, 14, 7, 1, 0])
        expect(sent[0].message).toMatch(/No active mailbox uses this provider, so none stops/)
    })

    it('two rows for one provider: only the earlier date warns; the later row never does', () => {
        const rows = [secret('2027-03-01', { sysId: '2'.repeat(32) }), secret('2026-12-20', { sysId: '1'.repeat(32) })]
        const { sent } = simulate(() => ({ mailboxes: three, credentials: rows }), START, 60)
        expect(new Set(sent.map((s) => s.key))).toEqual(new Set([`${CAUSE.clientSecret}:${'1'.repeat(32)}:2026-12-20`]))
        expect(sent).toHaveLength(5)
    })

    it('several horizons on the same day for one mailbox: one alert per horizon, each once, none repeated', () => {
        const google = mailboxFacts({ providerKind: 'google', refreshTokenExpires: Date.UTC(2026, 11, 20, 8), lastRefreshed: START, lastAuthorized: START })
        const { sent } = simulate(() => ({ mailboxes: [google], credentials: [secret('2026-12-20')] }), START, 60)
        const keys = new Set(sent.map((s) => s.key))
        expect(keys.size).toBe(2)
        expect(sent).toHaveLength(10)
        expect(new Set(sent.map((s) => `${s.key}/${s.threshold}`)).size).toBe(10)
    })

    it('time zones far from UTC: the warnings fall on the admin\'s local days, each once', () => {
        for (const settings of [{ utcOffsetMinutes: 13 * 60 }, { utcOffsetMinutes: -10 * 60 }]) {
            // Runs every 6 hours: the day boundary of the zone is crossed inside the runs.
            const memory = new Map<string, number | null>()
            const thresholds: number[] = []
            for (let run = 0; run < 60 * 4; run++) {
                const now = START + run * 6 * 3600000
                const groups = groupHorizons(entries(three, [secret('2026-12-20')], settings), [secret('2026-12-20')], settings)
                for (const alert of planHorizonAlerts(groups, memory, now, settings).alerts) {
                    thresholds.push(alert.threshold)
                    memory.set(alert.group.key, alert.threshold)
                    expect(alert.group.day).toBe('2026-12-20')
                }
            }
            expect(thresholds).toEqual([30, 14, 7, 1, 0])
        }
    })

    it('a refresh token\'s end: 30 and 14 days here; inside the reauth warning period the token keeper\'s reauth_due is the warning, then 1 day and the day', () => {
        const memory = new Map<string, number | null>()
        const sent: number[] = []
        const ends = Date.UTC(2026, 11, 20, 8)
        for (let day = 0; day <= 60; day++) {
            // A provider whose refresh token does not roll (Microsoft's does: see time-to-failure.test.ts).
            const facts = mailboxFacts({ providerKind: 'other', refreshTokenExpires: ends })
            const groups = groupHorizons(entries([facts], [], UTC), [], UTC)
            for (const alert of planHorizonAlerts(groups, memory, START + day * DAY, UTC, 7).alerts) {
                sent.push(alert.threshold)
                memory.set(alert.group.key, alert.threshold)
            }
        }
        expect(sent).toEqual([30, 14, 1, 0])
    })

    it('the access token\'s end is left to the token keeper\'s own alerts', () => {
        const failing = mailboxFacts({ status: 'refresh_failing' })
        expect(groupHorizons(entries([failing], [], UTC), [], UTC)).toEqual([])
    })
})
