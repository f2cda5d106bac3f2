/**
 * The runner's own guarantees, on small hand-written modules: the import and export forms the SDK
 * emits work, anything else fails loudly, and the realm has no Node globals and a simulated Date.
 */
import { InstanceRealm, type PlatformModules } from './runner/instance-realm.ts'
import { UnsupportedModuleSyntax } from './runner/instance-modules.ts'

const ROOT = 'x_test/app/1.0.0/src'
const START = Date.UTC(2030, 0, 1, 8, 0, 0)

/** Runs `script` with the given modules and returns what it handed to `report`. */
function run(modules: Record<string, string>, script: string, now = () => START): unknown[] {
    const reported: unknown[] = []
    const platformModules: PlatformModules = {
        '@servicenow/glide': { gs: { info: (message: string) => reported.push(`info: ${message}`) } },
        'test/report': { report: (...values: unknown[]) => reported.push(...values) },
    }
    const realm = new InstanceRealm({ modules: new Map(Object.entries(modules)), platformModules, now })
    realm.runScript(script, 'sysauto_script:test')
    return reported
}

describe('the instance realm', () => {
    it('links the import and export forms TypeScript emits: named, renamed, namespace, re-exports, declarations', () => {
        const reported = run(
            {
                [`${ROOT}/job.ts`]: [
                    "import { gs } from '@servicenow/glide';",
                    "import { twice as double, LIMIT, extra } from './core/math.ts';",
                    "import * as names from './common/names.ts';",
                    "import { report } from 'test/report';",
                    'export class Counter { constructor() { this.count = double(LIMIT); } }',
                    'function run() { gs.info(names.GREETING); report(new Counter().count, names.label(), names.twice(3), extra); }',
                    'export { run as runJob };',
                ].join('\n'),
                [`${ROOT}/core/math.ts`]: "export const LIMIT = 21;\nexport function twice(value) { return value * 2; }\nexport * from './more.ts';",
                [`${ROOT}/core/more.ts`]: 'export let extra = 1;',
                [`${ROOT}/common/names.ts`]: [
                    "import { twice as times2 } from '../core/math.ts';",
                    "export { twice } from '../core/math.ts';",
                    "export const GREETING = 'hello';",
                    "export function label() { return 'x' + times2(2); }",
                ].join('\n'),
            },
            `const { runJob } = require('${ROOT}/job.ts');\nrunJob();`,
        )
        expect(reported).toEqual(['info: hello', 42, 'x4', 6, 1])
    })

    it('evaluates each module once per run and afresh on the next run, as separate job executions do', () => {
        const modules = {
            [`${ROOT}/state.ts`]: "import { report } from 'test/report';\nlet runs = 0;\nexport function count() { runs++; report(runs); }",
            [`${ROOT}/a.ts`]: "import { count } from './state.ts';\nexport function a() { count(); }",
        }
        const script = `require('${ROOT}/a.ts').a(); require('${ROOT}/state.ts').count();`
        expect(run(modules, script)).toEqual([1, 2])
        expect(run(modules, script)).toEqual([1, 2])
    })

    it('offers none of Node’s globals, no globalThis and no Promise', () => {
        const names = ['process', 'require', 'module', 'Buffer', 'setTimeout', 'setImmediate', 'fetch', 'console', 'globalThis', 'Promise', 'queueMicrotask']
        const reported = run(
            { [`${ROOT}/probe.ts`]: `import { report } from 'test/report';\nexport function probe() { report(${names.map((name) => `typeof ${name}`).join(', ')}); }` },
            `require('${ROOT}/probe.ts').probe();`,
        )
        expect(reported).toEqual(names.map(() => 'undefined'))
        expect(() => run({ [`${ROOT}/leak.ts`]: 'export function leak() { return process.env; }' }, `require('${ROOT}/leak.ts').leak();`)).toThrow(
            /process is not defined/,
        )
    })

    it('gives Date the simulated clock: new Date(), Date.now() and Date()', () => {
        let now = START
        const realm = new InstanceRealm({
            modules: new Map([[`${ROOT}/clock.ts`, "import { report } from 'test/report';\nexport function read() { report(new Date().toISOString(), Date.now(), Date().includes('2030'), new Date(0).getTime(), new Date() instanceof Date); }"]]),
            platformModules: { 'test/report': { report: (...values: unknown[]) => reported.push(values) } },
            now: () => now,
        })
        const reported: unknown[] = []
        realm.runScript(`require('${ROOT}/clock.ts').read();`, 'clock')
        now += 86400000
        realm.runScript(`require('${ROOT}/clock.ts').read();`, 'clock')
        expect(reported).toEqual([
            ['2030-01-01T08:00:00.000Z', START, true, 0, true],
            ['2030-01-02T08:00:00.000Z', START + 86400000, true, 0, true],
        ])
    })

    it.each([
        ['a default export', 'export default function () {}'],
        ['a default import', "import glide from '@servicenow/glide';"],
        ['a dynamic `import()`', "export function later() { return import('./x.ts'); }"],
        ['`import.meta`', 'export const here = import.meta.url;'],
    ])('rejects %s with the place and what to do', (what, source) => {
        expect(() => run({ [`${ROOT}/odd.ts`]: source }, '')).toThrow(UnsupportedModuleSyntax)
        expect(() => run({ [`${ROOT}/odd.ts`]: source }, '')).toThrow(`${ROOT}/odd.ts:1:`)
        expect(() => run({ [`${ROOT}/odd.ts`]: source }, '')).toThrow(what)
    })

    it('refuses imports that are neither built modules nor platform modules, naming both', () => {
        expect(() => run({ [`${ROOT}/net.ts`]: "import { request } from 'node:http';\nexport const r = request;" }, '')).toThrow(
            /imports "node:http", which is neither a sys_module in dist\/app .* nor a platform module/,
        )
        expect(() => run({}, "require('fs')")).toThrow(/require\("fs"\) finds no sys_module/)
    })

    it('refuses import cycles instead of binding an import too early', () => {
        const modules = {
            [`${ROOT}/a.ts`]: "import { b } from './b.ts';\nexport function a() { return b; }",
            [`${ROOT}/b.ts`]: "import { a } from './a.ts';\nexport function b() { return a; }",
        }
        expect(() => run(modules, `require('${ROOT}/a.ts')`)).toThrow(/Import cycle through .*a\.ts/)
    })

    it('keeps line numbers, so a stack trace points at the line of the built module', () => {
        const source = "import { gs } from '@servicenow/glide';\n\nexport function fail() {\n    gs.info('x');\n    throw new Error('boom');\n}"
        try {
            run({ [`${ROOT}/fail.ts`]: source }, `require('${ROOT}/fail.ts').fail();`)
            throw new Error('expected a throw')
        } catch (error) {
            expect(String((error as Error).stack)).toContain(`${ROOT}/fail.ts:5:`)
        }
    })
})
