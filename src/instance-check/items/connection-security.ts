/**
 * The Connection security field of newer releases (src/platform/connection-security.ts): documented by
 * label only, so its column and its values are the instance's. Older releases have no such field and
 * the Enable SSL / Enable TLS rules apply.
 */
import { readConnectionSecurityField, type ConnectionSecurityField } from '../../platform/connection-security.ts'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { readColumns } from '../dictionary.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

export function decideConnectionSecurity(dictionaryReadable: boolean, field: ConnectionSecurityField | null): ProbeAnswer {
    if (!dictionaryReadable) return cannotTell('The dictionary of sys_email_account could not be read.', 'Checks Enable SSL and Enable TLS only.')
    if (field === null) return confirmed('sys_email_account has no Connection security field on this release.', 'Checks Enable SSL and Enable TLS.', '')
    const unknown = field.choices.filter((choice) => choice.kind === null).map((choice) => `${choice.value} ("${choice.label}")`)
    const choices = field.choices.map((choice) => `${choice.value}=${choice.kind ?? '?'}`)
    if (field.choices.length === 0) return differs(`Column ${field.element} ("${field.label}") lists no choices.`, 'Reads its value by text (None / STARTTLS / SSL/TLS); a value it does not recognise is not checked.', field.element)
    if (unknown.length > 0) return differs(`Column ${field.element} ("${field.label}"); choices it does not recognise: ${listed(unknown)}.`, 'Checks the recognised choices only; the migration leaves the field as it is for the others.', field.element)
    return confirmed(`Column ${field.element} ("${field.label}"), choices ${listed(choices)}.`, 'Checks and sets Connection security by these choices.', field.element)
}

export const connectionSecurityItem: ProbeItem = {
    key: PROBE_ITEM.connectionSecurity,
    title: 'The Connection security field',
    assumption: 'Where sys_email_account has a field labelled Connection security, its choices say None, STARTTLS or SSL/TLS (documented by label only).',
    check: () => decideConnectionSecurity(readColumns('sys_email_account') !== null, readConnectionSecurityField()),
}
