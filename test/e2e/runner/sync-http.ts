/**
 * Synchronous HTTP for code that runs on the simulated instance, where outbound calls block the
 * script until the answer (or the timeout) comes, as `sn_auth` token requests do on the platform.
 *
 * The request runs on a worker thread while the caller's thread waits on a SharedArrayBuffer with
 * Atomics.wait, then takes the answer off a MessagePort with receiveMessageOnPort. Measured on this
 * machine against a local server: about 2 ms a call, where spawnSync of a small node script costs
 * about 165 ms (node's start-up), which would make a simulated day of runs take minutes.
 * The caller's event loop is blocked during the call, so the server must live in another process.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'

export interface SyncHttpRequest {
    url: string
    method: 'GET' | 'POST'
    headers: Record<string, string>
    body: string
    /** The whole exchange, connection to last byte. */
    timeoutMs: number
}

export type SyncHttpResult =
    | { ok: true; status: number; headers: Record<string, string>; body: string; elapsedMs: number }
    | { ok: false; failure: 'timeout' | 'connection_failed'; message: string; elapsedMs: number }

/** Runs inside the worker: one request at a time, answered on the port that came with it. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');
parentPort.on('message', ({ request, port, signal }) => {
    const flag = new Int32Array(signal);
    const started = Date.now();
    let answered = false;
    const answer = (result) => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        port.postMessage({ ...result, elapsedMs: Date.now() - started });
        port.close();
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
    };
    const url = new URL(request.url);
    const client = url.protocol === 'https:' ? https : http;
    // A fresh connection per call (agent: false): no pooled socket the server may have closed.
    const req = client.request(url, { method: request.method, headers: request.headers, agent: false }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
            const headers = {};
            for (const [name, value] of Object.entries(res.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
            answer({ ok: true, status: res.statusCode, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (error) => answer({ ok: false, failure: 'connection_failed', message: error.message }));
    });
    const timer = setTimeout(() => {
        answer({ ok: false, failure: 'timeout', message: 'no complete answer within ' + request.timeoutMs + ' ms' });
        req.destroy();
    }, request.timeoutMs);
    req.on('error', (error) => answer({ ok: false, failure: 'connection_failed', message: error.message }));
    req.end(request.body);
});
`

/** Extra wait beyond the request's own timeout before the caller gives up on the worker itself. */
const WORKER_GRACE_MS = 2000

export class SyncHttpClient {
    private worker: Worker | undefined

    request(request: SyncHttpRequest): SyncHttpResult {
        const worker = (this.worker ??= this.startWorker())
        const signal = new SharedArrayBuffer(4)
        const { port1, port2 } = new MessageChannel()
        worker.postMessage({ request, port: port2, signal }, [port2])
        const outcome = Atomics.wait(new Int32Array(signal), 0, 0, request.timeoutMs + WORKER_GRACE_MS)
        const message = receiveMessageOnPort(port1)
        port1.close()
        if (outcome === 'timed-out' || !message) {
            throw new Error(`The HTTP worker did not answer ${request.method} ${request.url} within ${request.timeoutMs + WORKER_GRACE_MS} ms`)
        }
        return message.message as SyncHttpResult
    }

    /** Ends the worker thread; a later request starts a new one. */
    async close(): Promise<void> {
        const worker = this.worker
        this.worker = undefined
        if (worker) await worker.terminate()
    }

    private startWorker(): Worker {
        const worker = new Worker(WORKER_SOURCE, { eval: true })
        // An idle worker must not keep a test or `npm start` alive.
        worker.unref()
        return worker
    }
}
