import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * On-instance proof, part 3: the token keeper's response classifier (src/token-keeper/classify.ts)
 * run by the instance's script engine on recorded Entra and Google token endpoint answers
 * (src/atf/recorded-provider-answers.ts).
 */
export const responseClassifierTest = Test(
    {
        $id: Now.ID['atf-response-classifier'],
        name: 'Email OAuth Manager: refresh answers are classified',
        description:
            'Runs the refresh job\'s response classifier on the instance over recorded Microsoft Entra and Google token endpoint answers and asserts the code and health status each leads to: a dead refresh token needs authorization (AADSTS700082, AADSTS50173, Google invalid_grant), a bad or expired client secret is misconfigured (AADSTS7000222, AADSTS7000215, Google invalid_client, AADSTS700016), outages and throttling are retried (503, 502 page, 429, read timeout), a sign-in page or a 200 without a token is unexpected, and a token answer refreshes. Creates nothing.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-response-classifier-step'],
            description: 'Each recorded provider answer gets the code and status the README documents',
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var answers = require('x_mail_oauth/email-oauth-manager/1.0.0/src/atf/recorded-provider-answers.ts');
    function expectClassified(name, code, status) {
        expect(answers.classifyRecordedAnswer(name)).toEqual({ kind: code === '' ? 'refreshed' : 'failed', code: code, status: status });
    }
    describe('The refresh job classifies recorded provider answers', function () {
        it('a dead refresh token needs authorization', function () {
            expectClassified('entraRefreshTokenInactive', 'invalid_grant', 'needs_authorization');
            expectClassified('entraPasswordChanged', 'invalid_grant', 'needs_authorization');
            expectClassified('googleExpiredOrRevoked', 'invalid_grant', 'needs_authorization');
        });
        it('a wrong, expired or unknown client is misconfigured', function () {
            expectClassified('entraClientSecretExpired', 'client_secret_expired', 'misconfigured');
            expectClassified('entraWrongClientSecret', 'invalid_client', 'misconfigured');
            expectClassified('googleDeletedClient', 'invalid_client', 'misconfigured');
            expectClassified('entraAppNotInTenant', 'unauthorized_client', 'misconfigured');
        });
        it('outages, throttling and timeouts are retried', function () {
            expectClassified('entraTemporarilyUnavailable', 'provider_unavailable', 'refresh_failing');
            expectClassified('proxyBadGateway', 'provider_unavailable', 'refresh_failing');
            expectClassified('googleRateLimited', 'provider_unavailable', 'refresh_failing');
            expectClassified('readTimeout', 'provider_unavailable', 'refresh_failing');
        });
        it('a sign-in page or an answer without an access token is unexpected', function () {
            expectClassified('proxySignInPage', 'unexpected_response', 'refresh_failing');
            expectClassified('okWithoutAccessToken', 'unexpected_response', 'refresh_failing');
        });
        it('a token answer refreshes', function () {
            expectClassified('entraRefreshed', '', 'ok');
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();`,
        })
    },
)
