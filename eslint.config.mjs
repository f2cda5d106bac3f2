// ESLint 9 flat config. The ServiceNow plugin (still written for ESLint 8) is wrapped with
// fixupPluginRules; its recommended rules apply to src/ only, the code that runs on the instance.
import { fixupPluginRules } from '@eslint/compat'
import snPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'
import tseslint from 'typescript-eslint'

const snRecommended = snPlugin.configs.recommended

export default tseslint.config(
    { ignores: ['dist/**', 'target/**', 'node_modules/**', 'coverage/**', 'fluent/generated/**'] },
    ...tseslint.configs.recommended,
    {
        files: ['src/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': fixupPluginRules(snPlugin) },
        rules: {
            ...snRecommended.rules,
            // Fluent's scheduled job and UI actions need no Promise: the instance's calls are synchronous.
            'no-restricted-syntax': ['error', { selector: ':function[async=true]', message: 'The instance runs synchronous code only.' }],
        },
    },
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
)
