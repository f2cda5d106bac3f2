import { ADMIN_ROLE, EVENT, PROPERTY, REFRESH_JOB_NAME, VIEWER_ROLE } from '../../src/common/app.ts'
import {
    ADMIN_GROUP_NAME,
    eventProblems,
    notificationProblems,
    MISSING_PROPERTIES_FIX,
    propertyAndTableProblems,
    refreshJobProblems,
    requiredExports,
    roleAndGroupProblems,
} from '../../src/atf/installed-records.ts'
import { platform } from '../stand-ins/platform.ts'

const MODULE_PATH = 'x_mail_oauth/email-oauth-manager/1.0.0/src/token-keeper/job.ts'
const GLUE = `// @fluent-module runRefreshJob;false;${MODULE_PATH}\nconst { runRefreshJob } = require('${MODULE_PATH}');\nrunRefreshJob();`
const loadJob = (path: string) => (path === MODULE_PATH ? { runRefreshJob: () => undefined } : {})

function seedJob(fields: Record<string, unknown> = {}): void {
    platform.db.insert('sysauto_script', { name: REFRESH_JOB_NAME, active: true, run_type: 'periodically', run_period: '1970-01-01 00:03:00', script: GLUE, ...fields })
    platform.db.insert('sys_module', { path: MODULE_PATH })
}

function seedGroupWithRole(): string {
    const role = platform.db.insert('sys_user_role', { name: ADMIN_ROLE })
    const viewer = platform.db.insert('sys_user_role', { name: VIEWER_ROLE })
    platform.db.insert('sys_user_role_contains', { role, contains: viewer })
    const group = platform.db.insert('sys_user_group', { name: ADMIN_GROUP_NAME, active: true })
    platform.db.insert('sys_group_has_role', { group, role })
    return group
}

beforeEach(() => platform.reset())

describe('requiredExports', () => {
    it('reads the function and module path of each require the SDK generates', () => {
        expect(requiredExports(GLUE)).toEqual([{ name: 'runRefreshJob', path: MODULE_PATH }])
        expect(requiredExports("gs.info('no module')")).toEqual([])
    })
})

describe('refreshJobProblems', () => {
    it('finds nothing wrong with an active 3-minute job whose module exports the function', () => {
        seedJob()
        expect(refreshJobProblems(loadJob)).toEqual([])
    })

    it('says so when the job is missing or doubled', () => {
        expect(refreshJobProblems(loadJob)).toEqual([expect.stringContaining('found 0: reinstall the app')])
        seedJob()
        seedJob()
        expect(refreshJobProblems(loadJob)).toEqual([expect.stringContaining('found 2: reinstall the app')])
    })

    it('names an inactive job, another period, a missing module and a missing export', () => {
        seedJob({ active: false, run_period: '1970-01-01 01:00:00' })
        expect(refreshJobProblems(() => ({}))).toEqual([
            expect.stringContaining('is inactive: tick Active'),
            expect.stringContaining('every 1970-01-01 01:00:00, not periodically every 3 minutes'),
            `The module ${MODULE_PATH} does not export a function runRefreshJob, which the refresh job calls: reinstall the app.`,
        ])
        platform.db.delete('sys_module', String(platform.db.rows('sys_module')[0].sys_id))
        expect(refreshJobProblems(loadJob)).toContainEqual(expect.stringContaining(`No sys_module with path ${MODULE_PATH}`))
    })

    it('reports a require that throws, and a script that calls no module', () => {
        seedJob()
        expect(refreshJobProblems(() => { throw new Error('module failed to load') })).toEqual([`require('${MODULE_PATH}') failed: Error: module failed to load`])
        platform.db.update('sysauto_script', String(platform.db.rows('sysauto_script')[0].sys_id), { script: 'gs.info(1)' })
        expect(refreshJobProblems(loadJob)).toEqual([expect.stringContaining('calls no module of the app')])
    })
})

describe('eventProblems and notificationProblems', () => {
    it('list every event that is not registered, and every event without an active notification to the admins group', () => {
        const group = seedGroupWithRole()
        const otherGroup = platform.db.insert('sys_user_group', { name: 'Service Desk', active: true })
        platform.db.insert('sysevent_register', { event_name: EVENT.needsAuthorization, table: 'sys_email_account' })
        platform.db.insert('sysevent_register', { event_name: EVENT.recovered, table: 'incident' })
        platform.db.insert('sysevent_email_action', { event_name: EVENT.needsAuthorization, generation_type: 'event', active: true, recipient_groups: `${otherGroup},${group}` })
        platform.db.insert('sysevent_email_action', { event_name: EVENT.reauthDue, generation_type: 'event', active: false, recipient_groups: group })
        platform.db.insert('sysevent_email_action', { event_name: EVENT.recovered, generation_type: 'event', active: true, recipient_groups: otherGroup })
        const others = Object.values(EVENT).filter((event) => event !== EVENT.needsAuthorization && event !== EVENT.recovered && event !== EVENT.reauthDue)
        const unregistered = Object.values(EVENT).filter((event) => event !== EVENT.needsAuthorization)
        expect(eventProblems()).toEqual([`Not registered on sys_email_account (System Policy > Events > Registry): ${unregistered.join(', ')}.`])
        expect(notificationProblems()).toEqual([
            `No active email notification to the group "${ADMIN_GROUP_NAME}" on: ${[...others.slice(0, 2), EVENT.recovered, EVENT.reauthDue, ...others.slice(2)].join(', ')} (System Notification > Email > Notifications).`,
        ])
    })
})

describe('roleAndGroupProblems', () => {
    it('finds nothing wrong when the active group holds the role', () => {
        seedGroupWithRole()
        expect(roleAndGroupProblems()).toEqual([])
    })

    it('names a missing role, an inactive group and a group without the role', () => {
        expect(roleAndGroupProblems()).toEqual([expect.stringContaining(`No role ${ADMIN_ROLE}`), expect.stringContaining(`No active group "${ADMIN_GROUP_NAME}"`)])
        platform.db.insert('sys_user_role', { name: ADMIN_ROLE })
        platform.db.insert('sys_user_group', { name: ADMIN_GROUP_NAME, active: true })
        platform.db.insert('sys_user_role', { name: VIEWER_ROLE })
        expect(roleAndGroupProblems()).toEqual([
            `The group "${ADMIN_GROUP_NAME}" does not hold ${ADMIN_ROLE}: add the role on the group's Roles related list.`,
            expect.stringContaining(`does not contain ${VIEWER_ROLE}`),
        ])
    })

    it('names a missing viewer role', () => {
        seedGroupWithRole()
        const viewer = platform.db.rows('sys_user_role').find((row) => row.name === VIEWER_ROLE)
        platform.db.delete('sys_user_role', String(viewer?.sys_id))
        expect(roleAndGroupProblems()).toEqual([`No role ${VIEWER_ROLE} (User Administration > Roles): reinstall the app.`])
    })
})

describe('propertyAndTableProblems', () => {
    it('names every property that is not set, and sends the admin to the fix script, not to a reinstall that would not help', () => {
        expect(propertyAndTableProblems()).toEqual([
            `Missing system properties (Email OAuth Manager > Properties): ${Object.values(PROPERTY).map((property) => property.name).join(', ')}. ${MISSING_PROPERTIES_FIX}`,
        ])
        for (const property of Object.values(PROPERTY)) platform.properties[property.name] = String(property.default)
        expect(propertyAndTableProblems()).toEqual([])
    })
})
