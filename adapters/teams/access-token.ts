import { ChannelCredentialsRejected, PromiseCache, RetryLater, callApi, parseJson } from '../../core/index.js';

/** A token is used until this long before it expires. */
const REFRESH_BEFORE_MS = 5 * 60_000;
const TOKEN_TIMEOUT_MS = 10_000;

export interface TokenRequest {
  loginUrl: string;
  /** A single-tenant app's tenant; multi-tenant apps ask botframework.com. */
  tenantId: string | undefined;
  appId: string;
  appPassword: string;
}

/**
 * Access tokens for the Connector by client credentials, one per app, shared by every send of
 * that app and by every instance that uses it; fetched again shortly before they expire.
 */
export class AccessTokens {
  readonly #tokens = new PromiseCache<string, { token: string; expiresAt: number }>();

  async token(request: TokenRequest, signal: AbortSignal): Promise<string> {
    const key = `${request.loginUrl}|${request.tenantId ?? ''}|${request.appId}`;
    for (;;) {
      const cached = await this.#tokens.get(key, () => this.#fetch(request, signal));
      if (cached.expiresAt - REFRESH_BEFORE_MS > Date.now()) return cached.token;
      this.forget(request);
    }
  }

  /** Drops the app's token (the Connector refused it): the next send fetches a new one. */
  forget(request: Pick<TokenRequest, 'loginUrl' | 'tenantId' | 'appId'>): void {
    this.#tokens.delete(`${request.loginUrl}|${request.tenantId ?? ''}|${request.appId}`);
  }

  async #fetch(request: TokenRequest, signal: AbortSignal): Promise<{ token: string; expiresAt: number }> {
    const authority = request.tenantId ?? 'botframework.com';
    const response = await callApi(`${request.loginUrl}/${encodeURIComponent(authority)}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: request.appId,
        client_secret: request.appPassword,
        scope: 'https://api.botframework.com/.default',
      }).toString(),
      signal,
      timeoutMs: TOKEN_TIMEOUT_MS,
    });
    const body = parseJson(response.text) as
      | { access_token?: unknown; expires_in?: unknown; error?: unknown }
      | undefined;
    if (response.status === 400 || response.status === 401) {
      throw new ChannelCredentialsRejected(
        `Entra ID refused the Teams app's credentials (${String(body?.error ?? response.status)})`,
      );
    }
    if (response.status !== 200 || typeof body?.access_token !== 'string') {
      throw new RetryLater(`Entra ID answered ${response.status} for a Teams access token`);
    }
    const expiresIn = Number(body.expires_in);
    return {
      token: body.access_token,
      expiresAt: Date.now() + (Number.isFinite(expiresIn) ? expiresIn : 3_600) * 1_000,
    };
  }
}
