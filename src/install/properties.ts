/**
 * The one list of the app's system properties: name, type, default and (for a choice list) the
 * choices. The job reads them through PROPERTY (src/common/app.ts) and MAIL_FLOW_PROPERTY
 * (src/mail-flow/names.ts), whose entries this list is made of, so a property added to either is on
 * it. From it: the upgrade's fix script creates each property an instance lacks (new-properties.ts);
 * the first install loads each from its Property record in fluent/ (written out, because Fluent is
 * read statically), and docs/properties.md has its row. test/install/property-list.test.ts fails when
 * a property is missing from any of them or differs.
 */
import { PROPERTY } from '../common/app.ts'
import { MAIL_FLOW_PROPERTY } from '../mail-flow/names.ts'

export type PropertyType = 'boolean' | 'integer' | 'choicelist' | 'string'

export interface AppProperty {
    name: string
    type: PropertyType
    /** The value a first install ships and the job falls back to, as the instance stores it. */
    value: string
    /** The allowed values of a choice list, in order; empty otherwise. */
    choices: readonly string[]
}

type Declared = { name: string; default: boolean | number | string; choices?: readonly string[] }

function entry({ name, default: value, choices = [] }: Declared): AppProperty {
    const type: PropertyType = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'integer' : choices.length > 0 ? 'choicelist' : 'string'
    return { name, type, value: String(value), choices }
}

export const APP_PROPERTIES: readonly AppProperty[] = [...Object.values(PROPERTY), ...Object.values(MAIL_FLOW_PROPERTY)].map((property: Declared) => entry(property))
