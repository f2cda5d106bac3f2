/**
 * The verify run, step by step: tenant/issuer, sign-in (authorization code with PKCE through the
 * loopback listener, or the device authorization grant), the token checks, one real refresh, then
 * IMAP and SMTP. Each step adds one check line; a step that needs what a failed one would have
 * produced is listed as skipped, so the report always shows the whole list.
 */
import { identityCheck, lifetimeCheck, mailboxUser, refreshCheck, refreshTokenCheck, scopesCheck, tokenCheck } from './checks.ts'
import { listenForRedirect, LoopbackError } from './loopback.ts'
import { checkImap, checkSmtp } from './mail.ts'
import {
    buildAuthorizationRequest,
    createConfiguration,
    exchangeCode,
    pollDeviceAuthorization,
    probeAuthorizationEndpoint,
    refresh,
    resolveIssuer,
    startDeviceAuthorization,
} from './oauth.ts'
import { serviceNowRedirectUrl } from './settings.ts'
import type { Progress } from './terminal.ts'
import { translateFailure } from './translate.ts'
import { runAppOnlyChecks } from './verify-app-only.ts'
import type { CheckId, CheckResult, Failure, FailureStage, TokenSet, VerifySettings } from './types.ts'
import type { Configuration } from 'openid-client'
import type { CertificateCredential } from './certificate.ts'

export interface VerifyDependencies {
    readonly progress: Progress
    readonly openBrowser: (url: string) => Promise<boolean>
}

export interface VerifyRun {
    readonly checks: readonly CheckResult[]
    /** The mailbox the IMAP/SMTP checks logged in as (or would have), for the form values. */
    readonly mailbox?: string
    /** Client credentials with a certificate: the certificate, for the form values. */
    readonly certificate?: CertificateCredential
}

const LATER_CHECKS: Readonly<Record<string, string>> = {
    token: 'token endpoint',
    identity: 'identity',
    scopes: 'scopes',
    lifetime: 'access token lifetime',
    'refresh-token': 'refresh token',
    refresh: 'refresh',
    imap: 'IMAP login',
    smtp: 'SMTP login',
}

export async function runChecks(settings: VerifySettings, dependencies: VerifyDependencies): Promise<VerifyRun> {
    if (settings.flow === 'client_credentials') return runAppOnlyChecks(settings)
    const checks: CheckResult[] = []
    const fail = (id: CheckId, stage: FailureStage, failure: Failure, redirectUri?: string) => {
        const advice = translateFailure(failure, {
            stage,
            provider: settings.provider,
            redirectUri,
            serviceNowRedirectUrl: serviceNowRedirectUrl(settings.instanceHost),
        })
        checks.push({ id, status: 'fail', summary: advice.summary, fix: advice.fix })
    }
    const skipRest = (reason: string): VerifyRun => {
        const done = new Set(checks.map((check) => check.id))
        for (const [id, label] of Object.entries(LATER_CHECKS)) {
            const wanted = (id !== 'imap' || settings.imap) && (id !== 'smtp' || settings.smtp)
            if (!done.has(id as CheckId) && wanted) {
                checks.push({ id: id as CheckId, status: 'skip', summary: `${label}: not checked (${reason})` })
            }
        }
        return { checks, mailbox: settings.loginHint }
    }

    const issuer = await resolveIssuer(settings)
    if (!issuer.ok) {
        fail('issuer', 'issuer', issuer.failure)
        return skipRest('the tenant could not be confirmed')
    }
    if (settings.provider === 'microsoft' && !settings.endpointsOverridden && !settings.issuer) {
        checks.push({ id: 'issuer', status: 'pass', summary: `tenant ${settings.tenant} found (issuer ${issuer.value})` })
    }
    const config = createConfiguration(settings, issuer.value)

    const tokens =
        settings.flow === 'device_code'
            ? await deviceCodeSignIn(settings, config, dependencies, checks, fail)
            : await authorizationCodeSignIn(settings, config, dependencies, checks, fail)
    if (!tokens) {
        return skipRest('no token')
    }

    checks.push(tokenCheck(settings, tokens), identityCheck(settings, tokens), scopesCheck(settings, tokens), lifetimeCheck(tokens), refreshTokenCheck(settings, tokens))

    let latest = tokens
    if (tokens.refreshToken === undefined) {
        checks.push({ id: 'refresh', status: 'skip', summary: 'refresh: not tried (no refresh token)' })
    } else {
        const refreshed = await refresh(config, tokens.refreshToken)
        if (refreshed.ok) {
            checks.push(refreshCheck(tokens, refreshed.value))
            latest = refreshed.value
        } else {
            fail('refresh', 'refresh', refreshed.failure)
        }
    }

    const mailbox = mailboxUser(settings, tokens)
    for (const [id, server, check] of [
        ['imap', settings.imap, checkImap],
        ['smtp', settings.smtp, checkSmtp],
    ] as const) {
        if (!server) {
            continue
        }
        const label = `${id.toUpperCase()} ${server.host}:${server.port}`
        if (!mailbox) {
            checks.push({
                id,
                status: 'fail',
                summary: `${label}: no mailbox address to log in as`,
                fix: 'pass --login-hint with the mailbox address (the ServiceNow email account\'s "User name")',
            })
            continue
        }
        const outcome = await check(server, mailbox, latest.accessToken, settings.requestTimeoutSeconds)
        if (outcome.ok) {
            checks.push({ id, status: 'pass', summary: `${label}: logged in as ${mailbox}; ${outcome.value}` })
        } else {
            fail(id, id, outcome.failure)
        }
    }
    return { checks, mailbox }
}

type FailStep = (id: CheckId, stage: FailureStage, failure: Failure, redirectUri?: string) => void

async function authorizationCodeSignIn(
    settings: VerifySettings,
    config: Configuration,
    { progress, openBrowser }: VerifyDependencies,
    checks: CheckResult[],
    fail: FailStep,
): Promise<TokenSet | undefined> {
    let listener
    try {
        listener = await listenForRedirect(settings.redirectUri)
    } catch (error) {
        if (!(error instanceof LoopbackError)) {
            throw error
        }
        checks.push({ id: 'sign-in', status: 'fail', summary: `sign-in: ${error.message}`, fix: 'use --redirect-uri with a free port' })
        return undefined
    }
    const redirectUri = listener.redirectUri
    try {
        const request = await buildAuthorizationRequest(config, settings, redirectUri)
        const probe = await probeAuthorizationEndpoint(request.url, redirectUri, settings.requestTimeoutSeconds)
        if (!probe.ok) {
            fail('authorization-endpoint', 'authorize', probe.failure, redirectUri)
            return undefined
        }
        checks.push({ id: 'authorization-endpoint', status: 'pass', summary: `authorization endpoint accepted the request (${probe.value})` })

        progress.line('Sign in as the mailbox (a private/incognito window keeps your own session out of it):')
        progress.line(`  ${request.url}`)
        if (settings.openBrowser && !(await openBrowser(request.url))) {
            progress.line('No browser could be opened here: copy the URL into a browser on this computer.')
        }
        const callback = await progress.countdown('Waiting for the sign-in', settings.waitSeconds, listener.callback)
        if (callback === 'timeout') {
            checks.push({
                id: 'sign-in',
                status: 'fail',
                summary: `sign-in: nothing came back to ${redirectUri} within ${settings.waitSeconds} s`,
                fix: `open the URL printed above and sign in as the mailbox; if the provider shows AADSTS50011 or redirect_uri_mismatch, register ${redirectUri} as a redirect URI; allow more time with --timeout`,
            })
            return undefined
        }
        const error = callback.searchParams.get('error')
        if (error) {
            fail('sign-in', 'sign-in', { kind: 'oauth', error, description: callback.searchParams.get('error_description') ?? undefined }, redirectUri)
            return undefined
        }
        checks.push({ id: 'sign-in', status: 'pass', summary: `sign-in: authorization code received at ${redirectUri}` })

        const exchanged = await exchangeCode(config, callback, request)
        if (!exchanged.ok) {
            fail('token', 'token', exchanged.failure, redirectUri)
            return undefined
        }
        return exchanged.value
    } finally {
        await listener.close()
    }
}

/** Codes the token endpoint answers while, or because, nobody approved the device code. */
const DEVICE_SIGN_IN_ERRORS = new Set(['access_denied', 'expired_token', 'authorization_pending'])

async function deviceCodeSignIn(
    settings: VerifySettings,
    config: Configuration,
    { progress, openBrowser }: VerifyDependencies,
    checks: CheckResult[],
    fail: FailStep,
): Promise<TokenSet | undefined> {
    const device = await startDeviceAuthorization(config, settings)
    if (!device.ok) {
        fail('device-authorization', 'device', device.failure)
        return undefined
    }
    const { verification_uri: verificationUri, user_code: userCode, expires_in: expiresIn } = device.value
    checks.push({ id: 'device-authorization', status: 'pass', summary: `device authorization: code issued, valid for ${expiresIn} s` })

    progress.line(`On any device, open ${verificationUri} and enter the code ${userCode}`)
    progress.line('Sign in there as the mailbox.')
    if (settings.openBrowser) {
        await openBrowser(verificationUri)
    }
    const abort = new AbortController()
    const waitSeconds = Math.min(settings.waitSeconds, expiresIn)
    const polled = await progress.countdown('Waiting for the code to be entered', waitSeconds, pollDeviceAuthorization(config, device.value, abort.signal))
    if (polled === 'timeout') {
        abort.abort()
        checks.push({
            id: 'sign-in',
            status: 'fail',
            summary: `sign-in: the code was not entered within ${waitSeconds} s`,
            fix: `open ${verificationUri}, enter the code and sign in as the mailbox; allow more time with --timeout`,
        })
        return undefined
    }
    if (!polled.ok) {
        const signInProblem = polled.failure.kind === 'oauth' && DEVICE_SIGN_IN_ERRORS.has(polled.failure.error)
        fail(signInProblem ? 'sign-in' : 'token', signInProblem ? 'sign-in' : 'token', polled.failure)
        return undefined
    }
    checks.push({ id: 'sign-in', status: 'pass', summary: 'sign-in: the device code was approved' })
    return polled.value
}
