import '@servicenow/sdk/global'
import { EmailNotification, Record, ScriptAction } from '@servicenow/sdk/core'
import { runRefreshBatch } from '../src/token-keeper/job.ts'
import { adminGroup } from './access.now.ts'

/*
 * Fan-out on the platform's own workers: when one run's budget cannot hold the refreshes due before
 * the next run, it hands batches of accounts to the event x_mail_oauth.refresh.batch on the dedicated
 * queue x_mail_oauth.refresh. The queue's jobs (job_count, in parallel) run the Script Action, which
 * refreshes the batch with its own budget and the same per-account lease as the scheduled run.
 * Names are EVENT and REFRESH_QUEUE in src/common/app.ts.
 */

export const refreshQueue = Record({
    $id: Now.ID['queue-refresh'],
    table: 'sysevent_queue',
    data: {
        sys_class_name: 'sysevent_queue',
        queue: 'x_mail_oauth.refresh',
        suffix: 'refresh',
        description: 'Batches of OAuth token refreshes handed over by the Email OAuth Manager refresh job when one run cannot make them all in its budget.',
        poll_interval: '1970-01-01 00:00:02',
        // Four workers across the instance: keep x_mail_oauth.refresh_workers equal to this.
        job_config: 'job_count',
        job_config_value: 4,
        provider: '44af4464431212108da9a574a9b8f2f5',
        automatic_processing: true,
        processing_order: 'parallel',
    },
})

Record({
    $id: Now.ID['event-refresh-batch'],
    table: 'sysevent_register',
    data: {
        suffix: 'refresh.batch',
        event_name: 'x_mail_oauth.refresh.batch',
        table: 'sys_email_account',
        queue: 'x_mail_oauth.refresh',
        description: 'A batch of token refreshes (parm1: account sys_ids, parm2: when the run handed it over).',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

ScriptAction({
    $id: Now.ID['script-action-refresh-batch'],
    name: 'Email OAuth Manager: refresh a batch of email access tokens',
    active: true,
    eventName: 'x_mail_oauth.refresh.batch',
    description: 'One worker of the refresh queue: refreshes the accounts of the batch within x_mail_oauth.run_budget_seconds, with the per-account lease.',
    script: runRefreshBatch,
    order: 100,
})

Record({
    $id: Now.ID['event-capacity'],
    table: 'sysevent_register',
    data: {
        suffix: 'token.capacity',
        event_name: 'x_mail_oauth.token.capacity',
        table: 'sys_email_account',
        description: 'Accounts at risk: the run budget, the cap or provider latency cannot keep every access token valid.',
        fired_by: 'Scheduled job: Email OAuth Manager: refresh email access tokens',
        priority: 100,
    },
})

export const capacityNotification = EmailNotification({
    $id: Now.ID['notification-capacity'],
    table: 'sys_email_account',
    name: 'Email OAuth Manager: refresh job cannot keep every token valid',
    description: 'Sent once per incident to the Email OAuth Manager admins group when accounts go at_risk.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_mail_oauth.token.capacity',
    },
    recipientDetails: {
        recipientGroups: [adminGroup],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'Email OAuth Manager: the refresh job cannot keep every access token valid',
        messageHtml: `<p>The refresh job could not reach some email accounts (for example <b>\${name}</b>) before their access tokens run out (code: \${event.parm2}). Their mail fails once the tokens expire.</p>
<p>Open Email OAuth Manager &gt; Token health and filter on Status = At risk: each row says what stopped the run (the property x_mail_oauth.run_budget_seconds, x_mail_oauth.max_refreshes_per_run or x_mail_oauth.refresh_workers, or a slow provider) and what to change. The job tries again on every run.</p>
\${mail_script:Email OAuth Manager alert details}`,
    },
})
