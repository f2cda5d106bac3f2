/**
 * Checked by `tsc -p tsconfig.json` (never run by jest): every Table of fluent/ uses known column
 * options only (test/build/column-options.ts), and the guard itself works: each @ts-expect-error fails
 * the typecheck if the line below it ever typechecks, i.e. if the guard stops guarding.
 */
import '@servicenow/sdk/global'
import { BooleanColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'
import type { x_mail_oauth_instance_check, x_mail_oauth_sign_in_run } from '../../fluent/check-this-instance.now.ts'
import type { x_mail_oauth_horizon_alert } from '../../fluent/horizons.now.ts'
import type { x_mail_oauth_canary, x_mail_oauth_resend } from '../../fluent/mail-flow.now.ts'
import type { x_mail_oauth_provider_credential } from '../../fluent/provider-credentials.now.ts'
import type { x_mail_oauth_refresh_run } from '../../fluent/refresh-runs.now.ts'
import type { x_mail_oauth_token_health } from '../../fluent/token-health.now.ts'
import type { KnownColumnOptionsOnly } from './column-options.ts'

/* The app's tables: the build test requires a line here for every Table of fluent/. */
export type TokenHealthColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_token_health>
export type RefreshRunColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_refresh_run>
export type ProviderCredentialColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_provider_credential>
export type HorizonAlertColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_horizon_alert>
export type CanaryColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_canary>
export type ResendColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_resend>
export type InstanceCheckColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_instance_check>
export type SignInRunColumns = KnownColumnOptionsOnly<typeof x_mail_oauth_sign_in_run>

/* The guard at work. */

const _withDefaultValue = Table({ name: 'x_mail_oauth_type_test_a', schema: { counter: IntegerColumn({ label: 'Counter', defaultValue: 0 }) } })
// @ts-expect-error `defaultValue` is not an SDK column option (the SDK's option is `default`)
export type RejectsDefaultValue = KnownColumnOptionsOnly<typeof _withDefaultValue>

const _withMisspelledOption = Table({ name: 'x_mail_oauth_type_test_b', schema: { note: StringColumn({ label: 'Note', maxlength: 100 }) } })
// @ts-expect-error `maxlength` is not `maxLength`
export type RejectsMisspelling = KnownColumnOptionsOnly<typeof _withMisspelledOption>

const _withKnownOptions = Table({
    name: 'x_mail_oauth_type_test_c',
    schema: {
        counter: IntegerColumn({ label: 'Counter', default: 0, mandatory: true, readOnly: true }),
        active: BooleanColumn({ label: 'Active', default: true }),
        note: StringColumn({ label: 'Note', maxLength: 100 }),
    },
})
export type AcceptsKnownOptions = KnownColumnOptionsOnly<typeof _withKnownOptions>
