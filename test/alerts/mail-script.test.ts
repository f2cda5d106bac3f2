/**
 * The alert emails' details, rendered by the built mail script (dist/app, sys_script_email) against
 * the stand-ins, as the notification engine runs it: `current` the email account, `event` the
 * sysevent, `template` the printer. What happened, since when, what to do, and links that work on
 * any instance (glide.servlet.uri, not ${URI_REF}).
 */
import { EVENT, HEALTH_TABLE } from '../../src/common/app.ts'
import { loadBuiltApp } from '../build/dist-app.ts'
import { ALERT_DETAILS_MAIL_SCRIPT } from '../build/expectations.ts'
import { GlideRecord, gs } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'

const script = loadBuiltApp()
    .of('sys_script_email')
    .find((record) => record.fields.name === ALERT_DETAILS_MAIL_SCRIPT)!.fields.script

function render(accountId: string, eventName: string, code: string): string {
    const printed: string[] = []
    const current = new GlideRecord('sys_email_account')
    current.get(accountId)
    const eventId = platform.db.insert('sysevent', { name: eventName, parm1: accountId, parm2: code, table: 'sys_email_account', instance: accountId })
    const event = new GlideRecord('sysevent')
    event.get(eventId)
    const template = { print: (text: string) => printed.push(String(text)) }
    // Sloppy-mode script with the globals the platform gives a mail script.
    new Function('gs', 'GlideRecord', 'current', 'template', 'email', 'email_action', 'event', script)(gs, GlideRecord, current, template, null, null, event)
    return printed.join('')
}

beforeEach(() => {
    platform.reset()
    platform.clock.set('2026-12-03 08:00:00')
    platform.properties['glide.servlet.uri'] = 'https://acme.service-now.com/'
})

it('says what happened, since when, what to do, and links the account and its health row', () => {
    const accountId = platform.db.insert('sys_email_account', { name: 'Support inbox', user_name: 'support@contoso.com' })
    const healthId = platform.db.insert(HEALTH_TABLE, {
        email_account: accountId,
        status: 'misconfigured',
        last_error_code: 'invalid_client',
        last_error: 'The provider rejected the client credentials of <Microsoft 365 Email> (AADSTS7000222): paste a new secret into Client Secret.',
        last_refreshed: '2026-12-03 06:57:00',
    })
    const html = render(accountId, EVENT.misconfigured, 'invalid_client')
    expect(html).toContain('Support inbox (support@contoso.com)')
    expect(html).toContain('<b>Since</b></td><td>2026-12-03 08:00:00 UTC')
    expect(html).toContain('rejected the client credentials of &lt;Microsoft 365 Email&gt; (AADSTS7000222): paste a new secret into Client Secret.')
    expect(html).toContain('<b>Last successful refresh</b></td><td>2026-12-03 06:57:00 UTC')
    expect(html).toContain(`<a href="https://acme.service-now.com/sys_email_account.do?sys_id=${accountId}">Open the email account</a>`)
    expect(html).toContain(`<a href="https://acme.service-now.com/x_mail_oauth_token_health.do?sys_id=${healthId}">Open its token health row</a>`)
})

it('says "Recovered at" on recovery, and still links the account when there is no health row', () => {
    const accountId = platform.db.insert('sys_email_account', { name: 'Sales', user_name: 'sales@contoso.com' })
    const html = render(accountId, EVENT.recovered, 'provider_unavailable')
    expect(html).toContain('<b>Recovered at</b>')
    expect(html).toContain('<b>Code</b></td><td>provider_unavailable')
    expect(html).toContain(`https://acme.service-now.com/sys_email_account.do?sys_id=${accountId}`)
    expect(html).not.toContain('token health row')
})
