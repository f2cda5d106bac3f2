/**
 * Every item of "Check this instance", in the order the overview shows them. A new open question is
 * one file under items/ (a pure decide, a thin read, a ProbeItem with its key) and one line here; its
 * key goes in PROBE_ITEM (src/platform/probe/names.ts) only when another room reads its stored answer.
 */
import type { ProbeItem } from './item.ts'
import { connectionSecurityItem } from './items/connection-security.ts'
import { crossScopePrivilegesItem } from './items/cross-scope-privileges.ts'
import { emailAccountColumnItem } from './items/email-account-column.ts'
import { emailColumnsItem } from './items/email-columns.ts'
import { emailFiltersItem } from './items/email-filters.ts'
import { certificateChainItem } from './items/certificate-chain.ts'
import { generatedHeaderItem } from './items/generated-header-stored.ts'
import { returningCanaryItem } from './items/returning-canary-stored.ts'
import { smtpLookbackItem } from './items/smtp-lookback.ts'
import { graphAccountTypesItem } from './items/graph-account-types.ts'
import { ignoredMailboxItem } from './items/ignored-mailbox.ts'
import { inboundEmailFlowsItem } from './items/inbound-email-flows.ts'
import { mailJobsItem } from './items/mail-jobs.ts'
import { readerLogSourceItem } from './items/reader-log-source.ts'
import { signInScriptsItem } from './items/sign-in-scripts.ts'

export const PROBE_ITEMS: readonly ProbeItem[] = [
    crossScopePrivilegesItem,
    signInScriptsItem,
    emailColumnsItem,
    emailAccountColumnItem,
    ignoredMailboxItem,
    mailJobsItem,
    readerLogSourceItem,
    emailFiltersItem,
    inboundEmailFlowsItem,
    connectionSecurityItem,
    graphAccountTypesItem,
    returningCanaryItem,
    generatedHeaderItem,
    smtpLookbackItem,
    certificateChainItem,
]
