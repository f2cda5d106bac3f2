/**
 * The part of Jasmine 3.1 (the version ATF's "Run Server Side Script" step offers; the SDK's
 * step-configs allow only '3.1') that the app's ATF steps use, for running their built scripts in
 * the instance realm: describe/it (xit pending), beforeEach/afterEach, fail, expect with its common
 * matchers and `.not`, and `jasmine.getEnv().execute()`. As in Jasmine, describe bodies run when
 * declared, specs run on execute(), a failed expectation is recorded and the spec goes on, and a
 * thrown error fails the spec. Anything else (another matcher, beforeAll, spies) is absent, so a
 * step that uses it fails here loudly instead of passing on a guess.
 *
 * Values come from the instance realm, so equality never relies on constructors or instanceof.
 */

export interface SpecResult {
    fullName: string
    status: 'passed' | 'failed' | 'pending'
    failedExpectations: string[]
    passedExpectations: number
}

interface Spec {
    fullName: string
    body: (() => void) | null
    suites: Suite[]
}

interface Suite {
    beforeEach: (() => void)[]
    afterEach: (() => void)[]
}

type Matcher = (actual: unknown, expected: unknown, extra?: unknown) => { pass: boolean; message: (not: boolean) => string }

const MATCHERS = {
    toBe: (actual, expected) => ({ pass: Object.is(actual, expected), message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be ${pp(expected)}.` }),
    toEqual: (actual, expected) => ({ pass: equals(actual, expected), message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to equal ${pp(expected)}.` }),
    toContain: (actual, expected) => ({
        pass: typeof actual === 'string' ? actual.includes(String(expected)) : Array.isArray(actual) && actual.some((item) => equals(item, expected)),
        message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to contain ${pp(expected)}.`,
    }),
    toBeTruthy: (actual) => ({ pass: !!actual, message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be truthy.` }),
    toBeFalsy: (actual) => ({ pass: !actual, message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be falsy.` }),
    toBeDefined: (actual) => ({ pass: actual !== undefined, message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be defined.` }),
    toBeUndefined: (actual) => ({ pass: actual === undefined, message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be undefined.` }),
    toBeNull: (actual) => ({ pass: actual === null, message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be null.` }),
    toBeGreaterThan: (actual, expected) => ({ pass: (actual as number) > (expected as number), message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be greater than ${pp(expected)}.` }),
    toBeLessThan: (actual, expected) => ({ pass: (actual as number) < (expected as number), message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to be less than ${pp(expected)}.` }),
    toMatch: (actual, expected) => ({
        pass: typeof actual === 'string' && (typeof expected === 'string' ? actual.includes(expected) : new RegExp(expected as RegExp).test(actual)),
        message: (not) => `Expected ${pp(actual)} ${not ? 'not ' : ''}to match ${pp(expected)}.`,
    }),
} satisfies Record<string, Matcher>

type Matchers = Record<keyof typeof MATCHERS, (expected?: unknown) => void>

/** The names ATF's Jasmine defines for a step script. */
export interface JasmineGlobals {
    describe(name: string, body: () => void): void
    it(name: string, body: () => void): void
    xit(name: string, body?: () => void): void
    beforeEach(body: () => void): void
    afterEach(body: () => void): void
    expect(actual: unknown): Matchers & { not: Matchers }
    fail(message?: unknown): void
    jasmine: { getEnv(): { execute(): void } }
}

/** One Jasmine environment: the globals a step script sees, and what its run reported. */
export class JasmineShim {
    private readonly specs: Spec[] = []
    private readonly suiteStack: { name: string; suite: Suite }[] = []
    private current: SpecResult | null = null
    private results: SpecResult[] | null = null

    globals(): JasmineGlobals {
        return {
            describe: (name: string, body: () => void) => this.describe(name, body),
            it: (name: string, body: () => void) => this.declare(name, body),
            xit: (name: string) => this.declare(name, null),
            beforeEach: (body: () => void) => void this.top('beforeEach').beforeEach.push(body),
            afterEach: (body: () => void) => void this.top('afterEach').afterEach.push(body),
            expect: (actual: unknown) => this.expect(actual),
            fail: (message?: unknown) => this.record(false, `Failed${message === undefined ? '' : `: ${String(message)}`}`),
            jasmine: { getEnv: () => ({ execute: () => this.execute() }) },
        }
    }

    /** Specs declared so far. */
    get declared(): number {
        return this.specs.length
    }

    /** The results of execute(), or null when the script never called it. */
    get executed(): readonly SpecResult[] | null {
        return this.results
    }

    private describe(name: string, body: () => void): void {
        this.suiteStack.push({ name, suite: { beforeEach: [], afterEach: [] } })
        try {
            body()
        } finally {
            this.suiteStack.pop()
        }
    }

    private top(what: string): Suite {
        const top = this.suiteStack[this.suiteStack.length - 1]
        if (!top) throw new Error(`${what} outside describe: the ATF steps declare it inside a describe block`)
        return top.suite
    }

    private declare(name: string, body: (() => void) | null): void {
        if (this.suiteStack.length === 0) throw new Error(`it('${name}') outside describe`)
        this.specs.push({ fullName: [...this.suiteStack.map((entry) => entry.name), name].join(' '), body, suites: this.suiteStack.map((entry) => entry.suite) })
    }

    private execute(): void {
        if (this.results !== null) throw new Error('jasmine.getEnv().execute() called twice')
        this.results = []
        for (const spec of this.specs) {
            const result: SpecResult = { fullName: spec.fullName, status: 'pending', failedExpectations: [], passedExpectations: 0 }
            this.results.push(result)
            if (spec.body === null) continue
            this.current = result
            const body = spec.body
            try {
                for (const suite of spec.suites) suite.beforeEach.forEach((hook) => hook())
                body()
                for (const suite of [...spec.suites].reverse()) suite.afterEach.forEach((hook) => hook())
            } catch (error) {
                result.failedExpectations.push(`${errorName(error)}: ${errorMessage(error)}`)
            }
            result.status = result.failedExpectations.length > 0 ? 'failed' : 'passed'
            this.current = null
        }
    }

    private expect(actual: unknown): Matchers & { not: Matchers } {
        const build = (not: boolean): Matchers => {
            const matchers: Record<string, (expected?: unknown) => void> = {}
            for (const [name, matcher] of Object.entries(MATCHERS)) {
                matchers[name] = (expected?: unknown) => {
                    const { pass, message } = matcher(actual, expected)
                    this.record(pass !== not, message(not))
                }
            }
            return matchers as Matchers
        }
        return { ...build(false), not: build(true) }
    }

    private record(passed: boolean, message: string): void {
        if (!this.current) throw new Error('expect() outside a running spec: call it inside it(...)')
        if (passed) this.current.passedExpectations += 1
        else this.current.failedExpectations.push(message)
    }
}

function errorName(error: unknown): string {
    return error !== null && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : 'Error'
}

function errorMessage(error: unknown): string {
    return error !== null && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error)
}

/** Deep equality over plain data, as Jasmine's toEqual compares the values these steps produce. */
export function equals(a: unknown, b: unknown): boolean {
    if (Object.is(a, b)) return true
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
    if (Array.isArray(a) !== Array.isArray(b)) return false
    const keysA = Object.keys(a)
    const keysB = Object.keys(b)
    if (keysA.length !== keysB.length) return false
    return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && equals((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/** Jasmine-like rendering of a value in a failure message. */
export function pp(value: unknown): string {
    if (typeof value === 'string') return `'${value}'`
    if (Array.isArray(value)) return value.length === 0 ? '[  ]' : `[ ${value.map(pp).join(', ')} ]`
    if (value !== null && typeof value === 'object') {
        if (Object.prototype.toString.call(value) === '[object RegExp]') return String(value)
        return `Object({ ${Object.entries(value).map(([key, item]) => `${key}: ${pp(item)}`).join(', ')} })`
    }
    return String(value)
}
