/**
 * Thin reads for the app-only rules (rules/app-only.ts): the instance's email account types, the
 * Graph plugin, the column behind "Inbox email address" and whether JWT providers exist. Each read
 * that fails becomes null (unknown), which the rules report instead of guessing.
 */
import { gs, GlidePluginManager, GlideRecord } from '@servicenow/glide'
import { MICROSOFT_APP_ONLY } from '../providers.ts'
import { redact } from '../common/redact.ts'
import type { AccountTypeChoice, AppOnlyFacts } from './rules/app-only.ts'

/** The label ServiceNow's docs give the Graph receive account's mailbox field; the column name is not documented. */
export const INBOX_ADDRESS_LABEL = 'Inbox email address'

/** The instance-wide part, read once per form click or job run. */
export function readAppOnlyEnvironment(): Pick<AppOnlyFacts, 'accountTypeChoices' | 'graphPluginActive' | 'inboxAddressField' | 'jwtProviders'> {
    return {
        accountTypeChoices: readAccountTypeChoices(),
        graphPluginActive: readPluginActive(MICROSOFT_APP_ONLY.graphPlugin),
        inboxAddressField: readInboxAddressField(),
        jwtProviders: readCount('jwt_provider'),
    }
}

/** The account's Inbox email address, from the column read by readAppOnlyEnvironment. */
export function readInboxAddress(account: GlideRecord, field: string | null | undefined): string | null {
    if (!field) return null
    try {
        return account.getValue(field)
    } catch {
        return null
    }
}

/** sys_choice rows of sys_email_account.type: value and label, one per value (the first language row wins). */
export function readAccountTypeChoices(): AccountTypeChoice[] | null {
    try {
        const choice = new GlideRecord('sys_choice')
        choice.addQuery('name', 'sys_email_account')
        choice.addQuery('element', 'type')
        choice.addQuery('inactive', false)
        choice.orderBy('sequence')
        choice.query()
        const choices: AccountTypeChoice[] = []
        while (choice.next()) {
            const value = choice.getValue('value') ?? ''
            if (value !== '' && !choices.some((known) => known.value === value)) choices.push({ value, label: choice.getValue('label') ?? '' })
        }
        return choices.length > 0 ? choices : null
    } catch (error) {
        gs.debug(`Email OAuth Manager: reading sys_choice for sys_email_account.type failed: ${redact(String(error))}`)
        return null
    }
}

/** sys_documentation maps labels to columns; the English row of "Inbox email address" on sys_email_account. */
function readInboxAddressField(): string | null {
    try {
        const label = new GlideRecord('sys_documentation')
        label.addQuery('name', 'sys_email_account')
        label.addQuery('label', INBOX_ADDRESS_LABEL)
        label.addQuery('language', 'en')
        label.setLimit(1)
        label.query()
        return label.next() ? label.getValue('element') : null
    } catch {
        return null
    }
}

function readPluginActive(pluginId: string): boolean | null {
    try {
        return GlidePluginManager.isActive(pluginId) === true
    } catch {
        return null
    }
}

function readCount(table: string): number | null {
    try {
        const gr = new GlideRecord(table)
        if (!gr.isValid()) return null
        gr.setLimit(1)
        gr.query()
        return gr.next() ? 1 : 0
    } catch {
        return null
    }
}
