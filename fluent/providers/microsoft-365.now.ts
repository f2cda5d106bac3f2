import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MICROSOFT } from '../../src/providers.ts'

export const microsoftProvider = Record({
    $id: Now.ID['microsoft-365-provider'],
    table: 'oauth_entity',
    data: {
        name: MICROSOFT.entityName,
        type: 'oauth_provider',
        auth_url: MICROSOFT.authUrl,
        token_url: MICROSOFT.tokenUrl,
        scope0: MICROSOFT.scope.imap,
    },
})
