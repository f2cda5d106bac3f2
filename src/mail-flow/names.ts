/**
 * Names the mail-flow records (fluent/mail-flow.now.ts) and the modules share, written once.
 */

/** One row per canary message (what was sent, when, and whether it came back). */
export const CANARY_TABLE = 'x_mail_oauth_canary'

/** One row per email the app sent again after an outbound incident: which, when, by whom. */
export const RESEND_TABLE = 'x_mail_oauth_resend'

export const MAIL_FLOW_JOB_NAME = 'Email OAuth Manager: mail-flow check'

/** How often the job runs (fluent/mail-flow.now.ts): it sends the canaries that are due and reads what became of earlier ones. */
export const MAIL_FLOW_JOB_INTERVAL_MINUTES = 5

/** The app's email notification that sends each canary (on MAIL_FLOW_EVENT.canary). */
export const CANARY_NOTIFICATION_NAME = 'Email OAuth Manager: mail-flow canary'


/**
 * The action's order: lower than any out-of-box or customer action (they use 0 to a few hundred),
 * so it runs first. The Order field is an integer; ServiceNow asks for unique orders so Stop
 * processing works as expected (docs, r_OrderedEmailProcessingPlugin).
 */
export const CANARY_ACTION_ORDER = -1000

export const MAIL_FLOW_PROPERTY = {
    /** Off switch for the canaries (the mail-level codes and the re-send keep working). */
    canaryEnabled: { name: 'x_mail_oauth.canary_enabled', default: true },
    canaryPeriodMinutes: { name: 'x_mail_oauth.canary_period_minutes', default: 30 },
    /** The most canaries all mailboxes together may cost per day; the period stretches to stay under it. */
    canaryDailyLimit: { name: 'x_mail_oauth.canary_daily_limit', default: 200 },
    /** A canary still waiting to be sent after this long names the outbound leg. */
    canarySendBoundMinutes: { name: 'x_mail_oauth.canary_send_bound_minutes', default: 15 },
    /** A canary sent but not read after this long names the inbound leg. */
    canaryArrivalBoundMinutes: { name: 'x_mail_oauth.canary_arrival_bound_minutes', default: 20 },
    /** 'automatic': re-send at the end of an outbound incident; 'offer': an admin presses Re-send. */
    resendMode: { name: 'x_mail_oauth.resend_mode', default: 'automatic' },
    resendMaxPerRun: { name: 'x_mail_oauth.resend_max_per_run', default: 50 },
    /** Emails that failed longer ago than this are never re-sent (their news is stale). */
    resendMaxAgeHours: { name: 'x_mail_oauth.resend_max_age_hours', default: 24 },
} as const

/** Events queued on the inbound mailbox's sys_email_account (parm1 its sys_id, parm2 the canary code), and the canary's own. */
export const MAIL_FLOW_EVENT = {
    /** On the canary row: parm1 the mailbox's address (the notification's recipient), parm2 the marker `<instance>/<canary id>`. */
    canary: 'x_mail_oauth.mail_flow.canary',
    failing: 'x_mail_oauth.mail_flow.failing',
    recovered: 'x_mail_oauth.mail_flow.recovered',
    /** On the outbound account: parm2 the number of emails that failed during its incident, waiting for an admin's Re-send. */
    resendOffered: 'x_mail_oauth.mail_flow.resend_offered',
} as const

/** The instance's own sending and reading switches (ServiceNow docs r_OutboundMailConfiguration, r_MailDiagnostics). */
export const PLATFORM_MAIL_PROPERTY = {
    sendingEnabled: 'glide.email.smtp.active',
    receivingEnabled: 'glide.email.read.active',
    instanceName: 'instance_name',
} as const

/**
 * The platform's scheduled jobs in the Schedule table (sys_trigger) that move mail: "SMTP Sender"
 * ("sends email on a recurring schedule. By default, this job runs every minute") and the email reader
 * ("downloads any email waiting on the mail server and creates email.read events"), ServiceNow docs
 * r_MailDiagnostics. The reader's record name differs between releases (POP3 Reader / Email Reader).
 */
export const PLATFORM_MAIL_JOB = {
    sender: ['SMTP Sender'],
    reader: ['POP3 Reader', 'Email Reader', 'IMAP Reader'],
} as const
