import { gs } from '@servicenow/glide'

/** Entry point of the scheduled job "Email OAuth Manager: refresh email access tokens". */
export function runRefreshJob(): void {
    gs.info('Email OAuth Manager: refresh job started')
}
