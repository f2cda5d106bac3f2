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
                    bom_json: {
                        table: 'sys_module'
                        id: '47ca84e12cc949ff8ff75bedb4462353'
                    }
                    'event-capacity': {
                        table: 'sysevent_register'
                        id: '00557ea7578d46eca397d422b614e361'
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
                    menu: {
                        table: 'sys_app_application'
                        id: '780c2e42a882498d845ceb4abbe69f44'
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
                    'module-oauth-email-accounts': {
                        table: 'sys_app_module'
                        id: '57936bc37eaf4847bb7cd63a9470cc1f'
                    }
                    'module-oauth-providers': {
                        table: 'sys_app_module'
                        id: '0a291d983ce84e50b736c325cec207ac'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: '871af6f015514c03b436ec943d007287'
                    }
                    'module-token-health': {
                        table: 'sys_app_module'
                        id: '091b0a22212d4bcda5a13ddc7033c085'
                    }
                    'notification-capacity': {
                        table: 'sysevent_email_action'
                        id: 'ff7a02bde46745cfa7c2346475031253'
                    }
                    'notification-needs-authorization': {
                        table: 'sysevent_email_action'
                        id: '4b155cd4bea3478aa84c320e0da0f78c'
                    }
                    'notification-reauth-due': {
                        table: 'sysevent_email_action'
                        id: '06a0f10af57f4453b1036d60f14b9271'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '6c5190eab97a4f81b4857eccd71d2d64'
                    }
                    'privilege-execute-glide-oauth-client': {
                        table: 'sys_scope_privilege'
                        id: '44aee4bb4eb5494695ec6837c7d5a322'
                    }
                    'privilege-execute-glide-oauth-client-request': {
                        table: 'sys_scope_privilege'
                        id: '883576b3bd2746afb4f082f78074992f'
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
                    'privilege-read-sys-email-account': {
                        table: 'sys_scope_privilege'
                        id: '3973633edbed402cac46a5cb80e0b847'
                    }
                    'privilege-read-sysauto-script': {
                        table: 'sys_scope_privilege'
                        id: 'cae47bce3e5845d090421c7db42cbb1e'
                    }
                    'property-enabled': {
                        table: 'sys_properties'
                        id: '75a1e0b778e0481682db8d0254e2c1d7'
                    }
                    'property-failure-alert-threshold': {
                        table: 'sys_properties'
                        id: 'f131d98d2cad441e98fe0370bdfecbee'
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
                    'property-run-budget-seconds': {
                        table: 'sys_properties'
                        id: '604c560a302f4ae0a78cdbc94bbcfe6a'
                    }
                    'property-token-request-timeout-seconds': {
                        table: 'sys_properties'
                        id: 'fa064e763d8a43e3bd46f0d34137a512'
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
                    src_common_app_ts: {
                        table: 'sys_module'
                        id: '0af996d514a448cf9717747f0488058b'
                    }
                    src_common_redact_ts: {
                        table: 'sys_module'
                        id: 'e3690121e1954841b4ccfa5699d52e4b'
                    }
                    src_common_settings_ts: {
                        table: 'sys_module'
                        id: '5f445e028ed7474bb75e618775b619d8'
                    }
                    src_providers_ts: {
                        table: 'sys_module'
                        id: 'a97a1393b77d424a922e6004d045bc00'
                    }
                    'src_setup-check_checks_ts': {
                        table: 'sys_module'
                        id: '390c5d25c22946049c9ec98613b05e30'
                    }
                    'src_setup-check_form-action_ts': {
                        table: 'sys_module'
                        id: '08365ca634494b888dc5853eb31a0eac'
                    }
                    'src_setup-check_read-setup_ts': {
                        table: 'sys_module'
                        id: '488e338dda9149ffadc36560bf12b2a9'
                    }
                    'src_token-keeper_accounts_ts': {
                        table: 'sys_module'
                        id: 'd4e76b1345bf4012ad8e5deb813ac969'
                    }
                    'src_token-keeper_alerts_ts': {
                        table: 'sys_module'
                        id: 'c253dd32a6da42acb71057f99da62768'
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
                    'src_token-keeper_health-store_ts': {
                        table: 'sys_module'
                        id: 'c7294148703c40ac9dbefe94d75c756c'
                    }
                    'src_token-keeper_job_ts': {
                        table: 'sys_module'
                        id: 'abc7890bf819466fbfc3c6d61e9ef4b2'
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
                    'src_token-keeper_refresh-step_ts': {
                        table: 'sys_module'
                        id: '34b8d4c6260f4f2eab27135f28baaa71'
                    }
                    'src_token-keeper_run-history_ts': {
                        table: 'sys_module'
                        id: '091673047aa541cd99e629eb3873ac59'
                    }
                    'src_token-keeper_schedule_ts': {
                        table: 'sys_module'
                        id: '9e7476ca13964181ab56e2275120039f'
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
                        table: 'sys_dictionary'
                        id: '02fd0c93f1224cd8b664c2aeee8bd3b7'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'request_ms'
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
                        table: 'sys_index'
                        id: '1e3eadbd1daa45d285bdf8cb9c1e2d0d'
                        key: {
                            logical_table_name: 'x_mail_oauth_refresh_run'
                            col_name_string: 'started'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1f915a65b14642f58d5592a1a02138c0'
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
                        table: 'sys_user_role'
                        id: '21a82cfb2eb44b98be6589e7b8fc7512'
                        key: {
                            name: 'x_mail_oauth.admin'
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
                        table: 'sys_dictionary'
                        id: '274173d6104b448ca1395f34d53565ba'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'batches'
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
                        id: '39c4f520f654497ab970e8a7b216db8c'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'batches'
                            language: 'en'
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
                        id: '3f9af7d0f29441dba12a7380e2ddde2c'
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
                        table: 'sys_dictionary'
                        id: '476e1d6da2d743f8a1960423c9bef456'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'access_token_expires'
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
                        table: 'sys_dictionary'
                        id: '5b4e0ff2d01d444f9cc20cc95bf50d5c'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'accounts'
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
                        table: 'sys_ui_element'
                        id: '677de60e651d435bb5e80809b87c257c'
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
                        id: '6ba641b0b58043ba9cf8cf913c626908'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'duration_ms'
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
                        table: 'sys_security_acl_role'
                        id: '6f20393931244b9ea61d790492b9d8cd'
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
                        table: 'sys_documentation'
                        id: '7edf0c0b530649cbbf3c3fccf1335d07'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_error'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '88a75e0dede842419e81b6d7be4abf8c'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'accounts'
                            language: 'en'
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
                        table: 'sys_ui_element'
                        id: '8aa8009aba6d4527a2c34994dd3d0d4f'
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
                        id: '8ef1f8392e5047a799da028af7e9ee09'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_ui_element'
                        id: '9267cd24df1f440284eaf1923c52807e'
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
                        table: 'sys_db_object'
                        id: 'a68b5de9ea90495e9be19050e6429747'
                        key: {
                            name: 'x_mail_oauth_token_health'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a6b72c77518343ec92a861124200bc05'
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
                        table: 'sys_dictionary'
                        id: 'a781ce457084484fb083c5144492c591'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'requests'
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
                        table: 'sys_documentation'
                        id: 'abc1e46681ce42929dcaa505b5e63806'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'b12970352cd847cb80f49a5ff7c48bc0'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_refreshed'
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
                        table: 'sys_dictionary'
                        id: 'bf902398283946289091f5b7d61424a0'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_error'
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
                        table: 'sys_dictionary'
                        id: 'c1df4a7cd57342068dfc2f4dcbeb6377'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
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
                        table: 'sys_dictionary'
                        id: 'd42652b474a84de2bd2d1f4866f82aa1'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'last_checked'
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
                        table: 'sys_documentation'
                        id: 'd9a0cfb4d8984f39a4e0fc7abf00f26e'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'requests'
                            language: 'en'
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
                        id: 'df440cf57e584f4785855ce5673ea4e2'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'status'
                            language: 'en'
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
                        id: 'ea5dbaa1b6f64f049197849a9b50676e'
                        key: {
                            name: 'x_mail_oauth_token_health'
                            element: 'email_account'
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
                        id: 'fc0b5efc48944d9ca17543a421b2ae68'
                        key: {
                            name: 'x_mail_oauth_refresh_run'
                            element: 'due'
                        }
                    },
                ]
            }
        }
    }
}
