/**
 * Where the email reader logs a refused login. The app reads syslog rows with source EmailReader or
 * POP3Reader naming the account (src/mail-flow/records.ts readLoginError); no public source says which
 * source each release writes. This item looks at the last week's log for login failures and names
 * their sources; the mail flow then reads those (probedValue).
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { ASSUMED_READER_LOG_SOURCES as READER_LOG_SOURCES, PROBE_ITEM } from '../../platform/probe/names.ts'
import { cannotTell, confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'
import { APP_SCOPE } from './cross-scope-privileges.ts'

const WEEK_MS = 7 * 86400000

export interface ReaderLogReading {
    /** Whether the app's sources logged anything in the last week. */
    appSourcesSeen: boolean
    /** Other sources of login failures in the last week. */
    otherSources: string[]
}

export function decideReaderLog(reading: ReaderLogReading): ProbeAnswer {
    if (reading.appSourcesSeen) return confirmed(`The reader logs under ${listed([...READER_LOG_SOURCES])}.`, "Names the mailbox server's answer when the inbound leg of a canary fails.", READER_LOG_SOURCES.join(','))
    if (reading.otherSources.length > 0) {
        return differs(
            `Login failures of the last week are logged under ${listed(reading.otherSources)}, not ${listed([...READER_LOG_SOURCES])}.`,
            "Names the inbound leg when a canary is not read back, without the server's answer. Tell us the source so the app reads it.",
            reading.otherSources.join(','),
        )
    }
    return cannotTell('No refused login was logged in the last week, so the source is unknown.', "Names the inbound leg when a canary is not read back; the server's answer only when it is logged under the sources it reads.")
}

function timeAgo(ms: number): string {
    const at = new GlideDateTime()
    at.setNumericValue(at.getNumericValue() - ms)
    return at.getValue()
}

export function readReaderLog(): ReaderLogReading {
    const since = timeAgo(WEEK_MS)
    const app = new GlideRecord('syslog')
    app.addQuery('source', 'IN', READER_LOG_SOURCES.join(','))
    app.addQuery('sys_created_on', '>=', since)
    app.setLimit(1)
    app.query()
    const appSourcesSeen = app.next()
    const other = new GlideRecord('syslog')
    other.addQuery('sys_created_on', '>=', since)
    other.addQuery('message', 'CONTAINS', 'AUTHENTICATE')
    other.addQuery('source', 'NOT IN', READER_LOG_SOURCES.join(','))
    // Scoped apps log under their scope (this app's own warnings may quote an AUTHENTICATE answer): not the reader.
    other.addQuery('source', '!=', APP_SCOPE)
    other.setLimit(20)
    other.query()
    const otherSources: string[] = []
    while (other.next()) {
        const source = other.getValue('source') ?? ''
        if (source !== '' && source.indexOf('x_') !== 0 && otherSources.indexOf(source) < 0) otherSources.push(source)
    }
    return { appSourcesSeen, otherSources }
}

export const readerLogSourceItem: ProbeItem = {
    key: PROBE_ITEM.readerLogSource,
    title: 'Where the reader logs a refused login',
    assumption: `The email reader logs a refused login in the system log under source ${listed([...READER_LOG_SOURCES])}, naming the account.`,
    check: () => decideReaderLog(readReaderLog()),
}
