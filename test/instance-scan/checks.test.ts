import { accountFindingsFor, findingDetails, instanceCheckOf, instanceFindingsFor, INSTANCE_CHECK_CODES } from '../../src/instance-scan/checks.ts'
import { FINDING_CODES, type Finding, type FindingCode } from '../../src/setup-check/checks.ts'
import { ACCESS_FINDING_CODES } from '../../src/setup-check/rules/access.ts'

function finding(code: string, message = `${code} message`): Finding {
    const known = (FINDING_CODES as Record<string, { severity: Finding['severity'] } | undefined>)[code]
    return { code: code as FindingCode, severity: known?.severity ?? 'error', field: 'x', message }
}

test('every instance-wide code is a finding code and belongs to exactly one check', () => {
    const all = Object.values(INSTANCE_CHECK_CODES).flat()
    expect(all.filter((code) => !(code in FINDING_CODES))).toEqual([])
    expect(new Set(all).size).toBe(all.length)
})

test('a rule added to an instance-wide rule file is reported by its check; any other new rule by the account check of its severity', () => {
    for (const code of Object.keys(ACCESS_FINDING_CODES)) expect(instanceCheckOf(code)).toBe('refresh_job')
    const future = { ...finding('a_rule_written_next_year'), severity: 'warning' as const }
    expect(accountFindingsFor('account_warnings', [future])).toEqual([future])
    expect(accountFindingsFor('account_errors', [future])).toEqual([])
})

test('account checks split the account findings by severity and leave the instance-wide ones out; the Basic-auth check takes all of the account', () => {
    const findings = ['missing_profile', 'reauth_due', 'account_inactive', 'plugin_inactive', 'job_run_as_inactive', 'not_oauth2', 'basic_auth_cutoff'].map((code) => finding(code))
    expect(accountFindingsFor('account_errors', findings).map((f) => f.code)).toEqual(['missing_profile', 'not_oauth2'])
    expect(accountFindingsFor('account_warnings', findings).map((f) => f.code)).toEqual(['reauth_due', 'basic_auth_cutoff'])
    expect(accountFindingsFor('account_notes', findings).map((f) => f.code)).toEqual(['account_inactive'])
    expect(accountFindingsFor('basic_auth', findings).map((f) => f.code)).toEqual(['missing_profile', 'reauth_due', 'account_inactive', 'not_oauth2', 'basic_auth_cutoff'])
    expect(accountFindingsFor('account_errors', [])).toEqual([])
})

test('an instance-wide check reports each of its texts once, whatever the number of accounts repeating it', () => {
    const repeated = [finding('plugin_inactive'), finding('plugin_inactive'), finding('job_not_found'), finding('plugin_state_unknown', 'other')]
    expect(instanceFindingsFor('plugin', repeated).map((f) => f.code)).toEqual(['plugin_inactive', 'plugin_state_unknown'])
    expect(instanceFindingsFor('refresh_job', repeated).map((f) => f.code)).toEqual(['job_not_found'])
})

test("details: the subject, then each finding as the form shows it", () => {
    expect(findingDetails("Email account 'A'", [finding('missing_profile', 'Set it.'), finding('port_invalid', 'Fix it.')])).toBe("Email account 'A': 2 problems\nSet it. [missing_profile]\nFix it. [port_invalid]")
})
