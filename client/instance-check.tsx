import React, { useCallback, useEffect, useState } from 'react'
import { api, ApiError, type InstanceCheckRow, type InstanceCheckView } from './api.ts'
import { when } from './time.ts'

type Load = { state: 'loading' } | { state: 'loaded'; view: InstanceCheckView } | { state: 'failed'; message: string }

const STATUS: { [status: string]: { word: string; tone: string } } = {
    confirmed: { word: 'Confirmed', tone: 'positive' },
    differs: { word: 'Differs', tone: 'warning' },
    cannot_tell: { word: 'Cannot tell', tone: 'neutral' },
}

/** The stored time 'yyyy-MM-dd HH:mm:ss' (UTC) as the page shows times. */
function checkedAt(row: InstanceCheckRow): string {
    return row.checkedAt ? when(`${row.checkedAt.replace(' ', 'T')}Z`) : 'never'
}

/** Check this instance: what the instance answers to each assumption the docs leave open (docs/check-this-instance.md). */
export function InstanceCheckSection() {
    const [load, setLoad] = useState<Load>({ state: 'loading' })
    const [running, setRunning] = useState(false)
    const [message, setMessage] = useState('')
    const failed = (error: unknown) => setLoad({ state: 'failed', message: error instanceof ApiError || error instanceof Error ? error.message : String(error) })
    useEffect(() => {
        api.instanceCheck().then((view) => setLoad({ state: 'loaded', view }), failed)
    }, [])
    const run = useCallback(() => {
        setRunning(true)
        setMessage('')
        api.runInstanceCheck().then(
            (view) => {
                setLoad({ state: 'loaded', view })
                setMessage(`Checked: ${view.summary}.`)
            },
            (error: unknown) => setMessage(error instanceof Error ? error.message : String(error)),
        ).finally(() => setRunning(false))
    }, [])
    return (
        <section className="eom-section" aria-labelledby="eom-instance-check-title" data-testid="instance-check">
            <h2 id="eom-instance-check-title">Check this instance</h2>
            <p className="eom-muted">What this instance answers where ServiceNow&apos;s documentation is silent, and what the app does with the answer.</p>
            {load.state === 'loading' && <p role="status">Loading the last answers…</p>}
            {load.state === 'failed' && <p className="eom-text--critical">{load.message}</p>}
            {load.state === 'loaded' && (
                <>
                    <p>
                        <strong>{load.view.summary}</strong>{' '}
                        {load.view.canRun && (
                            <button type="button" className="eom-button eom-button--primary" onClick={run} disabled={running}>
                                {running ? 'Checking…' : 'Check this instance'}
                            </button>
                        )}
                    </p>
                    <p aria-live="polite" className="eom-muted">
                        {message}
                    </p>
                    <table className="eom-table">
                        <thead>
                            <tr>
                                <th scope="col">Assumption</th>
                                <th scope="col">Status</th>
                                <th scope="col">Found on this instance</th>
                                <th scope="col">What the app does</th>
                                <th scope="col">Checked</th>
                            </tr>
                        </thead>
                        <tbody>
                            {load.view.rows.map((row) => {
                                const status = row.status === null ? { word: 'Not checked', tone: 'neutral' } : STATUS[row.status]
                                return (
                                    <tr key={row.key} data-testid="instance-check-row" data-status={row.status ?? 'not_checked'}>
                                        <th scope="row" title={row.assumption}>
                                            {row.title}
                                        </th>
                                        <td>
                                            <span className={`eom-badge eom-badge--${status.tone}`}>{status.word}</span>
                                        </td>
                                        <td>{row.found}</td>
                                        <td>{row.appDoes}</td>
                                        <td>{checkedAt(row)}</td>
                                    </tr>
                                )
                            })}
                        </tbody>
                    </table>
                </>
            )}
        </section>
    )
}
