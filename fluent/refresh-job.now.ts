import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runRefreshJob } from '../src/token-keeper/job.ts'

export const refreshJob = ScheduledScript({
    $id: Now.ID['refresh-job'],
    name: 'Email OAuth Manager: refresh email access tokens',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 3 },
    executionStart: '2024-01-01 00:00:00',
    timeZone: 'UTC',
    script: runRefreshJob,
})
