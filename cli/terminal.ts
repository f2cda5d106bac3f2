/**
 * I/O: what the person at the terminal sees while the command waits (on stderr, so stdout carries
 * only the report, and `--json` stays parseable), and opening the browser where one exists.
 */
import { spawn } from 'node:child_process'

export interface Progress {
    /** One line of progress (a URL to open, a code to enter). */
    line(text: string): void
    /**
     * Waits for `work` while counting down `seconds`; resolves with its value, or 'timeout' when the
     * time ran out first. The countdown redraws one line on a terminal and prints every 30 s elsewhere.
     */
    countdown<T>(label: string, seconds: number, work: Promise<T>): Promise<T | 'timeout'>
}

export function terminalProgress(stream: NodeJS.WriteStream): Progress {
    const interactive = Boolean(stream.isTTY)
    return {
        line: (text) => {
            stream.write(`${text}\n`)
        },
        countdown: <T>(label: string, seconds: number, work: Promise<T>) =>
            new Promise<T | 'timeout'>((resolve, reject) => {
                const deadline = Date.now() + seconds * 1000
                let lastPrinted = Number.POSITIVE_INFINITY
                const draw = () => {
                    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000))
                    const text = `${label}: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`
                    if (interactive) {
                        stream.write(`\r${text} `)
                    } else if (lastPrinted - left >= 30 || lastPrinted === Number.POSITIVE_INFINITY) {
                        stream.write(`${text}\n`)
                        lastPrinted = left
                    }
                    return left
                }
                const finish = () => {
                    clearInterval(ticker)
                    clearTimeout(timer)
                    if (interactive) {
                        stream.write('\r\x1b[K')
                    }
                }
                draw()
                const ticker = setInterval(draw, 1000)
                const timer = setTimeout(() => {
                    finish()
                    resolve('timeout')
                }, seconds * 1000)
                work.then(
                    (value) => {
                        finish()
                        resolve(value)
                    },
                    (error: unknown) => {
                        finish()
                        reject(error)
                    },
                )
            }),
    }
}

/**
 * Opens the URL in the default browser when the computer has a way to: open (macOS), rundll32's URL
 * handler (Windows: unlike `start` it needs no cmd.exe quoting of & in the URL), xdg-open (Linux).
 * Resolves false when there is none; the URL is printed either way.
 */
export function openBrowser(url: string): Promise<boolean> {
    const [command, args] =
        process.platform === 'darwin'
            ? ['open', [url]]
            : process.platform === 'win32'
              ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
              : ['xdg-open', [url]]
    return new Promise((resolve) => {
        try {
            const child = spawn(command, args, { stdio: 'ignore', detached: true })
            child.once('error', () => resolve(false))
            child.once('spawn', () => {
                child.unref()
                resolve(true)
            })
        } catch {
            resolve(false)
        }
    })
}
