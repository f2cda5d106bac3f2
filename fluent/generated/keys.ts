import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '47ca84e12cc949ff8ff75bedb4462353'
                    }
                    'microsoft-365-provider': {
                        table: 'oauth_entity'
                        id: 'fa3fa5d4bcb14ade939a9fd240ee3801'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '6c5190eab97a4f81b4857eccd71d2d64'
                    }
                    'refresh-job': {
                        table: 'sysauto_script'
                        id: '8b4ac6d933854709980f4215b7e43543'
                    }
                    src_providers_ts: {
                        table: 'sys_module'
                        id: 'a97a1393b77d424a922e6004d045bc00'
                    }
                    'src_token-keeper_job_ts': {
                        table: 'sys_module'
                        id: 'abc7890bf819466fbfc3c6d61e9ef4b2'
                    }
                }
            }
        }
    }
}
