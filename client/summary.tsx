import React from 'react'
import type { Overview, ViewStatus } from './api.ts'
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

/** Every mailbox that has stopped or stops within the warning period: when, why, and the one action that moves it. */
export function Banner({ overview }: { overview: Overview }) {
    if (overview.stopping.length === 0) return null
    const count = Math.max(overview.stoppingTotal, overview.stopping.length)
    const more = count - overview.stopping.length
    return (
        <section className="eom-alert eom-alert--warning" aria-labelledby="eom-banner-title">
            <h2 id="eom-banner-title">{overview.bannerTitle}</h2>
            <ul>
                {overview.stopping.map((account) => (
                    <li key={account.sysId} data-cause={account.cause} data-action={account.action} data-stopped={account.stopped}>
                        <a href={`#account-${account.sysId}`}>{account.name}</a> ({account.mailbox}): {account.stopped ? `stopped ${when(account.at)}, because` : `${when(account.at)}, when`} {localizeInstants(account.reason)}.
                    </li>
                ))}
            </ul>
            {more > 0 && <p>And {more} more: Token health &gt; Stops next lists them all, soonest first.</p>}
        </section>
    )
}

const FILTERS: { status: string; label: string; counts: ViewStatus[] }[] = [
    { status: 'all', label: 'All', counts: ['ok', 'needs_authorization', 'refresh_failing', 'at_risk', 'misconfigured', 'overdue', 'not_checked', 'inactive'] },
    { status: 'attention', label: 'Needs attention', counts: ['needs_authorization', 'refresh_failing', 'at_risk', 'misconfigured', 'overdue'] },
    { status: 'needs_authorization', label: 'Needs authorization', counts: ['needs_authorization'] },
    { status: 'refresh_failing', label: 'Refresh failing', counts: ['refresh_failing'] },
    { status: 'at_risk', label: 'At risk', counts: ['at_risk'] },
    { status: 'misconfigured', label: 'Misconfigured', counts: ['misconfigured'] },
    { status: 'overdue', label: 'Token expired', counts: ['overdue'] },
    { status: 'not_checked', label: 'Not checked yet', counts: ['not_checked'] },
    { status: 'ok', label: 'OK', counts: ['ok'] },
    { status: 'inactive', label: 'Inactive', counts: ['inactive'] },
]

/** Which accounts to list: a button per status with its count (from the server's aggregates). */
export function Filters({ overview, status, onStatus }: { overview: Overview; status: string; onStatus: (status: string) => void }) {
    const counts = overview.summary.counts
    return (
        <nav className="eom-filters" aria-label="Show accounts by status">
            {FILTERS.map((filter) => {
                const count = filter.counts.reduce((sum, name) => sum + (counts[name] ?? 0), 0)
                if (count === 0 && filter.status !== 'all' && filter.status !== status) return null
                return (
                    <button key={filter.status} type="button" className="eom-filter" aria-pressed={status === filter.status} onClick={() => onStatus(filter.status)}>
                        {filter.label} ({count})
                    </button>
                )
            })}
        </nav>
    )
}

/** Previous / next page; the server holds the order. */
export function Pager({ page, onPage }: { page: Overview['page']; onPage: (page: number) => void }) {
    const pages = Math.max(1, Math.ceil(page.total / page.size))
    if (pages <= 1) return null
    const first = page.index * page.size + 1
    const last = Math.min(page.total, first + page.size - 1)
    return (
        <nav className="eom-pager" aria-label="Pages of accounts">
            <button type="button" className="eom-button eom-button--secondary" disabled={page.index === 0} onClick={() => onPage(page.index - 1)}>
                Previous page
            </button>
            <span role="status">
                Accounts {first}–{last} of {page.total} (page {page.index + 1} of {pages})
            </span>
            <button type="button" className="eom-button eom-button--secondary" disabled={page.index + 1 >= pages} onClick={() => onPage(page.index + 1)}>
                Next page
            </button>
        </nav>
    )
}
