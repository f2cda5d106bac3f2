import { PROPERTY } from '../../src/common/app.ts'
import { MAIL_FLOW_PROPERTY } from '../../src/mail-flow/names.ts'
import { createNewProperties, propertiesToCreate } from '../../src/install/new-properties.ts'
import { APP_PROPERTIES } from '../../src/install/properties.ts'
import { GlideRecord } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'

beforeEach(() => platform.reset())

describe('propertiesToCreate', () => {
    it('plans only the properties that do not exist, each with its default and type', () => {
        const missing: string[] = [PROPERTY.enabled.name, PROPERTY.refreshWorkers.name, MAIL_FLOW_PROPERTY.resendMode.name]
        const existing = new Set<string>(APP_PROPERTIES.map((p) => p.name).filter((name) => !missing.includes(name)))
        expect(propertiesToCreate((name) => existing.has(name))).toEqual([
            { name: PROPERTY.enabled.name, type: 'boolean', value: 'true', choices: [] },
            { name: PROPERTY.refreshWorkers.name, type: 'integer', value: String(PROPERTY.refreshWorkers.default), choices: [] },
            { name: MAIL_FLOW_PROPERTY.resendMode.name, type: 'choicelist', value: 'automatic', choices: ['automatic', 'offer'] },
        ])
    })

    it("plans every property of the one list, the mail flow's too, on an instance that has none", () => {
        expect(propertiesToCreate(() => false).map((p) => p.name)).toEqual([...Object.values(PROPERTY), ...Object.values(MAIL_FLOW_PROPERTY)].map((p) => p.name))
    })
})

describe('createNewProperties', () => {
    it("creates a missing property with its default and leaves the admin's values untouched", () => {
        for (const { name } of APP_PROPERTIES) {
            if (name !== PROPERTY.refreshWorkers.name) platform.db.insert('sys_properties', { name, value: name === PROPERTY.reauthWarningDays.name ? '21' : 'admin-set' })
        }
        const before = platform.db.rows('sys_properties')
        expect(createNewProperties()).toEqual({ created: [PROPERTY.refreshWorkers.name], refused: [] })
        const after = platform.db.rows('sys_properties')
        expect(after.slice(0, before.length)).toEqual(before)
        expect(after.find((row) => row.name === PROPERTY.refreshWorkers.name)).toMatchObject({ value: '4', type: 'integer', read_roles: 'admin,x_mail_oauth.admin', write_roles: 'admin' })
        expect(platform.properties[PROPERTY.refreshWorkers.name]).toBe('4')
        expect(createNewProperties()).toEqual({ created: [], refused: [] })
    })

    it('reports a refused insert in words an admin can act on, and claims nothing', () => {
        // The instance answers a refused insert (an ACL, a business rule's abort) with null instead of a sys_id.
        const insert = jest.spyOn(GlideRecord.prototype, 'insert').mockReturnValue(null)
        try {
            expect(createNewProperties()).toEqual({ created: [], refused: APP_PROPERTIES.map((p) => p.name) })
        } finally {
            insert.mockRestore()
        }
        expect(platform.logs.filter((line) => line.level === 'info')).toEqual([])
        expect(platform.logs).toEqual([
            {
                level: 'error',
                message: expect.stringMatching(/refused to create the properties x_mail_oauth\.enabled, .*Email OAuth Manager > Properties.*Run the fix script|run the fix script "Email OAuth Manager: add new properties" again as admin/),
            },
        ])
    })
})
