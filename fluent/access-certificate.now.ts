import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * What the certificate side reads and writes (docs/certificate-credentials.md): the chain the setup
 * check, the horizons and the certificate switch read (certificate record, JWT signing key, the JWT
 * provider's claims, the provider's OAuth API script), the claims and provider fields Prepare
 * certificate sign-in writes, and the platform's CertificateEncryption that opens the store. The reads
 * of jwt_provider, oauth_entity and oauth_entity_profile, and the write of sys_email_account, are
 * declared where they were first needed (access.now.ts, access-app-only.now.ts, migration.now.ts).
 */

CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-certificate'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_certificate',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-read-jwt-keystore-aliases'],
    operation: 'read',
    status: 'allowed',
    targetName: 'jwt_keystore_aliases',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* UNCONFIRMED table name (src/credentials/certificate-names.ts JWT_CLAIM): the probe confirms it. */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-jwt-standard-claim'],
    operation: 'read',
    status: 'allowed',
    targetName: 'jwt_standard_claim',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-create-jwt-standard-claim'],
    operation: 'create',
    status: 'allowed',
    targetName: 'jwt_standard_claim',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-write-jwt-standard-claim'],
    operation: 'write',
    status: 'allowed',
    targetName: 'jwt_standard_claim',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* The OAuth API script's text: does it name the JWT provider and the certificate's thumbprint. */
CrossScopePrivilege({
    $id: Now.ID['privilege-read-sys-script-include'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_script_include',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/* Prepare certificate sign-in fills Client ID, Token URL and the dummy Client Secret of the certificate provider. */
CrossScopePrivilege({
    $id: Now.ID['privilege-write-oauth-entity'],
    operation: 'write',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/*
 * CertificateEncryption (getThumbPrint, getThumbPrintFromKeyStore). UNCONFIRMED: the tracked name and
 * scope of this scriptable (see the sn_auth note in access.now.ts); if the instance records another,
 * set its "Requested" row under System Applications > Application Cross-Scope Access to Allowed.
 */
CrossScopePrivilege({
    $id: Now.ID['privilege-execute-certificate-encryption'],
    operation: 'execute',
    status: 'allowed',
    targetName: 'CertificateEncryption',
    targetScope: 'global',
    targetType: 'scriptable',
})
