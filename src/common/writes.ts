/**
 * Every record write of the app goes through here, so a write the instance refuses is never taken
 * for one that happened. GlideRecord does not throw when a write is refused: insert() and update()
 * return null and deleteRecord() returns false (ServiceNow developer blog "Inserting, Updating, and
 * Deleting in GlideQuery": "GlideRecord returns null when an insert fails, but unless the developer
 * is always diligent in checking for null, they may not realize this is happening"; GlideRecord API
 * reference: insert() "Unique ID of the inserted record, or null if the record is not inserted",
 * update() "Unique ID of the new or updated record. Returns null if the update fails",
 * deleteRecord() "true if the record was deleted"). A cross-scope access denial may also throw:
 * both come back as the same value.
 *
 * The lint rule in eslint.config.mjs forbids insert()/update()/deleteRecord()/deleteMultiple()/
 * updateMultiple() anywhere else in src/.
 */
import { gs, type GlideRecord } from '@servicenow/glide'
import { redact } from './redact.ts'

export const WRITE_REFUSED = 'write_refused'

export type WriteResult = { ok: true; sysId: string } | { ok: false; code: typeof WRITE_REFUSED; message: string }

type Verb = 'create' | 'update' | 'delete'

/** What the admin reads: which write, on which table and record, and where each likely cause is fixed. */
export function refusedWriteMessage(verb: Verb, table: string, what: string, sysId: string, user: string, thrown: string | null): string {
    const record = sysId === '' ? '' : ` (sys_id ${sysId})`
    const operation = verb === 'create' ? 'Can create' : verb === 'update' ? 'Can update' : 'Can delete'
    return (
        `The instance refused to ${verb} ${what} in table ${table}${record}${thrown ? `: ${thrown}` : ''}. ` +
        `Likely causes, in this order: the table's application access (System Definition > Tables, '${table}', Application Access tab: ${operation} must be ticked ` +
        `for other application scopes, and the Email OAuth Manager's cross-scope privilege for '${table}' must be Allowed under System Applications > Application Cross-Scope Access); ` +
        `an ACL on '${table}' that denies ${verb} to ${user || 'the user the script ran as'} (System Security > Access Control); ` +
        `or a business rule on '${table}' that aborts the ${verb} (System Definition > Business Rules; its message is in the system log).`
    )
}

function userName(): string {
    try {
        return String(gs.getUserName() ?? '')
    } catch {
        return ''
    }
}

function describe(error: unknown): string {
    const text = error !== null && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error)
    return redact(text).slice(0, 300)
}

function attempt(gr: GlideRecord, verb: Verb, what: string, write: () => boolean | string | null | undefined): WriteResult {
    const table = gr.getTableName()
    const before = verb === 'create' ? '' : gr.getUniqueValue()
    let thrown: string | null = null
    let answer: boolean | string | null | undefined = null
    try {
        answer = write()
    } catch (error) {
        thrown = describe(error)
    }
    if (thrown === null && answer !== null && answer !== undefined && answer !== false && answer !== '') {
        return { ok: true, sysId: typeof answer === 'string' ? answer : before }
    }
    return { ok: false, code: WRITE_REFUSED, message: refusedWriteMessage(verb, table, what, before, userName(), thrown) }
}

/** Inserts the record `gr` holds. `what` names it for the admin ("the OAuth twin 'Outbound (OAuth)'"). */
export function insertRecord(gr: GlideRecord, what: string): WriteResult {
    return attempt(gr, 'create', what, () => gr.insert())
}

/** Saves the changes made to the record `gr` is positioned on. */
export function updateRecord(gr: GlideRecord, what: string): WriteResult {
    return attempt(gr, 'update', what, () => gr.update())
}

/** Deletes the record `gr` is positioned on. */
export function deleteRecord(gr: GlideRecord, what: string): WriteResult {
    return attempt(gr, 'delete', what, () => gr.deleteRecord())
}

/** Logs a refused write as an error (a background path with no form to tell); returns whether the write happened. */
export function loggedWrite(result: WriteResult): boolean {
    if (result.ok) return true
    try {
        gs.error(`Email OAuth Manager: ${result.message}`)
    } catch {
        // Nothing left to tell; the caller reports the refusal its own way.
    }
    return false
}
