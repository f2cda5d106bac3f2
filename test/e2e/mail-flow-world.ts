/**
 * The end-to-end world with the platform's email engine running on the world's one clock: every
 * simulated minute the SMTP Sender (and every 2 minutes the Email Reader) run when due, the token
 * keeper every 3 minutes and the app's mail-flow job every 5, exactly as the built app schedules them.
 */
import { MAIL_FLOW_JOB_NAME } from '../../src/mail-flow/names.ts'
import { platform, type Row } from '../stand-ins/platform.ts'
import { World, type JobRun } from './world.ts'

export const INSTANCE_NAME = 'acme'

export class MailFlowWorld {
    readonly flowRuns: JobRun[] = []
    private minute = 0

    constructor(readonly world: World) {}

    static async start(): Promise<MailFlowWorld> {
        const world = await World.start({ mailEngine: true, imapMechanisms: ['xoauth2'] })
        platform.properties.instance_name = INSTANCE_NAME
        platform.properties['glide.servlet.uri'] = `https://${INSTANCE_NAME}.service-now.com/`
        // The platform's own inbound action that turns every email into an incident: a swallowed canary must never reach it.
        world.mail!.addCreateIncidentAction()
        return new MailFlowWorld(world)
    }

    /**
     * What happens to each message on its way into a mailbox, between the mail server and the mailbox:
     * a tenant's transport rule rewriting it, or another reader (a clone) taking it first (return null).
     * `null` as the rule restores plain delivery.
     */
    onDelivery(rule: ((user: string, raw: Buffer) => Buffer | null) | null): void {
        const dovecot = this.world.dovecot as { deliver: (user: string, raw: Buffer) => Promise<void> }
        this.plainDeliver ??= dovecot.deliver
        const plain = this.plainDeliver
        dovecot.deliver = rule === null ? plain : async (user, raw) => {
            const changed = rule(user, raw)
            if (changed !== null) await plain(user, changed)
        }
    }

    private plainDeliver: ((user: string, raw: Buffer) => Promise<void>) | undefined

    /** Simulated minutes, one at a time; `each` sees every minute after the jobs ran. */
    async minutes(count: number, each?: (minute: number) => Promise<void> | void): Promise<void> {
        for (let i = 0; i < count; i++) {
            await this.world.advance(60)
            this.minute += 1
            await this.world.mail!.runDue()
            if (this.minute % 3 === 0) await this.world.runJob()
            if (this.minute % 5 === 0) this.flowRuns.push(await this.world.runScheduledJob(MAIL_FLOW_JOB_NAME))
            await each?.(this.minute)
        }
    }

    /** Runs until `done` holds (checked every minute) or `limit` minutes passed; returns the minutes it took, or null. */
    async until(done: () => boolean, limit: number): Promise<number | null> {
        for (let i = 1; i <= limit; i++) {
            await this.minutes(1)
            if (done()) return i
        }
        return null
    }

    health(accountId: string): Row | undefined {
        return platform.db.rows('x_mail_oauth_token_health').find((row) => row.email_account === accountId)
    }

    canaries(mailboxId?: string): Row[] {
        return platform.db.rows('x_mail_oauth_canary').filter((row) => mailboxId === undefined || row.mailbox === mailboxId)
    }

    events(name: string): { name: string; parm1: string; parm2: string }[] {
        return platform.events.filter((event) => event.name === name)
    }

    /** How many times a message with this subject was accepted by the SMTP server (and so delivered into Dovecot). */
    deliveries(subject: string): number {
        return this.world.smtp.messages.filter((message) => subjectOf(message.raw) === subject).length
    }

    incidents(): Row[] {
        return platform.db.rows('incident')
    }

    stop(): Promise<void> {
        return this.world.stop()
    }
}

function subjectOf(raw: Buffer): string {
    const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(raw.toString('utf8'))
    return header ? header[1].replace(/\r?\n[ \t]/g, ' ').trim() : ''
}

/** A tenant's transport rule that tags the subject of every message from outside the tenant, e.g. `[EXTERNAL] `. */
export function tagSubject(raw: Buffer, tag: string): Buffer {
    return Buffer.from(raw.toString('utf8').replace(/^Subject: /im, `Subject: ${tag}`))
}

export { subjectOf }
