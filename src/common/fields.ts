/** A true/false field reads '1'/'0' through getValue and 'true'/'false' through toString; accept both. */
export function isTrue(value: unknown): boolean {
    return value === true || value === '1' || value === 'true'
}
