/**
 * What the platform records about a failed outbound email (sys_email.error_string: "the error string
 * captured from the email server to determine why the email was not sent", ServiceNow docs
 * r_EmailLogs) classified into stable codes, each with the fix an admin can act on.
 *
 * Pure. `authentication` says whether the failure comes from the sending account's sign-in or its
 * right to send: only those are re-sent after the account's incident ends (resend.ts). A refused
 * recipient is never an authentication failure and is never re-sent. "Some email servers do not
 * return error strings" (ServiceNow docs, troubleshooting-notification-emails): an empty string is
 * `mail_error_unknown`, never treated as authentication.
 */

export const MAIL_CODE = {
    /**
     * Microsoft: "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the
     * Tenant / for the Mailbox". Source: Microsoft Learn, "Enable or disable authenticated client SMTP
     * submission (SMTP AUTH) in Exchange Online" (Set-CASMailbox -SmtpClientAuthenticationDisabled).
     */
    smtpAuthDisabled: 'smtp_auth_disabled',
    /**
     * Microsoft: other "535 5.7.139" texts: security defaults or a Conditional Access policy block the
     * sign-in ("user is locked by security defaults", "the request did not meet the criteria").
     * Source: Microsoft Learn, "Authenticated client SMTP submission" troubleshooting.
     */
    smtpAuthBlockedByPolicy: 'smtp_auth_blocked_by_policy',
    /**
     * Microsoft: "535 5.7.3 Authentication unsuccessful": the token was refused (wrong identity, the
     * SMTP.Send permission missing, or the token expired). Source: Microsoft Learn, Exchange Online
     * SMTP AUTH troubleshooting; ServiceNow KB1648902.
     */
    smtpAuthRejected: 'smtp_auth_rejected',
    /**
     * Microsoft: "530 5.7.57 Client not authenticated to send mail" (Exchange Online NDR 5.7.57): the
     * client sent mail without a successful sign-in. Source: Microsoft Learn, "Fix NDR error 5.7.57".
     */
    smtpNotAuthenticated: 'smtp_not_authenticated',
    /**
     * Microsoft: "550 5.7.60 SMTP; Client does not have permissions to send as this sender": the
     * account's From address is not the mailbox that authorized and it has no Send As permission.
     * Source: Microsoft Learn, "Fix error code 5.7.60 in Exchange Online".
     */
    sendAsDenied: 'send_as_denied',
    /**
     * Google: "535 5.7.8 Username and Password not accepted" (BadCredentials): the token or the account
     * was refused. Source: Google Workspace Admin Help, "SMTP errors and codes" (answer 3726730).
     */
    googleBadCredentials: 'google_bad_credentials',
    /**
     * Google: "534 5.7.9 Application-specific password required" and "534 5.7.14 Please log in with
     * your web browser": Google wants an interactive sign-in (or refuses the app). Source: Google
     * Workspace Admin Help, "SMTP errors and codes".
     */
    googleSignInRequired: 'google_sign_in_required',
    /**
     * Google: "530 5.7.0 Authentication Required": mail was sent without signing in. Source: Google
     * Workspace Admin Help, "SMTP errors and codes".
     */
    googleAuthRequired: 'google_auth_required',
    /**
     * "550 5.1.1" (Microsoft: "RESOLVER.ADR.RecipNotFound"; Google: "The email account that you tried to
     * reach does not exist"): a recipient address that does not exist. Not an account problem and never
     * re-sent. Sources: Microsoft Learn, "Fix NDR error 550 5.1.1 through 5.1.20"; Google "SMTP errors and codes".
     */
    recipientRejected: 'recipient_rejected',
    /**
     * Microsoft, once Basic authentication for SMTP is off for the tenant (disabled by default from the
     * end of December 2026, Exchange Team blog 2026-01-27): "550 5.7.30 Basic authentication is not
     * supported for Client Submission". An authentication failure: the emails it made fail are re-sent
     * once the account sends with OAuth 2.0 (the same account switched, or another one activated).
     */
    basicAuthNotSupported: 'smtp_basic_auth_not_supported',
    /**
     * Not a failure: the platform is retrying the email itself (type send-retry-backoff for a 4xx
     * answer, send-retry-delayed for an address-validation error; ServiceNow docs, Troubleshooting
     * notification emails). The outbound leg is slow or throttled, mail is not lost (yet).
     */
    sendRetrying: 'mail_send_retrying',
    /**
     * A Microsoft Graph (Send) account (Australia and later) was refused: the error names an HTTP 401 or
     * 403 or Graph's token and permission errors (InvalidAuthenticationToken, ErrorAccessDenied,
     * "Access is denied"). No SMTP code applies to a Graph account. UNCONFIRMED: the exact text the
     * platform stores in error_string for a Graph send failure (listed for the instance probe).
     */
    graphSendRefused: 'graph_send_refused',
    /** Any other text: shown as the platform wrote it, with no fix guessed. */
    unknown: 'mail_error_unknown',
} as const

export type MailCode = (typeof MAIL_CODE)[keyof typeof MAIL_CODE]

export interface MailErrorClass {
    code: MailCode
    /** The failure comes from the sending account's sign-in or its right to send: re-sent after its incident. */
    authentication: boolean
    /** What it means and what to change, for the health row, the setup check and the alerts. */
    fix: string
}

const MAILBOX_SMTP_AUTH_FIX =
    'SMTP AUTH is switched off for the sending mailbox or its tenant. In the Microsoft 365 admin center open Users > Active users > the mailbox > Mail > Manage email apps and tick Authenticated SMTP, ' +
    'or in Exchange Online PowerShell run Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false; when the answer says "for the Tenant", untick "Turn off SMTP AUTH protocol for your organization" in the Exchange admin center > Settings > Mail flow.'

export const BASIC_AUTH_FIX =
    'Exchange Online no longer accepts Basic authentication (user name and password) for SMTP from this tenant. Move the outbound account to OAuth 2.0: Email OAuth Manager > Accounts on Basic auth, Prepare OAuth switch on the account, authorize the twin as the mailbox, then Switch to OAuth. The emails that failed for this are sent again, once each, as soon as mail leaves through the OAuth account.'

const CLASSES: readonly { test: RegExp; code: MailCode; authentication: boolean; fix: string }[] = [
    {
        // Before 5.7.3: "5.7.30" must not be read as 5.7.3 (the \b after the 3 already keeps them apart).
        test: /5\.7\.30\b|Basic authentication is not supported/i,
        code: MAIL_CODE.basicAuthNotSupported,
        authentication: true,
        fix: BASIC_AUTH_FIX,
    },
    {
        test: /5\.7\.139[\s\S]*SmtpClientAuthentication is disabled/i,
        code: MAIL_CODE.smtpAuthDisabled,
        authentication: true,
        fix: MAILBOX_SMTP_AUTH_FIX,
    },
    {
        test: /5\.7\.139/,
        code: MAIL_CODE.smtpAuthBlockedByPolicy,
        authentication: true,
        fix: 'Microsoft refused the sign-in by policy (security defaults or a Conditional Access policy). In Entra ID, exclude the sending mailbox from the blocking policy, or turn off security defaults if the tenant relies on them, then authorize the account again.',
    },
    {
        test: /5\.7\.3\b/,
        code: MAIL_CODE.smtpAuthRejected,
        authentication: true,
        fix: "Exchange Online refused the account's token. Check that the account was authorized as the sending mailbox itself (Email OAuth Manager > Token health, Authorized identity) and that the token carries https://outlook.office.com/SMTP.Send; authorize the account again in a private browser window signed in as the mailbox.",
    },
    {
        test: /5\.7\.57\b/,
        code: MAIL_CODE.smtpNotAuthenticated,
        authentication: true,
        fix: 'The instance sent without a successful sign-in. On the outbound email account form check that Authentication is OAuth 2.0 with the right OAuth profile and that the account holds a token (Authorize Email Account Access).',
    },
    {
        test: /5\.7\.60\b/,
        code: MAIL_CODE.sendAsDenied,
        authentication: true,
        fix: "The account may not send as its From address. Set the account's From to the mailbox that authorized it, or give that mailbox Send As on the From address (Exchange admin center > Recipients > the From mailbox > Delegation > Send as).",
    },
    {
        test: /5\.7\.8\b|BadCredentials/i,
        code: MAIL_CODE.googleBadCredentials,
        authentication: true,
        fix: "Google refused the account's token. Authorize the account again in a private browser window signed in as the mailbox, and check that the profile asks for https://mail.google.com/.",
    },
    {
        test: /5\.7\.(9|14)\b/,
        code: MAIL_CODE.googleSignInRequired,
        authentication: true,
        fix: 'Google wants the mailbox user to sign in interactively before it accepts the token. Sign in to Gmail as the mailbox once, clear any security prompt, then authorize the account again.',
    },
    {
        test: /\b530[ -]5\.7\.0\b/,
        code: MAIL_CODE.googleAuthRequired,
        authentication: true,
        fix: 'The server received mail without a sign-in. On the outbound email account form check that Authentication is OAuth 2.0 and that the account holds a token (Authorize Email Account Access).',
    },
    {
        test: /5\.1\.1\b|RecipNotFound|does not exist/i,
        code: MAIL_CODE.recipientRejected,
        authentication: false,
        fix: 'A recipient address does not exist. Correct the address on the user or the notification that produced the email; the app never re-sends it.',
    },
]

/** Graph (Send) refusals: an HTTP 401/403 or Graph's token and permission errors. */
const GRAPH_REFUSED = /\b40[13]\b|InvalidAuthenticationToken|ErrorAccessDenied|Access is denied|Unauthorized|Forbidden/i

const GRAPH_FIX =
    "Microsoft Graph refused to send for the outbound Microsoft Graph (Send) account. Check in Entra ID that the app registration has the application permission Mail.Send with admin consent and that an Exchange application access policy (if any) includes the sending mailbox; run Check OAuth setup on the account. Emails that failed for this are sent again once the account sends."

/**
 * The class of a failed email's error string. `via` is the kind of outbound account it went through:
 * a Microsoft Graph (Send) account has no SMTP dialogue, so no SMTP code is read into its errors.
 */
export function classifyMailError(errorString: string | null | undefined, via: 'smtp' | 'graph' = 'smtp'): MailErrorClass {
    const text = errorString === null || errorString === undefined ? '' : String(errorString)
    if (via === 'graph') {
        if (GRAPH_REFUSED.test(text)) return { code: MAIL_CODE.graphSendRefused, authentication: true, fix: GRAPH_FIX }
        return unknownClass(text)
    }
    for (const known of CLASSES) {
        if (known.test.test(text)) return { code: known.code, authentication: known.authentication, fix: known.fix }
    }
    return unknownClass(text)
}

function unknownClass(text: string): MailErrorClass {
    return {
        code: MAIL_CODE.unknown,
        authentication: false,
        fix: text.trim() === '' ? 'The mail server returned no error text. Open System Mailboxes > Failed and the email\'s message log.' : 'Read the server\'s answer above; the app does not re-send emails that failed for a reason it does not recognise.',
    }
}
