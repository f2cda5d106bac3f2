/**
 * A JavaScript realm shaped like the instance's server-side engine: the ECMAScript built-ins and
 * nothing of Node (no process, require, Buffer, timers, fetch, console), no `globalThis`, no Promise,
 * and a `Date` that reads the simulated platform clock. Code that would break on the instance
 * breaks here with a ReferenceError.
 */
import { createContext, Script, type Context } from 'node:vm'
import { compileModule, resolveSpecifier, type CompiledModule } from './instance-modules.ts'

/**
 * Globals a fresh vm context still has that the instance's engine does not offer: `console` (scoped
 * code logs through gs), `globalThis`, Promise and the concurrency and WebAssembly built-ins.
 */
const ABSENT_ON_INSTANCE = ['console', 'globalThis', 'Promise', 'SharedArrayBuffer', 'Atomics', 'WebAssembly', 'WeakRef', 'FinalizationRegistry']

/** Evaluated inside the realm: a Date whose "now" is the simulated clock, otherwise the realm's own Date. */
const SIMULATED_DATE_FACTORY = `(function (RealDate, nowMillis) {
    function Date(...args) {
        if (!new.target) return new RealDate(nowMillis()).toString();
        return Reflect.construct(RealDate, args.length === 0 ? [nowMillis()] : args, new.target);
    }
    Object.defineProperty(Date, 'prototype', { value: RealDate.prototype, writable: false });
    Date.now = function now() { return nowMillis(); };
    Date.parse = RealDate.parse;
    Date.UTC = RealDate.UTC;
    return Date;
})`

/** The modules the platform itself provides to scoped code, by import specifier. */
export type PlatformModules = Readonly<Record<string, object>>

export interface InstanceRealmOptions {
    /** sys_module contents by path, as built. */
    readonly modules: ReadonlyMap<string, string>
    /** `@servicenow/glide` and `@servicenow/glide/sn_auth`, backed by the stand-ins. */
    readonly platformModules: PlatformModules
    /** Milliseconds since the epoch on the simulated platform clock. */
    readonly now: () => number
}

/**
 * Compiles the built modules once; every `runScript` gets a fresh realm and a fresh module registry,
 * because each run of a scheduled job on an instance starts from scratch (and may run on another node),
 * so nothing a module keeps in memory carries over from one run to the next.
 */
export class InstanceRealm {
    private readonly compiled = new Map<string, CompiledModule>()

    constructor(private readonly options: InstanceRealmOptions) {
        for (const [path, content] of options.modules) {
            if (path.endsWith('.ts') || path.endsWith('.js')) this.compiled.set(path, compileModule(path, content))
        }
        for (const module of this.compiled.values()) {
            for (const specifier of module.specifiers) this.assertResolvable(module.path, resolveSpecifier(module.path, specifier), specifier)
        }
    }

    /**
     * Runs a server script (a sysauto_script's or a Script Action's `script` field) as the platform would:
     * sloppy mode, with `require`, and the variables the platform gives that kind of script (a Script Action's `event`).
     */
    runScript(source: string, filename: string, variables: Record<string, unknown> = {}): void {
        const context = this.createContext()
        const names = Object.keys(variables)
        // A function wrapper gives the script a scope of its own, as each job execution has on the instance.
        const script = new Script(`(function (require${names.map((name) => `, ${name}`).join('')}) {\n${source}\n})`, { filename, lineOffset: -1 })
        const entry = script.runInContext(context) as (require: (specifier: string) => unknown, ...values: unknown[]) => void
        const scope = new ModuleScope(this.compiled, this.options.platformModules, context)
        entry((specifier) => scope.require(filename, specifier), ...names.map((name) => variables[name]))
    }

    private createContext(): Context {
        const context = createContext({}, { name: 'instance', codeGeneration: { strings: true, wasm: false } })
        const realDate = new Script('Date').runInContext(context) as DateConstructor
        const makeDate = new Script(SIMULATED_DATE_FACTORY).runInContext(context) as (realDate: DateConstructor, now: () => number) => DateConstructor
        const simulatedDate = makeDate(realDate, () => this.options.now())
        new Script(`(function (SimulatedDate, absent) {
            for (const name of absent) delete this[name];
            Object.defineProperty(this, 'Date', { value: SimulatedDate, writable: true, configurable: true });
        })`)
            .runInContext(context)
            .call(new Script('this').runInContext(context), simulatedDate, ABSENT_ON_INSTANCE)
        return context
    }

    private assertResolvable(from: string, resolved: string, specifier: string): void {
        if (!this.compiled.has(resolved) && !(resolved in this.options.platformModules)) {
            throw new Error(
                `${from} imports "${specifier}", which is neither a sys_module in dist/app (${resolved}) nor a platform module ` +
                    `the runner provides (${Object.keys(this.options.platformModules).join(', ')}).`,
            )
        }
    }
}

type ModuleFunction = (
    exports: object,
    importModule: (specifier: string) => unknown,
    reexport: (target: object, source: object) => void,
) => void

/** One run's module registry: each sys_module evaluated at most once, in import order. */
class ModuleScope {
    private readonly evaluated = new Map<string, object>()
    private readonly evaluating = new Set<string>()

    constructor(
        private readonly compiled: ReadonlyMap<string, CompiledModule>,
        private readonly platformModules: PlatformModules,
        private readonly context: Context,
    ) {}

    require(from: string, specifier: string): unknown {
        const path = resolveSpecifier(from, specifier)
        if (path in this.platformModules) return this.platformModules[path]
        const done = this.evaluated.get(path)
        if (done) return done
        const module = this.compiled.get(path)
        if (!module) {
            throw new Error(`${from}: require("${specifier}") finds no sys_module with path ${path} in dist/app; is the build complete?`)
        }
        if (this.evaluating.has(path)) {
            throw new Error(`Import cycle through ${path} (from ${from}): the end-to-end runner binds imports when a module runs and does not model cycles.`)
        }
        this.evaluating.add(path)
        const exports = Object.create(null) as object
        const run = module.script.runInContext(this.context) as ModuleFunction
        run(exports, (imported) => this.require(path, imported), reexportAll)
        this.evaluating.delete(path)
        this.evaluated.set(path, Object.freeze(exports))
        return exports
    }
}

function reexportAll(target: object, source: object): void {
    for (const name of Object.keys(source)) {
        if (name === 'default' || Object.prototype.hasOwnProperty.call(target, name)) continue
        Object.defineProperty(target, name, { enumerable: true, get: () => (source as Record<string, unknown>)[name] })
    }
}
