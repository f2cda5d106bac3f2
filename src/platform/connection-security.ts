/**
 * The *Connection security* field (None / STARTTLS / SSL/TLS) that newer releases show on the email
 * account form beside Enable SSL and Enable TLS. ServiceNow documents the label (guided setup's
 * outbound account form, Australia) but not the column, so it is looked up in the instance's
 * dictionary and its values in sys_choice, never guessed. Older releases have no such field: the
 * reader answers null and the Enable SSL / Enable TLS rules cover them. A read the instance refuses
 * also becomes null (unknown), never a finding on its own.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { redact } from '../common/redact.ts'

export const CONNECTION_SECURITY_LABEL = 'Connection security'

/** Column names the field could have where its label differs (a translated or renamed label). */
const LIKELY_ELEMENTS = ['connection_security', 'security_type', 'encryption'] as const

/** sys_email_account has about a hundred columns; the scan stops well past that. */
const MAX_DICTIONARY_ROWS = 500

export type SecurityKind = 'none' | 'starttls' | 'ssl_tls'

export interface SecurityChoice {
    value: string
    label: string
    kind: SecurityKind | null
}

export interface ConnectionSecurityField {
    /** The column on sys_email_account. */
    element: string
    /** The label the form shows. */
    label: string
    /** Its sys_choice values, each with what it means; empty when the instance lists none. */
    choices: SecurityChoice[]
}

/** The field on this instance, or null when it does not exist (or the dictionary could not be read). */
export function readConnectionSecurityField(): ConnectionSecurityField | null {
    try {
        const dictionary = new GlideRecord('sys_dictionary')
        dictionary.addQuery('name', 'sys_email_account')
        dictionary.setLimit(MAX_DICTIONARY_ROWS)
        dictionary.query()
        let byName: { element: string; label: string } | null = null
        while (dictionary.next()) {
            const element = dictionary.getValue('element') ?? ''
            const label = dictionary.getValue('column_label') ?? ''
            if (element === '') continue
            if (label.trim().toLowerCase() === CONNECTION_SECURITY_LABEL.toLowerCase()) return { element, label, choices: readChoices(element) }
            if (byName === null && (LIKELY_ELEMENTS as readonly string[]).includes(element)) byName = { element, label: label || CONNECTION_SECURITY_LABEL }
        }
        return byName === null ? null : { ...byName, choices: readChoices(byName.element) }
    } catch (error) {
        gs.debug(`Email OAuth Manager: reading sys_dictionary for sys_email_account failed: ${redact(String(error))}`)
        return null
    }
}

/** The account's value of the field and what it means; kind null when it is empty or not recognised. */
export function readAccountSecurity(account: GlideRecord, field: ConnectionSecurityField): { value: string; kind: SecurityKind | null } {
    let value = ''
    try {
        value = account.getValue(field.element) ?? ''
    } catch {
        value = ''
    }
    return { value, kind: kindOfValue(field, value) }
}

/** What a stored value means: by its choice's label, else by the value itself. */
export function kindOfValue(field: ConnectionSecurityField, value: string): SecurityKind | null {
    if (value.trim() === '') return null
    const choice = field.choices.find((known) => known.value === value)
    return choice ? choice.kind : securityKind(value, '')
}

/** The value to store for a kind, or null when the instance lists no choice for it. */
export function valueForKind(field: ConnectionSecurityField, kind: SecurityKind): string | null {
    return field.choices.find((choice) => choice.kind === kind)?.value ?? null
}

/** None / STARTTLS / SSL/TLS from a choice's label (or value): STARTTLS before SSL/TLS, as "STARTTLS" contains "TLS". */
export function securityKind(value: string, label: string): SecurityKind | null {
    for (const text of [label, value]) {
        const said = text.trim().toLowerCase()
        if (said === '') continue
        if (/starttls|start_tls|start tls/.test(said)) return 'starttls'
        if (/ssl|tls/.test(said)) return 'ssl_tls'
        if (/^(none|plain|no|off|false|0)$/.test(said)) return 'none'
    }
    return null
}

function readChoices(element: string): SecurityChoice[] {
    const choices: SecurityChoice[] = []
    const choice = new GlideRecord('sys_choice')
    choice.addQuery('name', 'sys_email_account')
    choice.addQuery('element', element)
    choice.addQuery('inactive', false)
    choice.setLimit(50)
    choice.query()
    while (choice.next()) {
        const value = choice.getValue('value') ?? ''
        const label = choice.getValue('label') ?? ''
        if (value !== '' && !choices.some((known) => known.value === value)) choices.push({ value, label, kind: securityKind(value, label) })
    }
    return choices
}
