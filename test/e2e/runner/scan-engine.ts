/**
 * A stand-in of the Instance Scan engine for the app's built checks (dist/app scan_table_check,
 * scan_script_only_check, scan_check_suite, scan_check_suite_check), following ServiceNow's
 * documented script interface (Findings API, `sn_instance_scan`, Australia docs; SDK Instance Scan
 * guide):
 * - a table check's script runs once per record of its table that matches its conditions, with
 *   `engine` and `current` (the record); the finding's source is that record, and "the finding
 *   count starts at zero for each record"; `engine.finding.increment()` counts one occurrence; a
 *   record whose count stays zero gives no finding;
 * - a script-only check's script runs once per scan with `engine`; `engine.finding.setCurrentSource(gr)`
 *   sets the record the current finding is about. Where the docs are silent (what a second
 *   setCurrentSource does to a counted finding), the stand-in keeps the counted finding and starts a
 *   new one for the new source, as public checks that loop over records expect;
 * - `engine.finding.setValue('finding_details', text)` (SDK guide) sets the finding's details.
 * A script that throws fails its check only (recorded as `error`); the suite goes on.
 */
import * as glide from '../../stand-ins/glide.ts'
import { platform } from '../../stand-ins/platform.ts'
import type { BuiltAppRunner, BuiltRecord } from './built-app-runner.ts'

export interface ScanFinding {
    /** The check's name. */
    check: string
    priority: string
    /** `table:sys_id` of the finding's source, or null when a script-only check set none. */
    source: string | null
    count: number
    details: string
}

export interface SuiteRun {
    findings: ScanFinding[]
    /** Checks whose script threw, with the error. */
    errors: { check: string; error: string }[]
}

interface PendingFinding {
    source: string | null
    count: number
    details: string
}

export class ScanEngineStandIn {
    constructor(private readonly runner: BuiltAppRunner) {}

    /** Every active check of the suite, as "Execute Suite Scan" runs them. */
    runSuite(suiteName: string, replaceScript?: (check: BuiltRecord) => string | null): SuiteRun {
        const suite = this.runner.builtRecord('scan_check_suite', (record) => record.name === suiteName, `the suite "${suiteName}"`)
        const run: SuiteRun = { findings: [], errors: [] }
        const members = this.runner.app.of('scan_check_suite_check').filter((member) => member.fields.suite === suite.sys_id)
        for (const member of members) {
            const record = this.runner.app.byId(member.fields.check)
            if (!record || record.fields.active !== 'true') continue
            this.runCheck(record.table, { ...record.fields, script: replaceScript?.(record.fields) ?? record.fields.script ?? '' }, run)
        }
        return run
    }

    /** One check by name (the check form's Test Check). */
    runCheck(table: string, check: BuiltRecord, run: SuiteRun = { findings: [], errors: [] }): SuiteRun {
        try {
            if (table === 'scan_table_check') this.runTableCheck(check, run)
            else this.runScriptOnlyCheck(check, run)
        } catch (error) {
            run.errors.push({ check: check.name, error: String(error) })
        }
        return run
    }

    private runTableCheck(check: BuiltRecord, run: SuiteRun): void {
        const records = new glide.GlideRecord(check.table)
        if (check.conditions) records.addEncodedQuery(check.conditions)
        records.query()
        const ids: string[] = []
        while (records.next()) ids.push(records.getUniqueValue())
        for (const id of ids) {
            const current = new glide.GlideRecord(check.table)
            current.get(id)
            const pending: PendingFinding = { source: `${check.table}:${id}`, count: 0, details: '' }
            const engine = { finding: this.findingApi(() => pending, () => undefined) }
            this.runner.runServerScript(check.script ?? '', `scan_table_check: ${check.name} on ${id}`, { engine, current })
            if (pending.count > 0) run.findings.push({ check: check.name, priority: check.priority, ...pending })
        }
    }

    private runScriptOnlyCheck(check: BuiltRecord, run: SuiteRun): void {
        let pending: PendingFinding = { source: null, count: 0, details: '' }
        const flush = (): void => {
            if (pending.count > 0) run.findings.push({ check: check.name, priority: check.priority, ...pending })
        }
        const engine = {
            finding: this.findingApi(
                () => pending,
                (source) => {
                    flush()
                    pending = { source, count: 0, details: '' }
                },
            ),
        }
        this.runner.runServerScript(check.script ?? '', `scan_script_only_check: ${check.name}`, { engine })
        flush()
    }

    private findingApi(current: () => PendingFinding, switchSource: (source: string) => void): object {
        return {
            increment: () => {
                current().count += 1
            },
            setCurrentSource: (source: glide.GlideRecord) => switchSource(`${source.getTableName()}:${source.getUniqueValue()}`),
            setValue: (field: string, value: unknown) => {
                if (field === 'finding_details') current().details = String(value)
            },
        }
    }
}

/** The platform's record count stays as it was: a scan writes nothing of the app's (used by the tests). */
export function rowCounts(tables: readonly string[]): Record<string, number> {
    return Object.fromEntries(tables.map((table) => [table, platform.db.rows(table).length]))
}
