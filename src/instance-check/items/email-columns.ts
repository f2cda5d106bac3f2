/**
 * The sys_email columns the app reads and writes, with a type that holds text. ServiceNow's docs
 * (r_EmailLogs, Troubleshooting notification emails) name the fields by label; the column names and
 * types are the instance's.
 */
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { readColumns, type Column } from '../dictionary.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

/** What src/mail-flow/ reads and writes on sys_email (records.ts, the canary and the re-send). */
export const EMAIL_COLUMNS_READ = ['type', 'mailbox', 'error_string', 'subject', 'recipients', 'direct', 'body', 'body_text', 'content_type', 'headers', 'notification_type'] as const

/** Internal types that hold text (a choice column is a string with choices). */
const TEXT_TYPES = ['string', 'html', 'translated_text', 'translated_html', 'email', 'journal', 'journal_input', 'multi_two_lines', 'char', 'compressed', 'email_script', 'script_plain']

export function decideEmailColumns(columns: ReadonlyMap<string, Column> | null): ProbeAnswer {
    if (columns === null) return cannotTell('The dictionary of sys_email could not be read.', 'Reads and writes the columns as documented; a refused write is reported with its table.')
    const missing = EMAIL_COLUMNS_READ.filter((name) => !columns.has(name))
    const notText = EMAIL_COLUMNS_READ.filter((name) => columns.has(name) && TEXT_TYPES.indexOf(columns.get(name)!.type) < 0).map((name) => `${name} (${columns.get(name)!.type})`)
    if (missing.length === 0 && notText.length === 0) return confirmed(`All ${EMAIL_COLUMNS_READ.length} columns the app uses exist and hold text: ${listed([...EMAIL_COLUMNS_READ], 20)}.`, 'Reads the failed emails and their error strings, queues the canary and sends failed emails again.')
    return differs(
        [missing.length > 0 ? `Missing: ${listed(missing, 20)}.` : '', notText.length > 0 ? `Not text: ${listed(notText, 20)}.` : ''].filter(Boolean).join(' '),
        'A missing column reads as empty: the error string (and so the mail-level code) of a failed email may be unknown, and a canary may be queued without it. Tell us the release and the columns.',
        missing.join(','),
    )
}

export const emailColumnsItem: ProbeItem = {
    key: PROBE_ITEM.emailColumns,
    title: 'Email record columns',
    assumption: `sys_email has the columns the app reads and writes (${EMAIL_COLUMNS_READ.join(', ')}), each holding text.`,
    check: () => decideEmailColumns(readColumns('sys_email')),
}
