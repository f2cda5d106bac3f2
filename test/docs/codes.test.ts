/**
 * docs/codes.md against the codes the source defines: every code the app can report has an entry
 * (`### \`code\``, a sentence, a `**Fix:**` line), and every entry names a code the app still reports.
 *
 * A new code catalogue: import it here and add one line to CODE_CATALOGUES.
 */
import { join } from 'node:path'
import { CAUSE } from '../../src/horizons/time-to-failure.ts'
import { FINDING_CODES } from '../../src/setup-check/checks.ts'
import { SCAN_CHECK_FAILED } from '../../src/instance-scan/checks.ts'
import { APP_ONLY_CODE } from '../../src/token-keeper/app-only.ts'
import { IDENTITY_CODE, TESTING_MODE_CODE } from '../../src/token-keeper/authorization-watch.ts'
import { CODE } from '../../src/token-keeper/model.ts'
import { WRITE_REFUSED } from '../../src/common/writes.ts'
import { MAIL_CODE } from '../../src/mail-flow/codes.ts'
import { CANARY_CODE } from '../../src/mail-flow/legs.ts'
import { RESEND_CODE } from '../../src/mail-flow/resend.ts'
import { DOCS, proseLines, readPage } from './markdown.ts'

/**
 * Every catalogue of stable codes in src/, by module and export. A catalogue is a code (a string),
 * an object whose values are codes (`CODE`), or an object keyed by code (`FINDING_CODES`).
 */
const CODE_CATALOGUES: { catalogue: string; codes: unknown }[] = [
    { catalogue: 'src/setup-check/checks.ts FINDING_CODES (with the rule files\' *_FINDING_CODES)', codes: FINDING_CODES },
    { catalogue: 'src/token-keeper/model.ts CODE', codes: CODE },
    { catalogue: 'src/common/writes.ts WRITE_REFUSED', codes: WRITE_REFUSED },
    { catalogue: 'src/token-keeper/app-only.ts APP_ONLY_CODE', codes: APP_ONLY_CODE },
    { catalogue: 'src/token-keeper/authorization-watch.ts IDENTITY_CODE', codes: IDENTITY_CODE },
    { catalogue: 'src/token-keeper/authorization-watch.ts TESTING_MODE_CODE', codes: TESTING_MODE_CODE },
    { catalogue: 'src/horizons/time-to-failure.ts CAUSE', codes: CAUSE },
    { catalogue: 'src/instance-scan/checks.ts SCAN_CHECK_FAILED', codes: SCAN_CHECK_FAILED },
    { catalogue: 'src/mail-flow/codes.ts MAIL_CODE', codes: MAIL_CODE },
    { catalogue: 'src/mail-flow/legs.ts CANARY_CODE', codes: CANARY_CODE },
    { catalogue: 'src/mail-flow/resend.ts RESEND_CODE', codes: RESEND_CODE },
]

const CODES_PAGE = join(DOCS, 'codes.md')

function codesOf(catalogue: unknown): string[] {
    if (typeof catalogue === 'string') return [catalogue]
    if (typeof catalogue !== 'object' || catalogue === null) return []
    const values = Object.values(catalogue)
    return values.every((value) => typeof value === 'string') ? (values as string[]) : Object.keys(catalogue)
}

/** Where each code comes from, for the failure message. */
function definedCodes(catalogues: { catalogue: string; codes: unknown }[]): Map<string, string> {
    const defined = new Map<string, string>()
    for (const { catalogue, codes } of catalogues) {
        for (const code of codesOf(codes)) if (code !== '' && !defined.has(code)) defined.set(code, catalogue)
    }
    return defined
}

interface Entry {
    code: string
    line: number
    meaning: string
    fix: string
}

/** Every `### \`code\`` entry of the page, with its first sentence and its Fix line ('' when absent). */
function documentedCodes(text: string): Entry[] {
    const entries: Entry[] = []
    let current: Entry | null = null
    for (const { line, text: raw } of proseLines(text)) {
        const heading = /^(#{1,6})\s+(.*)$/.exec(raw)
        if (heading) {
            const code = /^`([a-z0-9_]+)`$/.exec(heading[2].trim())
            current = heading[1] === '###' && code ? { code: code[1], line, meaning: '', fix: '' } : null
            if (current) entries.push(current)
            continue
        }
        if (!current || raw.trim() === '') continue
        const fix = /^\*\*Fix:\*\*\s*(.*)$/.exec(raw.trim())
        if (fix) current.fix = current.fix || fix[1].trim()
        else if (!current.fix && !current.meaning) current.meaning = raw.trim()
    }
    return entries
}

/** What is wrong between the source's codes and the page's entries, one sentence each. */
function codeProblems(defined: Map<string, string>, entries: Entry[]): string[] {
    const problems: string[] = []
    const documented = new Map<string, Entry>()
    for (const entry of entries) {
        if (documented.has(entry.code)) problems.push(`docs/codes.md:${entry.line}: \`${entry.code}\` is documented twice (also line ${documented.get(entry.code)!.line}): keep one entry`)
        else documented.set(entry.code, entry)
    }
    for (const [code, catalogue] of defined) {
        const entry = documented.get(code)
        if (!entry) problems.push(`\`${code}\` (${catalogue}) has no entry in docs/codes.md: add "### \`${code}\`", what it means, and a "**Fix:**" line`)
        else if (entry.meaning === '') problems.push(`docs/codes.md:${entry.line}: \`${code}\` says nothing about what it means: add a sentence under its heading`)
        else if (entry.fix === '') problems.push(`docs/codes.md:${entry.line}: \`${code}\` has no "**Fix:**" line saying what to change and where`)
    }
    for (const entry of documented.values()) {
        if (!defined.has(entry.code)) problems.push(`docs/codes.md:${entry.line}: \`${entry.code}\` is documented but no code catalogue in src/ defines it any more: delete the entry, or add its catalogue to CODE_CATALOGUES in test/docs/codes.test.ts`)
    }
    return problems
}

test('every code the source defines has an entry with a fix in docs/codes.md, and every entry is a code the source defines', () => {
    expect(codeProblems(definedCodes(CODE_CATALOGUES), documentedCodes(readPage(CODES_PAGE).text))).toEqual([])
})

test('the catalogues are read: finding codes by key, refresh codes by value', () => {
    const defined = definedCodes(CODE_CATALOGUES)
    expect(defined.get('client_secret_missing')).toMatch(/FINDING_CODES/)
    expect(defined.get('invalid_grant')).toMatch(/ CODE$/)
    expect(defined.get('app_only_rejected')).toMatch(/APP_ONLY_CODE/)
    expect(defined.has('missingProfile')).toBe(false)
})

describe('the check catches drift', () => {
    const page = ['### `known_code`', 'What it means.', '**Fix:** where to change it.', '', '### `gone_code`', 'Once meant something.', '**Fix:** something.', '', '### `no_fix`', 'Means a thing.', ''].join('\n')
    const problems = codeProblems(definedCodes([{ catalogue: 'src/x.ts X', codes: { known_code: {}, new_code: {}, no_fix: {} } }]), documentedCodes(page))

    test('a code added to the source without an entry fails', () => {
        expect(problems).toContainEqual(expect.stringMatching(/^`new_code` \(src\/x\.ts X\) has no entry in docs\/codes\.md/))
    })
    test('an entry without a Fix line fails', () => {
        expect(problems).toContainEqual(expect.stringMatching(/`no_fix` has no "\*\*Fix:\*\*" line/))
    })
    test('an entry for a code the source no longer defines fails', () => {
        expect(problems).toContainEqual(expect.stringMatching(/`gone_code` is documented but no code catalogue in src\/ defines it/))
    })
    test('a documented code with its fix passes', () => {
        expect(problems.filter((problem) => problem.includes('known_code'))).toEqual([])
    })
})
