/** The real bin as a child process: the shim finds tsx and the TypeScript sources after `npm ci`. */
import { freePort } from '../servers/ports.ts'
import { runCli } from './run-cli.ts'

describe('email-oauth bin', () => {
    test('--help prints the usage and exits 0', async () => {
        const run = await runCli(['--help'])
        expect(run.code).toBe(0)
        expect(run.stdout).toContain('Usage: email-oauth verify [options]')
        expect(run.stdout).toContain('EMAIL_OAUTH_CLIENT_SECRET')
        expect(run.stderr).toBe('')
    })

    test('a bad flag is one line on stderr, no stack trace, exit code 2', async () => {
        const run = await runCli(['verify', '--provider', 'microsoft', '--tennant', 'contoso'])
        expect(run.code).toBe(2)
        expect(run.stdout).toBe('')
        expect(run.stderr).toBe('email-oauth: unknown option --tennant: see email-oauth verify --help for the options\n')
    })

    test('an unreachable endpoint is one FAIL line with what to check, exit code 1', async () => {
        const closed = await freePort()
        const run = await runCli([
            'verify', '--provider', 'custom', '--client-id', 'app', '--scopes', 'openid',
            '--auth-url', `http://127.0.0.1:${closed}/authorize`, '--token-url', `http://127.0.0.1:${closed}/token`, '--no-browser',
        ])
        expect(run.code).toBe(1)
        expect(run.stdout).toContain(`  FAIL  cannot reach http://127.0.0.1:${closed}/authorize (connection refused)\n        fix: check --auth-url`)
        expect(run.stdout).toContain('  SKIP  token endpoint: not checked (no token)')
        expect(run.stderr).not.toContain('    at ')
    })
})
