import { gs } from '@servicenow/glide'

/** Every line the token keeper writes to the system log starts so (System Logs > All, Message starts with). */
export const LOG_PREFIX = 'Email OAuth Manager'

/** An exception's message, or the thrown value as text. */
export function describeError(error: unknown): string {
    if (error !== null && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message)
    return String(error)
}

/** Logs without ever throwing: the job and its workers must not stop on a failing log. */
export function safeLog(level: 'error' | 'warn', message: string): void {
    try {
        if (level === 'error') gs.error(message)
        else gs.warn(message)
    } catch {
        // Nothing left to tell: the job must not throw.
    }
}
