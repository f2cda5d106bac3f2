/**
 * Benchmark figures say which run produced them: test/bench/RESULTS.md carries the run's date,
 * machine and commit, and every page that quotes the figures quotes that line and the same rows,
 * so a new `npm run bench` cannot leave an old figure behind under a new date (or the reverse).
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { RUN_LINE, runProvenance } from '../bench/provenance.ts'
import { pages, readPage, ROOT } from './markdown.ts'

const RESULTS = join(ROOT, 'test', 'bench', 'RESULTS.md')
/** The header of the benchmark's table: a page holding it quotes the figures. */
const FIGURES_HEADER = /^\| scenario \| accounts \|/m

function figureRows(text: string): string[] {
    return text.split('\n').filter((line) => /^\| [^|-][^|]*\| \d+ \|/.test(line))
}

const results = readPage(RESULTS).text
const run = RUN_LINE.exec(results)

test('RESULTS.md says which run produced its figures: date, machine and commit', () => {
    expect(run).not.toBeNull()
    const [, date, machine, commit] = run!
    expect(Number.isNaN(Date.parse(date))).toBe(false)
    expect(machine.trim()).not.toBe('')
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true'
    if (!shallow) expect(() => execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: ROOT, stdio: 'ignore' })).not.toThrow()
    expect(figureRows(results).length).toBeGreaterThan(0)
})

test('every page quoting the benchmark figures quotes the run that produced them, and the same figures', () => {
    const runLine = run![0]
    const rows = figureRows(results)
    const quoting = pages().filter((page) => FIGURES_HEADER.test(page.text))
    expect(quoting.map((page) => page.name)).toContain('docs/operations.md')
    const problems = quoting.flatMap((page) => [
        ...(page.text.includes(runLine) ? [] : [`${page.name} quotes benchmark figures without the line of the run that produced them (copy it from test/bench/RESULTS.md): ${runLine}`]),
        ...rows.filter((row) => !page.text.includes(row)).map((row) => `${page.name} lacks RESULTS.md's row (or quotes another run's): ${row}`),
        ...figureRows(page.text)
            .filter((row) => !rows.includes(row))
            .map((row) => `${page.name} quotes a figure RESULTS.md does not have: ${row}`),
    ])
    expect(problems).toEqual([])
})

test('the bench writes the run line the docs test reads', () => {
    const line = runProvenance(new Date('2026-12-06T09:30:00Z'))
    expect(RUN_LINE.exec(line)?.slice(1, 2)).toEqual(['2026-12-06'])
    expect(line).toMatch(/; machine .+ cores .*Node v\d+/)
    expect(line).toMatch(/; commit [0-9a-f]{7,40}\b/)
})
