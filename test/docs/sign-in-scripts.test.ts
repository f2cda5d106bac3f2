/**
 * Which OAuth API Script the Google provider uses is said in six places: the README, the admin guide,
 * the sign-in page, the codes page, the app's own messages (overview, token keeper, migration, setup
 * check) and the shipped records. They say the same thing: the Google provider keeps the platform's
 * OAuthGoogleOfflineAccess (KB0813417), and the app's OAuthEmailGoogleSignIn is offered only with
 * Check this instance, which says whether the app's scripts run (issue 24 point 2).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import { GOOGLE } from '../../src/providers.ts'
import { loadBuiltApp } from '../build/dist-app.ts'

const ROOT = join(__dirname, '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

const DOCS = ['README.md', 'docs/admin-guide.md', 'docs/sign-in.md', 'docs/codes.md']
const MESSAGES = ['src/overview/view-model.ts', 'src/token-keeper/messages.ts', 'src/migration/plan.ts', 'src/setup-check/rules/general.ts', 'src/setup-check/rules/sign-in.ts']
const CONDITION = /check this instance/i

/** Paragraphs of a page (blank-line separated), lines of a source file. */
function units(path: string): string[] {
    const text = read(path)
    return path.endsWith('.md') ? text.split(/\n\s*\n/) : text.split('\n')
}

describe('the Google provider keeps OAuthGoogleOfflineAccess, everywhere it is said', () => {
    it.each(DOCS)('%s names OAuthGoogleOfflineAccess for the Google provider', (path) => {
        expect(read(path)).toContain(GOOGLE.oauthApiScript)
    })

    it.each([...DOCS, ...MESSAGES])('%s offers OAuthEmailGoogleSignIn only together with Check this instance', (path) => {
        const offered = units(path).filter((unit) => unit.includes(SIGN_IN_SCRIPT.google))
        expect(offered.filter((unit) => !CONDITION.test(unit))).toEqual([])
    })

    it.each(MESSAGES.slice(0, 3))('%s tells an account without a refresh token to set OAuthGoogleOfflineAccess', (path) => {
        expect(read(path)).toContain(GOOGLE.oauthApiScript)
    })

    describe('the shipped records', () => {
        const app = loadBuiltApp()
        const google = app.of('oauth_entity').find((record) => record.fields.name === GOOGLE.entityName)

        it('the Google provider ships without a script of the app, its comments naming OAuthGoogleOfflineAccess and the condition', () => {
            expect(google?.fields.oauth_api_script ?? '').toBe('')
            expect(google?.fields.comments).toContain(GOOGLE.oauthApiScript)
            expect(google?.fields.comments).toMatch(CONDITION)
        })

        it('a fix script sets OAuthGoogleOfflineAccess on install and upgrade, through a module that exists', () => {
            const fix = app.of('sys_script_fix').find((record) => (record.fields.script ?? '').includes('google-offline-access.ts'))
            expect(fix?.fields.description).toContain(GOOGLE.oauthApiScript)
            expect(fix?.fields.script).toContain('keepGoogleOfflineAccess()')
            expect([...app.modules.keys()].some((path) => path.endsWith('src/install/google-offline-access.ts'))).toBe(true)
        })

        it("the app's Google script stays available, its description naming the condition", () => {
            const script = app.of('sys_script_include').find((record) => record.fields.name === SIGN_IN_SCRIPT.google)
            expect(script?.fields.active).toBe('true')
            expect(script?.fields.description).toMatch(CONDITION)
        })
    })
})
