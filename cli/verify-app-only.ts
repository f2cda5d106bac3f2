/**
 * `verify --flow client-credentials`: the app-only path, with no one signing in. For each resource
 * the ServiceNow accounts use (Microsoft Graph for the Graph account types, Exchange Online for
 * SMTP.SendAsApp) it mints a token with the client secret and the resource's `.default` scope,
 * shows the application permissions the token carries (`roles`), then proves the mailbox is
 * reachable as the app: Graph reads the mailbox's inbox folder, SMTP logs in over XOAUTH2 as it.
 * With a certificate (certificate.ts) the secret is replaced by a client assertion signed per request.
 */
import { readFileSync } from 'node:fs'
import { MICROSOFT_APP_ONLY } from '../src/providers.ts'
import { fingerprint, describeDuration } from './checks.ts'
import { checkSmtp } from './mail.ts'
import { certificateChecks, loadCertificate, type CertificateCredential, type ReadBinaryFile } from './certificate.ts'
import { signClientAssertion } from './client-assertion.ts'
import { clientCredentials, createConfiguration, resolveIssuer, toFailure, type AssertionSigner, type Outcome } from './oauth.ts'
import { serviceNowRedirectUrl } from './settings.ts'
import { translateFailure } from './translate.ts'
import type { CertificateSource, CheckId, CheckResult, Failure, FailureStage, TokenSet, VerifySettings } from './types.ts'

export interface AppOnlyRun {
    readonly checks: readonly CheckResult[]
    readonly mailbox?: string
    /** The certificate the run proved (or refused), for the instance's form values. */
    readonly certificate?: CertificateCredential
}

/** Reads the certificate files; injected so tests can run without a disk. */
export interface AppOnlyDependencies {
    readonly readFile: ReadBinaryFile
    readonly nowMs: () => number
}

const DEFAULT_DEPENDENCIES: AppOnlyDependencies = { readFile: (path) => readFileSync(path), nowMs: () => Date.now() }

/** What each resource's token must carry, and what it is for. */
const RESOURCES = {
    graph: { scope: MICROSOFT_APP_ONLY.scope.graph, label: 'Microsoft Graph', roles: [MICROSOFT_APP_ONLY.permission.graphReceive, MICROSOFT_APP_ONLY.permission.graphSend] },
    smtp: { scope: MICROSOFT_APP_ONLY.scope.smtp, label: 'Exchange Online (SMTP)', roles: [MICROSOFT_APP_ONLY.permission.smtp] },
} as const

const ENTRA_PERMISSIONS = 'Entra admin center > App registrations > your app > API permissions'

export async function runAppOnlyChecks(settings: VerifySettings, dependencies: AppOnlyDependencies = DEFAULT_DEPENDENCIES): Promise<AppOnlyRun> {
    const checks: CheckResult[] = []
    const mailbox = settings.loginHint
    const prepared = settings.certificate ? prepareCertificate(settings, settings.certificate, dependencies) : undefined
    if (prepared && !prepared.signer) return { checks: prepared.checks, mailbox, certificate: prepared.certificate }
    checks.push(...(prepared?.checks ?? []))
    const certificate = prepared?.certificate
    const signer = prepared?.signer
    const fail = (id: CheckId, stage: FailureStage, failure: Failure): void => {
        const advice = translateFailure(failure, { stage, provider: settings.provider, serviceNowRedirectUrl: serviceNowRedirectUrl(settings.instanceHost) })
        checks.push({ id, status: 'fail', summary: advice.summary, fix: advice.fix })
    }
    const issuer = await resolveIssuer(settings)
    if (!issuer.ok) {
        fail('issuer', 'issuer', issuer.failure)
        return { checks, mailbox, certificate }
    }
    if (!settings.endpointsOverridden && !settings.issuer) checks.push({ id: 'issuer', status: 'pass', summary: `tenant ${settings.tenant} found (issuer ${issuer.value})` })
    const config = createConfiguration(settings, issuer.value, signer)
    const credential = certificate ? `client credentials, certificate ${certificate.thumbprints.sha1Hex.slice(0, 8)}…, ${settings.assertionAlgorithm}` : 'client credentials'

    if (settings.graphUrl) {
        const token = await mint(config, 'graph', credential, checks, fail)
        if (token) {
            const read = await readInbox(settings.graphUrl, mailbox ?? '', token.accessToken, settings.requestTimeoutSeconds)
            if (read.ok) checks.push({ id: 'graph', status: 'pass', summary: `Graph ${settings.graphUrl}: inbox of ${mailbox} read as the app; ${read.value}` })
            else fail('graph', 'graph', read.failure)
        } else {
            checks.push({ id: 'graph', status: 'skip', summary: 'Graph inbox read: not tried (no token)' })
        }
    }
    if (settings.smtp) {
        const token = await mint(config, 'smtp', credential, checks, fail)
        const label = `SMTP ${settings.smtp.host}:${settings.smtp.port}`
        if (!token) {
            checks.push({ id: 'smtp', status: 'skip', summary: `${label}: not tried (no token)` })
        } else {
            const login = await checkSmtp(settings.smtp, mailbox ?? '', token.accessToken, settings.requestTimeoutSeconds)
            if (login.ok) {
                checks.push({ id: 'smtp', status: 'pass', summary: `${label}: logged in as ${mailbox} with the app's token (SMTP.SendAsApp); ${login.value}` })
            } else if (login.failure.kind === 'mail-auth') {
                checks.push({
                    id: 'smtp',
                    status: 'fail',
                    summary: `${label}: the server refused the app's token for ${mailbox}${login.failure.response ? `: ${login.failure.response}` : ''}`,
                    fix: `in Exchange Online PowerShell: New-ServicePrincipal -AppId ${settings.clientId} -ObjectId <object id of the enterprise application>, then Add-MailboxPermission -Identity "${mailbox}" -User <that service principal> -AccessRights FullAccess; and turn on Authenticated SMTP for the mailbox (KB1648902)`,
                })
            } else {
                fail('smtp', 'smtp', login.failure)
            }
        }
    }
    return { checks, mailbox, certificate }
}

/**
 * Reads and checks the certificate; the signer is there only when every check passed. A refused
 * certificate's checks end with the token requests it leaves untried.
 */
function prepareCertificate(
    settings: VerifySettings,
    source: CertificateSource,
    dependencies: AppOnlyDependencies,
): { checks: CheckResult[]; certificate?: CertificateCredential; signer?: AssertionSigner } {
    const loaded = loadCertificate(source, dependencies.readFile)
    if (!loaded.ok) return { checks: [loaded.check, ...notTried(settings, 'no usable certificate')] }
    const certificate = loaded.value
    const checks = certificateChecks(certificate, dependencies.nowMs())
    if (checks.some((check) => check.status === 'fail')) return { checks: [...checks, ...notTried(settings, 'the certificate was refused')], certificate }
    const signer: AssertionSigner = (audience) =>
        signClientAssertion({
            clientId: settings.clientId,
            audience,
            algorithm: settings.assertionAlgorithm,
            certificate: certificate.certificate,
            privateKey: certificate.privateKey,
            nowSeconds: Math.floor(dependencies.nowMs() / 1000),
        })
    return { checks, certificate, signer }
}

/** The token and mail checks that a refused credential leaves untried, so the report shows the whole list. */
function notTried(settings: VerifySettings, reason: string): CheckResult[] {
    const skipped: CheckResult[] = []
    if (settings.graphUrl) skipped.push({ id: 'graph-token', status: 'skip', summary: `Microsoft Graph token: not requested (${reason})` })
    if (settings.smtp) skipped.push({ id: 'smtp-token', status: 'skip', summary: `Exchange Online (SMTP) token: not requested (${reason})` })
    return skipped
}

/** One client-credentials token for a resource, with its token and roles checks. */
async function mint(
    config: ReturnType<typeof createConfiguration>,
    resource: keyof typeof RESOURCES,
    credential: string,
    checks: CheckResult[],
    fail: (id: CheckId, stage: FailureStage, failure: Failure) => void,
): Promise<TokenSet | undefined> {
    const { scope, label, roles: wanted } = RESOURCES[resource]
    const tokenId: CheckId = resource === 'graph' ? 'graph-token' : 'smtp-token'
    const rolesId: CheckId = resource === 'graph' ? 'graph-roles' : 'smtp-roles'
    const minted = await clientCredentials(config, scope)
    if (!minted.ok) {
        fail(tokenId, 'token', minted.failure)
        checks.push({ id: rolesId, status: 'skip', summary: `${label} application permissions: not checked (no token)` })
        return undefined
    }
    const tokens = minted.value
    const lifetime = tokens.expiresInSeconds === undefined ? 'no expires_in' : `lasts ${describeDuration(tokens.expiresInSeconds)}`
    checks.push({ id: tokenId, status: 'pass', summary: `${label} token (${credential}, ${scope}): ${fingerprint(tokens.accessToken)}, ${lifetime}, no refresh token (none is needed)` })
    checks.push(rolesCheck(rolesId, label, wanted, rolesOf(tokens.accessToken)))
    return tokens
}

/** The `roles` claim of a JWT access token (read for display, not validated); undefined when the token is not a JWT. */
export function rolesOf(accessToken: string): string[] | undefined {
    const parts = accessToken.split('.')
    if (parts.length !== 3) return undefined
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { roles?: unknown }
        return Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : []
    } catch {
        return undefined
    }
}

export function rolesCheck(id: CheckId, label: string, wanted: readonly string[], roles: string[] | undefined): CheckResult {
    if (roles === undefined) return { id, status: 'pass', summary: `${label} application permissions: the token is not a JWT, so its roles cannot be shown` }
    const missing = wanted.filter((role) => !roles.includes(role))
    const carried = roles.length > 0 ? roles.join(', ') : 'none'
    if (roles.length === 0 || missing.length === wanted.length) {
        return {
            id,
            status: 'fail',
            summary: `${label} application permissions (roles): ${carried}; expected ${wanted.join(' and/or ')}`,
            fix: `${ENTRA_PERMISSIONS}: add ${wanted.join(', ')} as Application permissions (not Delegated), then click "Grant admin consent"`,
        }
    }
    return { id, status: 'pass', summary: `${label} application permissions (roles): ${carried}${missing.length > 0 ? ` (without ${missing.join(', ')}: enough for the account types that need only what is there)` : ''}` }
}

/** GET <graph>/v1.0/users/<mailbox>/mailFolders/inbox with the app's token. */
async function readInbox(graphUrl: string, mailbox: string, accessToken: string, timeoutSeconds: number): Promise<Outcome<string>> {
    const url = `${graphUrl}/v1.0/users/${encodeURIComponent(mailbox)}/mailFolders/inbox`
    let response: Response
    try {
        response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal: AbortSignal.timeout(timeoutSeconds * 1000) })
    } catch (error) {
        return { ok: false, failure: toFailure(error, url, timeoutSeconds) }
    }
    const body = (await response.json().catch(() => ({}))) as { totalItemCount?: number; unreadItemCount?: number; error?: { code?: string; message?: string } }
    if (response.ok) return { ok: true, value: `${body.totalItemCount ?? '?'} messages, ${body.unreadItemCount ?? '?'} unread` }
    return { ok: false, failure: { kind: 'graph', status: response.status, code: body.error?.code ?? '', message: body.error?.message ?? '' } }
}
