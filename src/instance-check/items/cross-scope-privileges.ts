/**
 * Each cross-scope privilege the app declared, as this instance holds it. ServiceNow: "After
 * application publication, the system only allows runtime requests to run that have a valid
 * cross-scope privilege record"; an admin may set a row to Denied, and runtime access tracking adds
 * Requested rows for accesses the app made without one. Which of the app's reads and writes the
 * instance will refuse is the instance's answer, not the docs'.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

export const APP_SCOPE = 'x_mail_oauth'

export interface PrivilegeRow {
    target: string
    operation: string
    /** allowed, denied or requested. */
    status: string
}

export function decidePrivileges(rows: readonly PrivilegeRow[] | null): ProbeAnswer {
    if (rows === null || rows.length === 0) {
        return cannotTell(
            'No cross-scope privilege of Email OAuth Manager is visible on this instance (sys_scope_privilege could not be read, or the app was installed without its privileges).',
            'Every access to a global table is attempted as declared; a refused one is reported where it happens (a refused write names its table and where to allow it).',
        )
    }
    const notAllowed = rows.filter((row) => row.status !== 'allowed')
    if (notAllowed.length === 0) return confirmed(`${rows.length} privileges, all Allowed.`, 'Reads and writes every global table it declared.')
    const described = notAllowed.map((row) => `${row.operation} on ${row.target}: ${row.status}`)
    return differs(
        `${notAllowed.length} of ${rows.length} privileges are not Allowed: ${listed(described, 10)}.`,
        'The instance refuses those accesses: the part of the app that needs them reports a refused read or write naming the table. Set each row to Allowed under System Applications > Application Cross-Scope Access (a Requested row is an access the app made that this version did not declare: allow it and tell us).',
        notAllowed.map((row) => `${row.operation}:${row.target}`).join(','),
    )
}

export function readPrivileges(): PrivilegeRow[] | null {
    const row = new GlideRecord('sys_scope_privilege')
    if (!row.isValid()) return null
    row.addQuery('source_scope.scope', APP_SCOPE)
    row.orderBy('target_name')
    row.setLimit(500)
    row.query()
    const rows: PrivilegeRow[] = []
    while (row.next()) rows.push({ target: row.getValue('target_name') ?? '', operation: row.getValue('operation') ?? '', status: row.getValue('status') ?? '' })
    return rows
}

export const crossScopePrivilegesItem: ProbeItem = {
    key: PROBE_ITEM.crossScopePrivileges,
    title: 'Cross-scope privileges',
    assumption: 'Every privilege the app declares is Allowed on this instance (an admin can deny one; runtime tracking adds Requested rows).',
    check: () => decidePrivileges(readPrivileges()),
}
