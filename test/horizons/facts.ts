import type { MailboxFacts } from '../../src/horizons/time-to-failure.ts'

export const NOW = Date.UTC(2026, 11, 6, 9, 0, 0)

/** A healthy Microsoft mailbox; each test changes what it is about. */
export function mailboxFacts(overrides: Partial<MailboxFacts> = {}): MailboxFacts {
    return {
        sysId: 'a'.repeat(32),
        name: 'Sales inbox',
        mailbox: 'sales@contoso.example',
        active: true,
        authentication: 'oauth2',
        appOnly: false,
        providerKind: 'microsoft',
        providerId: 'p'.repeat(32),
        status: 'ok',
        accessTokenExpires: NOW + 3600000,
        refreshTokenExpires: null,
        lastRefreshed: NOW - 5 * 60000,
        lastAuthorized: NOW - 30 * 86400000,
        testingModeSuspected: false,
        hasTwin: false,
        ...overrides,
    }
}

