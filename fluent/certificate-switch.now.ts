import '@servicenow/sdk/global'
import { CrossScopePrivilege, UiAction } from '@servicenow/sdk/core'
import { prepareCertificateSignIn, switchToCertificate, undoCertificateSwitch, useCertificateForEmail } from '../src/certificate-switch/form-actions.ts'

/*
 * Moving app-only mailboxes from a client secret to a certificate without a moment without mail
 * (src/certificate-switch, docs/certificate-credentials.md): three buttons on the Application Registry
 * form of the working secret provider, and one on the x509 Certificate form that points the shipped
 * JWT signing key at the admin's Java Key Store. Admin only: they write provider records.
 */

/* On a client-credentials provider other than the certificate provider the app ships. */
/* The name is CERTIFICATE_PROVIDER.entityName, written out: a condition is read as a literal (test/certificate-switch checks they agree). */
const SECRET_PROVIDER = "current.type == 'oauth_provider' && current.default_grant_type == 'client_credentials' && current.name != 'Microsoft 365 app-only (certificate)'"

export const prepareCertificateSignInAction = UiAction({
    $id: Now.ID['certificate-prepare'],
    table: 'oauth_entity',
    name: 'Prepare certificate sign-in',
    actionName: 'x_mail_oauth_prepare_certificate',
    hint: 'Fills the certificate provider (client id, token URL, dummy secret, JWT claims) from this provider; this provider keeps the mail flowing',
    comments: 'Email OAuth Manager: src/certificate-switch/form-actions.ts prepareCertificateSignIn.',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: SECRET_PROVIDER,
    form: { showButton: true, style: 'unstyled' },
    roles: ['admin'],
    order: 400,
    script: prepareCertificateSignIn,
})

export const switchToCertificateAction = UiAction({
    $id: Now.ID['certificate-switch'],
    table: 'oauth_entity',
    name: 'Switch to certificate',
    actionName: 'x_mail_oauth_switch_certificate',
    hint: 'Gets a token with the certificate for each app-only account of this provider, then moves them to the certificate profiles; refused if any token fails or the certificate ends within a day',
    comments: 'Email OAuth Manager: src/certificate-switch/form-actions.ts switchToCertificate.',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: SECRET_PROVIDER,
    form: { showButton: true, style: 'primary' },
    roles: ['admin'],
    order: 410,
    script: switchToCertificate,
})

export const undoCertificateSwitchAction = UiAction({
    $id: Now.ID['certificate-undo'],
    table: 'oauth_entity',
    name: 'Undo certificate switch',
    actionName: 'x_mail_oauth_undo_certificate',
    hint: "Moves this provider's accounts back from the certificate profiles to this provider's profiles",
    comments: 'Email OAuth Manager: src/certificate-switch/form-actions.ts undoCertificateSwitch.',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: SECRET_PROVIDER,
    form: { showButton: true, style: 'unstyled' },
    roles: ['admin'],
    order: 420,
    script: undoCertificateSwitch,
})

export const useCertificateAction = UiAction({
    $id: Now.ID['certificate-use'],
    table: 'sys_certificate',
    name: 'Use for Email OAuth Manager',
    actionName: 'x_mail_oauth_use_certificate',
    hint: "Points Email OAuth Manager's JWT signing key at this Java Key Store and activates it",
    comments: 'Email OAuth Manager: src/certificate-switch/form-actions.ts useCertificateForEmail.',
    active: true,
    showInsert: false,
    showUpdate: true,
    form: { showButton: true, style: 'unstyled' },
    roles: ['admin'],
    order: 400,
    script: useCertificateForEmail,
})

/* Use for Email OAuth Manager sets Signing Keystore and Active on the shipped JWT signing key. */
CrossScopePrivilege({
    $id: Now.ID['privilege-write-jwt-keystore-aliases'],
    operation: 'write',
    status: 'allowed',
    targetName: 'jwt_keystore_aliases',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
