/**
 * The house keeps its shape (docs/architecture.md): every room of src/ is a folder, imports run one
 * way between rooms, no module imports itself back through others, and the setup check's rule files
 * take their shapes from finding.ts, never from the composer checks.ts. A change that bends an arrow
 * back fails here with the path it took, before the tangle grows.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

const SRC = join(__dirname, '..', '..', 'src')

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) return sourceFiles(path)
        return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : []
    })
}

/** Relative imports of one file (values and types alike: a type import is an arrow too), as paths under src/. */
function importsOf(file: string): string[] {
    const text = readFileSync(file, 'utf8')
    const found: string[] = []
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"\n]*?(?:\{[^}]*\}[^'"\n]*?)?from\s+'(\.[^']+)'/g)) {
        found.push(relative(SRC, normalize(join(dirname(file), match[1]))))
    }
    return found
}

/** A file's room: its first folder under src/, or the file itself for top-level modules (providers.ts). */
function roomOf(path: string): string {
    const parts = path.split('/')
    return parts.length > 1 ? parts[0] : parts[0].replace(/\.ts$/, '')
}

const files = sourceFiles(SRC).map((file) => relative(SRC, file))
const graph = new Map(files.map((file) => [file, importsOf(join(SRC, file))]))

/** The first cycle found in a graph, as the path that closes it; null when there is none. */
function firstCycle(edges: Map<string, string[]>): string[] | null {
    const state = new Map<string, 'open' | 'done'>()
    const path: string[] = []
    const visit = (node: string): string[] | null => {
        if (state.get(node) === 'done') return null
        if (state.get(node) === 'open') return path.slice(path.indexOf(node)).concat(node)
        state.set(node, 'open')
        path.push(node)
        for (const next of edges.get(node) ?? []) {
            const cycle = visit(next)
            if (cycle) return cycle
        }
        path.pop()
        state.set(node, 'done')
        return null
    }
    for (const node of edges.keys()) {
        const cycle = visit(node)
        if (cycle) return cycle
    }
    return null
}

describe('the rooms of src/', () => {
    it('finds the modules it reads (the import reader is not blind)', () => {
        expect(files.length).toBeGreaterThan(50)
        expect(graph.get('setup-check/checks.ts')).toEqual(expect.arrayContaining(['setup-check/rules/general.ts', 'setup-check/finding.ts']))
    })

    it('every relative import names a file that exists', () => {
        const known = new Set(files)
        const dangling = [...graph].flatMap(([file, targets]) => targets.filter((target) => !known.has(target)).map((target) => `${file} -> ${target}`))
        expect(dangling).toEqual([])
    })

    it('no module imports itself back through others', () => {
        expect(firstCycle(graph)).toBeNull()
    })

    it('imports between rooms run one way', () => {
        const rooms = new Map<string, string[]>()
        for (const [file, targets] of graph) {
            const from = roomOf(file)
            const to = new Set(rooms.get(from) ?? [])
            for (const target of targets) if (roomOf(target) !== from) to.add(roomOf(target))
            rooms.set(from, [...to])
        }
        expect(firstCycle(rooms)).toBeNull()
    })

    it("the setup check's rule files take their shapes from finding.ts, never from the composer", () => {
        const ruleFiles = files.filter((file) => file.startsWith('setup-check/rules/'))
        expect(ruleFiles.length).toBeGreaterThan(5)
        const backwards = ruleFiles.filter((file) => (graph.get(file) ?? []).includes('setup-check/checks.ts'))
        expect(backwards).toEqual([])
    })
})
