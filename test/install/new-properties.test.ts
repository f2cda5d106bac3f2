import { PROPERTY } from '../../src/common/app.ts'
import { createNewProperties, propertiesToCreate } from '../../src/install/new-properties.ts'
import { GlideRecord } from '../stand-ins/glide.ts'
import { platform } from '../stand-ins/platform.ts'

beforeEach(() => platform.reset())

describe('propertiesToCreate', () => {
    it('plans only the properties that do not exist, each with its default and type', () => {
        const existing = new Set<string>(Object.values(PROPERTY).map((p) => p.name).filter((name) => name !== PROPERTY.refreshWorkers.name && name !== PROPERTY.enabled.name))
        expect(propertiesToCreate((name) => existing.has(name))).toEqual([
            { name: PROPERTY.enabled.name, type: 'boolean', value: 'true' },
            { name: PROPERTY.refreshWorkers.name, type: 'integer', value: String(PROPERTY.refreshWorkers.default) },
        ])
    })
})

describe('createNewProperties', () => {
    it("creates a missing property with its default and leaves the admin's values untouched", () => {
        for (const { name } of Object.values(PROPERTY)) {
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
            expect(createNewProperties()).toEqual({ created: [], refused: Object.values(PROPERTY).map((p) => p.name) })
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
