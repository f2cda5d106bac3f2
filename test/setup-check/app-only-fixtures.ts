/**
 * Working app-only setups (the presets the app ships, filled in) and the ways they break, for the
 * setup check's tests. The Graph type values here are made up on purpose: the rules must recognise
 * a Graph account by the instance's choice labels, never by a value.
 */
import { GRANT_TYPE, MICROSOFT, MICROSOFT_APP_ONLY } from '../../src/providers.ts'
import type { FindingCode, SetupSnapshot } from '../../src/setup-check/checks.ts'
import { CLIENT_ID, INSTANCE_URL, linkTo, scopeRecord, TENANT } from './fixtures.ts'

export const GRAPH_RECEIVE_VALUE = 'instance_graph_in'
export const GRAPH_SEND_VALUE = 'instance_graph_out'

export const ACCOUNT_TYPE_CHOICES = [
    { value: 'imap', label: 'IMAP' },
    { value: 'pop3', label: 'POP3' },
    { value: 'smtp', label: 'SMTP' },
    { value: GRAPH_RECEIVE_VALUE, label: MICROSOFT_APP_ONLY.accountTypeLabel.graphReceive },
    { value: GRAPH_SEND_VALUE, label: MICROSOFT_APP_ONLY.accountTypeLabel.graphSend },
]

function appOnly(scope: string, profileName: string, account: SetupSnapshot['account']): SetupSnapshot {
    const scopeRow = scopeRecord('app-entity-scope', scope, 'app-entity')
    return {
        account,
        profile: { sys_id: 'app-profile', name: profileName, oauth_entity: 'app-entity', grant_type: GRANT_TYPE.clientCredentials },
        provider: {
            sys_id: 'app-entity',
            name: MICROSOFT_APP_ONLY.entityName,
            type: 'oauth_provider',
            active: '1',
            client_id: CLIENT_ID,
            default_grant_type: GRANT_TYPE.clientCredentials,
            auth_url: MICROSOFT_APP_ONLY.authUrl.replace('<tenant>', TENANT),
            token_url: MICROSOFT_APP_ONLY.tokenUrl.replace('<tenant>', TENANT),
            redirect_url: '',
            refresh_token_lifespan: '',
            client_secret_set: true,
            oauth_api_script_name: null,
        },
        providerScopes: [scopeRow],
        profileScopes: [linkTo(scopeRow)],
        // An app-only token: an access token and never a refresh token.
        token: { state: 'read', hasAccessToken: true, accessTokenExpiresInSeconds: 3000, hasRefreshToken: false, refreshTokenExpiresInSeconds: null },
        pluginActive: true,
        instanceUrl: INSTANCE_URL,
        activeSmtpAccounts: 1,
        platformRefreshJobActive: false,
        settings: { reauthWarningDays: 7 },
        accountTypeChoices: ACCOUNT_TYPE_CHOICES,
        graphPluginActive: true,
        inboxAddressField: 'inbox_address',
        inboxAddress: null,
        jwtProviders: 0,
    }
}

export function graphReceive(): SetupSnapshot {
    return {
        ...appOnly(MICROSOFT_APP_ONLY.scope.graph, MICROSOFT_APP_ONLY.graphProfileName, {
            sys_id: 'graph-in',
            name: 'Service desk receive (Microsoft Graph)',
            type: GRAPH_RECEIVE_VALUE,
            authentication: 'oauth2',
            oauth_profile: 'app-profile',
            active: '1',
        }),
        inboxAddress: 'servicedesk@contoso.com',
    }
}

export function graphSend(): SetupSnapshot {
    return appOnly(MICROSOFT_APP_ONLY.scope.graph, MICROSOFT_APP_ONLY.graphProfileName, {
        sys_id: 'graph-out',
        name: 'Service desk send (Microsoft Graph)',
        type: GRAPH_SEND_VALUE,
        authentication: 'oauth2',
        oauth_profile: 'app-profile',
        active: '1',
    })
}

export function smtpSendAsApp(): SetupSnapshot {
    return appOnly(MICROSOFT_APP_ONLY.scope.smtp, MICROSOFT_APP_ONLY.smtpProfileName, {
        sys_id: 'smtp-app',
        name: 'Service desk send (SMTP.SendAsApp)',
        type: 'smtp',
        authentication: 'oauth2',
        oauth_profile: 'app-profile',
        server: MICROSOFT_APP_ONLY.smtp.host,
        port: String(MICROSOFT_APP_ONLY.smtp.port),
        enable_ssl: '0',
        enable_tls: '1',
        user_name: 'servicedesk@contoso.com',
        active: '1',
    })
}

function change(base: () => SetupSnapshot, edit: (snapshot: SetupSnapshot) => void): () => SetupSnapshot {
    return () => {
        const snapshot = base()
        edit(snapshot)
        return snapshot
    }
}

function withScope(snapshot: SetupSnapshot, ...scopes: string[]): void {
    const records = scopes.map((scope, index) => scopeRecord(`app-entity-scope-${index}`, scope, 'app-entity'))
    snapshot.providerScopes = records
    snapshot.profileScopes = records.map(linkTo)
}

/** Each row breaks one thing in a working app-only setup; the codes are exactly what it must produce. */
export const APP_ONLY_BROKEN: [string, () => SetupSnapshot, FindingCode[]][] = [
    ['app-only SMTP: the note on the service principal and FullAccess', smtpSendAsApp, ['smtp_send_as_app_mailbox_permission']],
    ['app-only: profile on Authorization Code', change(graphSend, (s) => (s.profile!.grant_type = GRANT_TYPE.authorizationCode)), ['app_only_grant_type_mismatch']],
    ['app-only: provider on Authorization Code', change(graphSend, (s) => (s.provider!.default_grant_type = GRANT_TYPE.authorizationCode)), ['app_only_grant_type_mismatch']],
    ['app-only: a named permission instead of .default', change(graphSend, (s) => withScope(s, 'https://graph.microsoft.com/Mail.Send.Shared.Beta', MICROSOFT_APP_ONLY.scope.graph)), ['app_only_delegated_scope']],
    ['app-only: a scope that is no .default', change(graphSend, (s) => withScope(s, 'api://mail/everything', MICROSOFT_APP_ONLY.scope.graph)), ['app_only_scope_not_default']],
    ['app-only: delegated scopes copied from the IMAP profile', change(smtpSendAsApp, (s) => withScope(s, MICROSOFT.scope.smtp, MICROSOFT.scope.offlineAccess)), ['app_only_delegated_scope', 'app_only_delegated_scope', 'app_only_scope_missing', 'smtp_send_as_app_mailbox_permission']],
    ['app-only: the Graph .default on the SMTP profile', change(smtpSendAsApp, (s) => withScope(s, MICROSOFT_APP_ONLY.scope.graph)), ['app_only_scope_missing', 'smtp_send_as_app_mailbox_permission']],
    ['Graph receive without an inbox address', change(graphReceive, (s) => (s.inboxAddress = '')), ['app_only_inbox_address_missing']],
    ['Graph plugin inactive', change(graphReceive, (s) => (s.graphPluginActive = false)), ['graph_plugin_inactive']],
    ['Graph plugin state unknown', change(graphSend, (s) => (s.graphPluginActive = null)), ['graph_plugin_state_unknown']],
    ['app-only preset with Type still empty', change(graphReceive, (s) => (s.account!.type = '')), ['app_only_account_type']],
    ['app-only: the instance account types unreadable', change(graphReceive, (s) => { s.account!.type = ''; s.accountTypeChoices = null }), ['app_only_account_types_unknown']],
    ['certificate: JWT providers exist, no OAuth API script', change(graphSend, (s) => (s.jwtProviders = 2)), ['certificate_script_missing']],
    ['certificate: OAuth API script not named OAuth…', change(graphSend, (s) => (s.provider!.oauth_api_script_name = 'GraphCertificateCopy')), ['certificate_script_name']],
    ['app-only: no token yet (the keeper gets one)', change(graphSend, (s) => (s.token = { state: 'read', hasAccessToken: false, accessTokenExpiresInSeconds: null, hasRefreshToken: false, refreshTokenExpiresInSeconds: null })), ['app_only_token_pending']],
]
