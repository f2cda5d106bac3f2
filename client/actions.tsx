import React, { useState } from 'react'
import { api, type AccountView, type CheckResult } from './api.ts'
import { localizeInstants } from './time.ts'

type Busy = 'check' | 'refresh' | null

/**
 * Check setup (findings inline), Refresh now (result shown), Re-authorize (with the private-window advice), links to the forms.
 * A viewer (x_mail_oauth.viewer, canAct false) sees the links only, and which role the actions need.
 */
export function AccountActions({ account, onAccount, canAct = true }: { account: AccountView; onAccount: (account: AccountView) => void; canAct?: boolean }) {
    const [busy, setBusy] = useState<Busy>(null)
    const [check, setCheck] = useState<CheckResult | null>(null)
    const [result, setResult] = useState<{ tone: string; text: string } | null>(null)

    const runCheck = () => {
        setBusy('check')
        setResult(null)
        api.check(account.sysId).then(
            (answer) => setCheck(answer),
            (error: Error) => setResult({ tone: 'critical', text: `Check setup failed: ${error.message}` }),
        ).finally(() => setBusy(null))
    }
    const runRefresh = () => {
        setBusy('refresh')
        setResult({ tone: 'info', text: 'Refreshing…' })
        api.refresh(account.sysId).then(
            (answer) => {
                setResult({ tone: answer.outcome === 'refreshed' ? 'positive' : answer.outcome === 'waiting' ? 'info' : 'critical', text: localizeInstants(answer.message) })
                if (answer.account) onAccount(answer.account)
            },
            (error: Error) => setResult({ tone: 'critical', text: `Refresh now failed: ${error.message}` }),
        ).finally(() => setBusy(null))
    }
    const reauthorize = canAct ? account.links.reauthorize : null

    if (!canAct) {
        return (
            <div className="eom-card__actions">
                <p className="eom-muted eom-advice">
                    View only: Check setup, Refresh now and Re-authorize need the role x_mail_oauth.admin (the group &quot;Email OAuth Manager admins&quot;).
                </p>
            </div>
        )
    }

    return (
        <div className="eom-card__actions">
            <div className="eom-buttons">
                <button type="button" className="eom-button eom-button--secondary" onClick={runCheck} disabled={busy !== null} aria-busy={busy === 'check'}>
                    Check setup<span className="eom-sr"> of {account.name}</span>
                </button>
                <button type="button" className="eom-button eom-button--secondary" onClick={runRefresh} disabled={busy !== null || !account.active} aria-busy={busy === 'refresh'}>
                    Refresh now<span className="eom-sr"> {account.name}</span>
                </button>
                {reauthorize && (
                    <button type="button" className="eom-button eom-button--primary" onClick={() => window.open(reauthorize, '_blank', 'noopener')}>
                        Re-authorize<span className="eom-sr"> {account.name}</span>
                    </button>
                )}
                <a className="eom-link" href={`/${account.links.account}`}>
                    Account form<span className="eom-sr"> of {account.name}</span>
                </a>
                {account.links.provider && (
                    <a className="eom-link" href={`/${account.links.provider}`}>
                        Provider form<span className="eom-sr"> of {account.name}</span>
                    </a>
                )}
            </div>
            {reauthorize && (
                <p className="eom-muted eom-advice">
                    Re-authorize in a private (incognito) window signed in to the provider as <strong>{account.mailbox}</strong>, not with your own
                    session: copy <a href={reauthorize}>this authorization link</a> into a private window where you are signed in to the instance.
                </p>
            )}
            <div aria-live="polite" className="eom-results">
                {result && <p className={`eom-result eom-result--${result.tone}`}>{result.text}</p>}
                {check && <Findings check={check} />}
            </div>
        </div>
    )
}

function Findings({ check }: { check: CheckResult }) {
    const hasErrors = check.findings.some((finding) => finding.severity === 'error')
    return (
        <div className="eom-findings">
            <p className={`eom-result eom-result--${hasErrors ? 'critical' : 'positive'}`}>Setup check: {check.verdict}</p>
            {check.findings.length > 0 && (
                <ul>
                    {check.findings.map((finding, index) => (
                        <li key={`${finding.code}-${index}`} className={`eom-finding eom-finding--${finding.severity}`}>
                            <span className={`eom-badge eom-badge--${finding.severity === 'error' ? 'critical' : finding.severity === 'warning' ? 'warning' : 'info'}`}>
                                {finding.severity === 'error' ? 'Error' : finding.severity === 'warning' ? 'Warning' : 'Note'}
                            </span>{' '}
                            {finding.message} <code>{finding.code}</code>
                        </li>
                    ))}
                </ul>
            )}
        </div>
    )
}

/** Offer mode: "N emails failed during the incident: Re-send", each email sent again once and logged with the admin's name (POST /accounts/{sys_id}/resend). */
export function ResendOffer({ account, pending }: { account: AccountView; pending: number }) {
    const [busy, setBusy] = useState(false)
    const [result, setResult] = useState<{ tone: string; text: string; left: number } | null>(null)
    const resend = () => {
        setBusy(true)
        api.resend(account.sysId).then(
            (answer) => setResult({ tone: 'positive', text: answer.message, left: answer.left }),
            (error: Error) => setResult({ tone: 'critical', text: `Re-send failed: ${error.message}`, left: pending }),
        ).finally(() => setBusy(false))
    }
    const waiting = result === null ? pending : result.left
    return (
        <span className="eom-resend" data-testid="resend-offer">
            {waiting > 0 && (
                <>
                    {' '}
                    {waiting === 1 ? '1 email' : `${waiting} emails`} failed during the incident:{' '}
                    <button type="button" className="eom-button eom-button--primary" onClick={resend} disabled={busy} aria-busy={busy}>
                        Re-send<span className="eom-sr"> the failed emails of {account.name}</span>
                    </button>
                </>
            )}
            {result && <span aria-live="polite" className={`eom-result eom-result--${result.tone}`}> {result.text}</span>}
        </span>
    )
}
