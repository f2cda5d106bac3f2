/**
 * The OAuth server's storage: one plain Map per oidc-provider model, in the child process.
 *
 * oidc-provider's bundled memory adapter is an LRU capped at 1,000 entries, which a 200-account
 * scenario outgrows; this one keeps everything for the life of the test server and lets the
 * control routes find every grant of a login (to revoke them) and the login behind a refresh
 * token (to attribute token requests). Expiry is left to oidc-provider, which checks `exp` itself.
 */

export type Payload = Record<string, unknown> & {
    accountId?: string
    grantId?: string
    uid?: string
    userCode?: string
    consumed?: number
}

const GRANT_BOUND_MODELS = new Set([
    'AccessToken',
    'AuthorizationCode',
    'RefreshToken',
    'DeviceCode',
    'BackchannelAuthenticationRequest',
])

export class OAuthStore {
    private readonly models = new Map<string, Map<string, Payload>>()
    /** Login behind every refresh token ever issued, kept after revocation to attribute later requests. */
    private readonly refreshTokenLogins = new Map<string, string>()

    model(name: string): Map<string, Payload> {
        let entries = this.models.get(name)
        if (!entries) {
            entries = new Map()
            this.models.set(name, entries)
        }
        return entries
    }

    upsert(modelName: string, id: string, payload: Payload): void {
        this.model(modelName).set(id, payload)
        if (modelName === 'RefreshToken' && payload.accountId) this.refreshTokenLogins.set(id, payload.accountId)
    }

    loginOfRefreshToken(token: string): string | undefined {
        return this.refreshTokenLogins.get(token)
    }

    /** Removes every token, code and the grant itself for each grant of `login`; returns how many grants. */
    revokeGrantsOf(login: string): number {
        const grantIds = [...this.model('Grant').entries()]
            .filter(([, grant]) => grant.accountId === login)
            .map(([id]) => id)
        for (const grantId of grantIds) this.revokeGrant(grantId)
        return grantIds.length
    }

    revokeGrant(grantId: string): void {
        for (const modelName of GRANT_BOUND_MODELS) {
            const entries = this.model(modelName)
            for (const [id, payload] of entries) if (payload.grantId === grantId) entries.delete(id)
        }
        this.model('Grant').delete(grantId)
    }

    /** The adapter factory oidc-provider's `adapter` setting expects. */
    adapterFor(modelName: string): StoreAdapter {
        return new StoreAdapter(this, modelName)
    }
}

export class StoreAdapter {
    constructor(
        private readonly store: OAuthStore,
        private readonly modelName: string,
    ) {}

    async upsert(id: string, payload: Payload): Promise<void> {
        this.store.upsert(this.modelName, id, payload)
    }

    async find(id: string): Promise<Payload | undefined> {
        return this.store.model(this.modelName).get(id)
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
        return [...this.store.model(this.modelName).values()].find((payload) => payload.userCode === userCode)
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
        return [...this.store.model(this.modelName).values()].find((payload) => payload.uid === uid)
    }

    async consume(id: string): Promise<void> {
        const payload = this.store.model(this.modelName).get(id)
        if (payload) payload.consumed = Math.floor(Date.now() / 1000)
    }

    async destroy(id: string): Promise<void> {
        this.store.model(this.modelName).delete(id)
    }

    async revokeByGrantId(grantId: string): Promise<void> {
        this.store.revokeGrant(grantId)
    }
}
