/**
 * "Check this instance" (src/instance-check/): what it stores and what other rooms read back. Names
 * shared by the Fluent records (fluent/check-this-instance.now.ts) and the code.
 */

/** One row per checked assumption: its status, what was found, what the app does then, when. */
export const PROBE_TABLE = 'x_mail_oauth_instance_check'

/** One row per OAuth API script of the app: the last time the platform ran it (src/platform/probe/sign-in-runs.ts). */
export const SIGN_IN_RUN_TABLE = 'x_mail_oauth_sign_in_run'

export type ProbeStatus = 'confirmed' | 'differs' | 'cannot_tell'

export const PROBE_STATUS: { readonly [status in ProbeStatus]: string } = {
    confirmed: 'Confirmed',
    differs: 'Differs',
    cannot_tell: 'Cannot tell',
}

/**
 * The keys of the items (src/instance-check/items.ts lists them): the stored rows' `item`. A room
 * that uses a result reads it by one of these keys through readProbeResult (results.ts).
 */
export const PROBE_ITEM = {
    crossScopePrivileges: 'cross_scope_privileges',
    emailColumns: 'email_columns',
    emailAccountColumn: 'email_account_column',
    ignoredMailbox: 'ignored_mailbox',
    mailJobs: 'mail_jobs',
    readerLogSource: 'reader_log_source',
    emailFilters: 'email_filters',
    inboundEmailFlows: 'inbound_email_flows',
    signInScripts: 'sign_in_scripts',
    connectionSecurity: 'connection_security',
    graphAccountTypes: 'graph_account_types',
    returningCanaryStored: 'returning_canary_stored',
    generatedHeaderStored: 'generated_header_stored',
    certificateChain: 'certificate_chain',
    smtpLookback: 'smtp_lookback',
} as const

export type ProbeItemKey = (typeof PROBE_ITEM)[keyof typeof PROBE_ITEM]

/**
 * The sys_email column the app assumes names the email account an email went through (the docs name
 * none; test/e2e/mail-engine/README.md UNCONFIRMED): used until Check this instance answers otherwise.
 */
export const ASSUMED_EMAIL_ACCOUNT_COLUMN = 'email_account'

/** Where the app assumes the email reader logs a refused login (syslog sources), until Check this instance answers otherwise. */
export const ASSUMED_READER_LOG_SOURCES = ['EmailReader', 'POP3Reader'] as const
