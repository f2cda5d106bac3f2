/**
 * One list of properties (src/install/properties.ts) and the three places it must reach: the first
 * install (the Property records of fluent/, in dist/app), an upgrade (the fix script, which creates
 * what an instance lacks) and the docs (test/docs/properties.test.ts holds docs/properties.md to the
 * same list; the build test, test/build/expectations.ts, that the fix script's description names each,
 * so adding one changes the fix script and the upgrade runs it). A property missing from any of them,
 * or different in one, fails with what to add.
 */
import { APP_PROPERTIES, type AppProperty } from '../../src/install/properties.ts'
import { createNewProperties } from '../../src/install/new-properties.ts'
import { installFolder, loadBuiltApp, type AppRecord, type BuiltApp } from '../build/dist-app.ts'
import { platform } from '../stand-ins/platform.ts'

const SCOPE_PREFIX = 'x_mail_oauth.'
/** The fields an admin sees on a property, which a first install and an upgrade must give alike. */
const COMPARED_FIELDS = ['name', 'type', 'value', 'choices', 'read_roles', 'write_roles'] as const

let app: BuiltApp

beforeAll(() => {
    app = loadBuiltApp()
})
beforeEach(() => platform.reset())

function firstInstallRecords(built: BuiltApp): Map<string, AppRecord> {
    return new Map(built.of('sys_properties').filter((r) => r.fields.name?.startsWith(SCOPE_PREFIX)).map((r) => [r.fields.name, r]))
}

function fluentToWrite(property: AppProperty): string {
    const choices = property.choices.length > 0 ? `\n    choices: [${property.choices.map((c) => `'${c}'`).join(', ')}],` : ''
    return `Property({ $id: Now.ID['property-${property.name.slice(SCOPE_PREFIX.length).replace(/_/g, '-')}'], $meta: { installMethod: 'first install' }, name: ..., type: '${property.type}', value: ...,${choices} description: ..., roles: { read: ['admin', adminRole], write: ['admin'] } })`
}

/** What differs between the one list and the first-install records of a build. */
function firstInstallProblems(built: BuiltApp, list: readonly AppProperty[]): string[] {
    const records = firstInstallRecords(built)
    const problems: string[] = []
    for (const property of list) {
        const record = records.get(property.name)
        if (!record) {
            problems.push(`${property.name} is on the list (src/install/properties.ts) but no Property record of fluent/ declares it, so a first install lacks it: add ${fluentToWrite(property)}`)
            continue
        }
        const expected = { type: property.type, value: property.value, choices: property.choices.join(',') }
        for (const [field, value] of Object.entries(expected)) {
            if ((record.fields[field] ?? '') !== value) problems.push(`${property.name} (${record.file}): ${field} is "${record.fields[field] ?? ''}", the list says "${value}"`)
        }
        if (installFolder(record) !== 'unload') problems.push(`${property.name} (${record.file}): must load on first install only ($meta: { installMethod: 'first install' }), or an upgrade overwrites the admin's value`)
    }
    for (const name of records.keys()) {
        if (!list.some((property) => property.name === name)) {
            problems.push(`${name} is declared in fluent/ but not on the list: add it to PROPERTY (src/common/app.ts) or MAIL_FLOW_PROPERTY (src/mail-flow/names.ts), so the upgrade's fix script and the docs have it too`)
        }
    }
    return problems
}

test('the first install declares exactly the properties of the list, each with its type, default and choices, loaded once', () => {
    expect(firstInstallProblems(app, APP_PROPERTIES)).toEqual([])
})

test('the fix script creates on an upgraded instance every property of the list, as the first install would', () => {
    const report = createNewProperties()
    expect(report).toEqual({ created: APP_PROPERTIES.map((p) => p.name), refused: [] })
    const created = new Map(platform.db.rows('sys_properties').map((row) => [String(row.name), row]))
    const differences: string[] = []
    for (const [name, record] of firstInstallRecords(app)) {
        for (const field of COMPARED_FIELDS) {
            const upgraded = String(created.get(name)?.[field] ?? '')
            if (upgraded !== (record.fields[field] ?? '')) differences.push(`${name}: ${field} is "${record.fields[field] ?? ''}" on a first install, "${upgraded}" after an upgrade`)
        }
    }
    expect(differences).toEqual([])
})

describe('the check catches drift', () => {
    const extra: AppProperty = { name: 'x_mail_oauth.added_later', type: 'integer', value: '5', choices: [] }

    test('a property on the list without its Property record fails, saying what to write', () => {
        expect(firstInstallProblems(app, [...APP_PROPERTIES, extra])).toEqual([expect.stringMatching(/^x_mail_oauth\.added_later is on the list .* no Property record of fluent\/ declares it.*type: 'integer'/)])
    })

    test('a Property record not on the list fails (the eight mail-flow properties were such a gap)', () => {
        const withoutMailFlow = APP_PROPERTIES.filter(({ name }) => name !== 'x_mail_oauth.canary_enabled')
        expect(firstInstallProblems(app, withoutMailFlow)).toEqual([expect.stringMatching(/^x_mail_oauth\.canary_enabled is declared in fluent\/ but not on the list/)])
    })

    test('a default that differs fails', () => {
        const changed = APP_PROPERTIES.map((p) => (p.name === 'x_mail_oauth.resend_max_per_run' ? { ...p, value: '51' } : p))
        expect(firstInstallProblems(app, changed)).toEqual([expect.stringMatching(/x_mail_oauth\.resend_max_per_run .*: value is "50", the list says "51"/)])
    })
})
