/**
 * The shapes every setup-check rule file shares: a finding, a code's spec, and the field values of the
 * records a snapshot holds. Pure types: the rule files under rules/ and the composer checks.ts import
 * from here, never from each other, so a new rule file is one import in checks.ts.
 */

export type Severity = 'error' | 'warning' | 'info'

/** What a rule file under rules/ returns: a code of its own, the field to change, what to do. checkSetup adds the severity. */
export interface RuleFinding<Code extends string = string> {
    code: Code
    field: string
    message: string
}

/** A rule finding with its severity, as the rule files that add whole findings return them. */
export interface SeverityFinding<Code extends string = string> extends RuleFinding<Code> {
    severity: Severity
}

/**
 * A finding code's spec in a rule file's catalogue (see FINDING_CODES in checks.ts).
 * - `kind`: `token` findings describe the account's tokens, not its configuration: the refresh job
 *   works those out itself from the token it reads, so `refreshBlockerCheck` leaves them out.
 * - `blocksRefresh`: a token refresh certainly cannot be made or succeed until this is fixed.
 */
export interface FindingSpec {
    severity: Severity
    kind: 'configuration' | 'token'
    blocksRefresh: boolean
}

/** A field value as `GlideRecord.getValue` returns it: a string, or null when the field is empty. */
export type RawValue = string | null | undefined

export interface AccountFields {
    sys_id?: RawValue
    name?: RawValue
    type?: RawValue
    authentication?: RawValue
    oauth_profile?: RawValue
    server?: RawValue
    port?: RawValue
    enable_ssl?: RawValue
    enable_tls?: RawValue
    user_name?: RawValue
    active?: RawValue
}

export interface ProfileFields {
    sys_id?: RawValue
    name?: RawValue
    oauth_entity?: RawValue
    grant_type?: RawValue
}

export interface ProviderFields {
    sys_id?: RawValue
    name?: RawValue
    type?: RawValue
    active?: RawValue
    client_id?: RawValue
    default_grant_type?: RawValue
    auth_url?: RawValue
    token_url?: RawValue
    redirect_url?: RawValue
    refresh_token_lifespan?: RawValue
    /** Whether a client secret is stored; the secret itself never enters the snapshot. */
    client_secret_set?: boolean | null
    /** Name of the script include the `oauth_api_script` reference points to (null when empty or dangling). */
    oauth_api_script_name?: RawValue
}

/** One `oauth_entity_scope` record. */
export interface ScopeRecord {
    sys_id?: RawValue
    name?: RawValue
    oauth_entity_scope?: RawValue
    oauth_entity?: RawValue
}

/** One `oauth_entity_profile_scope` link of the profile, with the scope record it points to (null when dangling). */
export interface ProfileScopeLink {
    sys_id?: RawValue
    oauth_entity_scope?: RawValue
    scope?: ScopeRecord | null
}

/** What `GlideOAuthClient.getToken` says about the account's tokens; no token value enters the snapshot. */
export type TokenSnapshot =
    | { state: 'not_read' }
    | { state: 'unreadable'; reason: string }
    | {
          state: 'read'
          hasAccessToken: boolean
          accessTokenExpiresInSeconds: number | null
          hasRefreshToken: boolean
          /** Seconds left as the platform reports them; null or 0 when the platform does not know. */
          refreshTokenExpiresInSeconds: number | null
      }
