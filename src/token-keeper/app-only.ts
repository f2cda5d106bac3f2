import { STATUS } from '../common/app.ts'
import { GRANT_TYPE } from '../providers.ts'
import type { Classification } from './classify.ts'
import { CODE, type MessageContext } from './model.ts'

/**
 * App-only (client credentials) accounts in the token keeper. Pure. There is no refresh token and
 * no person to sign in, so a rejected token request is never `needs_authorization`: it is the
 * app registration or the profile that needs fixing, which is `misconfigured` with the fix.
 */

/** Codes only app-only accounts get (health rows' last_error_code and the events' parm2). */
export const APP_ONLY_CODE = {
    /** Entra refused the scope: not `<resource>/.default`, a delegated scope, or a resource the app has no permission on. */
    invalidScope: 'app_only_invalid_scope',
    /** Any other refusal of the app's credentials or permissions (tenant, consent, app not found). */
    rejected: 'app_only_rejected',
} as const

const INVALID_SCOPE = /\binvalid_scope\b|AADSTS(70011|1002012|500011)\b/i
/** Entra's answers that mean the app itself is not allowed: consent, unknown app, disabled app, tenant. */
const APP_REJECTED = /AADSTS(65001|700016|7000112|90002|50020|500011|53003)\b|\bunauthorized_client\b|\binvalid_request\b|\binvalid_grant\b|\binteraction_required\b/i

/** Refusals of the app's own credential (secret or certificate), classified in classify.ts with their own fixes. */
const CREDENTIAL_CODES = new Set<string>([
    CODE.invalidClient,
    CODE.clientSecretExpired,
    CODE.certificateNotRegistered,
    CODE.certificateExpired,
    CODE.certificateStorePassword,
    CODE.certificateKeyPassword,
    CODE.assertionTimeRange,
    CODE.assertionAudience,
    CODE.assertionIssuer,
])

export function isAppOnlyGrant(grantType: string): boolean {
    return grantType === GRANT_TYPE.clientCredentials
}

/** The grant the token keeper requests an account's tokens with, as decide() takes it. */
export function grantOf(grantType: string): 'client_credentials' | 'refresh_token' {
    return isAppOnlyGrant(grantType) ? 'client_credentials' : 'refresh_token'
}

/**
 * The classification of a client-credentials answer. invalid_client (wrong or expired secret,
 * AADSTS7000215/7000222) stays as classify.ts has it: misconfigured, with its fix. Anything the
 * general rules would send to a person (needs_authorization), and a refused scope or app, is
 * misconfigured with an app-only code. Transient failures are left as they are.
 */
export function classifyAppOnly(result: Classification): Classification {
    if (result.kind !== 'failed') return result
    if (CREDENTIAL_CODES.has(result.code)) return result
    if (INVALID_SCOPE.test(result.detail)) return { ...result, code: APP_ONLY_CODE.invalidScope, status: STATUS.misconfigured }
    if (result.status === STATUS.needsAuthorization || result.code === CODE.unauthorizedClient || APP_REJECTED.test(result.detail)) {
        return { ...result, code: APP_ONLY_CODE.rejected, status: STATUS.misconfigured }
    }
    return result
}

function provider(ctx: MessageContext): string {
    return ctx.providerName ? `'${ctx.providerName}'` : 'the OAuth provider'
}

export function appOnlyInvalidScopeMessage(ctx: MessageContext, detail: string): string {
    return `The provider refused the scope of the app-only email account '${ctx.accountName}' (${detail}). A client-credentials token takes exactly one scope of the form <resource>/.default: https://graph.microsoft.com/.default for Microsoft Graph accounts, https://outlook.office365.com/.default for SMTP (SMTP.SendAsApp). Fix the OAuth Entity Profile Scopes of the account's profile (System OAuth > Application Registry > ${provider(ctx)}), and run Check OAuth setup on the account. The job retries by itself.`
}

export function appOnlyRejectedMessage(ctx: MessageContext, detail: string): string {
    return `The provider refused a token to the app of ${provider(ctx)} for the app-only email account '${ctx.accountName}' (${detail}). No one needs to sign in: in Microsoft Entra, check that the app registration exists in the tenant of the Token URL, that its application permissions (Mail.ReadWrite / Mail.Send for Graph, SMTP.SendAsApp for SMTP) have admin consent, and that Client ID on the Application Registry form of ${provider(ctx)} is the app's. The job retries by itself.`
}
