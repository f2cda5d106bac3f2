/**
 * The pure decisions of Check this instance (src/instance-check/items/): what each reading means,
 * without an instance. The readers and the whole route run as built in test/e2e/check-this-instance.test.ts.
 */
import { SIGN_IN_SCRIPT } from '../../src/authorization/sign-in.ts'
import { decideConnectionSecurity } from '../../src/instance-check/items/connection-security.ts'
import { decidePrivileges } from '../../src/instance-check/items/cross-scope-privileges.ts'
import { decideAccountColumn } from '../../src/instance-check/items/email-account-column.ts'
import { decideEmailFilters } from '../../src/instance-check/items/email-filters.ts'
import { decideGraphTypes } from '../../src/instance-check/items/graph-account-types.ts'
import { decideIgnoredMailbox } from '../../src/instance-check/items/ignored-mailbox.ts'
import { decideInboundFlows } from '../../src/instance-check/items/inbound-email-flows.ts'
import { decideMailJobs } from '../../src/instance-check/items/mail-jobs.ts'
import { decideReaderLog } from '../../src/instance-check/items/reader-log-source.ts'
import { decideSignInScripts } from '../../src/instance-check/items/sign-in-scripts.ts'
import type { ProbeItem } from '../../src/instance-check/item.ts'
import { PROBE_ITEMS } from '../../src/instance-check/items.ts'
import { probeSummary, runProbe } from '../../src/instance-check/run.ts'
import { needsOfflineAccessScript } from '../../src/install/google-offline-access.ts'
import { PROBE_ITEM } from '../../src/platform/probe/names.ts'
import { GOOGLE } from '../../src/providers.ts'

const column = (element: string, type = 'string', reference = '') => [element, { element, type, reference }] as const

describe('every item', () => {
    it('is listed once, under its own key; every key another room reads is an item', () => {
        const keys = PROBE_ITEMS.map((item) => item.key)
        expect(new Set(keys).size).toBe(keys.length)
        expect(keys).toEqual(expect.arrayContaining(Object.values(PROBE_ITEM)))
    })
})

describe('the runner', () => {
    const item = (key: ProbeItem['key'], check: ProbeItem['check']): ProbeItem => ({ key, title: key, assumption: '', check })

    it('turns an exception into cannot tell with its reason, and goes on', () => {
        const results = runProbe(
            [
                item(PROBE_ITEM.mailJobs, () => {
                    throw new Error('Security restricted: read operation on table sys_trigger')
                }),
                item(PROBE_ITEM.emailFilters, () => ({ status: 'confirmed', found: 'ok', appDoes: 'ok' })),
            ],
            () => 0,
        )
        expect(results.map((result) => [result.status, result.found.includes('Security restricted')])).toEqual([
            ['cannot_tell', true],
            ['confirmed', false],
        ])
        expect(probeSummary(results)).toBe('1 confirmed, 0 differ, 1 cannot tell')
    })

    it('answers the items past its time budget as not checked, never dropping one', () => {
        let now = 0
        const slow = item(PROBE_ITEM.mailJobs, () => {
            now += 31000
            return { status: 'confirmed', found: 'ok', appDoes: 'ok' }
        })
        const results = runProbe([slow, item(PROBE_ITEM.emailFilters, () => ({ status: 'confirmed', found: 'ok', appDoes: 'ok' }))], () => now)
        expect(results.map((result) => result.status)).toEqual(['confirmed', 'cannot_tell'])
        expect(results[1].found).toContain('ran out of time')
    })
})

describe('the decisions', () => {
    it('privileges: all allowed, one denied, none visible', () => {
        expect(decidePrivileges([{ target: 'sys_email', operation: 'read', status: 'allowed' }]).status).toBe('confirmed')
        const denied = decidePrivileges([
            { target: 'sys_email', operation: 'read', status: 'allowed' },
            { target: 'syslog', operation: 'read', status: 'requested' },
        ])
        expect([denied.status, denied.value]).toEqual(['differs', 'read:syslog'])
        expect(decidePrivileges([]).status).toBe('cannot_tell')
    })

    it('the account column: as assumed, named otherwise, absent, unreadable', () => {
        expect(decideAccountColumn(new Map([column('email_account', 'reference', 'sys_email_account')])).value).toBe('email_account')
        const other = decideAccountColumn(new Map([column('account', 'reference', 'sys_email_account')]))
        expect([other.status, other.value]).toEqual(['differs', 'account'])
        expect(decideAccountColumn(new Map([column('subject')]))).toMatchObject({ status: 'differs', value: '' })
        expect(decideAccountColumn(null).status).toBe('cannot_tell')
    })

    it('ignored mail: found with its mailbox, none yet, type not listed', () => {
        expect(decideIgnoredMailbox({ typeChoices: [], newestMailbox: 'junk' })).toMatchObject({ status: 'confirmed', value: 'junk' })
        expect(decideIgnoredMailbox({ typeChoices: [{ value: 'received-ignored', label: '' }], newestMailbox: null }).status).toBe('cannot_tell')
        expect(decideIgnoredMailbox({ typeChoices: [{ value: 'received', label: '' }], newestMailbox: null }).status).toBe('differs')
    })

    it('mail jobs: names found, a name missing, a state labelled otherwise', () => {
        const choices = [
            { value: '0', label: 'Ready' },
            { value: '1', label: 'Running' },
            { value: '2', label: 'Queued' },
        ]
        expect(decideMailJobs({ jobs: [{ name: 'SMTP Sender', state: '0' }, { name: 'POP3 Reader', state: '1' }], stateChoices: choices }).status).toBe('confirmed')
        expect(decideMailJobs({ jobs: [{ name: 'SMTP Sender', state: '0' }], stateChoices: choices }).status).toBe('differs')
        expect(decideMailJobs({ jobs: [{ name: 'SMTP Sender', state: '0' }, { name: 'Email Reader', state: '0' }], stateChoices: [{ value: '0', label: 'On hold' }] }).found).toContain('state 0 is "On hold"')
    })

    it('reader log, filters, flows', () => {
        expect(decideReaderLog({ appSourcesSeen: true, otherSources: [] }).status).toBe('confirmed')
        expect(decideReaderLog({ appSourcesSeen: false, otherSources: ['IMAP'] })).toMatchObject({ status: 'differs', value: 'IMAP' })
        expect(decideReaderLog({ appSourcesSeen: false, otherSources: [] }).status).toBe('cannot_tell')
        expect(decideEmailFilters({ ignoreHeaders: null, activeFilters: ['Ignore header'] }).status).toBe('confirmed')
        expect(decideEmailFilters({ ignoreHeaders: 'x-servicenow-generated', activeFilters: null }).status).toBe('confirmed')
        expect(decideEmailFilters({ ignoreHeaders: '', activeFilters: [] }).status).toBe('differs')
        expect(decideEmailFilters({ ignoreHeaders: null, activeFilters: null }).status).toBe('cannot_tell')
        expect(decideInboundFlows([]).status).toBe('confirmed')
        expect(decideInboundFlows(['Route mail']).status).toBe('differs')
        expect(decideInboundFlows(null).status).toBe('cannot_tell')
    })

    it("the app's OAuth API scripts: a recorded run, an unproven script on Google, nothing yet", () => {
        const google = { provider: 'Google Gmail', kind: 'google' as const, script: SIGN_IN_SCRIPT.google }
        const ran = new Map([[SIGN_IN_SCRIPT.microsoft, { script: SIGN_IN_SCRIPT.microsoft, firstRun: '2026-11-20 09:00:00', lastRun: '2026-11-20 09:00:00', runs: 1 }]])
        expect(decideSignInScripts(ran, [google])).toMatchObject({ status: 'confirmed', value: 'ran' })
        expect(decideSignInScripts(new Map(), [google]).status).toBe('differs')
        expect(decideSignInScripts(new Map(), [{ ...google, script: GOOGLE.oauthApiScript }]).status).toBe('cannot_tell')
    })

    it('connection security and Graph types', () => {
        expect(decideConnectionSecurity(true, null).status).toBe('confirmed')
        expect(decideConnectionSecurity(false, null).status).toBe('cannot_tell')
        expect(decideConnectionSecurity(true, { element: 'cs', label: 'Connection security', choices: [{ value: 'x', label: 'Odd', kind: null }] }).status).toBe('differs')
        expect(decideGraphTypes([{ value: 'g1', label: 'Microsoft Graph (Receive)' }, { value: 'g2', label: 'Microsoft Graph (Send)' }])).toMatchObject({ status: 'confirmed', value: 'receive=g1;send=g2' })
        expect(decideGraphTypes([{ value: 'g1', label: 'Microsoft Graph (Receive)' }]).status).toBe('differs')
        expect(decideGraphTypes([]).status).toBe('cannot_tell')
    })
})

describe("the Google provider's script after an install or upgrade", () => {
    const google = { name: GOOGLE.entityName, authUrl: GOOGLE.authUrl, script: '' }
    it.each([
        ['the shipped provider, empty', google, false, true],
        ["the app's script, no run recorded", { ...google, script: SIGN_IN_SCRIPT.google }, false, true],
        ["the app's script, a run recorded", { ...google, script: SIGN_IN_SCRIPT.google }, true, false],
        ['the admin chose another script', { ...google, script: 'OAuthContoso' }, false, false],
        ["another integration's Google provider, empty", { ...google, name: 'Google Drive sync' }, false, false],
        ['a Microsoft provider', { ...google, authUrl: 'https://login.microsoftonline.com/x/oauth2/v2.0/authorize' }, false, false],
    ])('%s', (_name, provider, ran, expected) => {
        expect(needsOfflineAccessScript(provider, ran)).toBe(expected)
    })
})
