/**
 * Removes secrets, and the client ids providers quote, from text before it reaches a log line, a
 * health row, an event parameter or an answer of the overview API.
 *
 * Pure and defensive: providers echo request fragments in error bodies, so this masks what looks
 * like a secret (bearer and basic credentials, token and secret fields in JSON or form bodies,
 * JWTs, Google token shapes, long opaque strings) and, exactly, every secret the caller knows about.
 */

export const REDACTED = '[redacted]'

/** Fields whose values are secrets wherever they appear: JSON (`"access_token": "…"`) or form (`code=…`). */
const SECRET_FIELDS = [
    'access_token',
    'refresh_token',
    'id_token',
    'client_secret',
    'client_assertion',
    'assertion',
    'code',
    'code_verifier',
    'password',
    'token',
]

const FIELD_GROUP = SECRET_FIELDS.join('|')
const JSON_FIELD = new RegExp(`("(?:${FIELD_GROUP})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi')
const FORM_FIELD = new RegExp(`(^|[?&\\s;,])((?:${FIELD_GROUP})=)[^&\\s;,"']+`, 'gi')
const AUTHORIZATION_HEADER = /(authorization"?\s*[:=]\s*)("?)[^\r\n"]+/gi
const SCHEME_CREDENTIAL = /\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi
const JWT = /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g
const GOOGLE_ACCESS_TOKEN = /\bya29\.[A-Za-z0-9._-]+/g
const GOOGLE_REFRESH_TOKEN = /\b1\/\/[A-Za-z0-9._-]+/g
/** Google OAuth client secrets ("GOCSPX-" and 28 characters): too short and too regular for OPAQUE_RUN. */
const GOOGLE_CLIENT_SECRET = /\bGOCSPX-[A-Za-z0-9_-]{8,}/g
/**
 * A secret named in prose or YAML-like text rather than JSON or a form: `client_secret: …`,
 * `client secret = …`, `client secret "…"` (a value right after the name: quoted, or after `:` or `=`).
 * Words such as "Invalid client secret provided" or "Client Secret is empty" carry no value and stay.
 */
const NAMED_SECRET = /\b(client[ _-]?secret|secret[ _-]?value|password|refresh[ _-]token|access[ _-]token)(\s*[:=]\s*|\s+(?=["']))(?:(["'])([^"']+)\3|([^\s"',;&]+))/gi
/** Opaque token-like runs: 32+ characters mixing letters and digits, not a plain hex id or GUID. */
const OPAQUE_RUN = /[A-Za-z0-9_~+=.-]{32,}/g
/** Entra client secret values: 40 characters with "~" in the fifth place; shorter runs of the same shape still mask. */
const ENTRA_CLIENT_SECRET = /[A-Za-z0-9_.-]{3}\d?[A-Za-z]~[A-Za-z0-9_.~-]{16,}/g
const HEX_ID = /^[0-9a-fA-F-]+$/
/**
 * A client id where a provider names it: Entra quotes the app id in its errors ("for a secret added to
 * app '7d1e…'", "Application with identifier '7d1e…' was not found", "client_id=…"); the GUIDs of
 * Trace ID and Correlation ID stay, an admin gives them to Microsoft support.
 */
const NAMED_CLIENT_ID =
    /\b(app(?:lication)?(?:\s+with\s+identifier)?|app[ _-]?id|client(?:[ _-]?id)?|for\s+app)(["']?\s*[:=]?\s*)(["']?)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\3/gi
/** Google OAuth client ids: "<digits>-<id>.apps.googleusercontent.com". */
const GOOGLE_CLIENT_ID = /\b\d+-[A-Za-z0-9_]+\.apps\.googleusercontent\.com\b/g

/** Secrets shorter than this are not replaced literally: they would mask ordinary words. */
const MIN_KNOWN_SECRET_LENGTH = 8

function maskOpaqueRun(run: string): string {
    if (HEX_ID.test(run)) return run
    // A tilde inside a long run is the mark of an Entra client secret value ("xxx8Q~…"); no host or class name has one.
    if (run.indexOf('~') >= 0) return REDACTED
    if (!/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return run
    // Dotted names (hosts, Java class names) are words joined by dots, not tokens.
    if (run.indexOf('.') >= 0 && run.split('.').every((part) => part.length < 32)) return run
    return REDACTED
}

/**
 * Returns `text` with every secret masked. `knownSecrets` are values the caller holds (the refresh
 * token it sent, a client secret): they are replaced wherever they occur, whatever their shape.
 */
export function redact(text: string | null | undefined, knownSecrets: readonly (string | null | undefined)[] = []): string {
    if (text === null || text === undefined) return ''
    let out = String(text)
    const secrets = knownSecrets
        .filter((s): s is string => typeof s === 'string' && s.length >= MIN_KNOWN_SECRET_LENGTH)
        .sort((a, b) => b.length - a.length)
    for (const secret of secrets) out = out.split(secret).join(REDACTED)
    out = out.replace(AUTHORIZATION_HEADER, (_m, head: string, quote: string) => `${head}${quote}${REDACTED}`)
    out = out.replace(SCHEME_CREDENTIAL, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    out = out.replace(JSON_FIELD, (_m, head: string) => `${head}"${REDACTED}"`)
    out = out.replace(FORM_FIELD, (_m, lead: string, head: string) => `${lead}${head}${REDACTED}`)
    // No lookbehind here or anywhere: the instance's engine is not guaranteed to support it.
    out = out.replace(NAMED_SECRET, (match: string, name: string, joint: string, quote: string | undefined, quoted: string | undefined, bare: string | undefined) => {
        const value = quoted ?? bare ?? ''
        if (value.startsWith(REDACTED)) return match
        return quote ? `${name}${joint}${quote}${REDACTED}${quote}` : `${name}${joint}${REDACTED}`
    })
    out = out.replace(NAMED_CLIENT_ID, (_m, name: string, joint: string, quote: string) => `${name}${joint}${quote}${REDACTED}${quote}`)
    out = out.replace(GOOGLE_CLIENT_ID, REDACTED)
    out = out.replace(GOOGLE_CLIENT_SECRET, REDACTED)
    out = out.replace(ENTRA_CLIENT_SECRET, REDACTED)
    out = out.replace(JWT, REDACTED)
    out = out.replace(GOOGLE_ACCESS_TOKEN, REDACTED)
    out = out.replace(GOOGLE_REFRESH_TOKEN, REDACTED)
    out = out.replace(OPAQUE_RUN, maskOpaqueRun)
    return out
}
