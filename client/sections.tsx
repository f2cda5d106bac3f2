import React from 'react'
import type { BasicAccountView, CredentialView } from './api.ts'

function days(left: number | null): string {
    if (left === null) return 'unreadable date'
    if (left < 0) return `expired ${-left} day${left === -1 ? '' : 's'} ago`
    if (left === 0) return 'today'
    return `in ${left} day${left === 1 ? '' : 's'}`
}

/** Client credentials: each recorded secret or certificate, when it expires, and the mailboxes it stops. */
export function CredentialsSection({ credentials }: { credentials: CredentialView[] }) {
    return (
        <section className="eom-section" aria-labelledby="eom-credentials-title">
            <h2 id="eom-credentials-title">Client credentials</h2>
            {credentials.length === 0 ? (
                <p className="eom-muted">
                    No client secret or certificate end date is known. A certificate provider&apos;s date is read from its certificate record every hour, and a client secret&apos;s from Entra where the app may read its registration; for any other, record it under Email OAuth Manager &gt; Client credentials, so its mailboxes are warned about 30 days ahead.
                </p>
            ) : (
                <table className="eom-table">
                    <thead>
                        <tr>
                            <th scope="col">Provider</th>
                            <th scope="col">Kind</th>
                            <th scope="col">Expires</th>
                            <th scope="col">Date from</th>
                            <th scope="col">Mailboxes it stops</th>
                        </tr>
                    </thead>
                    <tbody>
                        {credentials.map((row) => (
                            <tr key={row.sysId} data-testid="credential-row">
                                <td>
                                    <a href={`/${row.link}`}>{row.provider.name}</a>
                                </td>
                                <td>{row.kind === 'certificate' ? 'Certificate' : 'Client secret'}</td>
                                <td>
                                    {row.expires} ({days(row.daysLeft)})
                                    {row.overriddenBy && <span className="eom-muted"> · another row of this provider expires earlier and counts: untick Active on the retired one</span>}
                                    {row.outlived && <span className="eom-muted"> · tokens were issued with this provider after this date, so it is not the secret in use and does not count: untick Active on it, or correct the date</span>}
                                </td>
                                <td data-testid="credential-source">
                                    {row.sourceLabel}
                                    <div className="eom-muted">To renew: {row.renewWords}</div>
                                </td>
                                <td>
                                    {row.mailboxCount === 0
                                        ? 'none: no active mailbox uses this provider'
                                        : `${row.mailboxCount}: ${row.mailboxes.slice(0, 10).join(', ')}${row.mailboxCount > 10 ? ` and ${row.mailboxCount - 10} more` : ''}`}
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
        </section>
    )
}

/** Accounts still signing in with a password: the cut-off, the days left, and the next step of the switch. */
export function BasicAuthSection({ basicAuth }: { basicAuth: { total: number; accounts: BasicAccountView[] } }) {
    if (basicAuth.total === 0) return null
    return (
        <section className="eom-section" aria-labelledby="eom-basic-title">
            <h2 id="eom-basic-title">
                {basicAuth.total === 1 ? '1 account signs in with a password' : `${basicAuth.total} accounts sign in with a password`} (Basic authentication)
            </h2>
            <table className="eom-table">
                <thead>
                    <tr>
                        <th scope="col">Account</th>
                        <th scope="col">Stops</th>
                        <th scope="col">Next step</th>
                    </tr>
                </thead>
                <tbody>
                    {basicAuth.accounts.map((account) => (
                        <tr key={account.sysId} data-testid="basic-row" data-action={account.action}>
                            <td>
                                {account.name} <span className="eom-muted">({account.mailbox})</span>
                            </td>
                            <td>
                                {account.stopsWords}
                            </td>
                            <td>
                                <a className="eom-button eom-button--primary" href={`/${account.link}`}>
                                    {account.action === 'prepare_oauth_switch' ? 'Prepare OAuth switch' : 'Switch to OAuth'}
                                    <span className="eom-sr"> for {account.name}</span>
                                </a>{' '}
                                <span className="eom-muted">{account.actionWord} (the button is on the Email Account form).</span>
                            </td>
                        </tr>
                    ))}
                </tbody>
            </table>
            {basicAuth.total > basicAuth.accounts.length && <p className="eom-muted">And {basicAuth.total - basicAuth.accounts.length} more: Email OAuth Manager &gt; Accounts on Basic auth lists them all.</p>}
        </section>
    )
}
