import React from 'react'
import { AccountActions, ResendOffer } from './actions.tsx'
import type { AccountView } from './api.ts'
import { countdown, localizeInstants, relative, when } from './time.ts'

/** One OAuth email account: who it is, its status in colour and word, its tokens' times, its last error, its actions. */
export function AccountCard({ account, now, onAccount, canAct = true }: { account: AccountView; now: number; onAccount: (account: AccountView) => void; canAct?: boolean }) {
    const titleId = `account-${account.sysId}-title`
    return (
        <article className={`eom-card eom-card--${account.tone}`} id={`account-${account.sysId}`} aria-labelledby={titleId} data-status={account.status}>
            <div className="eom-card__who">
                <h2 id={titleId} className="eom-card__title">
                    {account.name}
                </h2>
                <p className="eom-card__mailbox">{account.mailbox}</p>
                <p className="eom-muted">
                    {account.direction === 'inbound' ? 'Inbound' : 'Outbound'} ({account.type.toUpperCase() || 'no type'}) · {account.provider ? account.provider.name : 'no provider'}
                </p>
            </div>
            <p className="eom-card__status">
                <span className={`eom-badge eom-badge--${account.tone}`}>{account.statusWord}</span>
            </p>
            <TimeToFailure account={account} now={now} />
            <dl className="eom-card__facts">
                <div>
                    <dt>Access token</dt>
                    <dd>
                        <time dateTime={account.accessTokenExpiresAt ?? undefined} className="eom-countdown" data-testid="countdown">
                            {countdown(account.accessTokenExpiresAt, now)}
                        </time>
                        {account.accessTokenExpiresAt && <span className="eom-muted"> (until {when(account.accessTokenExpiresAt)})</span>}
                    </dd>
                </div>
                <div>
                    <dt>Refresh token ends</dt>
                    <dd>{when(account.refreshTokenExpiresAt, account.accessTokenExpiresAt ? 'not reported' : 'none')}</dd>
                </div>
                <div>
                    <dt>Last refresh</dt>
                    <dd>{when(account.lastRefreshedAt)}</dd>
                </div>
                <div>
                    <dt>Last checked</dt>
                    <dd>{when(account.lastCheckedAt)}</dd>
                </div>
                <div>
                    <dt>Authorized by</dt>
                    <dd data-testid="identity" className={account.identity ? `eom-text--${account.identity.tone}` : undefined}>
                        {account.appOnly ? 'the app itself (client credentials: no person signs in)' : account.identity ? account.identity.word : 'not checked yet'}
                    </dd>
                </div>
                {account.mailFlow && (
                    <div>
                        <dt>Mail flow</dt>
                        <dd data-testid="mail-flow" className={`eom-text--${account.mailFlow.tone}`}>
                            {account.mailFlow.word}
                            {account.mailFlow.at && <span className="eom-muted"> ({when(account.mailFlow.at)})</span>}
                            {account.mailFlow.detail && <span className="eom-muted">: {account.mailFlow.detail}</span>}
                            {canAct && account.mailFlow.resendPending > 0 && <ResendOffer account={account} pending={account.mailFlow.resendPending} />}
                        </dd>
                    </div>
                )}
            </dl>
            {account.lastError && (
                <div className="eom-card__error">
                    <p>
                        <strong>What to do:</strong> {localizeInstants(account.lastError.summary)} <code>{account.lastError.code}</code>
                    </p>
                    {account.lastError.detail && account.lastError.detail !== account.lastError.summary && (
                        <details>
                            <summary>Details</summary>
                            <p>{localizeInstants(account.lastError.detail)}</p>
                        </details>
                    )}
                </div>
            )}
            <AccountActions account={account} onAccount={onAccount} canAct={canAct} />
        </article>
    )
}

/** When this mailbox stops unless someone acts, why, and the one action that moves it. */
function TimeToFailure({ account, now }: { account: AccountView; now: number }) {
    const ttf = account.timeToFailure
    if (ttf === null) {
        return (
            <p className="eom-card__ttf eom-muted" data-testid="time-to-failure">
                {account.noEnd ?? `Stops: no end known${account.active ? '' : ' (inactive: carries no mail)'}`}
            </p>
        )
    }
    return (
        <p className={`eom-card__ttf${account.stops ? ' eom-card__ttf--soon' : ''}`} data-testid="time-to-failure" data-cause={ttf.cause} data-action={ttf.action}>
            <strong>{Date.parse(ttf.at) > now ? `Stops ${relative(ttf.at, now)}` : `Stopped ${relative(ttf.at, now)}`}</strong>{' '}
            <span className="eom-muted">({when(ttf.at)})</span>: {ttf.causeWords}. <strong>What moves it:</strong> {ttf.actionWords}.
        </p>
    )
}
