/**
 * Names shared by the Fluent records that declare them and the modules that use them at run time:
 * written once here, so a renamed property or event cannot leave the job listening to nothing.
 */

export const HEALTH_TABLE = 'x_mail_oauth_token_health'

export const ADMIN_ROLE = 'x_mail_oauth.admin'

/** Reads health, runs, client credentials and warnings, and opens the overview; no platform role (x_mail_oauth.admin contains it). */
export const VIEWER_ROLE = 'x_mail_oauth.viewer'

/**
 * The out-of-box `admin` user (System Administrator): the same sys_id on every instance. The refresh
 * job runs as this user, as the platform's own "Refresh email access token" job runs as an admin
 * user, because reading and storing tokens (oauth_credential) needs role admin (KB0859525, KB0816072).
 */
export const ADMIN_USER_SYS_ID = '6816f79cc0a8016401c5a33be04be441'

/** The platform plugin that provides OAuth for IMAP and SMTP accounts. */
export const EMAIL_OAUTH_PLUGIN = 'com.glide.email.oauth'

/** Token health of one email account, as stored in the health table's `status` column. */
export const STATUS = {
    ok: 'ok',
    needsAuthorization: 'needs_authorization',
    refreshFailing: 'refresh_failing',
    misconfigured: 'misconfigured',
    /** The token keeper could not reach the account before its access token runs out (run budget, cap or provider latency). */
    atRisk: 'at_risk',
} as const

export type HealthStatus = (typeof STATUS)[keyof typeof STATUS]

/** System properties (sys_properties) with the defaults the job falls back to. */
export const PROPERTY = {
    enabled: { name: 'x_mail_oauth.enabled', default: true },
    /** 0: refresh at the floor (the last run that safely finds the token valid); more: refresh at least this early. */
    refreshWindowSeconds: { name: 'x_mail_oauth.refresh_window_seconds', default: 0 },
    /** 0: no cap (the run sizes itself within its budget); more: an optional cap against provider throttling. */
    maxRefreshesPerRun: { name: 'x_mail_oauth.max_refreshes_per_run', default: 0 },
    failureAlertThreshold: { name: 'x_mail_oauth.failure_alert_threshold', default: 3 },
    reauthWarningDays: { name: 'x_mail_oauth.reauth_warning_days', default: 7 },
    /** Incident and UI banner when an alert email may not be sent (src/alerts/). */
    fallbackAlerts: { name: 'x_mail_oauth.fallback_alerts', default: true },
    /** No token request starts later than this into a run (well under the 180-s period, leaving room for one slow request). */
    runBudgetSeconds: { name: 'x_mail_oauth.run_budget_seconds', default: 100 },
    /** The longest one token request can take on the instance (its outbound HTTP timeout); the lease outlasts it. */
    tokenRequestTimeoutSeconds: { name: 'x_mail_oauth.token_request_timeout_seconds', default: 60 },
    /** Batches a run may hand to the refresh queue's workers when its own budget cannot hold the due refreshes; 0 = never. */
    refreshWorkers: { name: 'x_mail_oauth.refresh_workers', default: 4 },
} as const

/** Events queued on the sys_email_account record: parm1 the account's sys_id, parm2 the code. */
export const EVENT = {
    needsAuthorization: 'x_mail_oauth.token.needs_authorization',
    refreshFailing: 'x_mail_oauth.token.refresh_failing',
    misconfigured: 'x_mail_oauth.token.misconfigured',
    recovered: 'x_mail_oauth.token.recovered',
    reauthDue: 'x_mail_oauth.token.reauth_due',
    /** The token belongs to someone other than the mailbox (parm2 identity_mismatch). */
    identityMismatch: 'x_mail_oauth.token.identity_mismatch',
    /** A Google account's refresh tokens die within 7 days, twice: consent screen in Testing (parm2 google_testing_mode). */
    googleTestingMode: 'x_mail_oauth.token.google_testing_mode',
    /** Once per incident: accounts went at_risk because the run's budget, cap or provider latency cannot keep every token valid. */
    capacity: 'x_mail_oauth.token.capacity',
} as const

/** Not an alert: a batch of refreshes handed to the refresh queue (parm1: account sys_ids, parm2: the run that handed it). */
export const REFRESH_BATCH_EVENT = 'x_mail_oauth.refresh.batch'

/** Where the admin records each provider's client secret or certificate expiry. */
export const CREDENTIAL_TABLE = 'x_mail_oauth_provider_credential'

/** Queued on a CREDENTIAL_TABLE record (not an email account): parm1 its sys_id, parm2 the days left (0 = expires today, negative = expired). */
export const CREDENTIAL_EXPIRING_EVENT = 'x_mail_oauth.credential.expiring'

/** One row per horizon warned about (src/horizons/): its last threshold and the mailboxes it stops. */
export const HORIZON_ALERT_TABLE = 'x_mail_oauth_horizon_alert'

/** Queued on a HORIZON_ALERT_TABLE record: parm1 the horizon's key, parm2 the days left (0 = today, negative = past). */
export const HORIZON_APPROACHING_EVENT = 'x_mail_oauth.horizon.approaching'

/** The dedicated event queue whose workers take refresh batches (fluent/refresh-workers.now.ts). */
export const REFRESH_QUEUE = 'x_mail_oauth.refresh'

/** How often the scheduled job runs (fluent/refresh-job.now.ts): backoff keeps one run before expiry. */
export const REFRESH_JOB_INTERVAL_SECONDS = 180

/** The platform roles the setup needs (ServiceNow docs and KBs, DOMAIN.md section 9; why each: src/setup-check/rules/access.ts). */
export const ROLE = {
    authorize: 'oauth_admin',
    emailAccounts: 'email_account_admin',
    tokens: 'admin',
} as const

/** The refresh job's name (fluent/refresh-job.now.ts), as the admin finds it under Scheduled Jobs. */
export const REFRESH_JOB_NAME = 'Email OAuth Manager: refresh email access tokens'

/**
 * The app's inbound email action, the mail-flow canary's guard (fluent/mail-flow.now.ts): the mail-flow
 * job reads whether an admin deactivated it, the setup check what runs before it.
 */
export const CANARY_ACTION_NAME = 'Email OAuth Manager: swallow this instance\'s mail-flow canaries'
