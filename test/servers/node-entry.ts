/**
 * Turns a TypeScript entry (and the relative .ts files it imports) into ES modules plain `node` can
 * run, so the OAuth server's child starts without a TypeScript loader: under tsx, importing
 * oidc-provider's few hundred files takes 1-2 s instead of about 0.6 s, paid by every test file
 * that starts a server.
 *
 * Output goes to node_modules/.cache/test-servers/<hash of the sources>/, mirroring the repository
 * layout so bare imports (oidc-provider) resolve to the project's node_modules. Files are written
 * to temp names and renamed, so jest workers compiling at the same moment never read half a file.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'

const REPO_ROOT = resolve(__dirname, '../..')
const CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'test-servers')

const compiled = new Map<string, Promise<string>>()

/** The path of the compiled entry (`.js`, ES module); compiles once per source version. */
export function nodeEntry(entryPath: string): Promise<string> {
    let entry = compiled.get(entryPath)
    if (!entry) {
        entry = compile(entryPath)
        compiled.set(entryPath, entry)
    }
    return entry
}

async function compile(entryPath: string): Promise<string> {
    const sources = await collectSources(entryPath)
    const hash = createHash('sha256')
    for (const [path, text] of sources) hash.update(`${relative(REPO_ROOT, path)}\0${text}\0`)
    const outDir = join(CACHE, hash.digest('hex').slice(0, 16))
    const outPath = (source: string) => join(outDir, relative(REPO_ROOT, source)).replace(/\.ts$/, '.js')
    const ready = join(outDir, 'ready')
    if (existsSync(ready)) return outPath(entryPath)

    // Loaded only when something changed: requiring TypeScript costs about half a second.
    const ts = await import('typescript')
    const unique = `${process.pid}-${Date.now()}`
    await writeAtomically(join(outDir, 'package.json'), '{ "type": "module" }\n', unique)
    for (const [path, text] of sources) {
        const { outputText } = ts.transpileModule(text, {
            fileName: path,
            compilerOptions: {
                module: ts.ModuleKind.ESNext,
                target: ts.ScriptTarget.ES2022,
                rewriteRelativeImportExtensions: true,
            },
        })
        await writeAtomically(outPath(path), outputText, unique)
    }
    await writeAtomically(ready, '', unique)
    return outPath(entryPath)
}

/** The entry and every .ts file it reaches through relative imports, with their text. */
async function collectSources(entryPath: string): Promise<Map<string, string>> {
    const sources = new Map<string, string>()
    const pending = [resolve(entryPath)]
    while (pending.length > 0) {
        const path = pending.pop() as string
        if (sources.has(path)) continue
        const text = await readFile(path, 'utf8')
        sources.set(path, text)
        for (const match of text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+\.ts)'/g)) pending.push(resolve(dirname(path), match[1]))
    }
    return sources
}

async function writeAtomically(path: string, text: string, unique: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true })
    const temporary = `${path}.${unique}.tmp`
    await writeFile(temporary, text)
    await rename(temporary, path)
}
