/**
 * The platform's mail jobs in sys_trigger: their names and the state values the app reads. Docs
 * (r_MailDiagnostics) name "SMTP Sender" and the reader (POP3 Reader, Email Reader by release); the
 * state values (0 Ready, 1 Running, 2 Queued) come from the Schedule table's choices, which this
 * item reads instead of assuming.
 */
import { GlideRecord } from '@servicenow/glide'
import { PLATFORM_MAIL_JOB } from '../../mail-flow/names.ts'
import { PROBE_ITEM } from '../../platform/probe/names.ts'
import { readChoices, type Choice } from '../dictionary.ts'
import { confirmed, differs, listed, type ProbeAnswer, type ProbeItem } from '../item.ts'

/** The states src/mail-flow/records.ts counts as scheduled. */
export const RUNNING_STATES = ['0', '1', '2'] as const

export interface MailJob {
    name: string
    state: string
}

export interface MailJobsReading {
    jobs: MailJob[]
    stateChoices: Choice[]
}

function stateLabel(state: string, choices: readonly Choice[]): string {
    const label = choices.find((choice) => choice.value === state)?.label
    return label ? `${label} (${state})` : `state ${state || '(empty)'}`
}

export function decideMailJobs(reading: MailJobsReading): ProbeAnswer {
    const sender = reading.jobs.find((job) => (PLATFORM_MAIL_JOB.sender as readonly string[]).indexOf(job.name) >= 0)
    const reader = reading.jobs.find((job) => (PLATFORM_MAIL_JOB.reader as readonly string[]).indexOf(job.name) >= 0)
    const found = reading.jobs.map((job) => `${job.name}: ${stateLabel(job.state, reading.stateChoices)}`)
    const problems: string[] = []
    if (!sender) problems.push(`no job named ${listed([...PLATFORM_MAIL_JOB.sender])}`)
    if (!reader) problems.push(`no job named ${listed([...PLATFORM_MAIL_JOB.reader])}`)
    // The app's reading of the state values: 0, 1 and 2 must be Ready, Running and Queued where the instance labels them.
    const expected: Record<string, RegExp> = { '0': /ready/i, '1': /running/i, '2': /queued/i }
    for (const value of RUNNING_STATES) {
        const label = reading.stateChoices.find((choice) => choice.value === value)?.label
        if (label !== undefined && !expected[value].test(label)) problems.push(`state ${value} is "${label}", not ${expected[value].source}`)
    }
    const value = [sender ? `sender=${sender.name}` : '', reader ? `reader=${reader.name}` : ''].filter(Boolean).join(';')
    if (problems.length === 0) return confirmed(`${listed(found)}.`, 'Reads these jobs by name; any state but Ready, Running or Queued counts as stopped.', value)
    return differs(
        `${problems.join('; ')}. Found: ${listed(found)}.`,
        'A job it cannot find by name is reported as unknown, never as stopped; a state value it does not know counts as stopped. Tell us the names and states this release uses.',
        value,
    )
}

export function readMailJobs(): MailJobsReading {
    const trigger = new GlideRecord('sys_trigger')
    trigger.addQuery('name', 'IN', [...PLATFORM_MAIL_JOB.sender, ...PLATFORM_MAIL_JOB.reader].join(','))
    trigger.setLimit(20)
    trigger.query()
    const jobs: MailJob[] = []
    while (trigger.next()) jobs.push({ name: trigger.getValue('name') ?? '', state: trigger.getValue('state') ?? '' })
    return { jobs, stateChoices: readChoices('sys_trigger', 'state') }
}

export const mailJobsItem: ProbeItem = {
    key: PROBE_ITEM.mailJobs,
    title: "The platform's mail jobs",
    assumption: `sys_trigger holds the sender as ${listed([...PLATFORM_MAIL_JOB.sender])} and the reader as one of ${listed([...PLATFORM_MAIL_JOB.reader])}; state 0, 1, 2 mean Ready, Running, Queued.`,
    check: () => decideMailJobs(readMailJobs()),
}
