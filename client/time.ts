/** Times on the page: absolute instants from the API, shown in the browser's time zone, and countdowns on the instance's clock. */
import { useEffect, useState } from 'react'

/** The instance's "now", from the browser clock corrected by the skew measured when the overview arrived. */
export function useInstanceNow(skewMs: number, everyMs = 1000): number {
    const [now, setNow] = useState(() => Date.now() + skewMs)
    useEffect(() => {
        setNow(Date.now() + skewMs)
        const timer = window.setInterval(() => setNow(Date.now() + skewMs), everyMs)
        return () => window.clearInterval(timer)
    }, [skewMs, everyMs])
    return now
}

/** "52 min 10 s left", "1 h 5 min left", "3 d 4 h left", or "expired 4 min ago". */
export function countdown(iso: string | null, now: number): string {
    if (iso === null) return 'none'
    const left = Date.parse(iso) - now
    const text = span(Math.abs(left))
    return left > 0 ? `${text} left` : `expired ${text} ago`
}

/** "in 3 d 4 h", or "2 h 5 min ago" once past: when a mailbox stops. */
export function relative(iso: string, now: number): string {
    const left = Date.parse(iso) - now
    return left > 0 ? `in ${span(left)}` : `${span(-left)} ago`
}

function span(ms: number): string {
    const seconds = Math.floor(ms / 1000)
    const days = Math.floor(seconds / 86400)
    const hours = Math.floor((seconds % 86400) / 3600)
    const minutes = Math.floor((seconds % 3600) / 60)
    if (days > 0) return `${days} d ${hours} h`
    if (hours > 0) return `${hours} h ${minutes} min`
    if (minutes > 0) return `${minutes} min ${seconds % 60} s`
    return `${seconds % 60} s`
}

const FORMAT = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })

/** "3 Dec 2026, 10:50" in the browser's locale and time zone; "never" for none. */
export function when(iso: string | null, none = 'never'): string {
    return iso === null ? none : FORMAT.format(new Date(iso))
}

/** Replaces the ISO instants the API puts in its sentences with the local form. */
export function localizeInstants(text: string): string {
    return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, (iso) => when(iso))
}
