/**
 * Which run produced a set of benchmark figures: the date, the machine and the commit. The bench
 * writes this line into RESULTS.md under its figures, and every page that quotes the figures quotes
 * the line with them (test/docs/benchmark-figures.test.ts), so a figure never loses where it came from.
 */
import { execFileSync } from 'node:child_process'
import { cpus, platform, release } from 'node:os'

/** `**Run:** date <YYYY-MM-DD ...>; machine <...>; commit <sha>...`: what the docs test reads back. */
export const RUN_LINE = /^\*\*Run:\*\* date (\d{4}-\d{2}-\d{2})[^;]*; machine ([^;]+); commit ([0-9a-f]{7,40})\b.*$/m

function git(args: string[]): string {
    try {
        return execFileSync('git', args, { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    } catch {
        return ''
    }
}

export function runProvenance(now: Date = new Date()): string {
    const cores = cpus()
    const machine = `${cores[0]?.model.trim() || 'CPU model unknown'}, ${cores.length} cores (shared with whatever else ran), ${platform()} ${release()}, Node ${process.version}`
    const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown'
    const uncommitted = git(['status', '--porcelain', '--untracked-files=no']) !== ''
    return `**Run:** date ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC; machine ${machine}; commit ${commit}${uncommitted ? ' with uncommitted changes' : ''}`
}
