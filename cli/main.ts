/**
 * Entry of `email-oauth`: parses the command line, runs the checks, prints the report, and gives
 * the exit code (0 every check passed, 1 a check failed, 2 a usage error). Whatever goes wrong comes
 * out as one line on stderr, never a stack trace.
 */
import { readFileSync } from 'node:fs'
import { buildReport, renderJson, renderText } from './report.ts'
import { parseCommand, USAGE } from './settings.ts'
import { openBrowser, terminalProgress } from './terminal.ts'
import { runChecks } from './verify.ts'

export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const

export interface CliStreams {
    readonly stdout: NodeJS.WriteStream
    readonly stderr: NodeJS.WriteStream
}

export async function main(
    argv: readonly string[],
    env: Readonly<Record<string, string | undefined>> = process.env,
    streams: CliStreams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
    try {
        const parsed = parseCommand(argv, env, (path) => readFileSync(path, 'utf8'))
        if (parsed.kind === 'help') {
            streams.stdout.write(`${USAGE}\n`)
            return EXIT.ok
        }
        if (parsed.kind === 'usage-error') {
            streams.stderr.write(`email-oauth: ${parsed.message}\n`)
            return EXIT.usage
        }
        const { settings, notes } = parsed
        const run = await runChecks(settings, { progress: terminalProgress(streams.stderr), openBrowser })
        const report = buildReport(settings, run.checks, notes, run.mailbox, run.certificate)
        streams.stdout.write(settings.json ? renderJson(report) : renderText(settings, report))
        return report.ok ? EXIT.ok : EXIT.checkFailed
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        streams.stderr.write(`email-oauth: stopped by an unexpected error: ${message.split('\n')[0]}\n`)
        return EXIT.checkFailed
    }
}
