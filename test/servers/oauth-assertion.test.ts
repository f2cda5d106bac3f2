/**
 * The test OAuth server's Entra-like check of a client assertion (oauth-assertion.ts) against the
 * verify command's signer (cli/client-assertion.ts): the good assertion passes in both algorithms,
 * and each way Entra refuses one gets Entra's code, in Entra's order.
 */
import { createHash } from 'node:crypto'
import { CLIENT_ASSERTION_TYPE, signClientAssertion } from '../../cli/client-assertion.ts'
import { certificateValidFor, makeCertificate } from './certificates.ts'
import { checkClientAssertion } from './oauth-assertion.ts'

const CLIENT_ID = '11111111-2222-3333-4444-555555555555'
const TOKEN_URL = 'https://login.example/contoso/oauth2/v2.0/token'
const NOW = Math.floor(Date.now() / 1000)
const uploaded = certificateValidFor(30)

const sign = (overrides: Partial<Parameters<typeof signClientAssertion>[0]> = {}) =>
    signClientAssertion({ clientId: CLIENT_ID, audience: TOKEN_URL, algorithm: 'RS256', certificate: uploaded.x509, privateKey: uploaded.privateKey, nowSeconds: NOW, ...overrides })
const check = (assertion: string, overrides: Partial<Parameters<typeof checkClientAssertion>[0]> = {}) =>
    checkClientAssertion({ assertionType: CLIENT_ASSERTION_TYPE, assertion, clientId: CLIENT_ID, certificates: [uploaded.pem], tokenUrl: TOKEN_URL, nowSeconds: NOW, ...overrides })
const codeOf = (verdict: ReturnType<typeof checkClientAssertion>) => (verdict.ok ? 'ok' : verdict.entra.code)

test('the assertion carries Microsoft\'s header and claims, and passes signed RS256 or PS256', () => {
    const assertion = sign()
    const [header, claims] = assertion.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>)
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', x5t: createHash('sha1').update(uploaded.der).digest('base64url'), 'x5t#S256': createHash('sha256').update(uploaded.der).digest('base64url') })
    expect(claims).toMatchObject({ aud: TOKEN_URL, iss: CLIENT_ID, sub: CLIENT_ID, nbf: NOW, iat: NOW, exp: NOW + 600 })
    expect(typeof claims.jti).toBe('string')
    expect(codeOf(check(assertion))).toBe('ok')
    expect(codeOf(check(sign({ algorithm: 'PS256' })))).toBe('ok')
})

test('each refusal has Entra\'s code', () => {
    const stranger = certificateValidFor(30)
    const sameThumbprintOtherKey = sign({ privateKey: stranger.privateKey })
    expect(codeOf(check('not.a.jwt'))).toBe(50027)
    expect(codeOf(check(sign(), { assertionType: 'urn:other' }))).toBe(50027)
    expect(codeOf(check(sign({ certificate: stranger.x509, privateKey: stranger.privateKey })))).toBe(700027)
    expect(check(sign({ certificate: stranger.x509, privateKey: stranger.privateKey }))).toMatchObject({ entra: { description: expect.stringContaining('The key was not found') } })
    expect(check(sign(), { nowSeconds: NOW + 31 * 86400 })).toMatchObject({ entra: { code: 700027, description: expect.stringContaining('The key used is expired') } })
    expect(codeOf(check(sameThumbprintOtherKey))).toBe(50013)
    expect(codeOf(check(sign({ clientId: 'another-app' }), {}))).toBe(700021)
    expect(codeOf(check(sign({ audience: 'https://login.example/common/oauth2/v2.0/token' })))).toBe(700023)
    expect(codeOf(check(sign({ nowSeconds: NOW + 3600 })))).toBe(700024)
    expect(codeOf(check(sign({ nowSeconds: NOW - 3600 })))).toBe(700024)
    expect(codeOf(check(sign({ nowSeconds: NOW + 120 })))).toBe('ok')
})

test('a certificate whose end has passed at Entra is refused even when the assertion is fresh', () => {
    const ended = makeCertificate({ notBefore: new Date((NOW - 86400 * 10) * 1000), notAfter: new Date((NOW - 60) * 1000), privateKey: uploaded.privateKey })
    const verdict = check(sign({ certificate: ended.x509 }), { certificates: [ended.pem] })
    expect(verdict).toMatchObject({ ok: false, entra: { code: 700027, description: expect.stringContaining('The key used is expired') } })
})
