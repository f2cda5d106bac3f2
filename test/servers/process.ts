/**
 * Child processes of the test servers: each started as its own process group and stopped by pid
 * (the whole group, SIGTERM then SIGKILL). The child's stdin is a pipe this process holds open:
 * the OAuth server and the Dovecot watchdog exit when it closes, so when the test process dies
 * without stopping them (Ctrl-C, a killed jest worker) nothing is left listening.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { connect } from 'node:net'

export interface StartedChild {
    child: ChildProcess
    pid: number
    /** The last 64 KiB of stdout and stderr together, for error messages. */
    output(): string
    /** Stops the process group; resolves once the process has exited. Idempotent. */
    stop(): Promise<void>
}

export function startChild(command: string, args: string[], options: SpawnOptions = {}): StartedChild {
    const child = spawn(command, args, { ...options, detached: true, stdio: ['pipe', 'pipe', 'pipe'] })
    if (child.pid === undefined) throw new Error(`Could not start ${command}`)
    const pid = child.pid
    let output = ''
    const keep = (chunk: Buffer) => {
        output = (output + chunk.toString('utf8')).slice(-65536)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve()
        child.once('exit', () => resolve())
    })

    let stopping: Promise<void> | undefined
    return {
        child,
        pid,
        output: () => output,
        stop() {
            stopping ??= (async () => {
                signalGroup(pid, 'SIGTERM')
                let timer: NodeJS.Timeout | undefined
                const killed = await Promise.race([
                    exited.then(() => true),
                    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 3000))),
                ])
                clearTimeout(timer)
                if (!killed) {
                    signalGroup(pid, 'SIGKILL')
                    await exited
                }
                // Members of the group that outlived the leader (e.g. Dovecot's login processes):
                // waited for, so a stopped server has no live process left.
                signalGroup(pid, 'SIGKILL')
                for (let waited = 0; isGroupRunning(pid) && waited < 2000; waited += 20) await delay(20)
                child.stdin?.destroy()
                child.stdout?.destroy()
                child.stderr?.destroy()
            })()
            return stopping
        },
    }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
    try {
        process.kill(-pid, signal)
    } catch {
        // The group is already gone.
    }
}

/**
 * True while the process is alive. A zombie counts as gone: it holds no ports or files, and
 * orphans of a killed group wait for PID 1 to reap them (about a second in some containers).
 */
export function isRunning(pid: number): boolean {
    const state = processStates().get(pid)
    return state !== undefined && state.state !== 'Z'
}

/** True while any live process belongs to the process group led by `pid` (e.g. Dovecot's auth and login processes). */
export function isGroupRunning(pid: number): boolean {
    return [...processStates().values()].some((state) => state.group === pid && state.state !== 'Z')
}

/** State and process group of every process, from /proc (Linux, as Dovecot's Debian package is). */
function processStates(): Map<number, { state: string; group: number }> {
    const states = new Map<number, { state: string; group: number }>()
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue
        let stat: string
        try {
            stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        } catch {
            continue // exited while we looked
        }
        // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
        const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        states.set(Number(entry), { state, group: Number(group) })
    }
    return states
}

export function delay(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Resolves once something accepts TCP connections on host:port; rejects after timeoutMs. */
export async function waitForPort(host: string, port: number, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
        if (await canConnect(host, port)) return
        if (!isAlive()) throw new Error(`The process meant to listen on ${host}:${port} exited`)
        if (Date.now() > deadline) throw new Error(`Nothing listens on ${host}:${port} after ${timeoutMs} ms`)
        await delay(20)
    }
}

function canConnect(host: string, port: number): Promise<boolean> {
    return new Promise((resolve) => {
        const socket = connect({ host, port })
        socket.once('connect', () => {
            socket.destroy()
            resolve(true)
        })
        socket.once('error', () => resolve(false))
    })
}
