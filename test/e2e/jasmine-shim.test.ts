/**
 * The Jasmine 3.1 subset the end-to-end runner gives ATF step scripts behaves as Jasmine does: specs
 * run on execute(), a failed expectation is recorded and the spec goes on, a throw fails the spec,
 * xit is pending, `.not` inverts, and what the shim lacks is absent rather than guessed.
 */
import { JasmineShim, type JasmineGlobals } from './runner/jasmine-shim.ts'

function run(script: (globals: JasmineGlobals) => void): JasmineShim {
    const shim = new JasmineShim()
    script(shim.globals())
    return shim
}

describe('the Jasmine shim', () => {
    it('runs specs only on execute(), records failed expectations and goes on, and fails a spec that throws', () => {
        const order: string[] = []
        const shim = run(({ describe, it, expect, xit, beforeEach, jasmine }) => {
            describe('suite', () => {
                beforeEach(() => order.push('before'))
                it('passes', () => {
                    order.push('passes')
                    expect([1, { a: 'x' }]).toEqual([1, { a: 'x' }])
                    expect('abc').not.toContain('d')
                })
                it('fails twice', () => {
                    expect(1).toBe(2)
                    expect({ kind: 'fresh' }).toEqual({ kind: 'refresh' })
                    order.push('went on')
                })
                it('throws', () => {
                    throw new TypeError('boom')
                })
                xit('pending', () => order.push('never'))
            })
            order.push('declared')
            jasmine.getEnv().execute()
        })
        expect(order).toEqual(['declared', 'before', 'passes', 'before', 'went on', 'before'])
        expect(shim.executed).toEqual([
            { fullName: 'suite passes', status: 'passed', failedExpectations: [], passedExpectations: 2 },
            { fullName: 'suite fails twice', status: 'failed', failedExpectations: ['Expected 1 to be 2.', "Expected Object({ kind: 'fresh' }) to equal Object({ kind: 'refresh' })."], passedExpectations: 0 },
            { fullName: 'suite throws', status: 'failed', failedExpectations: ['TypeError: boom'], passedExpectations: 0 },
            { fullName: 'suite pending', status: 'pending', failedExpectations: [], passedExpectations: 0 },
        ])
    })

    it('tells declared-but-never-run specs from run ones, and offers no matcher or hook it does not model', () => {
        const shim = run(({ describe, it }) => describe('s', () => it('x', () => undefined)))
        expect(shim.declared).toBe(1)
        expect(shim.executed).toBeNull()
        const unknownMatcher = run(({ describe, it, expect, jasmine }) => {
            describe('s', () => it('x', () => (expect(1) as unknown as { toHaveBeenCalled(): void }).toHaveBeenCalled()))
            jasmine.getEnv().execute()
        })
        expect(unknownMatcher.executed?.[0].failedExpectations).toEqual(['TypeError: expect(...).toHaveBeenCalled is not a function'])
        const globals = new JasmineShim().globals()
        expect(['beforeAll', 'afterAll', 'spyOn']).toEqual(expect.not.arrayContaining(Object.keys(globals)))
    })
})
