/**
 * Jest runs every tier: unit and component tests of src/ and cli/, the build test over dist/app,
 * and the end-to-end tests against real servers. @servicenow/glide ships types only, so its
 * imports resolve to the stand-ins in test/stand-ins/: the app's code gets glide-as-app.ts, whose
 * GlideRecord is refused what the built app declares no cross-scope privilege for.
 */
/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    globalSetup: '<rootDir>/test/global-setup.ts',
    moduleNameMapper: {
        '^@servicenow/glide$': '<rootDir>/test/stand-ins/glide-as-app.ts',
        '^@servicenow/glide/sn_auth$': '<rootDir>/test/stand-ins/sn-auth.ts',
        '^@servicenow/glide/sn_ws$': '<rootDir>/test/stand-ins/sn-ws.ts',
    },
    transform: {
        '^.+\\.ts$': [
            'ts-jest',
            {
                tsconfig: {
                    target: 'es2021',
                    module: 'commonjs',
                    esModuleInterop: true,
                    allowImportingTsExtensions: true,
                    isolatedModules: true,
                    noEmit: true,
                    resolveJsonModule: true,
                },
            },
        ],
    },
    testTimeout: 30000,
}
