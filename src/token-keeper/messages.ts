import { PROPERTY } from '../common/app.ts'
import { CERTIFICATE, SIGNING_KEY } from '../credentials/certificate-names.ts'
import { CODE, type MessageContext } from './model.ts'

/**
 * The sentences written to last_error: what happened, what to do, on which form. One place, so
 * the README's table of codes and the health rows say the same thing.
 */

const AUTHORIZE =
    'click Authorize Email Account Access on the form, in a private browser window signed in as the mailbox itself (not with your own session)'

function account(ctx: MessageContext): string {
    return `email account '${ctx.accountName}'`
}

function provider(ctx: MessageContext): string {
    return ctx.providerName ? `'${ctx.providerName}'` : 'the OAuth provider'
}

export function missingProfileMessage(ctx: MessageContext, dangling: boolean): string {
    const what = dangling ? 'points at an OAuth profile that no longer exists' : 'uses OAuth 2.0 but has no OAuth profile'
    return `The ${account(ctx)} ${what}. Open it (System Mailboxes > Email Accounts), set OAuth Profile to your provider's profile (for example 'Microsoft 365 Email profile'), save, then ${AUTHORIZE}.`
}

export function missingProviderMessage(ctx: MessageContext): string {
    return `The OAuth profile of the ${account(ctx)} has no OAuth provider (Application Registry entry), so no token can be requested. Open the profile (System OAuth > Application Registry, the provider's OAuth Entity Profiles) and set its OAuth Entity, or pick another profile on the email account form.`
}

export function notAuthorizedMessage(ctx: MessageContext): string {
    return `No OAuth token is stored for the ${account(ctx)}: it was never authorized, or its tokens were deleted. Open the email account and ${AUTHORIZE}.`
}

export function noRefreshTokenMessage(ctx: MessageContext): string {
    return `The ${account(ctx)} has an access token but no refresh token, so mail stops when the access token expires. Microsoft 365: add the offline_access scope to the provider and to its OAuth profile (System OAuth > Application Registry). Gmail: set the provider's OAuth API script to OAuthGoogleOfflineAccess (access_type=offline). Then open the email account and ${AUTHORIZE}.`
}

export function invalidGrantMessage(ctx: MessageContext, detail: string): string {
    return `The provider rejected the refresh token of the ${account(ctx)} (${detail}): it expired, was revoked, or the mailbox password changed. Open the email account and ${AUTHORIZE}. The job makes no further token request with the rejected token and resumes by itself once a new token is stored.`
}

export function interactionRequiredMessage(ctx: MessageContext, detail: string): string {
    return `The provider requires the user of the ${account(ctx)} to sign in again (${detail}): multi-factor authentication, a Conditional Access policy or consent now applies, and a refresh token cannot satisfy it. Have the mailbox's user complete the sign-in requirement at the provider, then open the email account and ${AUTHORIZE}. The job makes no further token request with this refresh token and resumes by itself once a new token is stored.`
}
/** Entra's code for a client secret past its expiry date (as opposed to a wrong one, AADSTS7000215). */
const SECRET_EXPIRED = /AADSTS7000222\b/

export function invalidClientMessage(ctx: MessageContext, detail: string): string {
    if (SECRET_EXPIRED.test(detail)) {
        return `The client secret of ${provider(ctx)} has expired (${detail}), so every mailbox of this provider has stopped refreshing. In Microsoft Entra ID > App registrations > your app > Certificates & secrets, create a new client secret and copy its value (not its id); paste it into Client Secret on the Application Registry form of ${provider(ctx)} and save; then record the new expiry date under Email OAuth Manager > Client credentials so you are warned 30 days ahead next time. The job retries by itself once the form is saved.`
    }
    return `The provider rejected the client credentials of ${provider(ctx)} (${detail}): the client secret is wrong or has expired. Create a new client secret at the provider (Microsoft Entra: App registrations > Certificates & secrets; Google Cloud console: Credentials), paste its value into Client Secret on the Application Registry form of ${provider(ctx)}, and check Client ID there. The job retries by itself.`
}

export function unauthorizedClientMessage(ctx: MessageContext, detail: string): string {
    return `The provider does not allow the client of ${provider(ctx)} to refresh tokens (${detail}). Check at the provider that the app registration exists in this tenant and allows the refresh_token grant, and that Client ID on the Application Registry form of ${provider(ctx)} is right. The job retries by itself.`
}

export function providerUnavailableMessage(ctx: MessageContext, detail: string, nextAttempt: string): string {
    return `The token endpoint of ${provider(ctx)} did not answer usefully (${detail}). This is usually temporary: the job retries by itself${nextAttempt ? ` (next attempt at ${nextAttempt} UTC)` : ''}. If it lasts, check Token URL on the Application Registry form and that the instance can reach the provider.`
}

export function unexpectedResponseMessage(ctx: MessageContext, detail: string): string {
    return `The token endpoint of ${provider(ctx)} answered something other than a token (${detail}). Check Token URL on the Application Registry form of ${provider(ctx)}: it must be the provider's OAuth 2.0 token endpoint (Microsoft: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token). The job retries by itself.`
}

export function jobErrorMessage(ctx: MessageContext, detail: string): string {
    return `The refresh job failed on the ${account(ctx)} (${detail}). It retries on the next runs; if this lasts, read the job's log lines (System Logs, source x_mail_oauth) and check that the job's run-as user can read OAuth credentials (KB0859525).`
}

/** Why a run could not reach an account in time: the setting or the provider latency to fix. */
export function capacityCause(stop: 'cap' | 'budget' | 'provider_latency', figures: { cap: number; budgetSeconds: number; requestMs: number; workers: number; providerName: string; slowestMs: number }): string {
    if (stop === 'cap') return `${PROPERTY.maxRefreshesPerRun.name} (${figures.cap}) stopped the run first: raise it, or set it to 0 (no cap) unless the provider throttles`
    if (stop === 'provider_latency') {
        return `one token request to '${figures.providerName}' took ${Math.round(figures.slowestMs / 1000)} s in this run, so no further request to it fit in ${PROPERTY.runBudgetSeconds.name} (${figures.budgetSeconds} s): check the provider's status and that the instance reaches its Token URL quickly`
    }
    return `the due refreshes did not fit in ${PROPERTY.runBudgetSeconds.name} (${figures.budgetSeconds} s) at ${Math.round(figures.requestMs)} ms per token request with ${figures.workers} workers: raise ${PROPERTY.refreshWorkers.name} (and the job count of the event queue x_mail_oauth.refresh), or find why the provider answers slowly`
}

export function atRiskMessage(ctx: MessageContext, cause: string): string {
    return `The refresh job could not reach the ${account(ctx)} before its access token runs out: ${cause}. Mail on this account fails once the token has expired; the job tries again on every run and says OK once it has refreshed it.`
}

export function capacityLogMessage(count: number, cause: string): string {
    return `Email OAuth Manager: ${count} email accounts are at risk (status at_risk): ${cause}.`
}

export function disabledMessage(): string {
    return `Email OAuth Manager: the refresh job is disabled by the property ${PROPERTY.enabled.name}; no token was checked or refreshed. Set it to true to resume.`
}

/** The message for a code that needs no provider detail. */
export function blockedMessage(code: string, ctx: MessageContext): string {
    switch (code) {
        case CODE.missingProfile:
            return missingProfileMessage(ctx, false)
        case CODE.missingProvider:
            return missingProviderMessage(ctx)
        case CODE.noRefreshToken:
            return noRefreshTokenMessage(ctx)
        case CODE.invalidGrant:
            return invalidGrantMessage(ctx, 'invalid_grant')
        case CODE.interactionRequired:
            return interactionRequiredMessage(ctx, 'interaction_required')
        default:
            return notAuthorizedMessage(ctx)
    }
}

/** The fix of each failed certificate sign-in, by its code: refused by Entra, or stopped on the instance before it was sent. */
export function assertionRefusedMessage(code: string, ctx: MessageContext, detail: string): string {
    const where = `the JWT provider that the profiles of ${provider(ctx)} name (System OAuth > JWT Provider)`
    switch (code) {
        case CODE.certificateNotRegistered:
            return `Microsoft Entra does not know the certificate that signed the client assertion of ${provider(ctx)} (${detail}). Upload its public part (.cer or .pem) to the app registration: Entra ID > App registrations > your app > Certificates & secrets > Certificates > Upload certificate; check that the Java Key Store on the instance (x509 Certificate form) holds that certificate's private key, and that the thumbprint in the OAuth API script is this certificate's. The job retries by itself.`
        case CODE.certificateExpired:
            return `Microsoft Entra knows the certificate that signed the client assertion of ${provider(ctx)}, but it has expired (${detail}): every app-only mailbox of this provider has stopped. Renew it: make a new key and certificate, upload the new public part (.cer or .pem) to the app registration (Entra ID > App registrations > your app > Certificates & secrets > Certificates > Upload certificate), and attach the new .jks on the ${CERTIFICATE.form} with its Key store password (or prepare the new certificate beside it and use the certificate switch). The job retries by itself once the new certificate is in place.`
        case CODE.certificateStorePassword:
            return `The instance could not open the Java Key Store of ${provider(ctx)} (${detail}), so no token was requested: the Key store password on the ${CERTIFICATE.form} is not the store's password (or the attachment is not that .jks). Retype the Key store password on the x509 Certificate record the JWT signing key names, then run Check OAuth setup on the account. The job retries by itself.`
        case CODE.certificateKeyPassword:
            return `The instance opened the Java Key Store of ${provider(ctx)} but could not unlock its private key (${detail}), so no token was requested: the Signing Key Password on the ${SIGNING_KEY.form} is not the key's password (often the same as the store's). Retype the Signing Key Password on the JWT Keys record that the JWT provider of ${provider(ctx)} names, then run Check OAuth setup on the account. The job retries by itself.`
        case CODE.assertionTimeRange:
            return `Microsoft Entra refused the client assertion of ${provider(ctx)} as outside its valid time (${detail}): the instance's clock is off, or Expiry Interval (sec) on ${where} is not a few minutes (300 is usual), or the certificate is not valid yet. Set Expiry Interval to 300; if it persists, ask ServiceNow support about the instance's time. The job retries by itself.`
        case CODE.assertionAudience:
            return `Microsoft Entra refused the client assertion of ${provider(ctx)}: its aud claim is not the tenant's token endpoint (${detail}). On ${where}, set the aud claim to the Token URL of ${provider(ctx)} (https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/token). The job retries by itself.`
        default:
            return `Microsoft Entra refused the client assertion of ${provider(ctx)}: its iss or sub claim is not the application (client) id (${detail}). On ${where}, set both iss and sub to Client ID of ${provider(ctx)}. The job retries by itself.`
    }
}
