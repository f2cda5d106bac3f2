/**
 * docs/properties.md against the properties the app declares: every `x_mail_oauth.*` property in the
 * built app (dist/app, whichever fluent/ file declares it) has a row with its shipped value as the
 * default, the defaults the job falls back to (the one list, src/install/properties.ts: PROPERTY and
 * MAIL_FLOW_PROPERTY) are the same, every property of the list has its row, and no row names a
 * property the app no longer declares.
 */
import { join } from 'node:path'
import { APP_PROPERTIES } from '../../src/install/properties.ts'
import { loadBuiltApp } from '../build/dist-app.ts'
import { DOCS, proseLines, readPage } from './markdown.ts'

const PROPERTIES_PAGE = join(DOCS, 'properties.md')
const SCOPE_PREFIX = 'x_mail_oauth.'

interface Row {
    line: number
    name: string
    default: string
    text: string
}

/** The rows `| \`x_mail_oauth.name\` | default | what it does |` of the page's tables. */
function documentedProperties(text: string): Row[] {
    const rows: Row[] = []
    for (const { line, text: raw } of proseLines(text)) {
        const cells = /^\|\s*`([^`]+)`\s*\|([^|]*)\|(.*)\|\s*$/.exec(raw)
        if (cells && cells[1].startsWith(SCOPE_PREFIX)) rows.push({ line, name: cells[1], default: cells[2].trim().replace(/^`(.*)`$/, '$1'), text: cells[3].trim() })
    }
    return rows
}

function propertyProblems(declared: Map<string, string>, fallbacks: Map<string, string>, rows: Row[]): string[] {
    const problems: string[] = []
    const documented = new Map<string, Row>()
    for (const row of rows) {
        if (documented.has(row.name)) problems.push(`docs/properties.md:${row.line}: ${row.name} has two rows`)
        documented.set(row.name, row)
    }
    for (const [name, value] of declared) {
        const row = documented.get(name)
        if (!row) problems.push(`${name} (declared in fluent/, default ${value}) has no row in docs/properties.md: add | \`${name}\` | ${value} | what it does |`)
        else if (row.default !== value) problems.push(`docs/properties.md:${row.line}: ${name} says default ${row.default}, the app ships ${value}`)
        else if (row.text === '') problems.push(`docs/properties.md:${row.line}: ${name} does not say what it does`)
    }
    for (const [name, fallback] of fallbacks) {
        if (!declared.has(name)) problems.push(`${name} is read by the job (src/install/properties.ts) but no fluent/ file declares it`)
        if (!documented.has(name)) problems.push(`${name} is on the list (src/install/properties.ts) but has no row in docs/properties.md`)
        else if (declared.get(name) !== fallback) problems.push(`${name}: fluent/ ships ${declared.get(name)}, the job falls back to ${fallback}: make them one value`)
    }
    for (const row of documented.values()) {
        if (!declared.has(row.name)) problems.push(`docs/properties.md:${row.line}: ${row.name} is documented but the app declares no such property: delete the row`)
    }
    return problems
}

function declaredProperties(): Map<string, string> {
    const declared = new Map<string, string>()
    for (const record of loadBuiltApp().of('sys_properties')) {
        if (record.fields.name?.startsWith(SCOPE_PREFIX)) declared.set(record.fields.name, record.fields.value ?? '')
    }
    return declared
}

/** The one list (src/install/properties.ts): what the job falls back to, the fix script creates and the first install ships. */
const fallbacks = new Map<string, string>(APP_PROPERTIES.map((property) => [property.name, property.value]))

test('every property the app declares has a row in docs/properties.md with its default, and every row is a declared property', () => {
    const declared = declaredProperties()
    expect(declared.size).toBeGreaterThanOrEqual(fallbacks.size)
    expect(propertyProblems(declared, fallbacks, documentedProperties(readPage(PROPERTIES_PAGE).text))).toEqual([])
})

describe('the check catches drift', () => {
    const page = ['| Property | Default | What it does |', '| --- | --- | --- |', '| `x_mail_oauth.kept` | 3 | does a thing |', '| `x_mail_oauth.gone` | true | did a thing |', '| `x_mail_oauth.changed` | 10 | counts |'].join('\n')
    const problems = propertyProblems(
        new Map([
            ['x_mail_oauth.kept', '3'],
            ['x_mail_oauth.changed', '20'],
            ['x_mail_oauth.added', '0'],
        ]),
        new Map([['x_mail_oauth.kept', '4']]),
        documentedProperties(page),
    )

    test('a property added without a row fails', () => expect(problems).toContainEqual(expect.stringMatching(/^x_mail_oauth\.added .* has no row/)))
    test('a changed default fails', () => expect(problems).toContainEqual(expect.stringMatching(/x_mail_oauth\.changed says default 10, the app ships 20/)))
    test('a removed property fails', () => expect(problems).toContainEqual(expect.stringMatching(/x_mail_oauth\.gone is documented but the app declares no such property/)))
    test('a fallback that differs from the shipped value fails', () => expect(problems).toContainEqual(expect.stringMatching(/x_mail_oauth\.kept: fluent\/ ships 3, the job falls back to 4/)))
})
