import { REDACTED, redact } from '../../src/common/redact.ts'

const JWT = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJlLXBhcnQtMTIzNDU2Nzg5MA'
const ENTRA_REFRESH = '0.AXoAk7ZxQ2Vb1Ea5cLmN9pQrStUvWxYz0123456789abcdefghijKLMNOPqrstuvwxyz-_ABCDEFG'
const GOOGLE_REFRESH = '1//0gAbCdEfGhIjKlMnOpQrStUvWxYz0123456789'
const GOOGLE_ACCESS = 'ya29.a0AfB_byC1234567890abcdefghijklmnop'
const SECRET = 'Qx8~secret.Value_ForTests-9aZ3kLmN0pQrStUv'

describe('redact', () => {
    it.each([
        ['Authorization header', `Authorization: Bearer ${JWT}`, JWT],
        ['basic credentials', 'authorization=Basic MGIxYzJkM2U6c2VjcmV0', 'MGIxYzJkM2U6c2VjcmV0'],
        ['bearer alone', `sent bearer ${ENTRA_REFRESH}`, ENTRA_REFRESH],
        ['JSON access_token', `{"access_token":"opaque-123","token_type":"Bearer"}`, 'opaque-123'],
        ['JSON refresh_token with spaces', `{ "refresh_token" : "r-tok-456" }`, 'r-tok-456'],
        ['JSON client_secret', `{"client_secret":"s3cr3t!"}`, 's3cr3t!'],
        ['JSON id_token', `{"id_token":"abc.def"}`, 'abc.def'],
        ['JSON code', `{"code":"M.C507_BAY.2.U"}`, 'M.C507_BAY.2.U'],
        ['form body', `grant_type=refresh_token&refresh_token=rt-form-789&client_secret=cs-form-0`, 'rt-form-789'],
        ['form client secret', `grant_type=refresh_token&client_secret=cs-form-0&x=1`, 'cs-form-0'],
        ['a JWT anywhere', `token was ${JWT} here`, JWT],
        ['a Google access token', `got ${GOOGLE_ACCESS}`, GOOGLE_ACCESS],
        ['a Google refresh token', `sent ${GOOGLE_REFRESH}`, GOOGLE_REFRESH],
        ['an opaque token', `sent ${ENTRA_REFRESH}`, ENTRA_REFRESH],
        ['a JSON header object', `{"Authorization":"Bearer abc123def"}`, 'abc123def'],
        ['client_secret: in YAML-like text', 'request had client_secret: hunter2-value and scope', 'hunter2-value'],
        ['client secret = in prose', 'the client secret = pa55-word-x was rejected', 'pa55-word-x'],
        ['a quoted client secret in an error_description sentence', `AADSTS7000215: Invalid client secret '${SECRET}' provided.`, SECRET],
        ['a quoted short secret after its name', `The client secret "abc-123" is invalid`, 'abc-123'],
        ['password: in a log line', 'user=x password: letmein99 for user', 'letmein99'],
        ['an Entra client secret value unnamed', `sent Abc8Q~wXyZ.0123456789_abcdefghijklmnopq in the body`, 'Abc8Q~wXyZ.0123456789_abcdefghijklmnopq'],
        ['the Entra test secret unnamed', `echo ${SECRET} back`, SECRET],
        ['a Google client secret unnamed', 'echo GOCSPX-abcdefGHIJKLmnopQRSTuvwx back', 'GOCSPX-abcdefGHIJKLmnopQRSTuvwx'],
    ])('masks %s', (_case, text, secret) => {
        const out = redact(text)
        expect(out).not.toContain(secret)
        expect(out).toContain(REDACTED)
    })

    it('masks every known secret literally, whatever its shape', () => {
        expect(redact(`client secret was ${SECRET}.`, [SECRET])).toBe(`client secret was ${REDACTED}.`)
        expect(redact('short pw abc', ['abc'])).toBe('short pw abc')
    })

    it('masks the client id a provider quotes (Entra names the app id), keeping trace and correlation ids', () => {
        const id = '7d1e3c55-0000-4a1b-9c2d-3e4f5a6b7c8d'
        const texts = [
            `AADSTS7000222: The provided client secret keys for app '${id}' are expired. Trace ID: 0f8c3a52-1d1e-4c7b-9a0b-6a5c2e7d1f00`,
            `AADSTS700016: Application with identifier '${id}' was not found in the directory 'Contoso'.`,
            `client_id=${id}&grant_type=refresh_token`,
            `{"client_id": "${id}"}`,
            `AppId: ${id}`,
        ]
        for (const text of texts) expect(redact(text)).not.toContain(id)
        expect(redact(texts[0])).toContain('Trace ID: 0f8c3a52-1d1e-4c7b-9a0b-6a5c2e7d1f00')
        expect(redact('invalid_client for 1234567890-abcdefghijklmnop.apps.googleusercontent.com')).toBe(`invalid_client for ${REDACTED}`)
    })

    it('keeps what an admin needs to read', () => {
        const entra =
            'invalid_grant: AADSTS700082: The refresh token has expired due to inactivity. Trace ID: 3b0e6b52-9f3c-4a8e-bb2e-5e4c1d7a2f00 Correlation ID: a7c4d1e9-2b6f-4f0a-9d3c-8e1b2c3d4e5f'
        expect(redact(entra)).toBe(entra)
        const text = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token answered HTTP 502; account 5a1d0000000000000000000000000001'
        expect(redact(text)).toBe(text)
        expect(redact('java.net.SocketTimeoutException: Read timed out')).toBe('java.net.SocketTimeoutException: Read timed out')
        const entraSecretHelp =
            "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'."
        expect(redact(entraSecretHelp)).toBe(entraSecretHelp.replace('0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', REDACTED))
        expect(redact('Check that the password and client secret are right.')).toBe('Check that the password and client secret are right.')
        expect(redact('Client Secret is empty on the Application Registry form.')).toBe('Client Secret is empty on the Application Registry form.')
        expect(redact(null)).toBe('')
    })
})
