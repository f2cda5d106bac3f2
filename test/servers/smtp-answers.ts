/**
 * What Exchange Online's SMTP submission endpoint answers, as the test SMTP server replays them.
 * One place for the exact texts, so the server, the mail engine's tests and the app's tests agree.
 *
 * Sources (see /work/shared/DOMAIN.md section 11):
 * - 535 5.7.139: Microsoft Learn, "Enable or disable authenticated client SMTP submission (SMTP AUTH)
 *   in Exchange Online" and the Exchange Team's SMTP AUTH posts: "535 5.7.139 Authentication
 *   unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit
 *   https://aka.ms/smtp_auth_disabled for more information." and the same for "the Mailbox".
 * - 535 5.7.3: [MS-SMTPNTLM] 2.2.1.4 SMTP_AUTH_Fail_Response ("535 5.7.3 <human-readable-string>");
 *   Exchange Online answers "535 5.7.3 Authentication unsuccessful [<host> <time> <id>]" for a
 *   refused token or password (widely quoted client logs; the bracketed trailer is left out here).
 * - 550 5.7.60: Exchange Online NDR "550 5.7.60 SMTP; Client does not have permissions to send as
 *   this sender" (Send As permission missing for the From address).
 * - 550 5.1.1: Microsoft Learn, "Fix email delivery issues for error code 550 5.1.1 in Exchange
 *   Online": "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found".
 * - 530 5.7.57: "530 5.7.57 Client not authenticated to send mail" (MAIL FROM without AUTH).
 * - 421 4.3.2: a transient refusal ("Service not available"), to exercise the sender's retries of
 *   4xx answers (421 is in glide.smtp.defer_retry_ids' default list, see mail-engine/sender.ts).
 * - 451 4.7.500: Exchange Online's throttling answer "451 4.7.500 Server busy. Please try again later"
 *   (Microsoft Learn, "Fix NDR error 451 4.7.500-699 (ASxxx) in Exchange Online"): a throttled
 *   mailbox, retried by the platform (451 is in the default defer list).
 * - 550 5.7.30: Exchange Online once Basic authentication for SMTP is off for the tenant: "550 5.7.30
 *   Basic authentication is not supported for Client Submission" (DOMAIN.md section 12; Exchange Team
 *   blog 2026-01-27 on the end of Basic SMTP AUTH).
 *
 * The bracketed diagnostics Exchange appends (server name, time, correlation id) vary per answer
 * and are not reproduced: code that classifies these answers must match the code and the text, not
 * the whole line.
 */

/** An SMTP answer: the reply code and the text after it (the enhanced status code first). */
export interface SmtpAnswer {
    code: number
    text: string
}

export const EXCHANGE_ANSWERS = {
    smtpAuthDisabledForMailbox: {
        code: 535,
        text: '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.',
    },
    smtpAuthDisabledForTenant: {
        code: 535,
        text: '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.',
    },
    authenticationUnsuccessful: { code: 535, text: '5.7.3 Authentication unsuccessful' },
    sendAsDenied: { code: 550, text: '5.7.60 SMTP; Client does not have permissions to send as this sender' },
    unknownRecipient: { code: 550, text: '5.1.1 RESOLVER.ADR.RecipNotFound; not found' },
    notAuthenticated: { code: 530, text: '5.7.57 Client not authenticated to send mail' },
    serviceNotAvailable: { code: 421, text: '4.3.2 Service not available' },
    serverBusy: { code: 451, text: '4.7.500 Server busy. Please try again later.' },
    basicAuthNotSupported: { code: 550, text: '5.7.30 Basic authentication is not supported for Client Submission' },
} as const satisfies Record<string, SmtpAnswer>

/** The answer as one line, the way a client reports it: "535 5.7.3 Authentication unsuccessful". */
export function answerLine(answer: SmtpAnswer): string {
    return `${answer.code} ${answer.text}`
}
