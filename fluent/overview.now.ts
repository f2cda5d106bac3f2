import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import overviewPage from '../client/index.html'

export const overviewUiPage = UiPage({
    $id: Now.ID['overview-page'],
    endpoint: 'x_mail_oauth_overview.do',
    description: 'Email OAuth Manager overview',
    category: 'general',
    html: overviewPage,
    direct: true,
})
