/**
 * Runs the real `now-sdk build --frozenKeys` once before the suite, so the build test and the
 * end-to-end tier read a dist/app made from the sources as they are. The build is skipped when
 * dist/app is newer than every source it is made from.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..')
const BUILT_MARKER = join(ROOT, 'dist', 'app', 'scope')

/** The build itself rewrites the keys file (same content, new time): it is an output here, not a source. */
const KEYS_FILE = join(ROOT, 'fluent', 'generated', 'keys.ts')

function newestChange(path: string): number {
    if (path === KEYS_FILE) return 0
    const stat = statSync(path)
    if (!stat.isDirectory()) return stat.mtimeMs
    return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs)
}

export default function buildApp(): void {
    const sources = ['src', 'client', 'fluent', 'now.config.json', 'package.json', 'package-lock.json'].map((name) => join(ROOT, name))
    const sourcesChanged = Math.max(...sources.map(newestChange))
    if (existsSync(BUILT_MARKER) && statSync(BUILT_MARKER).mtimeMs > sourcesChanged) return
    process.stdout.write('\nBuilding the app (now-sdk build --frozenKeys) for the build and end-to-end tests...\n')
    try {
        execFileSync(join(ROOT, 'node_modules', '.bin', 'now-sdk'), ['build', '--frozenKeys'], { cwd: ROOT, stdio: 'inherit' })
    } catch {
        throw new Error(
            'now-sdk build --frozenKeys failed (output above). If it says the keys file is out of date, a record or a file in src/ ' +
                'was added: run `npm run build:keys` and commit fluent/generated/keys.ts.',
        )
    }
}
