import { platform } from '../stand-ins/platform.ts'
import { MailFlowWorld } from './mail-flow-world.ts'
it('dbg', async () => {
    const flow = await MailFlowWorld.start()
    try {
        const support = await flow.world.addAuthorizedAccount('support@example.com')
        await flow.minutes(40)
        console.log(JSON.stringify({ canaries: flow.canaries(), health: flow.health(support.sysId), emails: flow.world.mail!.emails().map((e) => [e.type, e.subject, e.error_string, e.recipients]), logs: platform.logs.filter((l) => /mail-flow|canary|Mail/i.test(JSON.stringify(l))).slice(0, 10), runs: flow.world.mail!.readerRuns.slice(-3) }, null, 1).slice(0, 6000))
    } finally {
        await flow.stop()
    }
}, 120000)
