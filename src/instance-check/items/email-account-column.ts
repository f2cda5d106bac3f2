/**
 * Which sys_email column names the email account an email went through. The docs name no such column;
 * the app assumed `email_account` (test/e2e/mail-engine/README.md, UNCONFIRMED). The instance's
 * dictionary answers: a reference column of sys_email to sys_email_account. The mail flow reads the
 * stored answer (probedValue) and falls back to the one active outbound account without one.
 */
import { ASSUMED_EMAIL_ACCOUNT_COLUMN as ASSUMED_ACCOUNT_COLUMN, PROBE_ITEM } from '../../platform/probe/names.ts'
import { readColumns, type Column } from '../dictionary.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

export function decideAccountColumn(columns: ReadonlyMap<string, Column> | null): ProbeAnswer {
    if (columns === null) return cannotTell('The dictionary of sys_email could not be read.', `Reads ${ASSUMED_ACCOUNT_COLUMN} when an email has it, and otherwise counts a failed email to the one active outbound account.`)
    const references = [...columns.values()].filter((column) => column.type === 'reference' && column.reference === 'sys_email_account').map((column) => column.element)
    if (references.indexOf(ASSUMED_ACCOUNT_COLUMN) >= 0) return confirmed(`Column ${ASSUMED_ACCOUNT_COLUMN}, a reference to sys_email_account.`, `Counts each failed email to the account in ${ASSUMED_ACCOUNT_COLUMN}.`, ASSUMED_ACCOUNT_COLUMN)
    if (references.length > 0) {
        return differs(
            `The account is in column ${references[0]}${references.length > 1 ? ` (also references: ${listed(references.slice(1))})` : ''}, not ${ASSUMED_ACCOUNT_COLUMN}.`,
            `Counts each failed email to the account in ${references[0]}.`,
            references[0],
        )
    }
    return differs(
        'sys_email has no reference to sys_email_account on this instance.',
        'Counts every failed email to the one active outbound account (the platform sends through one at a time), so with several outbound accounts a failure may be shown on the wrong one.',
    )
}

export const emailAccountColumnItem: ProbeItem = {
    key: PROBE_ITEM.emailAccountColumn,
    title: 'Which account an email went through',
    assumption: `sys_email names the email account it went through in column ${ASSUMED_ACCOUNT_COLUMN} (a reference to sys_email_account); the docs name no such column.`,
    check: () => decideAccountColumn(readColumns('sys_email')),
}
