/**
 * Every intent the Fluent files declare, read back from dist/app as `now-sdk build` wrote it (jest's
 * global setup runs the real build first). The SDK drops an option it does not know without an error,
 * so this compares declaration and build field by field.
 */
import { loadBuiltApp, type BuiltApp } from './dist-app.ts'
import { declaredChecks } from './declared.ts'
import { readFluentSource, type FluentSource } from './fluent-source.ts'

let app: BuiltApp
let source: FluentSource

beforeAll(() => {
    app = loadBuiltApp()
    source = readFluentSource()
})

test('the source reader finds the declarations it compares (so the checks are not vacuous)', () => {
    expect(source.columns.length).toBeGreaterThan(30)
    expect(source.columns.filter((column) => 'default' in column.options).length).toBeGreaterThanOrEqual(13)
    expect(source.properties.length).toBeGreaterThanOrEqual(9)
    expect(source.records.filter((record) => record.options.table === 'sysevent_register').length).toBeGreaterThanOrEqual(10)
})

test.each(Object.keys(declaredChecks))('%s', (name) => {
    expect(declaredChecks[name](source, app)).toEqual([])
})

describe('a declaration the build does not carry fails, naming the file and line', () => {
    test('an unknown column option (defaultValue instead of default)', () => {
        const column = { ...source.columns.find((c) => c.table === 'x_mail_oauth_provider_credential' && c.column === 'active')! }
        column.options = { label: 'Active', defaultValue: true }
        expect(declaredChecks['every column option declared in fluent/ is in dist/app/dictionary (a dropped option fails)']({ ...source, columns: [column] }, app)).toEqual([
            expect.stringMatching(/^x_mail_oauth_provider_credential\.active \(fluent\/provider-credentials\.now\.ts:\d+\): option "defaultValue" is not one the build test reads back/),
        ])
    })

    test('a default the build lost', () => {
        const built = loadBuiltApp()
        const active = built.tables.get('x_mail_oauth_provider_credential')!.find((c) => c.name === 'active')!
        delete active.attributes.default_value
        expect(declaredChecks['every column option declared in fluent/ is in dist/app/dictionary (a dropped option fails)'](source, built)).toEqual([
            expect.stringMatching(/^x_mail_oauth_provider_credential\.active \(fluent\/provider-credentials\.now\.ts:\d+\): default should be "true", is "" \(dropped\?\)$/),
        ])
    })

    test('an event description cut on the way', () => {
        const built = loadBuiltApp()
        const event = built.of('sysevent_register').find((r) => r.fields.event_name === 'x_mail_oauth.token.recovered')!
        event.fields.description = event.fields.description.slice(0, 20)
        expect(declaredChecks['every Record is built with the literal field values fluent/ declares (event descriptions included)'](source, built)).toEqual([
            expect.stringMatching(/^sysevent_register event-recovered \(fluent\/alerts\.now\.ts:\d+\): description should be/),
        ])
    })

    test('a property value the build lost', () => {
        const built = loadBuiltApp()
        built.of('sys_properties').find((r) => r.fields.name === 'x_mail_oauth.enabled')!.fields.value = ''
        expect(declaredChecks['every property is built with the value, type and description fluent/ declares'](source, built)).toEqual([
            expect.stringMatching(/^sys_properties "x_mail_oauth.enabled" \(fluent\/properties\.now\.ts:\d+\): value should be "true", is ""$/),
        ])
    })
})
