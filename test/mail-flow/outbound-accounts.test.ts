import { outboundKindOf, outboundTypeValues } from '../../src/mail-flow/outbound-accounts.ts'
import { MICROSOFT_APP_ONLY } from '../../src/providers.ts'

// The values behind the Graph types are the instance's own (made up here on purpose): only the labels are documented.
const CHOICES = [
    { value: 'imap', label: 'IMAP' },
    { value: 'smtp', label: 'SMTP' },
    { value: 'inst_graph_in', label: MICROSOFT_APP_ONLY.accountTypeLabel.graphReceive },
    { value: 'inst_graph_out', label: MICROSOFT_APP_ONLY.accountTypeLabel.graphSend },
]

describe('outbound accounts: SMTP and Microsoft Graph (Send) both carry the instance\'s mail', () => {
    it('reads a Graph (Send) account as outbound by its choice label, a Graph (Receive) or IMAP account not', () => {
        expect(outboundKindOf('smtp', CHOICES)).toBe('smtp')
        expect(outboundKindOf('inst_graph_out', CHOICES)).toBe('graph')
        expect(outboundKindOf('inst_graph_in', CHOICES)).toBeNull()
        expect(outboundKindOf('imap', CHOICES)).toBeNull()
    })
    it('queries SMTP and the instance\'s Graph (Send) value; SMTP alone when the choices cannot be read', () => {
        expect(outboundTypeValues(CHOICES)).toEqual(['smtp', 'inst_graph_out'])
        expect(outboundTypeValues(null)).toEqual(['smtp'])
    })
})
