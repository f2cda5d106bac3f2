import React, { useCallback, useEffect, useState } from 'react'
import { AccountCard } from './account-card.tsx'
import { summaryOf } from '../src/overview/view-model.ts'
import { api, ApiError, type AccountView, type Overview } from './api.ts'
import { Banner, SummaryLine } from './summary.tsx'
import { useInstanceNow, when } from './time.ts'

type Load = { state: 'loading' } | { state: 'loaded'; overview: Overview; skewMs: number } | { state: 'failed'; status: number; message: string }

const TITLE = 'Email OAuth Manager: overview'
const AUTO_RELOAD_MS = 60_000

/** The overview page: summary and banner, then one card per OAuth email account. */
export function App() {
    const [load, setLoad] = useState<Load>({ state: 'loading' })
    const reload = useCallback(() => {
        api.overview().then(
            (overview) => setLoad({ state: 'loaded', overview, skewMs: Date.parse(overview.generatedAt) - Date.now() }),
            (error: unknown) => setLoad({ state: 'failed', status: error instanceof ApiError ? error.status : 0, message: error instanceof Error ? error.message : String(error) }),
        )
    }, [])
    useEffect(() => {
        document.title = TITLE
        reload()
        // The job writes health rows every 3 minutes: follow them without a click (findings and results stay).
        const timer = window.setInterval(reload, AUTO_RELOAD_MS)
        return () => window.clearInterval(timer)
    }, [reload])

    /** Refresh now answers the account's new view: the card and the summary follow without a reload. */
    const replaceAccount = useCallback((account: AccountView) => {
        setLoad((current) => {
            if (current.state !== 'loaded') return current
            const accounts = current.overview.accounts.map((candidate) => (candidate.sysId === account.sysId ? account : candidate))
            return { ...current, overview: { ...current.overview, ...summaryOf(accounts), accounts } }
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
            {load.state === 'loaded' && <Loaded overview={load.overview} skewMs={load.skewMs} onAccount={replaceAccount} />}
        </main>
    )
}

function Loaded({ overview, skewMs, onAccount }: { overview: Overview; skewMs: number; onAccount: (account: AccountView) => void }) {
    const now = useInstanceNow(skewMs)
    return (
        <>
            <SummaryLine overview={overview} />
            <Banner overview={overview} />
            <p className="eom-muted">
                As of {when(overview.generatedAt)}. Times are in your time zone; countdowns run on the instance&apos;s clock.
            </p>
            {overview.accounts.length > 0 && (
                <ul className="eom-accounts" aria-label="OAuth email accounts">
                    {overview.accounts.map((account) => (
                        <li key={account.sysId}>
                            <AccountCard account={account} now={now} onAccount={onAccount} />
                        </li>
                    ))}
                </ul>
            )}
        </>
    )
}

function Failure({ status, message }: { status: number; message: string }) {
    return (
        <div className="eom-alert eom-alert--critical" role="alert">
            <h2>{status === 403 ? 'You may not use this page' : 'The overview could not be loaded'}</h2>
            <p>{status === 403 ? `It needs the role x_mail_oauth.admin (member of the group "Email OAuth Manager admins"). The server answered 403: ${message}` : message}</p>
        </div>
    )
}
