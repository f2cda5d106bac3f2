import { PROPERTY } from '../../src/common/app.ts'
import { seedEmailAccount, seedProvider } from '../stand-ins/fixtures.ts'
import type { TokenEndpointCall } from '../stand-ins/oauth-platform.ts'
import { platform } from '../stand-ins/platform.ts'
import { PROVIDER_BODIES } from '../stand-ins/provider-bodies.ts'
import { healthRows, nextRun, runJob } from './helpers.ts'

/** Every secret the scenario used: tokens held or issued, refresh tokens sent, client secrets. */
function secretsInPlay(): Set<string> {
    const secrets = new Set<string>()
    const add = (value: unknown) => {
        if (typeof value === 'string' && value.length >= 8) secrets.add(value)
    }
    for (const token of platform.oauth.tokens.values()) {
        add(token.accessToken)
        add(token.refreshToken)
    }
    for (const request of platform.oauth.requests) {
        add(request.refreshToken)
        add(request.call?.form.client_secret)
        try {
            const answer = JSON.parse(request.reply?.body ?? '')
            add(answer.access_token)
            add(answer.refresh_token)
        } catch {
            // not JSON: nothing issued
        }
    }
    for (const row of platform.db.rows('oauth_entity')) add(row.client_secret)
    return secrets
}

/** A provider that echoes the request, secrets included, in its error body (it happens). */
function echoingError(call: TokenEndpointCall) {
    return {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            error: 'invalid_request',
            error_description: `Request ${call.body} with Authorization: Basic ${Buffer.from(`${call.form.client_id}:${call.form.client_secret}`).toString('base64')} was malformed; token ${call.form.refresh_token}`,
        }),
    }
}

describe('secrets never leave the token store', () => {
    it('keeps every token and secret out of logs, health rows and event parameters', () => {
        platform.reset()
        platform.properties[PROPERTY.failureAlertThreshold.name] = '1'
        const microsoft = seedProvider()
        const google = seedProvider({ name: 'Google Gmail', clientId: '1234-abc.apps.googleusercontent.com', clientSecret: 'GOCSPX-abcdefGHIJKLmnopQRSTuvwx' })
        const accounts = [
            seedEmailAccount(microsoft.profileId),
            seedEmailAccount(microsoft.profileId),
            seedEmailAccount(microsoft.profileId),
            seedEmailAccount(google.profileId),
            seedEmailAccount(google.profileId, { withRefreshToken: false }),
        ]
        platform.oauth.provider.revoke(platform.oauth.token(accounts[2], microsoft.profileId)!.refreshToken!)
        platform.oauth.provider.respondNext(
            echoingError,
            (call) => ({
                status: 401,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ error: 'invalid_client', error_description: `AADSTS7000215: Invalid client secret '${call.form.client_secret}' provided for ${call.form.client_id}.` }),
            }),
            (call) => ({ status: 400, headers: { 'content-type': 'text/plain' }, body: `bad request\nclient_secret: ${call.form.client_secret}\nrefresh token: ${call.form.refresh_token}` }),
            (call) => ({ status: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'server_error', error_description: `echo ${call.form.client_secret}` }) }),
            PROVIDER_BODIES.entraClientSecretExpired,
            (call) => ({ status: 502, headers: { 'content-type': 'text/html' }, body: `<html><title>Bad gateway</title>${call.body}</html>` }),
            (call) => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: `refresh_token=${call.form.refresh_token}&client_secret=${call.form.client_secret}` }),
            new Error(`java.net.SocketTimeoutException: Read timed out while sending Authorization: Bearer ${platform.oauth.token(accounts[0], microsoft.profileId)!.accessToken}`),
        )
        let reads = 0
        platform.hooks.beforeGetToken = (requestor) => {
            const held = platform.oauth.token(requestor, microsoft.profileId) ?? platform.oauth.token(requestor, google.profileId)
            reads += 1
            if (held?.refreshToken && reads % 13 === 0) throw new Error(`getToken exploded holding ${held.refreshToken}`)
        }
        platform.clock.advanceSeconds(3000)
        runJob()
        for (let i = 0; i < 60; i++) nextRun()

        const secrets = secretsInPlay()
        expect(secrets.size).toBeGreaterThan(10)
        const written = [
            ...platform.logs.map((l) => `log ${l.level}: ${l.message}`),
            ...healthRows().map((row) => `health row: ${JSON.stringify(row)}`),
            ...platform.events.map((e) => `event ${e.name}: ${e.parm1} ${e.parm2}`),
        ]
        expect(written.filter((line) => line.includes('[redacted]')).length).toBeGreaterThan(3)
        const leaks = written.filter((line) => [...secrets].some((secret) => line.includes(secret)))
        expect(leaks).toEqual([])
    })
})
