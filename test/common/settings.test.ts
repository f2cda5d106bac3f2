import { PROPERTY } from '../../src/common/app.ts'
import { parseSettings, readSettings } from '../../src/common/settings.ts'
import { platform } from '../stand-ins/platform.ts'

const ALL_VALID = {
    [PROPERTY.enabled.name]: 'true',
    [PROPERTY.refreshWindowSeconds.name]: '900',
    [PROPERTY.maxRefreshesPerRun.name]: '10',
    [PROPERTY.failureAlertThreshold.name]: '0',
    [PROPERTY.reauthWarningDays.name]: '14',
}

describe('parseSettings', () => {
    it('reads valid values without warnings', () => {
        expect(parseSettings(ALL_VALID)).toEqual({
            settings: { enabled: true, refreshWindowSeconds: 900, maxRefreshesPerRun: 10, failureAlertThreshold: 0, reauthWarningDays: 14 },
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
        expect(settings).toEqual({ enabled: true, refreshWindowSeconds: 600, maxRefreshesPerRun: 50, failureAlertThreshold: 3, reauthWarningDays: 7 })
        expect(warnings).toHaveLength(5)
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
        expect(settings.maxRefreshesPerRun).toBe(50)
        expect(settings.refreshWindowSeconds).toBe(900)
        expect(platform.logs.filter((l) => l.level === 'warn')).toHaveLength(1)
        expect(platform.logs[0].message).toContain('x_mail_oauth.max_refreshes_per_run')
    })
})
