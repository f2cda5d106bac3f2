import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * On-instance proof, part 4: the refresh decision (src/token-keeper/decide.ts) on the instance's
 * clock and refresh window, through src/atf/refresh-decision.ts.
 */
export const refreshDecisionTest = Test(
    {
        $id: Now.ID['atf-refresh-decision'],
        name: 'Email OAuth Manager: refresh decision on the platform clock',
        description:
            'Reads the platform clock (GlideDateTime) and asserts it is milliseconds since the epoch in step with the script engine\'s Date; then decides for an authorized account on that clock with the instance\'s x_mail_oauth.refresh_window_seconds: an access token a minute inside the window is refreshed, one ten minutes beyond it is left alone, and one without a refresh token needs authorization. Creates nothing.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-refresh-decision-step'],
            description: 'Refresh inside the window, leave alone beyond it, on GlideDateTime',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var refresh = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/refresh-decision.ts');
    describe('One refresh decision on the platform clock', function () {
        it('reads GlideDateTime as milliseconds since the epoch, within a minute of the script engine clock', function () {
            var clock = refresh.readPlatformClock();
            expect(clock.glideNow).toBeGreaterThan(Date.UTC(2020, 0, 1));
            expect(Math.abs(clock.glideNow - clock.scriptNow)).toBeLessThan(60000);
        });
        it('refreshes an access token that has a minute less than the refresh window left', function () {
            expect(refresh.decideOnPlatformClock(-60, true)).toEqual({ kind: 'refresh', code: '' });
        });
        it('leaves alone an access token that has ten minutes more than the refresh window left', function () {
            expect(refresh.decideOnPlatformClock(600, true)).toEqual({ kind: 'fresh', code: '' });
        });
        it('asks for authorization when there is no refresh token', function () {
            expect(refresh.decideOnPlatformClock(-60, false)).toEqual({ kind: 'blocked', code: 'no_refresh_token' });
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })
    },
)
