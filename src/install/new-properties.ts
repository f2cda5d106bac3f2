/**
 * Gives a property added in a later version its default on an instance that was installed before it,
 * and leaves every existing property as the admin set it. Property records load on first install only
 * (an upgrade must not write its defaults over the admin's values), so an upgrade would otherwise leave
 * a newer property missing. Run by the fix script "Email OAuth Manager: add new properties"
 * (fluent/install.now.ts), which the platform runs after an install or upgrade of the app that adds or
 * changes it, and which an admin runs by hand after an update-set install (fix scripts do not run
 * then: docs/admin-guide.md). Every property of the one list (./properties.ts). Pure plan apart from
 * one thin writer.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { ADMIN_ROLE } from '../common/app.ts'
import { insertRecord } from '../common/writes.ts'
import { APP_PROPERTIES, type AppProperty } from './properties.ts'

/** The app's properties (the one list, ./properties.ts) that do not exist yet, with their defaults. Pure. */
export function propertiesToCreate(exists: (name: string) => boolean): AppProperty[] {
    return APP_PROPERTIES.filter(({ name }) => !exists(name))
}

export interface NewPropertiesReport {
    created: string[]
    /** Properties whose record the instance refused to create, each with what to do. */
    refused: string[]
}

/** Creates every missing property with its default (never touches an existing one); logs what it did. */
export function createNewProperties(): NewPropertiesReport {
    const report: NewPropertiesReport = { created: [], refused: [] }
    const exists = (name: string): boolean => {
        const property = new GlideRecord('sys_properties')
        property.addQuery('name', name)
        property.setLimit(1)
        property.query()
        return property.hasNext()
    }
    for (const { name, type, value, choices } of propertiesToCreate(exists)) {
        const property = new GlideRecord('sys_properties')
        property.initialize()
        property.setValue('name', name)
        property.setValue('type', type)
        property.setValue('value', value)
        if (choices.length > 0) property.setValue('choices', choices.join(','))
        property.setValue('description', 'Added by an upgrade of Email OAuth Manager with its default value; docs/properties.md says what it does.')
        property.setValue('read_roles', `admin,${ADMIN_ROLE}`)
        property.setValue('write_roles', 'admin')
        if (insertRecord(property, `the property ${name}`).ok) report.created.push(name)
        else report.refused.push(name)
    }
    if (report.created.length > 0) gs.info('Email OAuth Manager: added the new properties {0} with their defaults.', report.created.join(', '))
    if (report.refused.length > 0) {
        gs.error(
            'Email OAuth Manager: the instance refused to create the properties {0}; the job uses their defaults until they exist. ' +
                'Create each under Email OAuth Manager > Properties with the default from docs/properties.md, or run the fix script ' +
                '"Email OAuth Manager: add new properties" again as admin (System Definition > Fix Scripts).',
            report.refused.join(', '),
        )
    }
    return report
}

