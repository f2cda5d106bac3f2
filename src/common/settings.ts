import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { PROPERTY, REFRESH_JOB_INTERVAL_SECONDS } from './app.ts'

/**
 * The x_mail_oauth.* system properties, read once per run.
 *
 * `parseSettings` is pure (raw strings in, settings and warnings out) so every fallback is testable
 * without the platform; `readSettings` is the thin reader the job and the setup check call.
 */

export interface Settings {
    readonly enabled: boolean
    readonly refreshWindowSeconds: number
    readonly maxRefreshesPerRun: number
    readonly failureAlertThreshold: number
    readonly reauthWarningDays: number
    readonly runBudgetSeconds: number
    readonly tokenRequestTimeoutSeconds: number
    readonly refreshWorkers: number
}

export type PropertyName = (typeof PROPERTY)[keyof typeof PROPERTY]['name']

/** Raw property values as the platform returns them: a string, or null/undefined when missing. */
export type RawProperties = Partial<Record<PropertyName, string | null | undefined>>

export interface ParsedSettings {
    readonly settings: Settings
    /** One sentence per property that fell back to its default, naming the property and the fix. */
    readonly warnings: string[]
}

const WHOLE_NUMBER = /^\d+$/

const WHERE_TO_FIX = 'Set it in System Properties (sys_properties) or under Email OAuth Manager > Properties.'

/** A property that does not exist at all: after an update-set install no fix script has run (docs/admin-guide.md). */
const WHERE_TO_CREATE =
    'If it does not exist (an update-set install runs no fix script), run the fix script "Email OAuth Manager: add new properties" (System Definition > Fix Scripts, Run Fix Script): it creates every missing property with its default.'

export function parseWholeNumber(name: string, raw: string | null | undefined, fallback: number, unit: string, warnings: string[]): number {
    const text = raw === null || raw === undefined ? '' : String(raw).trim()
    if (text === '') {
        warnings.push(`Property ${name} is missing or empty; using the default ${fallback}. ${WHERE_TO_FIX} ${WHERE_TO_CREATE}`)
        return fallback
    }
    if (!WHOLE_NUMBER.test(text)) {
        const why = /^-\d+$/.test(text) ? 'is negative' : 'is not a whole number'
        warnings.push(`Property ${name} ${why} ('${text.slice(0, 40)}'); it must be a whole number of ${unit}, 0 or more. Using the default ${fallback}. ${WHERE_TO_FIX}`)
        return fallback
    }
    return parseInt(text, 10)
}

export function parseFlag(name: string, raw: string | null | undefined, fallback: boolean, warnings: string[]): boolean {
    const text = raw === null || raw === undefined ? '' : String(raw).trim().toLowerCase()
    if (text === 'true' || text === '1') return true
    if (text === 'false' || text === '0') return false
    const what = text === '' ? 'is missing or empty' : `is '${text.slice(0, 40)}', not true or false`
    warnings.push(`Property ${name} ${what}; using the default ${fallback}. ${WHERE_TO_FIX}${text === '' ? ` ${WHERE_TO_CREATE}` : ''}`)
    return fallback
}

export function parseSettings(raw: RawProperties): ParsedSettings {
    const warnings: string[] = []
    const number = (p: { name: PropertyName; default: number }, unit: string) => parseWholeNumber(p.name, raw[p.name], p.default, unit, warnings)
    const settings: Settings = {
        enabled: parseFlag(PROPERTY.enabled.name, raw[PROPERTY.enabled.name], PROPERTY.enabled.default, warnings),
        refreshWindowSeconds: number(PROPERTY.refreshWindowSeconds, 'seconds'),
        maxRefreshesPerRun: number(PROPERTY.maxRefreshesPerRun, 'token requests'),
        failureAlertThreshold: number(PROPERTY.failureAlertThreshold, 'failed refreshes'),
        reauthWarningDays: number(PROPERTY.reauthWarningDays, 'days'),
        runBudgetSeconds: number(PROPERTY.runBudgetSeconds, 'seconds'),
        tokenRequestTimeoutSeconds: number(PROPERTY.tokenRequestTimeoutSeconds, 'seconds'),
        refreshWorkers: number(PROPERTY.refreshWorkers, 'workers'),
    }
    return { settings: fitBudget(settings, warnings), warnings }
}

/** The shortest budget that still lets a run make a request. */
const MIN_BUDGET_SECONDS = 10

/**
 * A run must end before the next one starts: its last request starts within the budget and may take
 * the whole request timeout. A budget that cannot fit is shortened, with a warning naming both properties.
 */
function fitBudget(settings: Settings, warnings: string[]): Settings {
    const fits = Math.max(MIN_BUDGET_SECONDS, REFRESH_JOB_INTERVAL_SECONDS - settings.tokenRequestTimeoutSeconds)
    if (settings.runBudgetSeconds >= MIN_BUDGET_SECONDS && settings.runBudgetSeconds <= fits) return settings
    warnings.push(
        `Property ${PROPERTY.runBudgetSeconds.name} (${settings.runBudgetSeconds}) must be between ${MIN_BUDGET_SECONDS} and ${fits} seconds so a run, ` +
            `with its last request taking up to ${PROPERTY.tokenRequestTimeoutSeconds.name} (${settings.tokenRequestTimeoutSeconds} s), ends within the ${REFRESH_JOB_INTERVAL_SECONDS}-s period; using ${Math.min(Math.max(settings.runBudgetSeconds, MIN_BUDGET_SECONDS), fits)}. ${WHERE_TO_FIX}`,
    )
    return { ...settings, runBudgetSeconds: Math.min(Math.max(settings.runBudgetSeconds, MIN_BUDGET_SECONDS), fits) }
}

const WARNING_PREFIX = 'Email OAuth Manager: Property '

/**
 * A property that fell back to its default is told once a day, not at every run (1,440 a day) and
 * every overview request: an upgraded instance without the newer properties works on the defaults.
 */
export const SETTINGS_WARNING_INTERVAL_HOURS = 24

/**
 * Whether the system log already holds this app's property warning from the last day. The log is
 * the memory (no property or record of the app's own is needed, and it cannot grow): one query,
 * made only when a property is missing or wrong, by time and source first. A log that cannot be
 * read answers false: warning again is better than never.
 */
function warnedRecently(): boolean {
    try {
        const since = new GlideDateTime()
        since.addSeconds(-SETTINGS_WARNING_INTERVAL_HOURS * 3600)
        const log = new GlideRecord('syslog')
        log.addQuery('sys_created_on', '>=', since.getValue())
        log.addQuery('source', 'x_mail_oauth')
        log.addQuery('level', 1)
        log.addQuery('message', 'STARTSWITH', WARNING_PREFIX)
        log.setLimit(1)
        log.query()
        return log.hasNext()
    } catch {
        return false
    }
}

/** Reads every x_mail_oauth.* property once and logs one warning per property that fell back to its default, once a day. */
export function readSettings(): Settings {
    const raw: RawProperties = {}
    const names: PropertyName[] = [
        PROPERTY.enabled.name,
        PROPERTY.refreshWindowSeconds.name,
        PROPERTY.maxRefreshesPerRun.name,
        PROPERTY.failureAlertThreshold.name,
        PROPERTY.reauthWarningDays.name,
        PROPERTY.runBudgetSeconds.name,
        PROPERTY.tokenRequestTimeoutSeconds.name,
        PROPERTY.refreshWorkers.name,
    ]
    for (const name of names) raw[name] = gs.getProperty(name)
    const parsed = parseSettings(raw)
    if (parsed.warnings.length > 0 && !warnedRecently()) for (const warning of parsed.warnings) gs.warn(`Email OAuth Manager: ${warning}`)
    return parsed.settings
}
