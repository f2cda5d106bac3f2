import { GlideDateTime, gs } from '@servicenow/glide'
import { STATUS, type HealthStatus } from '../common/app.ts'
import { redact } from '../common/redact.ts'
import type { Settings } from '../common/settings.ts'
import { accountRecord, type EmailAccount } from './accounts.ts'
import { watchAuthorization } from './authorization-watch.ts'
import { writeHealth, type HealthRowHandle } from './health-store.ts'
import { sameInstant, type HealthSnapshot, type MessageContext } from './model.ts'
import { transition, type Outcome } from './transition.ts'

const LOG_PREFIX = 'Email OAuth Manager'

/** A token that expires later than the one on record (beyond rounding) is another token. */
function laterToken(recorded: number | null, observed: number | null): boolean {
    return recorded !== null && observed !== null && observed > recorded && !sameInstant(recorded, observed)
}

/** What the recorder counts into the run's summary. */
export interface RecordCounts {
    rowsWritten: number
    events: number
}

/**
 * Turns an account's outcome into its health row and events. Events are queued BEFORE the row is
 * written: if queuing throws, the row keeps its previous state and the next run makes the same
 * transition and queues the same events, so an alert is neither lost nor sent twice, and no
 * exception on the alert path is mistaken for a refresh failure.
 */
export class HealthRecorder {
    constructor(
        private readonly settings: Settings,
        private readonly counts: RecordCounts,
    ) {}

    record(account: EmailAccount, previous: HealthSnapshot | null, handle: HealthRowHandle | null, outcome: Outcome, names: MessageContext, secrets: string[]): void {
        const now = new GlideDateTime().getNumericValue()
        const change = transition(previous, outcome, { profileId: account.profileId, now, settings: this.settings, names })
        if (change === null || !change.write) return
        const fields = { ...change.fields, message: redact(change.fields.message, secrets) }
        for (const event of change.events) {
            if (!this.queue(account, event.name, redact(event.code, secrets))) {
                gs.error(`${LOG_PREFIX}: email account '${account.name}' (${account.sysId}): the health row is left as it was so the next run queues ${event.name} again.`)
                return
            }
        }
        // Refused (logged by writeHealth, naming the access to fix): the row keeps its old state and the
        // next run makes the same transition. The app's own table refuses only after an admin changed its ACLs.
        if (!writeHealth(account.sysId, handle, previous, fields, change.checkedAt)) return
        this.counts.rowsWritten += 1
        if (fields.status !== (previous?.status ?? null)) this.logStatusChange(account, previous?.status ?? null, fields.status, fields.code, fields.message)
        // Who authorized the account, and Gmail's testing mode (src/token-keeper/authorization-watch.ts).
        const watched = { accountSysId: account.sysId, accountName: account.name, profileId: account.profileId, code: fields.code, now }
        const tokenReplaced = outcome.kind === 'fresh' && laterToken(previous?.accessTokenExpires ?? null, outcome.token.accessExpiresAt)
        this.counts.events += watchAuthorization({ ...watched, previousStatus: previous?.status ?? null, status: fields.status, refreshed: outcome.kind === 'refreshed', tokenReplaced, row: handle })
    }

    /** Queues one event on the account's record; false (logged) when the account is gone or queuing threw. */
    queue(account: EmailAccount, name: string, code: string): boolean {
        try {
            const record = accountRecord(account.sysId)
            if (record === null) return true
            gs.eventQueue(name, record, account.sysId, code)
            this.counts.events += 1
            return true
        } catch (error) {
            const message = error !== null && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error)
            gs.error(`${LOG_PREFIX}: could not queue ${name} for email account '${account.name}' (${account.sysId}): ${redact(message)}`)
            return false
        }
    }

    private logStatusChange(account: EmailAccount, from: HealthStatus | null, to: HealthStatus | null, code: string, message: string): void {
        const line = `${LOG_PREFIX}: email account '${account.name}' (${account.sysId}): ${from ?? 'new'} -> ${to}${code ? ` (${code})` : ''}${message ? `: ${message}` : ''}`
        if (to === STATUS.ok) gs.info(line)
        else gs.warn(line)
    }
}
