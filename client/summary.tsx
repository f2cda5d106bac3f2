import React from 'react'
import type { Overview } from './api.ts'
import { localizeInstants, when } from './time.ts'

/** "11 OK, 1 needs authorization, 1 refresh failing", announced when it changes. */
export function SummaryLine({ overview }: { overview: Overview }) {
    const { total, line } = overview.summary
    return (
        <p className="eom-summary" role="status" aria-live="polite">
            <strong>{total === 1 ? '1 OAuth email account' : `${total} OAuth email accounts`}</strong>
            {total > 0 ? `: ${line}` : `. ${line}`}
        </p>
    )
}

/** Which mailboxes stop within the warning period, when and why; nothing when none will. */
export function Banner({ overview }: { overview: Overview }) {
    if (overview.stopping.length === 0) return null
    const count = overview.stopping.length
    return (
        <section className="eom-alert eom-alert--warning" aria-labelledby="eom-banner-title">
            <h2 id="eom-banner-title">
                {count === 1 ? '1 mailbox stops' : `${count} mailboxes stop`} within {overview.warningDays} days unless someone acts
            </h2>
            <ul>
                {overview.stopping.map((account) => (
                    <li key={account.sysId}>
                        <a href={`#account-${account.sysId}`}>{account.name}</a> ({account.mailbox}): {when(account.at)}, when {localizeInstants(account.reason)}.
                    </li>
                ))}
            </ul>
        </section>
    )
}
