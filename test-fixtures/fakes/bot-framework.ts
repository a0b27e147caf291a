import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';
import { type FakeReply, FakeApiServer, type RecordedRequest } from './fake-server.js';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

interface SigningKey {
  kid: string;
  privateKey: PrivateKey;
  jwk: JWK & { endorsements?: string[] };
}

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

/**
 * Microsoft's side of a Teams bot's identity, on loopback: the Bot Framework OpenID metadata and
 * key set (keys with `endorsements`), a tenant's Entra ID metadata, and the token endpoint that
 * gives the bot its access tokens by client credentials. Tests sign activities with its keys.
 */
export class FakeBotFrameworkLogin extends FakeApiServer {
  readonly #published: SigningKey[] = [];
  readonly #unpublished: SigningKey[] = [];
  tokensIssued = 0;
  /** Seconds an access token lives, as the token endpoint says. */
  tokenLifetimeS = 3_600;

  constructor(private readonly app: { appId: string; appPassword: string }) {
    super();
  }

  get openIdUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  /** Key set downloads so far. */
  get keyFetches(): number {
    return this.requests.filter((r) => r.path === '/v1/.well-known/keys').length;
  }

  /** A new signing key; published in the key set unless told otherwise (a key no one knows). */
  async addKey(options: { publish?: boolean; endorsements?: string[] } = {}): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = `key-${this.#published.length + this.#unpublished.length + 1}`;
    const jwk = {
      ...(await exportJWK(publicKey)),
      kid,
      use: 'sig',
      alg: 'RS256',
      endorsements: options.endorsements ?? ['msteams'],
    };
    (options.publish === false ? this.#unpublished : this.#published).push({ kid, privateKey, jwk });
    return kid;
  }

  /** A Connector token for an activity: the claims Microsoft sends, changed as a test asks. */
  async sign(
    claims: { serviceUrl: string } & Partial<JWTPayload> & Record<string, unknown>,
    options: { kid?: string; signWithKid?: string; expiresInS?: number } = {},
  ): Promise<string> {
    const keys = [...this.#published, ...this.#unpublished];
    const signer = keys.find((k) => k.kid === (options.signWithKid ?? options.kid)) ?? this.#published[0]!;
    const { serviceUrl, ...rest } = claims;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: serviceUrl, ...rest })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? signer.kid, typ: 'JWT' })
      .setIssuer((rest.iss as string | undefined) ?? BOT_FRAMEWORK_ISSUER)
      .setAudience((rest.aud as string | undefined) ?? this.app.appId)
      .setIssuedAt(now - 10)
      .setNotBefore(now - 10)
      .setExpirationTime(now + (options.expiresInS ?? 3_600))
      .sign(signer.privateKey);
  }

  protected handle(request: RecordedRequest): FakeReply {
    const path = request.path.split('?')[0]!;
    if (request.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      return json({
        issuer: BOT_FRAMEWORK_ISSUER,
        jwks_uri: `${this.url}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    const tenantMetadata = /^\/([0-9a-f-]{36})\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
    if (request.method === 'GET' && tenantMetadata) {
      return json({
        issuer: `https://login.microsoftonline.com/${tenantMetadata[1]}/v2.0`,
        jwks_uri: `${this.url}/v1/.well-known/keys`,
      });
    }
    if (request.method === 'GET' && path === '/v1/.well-known/keys')
      return json({ keys: this.#published.map((k) => k.jwk) });
    if (request.method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(path)) {
      const form = new URLSearchParams(request.body);
      if (form.get('client_id') !== this.app.appId || form.get('client_secret') !== this.app.appPassword) {
        return { status: 401, body: JSON.stringify({ error: 'invalid_client' }) };
      }
      this.tokensIssued++;
      return json({
        token_type: 'Bearer',
        expires_in: this.tokenLifetimeS,
        ext_expires_in: this.tokenLifetimeS,
        access_token: `connector-token-${this.tokensIssued}`,
      });
    }
    return { status: 404, body: '{}' };
  }
}

export interface ConnectorActivity {
  conversationId: string;
  replyToId: string | undefined;
  token: string | undefined;
  at: number;
  body: Record<string, unknown>;
}

/**
 * A Bot Connector service on loopback: records the activities a bot sends (to a conversation, or
 * as a reply) and the conversations it creates, with the token it sent them with.
 */
export class FakeTeamsConnector extends FakeApiServer {
  conversationsCreated = 0;

  get activities(): ConnectorActivity[] {
    return this.requests.flatMap((request) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(request.path);
      if (request.method !== 'POST' || !match) return [];
      return [
        {
          conversationId: decodeURIComponent(match[1]!),
          replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
          token: request.headers.authorization?.replace(/^Bearer /, ''),
          at: request.at,
          body: this.json(request),
        },
      ];
    });
  }

  /** The texts (or card texts) sent to a conversation. */
  textsTo(conversationId: string): string[] {
    return this.activities
      .filter((a) => a.conversationId === conversationId && a.body.type === 'message')
      .map((a) => {
        const card = (a.body.attachments as Array<{ content?: { body?: Array<{ text?: string }> } }> | undefined)?.[0]
          ?.content;
        return String(a.body.text ?? card?.body?.[0]?.text ?? '');
      });
  }

  protected handle(request: RecordedRequest): FakeReply {
    if (!request.headers.authorization?.startsWith('Bearer '))
      return { status: 401, body: JSON.stringify({ error: { code: 'Unauthorized' } }) };
    if (request.method === 'POST' && request.path === '/v3/conversations') {
      this.conversationsCreated++;
      return json({ id: `a:created-${this.conversationsCreated}` });
    }
    if (request.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(request.path)) {
      return json({ id: `activity-${this.requests.length}` });
    }
    return { status: 404, body: JSON.stringify({ error: { code: 'NotFound' } }) };
  }
}

function json(body: unknown): FakeReply {
  return { status: 200, body: JSON.stringify(body) };
}
