// ESLint 9 flat config. The ServiceNow plugin (still written for ESLint 8) is wrapped with
// fixupPluginRules; its recommended rules apply to src/ only, the code that runs on the instance.
import { fixupPluginRules } from '@eslint/compat'
import snPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'
import tseslint from 'typescript-eslint'

const snRecommended = snPlugin.configs.recommended

const SYNCHRONOUS_ONLY = { selector: ':function[async=true]', message: 'The instance runs synchronous code only.' }
// A refused GlideRecord write returns null/false instead of throwing: every write goes through
// src/common/writes.ts, which checks the result and words the refusal for an admin.
const CHECKED_WRITES = {
    selector: "CallExpression[arguments.length<=1][callee.property.name=/^(insert|update|deleteRecord|deleteMultiple|updateMultiple)$/]",
    message: 'Write through insertRecord/updateRecord/deleteRecord in src/common/writes.ts: a refused write returns null/false and must be reported.',
}

export default tseslint.config(
    { ignores: ['dist/**', 'target/**', 'node_modules/**', 'coverage/**', 'fluent/generated/**'] },
    ...tseslint.configs.recommended,
    {
        files: ['src/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': fixupPluginRules(snPlugin) },
        rules: {
            ...snRecommended.rules,
            // Fluent's scheduled job and UI actions need no Promise: the instance's calls are synchronous.
            'no-restricted-syntax': ['error', SYNCHRONOUS_ONLY, CHECKED_WRITES],
        },
    },
    {
        files: ['src/common/writes.ts'],
        rules: { 'no-restricted-syntax': ['error', SYNCHRONOUS_ONLY] },
    },
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
)
