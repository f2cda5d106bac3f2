/**
 * Proof that the platform runs the app's OAuth API scripts: each script, when the platform calls it
 * for an authorization request, records the time here (one row per script, updated). ServiceNow
 * documents custom OAuth API scripts in the global scope only (DOMAIN.md section 12), so whether a
 * script of this app's scope runs on this field is an open question the instance answers: a row here
 * is the answer "it ran". Check this instance reads it (src/instance-check/items/sign-in-scripts.ts).
 *
 * Recording must never cost the sign-in: every failure (the table refused, a write refused, an
 * exception) is swallowed after one debug line, and the caller's parameters are already in place.
 */
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { redact } from '../../common/redact.ts'
import { insertRecord, updateRecord } from '../../common/writes.ts'
import { SIGN_IN_RUN_TABLE } from './names.ts'

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

/** Records that `script` (the script include's name) ran now. Never throws; false when nothing was recorded. */
export function recordSignInScriptRun(script: string): boolean {
    try {
        const at = new GlideDateTime().getValue()
        const row = new GlideRecord(SIGN_IN_RUN_TABLE)
        if (row.get('script', script)) {
            row.setValue('last_run', at)
            row.setValue('runs', (parseInt(text(row.getValue('runs')), 10) || 0) + 1)
            const updated = updateRecord(row, `the run record of ${script}`)
            if (!updated.ok) gs.debug(`Email OAuth Manager: ${script} ran but could not record it: ${updated.message}`)
            return updated.ok
        }
        row.initialize()
        row.setValue('script', script)
        row.setValue('first_run', at)
        row.setValue('last_run', at)
        row.setValue('runs', 1)
        const created = insertRecord(row, `the run record of ${script}`)
        if (!created.ok) gs.debug(`Email OAuth Manager: ${script} ran but could not record it: ${created.message}`)
        return created.ok
    } catch (error) {
        try {
            gs.debug(`Email OAuth Manager: ${script} ran but could not record it: ${redact(String(error))}`)
        } catch {
            // Nothing may stop the authorization request.
        }
        return false
    }
}

export interface SignInRun {
    script: string
    /** 'yyyy-MM-dd HH:mm:ss' UTC. */
    firstRun: string
    lastRun: string
    runs: number
}

/** Every recorded run, by script name. */
export function readSignInRuns(): Map<string, SignInRun> {
    const runs = new Map<string, SignInRun>()
    const row = new GlideRecord(SIGN_IN_RUN_TABLE)
    row.setLimit(50)
    row.query()
    while (row.next()) {
        const script = text(row.getValue('script'))
        if (script !== '') runs.set(script, { script, firstRun: text(row.getValue('first_run')), lastRun: text(row.getValue('last_run')), runs: parseInt(text(row.getValue('runs')), 10) || 0 })
    }
    return runs
}
