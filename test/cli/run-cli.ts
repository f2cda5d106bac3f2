/**
 * Runs the real `email-oauth` bin as a child process (the way an admin runs it) and plays the person
 * at the browser: when the command prints the authorization URL or a device code on stderr, the
 * test's callback completes the sign-in against the test OAuth server. The child is stopped by its
 * process id when the test ends, also when it fails.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

export const BIN = resolve(__dirname, '../../cli/bin/email-oauth.mjs')
const RUN_TIMEOUT_MS = 45000

export interface CliRun {
    code: number | null
    stdout: string
    stderr: string
}

export interface RunOptions {
    env?: Record<string, string>
    /** Called once with the authorization URL the command prints. */
    onAuthorizationUrl?: (url: string) => Promise<unknown>
    /** Called once with the user code of the device flow. */
    onUserCode?: (userCode: string) => Promise<unknown>
}

export async function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
    const child = spawn(process.execPath, [BIN, ...args], {
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let answered = false
    const answers: Promise<unknown>[] = []
    child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8')
    })
    child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8')
        if (answered) return
        const url = /^ {2}(https?:\/\/\S+)$/m.exec(stderr)?.[1]
        const userCode = /enter the code (\S+)/.exec(stderr)?.[1]
        if (url && options.onAuthorizationUrl) {
            answered = true
            answers.push(options.onAuthorizationUrl(url))
        } else if (userCode && options.onUserCode) {
            answered = true
            answers.push(options.onUserCode(userCode))
        }
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
    try {
        const code = await new Promise<number | null>((resolveExit, reject) => {
            child.once('error', reject)
            child.once('exit', (exitCode) => resolveExit(exitCode))
        })
        await Promise.all(answers)
        return { code, stdout, stderr }
    } finally {
        clearTimeout(timer)
        if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL')
    }
}

/** The report line of one check, e.g. line(stdout, 'FAIL', 'refresh token'). */
export function reportLine(stdout: string, status: 'PASS' | 'FAIL' | 'SKIP', start: string): string | undefined {
    return stdout.split('\n').find((line) => line.startsWith(`  ${status}  ${start}`))
}
