import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { listenForRedirect, LoopbackError } from '../../cli/loopback.ts'

describe('loopback redirect listener', () => {
    test('a free port on localhost: hands over the callback URL and shows the browser a page', async () => {
        const listener = await listenForRedirect(undefined)
        try {
            expect(listener.redirectUri).toMatch(/^http:\/\/localhost:\d+\/$/)
            const port = new URL(listener.redirectUri).port
            const stray = await fetch(`http://127.0.0.1:${port}/favicon.ico`)
            expect(stray.status).toBe(404)
            const page = await fetch(`http://127.0.0.1:${port}/?code=abc&state=xyz`)
            expect(await page.text()).toContain('Sign-in received')
            const callback = await listener.callback
            expect(callback.href).toBe(`${listener.redirectUri}?code=abc&state=xyz`)
        } finally {
            await listener.close()
        }
    })

    test('a fixed redirect URI keeps its host, port and path; an error redirect is handed over too', async () => {
        const probe = createServer()
        await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
        const port = (probe.address() as AddressInfo).port
        await new Promise<void>((resolve) => probe.close(() => resolve()))

        const listener = await listenForRedirect(`http://127.0.0.1:${port}/callback`)
        try {
            expect(listener.redirectUri).toBe(`http://127.0.0.1:${port}/callback`)
            expect((await fetch(`http://127.0.0.1:${port}/?error=access_denied`)).status).toBe(404)
            const page = await fetch(`http://127.0.0.1:${port}/callback?error=access_denied`)
            expect(await page.text()).toContain('The provider reported an error')
            expect((await listener.callback).searchParams.get('error')).toBe('access_denied')
        } finally {
            await listener.close()
        }
    })

    test('a port in use is one clear error naming --redirect-uri', async () => {
        const taken = createServer()
        await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
        const port = (taken.address() as AddressInfo).port
        try {
            const attempt = listenForRedirect(`http://127.0.0.1:${port}/`)
            await expect(attempt).rejects.toBeInstanceOf(LoopbackError)
            await expect(attempt).rejects.toThrow(`port ${port} of 127.0.0.1 is in use: choose another port in --redirect-uri`)
        } finally {
            await new Promise<void>((resolve) => taken.close(() => resolve()))
        }
    })
})
