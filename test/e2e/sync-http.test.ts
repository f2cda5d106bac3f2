/**
 * The synchronous HTTP client the sn_auth transport uses: a blocking call that returns the answer,
 * or a timeout or connection failure as a value, against a server in another process.
 */
import { startChild, type StartedChild } from '../servers/process.ts'
import { SyncHttpClient } from './runner/sync-http.ts'

/** A server in a child process: /echo answers with the request, /slow never in time, /drop hangs up. */
const SERVER_SOURCE = `
const server = require('node:http').createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
        if (req.url === '/slow') return setTimeout(() => res.end('late'), 3000);
        if (req.url === '/drop') return req.socket.destroy();
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' });
        res.end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'] }));
    });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`

let server: StartedChild
let base: string
const client = new SyncHttpClient()

beforeAll(async () => {
    server = startChild(process.execPath, ['-e', SERVER_SOURCE])
    const port = await new Promise<string>((resolve) => server.child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())))
    base = `http://127.0.0.1:${port}`
})

afterAll(async () => {
    await client.close()
    await server?.stop()
})

const post = (path: string, timeoutMs = 1000) =>
    client.request({ url: `${base}${path}`, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=refresh_token', timeoutMs })

it('returns status, headers and body while the caller blocks', () => {
    const result = post('/echo')
    expect(result).toMatchObject({ ok: true, status: 429, headers: { 'retry-after': '30' } })
    expect(result.ok && JSON.parse(result.body)).toEqual({ method: 'POST', body: 'grant_type=refresh_token', type: 'application/x-www-form-urlencoded' })
})

it('gives up after the timeout and says so', () => {
    const result = post('/slow', 300)
    expect(result).toMatchObject({ ok: false, failure: 'timeout' })
    expect(result.elapsedMs).toBeLessThan(2000)
})

it('reports a dropped connection and a closed port as connection failures', () => {
    expect(post('/drop')).toMatchObject({ ok: false, failure: 'connection_failed' })
    expect(client.request({ url: 'http://127.0.0.1:1/token', method: 'POST', headers: {}, body: '', timeoutMs: 1000 })).toMatchObject({
        ok: false,
        failure: 'connection_failed',
    })
})
