/**
 * The platform's documented email defaults that every tier's stand-ins model (the e2e mail engine in
 * test/e2e/mail-engine/, the unit tests of the inbound action in test/mail-flow/), each with its
 * source. A stand-in proves only what it models: these are the defaults of a new instance, not what
 * makes the app's code pass. A test that needs another configuration switches one off by name and
 * says so.
 */

export const EMAIL_DEFAULTS = {
    /** "Every outbound email carries the header X-ServiceNow-Generated: true" (KB0551482). */
    generatedHeader: { name: 'X-ServiceNow-Generated', value: 'true', source: 'KB0551482' },
    /**
     * The *Ignore header* email filter: inbound email carrying X-ServiceNow-Generated: true is ignored
     * (KB0551482; the Email Filters plugin com.glide.email_filter is active by default since Kingston,
     * docs Email filters; without the plugin the property glide.pop3.ignore_headers does the same).
     */
    ignoreHeaderFilter: { name: 'Ignore header', activeByDefault: true, source: 'KB0551482; docs Email filters' },
    /** *Junk email - sender equals recipient*: "filters out emails that are from the same user as the SMTP user to the Junk folder" (docs Email filters). */
    junkFilter: { name: 'Junk email - sender equals recipient', activeByDefault: true, source: 'docs Email filters' },
    /** "When an email is ignored, the email is saved to your instance but is not processed" (docs Email filters): sys_email type received-ignored, no inbound action runs. */
    ignoredEmail: { type: 'received-ignored', state: 'ignored', source: 'docs Email filters; r_EmailLogs' },
    /** The instance stores the first email with a Message-ID and silently drops later ones; the index is on (type, message_id) (KB0816001). */
    duplicateMessageId: { property: 'glide.email.allow_duplicate_message_ids', defaultAllowed: false, source: 'KB0816001' },
    /** "Inbound email flows take priority over inbound email actions" (docs Inbound email action processing, c_InboundEmailActions). */
    flowsBeforeActions: { source: 'docs Inbound email action processing; c_InboundEmailActions' },
} as const

/** The header line every email the instance sends carries. */
export const GENERATED_HEADER_LINE = `${EMAIL_DEFAULTS.generatedHeader.name}: ${EMAIL_DEFAULTS.generatedHeader.value}`

export type EmailFilterName = 'ignoreHeader' | 'junkSenderEqualsRecipient'

/** The two default filters, both on as on a new instance. */
export function defaultEmailFilters(): Record<EmailFilterName, boolean> {
    return { ignoreHeader: EMAIL_DEFAULTS.ignoreHeaderFilter.activeByDefault, junkSenderEqualsRecipient: EMAIL_DEFAULTS.junkFilter.activeByDefault }
}
