import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'admin-group': {
                        table: 'sys_user_group'
                        id: '1f046d834b36409b94d106d408dc6694'
                    }
                    'admin-group-role': {
                        table: 'sys_group_has_role'
                        id: 'd612612d3e8a4025bcb9e05ae4362791'
                    }
                    'atf-check-this-instance': {
                        table: 'sys_atf_test'
                        id: '8568c28cecf24d7ba24ccbef347d559b'
                    }
                    'atf-check-this-instance-step': {
                        table: 'sys_atf_step'
                        id: '3fdffd69d9664ab0a33d92115c11383f'
                    }
                    'atf-installed-records': {
                        table: 'sys_atf_test'
                        id: '8916227d4bb548788bd9817797e8bde1'
                    }
                    'atf-installed-records-events': {
                        table: 'sys_atf_step'
                        id: '0abc75fb12cd4145a00e2db0d7f5b6a9'
                    }
                    'atf-installed-records-job': {
                        table: 'sys_atf_step'
                        id: '90f803b6bf914be38a7f02a703e715be'
                    }
                    'atf-installed-records-notifications': {
                        table: 'sys_atf_step'
                        id: '7bfbd81dc3c84f708d6532a2639c4393'
                    }
                    'atf-installed-records-properties-table': {
                        table: 'sys_atf_step'
                        id: '456547a344d442dea7608a512cbd175a'
                    }
                    'atf-installed-records-role-group': {
                        table: 'sys_atf_step'
                        id: '99ee2644353043bbb4133361641d31fd'
                    }
                    'atf-privilege-create-sys-email-account': {
                        table: 'sys_scope_privilege'
                        id: 'a292a22d255a4367b17bd975eef13426'
                        deleted: true
                    }
                    'atf-privilege-read-scan-check-suite': {
                        table: 'sys_scope_privilege'
                        id: '446108a8f46740379b8831fc07d72c76'
                    }
                    'atf-privilege-read-scan-check-suite-check': {
                        table: 'sys_scope_privilege'
                        id: 'b434f46267b84cbb893c9d4681bc967d'
                    }
                    'atf-privilege-read-scan-table-check': {
                        table: 'sys_scope_privilege'
                        id: '676ef5edb62147e29d877ac25bb5dae8'
                    }
                    'atf-privilege-read-sys-group-has-role': {
                        table: 'sys_scope_privilege'
                        id: 'f342201386d44be2ae5fcf06ab4e2ada'
                        deleted: true
                    }
                    'atf-privilege-read-sys-module': {
                        table: 'sys_scope_privilege'
                        id: 'eccf03b5531b4a7681786ab148f934fc'
                    }
                    'atf-privilege-read-sys-user-group': {
                        table: 'sys_scope_privilege'
                        id: 'ef18dc62758040e8b64deac4c092d75e'
                    }
                    'atf-privilege-read-sys-user-role': {
                        table: 'sys_scope_privilege'
                        id: '438d725c98294e5e953999892a1c2417'
                        deleted: true
                    }
                    'atf-privilege-read-sys-user-role-contains': {
                        table: 'sys_scope_privilege'
                        id: '072093872e1a4b3d80bec7e11d565577'
                    }
                    'atf-privilege-read-sysevent-email-action': {
                        table: 'sys_scope_privilege'
                        id: 'aefea59948e14addaf199b5a33674f78'
                    }
                    'atf-privilege-read-sysevent-register': {
                        table: 'sys_scope_privilege'
                        id: 'e75e6e4ec6cc4ed08e2ff22110277310'
                    }
                    'atf-refresh-decision': {
                        table: 'sys_atf_test'
                        id: '690d96e203fc47648159cb6e1306d460'
                    }
                    'atf-refresh-decision-step': {
                        table: 'sys_atf_step'
                        id: '6f59ecb0f4824fb4b052b67a35f5e588'
                    }
                    'atf-response-classifier': {
                        table: 'sys_atf_test'
                        id: '1d34d77efd674a659f970c8e8a9b2b21'
                    }
                    'atf-response-classifier-step': {
                        table: 'sys_atf_step'
                        id: 'a2ac09f0b79747668a85b7ebbbd6476b'
                    }
                    'atf-scan-check-broken-account-step': {
                        table: 'sys_atf_step'
                        id: 'b4956504219640559f34334b5cbb9394'
                    }
                    'atf-setup-check-broken-account': {
                        table: 'sys_atf_test'
                        id: 'ec3ec271db2e45beb5f29e1536e2d44e'
                    }
                    'atf-setup-check-broken-account-step': {
                        table: 'sys_atf_step'
                        id: 'd6f8ded1fba947aa86a8a62df9512f3d'
                    }
                    'atf-suite': {
                        table: 'sys_atf_test_suite'
                        id: '9f8f9df7015a4f3da54649c48a044e30'
                    }
                    'atf-suite-check-this-instance': {
                        table: 'sys_atf_test_suite_test'
                        id: '33e467fc25194811be7426b6419b6339'
                    }
                    'atf-suite-installed-records': {
                        table: 'sys_atf_test_suite_test'
                        id: '179bbcddabb14bb1bf47351f67c4af93'
                    }
                    'atf-suite-refresh-decision': {
                        table: 'sys_atf_test_suite_test'
                        id: 'aaf07e08282244668b320bbd83522826'
                    }
                    'atf-suite-response-classifier': {
                        table: 'sys_atf_test_suite_test'
                        id: 'b46b88d452294b72af8844e48319fc7a'
                    }
                    'atf-suite-setup-check-broken-account': {
                        table: 'sys_atf_test_suite_test'
                        id: '6fafea79800248a1b8970317363a6c31'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '47ca84e12cc949ff8ff75bedb4462353'
                    }
                    'canary-inbound-action': {
                        table: 'sysevent_in_email_action'
                        id: 'fe794cf246e24c23ac52e286582ffd10'
                    }
                    'canary-read': {
                        table: 'sys_security_acl'
                        id: '4b02bc509bb3491389e5789be3e8e016'
                    }
                    'certificate-prepare': {
                        table: 'sys_ui_action'
                        id: '63b59a9ccf064879801203a5681a9bad'
                    }
                    'certificate-switch': {
                        table: 'sys_ui_action'
                        id: '8d39bf6f12984afb99c258cbf770c4bf'
                    }
                    'certificate-undo': {
                        table: 'sys_ui_action'
                        id: 'cb0992011d9448caa1ec364adc9f8b52'
                    }
                    'certificate-use': {
                        table: 'sys_ui_action'
                        id: '9f00f8a4933c4b2fac2a034386d34cb0'
                    }
                    'credential-expiry-job': {
                        table: 'sysauto_script'
                        id: 'c01855ff183248888bd5ffcc5cbc049b'
                    }
                    'entra-credential-job': {
                        table: 'sysauto_script'
                        id: '3cd9b2b21e9042c4a64d06e01a1cc104'
                    }
                    'event-capacity': {
                        table: 'sysevent_register'
                        id: '00557ea7578d46eca397d422b614e361'
                    }
                    'event-credential-expiring': {
                        table: 'sysevent_register'
                        id: 'a03ac539d8164cde9d87f2120b378d08'
                    }
                    'event-google-testing-mode': {
                        table: 'sysevent_register'
                        id: '0d62897f4ee945c7aee66fbab6e6de63'
                    }
                    'event-horizon-approaching': {
                        table: 'sysevent_register'
                        id: 'e0e8c3c87ece42ed83f30fd7710b6e0b'
                    }
                    'event-identity-mismatch': {
                        table: 'sysevent_register'
                        id: '80884162b4a54fec993e7b850016c1f5'
                    }
                    'event-mail-flow-canary': {
                        table: 'sysevent_register'
                        id: '963e0b28230b4df794aecdbc6f5301ac'
                    }
                    'event-mail-flow-failing': {
                        table: 'sysevent_register'
                        id: 'bf8b189869e14c2786fd6e8ab26dcda5'
                    }
                    'event-mail-flow-recovered': {
                        table: 'sysevent_register'
                        id: '7458c846528447a884facb83fb6387f9'
                    }
                    'event-mail-flow-resend-offered': {
                        table: 'sysevent_register'
                        id: '4edb7deafb604d5292cec2fc76bde00d'
                    }
                    'event-misconfigured': {
                        table: 'sysevent_register'
                        id: 'cd62bcb102444632b08332dc83b97c6b'
                    }
                    'event-needs-authorization': {
                        table: 'sysevent_register'
                        id: '4cb57929fe2e4beabdf3653184b54c9c'
                    }
                    'event-reauth-due': {
                        table: 'sysevent_register'
                        id: 'f6fa6f934b2f4c78b59288ab0d0ab108'
                    }
                    'event-recovered': {
                        table: 'sysevent_register'
                        id: 'be4949a693514af5968f174ed5fae897'
                    }
                    'event-refresh-batch': {
                        table: 'sysevent_register'
                        id: '9de915b1f8d04a7787b0ca82c9fd42ff'
                    }
                    'event-refresh-failing': {
                        table: 'sysevent_register'
                        id: '938dca4fd1134b10b4be72dd73772372'
                    }
                    'fix-script-add-new-properties': {
                        table: 'sys_script_fix'
                        id: '078629eb3e1446e9954dadc8161e0392'
                    }
                    'fix-script-google-offline-access': {
                        table: 'sys_script_fix'
                        id: '4d6e273d3569428d8e9816c503be7b4c'
                    }
                    'google-gmail-profile': {
                        table: 'oauth_entity_profile'
                        id: 'e37176ca8a5d495c8b132740c5efff6f'
                    }
                    'google-gmail-profile-scope-mail': {
                        table: 'oauth_entity_profile_scope'
                        id: 'e7e6252b482e4ee2a77f2128ae489bb7'
                    }
                    'google-gmail-provider': {
                        table: 'oauth_entity'
                        id: 'f0c396e46892423b8e7303ffc609fc9a'
                    }
                    'google-gmail-scope-mail': {
                        table: 'oauth_entity_scope'
                        id: '9ad9bcf22de743cd91236737768ae0bc'
                    }
                    'horizon-alert-read': {
                        table: 'sys_security_acl'
                        id: 'b9e1082aeb7441aa8d4b062525394095'
                    }
                    'instance-check-api': {
                        table: 'sys_ws_definition'
                        id: '60ebb47d5e244ef49b78644e0ebcc990'
                    }
                    'instance-check-api-get': {
                        table: 'sys_ws_operation'
                        id: '773260fda05647bb8a1dce6e882279c9'
                    }
                    'instance-check-api-read-acl': {
                        table: 'sys_security_acl'
                        id: '4b9c8d084e0549c1acd0c1c93b2986f4'
                    }
                    'instance-check-api-run': {
                        table: 'sys_ws_operation'
                        id: '7d6622dd2bb54b1b853271b4be29aa09'
                    }
                    'instance-check-api-run-acl': {
                        table: 'sys_security_acl'
                        id: 'a00cdaf6ef924e5bbbe6fb94537c92ba'
                    }
                    'instance-check-privilege-read-sys-email': {
                        table: 'sys_scope_privilege'
                        id: 'bf72b3dd92044ed7ba0d304fe27a23d6'
                        deleted: true
                    }
                    'instance-check-privilege-read-sys-email-filter': {
                        table: 'sys_scope_privilege'
                        id: '6eb7f71c4fea4ab590d6daef1967a7ab'
                    }
                    'instance-check-privilege-read-sys-hub-flow': {
                        table: 'sys_scope_privilege'
                        id: 'f6a060ea830749249262c9f5deb9a48f'
                        deleted: true
                    }
                    'instance-check-privilege-read-sys-hub-trigger-instance': {
                        table: 'sys_scope_privilege'
                        id: '49455cd81c564874b07d48d63dc3a7c5'
                        deleted: true
                    }
                    'instance-check-privilege-read-sys-scope': {
                        table: 'sys_scope_privilege'
                        id: '6c38bcd2e9f344f28964f24ce2f90d4e'
                    }
                    'instance-check-privilege-read-sys-scope-privilege': {
                        table: 'sys_scope_privilege'
                        id: '272da9af6bd7441b869d124995be4389'
                    }
                    'instance-check-privilege-read-sys-script-include': {
                        table: 'sys_scope_privilege'
                        id: '189069fc6c464b858b23574daa0c3145'
                        deleted: true
                    }
                    'instance-check-privilege-read-sys-trigger': {
                        table: 'sys_scope_privilege'
                        id: 'd68e4189edfc4f3baee81f96732307b2'
                        deleted: true
                    }
                    'instance-check-privilege-read-syslog': {
                        table: 'sys_scope_privilege'
                        id: 'd70fc4950b294c0295388425d511cd85'
                        deleted: true
                    }
                    'instance-check-privilege-write-oauth-entity': {
                        table: 'sys_scope_privilege'
                        id: '4c9e81c813744ed980155c55840f2953'
                        deleted: true
                    }
                    'instance-check-read': {
                        table: 'sys_security_acl'
                        id: '23dbe6639c2b43a2aa70f92b7132aefb'
                    }
                    'mail-flow-job': {
                        table: 'sysauto_script'
                        id: '17a402be2dba4c2ab93e2514c360dcf2'
                    }
                    'mail-script-alert-details': {
                        table: 'sys_script_email'
                        id: '563bfcfffb2a4ab9aab762f0002155ba'
                    }
                    'mail-script-mail-flow-details': {
                        table: 'sys_script_email'
                        id: '71e55696dad54b12a97de785820abf44'
                    }
                    menu: {
                        table: 'sys_app_application'
                        id: '780c2e42a882498d845ceb4abbe69f44'
                    }
                    'microsoft-365-app-only-certificate-jwt-provider': {
                        table: 'jwt_provider'
                        id: 'c4ac4cfa72944f90becb1d457d748c31'
                    }
                    'microsoft-365-app-only-certificate-profile-graph': {
                        table: 'oauth_entity_profile'
                        id: '988a064b459e493fbff802b8c9e27c5c'
                    }
                    'microsoft-365-app-only-certificate-profile-graph-scope': {
                        table: 'oauth_entity_profile_scope'
                        id: 'ddfc2606413f4a93b3123c6d9743e7ec'
                    }
                    'microsoft-365-app-only-certificate-profile-smtp': {
                        table: 'oauth_entity_profile'
                        id: 'd63cc16b8b8b4d178f05c8caa3417316'
                    }
                    'microsoft-365-app-only-certificate-profile-smtp-scope': {
                        table: 'oauth_entity_profile_scope'
                        id: 'bd31c0cab33e459f848d32d85bbaaab8'
                    }
                    'microsoft-365-app-only-certificate-provider': {
                        table: 'oauth_entity'
                        id: '380aef709e544ed59ffa3fa13bcbd0d0'
                    }
                    'microsoft-365-app-only-certificate-scope-graph': {
                        table: 'oauth_entity_scope'
                        id: '293ddd9a8a8c4bc29bd2a472ea5745d1'
                    }
                    'microsoft-365-app-only-certificate-scope-smtp': {
                        table: 'oauth_entity_scope'
                        id: '8087625639bb4484911e0ea08eadb2d8'
                    }
                    'microsoft-365-app-only-certificate-signing-key': {
                        table: 'jwt_keystore_aliases'
                        id: 'f60f42e8725e4f73a6414ad0e5fe4144'
                    }
                    'microsoft-365-app-only-graph-receive': {
                        table: 'sys_email_account'
                        id: 'ec8c2bc11bfa4c54ba15e0ed3392f391'
                    }
                    'microsoft-365-app-only-graph-send': {
                        table: 'sys_email_account'
                        id: '0d2a8bf2c9724b128306d515faf1bab3'
                    }
                    'microsoft-365-app-only-profile-graph': {
                        table: 'oauth_entity_profile'
                        id: 'ce1009a5321e421ea4dd9bf6458f5fd2'
                    }
                    'microsoft-365-app-only-profile-graph-scope': {
                        table: 'oauth_entity_profile_scope'
                        id: '2416230b1e7d4753987fefef46029b2c'
                    }
                    'microsoft-365-app-only-profile-smtp': {
                        table: 'oauth_entity_profile'
                        id: '168d063f8d1c4d0497faab5c600976c5'
                    }
                    'microsoft-365-app-only-profile-smtp-scope': {
                        table: 'oauth_entity_profile_scope'
                        id: 'bf80346897b14d3dbcbe2fd663d46b9d'
                    }
                    'microsoft-365-app-only-provider': {
                        table: 'oauth_entity'
                        id: 'f33243285f5c4754bc926e6d4a95ea1e'
                    }
                    'microsoft-365-app-only-scope-graph': {
                        table: 'oauth_entity_scope'
                        id: 'f78ef334225b4922a08892c865e433e0'
                    }
                    'microsoft-365-app-only-scope-smtp': {
                        table: 'oauth_entity_scope'
                        id: '1bd865390fd74ef4a2a9801b5f4f0147'
                    }
                    'microsoft-365-app-only-smtp': {
                        table: 'sys_email_account'
                        id: '63902a4bd1cf454a9f73a409fb2c8357'
                    }
                    'microsoft-365-inbound-imap': {
                        table: 'sys_email_account'
                        id: 'cee6dd0679e54749b2b4936c00536be9'
                    }
                    'microsoft-365-outbound-smtp': {
                        table: 'sys_email_account'
                        id: '2e3a4a90353a40ada965990f2813009e'
                    }
                    'microsoft-365-profile': {
                        table: 'oauth_entity_profile'
                        id: 'd7ce7b0b1d3543208c345b4fca5edcfd'
                    }
                    'microsoft-365-profile-scope-imap': {
                        table: 'oauth_entity_profile_scope'
                        id: 'ec08f86167ba469c8436c26d5a5f31d3'
                    }
                    'microsoft-365-profile-scope-offline-access': {
                        table: 'oauth_entity_profile_scope'
                        id: 'bcaac949b53547bbbd51cc7ca92b9f8e'
                    }
                    'microsoft-365-profile-scope-openid': {
                        table: 'oauth_entity_profile_scope'
                        id: 'd13fbf89b55a44b3a7771458ff1c4b2b'
                    }
                    'microsoft-365-profile-scope-smtp': {
                        table: 'oauth_entity_profile_scope'
                        id: 'e39f729964d14c2e8e3700ed3f56f9f8'
                    }
                    'microsoft-365-provider': {
                        table: 'oauth_entity'
                        id: 'fa3fa5d4bcb14ade939a9fd240ee3801'
                    }
                    'microsoft-365-scope-imap': {
                        table: 'oauth_entity_scope'
                        id: 'f2966e92ce414e899f8290c0d76d9341'
                    }
                    'microsoft-365-scope-offline-access': {
                        table: 'oauth_entity_scope'
                        id: 'e6831cdaecce409d83060c63de09a1d8'
                    }
                    'microsoft-365-scope-openid': {
                        table: 'oauth_entity_scope'
                        id: '75eee7d90d564b5cb090543630b832f2'
                    }
                    'microsoft-365-scope-smtp': {
                        table: 'oauth_entity_scope'
                        id: '86bc9377264d4729a5e00fad6496ab3a'
                    }
                    'migration-prepare': {
                        table: 'sys_ui_action'
                        id: 'c853d6a04f4d486897006151d73eed3a'
                    }
                    'migration-switch': {
                        table: 'sys_ui_action'
                        id: 'a99ed261e1fb428493be0125aa383b54'
                    }
                    'migration-undo': {
                        table: 'sys_ui_action'
                        id: '48da7b6905894adbb23eb4df65d6cec6'
                    }
                    'module-basic-auth-accounts': {
                        table: 'sys_app_module'
                        id: 'f522419ffca74acea45800d86ada7521'
                    }
                    'module-client-credentials': {
                        table: 'sys_app_module'
                        id: '8f313ff6d17e4642a60be87ccd5a57bb'
                    }
                    'module-oauth-email-accounts': {
                        table: 'sys_app_module'
                        id: '57936bc37eaf4847bb7cd63a9470cc1f'
                    }
                    'module-oauth-providers': {
                        table: 'sys_app_module'
                        id: '0a291d983ce84e50b736c325cec207ac'
                    }
                    'module-overview': {
                        table: 'sys_app_module'
                        id: '9564dbe275564ee0b5c6748442d451b8'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: '871af6f015514c03b436ec943d007287'
                    }
                    'module-stops-next': {
                        table: 'sys_app_module'
                        id: 'fad733251fc841bda3f1921ca73e14eb'
                    }
                    'module-token-health': {
                        table: 'sys_app_module'
                        id: '091b0a22212d4bcda5a13ddc7033c085'
                    }
                    'notification-capacity': {
                        table: 'sysevent_email_action'
                        id: 'ff7a02bde46745cfa7c2346475031253'
                    }
                    'notification-credential-expiring': {
                        table: 'sysevent_email_action'
                        id: 'afe62721ae414fc99326e20d1a185862'
                    }
                    'notification-google-testing-mode': {
                        table: 'sysevent_email_action'
                        id: '4edd7c5bbc2a4492ac899f9997105728'
                    }
                    'notification-horizon-approaching': {
                        table: 'sysevent_email_action'
                        id: '2638a722f5f3449c9a3092440cfcdd80'
                    }
                    'notification-identity-mismatch': {
                        table: 'sysevent_email_action'
                        id: '46dfeb6d745c4709a0ad716679b81ef6'
                    }
                    'notification-mail-flow-canary': {
                        table: 'sysevent_email_action'
                        id: 'e0df812f702b4add8970fc6acb16ed3e'
                    }
                    'notification-mail-flow-failing': {
                        table: 'sysevent_email_action'
                        id: 'ec79211b121141a58bafe2c9e42adf71'
                    }
                    'notification-mail-flow-recovered': {
                        table: 'sysevent_email_action'
                        id: '89ee65714a28465898f02be5b0eb7dfa'
                    }
                    'notification-mail-flow-resend-offered': {
                        table: 'sysevent_email_action'
                        id: 'a7d0400590bf40568dcef307ee6623c7'
                    }
                    'notification-misconfigured': {
                        table: 'sysevent_email_action'
                        id: 'a53d0542aae543308789efd70932c9a5'
                    }
                    'notification-needs-authorization': {
                        table: 'sysevent_email_action'
                        id: '4b155cd4bea3478aa84c320e0da0f78c'
                    }
                    'notification-reauth-due': {
                        table: 'sysevent_email_action'
                        id: '06a0f10af57f4453b1036d60f14b9271'
                    }
                    'notification-recovered': {
                        table: 'sysevent_email_action'
                        id: 'd4f4a08542cc41119fb4072e0e50ffee'
                    }
                    'notification-refresh-failing': {
                        table: 'sysevent_email_action'
                        id: '1ac2846f80174e06b0e614b5dcaa018c'
                    }
                    'oauth-api-script-google-sign-in': {
                        table: 'sys_script_include'
                        id: 'fa92ea50433c4e84a51de8f50be8454c'
                    }
                    'oauth-api-script-microsoft-sign-in': {
                        table: 'sys_script_include'
                        id: '9afe4eeb5dbf4e88ac48e448cb57c8a2'
                    }
                    'overview-api': {
                        table: 'sys_ws_definition'
                        id: '87f79e4bc35c4252a114b2bfa7e4aea4'
                    }
                    'overview-api-acl': {
                        table: 'sys_security_acl'
                        id: '72fdf1d5ae3a443ca13e4da5c779fd2b'
                    }
                    'overview-api-check': {
                        table: 'sys_ws_operation'
                        id: 'c9e706ce8a8544f0845fc967f694cb93'
                    }
                    'overview-api-get': {
                        table: 'sys_ws_operation'
                        id: 'ef6ce2212ee84f7b88628d20c5e96a37'
                    }
                    'overview-api-read-acl': {
                        table: 'sys_security_acl'
                        id: 'e6b56123e94742ebba50c7e3036740a0'
                    }
                    'overview-api-refresh': {
                        table: 'sys_ws_operation'
                        id: 'c8b8fd2937fe41dca775b41594cd5301'
                    }
                    'overview-api-resend': {
                        table: 'sys_ws_operation'
                        id: '3ed58af90f2349218792c64fa1063b1b'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '6c5190eab97a4f81b4857eccd71d2d64'
                    }
                    'privilege-create-incident': {
                        table: 'sys_scope_privilege'
                        id: 'cafee705c79c46aca353574aa491a8e1'
                    }
                    'privilege-create-jwt-standard-claim': {
                        table: 'sys_scope_privilege'
                        id: '0d5095f431a7434eb5e12985cd9f92a4'
                    }
                    'privilege-create-sys-email': {
                        table: 'sys_scope_privilege'
                        id: 'e5f47aa7d8944f5097925ee0a14f2d74'
                        deleted: true
                    }
                    'privilege-create-sys-email-account': {
                        table: 'sys_scope_privilege'
                        id: '2d3bca8bfce642d7bca3de3ad9d777e6'
                    }
                    'privilege-create-sys-properties': {
                        table: 'sys_scope_privilege'
                        id: '7f9eed2356e14091b114a2dabe986845'
                    }
                    'privilege-create-sys-ux-banner-announcement': {
                        table: 'sys_scope_privilege'
                        id: '91f4ccf4abd64978853f3c8d11e9e357'
                    }
                    'privilege-create-sys-ux-m2m-banner-announcement': {
                        table: 'sys_scope_privilege'
                        id: '92a7bf2579424938b5a298477b7ca412'
                    }
                    'privilege-execute-certificate-encryption': {
                        table: 'sys_scope_privilege'
                        id: '92ddbef413c3483eb36be58c196dccb1'
                    }
                    'privilege-execute-glide-oauth-client': {
                        table: 'sys_scope_privilege'
                        id: '44aee4bb4eb5494695ec6837c7d5a322'
                    }
                    'privilege-execute-glide-oauth-client-request': {
                        table: 'sys_scope_privilege'
                        id: '883576b3bd2746afb4f082f78074992f'
                    }
                    'privilege-execute-rest-message-v2': {
                        table: 'sys_scope_privilege'
                        id: 'c4f0270968914584acf9e806aedf1ebe'
                    }
                    'privilege-read-incident': {
                        table: 'sys_scope_privilege'
                        id: '30fdd536aa314d3f9de9934cbe1ffbd8'
                    }
                    'privilege-read-jwt-keystore-aliases': {
                        table: 'sys_scope_privilege'
                        id: '13f4797b788f42f2b72cbd02d0ea6e0c'
                    }
                    'privilege-read-jwt-provider': {
                        table: 'sys_scope_privilege'
                        id: '2a91ecfada0440e88c4ffaec8bc33ea4'
                    }
                    'privilege-read-jwt-standard-claim': {
                        table: 'sys_scope_privilege'
                        id: '4b13460e82f94f1f916f41dd8a2972d9'
                    }
                    'privilege-read-oauth-credential': {
                        table: 'sys_scope_privilege'
                        id: '704fd284519d485faa7845514a7ba5e7'
                    }
                    'privilege-read-oauth-entity': {
                        table: 'sys_scope_privilege'
                        id: '43554429c3054644836c7d6a3778f6f7'
                    }
                    'privilege-read-oauth-entity-profile': {
                        table: 'sys_scope_privilege'
                        id: 'a5f054480c22414892e5834034da9155'
                    }
                    'privilege-read-oauth-entity-profile-scope': {
                        table: 'sys_scope_privilege'
                        id: '51faef36cc5d46e582f94e0ffe881016'
                    }
                    'privilege-read-oauth-entity-scope': {
                        table: 'sys_scope_privilege'
                        id: 'ff81a93b0dd846e89b4c0677bba1b38c'
                    }
                    'privilege-read-oauth-requestor-profile': {
                        table: 'sys_scope_privilege'
                        id: '9140bdb8fffa42488cbfff32c36d1a55'
                    }
                    'privilege-read-sys-certificate': {
                        table: 'sys_scope_privilege'
                        id: '2039100125b14039ad1445e864511265'
                    }
                    'privilege-read-sys-choice': {
                        table: 'sys_scope_privilege'
                        id: '7527ed45edf04e0991f5f87a87665463'
                    }
                    'privilege-read-sys-dictionary': {
                        table: 'sys_scope_privilege'
                        id: '3714c80755014e31a44381d5eefaf28e'
                    }
                    'privilege-read-sys-documentation': {
                        table: 'sys_scope_privilege'
                        id: '3baec1d974c04c51a9ce9b8a5e69094b'
                    }
                    'privilege-read-sys-email': {
                        table: 'sys_scope_privilege'
                        id: '81d27f6407104b26b39bba8126a4e360'
                    }
                    'privilege-read-sys-email-account': {
                        table: 'sys_scope_privilege'
                        id: '3973633edbed402cac46a5cb80e0b847'
                    }
                    'privilege-read-sys-group-has-role': {
                        table: 'sys_scope_privilege'
                        id: 'c47e14e52c9f461fa50872601a4ef0a6'
                    }
                    'privilege-read-sys-hub-flow': {
                        table: 'sys_scope_privilege'
                        id: 'a720509e4e814f23bd2d050de30a2abe'
                    }
                    'privilege-read-sys-hub-trigger-instance': {
                        table: 'sys_scope_privilege'
                        id: '17bcf1dbf93349858edf3bf148d8d190'
                    }
                    'privilege-read-sys-hub-trigger-instance-v2': {
                        table: 'sys_scope_privilege'
                        id: 'e11b80f620da4310a93cf23539e770f8'
                    }
                    'privilege-read-sys-properties': {
                        table: 'sys_scope_privilege'
                        id: '13709a5d4f574777b2f992508120828d'
                    }
                    'privilege-read-sys-script-include': {
                        table: 'sys_scope_privilege'
                        id: 'abdb5ef4f71045a2b1017a3a88faff39'
                    }
                    'privilege-read-sys-trigger': {
                        table: 'sys_scope_privilege'
                        id: '34ad4a3a8feb46dbbbdefeb5a299e3eb'
                    }
                    'privilege-read-sys-user': {
                        table: 'sys_scope_privilege'
                        id: '9aa1b483564b4530ba3d2419850c9ec3'
                    }
                    'privilege-read-sys-user-has-role': {
                        table: 'sys_scope_privilege'
                        id: '2929d2388a1549b28193578c875e54ca'
                    }
                    'privilege-read-sys-user-role': {
                        table: 'sys_scope_privilege'
                        id: '60c5c2de05a94ada858d229ba7896c22'
                    }
                    'privilege-read-sys-ux-banner-announcement': {
                        table: 'sys_scope_privilege'
                        id: '9dc658ae7bd945b3bab939ac935f94d2'
                    }
                    'privilege-read-sys-ux-banner-announcement-config': {
                        table: 'sys_scope_privilege'
                        id: 'cfc428e4655e46dab56032df4be2c1f0'
                    }
                    'privilege-read-sysauto-script': {
                        table: 'sys_scope_privilege'
                        id: 'cae47bce3e5845d090421c7db42cbb1e'
                    }
                    'privilege-read-sysevent-in-email-action': {
                        table: 'sys_scope_privilege'
                        id: 'd9ec8596ea224ca1a563c1d95e0fdfa4'
                    }
                    'privilege-read-syslog': {
                        table: 'sys_scope_privilege'
                        id: 'b9e9bf1124434012ad931f2b8b1a5ce6'
                    }
                    'privilege-write-incident': {
                        table: 'sys_scope_privilege'
                        id: '5bd6a833ab0848b7b61e94fb39f662a8'
                    }
                    'privilege-write-jwt-keystore-aliases': {
                        table: 'sys_scope_privilege'
                        id: 'd863535a94744251982563e7a78f6da4'
                    }
                    'privilege-write-jwt-standard-claim': {
                        table: 'sys_scope_privilege'
                        id: '431f8c838a864c28ae67cf41c165d563'
                    }
                    'privilege-write-oauth-entity': {
                        table: 'sys_scope_privilege'
                        id: 'de77d3fb74994d30989e1c3f205ed0b5'
                    }
                    'privilege-write-sys-email': {
                        table: 'sys_scope_privilege'
                        id: 'd8d5f7f330824aef887daa79d0eed3a1'
                    }
                    'privilege-write-sys-email-account': {
                        table: 'sys_scope_privilege'
                        id: '773540bdcfa74fc0ae2ea60dbb0adfdc'
                    }
                    'privilege-write-sys-ux-banner-announcement': {
                        table: 'sys_scope_privilege'
                        id: 'd251a5f612774d60b323b51c88b806e0'
                    }
                    'property-canary-arrival-bound-minutes': {
                        table: 'sys_properties'
                        id: 'aeafaec835a0464c9b9a095f31ff0ba2'
                    }
                    'property-canary-daily-limit': {
                        table: 'sys_properties'
                        id: '766d888487ba4cedba80dd2f871c7499'
                    }
                    'property-canary-enabled': {
                        table: 'sys_properties'
                        id: '24393a7f1c464e75aeec9452c88bec15'
                    }
                    'property-canary-period-minutes': {
                        table: 'sys_properties'
                        id: 'c9f61ee7754342cfbaa78931c96798e1'
                    }
                    'property-canary-send-bound-minutes': {
                        table: 'sys_properties'
                        id: '8aaf7dbc7f7a404989195bf11a67c7c5'
                    }
                    'property-enabled': {
                        table: 'sys_properties'
                        id: '75a1e0b778e0481682db8d0254e2c1d7'
                    }
                    'property-failure-alert-threshold': {
                        table: 'sys_properties'
                        id: 'f131d98d2cad441e98fe0370bdfecbee'
                    }
                    'property-fallback-alerts': {
                        table: 'sys_properties'
                        id: '8c0097bee2ea4d3a8b6dbc53924a2b08'
                    }
                    'property-max-refreshes-per-run': {
                        table: 'sys_properties'
                        id: '878d004e186842f884ab251d5efc4baa'
                    }
                    'property-reauth-warning-days': {
                        table: 'sys_properties'
                        id: 'e95c7a43a39b4bb48df4bd20c3d8a46d'
                    }
                    'property-refresh-window-seconds': {
                        table: 'sys_properties'
                        id: 'e5f35dc7938e4526bb44e9ca44f720a1'
                    }
                    'property-refresh-workers': {
                        table: 'sys_properties'
                        id: '32e81ec5b85841d58342de3822677ab4'
                    }
                    'property-resend-max-age-hours': {
                        table: 'sys_properties'
                        id: '24b06529be0d4feaa04f26d2a7b8cb07'
                    }
                    'property-resend-max-per-run': {
                        table: 'sys_properties'
                        id: 'fddd14b240b84bf2a9b53ac78814a1aa'
                    }
                    'property-resend-mode': {
                        table: 'sys_properties'
                        id: '03a21e17cfb24d27a445925e3bd88cf3'
                    }
                    'property-run-budget-seconds': {
                        table: 'sys_properties'
                        id: '604c560a302f4ae0a78cdbc94bbcfe6a'
                    }
                    'property-token-request-timeout-seconds': {
                        table: 'sys_properties'
                        id: 'fa064e763d8a43e3bd46f0d34137a512'
                    }
                    'provider-credential-create': {
                        table: 'sys_security_acl'
                        id: '39d841b237e94d64b44575ce73f35107'
                    }
                    'provider-credential-delete': {
                        table: 'sys_security_acl'
                        id: '519fb98d24a9453ebb6f5e78c868843e'
                    }
                    'provider-credential-read': {
                        table: 'sys_security_acl'
                        id: '2f6294a729194785bcf4d581606dd794'
                    }
                    'provider-credential-write': {
                        table: 'sys_security_acl'
                        id: 'b3de3428a2434531a7d0bfe748b8d5e8'
                    }
                    'queue-refresh': {
                        table: 'sysevent_queue'
                        id: 'feceb13ba64f443f90413c8005ece38b'
                    }
                    'refresh-job': {
                        table: 'sysauto_script'
                        id: '8b4ac6d933854709980f4215b7e43543'
                    }
                    'refresh-run-create': {
                        table: 'sys_security_acl'
                        id: '9cbf4ce251664b54bda65291ef54df34'
                    }
                    'refresh-run-delete': {
                        table: 'sys_security_acl'
                        id: 'fa6ba4f94aa54ff682bb1164e09fbc4e'
                    }
                    'refresh-run-read': {
                        table: 'sys_security_acl'
                        id: '59a6a7edff2d48db91edf7dcd21b8b63'
                    }
                    'resend-read': {
                        table: 'sys_security_acl'
                        id: 'ab2cdb2f0216491da3f55781c08efc9e'
                    }
                    'scan-check-account-errors': {
                        table: 'scan_table_check'
                        id: 'f5d4cfdaa2544e13b5949e31f6c1372c'
                    }
                    'scan-check-account-notes': {
                        table: 'scan_table_check'
                        id: 'ce1da43036064389ad731c0c0f0aacdd'
                    }
                    'scan-check-account-warnings': {
                        table: 'scan_table_check'
                        id: '62893e20e6084ddb8860a4a448e12f1a'
                    }
                    'scan-check-basic-auth': {
                        table: 'scan_table_check'
                        id: '25ca4d74203644759384eb42821247df'
                    }
                    'scan-check-client-credentials': {
                        table: 'scan_script_only_check'
                        id: '307b8e2e1e0849deb11ab1afbdb7acc7'
                    }
                    'scan-check-instance-assumptions': {
                        table: 'scan_script_only_check'
                        id: '8f1f4ddeb5494c318e699d74cffd7a77'
                    }
                    'scan-check-platform-machinery': {
                        table: 'scan_script_only_check'
                        id: '93f5abd9f07a46a9bee94db043d740bf'
                    }
                    'scan-check-plugin': {
                        table: 'scan_script_only_check'
                        id: '1c75d175958749c891db24d3316d5d67'
                    }
                    'scan-check-refresh-job': {
                        table: 'scan_script_only_check'
                        id: '32736e0a29fe4bb59b5b00a0f01d8335'
                    }
                    'scan-suite-email-oauth-health': {
                        table: 'scan_check_suite'
                        id: '8ba4139ff06541f2b98c8b40217600be'
                    }
                    'scan-suite-email-oauth-health-account-errors': {
                        table: 'scan_check_suite_check'
                        id: 'd4bd23eabc4440aba5b0f8c98d1b60f7'
                    }
                    'scan-suite-email-oauth-health-account-notes': {
                        table: 'scan_check_suite_check'
                        id: '99ee460924d74d1cb864fac1466d346b'
                    }
                    'scan-suite-email-oauth-health-account-warnings': {
                        table: 'scan_check_suite_check'
                        id: '154f9db8e85d4fe0b2fbc2e22a48a352'
                    }
                    'scan-suite-email-oauth-health-basic-auth': {
                        table: 'scan_check_suite_check'
                        id: '3cd94507f1c944bbbb1e1ba1fea3cbec'
                    }
                    'scan-suite-email-oauth-health-client-credentials': {
                        table: 'scan_check_suite_check'
                        id: '0e032460785544ccaf7c17f9195b2da0'
                    }
                    'scan-suite-email-oauth-health-instance-assumptions': {
                        table: 'scan_check_suite_check'
                        id: 'c0e034ccf6294926ac4492912222276e'
                    }
                    'scan-suite-email-oauth-health-platform-machinery': {
                        table: 'scan_check_suite_check'
                        id: 'a4d9ae4cd214494ba82b8424bd4d58dc'
                    }
                    'scan-suite-email-oauth-health-plugin': {
                        table: 'scan_check_suite_check'
                        id: 'e3da480ebf2f4255885391f0e7aa865b'
                    }
                    'scan-suite-email-oauth-health-refresh-job': {
                        table: 'scan_check_suite_check'
                        id: 'c25725923c43451fbbbd48c2b3f47e38'
                    }
                    'script-action-fallback-capacity': {
                        table: 'sysevent_script_action'
                        id: '4c7f5aa6bc2e476a9912b1bfac04c5a7'
                    }
                    'script-action-fallback-identity-mismatch': {
                        table: 'sysevent_script_action'
                        id: 'ce751729ce5c440595d03d53a8efe343'
                    }
                    'script-action-fallback-mail-flow-failing': {
                        table: 'sysevent_script_action'
                        id: '8bfac24be58b40969d301e5bead4f225'
                    }
                    'script-action-fallback-mail-flow-recovered': {
                        table: 'sysevent_script_action'
                        id: '536da0ff3a12471983c533c4e6592c29'
                    }
                    'script-action-fallback-misconfigured': {
                        table: 'sysevent_script_action'
                        id: 'db4b1aaf00824016bcd96238637e4a62'
                    }
                    'script-action-fallback-needs-authorization': {
                        table: 'sysevent_script_action'
                        id: 'd836754c9d934dd39acd7c3e87b585be'
                    }
                    'script-action-fallback-recovered': {
                        table: 'sysevent_script_action'
                        id: 'ed081b2d76024251881ec9c06ffae6f9'
                    }
                    'script-action-fallback-refresh-failing': {
                        table: 'sysevent_script_action'
                        id: '839169f92905482fa6394ee9c31fcea4'
                    }
                    'script-action-refresh-batch': {
                        table: 'sysevent_script_action'
                        id: 'fbd9ee9de15c4912831203c33712352a'
                    }
                    'setup-check-account-form': {
                        table: 'sys_ui_action'
                        id: 'b43eb97ed21e47068b72024224d350c3'
                    }
                    'setup-check-provider-form': {
                        table: 'sys_ui_action'
                        id: '7d324af1059d4c6c8e530344f8f31c30'
                    }
                    'sign-in-check-account-display': {
                        table: 'sys_script'
                        id: 'e1a0847bcfff4ec2af40bb813eb7c8b5'
                    }
                    'sign-in-run-read': {
                        table: 'sys_security_acl'
                        id: '8acae8b933544827b5fd9b97f2bcee94'
                    }
                    src_alerts_fallback_ts: {
                        table: 'sys_module'
                        id: '88805af2bf37415a95d9281441234fea'
                    }
                    'src_alerts_fallback-action_ts': {
                        table: 'sys_module'
                        id: '16f1eb405518447aa2f0a0b8e9548273'
                    }
                    'src_atf_broken-account_ts': {
                        table: 'sys_module'
                        id: '4e4071f855234f9a96df6cf2b169c188'
                    }
                    'src_atf_installed-records_ts': {
                        table: 'sys_module'
                        id: '424e2fd52b934d6f9af949ec8f1bca9a'
                    }
                    'src_atf_instance-check_ts': {
                        table: 'sys_module'
                        id: 'be0bb7ff27634feeab3f79380d16229a'
                    }
                    'src_atf_recorded-provider-answers_ts': {
                        table: 'sys_module'
                        id: '645969474e494fc99b61aff8c2b479d2'
                    }
                    'src_atf_refresh-decision_ts': {
                        table: 'sys_module'
                        id: '89c2df6923b84491a5d5141adb4abf76'
                    }
                    src_authorization_identity_ts: {
                        table: 'sys_module'
                        id: 'f1c4d43c9f364738bba0695782f930db'
                    }
                    'src_authorization_identity-reader_ts': {
                        table: 'sys_module'
                        id: 'fb77047c3cc9425fbef706bd329d4eba'
                    }
                    'src_authorization_oauth-api-script_ts': {
                        table: 'sys_module'
                        id: '09a563990d5447c0a3ce4722a033ed4a'
                    }
                    'src_authorization_sign-in_ts': {
                        table: 'sys_module'
                        id: '0245867d0f7e49b6afa832f94af62f52'
                    }
                    'src_authorization_testing-mode_ts': {
                        table: 'sys_module'
                        id: '1fdf59b441a44231a92c00df6487cb55'
                    }
                    'src_certificate-switch_form-actions_ts': {
                        table: 'sys_module'
                        id: '3be93cb6fccc4e2896c9a7e3e61b953c'
                    }
                    'src_certificate-switch_plan_ts': {
                        table: 'sys_module'
                        id: '227456e5ed0c4d63ae5412d047b52b0d'
                    }
                    'src_certificate-switch_records_ts': {
                        table: 'sys_module'
                        id: 'bc6a156fd0084bd9aa2528fa86972dd7'
                    }
                    src_common_app_ts: {
                        table: 'sys_module'
                        id: '0af996d514a448cf9717747f0488058b'
                    }
                    src_common_fields_ts: {
                        table: 'sys_module'
                        id: '78ac2d70f54147f6ba5235f1d195a958'
                    }
                    src_common_redact_ts: {
                        table: 'sys_module'
                        id: 'e3690121e1954841b4ccfa5699d52e4b'
                    }
                    src_common_settings_ts: {
                        table: 'sys_module'
                        id: '5f445e028ed7474bb75e618775b619d8'
                    }
                    src_common_writes_ts: {
                        table: 'sys_module'
                        id: 'dd62b399a73e4c8dba699bf2830651de'
                    }
                    'src_credentials_certificate-names_ts': {
                        table: 'sys_module'
                        id: '5af0a0ee45f6400797e53b77251fd8e3'
                    }
                    src_credentials_chain_ts: {
                        table: 'sys_module'
                        id: '89ce1bf9a872426cb88a5ad1182ba2eb'
                    }
                    src_credentials_entra_ts: {
                        table: 'sys_module'
                        id: '2c01f0c0fc644a97aa6ef90659c38cd8'
                    }
                    'src_credentials_entra-read_ts': {
                        table: 'sys_module'
                        id: '457aecbab55048378cf2d0dae56df153'
                    }
                    src_credentials_expiry_ts: {
                        table: 'sys_module'
                        id: '298a7e15d7a548948bcc5c743df234a6'
                    }
                    'src_credentials_expiry-job_ts': {
                        table: 'sys_module'
                        id: '45d08c5ad6434d019547a15a14c1380f'
                        deleted: true
                    }
                    'src_credentials_read-chain_ts': {
                        table: 'sys_module'
                        id: '19a871a9dedd401b9e37cad047f6fc78'
                    }
                    src_credentials_sources_ts: {
                        table: 'sys_module'
                        id: '70b9e15944fc4178b80089555252bd47'
                    }
                    src_credentials_sync_ts: {
                        table: 'sys_module'
                        id: '201b11c4e7ce478f938c8e0c7d06460d'
                    }
                    src_credentials_thumbprint_ts: {
                        table: 'sys_module'
                        id: 'd382639172064c7e88da573861dc791b'
                    }
                    src_horizons_alerts_ts: {
                        table: 'sys_module'
                        id: 'afe07db548044e36a50cf17f959fbd0a'
                    }
                    src_horizons_job_ts: {
                        table: 'sys_module'
                        id: '45bba0b631394e34b7d67e419b550882'
                    }
                    'src_horizons_read-horizons_ts': {
                        table: 'sys_module'
                        id: '4aaaed5a554c4ddea9b970cf786d240a'
                    }
                    'src_horizons_time-to-failure_ts': {
                        table: 'sys_module'
                        id: 'f8dbe8bc7ab2480dbc81ac33e22ca1fc'
                    }
                    'src_install_google-offline-access_ts': {
                        table: 'sys_module'
                        id: '7df3ab3e394548e7baf236669a8432c0'
                    }
                    'src_install_new-properties_ts': {
                        table: 'sys_module'
                        id: '08ab806c81db4f288679080e566712b5'
                    }
                    src_install_properties_ts: {
                        table: 'sys_module'
                        id: '429a4fc2fb7946aa94006297a131e26b'
                    }
                    'src_instance-check_dictionary_ts': {
                        table: 'sys_module'
                        id: '2ca09b8069df4cb3914873cbb05e9d9f'
                    }
                    'src_instance-check_entries_ts': {
                        table: 'sys_module'
                        id: '4e2b4ff14f3f4127858a4a2b5d02f749'
                    }
                    'src_instance-check_item_ts': {
                        table: 'sys_module'
                        id: '7137bdb4fc2e4e65871ee26c7e8b5cd2'
                    }
                    'src_instance-check_items_certificate-chain_ts': {
                        table: 'sys_module'
                        id: 'c1c85a4410354bbb8b7c9523b59e7864'
                    }
                    'src_instance-check_items_connection-security_ts': {
                        table: 'sys_module'
                        id: 'de9461031a3f47ad9382b1796ae10f11'
                    }
                    'src_instance-check_items_cross-scope-privileges_ts': {
                        table: 'sys_module'
                        id: 'f17e2903e76b4cbb9fd68fdc93da8e31'
                    }
                    'src_instance-check_items_email-account-column_ts': {
                        table: 'sys_module'
                        id: '0c027a953c9446d0818e9b6c9b05bfe5'
                    }
                    'src_instance-check_items_email-columns_ts': {
                        table: 'sys_module'
                        id: 'ae103c42ee214c33aa33cf811ccd049a'
                    }
                    'src_instance-check_items_email-filters_ts': {
                        table: 'sys_module'
                        id: 'f0f0b4bd852a4a45918029742b4df679'
                    }
                    'src_instance-check_items_generated-header-stored_ts': {
                        table: 'sys_module'
                        id: '336fb4d29d0c4eac8ee0c72d2581a86b'
                    }
                    'src_instance-check_items_graph-account-types_ts': {
                        table: 'sys_module'
                        id: '535f5a3d2c63462c98685e82058f55c5'
                    }
                    'src_instance-check_items_ignored-mailbox_ts': {
                        table: 'sys_module'
                        id: 'a64ae67459624b20a12f7db6d3f9b871'
                    }
                    'src_instance-check_items_inbound-email-flows_ts': {
                        table: 'sys_module'
                        id: 'ef6fb52bec4f49bb8961826cb8e83409'
                    }
                    'src_instance-check_items_mail-jobs_ts': {
                        table: 'sys_module'
                        id: '23cd35b83e2148c5a5a3924872e9b1b1'
                    }
                    'src_instance-check_items_reader-log-source_ts': {
                        table: 'sys_module'
                        id: '1a2aef3beaf94bc4b2f957e5b09dac69'
                    }
                    'src_instance-check_items_returning-canary-stored_ts': {
                        table: 'sys_module'
                        id: 'ca97429a2026422fb158073af4631049'
                    }
                    'src_instance-check_items_sign-in-scripts_ts': {
                        table: 'sys_module'
                        id: 'fe08cf98a5204d17b16bedf8768d5928'
                    }
                    'src_instance-check_items_smtp-lookback_ts': {
                        table: 'sys_module'
                        id: '797bd05f7afa496593181f1d82c3850f'
                    }
                    'src_instance-check_items_ts': {
                        table: 'sys_module'
                        id: '3198a1e5ecbe453e9b1cdaf24fdeecf1'
                    }
                    'src_instance-check_run_ts': {
                        table: 'sys_module'
                        id: 'b3ce297342aa46339b9d7708ffad44ae'
                    }
                    'src_instance-check_store_ts': {
                        table: 'sys_module'
                        id: 'b646f616bad24ca7b9b9f9d8cea49ce1'
                    }
                    'src_instance-scan_checks_ts': {
                        table: 'sys_module'
                        id: '61872b610a91476c9b9f941cd6cb65cc'
                    }
                    'src_instance-scan_entries_ts': {
                        table: 'sys_module'
                        id: 'acd0cd459a7545a2862595d4527b3c1e'
                    }
                    'src_mail-flow_arrival_ts': {
                        table: 'sys_module'
                        id: 'd3e791952aca411ebede1fdc1869511d'
                    }
                    'src_mail-flow_arrival-match_ts': {
                        table: 'sys_module'
                        id: '39a76b871325429c901a64b06d83f1d9'
                    }
                    'src_mail-flow_canary-send_ts': {
                        table: 'sys_module'
                        id: 'd5828ba32cb447b99cfa008675588ee4'
                    }
                    'src_mail-flow_codes_ts': {
                        table: 'sys_module'
                        id: '13c078c06b254748b57f4b1e362ffd1f'
                    }
                    'src_mail-flow_inbound-action_ts': {
                        table: 'sys_module'
                        id: '35f25d810ee546868ad3cc5e653b9a41'
                    }
                    'src_mail-flow_incident_ts': {
                        table: 'sys_module'
                        id: 'ae8c8b6902eb4c30aaf3f7da71da2f07'
                    }
                    'src_mail-flow_job_ts': {
                        table: 'sys_module'
                        id: '7d6e874230f94fb9bb4277530c52c3be'
                    }
                    'src_mail-flow_legs_ts': {
                        table: 'sys_module'
                        id: '34c66d2a148a40558831fd6f7e232393'
                    }
                    'src_mail-flow_marker_ts': {
                        table: 'sys_module'
                        id: 'aa9984b1305d4f27b5fc2957e667a898'
                    }
                    'src_mail-flow_names_ts': {
                        table: 'sys_module'
                        id: '2e1c1c9ae0bb45b491f340b4483458c7'
                    }
                    'src_mail-flow_outbound-accounts_ts': {
                        table: 'sys_module'
                        id: 'ddbd0a9893494c3081b619e9a6f33cb9'
                    }
                    'src_mail-flow_outbound-job_ts': {
                        table: 'sys_module'
                        id: '4a32be07bbde412b8050d47b3f3f540c'
                    }
                    'src_mail-flow_outbound-leg_ts': {
                        table: 'sys_module'
                        id: '4bb0bf3bcdca4b3c87c715f4dc9cd2d7'
                    }
                    'src_mail-flow_outbound-records_ts': {
                        table: 'sys_module'
                        id: '1e41072ac6c64b3987dec199e6b9a4e6'
                    }
                    'src_mail-flow_plan_ts': {
                        table: 'sys_module'
                        id: '43139fac080f4ce1ba25f45201b4e9cf'
                    }
                    'src_mail-flow_records_ts': {
                        table: 'sys_module'
                        id: '9734ced5c3ca4aefa04d63d4da378327'
                    }
                    'src_mail-flow_resend_ts': {
                        table: 'sys_module'
                        id: '088d3a7393474b5dbf68ecb767e1d489'
                    }
                    'src_mail-flow_settings_ts': {
                        table: 'sys_module'
                        id: '5bba7e6d3d8e4baf9aedbb194325667f'
                    }
                    'src_migration_form-actions_ts': {
                        table: 'sys_module'
                        id: '28cb9750cb2a44769a85523918cb6420'
                    }
                    src_migration_plan_ts: {
                        table: 'sys_module'
                        id: 'a6068f2435524042ac4b1c215f24a48a'
                    }
                    src_migration_records_ts: {
                        table: 'sys_module'
                        id: 'dd46e6ec69a84e97a4ae8ff83135042d'
                    }
                    'src_overview_read-overview_ts': {
                        table: 'sys_module'
                        id: 'b1b5667b433c4129a3f9da157167e823'
                    }
                    src_overview_rest_ts: {
                        table: 'sys_module'
                        id: '578e310da3364fa6a25c4db4110cbd76'
                    }
                    'src_overview_view-model_ts': {
                        table: 'sys_module'
                        id: 'e10d9fcb976842d78ba3c439fcc0fa3d'
                    }
                    src_platform_access_ts: {
                        table: 'sys_module'
                        id: '8b957706536547b188a11804f49c3ae9'
                    }
                    'src_platform_connection-security_ts': {
                        table: 'sys_module'
                        id: '4a8cfff59a654ec9981024a1c1a23fcf'
                    }
                    'src_platform_inbound-email_ts': {
                        table: 'sys_module'
                        id: '30c2ba17372a4fedbc6b4f5480f33c71'
                    }
                    src_platform_probe_names_ts: {
                        table: 'sys_module'
                        id: '16e21832532443fe9a73c68ab6acc362'
                    }
                    src_platform_probe_results_ts: {
                        table: 'sys_module'
                        id: 'cb8f9f8e528e4ce79a93d9e99ffabff8'
                    }
                    'src_platform_probe_sign-in-runs_ts': {
                        table: 'sys_module'
                        id: '31131573fa1b455a960add76d3119502'
                    }
                    src_providers_ts: {
                        table: 'sys_module'
                        id: 'a97a1393b77d424a922e6004d045bc00'
                    }
                    'src_setup-check_checks_ts': {
                        table: 'sys_module'
                        id: '390c5d25c22946049c9ec98613b05e30'
                    }
                    'src_setup-check_finding_ts': {
                        table: 'sys_module'
                        id: 'f866135862b54fd99bcfe6a5a93dc162'
                    }
                    'src_setup-check_form-action_ts': {
                        table: 'sys_module'
                        id: '08365ca634494b888dc5853eb31a0eac'
                    }
                    'src_setup-check_read-access_ts': {
                        table: 'sys_module'
                        id: 'f84c4afdd8b8493f896d18e948fdf2a2'
                        deleted: true
                    }
                    'src_setup-check_read-app-only_ts': {
                        table: 'sys_module'
                        id: 'dc774238417a46bcaf17ef5f66878580'
                    }
                    'src_setup-check_read-setup_ts': {
                        table: 'sys_module'
                        id: '488e338dda9149ffadc36560bf12b2a9'
                    }
                    'src_setup-check_rules_access_ts': {
                        table: 'sys_module'
                        id: '464d8d294e794f58bc947db1a3c57d58'
                    }
                    'src_setup-check_rules_app-only_ts': {
                        table: 'sys_module'
                        id: '09facccd4df44aa38a99941147287698'
                    }
                    'src_setup-check_rules_authorization_ts': {
                        table: 'sys_module'
                        id: 'dbfa124ee02f4e07a718701fad2f093c'
                    }
                    'src_setup-check_rules_basic-auth_ts': {
                        table: 'sys_module'
                        id: '53b1ed308b904b77a4415e6170c0e5a9'
                    }
                    'src_setup-check_rules_certificate_ts': {
                        table: 'sys_module'
                        id: '45417603ae024eec829bf1ac48a58529'
                    }
                    'src_setup-check_rules_connection-security_ts': {
                        table: 'sys_module'
                        id: '2371270b78ee4b19a65eb8cd6860fbd7'
                    }
                    'src_setup-check_rules_credentials_ts': {
                        table: 'sys_module'
                        id: '2663d104f5f04aa0b6ef804f3863ce21'
                    }
                    'src_setup-check_rules_general_ts': {
                        table: 'sys_module'
                        id: '91f64914b7364081839ed03603ac872b'
                    }
                    'src_setup-check_rules_mail-flow_ts': {
                        table: 'sys_module'
                        id: 'dcbbc932de474abeae4798ddaf38a399'
                    }
                    'src_setup-check_rules_platform_ts': {
                        table: 'sys_module'
                        id: '089cc10f8c1b4ed3be6dd77d3fcfc9e3'
                    }
                    'src_setup-check_rules_sign-in_ts': {
                        table: 'sys_module'
                        id: '5edbf3583e3b4bee90632f6ddbaf735d'
                    }
                    'src_token-keeper_accounts_ts': {
                        table: 'sys_module'
                        id: 'd4e76b1345bf4012ad8e5deb813ac969'
                    }
                    'src_token-keeper_alerts_ts': {
                        table: 'sys_module'
                        id: 'c253dd32a6da42acb71057f99da62768'
                    }
                    'src_token-keeper_app-only_ts': {
                        table: 'sys_module'
                        id: '95493a3a205041c69728ac2df46ba435'
                    }
                    'src_token-keeper_authorization-watch_ts': {
                        table: 'sys_module'
                        id: '93c3e002f6c0458da089106ba911118f'
                    }
                    'src_token-keeper_backoff_ts': {
                        table: 'sys_module'
                        id: 'b66e574fc8ce4d5e89e06cb55ce445fb'
                    }
                    'src_token-keeper_budget_ts': {
                        table: 'sys_module'
                        id: '0316982a71ec44eeaae5244e96decadb'
                    }
                    'src_token-keeper_classify_ts': {
                        table: 'sys_module'
                        id: 'a0f57e1309ef495cb73f30d40100f5a8'
                    }
                    'src_token-keeper_decide_ts': {
                        table: 'sys_module'
                        id: '93d505948203413380a5f16d6f2fcb62'
                    }
                    'src_token-keeper_hand-over_ts': {
                        table: 'sys_module'
                        id: '108288cf2e964ac6965671f60b4f8414'
                    }
                    'src_token-keeper_health-store_ts': {
                        table: 'sys_module'
                        id: 'c7294148703c40ac9dbefe94d75c756c'
                    }
                    'src_token-keeper_identity_ts': {
                        table: 'sys_module'
                        id: '43fe77b645f04c6e831f38419d230068'
                        deleted: true
                    }
                    'src_token-keeper_identity-reader_ts': {
                        table: 'sys_module'
                        id: '566f64e4c5d64bafbe172218ef62038d'
                        deleted: true
                    }
                    'src_token-keeper_job_ts': {
                        table: 'sys_module'
                        id: 'abc7890bf819466fbfc3c6d61e9ef4b2'
                    }
                    'src_token-keeper_log_ts': {
                        table: 'sys_module'
                        id: 'f7f62cc2d84f48de887e68ba90036e6b'
                    }
                    'src_token-keeper_messages_ts': {
                        table: 'sys_module'
                        id: '1d2b252087b04b22b5438e4f411e3ef7'
                    }
                    'src_token-keeper_model_ts': {
                        table: 'sys_module'
                        id: '45eda09456984367afdea254a8ddf9fe'
                    }
                    'src_token-keeper_oauth-client_ts': {
                        table: 'sys_module'
                        id: '1d9e29a86b54456785fb84173d62db23'
                    }
                    'src_token-keeper_recorder_ts': {
                        table: 'sys_module'
                        id: '509d08e19c9647c4a0175265f0b47ecc'
                    }
                    'src_token-keeper_refresh-now_ts': {
                        table: 'sys_module'
                        id: '9d87f75cbe2949e58f46bca417f58a8a'
                    }
                    'src_token-keeper_refresh-step_ts': {
                        table: 'sys_module'
                        id: '34b8d4c6260f4f2eab27135f28baaa71'
                    }
                    'src_token-keeper_run_ts': {
                        table: 'sys_module'
                        id: '96ff9a2711f743d4b1bece41bfd2cef4'
                    }
                    'src_token-keeper_run-history_ts': {
                        table: 'sys_module'
                        id: '091673047aa541cd99e629eb3873ac59'
                    }
                    'src_token-keeper_schedule_ts': {
                        table: 'sys_module'
                        id: '9e7476ca13964181ab56e2275120039f'
                    }
                    'src_token-keeper_sign-in-check_ts': {
                        table: 'sys_module'
                        id: '93ff0ca8c9df4a208d01f9e1e81e86b4'
                    }
                    'src_token-keeper_testing-mode_ts': {
                        table: 'sys_module'
                        id: 'bafdb56368c9425ca92d4de9d66fb372'
                        deleted: true
                    }
                    'src_token-keeper_transition_ts': {
                        table: 'sys_module'
                        id: '989f41d2c20e418b9601c516909a38e9'
                    }
                    'token-health-create': {
                        table: 'sys_security_acl'
                        id: '5e353305f5af4530acc941be91eb309b'
                    }
                    'token-health-delete': {
                        table: 'sys_security_acl'
                        id: 'bb9b470a436543179701e13311539b60'
                    }
                    'token-health-read': {
                        table: 'sys_security_acl'
                        id: '20818f578e134be6abc5062e05b71ff8'
                    }
                    'token-health-write': {
                        table: 'sys_security_acl'
                        id: 'fd90ba502403455c9d9fa6109f4dc653'
                    }
                }
                composite: [
                    {
                        table: 'sys_ui_list_element'
                        id: '000faef577ab45ffbf0ef84cb74fe42a'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_checked'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '00b8095a1b004bbcbe5b4f62bbd97655'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '020508c6118d47fe8a916af788b0781e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'accepted_delegate'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '026cebabe11a4e7097ed13aca9f5f9c6'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'identity_checked'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '02fd0c93f1224cd8b664c2aeee8bd3b7'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'request_ms'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0374c98fa21946d88a8dfaea927e55ae'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0491de2433a8436b8ba85c6366877988'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outbound_account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '04a154f78f924fb3a54b576b4215b90a'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0521ab06c29a4fbba87b565695524474'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0649986c062b4b68b4df360e0f39a8c7'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'last_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '066ecf4ff121449c9c05710a48d41b40'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'round_trip_last'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '06f63057100e4b7daac26717c2c4b5ca'
                        key: {
                            sys_ui_action: 'c853d6a04f4d486897006151d73eed3a'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '07757c47c76245a380ed8b80c33c9e14'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'withdrawn'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '077ea6315fdc41efbd4add7c41bcdfcb'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_window_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '085feab21d2c47bfa8c04633991a954d'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'code'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '087e760e9a9e44888bd2b36898f03278'
                        key: {
                            document_key: '6f59ecb0f4824fb4b052b67a35f5e588'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '08848404f6ef47bfac12e18668b43844'
                        key: {
                            list_id: {
                                id: 'eeee89516a7648b09d3d338babcff1e7'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'expires'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '091eb78b538d4dce8501a06a9c9ac87d'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0a7831b9897f438cb3672a8ddd8b7586'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'accounts'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b02cb05f0fa4ae29ed109a68b06af7d'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'arrived'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0b6d8b72c81942ba8f64063b4dcec909'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'incident_start'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0b73868e97cd4a94bdb5ded7c3b75410'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '0bba5ea2b1e747939be5205ae3be23fb'
                        key: {
                            logical_table_name: 'x_mail_oauth_token_health'
                            col_name_string: 'time_to_failure'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0bd5338490c140c4ac48507c54217a97'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'time_to_failure'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c1e98590bf34e22b52696d9948fc738'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'arrived'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d1c0d790165437798f7b668efe0994f'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0e8a0249251543559649ab082b18fe18'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_last_sent'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f1ae0e9626b42828c3fe128da8455d8'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0f276bd2569e43e7962aa9e825957aef'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f70cda1b8e44e22b94d1ca1066bbc03'
                        key: {
                            sys_security_acl: '59a6a7edff2d48db91edf7dcd21b8b63'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0fc1e32ece544d0f84095f0022992035'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0fdb914c94c8488bad65c272bc18da73'
                        key: {
                            list_id: {
                                id: '51a99357a6f0413d8a086971f0d7c3da'
                                key: {
                                    name: 'x_mail_oauth_instance_check'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0ff10aeb74864099a4740730be7b6e68'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outbound_account'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '100b0de9b96947acac23c7cc7207f827'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '101fbceb9cbe40de9850fea25c204f61'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_error_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '10b2acfc5a894c0da3baa0755c72d12c'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '10c5658348b4437eaf8bab203e7fe237'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '10d54a46a2744fea9b1c288ef2e934b6'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'testing_mode_suspected'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1197158d52474f6aa793949029fe4b77'
                        key: {
                            document_key: '99ee2644353043bbb4133361641d31fd'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '11e60a10a0944671824da985825eaaf0'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            caption: 'Who authorized'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '12ce0461f289416b92a8531fa3500560'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1488b8cd9ed7405bb969f6a64df4d095'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '15369cefae754ddeb7f0deb02ccda5fd'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_token_expires'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                        key: {
                            name: 'x_mail_oauth.viewer'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '15fe2a47c8284cac84d0bda0ebc5f0a9'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1663f591bd2c4a12a4af3384e5a439e7'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mail_incident_since'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '168ba4ab0e594f24ba416170fa4f4efc'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '171b69cfcf8f4c31858a31fbc915e111'
                        key: {
                            name: 'x_mail_oauth_resend'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1783686e051d4e37998e35eba62280c3'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'queued'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '179038167b454c3987f35586251ace97'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '1843ffaec1354352ac6b5f1d978ccd92'
                        key: {
                            logical_table_name: 'x_mail_oauth_horizon_alert'
                            col_name_string: 'horizon'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '18f5883a32d84b92880a8270bc92bb27'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'provider'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '19618fd6eeb64cb58c36f397ff8168ff'
                        key: {
                            list_id: {
                                id: 'eeee89516a7648b09d3d338babcff1e7'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'provider'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '198cbf216558464cb10cfb630959b3cb'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '199202afa5644f4e95632d8e33d43d67'
                        key: {
                            sys_ui_form: {
                                id: 'c0583ee8906d4b61ba0af4994580f8d9'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '19f8de69ba2f47fb947ac78107803350'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'item'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1a62c6ee245546799caf3963d5bc0500'
                        key: {
                            sys_security_acl: '23dbe6639c2b43a2aa70f92b7132aefb'
                            sys_user_role: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '1adad48479f34575b67780b9f0721a5b'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ae103b28b3a4002bf281ad532462c8e'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'at_risk'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1ae63fed44ea47549dad0e1e21e02183'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_last_arrived'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1b0f16a3ef364cdfb3cab8be58e3ec15'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_window_start'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b1340552d9c4235bb0b09abac8ead39'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b96b218c6634107965c69c919b94d1f'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1bdc50fe69814258bab5240926294f28'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '90f803b6bf914be38a7f02a703e715be'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1be6de94715d4d539a09d3a3b3f5026c'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source_record'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1c5e52861d5546a59f658c5f0aa3e0dd'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1c8d83458b31432183b06c61af4fb62f'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'at_risk'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1d16c961fe5e4af89a5ff8781c38a011'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_leg'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d392ad1c2064de9bd7a35a87e6fba02'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1db6455897f04b5fb465039fcf6cbf12'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_leg'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '1e3c2f715de843f5b98c2ee0fa29c7f8'
                        key: {
                            name: 'x_mail_oauth/main.js.map'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '1e3eadbd1daa45d285bdf8cb9c1e2d0d'
                        key: {
                            logical_table_name: 'x_mail_oauth_refresh_run'
                            col_name_string: 'started'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1f00eb12fd7f4e3888fab3e6064c39b1'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1f72e3fbb57a4e17b13d618ee9c82ca8'
                        key: {
                            list_id: {
                                id: 'eeee89516a7648b09d3d338babcff1e7'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1f8170497dff47c89a2e6538d1d4e699'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'round_trip'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1f915a65b14642f58d5592a1a02138c0'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error_code'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1fdff8cb95384280854cbadfe3fa2959'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'failure_action'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '21a82cfb2eb44b98be6589e7b8fc7512'
                        key: {
                            name: 'x_mail_oauth.admin'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '22f22f9c9f7e45189195095c8b3deb56'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '23256c1bbb594e8faee255e62f2f76d8'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'stops_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '240380dfb25748259e195f851a1001e7'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'canary_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2440ce63373d40c6bfb5723b1db274fe'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'due'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '24e3242fc14642b2b69290ba03f7c379'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '25166ae55f054a9b95b1d94922c770a5'
                        key: {
                            sys_ui_section: {
                                id: 'be72931de0e14641b5686bf09fab3f33'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Job bookkeeping'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2604911a4e0f45218de51e91747bb11c'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '26ec888dafe944d4919e305fc5dec4da'
                        key: {
                            sys_security_acl: '519fb98d24a9453ebb6f5e78c868843e'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '274173d6104b448ca1395f34d53565ba'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'batches'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2759541da7264da583d61f1e62a2cf23'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '27d3f61f7ca840cf9f983016f5cf56cf'
                        key: {
                            sys_ui_action: 'b43eb97ed21e47068b72024224d350c3'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2842a7153cae4258a340bd51d4bdf07d'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2955cfe86dcb4df4bd92fd669a09bbc5'
                        key: {
                            sys_security_acl: '5e353305f5af4530acc941be91eb309b'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '298f730cdfd74b13a2895db71428b089'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'checked_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '29bd734c23f44fe798fcadd0e6a1e663'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'next_attempt'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2ac610a4ded24209bd9315bca7ec6668'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2aee3cf3f48745efa3b59fa91e0dfc35'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'round_trip_median'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c2c072d1f5a49e4a57c0a810e64025e'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'first_run'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2c60856f66784501862bb377bd5e6872'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'identity_status'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2c7dc1a123ee4573a6986883761704e7'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'testing_mode_suspected'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2d88c29cfed54f968b52f8eab23b96fc'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'authorized_identity'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2f0b1d9e9e154169bbb5382628da6f02'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_since'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2f3031786d1d4e2d97e17365199eb3f9'
                        key: {
                            sys_security_acl: 'bb9b470a436543179701e13311539b60'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2fa745b3e0de49fd9e2083a9722eab76'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '301ca64df4b44e7e8f8a3185a0d4a56f'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_last_sent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '303dbcda83fd44b6823bea56195c0ea8'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'round_trip_last'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '309c042226f447f7b67b09c516c00e25'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3123d3d0f46b4a218e149a52429f8251'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a2ac09f0b79747668a85b7ebbbd6476b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '31b5dfe7945a4ece904c8689a0a4c20d'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'title'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '3211e2d2a78245768885f738296f60ea'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '325ad8131802480d87c5ea60860594d5'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'expires'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3356cd85391242b7bb8ac2a79d238f8b'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '33d4e41b9fa340929d2e688ad295907b'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '345aec1bfbdf42578b4d5253c04bb8fe'
                        deleted: true
                        key: {
                            sys_security_acl: '2f6294a729194785bcf4d581606dd794'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3497bb30fef54a5ab7ce0ded072b1e0d'
                        key: {
                            sys_security_acl: '8acae8b933544827b5fd9b97f2bcee94'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '34c6694aef4e4a7f88c538badbc0e285'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'stops_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '350fb0a55ab44717919862ec92105b79'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '356453c7365a4a068861fc54ab209588'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'leg'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '357ba12fad61436b93df39e4cf4e06b8'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            caption: 'Client credential'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3585b2ce023145ba8078cf9d83498b81'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'sent_through'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3599db7de0dc4486b1f984b9a90e0edc'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'requests'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '35a3763256cd4bbdaaff78964a31be41'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'email'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '35fe0b82be47467ba23ad2085f74fbc5'
                        key: {
                            sys_ui_section: {
                                id: 'be72931de0e14641b5686bf09fab3f33'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Job bookkeeping'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_checked'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '363722673918478992cc0cd1665ba591'
                        key: {
                            sys_security_acl: '519fb98d24a9453ebb6f5e78c868843e'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '36c01a0643e6456b8fce611045f890a6'
                        key: {
                            sys_ui_form: {
                                id: 'c0583ee8906d4b61ba0af4994580f8d9'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '36fa71c209034199bb838ef6e5e6b23e'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3820c32cb1634e1cbb7ab0c5cf7b4101'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'script'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '39c4f520f654497ab970e8a7b216db8c'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'batches'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3a7d9b02b4e7417fadbd671127da3cda'
                        key: {
                            list_id: {
                                id: '51a99357a6f0413d8a086971f0d7c3da'
                                key: {
                                    name: 'x_mail_oauth_instance_check'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3c21ee2ab3b24e4d8f862a873dddd49d'
                        key: {
                            sys_security_acl: 'ab2cdb2f0216491da3f55781c08efc9e'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3c23760046024aef8fb57b5370bd0c95'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'oauth_profile'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '3c6aede2af4b40d6972fccc66651f6f1'
                        key: {
                            endpoint: 'x_mail_oauth_overview.do'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3c7d729a500e4ac0bdcbe26dc6a93f5c'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_since'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3ccbc1f85db04b35bd3eddb2cc6b9ce3'
                        key: {
                            list_id: {
                                id: '4d4ee23f3abf433d8cebf99d095ab490'
                                key: {
                                    name: 'x_mail_oauth_horizon_alert'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3ce2ec57c2f0456aab11c795136b570e'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'slowest_request_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3db61be68a0841788f5ca0e91eb91e9e'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'authorized_identity'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e200e9189bb44dda19d55cadcb3b078'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'leg'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e4a6d95402043e99f0c0e7cf6c775e7'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3e4b4ffaf0294995a26399bd3dfa310b'
                        key: {
                            sys_ui_section: {
                                id: 'be72931de0e14641b5686bf09fab3f33'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Job bookkeeping'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3ec4393428c14f8fa6009cb911b841a4'
                        key: {
                            sys_security_acl: '39d841b237e94d64b44575ce73f35107'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3f1faa761c8547ce993d1e3ab837f5fa'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_refreshed'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3f33f0e6ea8f4dce885cc1ecdf527eda'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'found'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3f9af7d0f29441dba12a7380e2ddde2c'
                        deleted: true
                        key: {
                            sys_security_acl: '59a6a7edff2d48db91edf7dcd21b8b63'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3fd8537d62de423791f4cb13913d10b0'
                        key: {
                            sys_security_acl: '9cbf4ce251664b54bda65291ef54df34'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '40127eac46794460b40858468ebbcc98'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '40ab34378c22402094488c2d18cf783d'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'last_alert_days'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '40f116faf80e4192b5b6e8706074d14e'
                        key: {
                            sys_security_acl: '4b02bc509bb3491389e5789be3e8e016'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '43a4285b6a814ccba4452e233cd1a71a'
                        key: {
                            application_file: '1e3c2f715de843f5b98c2ee0fa29c7f8'
                            source_artifact: '664903a09c344445b84c1d53b351903e'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '43c186c094e14df88c5249e84b434b27'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'queued'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '455a66de617e489f988c23c2111e14a8'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'first_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '45eb551d9af24929a7c696217f040106'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            caption: 'Token health'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '46631e30c1824affb4e70226fc40041e'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'expires'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '46bcfbaa21364ad099fe5c2fd09dc456'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'assumption'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '46d0a96bb3114da6ae02edf504103221'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'queued'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '476e1d6da2d743f8a1960423c9bef456'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'access_token_expires'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4899df3ab2d940f98393bc9ed9f0a042'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome_detail'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '48bd3e95e2244ff5b958cf8bce2f4e48'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'incident_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '48e4a5a7462541de87d42ccf7c4ae008'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '494d636e5c9f4b75acdc41b188d2f3b2'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'short_authorizations'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4a3b37b81cf34e6cb9e33f757881eb7b'
                        key: {
                            sys_security_acl: 'a00cdaf6ef924e5bbbe6fb94537c92ba'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a7c113971b542339f06fa74c7987498'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4aa9e8e30ec9462b935d9b27a61a544f'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'failure_cause'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4ab3b76b34794fc9a0acee2b045a0254'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'status'
                            value: 'cannot_tell'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4b0917666baa46508f885f2c3bca76fb'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'kind'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '4b2d5a49ce724aa4b723e4fa5674d1a3'
                        key: {
                            sys_ui_form: {
                                id: '69e19b8a1f99494584dc256ca64f3f8f'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c33c5c53b154a77a8135da8856e8cfe'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c7cd23ce8e94d31955902604d990560'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4c976a5b039446b4bd6c4c5235b87793'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4cb74dedd08f41f58f0afdd6d56f0b7b'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'email'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '4d4ee23f3abf433d8cebf99d095ab490'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4d6cabb3d0c94bcfbb185c71ce6e1c50'
                        key: {
                            sys_security_acl: 'b9e1082aeb7441aa8d4b062525394095'
                            sys_user_role: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e43e2325957450480395a1c64a84b76'
                        key: {
                            document_key: '6f59ecb0f4824fb4b052b67a35f5e588'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4e56f58038fe45ff8814f5ce55d1685c'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_message'
                            position: '16'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '4e7683473f10459494b0a169285255a8'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4ea2c2ca2c904f63833fb05e83f86336'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_code'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4ede5cbf57cd44da881b15a14ed69314'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outbound_account'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4ff40a0aa5bb4eb58173b541f8991ce4'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mail_code'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '50623f9dc8eb43e99f91c6dfac87aaa8'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'counted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '50a3a1b77d934c9e9d8fb3b1fc814243'
                        key: {
                            name: 'x_mail_oauth_canary'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '50f2bc479e67468885d6bd4f282f8c3f'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_window_end'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '510bac290cdf4939a6a6007135adef7d'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5133720249ac42abaa6ef398ef9a0818'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '51a99357a6f0413d8a086971f0d7c3da'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5232ca0bb8994202b2268b9307fd1bfc'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'kind'
                            value: 'certificate'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5295da928b954700af5f54c97b7fab5e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                            value: 'needs_authorization'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '53f1e140bbda4314a7a902b27159df2c'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'refresh_token_expires'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '54fe384991ab45eba645316508895b7b'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55ed1ec5395d4855a8fcc268239acbac'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source_record'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '56536fa71f4940ecb93955b747d76659'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_status'
                            value: 'mismatch'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '57617485b47f4ff3acf5543b9ff07b74'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57942e20a57041ffa6bb44806e1ca18d'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'app_does'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '57db65e583164e16a7a7984d13bb35d7'
                        key: {
                            logical_table_name: 'x_mail_oauth_token_health'
                            col_name_string: 'email_account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5852e7ff58bc45a285247bd2aaf86e56'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'request_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '58f7b85d68fd44308e0281042a1ea2a7'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_status'
                            value: 'match'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '58f98684f52549928b332709e3e21d9a'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '59af4c03219e4b95a570c111ec278e44'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            value: 'aged_out'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59c97cf08a3b4258ac00b946cd689b61'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_leg'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '5abc46bacfe34df6b921b2d5a31b7203'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '5b126c9b56824a8699a3e1778a49414e'
                        key: {
                            sys_ui_action: '48da7b6905894adbb23eb4df65d6cec6'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5b4e0ff2d01d444f9cc20cc95bf50d5c'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'accounts'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5c2e9e6a1ade48cca0c2c9aa93a22b0c'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'last_alert_days'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5cbe68776e994f1d8424a72bc5dfede4'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7bfbd81dc3c84f708d6532a2639c4393'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5db47a1e047a4894a9a8d3966c32b17a'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'next_attempt'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e423f713533458bbf33bbb6e6305312'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'sent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ea78df861474dcdbc86ce2906b24ffc'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5efcb5fc235e41a4a412bdeab163a7eb'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f87f967b7344e4ea8b351b97b0d3004'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'leg'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '60adcf8b04a34976b17a3011aa5dbda9'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'send_failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '61fb0123fad64505848d3f6cfdffd927'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_status'
                            value: 'failing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6336a88b75f0465091194927ef1c5266'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'accepted_delegate'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64f98518ec8e400f8c94cf2c696b8f08'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_window_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6505c1e3365b43ef9a14d8ab62ca5aaf'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'horizon'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '658e9bccefd847959d14fbb7e19b02e3'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'status'
                            value: 'differs'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '664903a09c344445b84c1d53b351903e'
                        key: {
                            name: 'x_mail_oauth_overview.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '668a396a43a4473daebfee5de61dc5e8'
                        key: {
                            name: 'x_mail_oauth_canary'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '674d02d0be084fd5953e6de374701acc'
                        key: {
                            sys_ui_action: 'b43eb97ed21e47068b72024224d350c3'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '675acd5f1fb84687b391b4b22980b8d8'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'failure_action'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '677de60e651d435bb5e80809b87c257c'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_token_expires'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '67d1c22c0ca149e38c0d2367299410a1'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'affected_mailboxes'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '68e6b05b1dd0455c88e200ce4a1fbca3'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_too_old'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '69194e1e316442ab96cd0d7dee6c111d'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'note'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6930ae36bf0947368c7e954e25f064f0'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'arrived'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '697ce45fb2834255b3e11ed17fe2ff79'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_status'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '69e19b8a1f99494584dc256ca64f3f8f'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ba641b0b58043ba9cf8cf913c626908'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6baa9fed33a74ba7a756f68eb7bf9eb4'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6bb92ce47cf340bcbbe07f35bcf5a435'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'short_authorizations'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6bb9554c74f2493ba258086cc0641af8'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6ccacfa9cad44fd28d29f10489f65152'
                        key: {
                            list_id: {
                                id: '4d4ee23f3abf433d8cebf99d095ab490'
                                key: {
                                    name: 'x_mail_oauth_horizon_alert'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'mailboxes'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6dbd89b1cacd448188a85aa3b87a6e38'
                        key: {
                            sys_ui_section: {
                                id: 'be72931de0e14641b5686bf09fab3f33'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Job bookkeeping'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6ddb04e89edc4bf7b81deecab2d29388'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            value: 'retrying'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6e559141bfb74d189efa614411feb9ec'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'note'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6e8b942764834c8c9156099cb00f750b'
                        key: {
                            name: 'x_mail_oauth_resend'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f20393931244b9ea61d790492b9d8cd'
                        deleted: true
                        key: {
                            sys_security_acl: '20818f578e134be6abc5062e05b71ff8'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6f24659251e74aa4a8991047fb8e9fbb'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error_code'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6fdd3958cc2941c4b070240ae6728d8c'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            value: 'gone'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '703a9915362e4a4f85d9b71f28941997'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'affected_mailboxes'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '7099f8b5cc094657b288ccf0bc5fa296'
                        key: {
                            role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                            contains: {
                                id: 'e3cb036305bd4af9888386590ec5c86a'
                                key: {
                                    name: 'email_account_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '71848cb88dd44bf29f56db9c5a926fc0'
                        key: {
                            name: 'x_mail_oauth/main'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '719ebd13ce5344d69dbd6f5311286fba'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_authorized'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '71c4692693f4487fa72bca272f236890'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '72c98df34e43446b90d7f8495d8ebd47'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '735d05071b4f472e947e326bb9edeaed'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '735e4c072225475e87a17473c8cb5a81'
                        key: {
                            sys_security_acl: '8acae8b933544827b5fd9b97f2bcee94'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '747390df2e38484bbdb2d95f71362162'
                        key: {
                            document_key: '7bfbd81dc3c84f708d6532a2639c4393'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '74dfc264792e4aba9f721dfe209d9b31'
                        key: {
                            sys_ui_action: 'a99ed261e1fb428493be0125aa383b54'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '74e1516f7e574f6e948c4bc5b5bd224d'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'duration_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '75d483c1c53a442c80e2f5aee0f8e7df'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'oauth_profile'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76b42ebe0f38406ebc543b9a5780dad5'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'failed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '772470f08b304213945d9c017504cbfc'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'stuck'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '77473b4a055c44e994efc18a2423c635'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mail_error'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '77579154943c4e63940b54d938353090'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_last_arrived'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '784dafc0fe644a01ac2a9f7bdbdd3fd3'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'mailboxes'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '78a02a5813fc4df399553e261036308f'
                        key: {
                            sys_security_acl: '72fdf1d5ae3a443ca13e4da5c779fd2b'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '796bd6d4a4d044f3acc119d9a3e79352'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0abc75fb12cd4145a00e2db0d7f5b6a9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '79db97e8a68c4591a8033c5859e426d2'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'alerted_expiry'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7a416f8891654e5e8af91e1fea501357'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'resent_at'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7aae97096799484187f8ad779b3cd39e'
                        key: {
                            logical_table_name: 'x_mail_oauth_canary'
                            col_name_string: 'mailbox,queued'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7ab35a7f94ed4ba5a49310282b560ee9'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7b927a3003964b0d99af8d88fbf3f81a'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7d2220d7e58b4f6596c1ff1851e4095d'
                        key: {
                            sys_security_acl: '39d841b237e94d64b44575ce73f35107'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7d603b1f75a242b5aa7fc2a39bdeb612'
                        key: {
                            sys_security_acl: 'fd90ba502403455c9d9fa6109f4dc653'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7e0b7aa37c644c5c93c9a1ea28e72eae'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'affected_mailboxes'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7e5d4fdd3b344687938e0438b61d9e8d'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'failed_at'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7e61cfccd3eb4f0f93eaac1aa8e3024d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3fdffd69d9664ab0a33d92115c11383f'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7e6e189959d047779326ff0d485e3e88'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7eb20abffb524873b9e572cc459be509'
                        key: {
                            document_key: 'd6f8ded1fba947aa86a8a62df9512f3d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7edf0c0b530649cbbf3c3fccf1335d07'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f757c230e9644648829d5a02bae7d74'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '801c7f6665644f58b6db26aef8d3abf3'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '803bf8b0dbc14b5284ee301611ec05b7'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '811cad8aa9304810b8f32b8f9af96d13'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resend_report'
                            position: '18'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '828828c767734ba6b66d277f9dac3202'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'authorized_identity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '82ed95004b014c9ebc40628c018b08c2'
                        key: {
                            sys_security_acl: 'b3de3428a2434531a7d0bfe748b8d5e8'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '83046c3350da4295bd7aa68a29b7e17a'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '84084017b6624af89377a4252136fe9b'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_message'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '840a8cb7086f4d82889b3c3e214aa0d6'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '84e7b7ffe1f74931af11dde4ea137497'
                        key: {
                            role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                            contains: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '856fa816887540cf8712521ce4cab8c4'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'round_trip_median'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '85fe6f9915524ec2b1422bf94285c06b'
                        key: {
                            sys_ui_action: '7d324af1059d4c6c8e530344f8f31c30'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8764f23fe273474e867cca442150099d'
                        key: {
                            sys_security_acl: '23dbe6639c2b43a2aa70f92b7132aefb'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '87fbfb3920cb447a9db0d3d42f195f13'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'app_does'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '882124dc5346478f874cc3c967bc058b'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'horizon'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '883008e2e0cb4993b9a49b197ffa2116'
                        key: {
                            role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                            contains: {
                                id: '33bae564bdbc4c92962459b62c919f17'
                                key: {
                                    name: 'oauth_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '888def98f1e34b59a687e0fa59a75abd'
                        key: {
                            sys_security_acl: '2f6294a729194785bcf4d581606dd794'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '88a75e0dede842419e81b6d7be4abf8c'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'accounts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8974e16cbc1b4edbad8d74c0c18a848e'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resend_pending'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '897683475a154f09a7747f614c19ddf6'
                        key: {
                            list_id: {
                                id: '51a99357a6f0413d8a086971f0d7c3da'
                                key: {
                                    name: 'x_mail_oauth_instance_check'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '89c9b9896b2943b89914f369335368c8'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'resent_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '89cee3182c7a417b93e0111317fde918'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8a060b0569184ce59bb0a6d83709415d'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8a5e6e28952a4691ba444db2bbf9e538'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'deferred'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8a7d8b3120774780b03a89fc5e440707'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_status'
                            value: 'ok'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8aa8009aba6d4527a2c34994dd3d0d4f'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '8ab4deba6abb44cead8154113ef91a03'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8af6c73b263c41fcab500d7f9b79f907'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_last_arrived'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b21068d817c456b845cb137350236d4'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'canary_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8bfc1dfc2a524dbf939624b39f90f622'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8ca9f42912b24d2fb752b8638d1536dd'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'email_account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8cfa770263154830bbea721a353c8d22'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '8da1c57d0cee42008b4a428e9619771e'
                        key: {
                            sys_ui_action: 'c853d6a04f4d486897006151d73eed3a'
                            sys_user_role: {
                                id: '58b4b7002b174cb688c36d4710743db5'
                                key: {
                                    name: 'email_account_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8dcf6e00fde844e9a52a5bd9584f4144'
                        deleted: true
                        key: {
                            sys_security_acl: 'b9e1082aeb7441aa8d4b062525394095'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '8e045ce5206d447b907d6247b1870c03'
                        key: {
                            sys_ui_action: 'a99ed261e1fb428493be0125aa383b54'
                            sys_user_role: {
                                id: '58b4b7002b174cb688c36d4710743db5'
                                key: {
                                    name: 'email_account_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '8e3798372d8143d597ae96b317cf4e92'
                        key: {
                            logical_table_name: 'x_mail_oauth_canary'
                            col_name_string: 'canary_id'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8e543272bba64f329e7f601030e347b9'
                        key: {
                            list_id: {
                                id: '4d4ee23f3abf433d8cebf99d095ab490'
                                key: {
                                    name: 'x_mail_oauth_horizon_alert'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stops_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8e8cb7d462bf4af7a95b716e71e40ace'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'resent_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ef1f8392e5047a799da028af7e9ee09'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f45ced100e146d49a30b459af1a7cf7'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '8f607b72f3824617a2b033bc5c7f8b4c'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8ffe27e81c784cd9a37bb7450d1b7256'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mail_error'
                            position: '17'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '908c287c63624f779723acb3a1bda6f5'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'time_to_failure'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9143bd5656c14899804c6be78fa19ea6'
                        key: {
                            document_key: '0abc75fb12cd4145a00e2db0d7f5b6a9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '916572ef19cb4cc89750af3cbe2c2873'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '918843ffdcba4b0b901d1b76d76c0d3c'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '918c63562c584274bb83f81e9516cb0e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_error_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '91cd65bda10f4a9fac5bf4a977f3603e'
                        key: {
                            sys_ui_section: {
                                id: 'be72931de0e14641b5686bf09fab3f33'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Job bookkeeping'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'consecutive_failures'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '91f63e4229df4a62abdd49ba3611a381'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'oauth_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92478f6928e4407ea8dd4314f547a7c4'
                        key: {
                            document_key: 'b4956504219640559f34334b5cbb9394'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9267cd24df1f440284eaf1923c52807e'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_refreshed'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '92ee3c8737b44df2ae52459a23dcf563'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'sent'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9332762e70f9449c8a73bac3874c51ed'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '935ab19ccbc5486bbd782303295c4ae4'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'failed_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '93d0a2115b9e45d58f2efe3299e4dacd'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mail_error_at'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93defcb4c8a041b2a84f03735cf5d39f'
                        key: {
                            document_key: '456547a344d442dea7608a512cbd175a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '946852331a5a42328c1da032ff12d773'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_alert_days'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '949fe1d71e944ef198584c3d4ee8a9b6'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '94b1a70a98984a0282d4acb3ec2f718e'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'batches'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9510c201b33b477aa811bdd533a8d499'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '951a092a810c40dfab346907a2365089'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'sent_through'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '95209ac462804d4e9b16f93202b96898'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_authorized'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '965a1cb8313d40a4aac119f8e56db28f'
                        key: {
                            list_id: {
                                id: 'eeee89516a7648b09d3d338babcff1e7'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '96aacfbe4a464125b4d01aee1b17f094'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source'
                            value: 'entra'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '97536e4892c94d62a6fac22330a2c747'
                        key: {
                            sys_ui_action: 'cb0992011d9448caa1ec364adc9f8b52'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9795f7052651444391cc8ec4bc571523'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'outbound_account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9942c09b751a40afa89aada2ad36926f'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a481538f43e4e08859379b245118ae4'
                        key: {
                            document_key: '0abc75fb12cd4145a00e2db0d7f5b6a9'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9a95e26a190e41e4ad2bdb205282356c'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'runs'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9b29e05e1cdd4485a1742df9370d160d'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'alerted_expiry'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c0d67c2b6344227ace7e40515058634'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'testing_mode_suspected'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c62ec3ce2694b9f923c7817d9b6c68d'
                        key: {
                            document_key: '3fdffd69d9664ab0a33d92115c11383f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9cab1fcd868847faaed4f985cd1a8d40'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '456547a344d442dea7608a512cbd175a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9cb6d13045fb4dd38168fa98f53fc825'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'found'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9d1d1be2105c4d1b85a8d4e8dc8f9db3'
                        key: {
                            sys_security_acl: '4b9c8d084e0549c1acd0c1c93b2986f4'
                            sys_user_role: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9de7173645e9456ab65eebb614ceb6dd'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_last_sent'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9ea02dfe5b634356a9296d80859dcd85'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_status'
                            value: 'unknown'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9f04c3008c71451896e0c2dee4e500e1'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_incident_since'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9fb23ff8f31340e6a700fdd10d550cba'
                        key: {
                            list_id: {
                                id: 'eeee89516a7648b09d3d338babcff1e7'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_alert_days'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a0cb03dd1b3540e49e7574f770a90c57'
                        key: {
                            sys_security_acl: 'e6b56123e94742ebba50c7e3036740a0'
                            sys_user_role: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a2f5fda220404dddbd4459e5148a032a'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a3b92a3e3d3e4ecc849e399539a32c25'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a41af96f5e274834a4cbd5eeeafde558'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resend_too_old'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a4555f06baaa4b2eb19e7757684d5418'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'a4c05d80f8e0410ebbf1c1eb3689072c'
                        key: {
                            sys_ui_action: '7d324af1059d4c6c8e530344f8f31c30'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a4c42a3d070d4c01a57b5632cf248eb7'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'failure_cause'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a5093015e2284fdba0f0afee98c77135'
                        key: {
                            list_id: {
                                id: 'eeee89516a7648b09d3d338babcff1e7'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5923cae4c4242258b49af55cccf5995'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'assumption'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5ce140092b943679ab425b23c51f66e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'access_token_expires'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a65dec90982c4bf7bce70b39363880cd'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'at_risk'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a680111bc501449cbc5bd3dd2962bdd0'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_checked'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a68b5de9ea90495e9be19050e6429747'
                        key: {
                            name: 'x_mail_oauth_token_health'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a6b177e1063d496ebb2141e96c9c3ce6'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'lost'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a6b72c77518343ec92a861124200bc05'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'refresh_token_expires'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6db47d6523c4f3ba76adfdf09dc87d1'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'provider'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a781ce457084484fb083c5144492c591'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'requests'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a7948eb15fbd4fbda898b6516a50299a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd6f8ded1fba947aa86a8a62df9512f3d'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'a8185810e1ad4225aca8e4b669f48ecf'
                        key: {
                            sys_ui_form: {
                                id: 'c0583ee8906d4b61ba0af4994580f8d9'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'be72931de0e14641b5686bf09fab3f33'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Job bookkeeping'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a83a309d3f4b449ca6f7af21c58ef323'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'stops_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a84877d4514b4a92a511be4b583db3c4'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a8ac5b906f144e809dd27da24db6d8c7'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'mailbox'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'a8b14cb677434d02a80603fa09b5bc2b'
                        key: {
                            sys_ui_action: '8d39bf6f12984afb99c258cbf770c4bf'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a98a3281f57d4699b94230f131e34a1d'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'identity_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a9dca7ae600840a786ce621331b1334c'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'slowest_request_ms'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a9e680b09d5e4b5fb3a8cc6dad5e2fbf'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'aa41f736fe6f471eb3e55ee9972770a7'
                        key: {
                            name: 'x_mail_oauth_token_health'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ab0a27b389bd4a7ab32fbd78443a346e'
                        key: {
                            name: 'x_mail_oauth_canary'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aba21d882ea6481086217fbd909c4c2d'
                        key: {
                            document_key: '90f803b6bf914be38a7f02a703e715be'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'abc1e46681ce42929dcaa505b5e63806'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'acc75a349a6f47a9a7ecd39dd8428797'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '99ee2644353043bbb4133361641d31fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ad6bb4244f844002bebe500f1d1dc18d'
                        key: {
                            sys_security_acl: '5e353305f5af4530acc941be91eb309b'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ada344f6628a4836a797945096e84b2a'
                        key: {
                            document_key: '99ee2644353043bbb4133361641d31fd'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'add1a3688b3d4b74b81eb9a96293ae14'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_too_old'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'add743ed5bf645f38193a09aaa989ec7'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'resent_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aebd854fc4ab4d27b8ba8300cec2e3ce'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af468310291f4d01b33c0cbb26aa6103'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'attempt_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'afddaddc050f40c59efb086d0cd1de5b'
                        key: {
                            sys_security_acl: 'b3de3428a2434531a7d0bfe748b8d5e8'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b12970352cd847cb80f49a5ff7c48bc0'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_refreshed'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b12b954139aa4000ad3d5c5b243b9e9c'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'accepted_delegate'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b1604945fd8547d0a2d7d0d3d0626b08'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'status'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b29180f4e14a4fdb97e9c90c805ef1b2'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'last_alert_days'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b35b43993c0b405c8637b1359fdd524d'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b369edb8a7a04881a634448a7f42ec52'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'script'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b48e97da420643469d21b2d79a54d0b2'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b4c5dcda37fd4527b1d67c56af9f2bd6'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5b6ce8b76c242f384ce075f272b31b9'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'email_account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b6cd168c89944d248a646eab49844737'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'deferred'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b6d2d9f59468470495e962d273f8eb98'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'arrived'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b7a54a1f880f4aa58eaa15b005e6f126'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_alert_days'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8093d41a58a459682e63c577af8f2c3'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'b84600946a604940a04e88d6b0e7a796'
                        key: {
                            sys_ui_action: '48da7b6905894adbb23eb4df65d6cec6'
                            sys_user_role: {
                                id: '58b4b7002b174cb688c36d4710743db5'
                                key: {
                                    name: 'email_account_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8616a2c6fe14942ba5ee0df77c3a551'
                        key: {
                            document_key: '90f803b6bf914be38a7f02a703e715be'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b886bda86fc5476ba29133c4c72ea238'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_status'
                            value: 'retrying'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b88ffcf3f98e4308a2402b6fd9942d78'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'cause'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b8ae17c4af144b99ab331a4688dc8cbb'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'b8bfe27498b84f43ba8e5db509195c5f'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            caption: 'Mail flow'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bb3aa15708b14dc997bb40a0f813cfc3'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bbcda98339064285b9139bbf0350726f'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'mailbox'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc2862e21e1441e59484cd6533fe78be'
                        key: {
                            sys_security_acl: '20818f578e134be6abc5062e05b71ff8'
                            sys_user_role: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'bd1846ee2d2e44d3b7fa3ea644991043'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bd254891adb645ffb14a5dffe91da164'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'time_to_failure'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bddba4fec72a4b50b83f022d03c6775b'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'be72931de0e14641b5686bf09fab3f33'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            caption: 'Job bookkeeping'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'be999a5067994e9d8b50086ba938fe6f'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bea0ddf6dda44480a65cc435db72e181'
                        key: {
                            sys_ui_section: {
                                id: 'be72931de0e14641b5686bf09fab3f33'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Job bookkeeping'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf5dfb27da064c4382865ae54aa40eea'
                        key: {
                            document_key: 'd6f8ded1fba947aa86a8a62df9512f3d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf902398283946289091f5b7d61424a0'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c04d485a81a94df3b56637e647856edb'
                        key: {
                            list_id: {
                                id: '4d4ee23f3abf433d8cebf99d095ab490'
                                key: {
                                    name: 'x_mail_oauth_horizon_alert'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'cause'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c0583ee8906d4b61ba0af4994580f8d9'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c082daf0409942dd96d48c09d26ac874'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_error_code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c107ebabc31645498b5a685af40d3c37'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                            value: 'at_risk'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c13ada03270a42d898e80df047f16691'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c1df4a7cd57342068dfc2f4dcbeb6377'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c2165e5c4a214d9089b64d1fe71de8af'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'checked_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c26bdfc5a9a14c939082a6f7a6ef85c3'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'deferred'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c3ffb3ee92ff459abc4e93b0b333310f'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'slowest_request_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c416a1ecad0b45c295d5412649399da9'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'authorized_identity'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c49f1afeeb484d7da71e1bbc03614775'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c512d9523a9349448c5b9a3f4ed379ba'
                        key: {
                            sys_security_acl: '4b02bc509bb3491389e5789be3e8e016'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c52f36e5876544fba800d29f4206d3cf'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'round_trip'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5d6099755be40948633ae1fbc13231b'
                        key: {
                            document_key: '3fdffd69d9664ab0a33d92115c11383f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c62d5cd52fa649a691d05d2062ff287c'
                        key: {
                            logical_table_name: 'x_mail_oauth_resend'
                            col_name_string: 'email'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c700bdb73b064cb5b44a59b58418e3b6'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                            value: 'ok'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c7098a0a282843baa3918aecfe9454f3'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_status'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'c710166f06b648a1831ce3401934f9d2'
                        key: {
                            sys_ui_form: {
                                id: 'c0583ee8906d4b61ba0af4994580f8d9'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c834e5b05cc24c2fa0bb41520253be8f'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'started'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c90c030e71be459080212cbba6396f40'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'consecutive_failures'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c94db27cd38946be9ec9a4d5f8b2f7ff'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'runs'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c979d08f4e6a4bfea6973feb52c0db37'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_leg'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c9bc415b77b348c1bb3d9878cd17f7c9'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ca7a00a69e8940c1a8d03d458aac2907'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'expires'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'caae302cfebc44dcae5ec734f12f503f'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cb41ec302a2a46678cca0ce97949fce5'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_authorizations'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cbef2c2f98ec4fcd956feca28d285a20'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'round_trip'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'cc22febcc3724601ad9bc725d660e254'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'cc422981806f4328b39ac26bb287e5f6'
                        key: {
                            logical_table_name: 'x_mail_oauth_sign_in_run'
                            col_name_string: 'script'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ccdc0e0e17de4ba2ac7689db77004dfd'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'cceb6f20debf4847a0c3510516d7d581'
                        key: {
                            sys_ui_action: '63b59a9ccf064879801203a5681a9bad'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cdaad88229ca494aa51501dba338f645'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'incident_end'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cddb24076e794677963d824dc66ec837'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ce08e9b9f9f641ee9e6ffd3d943f1b1c'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ce3ba606ab67479a90b90e865d56bb37'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'failure_cause'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ce91955f73fd46d6b125fcdd5a58b147'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cec4d7273b2246f1b7a66f21a0316002'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'next_attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cf23653a4bb84b6bb478daf8c40f1673'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cf28d54fb4be4c62a37f9df32ba35991'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_report'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cf3d4f573db44637b87d3851d18c4d1e'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source'
                            value: 'certificate_record'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cfba28809c25457685333c2ed03221dd'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'refresh_token_expires'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd0786fee1022462f93e031d61728ae66'
                        key: {
                            list_id: {
                                id: '171b69cfcf8f4c31858a31fbc915e111'
                                key: {
                                    name: 'x_mail_oauth_resend'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sent_through'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd237f807566f4a44a2e716ff35c30705'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b4956504219640559f34334b5cbb9394'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'd365b785865e416bbf17b6ac231d5cda'
                        key: {
                            application_file: '3c6aede2af4b40d6972fccc66651f6f1'
                            source_artifact: '664903a09c344445b84c1d53b351903e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd42652b474a84de2bd2d1f4866f82aa1'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_checked'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd494d7af3dda4f7391758bf8df7da641'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'failure_action'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd4f8539fc51d4b9494f59e36bfb07259'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_refreshed'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd511ebf71d8b4691b4b310adbb20cb5e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_incident_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd52b1e52ffed48c3bab36d8b591c9b68'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'status'
                            value: 'confirmed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd612a61e176c41e6be46f79bc0b67152'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_leg'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd6db077790e9421abf7c01f4341dc9cf'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome_detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd6de78f078d24c33a932bf76430aa93a'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_checked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd7091ae1bcec46cd8e8185c69af4ed58'
                        key: {
                            list_id: {
                                id: '4d4ee23f3abf433d8cebf99d095ab490'
                                key: {
                                    name: 'x_mail_oauth_horizon_alert'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_alert_days'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd72ace19fea24996ba3a76d9b11b004a'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd7ea8d3fba154a9c8a6e05af0fdccaf3'
                        key: {
                            sys_security_acl: 'fd90ba502403455c9d9fa6109f4dc653'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd842a25bb4bc48d7b20c20b289329177'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_refreshed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd856e69df116408bb96e36fc1a356461'
                        key: {
                            list_id: {
                                id: '51a99357a6f0413d8a086971f0d7c3da'
                                key: {
                                    name: 'x_mail_oauth_instance_check'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'found'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd889c8add1d44ec4b21ce744e1a94598'
                        key: {
                            sys_security_acl: 'ab2cdb2f0216491da3f55781c08efc9e'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd992a3f9c1364561b99d1dd4c889f56a'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'mailbox'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd99b87c4fb9a4bf38cb73970c9c3209c'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'resent_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd99bbe9236934d5ca8f21f39dd53a81f'
                        key: {
                            logical_table_name: 'x_mail_oauth_resend'
                            col_name_string: 'attempt_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd9a0cfb4d8984f39a4e0fc7abf00f26e'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'requests'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd9b25a653d0c4685b645b0b1dccd04d2'
                        key: {
                            sys_ui_section: {
                                id: '11f2e95ec3294e7d8dbcdd11f4bad08f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Who authorized'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_authorized'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'da1f490b46224e83b6f2110d97a7ec24'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'attempt_key'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'da85cdab23724e9baad7ee8a8e9379cd'
                        key: {
                            sys_security_acl: '20818f578e134be6abc5062e05b71ff8'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db0815fdac8243ae994ab52d906a28d3'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'resent_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'db3955d0c8f5408d87292f280184f75c'
                        key: {
                            sys_security_acl: '23dbe6639c2b43a2aa70f92b7132aefb'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db6749e8cac548ae8f5726356d750a72'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'dca1109e8df04dbf9f5f403bc57895b3'
                        key: {
                            logical_table_name: 'x_mail_oauth_resend'
                            col_name_string: 'outcome'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dcab1f88533b45adb0ba3494af9c47c8'
                        key: {
                            sys_security_acl: '59a6a7edff2d48db91edf7dcd21b8b63'
                            sys_user_role: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dcdef5ca313a408c8b49a55b41761ab2'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6f59ecb0f4824fb4b052b67a35f5e588'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dd90c585b2a8452ab96e81e5a459109b'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'due'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ddcb00731da648188e68236bc69fe40c'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'affected_mailboxes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'df092fe74a9b4d6ba6b0bbcacee42207'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_status'
                            value: 'paused'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'df38af67916b44d3aaeae5e2ecad83a9'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'alerted_expiry'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'df440cf57e584f4785855ce5673ea4e2'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e03163e194444626a452ed085d180fd6'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_pending'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e07ca3f54c23424780fba3b8620f951b'
                        key: {
                            list_id: {
                                id: 'eeee89516a7648b09d3d338babcff1e7'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e0a2558ad6bb40ab9aac8f0f8eb8bae3'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'source'
                            value: 'manual'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e1bd91bffcc5483184b3f3b837baf204'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                            value: 'refresh_failing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3d3c1d1b0b84ea7a39fe69e6f653e7f'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'incident_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e3efe92f273744fbaea69486a39c1254'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e51d836b035c4a5c95ae63b7e030f731'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_checked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e55030f96c6d48168c66c04e05c42fd7'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e5897c51373a41709760e2bae4c465d4'
                        key: {
                            sys_security_acl: 'fa6ba4f94aa54ff682bb1164e09fbc4e'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e5a49f9adb204cca99b192596150953f'
                        key: {
                            list_id: {
                                id: '8ab4deba6abb44cead8154113ef91a03'
                                key: {
                                    name: 'x_mail_oauth_refresh_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'request_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e5e0c5508ce8445891f3ab96591f8388'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'mailboxes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'e61a9a5a305b487dbd907fbebdfab902'
                        key: {
                            sys_ui_action: '9f00f8a4933c4b2fac2a034386d34cb0'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e65cad7d453640d88d11372677cd505e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'identity_status'
                            value: 'delegate'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e6bbfaa751c64d47a4dc68984194a7bf'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'canary_code'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e74fbc60c4374d0e85edcb2967a277f6'
                        key: {
                            sys_security_acl: '2f6294a729194785bcf4d581606dd794'
                            sys_user_role: {
                                id: '1567b2f82d7d4cc29b7df06f4f6df7cf'
                                key: {
                                    name: 'x_mail_oauth.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e80739efcf6a462dbbfbb646d5510d60'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'kind'
                            value: 'secret'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e885b02b355e4ab7b2f3ac625d05b3d1'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e8dad57a446f428c9c74024006e9b217'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'mail_error'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e8f29e85ce924dc9a59006981c771c92'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                            value: 'misconfigured'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e9ed824d0c6045cf8c4702d7ec8b38ff'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'provider'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9f9002f1047414f86ded9a330490a5b'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ea5dbaa1b6f64f049197849a9b50676e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'email_account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eb507c10476249b287523610060b04d9'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'cause'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'eb7fcb50cf1647d49eff55223fb0e4ab'
                        key: {
                            sys_ui_section: {
                                id: 'b8bfe27498b84f43ba8e5db509195c5f'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Mail flow'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'round_trip_median'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ebab20f9fea546939235dc52520a6bcf'
                        key: {
                            logical_table_name: 'x_mail_oauth_instance_check'
                            col_name_string: 'item'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ebcbabc968614b5995644ff629d0e320'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'refresh_token_expires'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ebfeb8ef73ff45d69d93c84207faa416'
                        key: {
                            list_id: {
                                id: '198cbf216558464cb10cfb630959b3cb'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'access_token_expires'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec17bf9406ed4e22bd80499f03043fd1'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'stops_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec62ea39b6564b31bd8d44ab1923c375'
                        key: {
                            document_key: '456547a344d442dea7608a512cbd175a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ed2126ce7fc24c7ab0ebbb5becad39bd'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edad044688ed4a44b5d8add9b92e9128'
                        key: {
                            document_key: 'a2ac09f0b79747668a85b7ebbbd6476b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eee63488e5684325909eea48e8e2a307'
                        key: {
                            sys_security_acl: 'bb9b470a436543179701e13311539b60'
                            sys_user_role: {
                                id: '21a82cfb2eb44b98be6589e7b8fc7512'
                                key: {
                                    name: 'x_mail_oauth.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'eeee89516a7648b09d3d338babcff1e7'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ef5efa1236a946d49d54fc9926cfb127'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'failure_cause'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'f0d981d151624d4ba9704c5928b2efea'
                        key: {
                            application_file: '71848cb88dd44bf29f56db9c5a926fc0'
                            source_artifact: '664903a09c344445b84c1d53b351903e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1988e359d654e309a767faaec01bbe1'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f1c10bc50e7c410daa93a2be8ed2a0d3'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'canary_leg'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f37f84b9ac20455d9345bcf6dbfc5f03'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'time_to_failure'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f388ffe90a1c4503aec3579e3e3340a2'
                        key: {
                            document_key: '7bfbd81dc3c84f708d6532a2639c4393'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f429f79499e0493fa35a3c2da82e596a'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            value: 'too_old'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f44de4243f5f4446a92fbfef6c1cc415'
                        key: {
                            name: 'x_mail_oauth_instance_check'
                            element: 'checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f4524f8cfacc4c2c8c463d1344c3065f'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'note'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f4ab8edb10b84d2fb2b1dd58df4aec82'
                        key: {
                            sys_security_acl: 'b9e1082aeb7441aa8d4b062525394095'
                            sys_user_role: {
                                id: '5da78c16009b4b399193430846477966'
                                key: {
                                    name: 'admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f51e956d2bed47cbaf611f100a1e2539'
                        key: {
                            name: 'x_mail_oauth_resend'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f528f3be737b4219a6628cd3ecda1799'
                        key: {
                            document_key: 'a2ac09f0b79747668a85b7ebbbd6476b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f582f96975b74053a57a32aaba2c77b8'
                        key: {
                            name: 'x_mail_oauth_horizon_alert'
                            element: 'last_alert_days'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f5e418fb78d94a51b53acf707805d390'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'outcome'
                            value: 'failed_again'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f614705db0034d708f02dd0073bdbaab'
                        key: {
                            list_id: {
                                id: '51a99357a6f0413d8a086971f0d7c3da'
                                key: {
                                    name: 'x_mail_oauth_instance_check'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f61d1e4d183d436798cdfd1626481600'
                        key: {
                            sys_ui_section: {
                                id: '45eb551d9af24929a7c696217f040106'
                                key: {
                                    name: 'x_mail_oauth_token_health'
                                    caption: 'Token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'email_account'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f7a8792c3c6d47e0bf04f0b4430c55f0'
                        key: {
                            sys_ui_section: {
                                id: '357ba12fad61436b93df39e4cf4e06b8'
                                key: {
                                    name: 'x_mail_oauth_provider_credential'
                                    caption: 'Client credential'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_record'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f7b807910c2a4c2a8353f621dad46939'
                        key: {
                            name: 'x_mail_oauth_resend'
                            element: 'email'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f7e40deb6e004edf9f9cf492ec4a5f0e'
                        key: {
                            list_id: {
                                id: '668a396a43a4473daebfee5de61dc5e8'
                                key: {
                                    name: 'x_mail_oauth_canary'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sent'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f8211100adf443c1893864e16000a996'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                            element: 'alerted_expiry'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f8b3037199834d97b68352fda6f8952f'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f8cb11c3a1c247fea4fdbc46ed1f5dc4'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'round_trip_last'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f8f5c7c6b2074ba48caa17a4b4aabe70'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'refresh_token_expires'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fbd1165a7dff40b09bc21350ff0827ca'
                        key: {
                            name: 'x_mail_oauth_sign_in_run'
                            element: 'last_run'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fc0b5efc48944d9ca17543a421b2ae68'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'due'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fe481baa5cdd4f5bb6cf38ef5d7dc130'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'resend_report'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff64f8dab5cc41deb661045b36d114df'
                        key: {
                            document_key: 'b4956504219640559f34334b5cbb9394'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff6f12650ffa4ce4a8aefd682d42eee9'
                        key: {
                            name: 'x_mail_oauth_canary'
                            element: 'outbound_account'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ff919d18ccac4897a0960490fd7d2450'
                        key: {
                            name: 'x_mail_oauth_provider_credential'
                        }
                    },
                ]
            }
        }
    }
}
