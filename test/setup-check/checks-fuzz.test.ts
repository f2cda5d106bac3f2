/**
 * Nothing in the check throws on a malformed snapshot: every field it reads gets empty, missing and
 * garbage values, alone and all at once, and the check must answer with well-formed findings.
 */
import { checkSetup, FINDING_CODES } from '../../src/setup-check/checks.ts'
import type { SetupSnapshot } from '../../src/setup-check/checks.ts'
import { gmailImap, microsoftImap, microsoftSmtp } from './fixtures.ts'

const GARBAGE: unknown[] = [
    undefined,
    null,
    '',
    '   ',
    '0',
    '-1',
    'null',
    'undefined',
    'NaN',
    '<script>alert(1)</script>',
    'https://',
    '://',
    'a'.repeat(3000),
    '\u0000\u202e\ud83d',
    ' , , ',
    0,
    -1,
    NaN,
    Infinity,
    true,
    false,
    {},
    [],
    ['x'],
    { toString: () => 'object' },
]

type Dict = { [key: string]: unknown }

function expectWellFormed(snapshot: unknown): void {
    let findings: ReturnType<typeof checkSetup> = []
    expect(() => (findings = checkSetup(snapshot as SetupSnapshot))).not.toThrow()
    expect(Array.isArray(findings)).toBe(true)
    for (const finding of findings) {
        expect(Object.keys(FINDING_CODES)).toContain(finding.code)
        expect(finding.severity).toBe(FINDING_CODES[finding.code].severity)
        expect(typeof finding.field).toBe('string')
        expect(typeof finding.message).toBe('string')
        expect(finding.message.length).toBeGreaterThan(20)
        expect(finding.message.length).toBeLessThan(800)
    }
}

/** Every path to a value the check reads, in a snapshot built by `build`. */
function fieldPaths(snapshot: SetupSnapshot): string[][] {
    const paths: string[][] = []
    const walk = (value: unknown, path: string[]): void => {
        paths.push(path)
        if (typeof value === 'object' && value !== null) {
            for (const key of Object.keys(value)) walk((value as Dict)[key], [...path, key])
        }
    }
    for (const key of Object.keys(snapshot)) walk((snapshot as unknown as Dict)[key], [key])
    return paths
}

function setPath(target: unknown, path: string[], value: unknown): void {
    let node = target as Dict
    for (const key of path.slice(0, -1)) node = node[key] as Dict
    node[path[path.length - 1]] = value
}

describe.each([
    ['Microsoft IMAP', microsoftImap],
    ['Microsoft SMTP', microsoftSmtp],
    ['Gmail IMAP', gmailImap],
    ['Microsoft IMAP with an unreadable token', (): SetupSnapshot => ({ ...microsoftImap(), token: { state: 'unreadable', reason: 'denied' } })],
])('checkSetup never throws on a malformed %s snapshot', (_name, build) => {
    const paths = fieldPaths(build())

    it('reads at least the account, profile, provider, scope and token fields', () => {
        const names = paths.map((path) => path.join('.'))
        expect(names).toEqual(expect.arrayContaining(['account.oauth_profile', 'provider.token_url', 'providerScopes.0.oauth_entity_scope', 'profileScopes.0.scope.oauth_entity', 'token.state', 'settings.reauthWarningDays']))
    })

    it.each(GARBAGE.map((value) => [String(Array.isArray(value) ? `[${value.join(',')}]` : typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : value), value]))(
        'with %s in each field in turn',
        (_label, value) => {
            for (const path of paths) {
                const snapshot = build()
                setPath(snapshot, path, value)
                expectWellFormed(snapshot)
            }
        },
    )

    it('with garbage in every field at once', () => {
        GARBAGE.forEach((value, index) => {
            const snapshot = build()
            for (const path of paths.filter((p) => p.length > 1).reverse()) {
                setPath(snapshot, path, GARBAGE[(index + path.length) % GARBAGE.length] ?? value)
            }
            expectWellFormed(snapshot)
        })
    })
})

it.each(GARBAGE.map((value) => [String(value).slice(0, 20), value]))('checkSetup never throws when the whole snapshot is %s', (_label, value) => {
    expectWellFormed(value)
})

it('reports an unknown plugin state and a missing account for an empty snapshot', () => {
    expect(checkSetup({} as SetupSnapshot).map((finding) => finding.code)).toEqual(['plugin_state_unknown', 'account_not_found'])
})
