/**
 * Whether the returning canary is stored. KB0816001: the instance drops an inbound email whose
 * Message-ID it already holds (unless glide.email.allow_duplicate_message_ids is true), the index being
 * on (type, message_id). The canary comes back with the Message-ID of the email the instance sent; the
 * app assumes the returning copy (type received or received-ignored) does not collide with the sent
 * one (type sent). The docs do not say so outright: the instance's own canaries answer. Canaries that
 * left more than the arrival bound ago and were never stored, while the reader job runs, mean the
 * returning copies are dropped (or never reach the instance).
 */
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { CANARY_TABLE, MAIL_FLOW_PROPERTY, PLATFORM_MAIL_JOB } from '../../mail-flow/names.ts'
import { readMailFlowSettings } from '../../mail-flow/settings.ts'
import { instantValue } from '../../token-keeper/health-store.ts'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { cannotTell, confirmed, differs, type ProbeAnswer, type ProbeItem } from '../item.ts'
import { RUNNING_STATES } from './mail-jobs.ts'

export const ALLOW_DUPLICATES_PROPERTY = 'glide.email.allow_duplicate_message_ids'
/** A canary in these states left the instance (its email was sent). */
const LEFT_STATES = 'sent,lost,arrived,counted'
/** Found stored as received mail by the mail-flow job. */
const STORED_STATES = ['arrived', 'counted']
/** Enough canaries to answer; the read stops there. */
const MOST = 200

export interface ReturningCanaryReading {
    /** Canaries that left more than the arrival bound ago. */
    left: number
    /** Of those, the ones found stored (arrived or counted). */
    stored: number
    /** The types of the sent emails of the canaries never stored (sys_email.type), distinct. */
    unstoredEmailTypes: string[]
    arrivalBoundMinutes: number
    /** glide.email.allow_duplicate_message_ids; null when not set. */
    allowDuplicates: string | null
    /** Whether a reader job (POP3/Email/IMAP Reader) is scheduled; null when none is found. */
    readerRunning: boolean | null
}

export function decideReturningCanary(reading: ReturningCanaryReading): ProbeAnswer {
    const duplicates = `${ALLOW_DUPLICATES_PROPERTY}: ${reading.allowDuplicates === null ? 'not set (false)' : `"${reading.allowDuplicates.slice(0, 20)}"`}`
    if (reading.left === 0) {
        return cannotTell(`No canary of this app left more than ${reading.arrivalBoundMinutes} minutes (${MAIL_FLOW_PROPERTY.canaryArrivalBoundMinutes.name}) ago; ${duplicates}.`, 'Trusts the inbound leg as documented (KB0816001 checks duplicates per type); run the check again once a canary has been sent.')
    }
    const found = `${reading.stored} of ${reading.left} canaries sent more than ${reading.arrivalBoundMinutes} minutes ago were found stored as received email; ${duplicates}`
    if (reading.stored > 0) return confirmed(`${found}.`, 'The returning canary is stored beside the sent one (no duplicate Message-ID drop): the inbound leg and its alert are trusted.', String(reading.stored))
    if (reading.readerRunning !== true) {
        return cannotTell(`${found}, but no email reader job is scheduled, so none could be stored.`, 'Reports the inbound leg as failing with the reader job named; run the check again once the reader runs.')
    }
    const types = reading.unstoredEmailTypes.length > 0 ? ` (their emails are ${reading.unstoredEmailTypes.join(', ')})` : ''
    return differs(
        `${found}${types}, while the email reader job runs: no returning canary was ever stored.`,
        `The inbound alert (canary_not_read) cannot be trusted on this instance: the returning copy may be dropped as a duplicate Message-ID (KB0816001). Check System Mailboxes > Received and Junk for "Email OAuth Manager mail-flow check", whether the mailbox holds the canaries, and ${ALLOW_DUPLICATES_PROPERTY}; until one is stored, treat the inbound leg as unconfirmed.`,
    )
}

function readerScheduled(): boolean | null {
    const job = new GlideRecord('sys_trigger')
    job.addQuery('name', 'IN', PLATFORM_MAIL_JOB.reader.join(','))
    job.setLimit(10)
    job.query()
    let found = false
    while (job.next()) {
        found = true
        if ((RUNNING_STATES as readonly string[]).indexOf(String(job.getValue('state') ?? '')) >= 0) return true
    }
    return found ? false : null
}

export function readReturningCanary(): ReturningCanaryReading {
    const arrivalBoundMinutes = readMailFlowSettings().canaryArrivalBoundMinutes
    const before = new GlideDateTime().getNumericValue() - arrivalBoundMinutes * 60000
    const canary = new GlideRecord(CANARY_TABLE)
    canary.addQuery('state', 'IN', LEFT_STATES)
    canary.addQuery('sent', '<', instantValue(before))
    canary.orderByDesc('sent')
    canary.setLimit(MOST)
    canary.query()
    let left = 0
    let stored = 0
    const unstoredEmails: string[] = []
    while (canary.next()) {
        left += 1
        if (STORED_STATES.indexOf(String(canary.getValue('state') ?? '')) >= 0) stored += 1
        else if (unstoredEmails.length < 20) unstoredEmails.push(String(canary.getValue('email') ?? ''))
    }
    const unstoredEmailTypes: string[] = []
    const email = new GlideRecord('sys_email')
    for (const sysId of unstoredEmails) {
        if (sysId === '' || !email.get(sysId)) continue
        const type = String(email.getValue('type') ?? '')
        if (unstoredEmailTypes.indexOf(type) < 0) unstoredEmailTypes.push(type)
    }
    const allowDuplicates: unknown = gs.getProperty(ALLOW_DUPLICATES_PROPERTY)
    return { left, stored, unstoredEmailTypes, arrivalBoundMinutes, allowDuplicates: allowDuplicates === null || allowDuplicates === undefined ? null : String(allowDuplicates), readerRunning: readerScheduled() }
}

export const returningCanaryItem: ProbeItem = {
    key: PROBE_ITEM.returningCanaryStored,
    title: 'The returning canary is stored',
    assumption: `The canary comes back with the Message-ID of the email the instance sent; KB0816001 drops an inbound email whose Message-ID is stored (index on type and message_id), so the app assumes the returning copy (received or received-ignored) does not collide with the sent one.`,
    check: () => decideReturningCanary(readReturningCanary()),
}
