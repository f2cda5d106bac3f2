import { PROPERTY } from '../../src/common/app.ts'
import { parseSettings, readSettings } from '../../src/common/settings.ts'
import { platform } from '../stand-ins/platform.ts'

const ALL_VALID = {
    [PROPERTY.enabled.name]: 'true',
    [PROPERTY.refreshWindowSeconds.name]: '900',
    [PROPERTY.maxRefreshesPerRun.name]: '10',
    [PROPERTY.failureAlertThreshold.name]: '0',
    [PROPERTY.reauthWarningDays.name]: '14',
    [PROPERTY.runBudgetSeconds.name]: '90',
    [PROPERTY.tokenRequestTimeoutSeconds.name]: '45',
    [PROPERTY.refreshWorkers.name]: '2',
}

describe('parseSettings', () => {
    it('reads valid values without warnings', () => {
        expect(parseSettings(ALL_VALID)).toEqual({
            settings: {
                enabled: true,
                refreshWindowSeconds: 900,
                maxRefreshesPerRun: 10,
                failureAlertThreshold: 0,
                reauthWarningDays: 14,
                runBudgetSeconds: 90,
                tokenRequestTimeoutSeconds: 45,
                refreshWorkers: 2,
            },
            warnings: [],
        })
        expect(parseSettings({ ...ALL_VALID, [PROPERTY.enabled.name]: 'false' }).settings.enabled).toBe(false)
    })

    it.each([
        ['missing', undefined, /missing or empty/],
        ['null', null, /missing or empty/],
        ['blank', '  ', /missing or empty/],
        ['non-numeric', 'ten minutes', /is not a whole number \('ten minutes'\)/],
        ['fractional', '1.5', /is not a whole number/],
        ['negative', '-5', /is negative \('-5'\)/],
    ])('falls back to the default with one warning when %s', (_case, raw, why) => {
        const { settings, warnings } = parseSettings({ ...ALL_VALID, [PROPERTY.refreshWindowSeconds.name]: raw })
        expect(settings.refreshWindowSeconds).toBe(PROPERTY.refreshWindowSeconds.default)
        expect(warnings).toHaveLength(1)
        expect(warnings[0]).toMatch(why)
        expect(warnings[0]).toContain(PROPERTY.refreshWindowSeconds.name)
        expect(warnings[0]).toContain(`default ${PROPERTY.refreshWindowSeconds.default}`)
        expect(warnings[0]).toContain('sys_properties')
    })

    it('defaults every property when none is set, one warning each', () => {
        const { settings, warnings } = parseSettings({})
        expect(settings).toEqual({
            enabled: true,
            refreshWindowSeconds: 0,
            maxRefreshesPerRun: 0,
            failureAlertThreshold: 3,
            reauthWarningDays: 7,
            runBudgetSeconds: 100,
            tokenRequestTimeoutSeconds: 60,
            refreshWorkers: 4,
        })
        expect(warnings).toHaveLength(8)
    })

    it('shortens a run budget that would let a run overlap the next one, naming both properties', () => {
        const { settings, warnings } = parseSettings({ ...ALL_VALID, [PROPERTY.runBudgetSeconds.name]: '170', [PROPERTY.tokenRequestTimeoutSeconds.name]: '60' })
        expect(settings.runBudgetSeconds).toBe(120)
        expect(warnings).toEqual([expect.stringMatching(/x_mail_oauth\.run_budget_seconds \(170\) must be between 10 and 120 seconds.*x_mail_oauth\.token_request_timeout_seconds \(60 s\)/)])
    })

    it('rejects a flag that is not true or false', () => {
        const { settings, warnings } = parseSettings({ ...ALL_VALID, [PROPERTY.enabled.name]: 'yes' })
        expect(settings.enabled).toBe(true)
        expect(warnings[0]).toMatch(/x_mail_oauth.enabled is 'yes', not true or false/)
    })
})

describe('readSettings', () => {
    beforeEach(() => platform.reset())

    it('reads the properties through gs.getProperty and logs each fallback once', () => {
        Object.assign(platform.properties, ALL_VALID, { [PROPERTY.maxRefreshesPerRun.name]: 'lots' })
        const settings = readSettings()
        expect(settings.maxRefreshesPerRun).toBe(0)
        expect(settings.refreshWindowSeconds).toBe(900)
        expect(platform.logs.filter((l) => l.level === 'warn')).toHaveLength(1)
        expect(platform.logs[0].message).toContain('x_mail_oauth.max_refreshes_per_run')
    })

    it('on an upgraded instance without the newer properties, warns once a day, not at every run or overview request', () => {
        const { [PROPERTY.refreshWorkers.name]: _absent, ...older } = ALL_VALID as Record<string, string>
        Object.assign(platform.properties, older)
        const warnings = () => platform.logs.filter((l) => l.level === 'warn' && l.message.includes(PROPERTY.refreshWorkers.name)).length
        // A day of runs, one a minute, and an overview request beside each.
        for (let minute = 0; minute < 1440; minute++) {
            expect(readSettings().refreshWorkers).toBe(PROPERTY.refreshWorkers.default)
            readSettings()
            platform.clock.advanceSeconds(60)
        }
        expect(warnings()).toBe(1)
        platform.clock.advanceSeconds(60)
        readSettings()
        expect(warnings()).toBe(2)
    })
})
