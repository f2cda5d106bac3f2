import { gs } from '@servicenow/glide'
import { parseFlag, parseWholeNumber } from '../common/settings.ts'
import { MAIL_FLOW_JOB_INTERVAL_MINUTES, MAIL_FLOW_PROPERTY } from './names.ts'

/**
 * The mail-flow properties: `parseMailFlowSettings` is pure (raw strings in, settings and one
 * warning per property that fell back to its default out); `readMailFlowSettings` is the thin reader.
 */

export type ResendMode = 'automatic' | 'offer'

export interface MailFlowSettings {
    canaryEnabled: boolean
    canaryPeriodMinutes: number
    canaryDailyLimit: number
    canarySendBoundMinutes: number
    canaryArrivalBoundMinutes: number
    resendMode: ResendMode
    resendMaxPerRun: number
    resendMaxAgeHours: number
}

type Name = (typeof MAIL_FLOW_PROPERTY)[keyof typeof MAIL_FLOW_PROPERTY]['name']
export type RawMailFlowProperties = Partial<Record<Name, string | null | undefined>>

const WHERE = 'Set it in System Properties (sys_properties) or under Email OAuth Manager > Properties.'

export function parseMailFlowSettings(raw: RawMailFlowProperties): { settings: MailFlowSettings; warnings: string[] } {
    const warnings: string[] = []
    const number = (p: { name: Name; default: number }, unit: string, min: number) => {
        const value = parseWholeNumber(p.name, raw[p.name], p.default, unit, warnings)
        if (value >= min) return value
        warnings.push(`Property ${p.name} is ${value}; it must be at least ${min} ${unit}. Using the default ${p.default}. ${WHERE}`)
        return p.default
    }
    const modeText = String(raw[MAIL_FLOW_PROPERTY.resendMode.name] ?? '').trim().toLowerCase()
    const resendMode: ResendMode = modeText === 'automatic' || modeText === 'offer' ? modeText : MAIL_FLOW_PROPERTY.resendMode.default
    if (modeText !== resendMode) {
        warnings.push(`Property ${MAIL_FLOW_PROPERTY.resendMode.name} is '${modeText.slice(0, 40)}', not automatic or offer; using ${resendMode}. ${WHERE}`)
    }
    const settings: MailFlowSettings = {
        canaryEnabled: parseFlag(MAIL_FLOW_PROPERTY.canaryEnabled.name, raw[MAIL_FLOW_PROPERTY.canaryEnabled.name], MAIL_FLOW_PROPERTY.canaryEnabled.default, warnings),
        // A canary every job run at most: the job cannot send more often than it runs.
        canaryPeriodMinutes: number(MAIL_FLOW_PROPERTY.canaryPeriodMinutes, 'minutes', MAIL_FLOW_JOB_INTERVAL_MINUTES),
        canaryDailyLimit: number(MAIL_FLOW_PROPERTY.canaryDailyLimit, 'canaries a day', 1),
        canarySendBoundMinutes: number(MAIL_FLOW_PROPERTY.canarySendBoundMinutes, 'minutes', MAIL_FLOW_JOB_INTERVAL_MINUTES),
        canaryArrivalBoundMinutes: number(MAIL_FLOW_PROPERTY.canaryArrivalBoundMinutes, 'minutes', MAIL_FLOW_JOB_INTERVAL_MINUTES),
        resendMode,
        resendMaxPerRun: number(MAIL_FLOW_PROPERTY.resendMaxPerRun, 'emails', 1),
        resendMaxAgeHours: number(MAIL_FLOW_PROPERTY.resendMaxAgeHours, 'hours', 1),
    }
    return { settings, warnings }
}

export function readMailFlowSettings(): MailFlowSettings {
    const raw: RawMailFlowProperties = {}
    for (const property of Object.values(MAIL_FLOW_PROPERTY)) raw[property.name] = gs.getProperty(property.name)
    const parsed = parseMailFlowSettings(raw)
    for (const warning of parsed.warnings) gs.warn(`Email OAuth Manager: ${warning}`)
    return parsed.settings
}
