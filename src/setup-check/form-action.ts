/**
 * The "Check OAuth setup" UI actions. The generated glue calls these with the UI action's `current`
 * and `action` (it passes the module function's own parameter names after `current`).
 *
 * The check reads the saved records, so unsaved edits on the form are not checked: save first.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import type { GlideAction } from '@servicenow/glide'
import { checkSetup, summarise } from './checks.ts'
import type { Finding } from './checks.ts'
import { readAccountSetup, readSetupEnvironment } from './read-setup.ts'

/** On the Email Account form: every finding of this account, then the one-line verdict. */
export function checkOAuthSetupOnAccountForm(current: GlideRecord, action: GlideAction): void {
    const accountSysId = current.getUniqueValue()
    const findings = checkSetup(readAccountSetup(accountSysId, readSetupEnvironment(), { readToken: true }))
    showFindings(findings, '')
    showSummary(findings, current.getValue('name') ?? accountSysId, '')
    action.setRedirectURL(current)
}

/** On the Application Registry form of a provider: the same check for every email account whose OAuth profile belongs to it. */
export function checkOAuthSetupOnProviderForm(current: GlideRecord, action: GlideAction): void {
    const providerName = current.getValue('name') ?? current.getUniqueValue()
    const environment = readSetupEnvironment()
    const account = new GlideRecord('sys_email_account')
    account.addQuery('oauth_profile.oauth_entity', current.getUniqueValue())
    account.orderBy('name')
    account.query()
    let checked = 0
    while (account.next()) {
        checked += 1
        const accountName = account.getValue('name') ?? account.getUniqueValue()
        const prefix = `${accountName}: `
        const findings = checkSetup(readAccountSetup(account.getUniqueValue(), environment, { readToken: true }))
        showFindings(findings, prefix)
        showSummary(findings, accountName, prefix)
    }
    if (checked === 0) {
        gs.addInfoMessage(`No email account uses "${providerName}" yet: on an Email Account form (System Mailboxes > Administration > Email Accounts), set Authentication to OAuth2 and OAuth Profile to a profile of this provider, then run the check there.`)
    }
    action.setRedirectURL(current)
}

/** Errors first, then warnings, then notes, each group in the order the check found them (the order to fix them). */
function showFindings(findings: Finding[], prefix: string): void {
    for (const severity of ['error', 'warning', 'info']) {
        for (const finding of findings.filter((candidate) => candidate.severity === severity)) {
            const text = `${prefix}${finding.message} [${finding.code}]`
            if (severity === 'error') {
                gs.addErrorMessage(text)
            } else {
                gs.addInfoMessage(text)
            }
        }
    }
}

function showSummary(findings: Finding[], accountName: string, prefix: string): void {
    const text = `${prefix}${summarise(findings, accountName)}`
    if (findings.some((finding) => finding.severity === 'error')) {
        gs.addErrorMessage(text)
    } else {
        gs.addInfoMessage(text)
    }
}
