/**
 * Pure: a provider's error → what went wrong, what to change and where (the Entra or Google console
 * setting, the ServiceNow form field, or the flag of this command). The same code can mean different
 * things at different steps (invalid_grant at the code exchange vs at a refresh), so the stage is
 * part of the input.
 */
import { CLIENT_SECRET_ENV } from './settings.ts'
import type { Failure, FailureStage, ProviderChoice } from './types.ts'

export interface TranslationContext {
    readonly stage: FailureStage
    readonly provider: ProviderChoice
    /** The loopback redirect URI this run used (or would use). */
    readonly redirectUri?: string
    /** The instance's oauth_redirect.do URL, or its template when --instance was not given. */
    readonly serviceNowRedirectUrl: string
}

export interface Advice {
    /** What the provider said, in words: one line. */
    readonly summary: string
    /** What to change, and where. */
    readonly fix: string
}

const ENTRA_APP = 'Entra admin center > App registrations > your app'
const GOOGLE_CREDENTIALS = 'Google Cloud console > APIs & Services > Credentials > your OAuth client'
const GOOGLE_CONSENT = 'Google Cloud console > APIs & Services > OAuth consent screen'
const SN_REGISTRY = 'ServiceNow Application Registry (the OAuth provider record)'
const SN_PROFILE_SCOPES = 'the ServiceNow OAuth profile\'s scopes (each scope its own OAuth Entity Scope entry, linked to the profile)'
const REAUTHORIZE = 'ServiceNow: open the email account and click "Authorize Email Account Access", signed in as the mailbox'

const ENTRA_CERTIFICATES = `${ENTRA_APP} > Certificates & secrets > Certificates`
const JWT_PROVIDER = 'the JWT provider of the ServiceNow profile (System OAuth > JWT Providers > Standard Claims)'

/**
 * Entra's answers to a client assertion signed with a certificate. Codes and wording as Entra sends
 * them (Azure SDK troubleshooting guides; the 700027 reasons as reported by users): 700027 has a
 * reason in brackets that tells an unknown certificate from an expired one.
 */
function assertionAdvice(code: string, description: string): Advice | undefined {
    const thumbprint = /Thumbprint of key used by client: '([0-9A-Fa-f]+)'/.exec(description)?.[1]
    const which = thumbprint ? ` (thumbprint ${thumbprint.toUpperCase()})` : ''
    switch (code) {
        case '700027':
            if (/key used is expired/i.test(description)) {
                return {
                    summary: `AADSTS700027: Entra holds this certificate${which} but it has expired`,
                    fix: `make a new key and certificate, upload the certificate under ${ENTRA_CERTIFICATES}, and put the new JKS on the instance's certificate record (the JWT signing key points at it)`,
                }
            }
            if (/key was not found|not registered/i.test(description)) {
                return {
                    summary: `AADSTS700027: the app registration does not know this certificate${which}`,
                    fix: `${ENTRA_CERTIFICATES} > Upload certificate: upload the public certificate (keytool -exportcert -rfc -alias <alias> -keystore <file>.jks, a .cer/.pem, never the key); its thumbprint must read as above; check --client-id is this app`,
                }
            }
            return {
                summary: `AADSTS700027: the client assertion's signature was refused${which}`,
                fix: `sign with the key of the certificate uploaded under ${ENTRA_CERTIFICATES}`,
            }
        case '50013':
            return {
                summary: `AADSTS50013: Entra knows the certificate${which}, but the signature does not verify with it`,
                fix: `the key that signed is not the key of that certificate: the JKS entry must hold the key and the very certificate uploaded under ${ENTRA_CERTIFICATES}`,
            }
        case '700024':
            return {
                summary: 'AADSTS700024: the client assertion is not within its valid time range (a clock is off)',
                fix: 'set the clock of the computer that signs (this one: timedatectl / w32tm /resync; on the instance the platform clock) to the right time; assertions are valid from their signing for 10 minutes',
            }
        case '700021':
            return {
                summary: 'AADSTS700021: the client assertion\'s issuer/subject is not the client ID',
                fix: `set the iss and sub claims of ${JWT_PROVIDER} to the Application (client) ID, the same value as the Client ID of the ${SN_REGISTRY}`,
            }
        case '700023':
            return {
                summary: 'AADSTS700023: the client assertion\'s audience is not this tenant\'s token endpoint',
                fix: `set the aud claim of ${JWT_PROVIDER} to the Token URL of the ${SN_REGISTRY} (https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token)`,
            }
        case '50027':
            return {
                summary: 'AADSTS50027: the client assertion is malformed or names no certificate thumbprint',
                fix: 'the JWT signing key must sign with the certificate\'s key and send its thumbprint (x5t); check the JWT key and JWT provider records',
            }
        default:
            return undefined
    }
}

/** AADSTS codes admins meet when connecting a mailbox; anything else is shown as Entra says it. */
function entraAdvice(code: string, description: string, context: TranslationContext): Advice | undefined {
    const assertion = assertionAdvice(code, description)
    if (assertion) return assertion
    switch (code) {
        case '90002':
        case '90072':
            return {
                summary: `AADSTS${code}: the tenant was not found`,
                fix: `use the Directory (tenant) ID from ${ENTRA_APP} > Overview in --tenant and in the Authorization URL and Token URL of the ${SN_REGISTRY}`,
            }
        case '50011':
            return {
                summary: 'AADSTS50011: the redirect URI is not registered for this app',
                fix: `${ENTRA_APP} > Authentication > Redirect URIs: add ${redirectsToRegister(context)}; the "Redirect URL" field of the ${SN_REGISTRY} must be empty (the instance then generates https://<instance>.service-now.com/oauth_redirect.do) or exactly the registered value`,
            }
        case '65001':
            return {
                summary: 'AADSTS65001: nobody consented to the requested permissions',
                fix: `${ENTRA_APP} > API permissions: add Office 365 Exchange Online > Delegated > IMAP.AccessAsUser.All (and SMTP.Send), Microsoft Graph > offline_access and openid, then click "Grant admin consent"`,
            }
        case '70011':
            return {
                summary: 'AADSTS70011: a requested scope is not valid',
                fix: `use full Outlook scope URIs (https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/SMTP.Send) plus openid and offline_access, in --scopes and in ${SN_PROFILE_SCOPES}`,
            }
        case '1002012':
            return {
                summary: 'AADSTS1002012: client credentials need a scope of the form <resource>/.default',
                fix: `request https://graph.microsoft.com/.default (Graph accounts) or https://outlook.office365.com/.default (SMTP.SendAsApp), each in its own ServiceNow profile, in ${SN_PROFILE_SCOPES}`,
            }
        case '500011':
            return {
                summary: 'AADSTS500011: the resource of the scope is not in this tenant',
                fix: `check the .default scope's resource (https://graph.microsoft.com or https://outlook.office365.com) in ${SN_PROFILE_SCOPES}, and that Exchange Online is licensed in the tenant`,
            }
        case '7000222':
            return {
                summary: 'AADSTS7000222: the client secret has expired',
                fix: `${ENTRA_APP} > Certificates & secrets: create a new client secret, and paste its Value (not its Secret ID) into the "Client Secret" field of the ${SN_REGISTRY}`,
            }
        case '7000215':
            return {
                summary: 'AADSTS7000215: the client secret is wrong',
                fix: `copy the secret's Value (not its Secret ID) from ${ENTRA_APP} > Certificates & secrets into the "Client Secret" field of the ${SN_REGISTRY}`,
            }
        case '700016':
            return {
                summary: 'AADSTS700016: no app with this client ID in this tenant',
                fix: `use the Application (client) ID from ${ENTRA_APP} > Overview, in --client-id and the "Client ID" field of the ${SN_REGISTRY}; check --tenant is the app's own tenant`,
            }
        case '700082':
            return {
                summary: 'AADSTS700082: the refresh token expired after 90 days without use',
                fix: `authorize again: ${REAUTHORIZE}`,
            }
        case '50173':
            return {
                summary: 'AADSTS50173: the grant was revoked (password reset or an admin revoked sessions)',
                fix: `authorize again: ${REAUTHORIZE}`,
            }
        case '7000218':
            return {
                summary: 'AADSTS7000218: the app needs a client secret for this request',
                fix: `for --device-code turn on ${ENTRA_APP} > Authentication > "Allow public client flows", or give the client secret (${CLIENT_SECRET_ENV})`,
            }
        default:
            return undefined
    }
}

/** OAuth error codes (RFC 6749 and the ones Google adds). */
function oauthAdvice(error: string, description: string | undefined, context: TranslationContext): Advice {
    const said = description ? `${error}: ${description}` : error
    const google = context.provider === 'google'
    const consoleClient = google ? GOOGLE_CREDENTIALS : context.provider === 'microsoft' ? `${ENTRA_APP}` : 'your provider\'s client settings'
    switch (error) {
        case 'redirect_uri_mismatch':
        case 'invalid_redirect_uri':
            return {
                summary: `${said} (the redirect URI is not registered for this client)`,
                fix: google
                    ? `${GOOGLE_CREDENTIALS} > Authorized redirect URIs: add ${redirectsToRegister(context)} exactly (scheme, host, port and path)`
                    : `register ${redirectsToRegister(context)} as redirect URIs in ${consoleClient}; the "Redirect URL" field of the ${SN_REGISTRY} must be empty (the instance then generates https://<instance>.service-now.com/oauth_redirect.do) or exactly the registered value`,
            }
        case 'invalid_client':
        case 'unauthorized_client':
            if (context.stage === 'device' || (error === 'unauthorized_client' && context.stage !== 'token' && context.stage !== 'refresh')) {
                return {
                    summary: `${said} (this client may not use this grant)`,
                    fix:
                        context.provider === 'microsoft'
                            ? `${ENTRA_APP} > Authentication: turn on "Allow public client flows" for --device-code; otherwise run without --device-code`
                            : `allow the grant for this client in ${consoleClient}, or run without --device-code`,
                }
            }
            return {
                summary: `${said} (the client ID or client secret is wrong, or the secret expired)`,
                fix: `copy the client ID and a current secret from ${consoleClient} into --client-id / ${CLIENT_SECRET_ENV} and into the "Client ID" and "Client Secret" fields of the ${SN_REGISTRY}; check --client-auth matches "Send Credentials"`,
            }
        case 'invalid_grant':
            if (context.stage === 'refresh') {
                return {
                    summary: `${said} (the refresh token was refused: expired, revoked, or the password changed)`,
                    fix: google
                        ? `authorize again (${REAUTHORIZE}); if this keeps happening after 7 days, publish the app: ${GOOGLE_CONSENT} > Publishing status "In production"`
                        : `authorize again: ${REAUTHORIZE}`,
                }
            }
            return {
                summary: `${said} (the authorization code was refused: expired, used twice, or issued for another redirect URI)`,
                fix: 'run the command again and finish the sign-in within a few minutes; use the same --redirect-uri that is registered',
            }
        case 'invalid_scope':
            return {
                summary: `${said} (a requested scope is unknown or not allowed for this client)`,
                fix: google
                    ? `request https://mail.google.com/ and add it under ${GOOGLE_CONSENT} > Scopes; the same value goes in ${SN_PROFILE_SCOPES}`
                    : `fix --scopes and ${SN_PROFILE_SCOPES}, and allow the scopes for the client at the provider`,
            }
        case 'access_denied':
            return {
                summary: `${said} (the sign-in was declined or the user may not use this app)`,
                fix: google
                    ? `sign in as the mailbox and click Allow; while the app is in Testing, add the mailbox under ${GOOGLE_CONSENT} > Test users`
                    : 'sign in as the mailbox itself (an incognito window avoids your own SSO session) and accept the consent screen',
            }
        case 'org_internal':
            return {
                summary: `${said} (the app is limited to its own Google Workspace organization)`,
                fix: `sign in with a mailbox of that organization, or set ${GOOGLE_CONSENT} > User type to External`,
            }
        case 'admin_policy_enforced':
            return {
                summary: `${said} (a Google Workspace admin blocks this app)`,
                fix: 'Google Admin console > Security > Access and data control > API controls: trust this OAuth client ID',
            }
        case 'disabled_client':
        case 'deleted_client':
            return {
                summary: `${said} (the OAuth client is disabled or deleted)`,
                fix: `create or re-enable the OAuth client in ${GOOGLE_CREDENTIALS}, then update the "Client ID" and "Client Secret" of the ${SN_REGISTRY}`,
            }
        case 'consent_required':
        case 'interaction_required':
        case 'login_required':
            return {
                summary: `${said} (the user has to sign in or consent)`,
                fix: 'run again without --no-browser and finish the sign-in and consent as the mailbox',
            }
        case 'expired_token':
            return {
                summary: `${said} (the device code expired before anyone approved it)`,
                fix: 'run again and enter the code within the time shown',
            }
        case 'temporarily_unavailable':
        case 'server_error':
            return { summary: `${said} (the provider had a passing problem)`, fix: 'run again in a few minutes' }
        default:
            return { summary: said, fix: 'look the error up in the provider\'s documentation; check the client ID, secret, scopes and redirect URI' }
    }
}

export function translateFailure(failure: Failure, context: TranslationContext): Advice {
    switch (failure.kind) {
        case 'oauth': {
            const entraCode = /AADSTS(\d+)/.exec(`${failure.error} ${failure.description ?? ''}`)?.[1]
            const entra = entraCode === undefined ? undefined : entraAdvice(entraCode, failure.description ?? '', context)
            if (entra) {
                return entra
            }
            return oauthAdvice(failure.error, firstSentence(failure.description), context)
        }
        case 'unreachable':
            return {
                summary: `cannot reach ${failure.url} (${failure.reason})`,
                fix: `check ${endpointField(context.stage)} and that this computer can reach it (proxy, firewall, VPN)`,
            }
        case 'timeout':
            return {
                summary: `no answer from ${failure.url} within ${failure.seconds} s`,
                fix: `check ${endpointField(context.stage)} and the network, or allow longer with --request-timeout`,
            }
        case 'http': {
            const summary = `${failure.url} answered HTTP ${failure.status}`
            return failure.status >= 500 || failure.status === 429
                ? { summary: `${summary} (the provider is down or busy)`, fix: 'run again in a few minutes; if it persists, check the provider\'s service status' }
                : { summary, fix: `check ${endpointField(context.stage)}: it must be the provider's OAuth endpoint` }
        }
        case 'protocol':
            return {
                summary: failure.message,
                fix: 'check the endpoints and --issuer; the answer did not follow OAuth 2.0',
            }
        case 'mail-auth':
            return mailAuthAdvice(failure.response, context)
        case 'graph':
            return graphAdvice(failure)
        case 'mail-other':
            return {
                summary: failure.message,
                fix: `check the ${context.stage === 'smtp' ? '--smtp' : '--imap'} host and port, and the "Server" and "Port" fields of the ServiceNow email account`,
            }
    }
}

/** Graph's answers to GET /users/{mailbox}/mailFolders/inbox with an app token. */
function graphAdvice(failure: Extract<Failure, { kind: 'graph' }>): Advice {
    const said = `Graph answered HTTP ${failure.status}${failure.code ? ` ${failure.code}` : ''}${failure.message ? `: ${firstSentence(failure.message)}` : ''}`
    if (failure.status === 401) {
        return { summary: said, fix: 'the token is not for Microsoft Graph: the Graph profile must request exactly https://graph.microsoft.com/.default (one profile per resource)' }
    }
    if (failure.status === 403) {
        return {
            summary: said,
            fix: `${ENTRA_APP} > API permissions: add Microsoft Graph > Application permissions > Mail.ReadWrite (and Mail.Send to send), click "Grant admin consent"; if an Exchange application access policy limits the app, add the mailbox to its group`,
        }
    }
    if (failure.status === 404) {
        return { summary: said, fix: 'no such mailbox in this tenant: check --login-hint and the "Inbox email address" of the ServiceNow Graph account' }
    }
    return { summary: said, fix: 'run again; if it persists, check --graph-url and Microsoft 365 service health' }
}

function mailAuthAdvice(response: string, context: TranslationContext): Advice {
    const smtp = context.stage === 'smtp'
    const server = smtp ? 'SMTP server' : 'IMAP server'
    const said = response ? `: ${response}` : ''
    if (context.provider === 'microsoft') {
        return {
            summary: `the ${server} refused the token${said}`,
            fix: smtp
                ? 'turn on Authenticated SMTP for the mailbox (Exchange admin center > the mailbox > Manage email apps > Authenticated SMTP; KB1648902), and request https://outlook.office.com/SMTP.Send without Graph scopes'
                : 'check --login-hint is the mailbox that signed in, IMAP is on for it (Exchange admin center > the mailbox > Manage email apps > IMAP), and no Graph scope is mixed into the scopes',
        }
    }
    if (context.provider === 'google') {
        return {
            summary: `the ${server} refused the token${said}`,
            fix: 'check --login-hint is the Gmail address that signed in, the scope is https://mail.google.com/, and IMAP is allowed for the account (Gmail settings, or the Workspace admin console)',
        }
    }
    return {
        summary: `the ${server} refused the token${said}`,
        fix: `check --login-hint is the mailbox that signed in, and that the ${server} accepts tokens from this provider for the requested scopes`,
    }
}

function redirectsToRegister(context: TranslationContext): string {
    const redirects = [context.redirectUri, context.serviceNowRedirectUrl].filter((uri): uri is string => Boolean(uri))
    return redirects.join(' (for this command) and ')
}

function endpointField(stage: FailureStage): string {
    switch (stage) {
        case 'issuer':
        case 'authorize':
        case 'sign-in':
            return `--auth-url / --tenant and the "Authorization URL" field of the ${SN_REGISTRY}`
        case 'device':
            return '--device-url / --tenant'
        case 'imap':
            return '--imap and the "Server" and "Port" fields of the IMAP email account'
        case 'smtp':
            return '--smtp and the "Server" and "Port" fields of the SMTP email account'
        default:
            return `--token-url / --tenant and the "Token URL" field of the ${SN_REGISTRY}`
    }
}

/** Entra appends trace and correlation IDs on new lines; the first sentence carries the meaning. */
function firstSentence(description: string | undefined): string | undefined {
    return description?.split(/\r?\n/)[0].trim() || undefined
}
