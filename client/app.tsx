import React, { useCallback, useEffect, useState } from 'react'
import { AccountCard } from './account-card.tsx'
import { summaryOf } from '../src/overview/view-model.ts'
import { api, ApiError, type AccountView, type Overview, type OverviewQuery } from './api.ts'
import { BasicAuthSection, CredentialsSection } from './sections.tsx'
import { InstanceCheckSection } from './instance-check.tsx'
import { Banner, Filters, Pager, SummaryLine } from './summary.tsx'
import { useInstanceNow, when } from './time.ts'

type Load = { state: 'loading' } | { state: 'loaded'; overview: Overview; skewMs: number } | { state: 'failed'; status: number; message: string }

const TITLE = 'Email OAuth Manager: overview'
const AUTO_RELOAD_MS = 60_000

/** The overview page: summary, banner and filters, one page of account cards, then the client credentials and the Basic-auth accounts. */
export function App() {
    const [load, setLoad] = useState<Load>({ state: 'loading' })
    const [query, setQuery] = useState<OverviewQuery>({ page: 0, status: 'all' })
    const reload = useCallback(() => {
        api.overview(query).then(
            (overview) => setLoad({ state: 'loaded', overview, skewMs: Date.parse(overview.generatedAt) - Date.now() }),
            (error: unknown) => setLoad({ state: 'failed', status: error instanceof ApiError ? error.status : 0, message: error instanceof Error ? error.message : String(error) }),
        )
    }, [query])
    useEffect(() => {
        document.title = TITLE
        reload()
        // The job writes health rows every 3 minutes: follow them without a click (findings and results stay).
        const timer = window.setInterval(reload, AUTO_RELOAD_MS)
        return () => window.clearInterval(timer)
    }, [reload])

    /** Refresh now answers the account's new view: the card and the banner follow without a reload (the server's counts stay). */
    const replaceAccount = useCallback((account: AccountView) => {
        setLoad((current) => {
            if (current.state !== 'loaded') return current
            const { overview } = current
            const accounts = overview.accounts.map((candidate) => (candidate.sysId === account.sysId ? account : candidate))
            const counts = { ...overview.summary.counts }
            const before = overview.accounts.find((candidate) => candidate.sysId === account.sysId)
            if (before && before.status !== account.status) {
                counts[before.status] = Math.max(0, counts[before.status] - 1)
                counts[account.status] += 1
            }
            return { ...current, overview: { ...overview, ...summaryOf(accounts, overview.warningDays, { counts, stopping: { entries: overview.stopping, total: overview.stoppingTotal } }), accounts } }
        })
    }, [])

    return (
        <main className="eom-page">
            <header className="eom-header">
                <h1>Email OAuth Manager: overview</h1>
                <button type="button" className="eom-button eom-button--secondary" onClick={reload}>
                    Reload
                </button>
            </header>
            {load.state === 'loading' && <p role="status">Loading the OAuth email accounts…</p>}
            {load.state === 'failed' && <Failure status={load.status} message={load.message} />}
            {load.state === 'loaded' && <Loaded overview={load.overview} skewMs={load.skewMs} onAccount={replaceAccount} query={query} onQuery={setQuery} />}
        </main>
    )
}

function Loaded({ overview, skewMs, onAccount, query, onQuery }: { overview: Overview; skewMs: number; onAccount: (account: AccountView) => void; query: OverviewQuery; onQuery: (query: OverviewQuery) => void }) {
    const now = useInstanceNow(skewMs)
    return (
        <>
            <SummaryLine overview={overview} />
            <Banner overview={overview} />
            <p className="eom-muted">
                As of {when(overview.generatedAt)}. Times are in your time zone; countdowns run on the instance&apos;s clock. Accounts are listed soonest time to failure first.
            </p>
            <Filters overview={overview} status={query.status} onStatus={(status) => onQuery({ page: 0, status })} />
            {overview.accounts.length > 0 ? (
                <ul className="eom-accounts" aria-label="OAuth email accounts">
                    {overview.accounts.map((account) => (
                        <li key={account.sysId}>
                            <AccountCard account={account} now={now} onAccount={onAccount} canAct={overview.canAct !== false} />
                        </li>
                    ))}
                </ul>
            ) : (
                overview.summary.total > 0 && <p className="eom-muted">No account has this status.</p>
            )}
            <Pager page={overview.page} onPage={(page) => onQuery({ ...query, page })} />
            <CredentialsSection credentials={overview.credentials} />
            <BasicAuthSection basicAuth={overview.basicAuth} />
            <InstanceCheckSection />
        </>
    )
}

function Failure({ status, message }: { status: number; message: string }) {
    return (
        <div className="eom-alert eom-alert--critical" role="alert">
            <h2>{status === 403 ? 'You may not use this page' : 'The overview could not be loaded'}</h2>
            <p>{status === 403 ? `Reading it needs the role x_mail_oauth.viewer; its actions need x_mail_oauth.admin (member of the group "Email OAuth Manager admins"). The server answered 403: ${message}` : message}</p>
        </div>
    )
}
