/**
 * Thin readers of the instance's own data dictionary, shared by the items: the columns of a table
 * (sys_dictionary) and the choices of a column (sys_choice). Each read is bounded; an unreadable
 * dictionary answers null, so the item says "cannot tell" instead of "missing".
 */
import { GlideRecord } from '@servicenow/glide'

export interface Column {
    element: string
    /** sys_dictionary.internal_type: string, html, reference, glide_date_time... */
    type: string
    /** For a reference column, the table it points to; '' otherwise. */
    reference: string
}

export interface Choice {
    value: string
    label: string
}

/** A table has a few hundred columns at most; the read stops well past that. */
const MAX_COLUMNS = 1000

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

/** The columns of `table` by name; null when the dictionary lists none (or cannot be read). */
export function readColumns(table: string): Map<string, Column> | null {
    const dictionary = new GlideRecord('sys_dictionary')
    dictionary.addQuery('name', table)
    dictionary.setLimit(MAX_COLUMNS)
    dictionary.query()
    const columns = new Map<string, Column>()
    while (dictionary.next()) {
        const element = text(dictionary.getValue('element'))
        if (element === '') continue
        columns.set(element, { element, type: text(dictionary.getValue('internal_type')), reference: text(dictionary.getValue('reference')) })
    }
    return columns.size > 0 ? columns : null
}

/** The active choices of `table`.`element`, one per value, by sequence; empty when none are listed. */
export function readChoices(table: string, element: string): Choice[] {
    const row = new GlideRecord('sys_choice')
    row.addQuery('name', table)
    row.addQuery('element', element)
    row.addQuery('inactive', false)
    row.orderBy('sequence')
    row.setLimit(200)
    row.query()
    const choices: Choice[] = []
    while (row.next()) {
        const value = text(row.getValue('value'))
        if (value !== '' && !choices.some((known) => known.value === value)) choices.push({ value, label: text(row.getValue('label')) })
    }
    return choices
}
