import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { PromiseCache, type VerifyResult } from '../../core/index.js';

/** The Bot Framework's own issuer, for tokens the Connector sends to bots. */
const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** Keys and metadata are kept this long, and fetched again sooner only for an unknown key id. */
const METADATA_TTL_MS = 24 * 3_600_000;
const CLOCK_SKEW_S = 300;
const ALGORITHMS = ['RS256', 'RS384', 'RS512'];

interface SigningKeys {
  issuer: string;
  keys: ReturnType<typeof createRemoteJWKSet>;
}

/**
 * Where the keys of each OpenID metadata document are, shared by every instance of the gateway:
 * the metadata is fetched once a day, the key set when a token names a key id it does not hold
 * (jose's remote key set: cached, refetched on an unknown `kid`, never once per request).
 */
export class SigningKeyDirectory {
  readonly #byMetadata = new PromiseCache<string, SigningKeys>({ ttlMs: METADATA_TTL_MS });

  constructor(
    private readonly options: {
      timeoutMs?: number;
      /** After a key set download, an unknown key id waits this long before the next one. */
      cooldownMs?: number;
    } = {},
  ) {}

  keys(metadataUrl: string): Promise<SigningKeys> {
    return this.#byMetadata.get(metadataUrl, async () => {
      const timeoutMs = this.options.timeoutMs ?? 10_000;
      const response = await fetch(metadataUrl, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`OpenID metadata ${new URL(metadataUrl).host} answered ${response.status}`);
      const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== 'string') throw new Error('the OpenID metadata has no jwks_uri');
      return {
        issuer: typeof metadata.issuer === 'string' ? metadata.issuer : '',
        keys: createRemoteJWKSet(new URL(metadata.jwks_uri), {
          timeoutDuration: timeoutMs,
          cooldownDuration: this.options.cooldownMs ?? 30_000,
        }),
      };
    });
  }
}

export interface TeamsAuthConfig {
  appId: string;
  tenantId: string | undefined;
  openIdUrl: string;
  loginUrl: string;
}

/**
 * Checks the Connector's `Authorization: Bearer` token on an activity the way the Bot Framework
 * requires: RS256/384/512 by a published key, issuer, audience (the app id), expiry and not-before
 * with five minutes of skew, the `serviceurl` claim equal to the activity's, and the key endorsed
 * for the activity's channel. A single-tenant app also accepts its tenant's Entra ID issuers.
 */
export async function verifyConnectorToken(
  directory: SigningKeyDirectory,
  config: TeamsAuthConfig,
  authorization: string | undefined,
  activity: { serviceUrl?: unknown; channelId?: unknown },
): Promise<VerifyResult> {
  const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '')?.[1];
  if (!token) return { ok: false, reason: 'missing Authorization: Bearer token' };
  const sources = [{ metadata: config.openIdUrl, issuers: [BOT_FRAMEWORK_ISSUER] }];
  if (config.tenantId) {
    sources.push({
      metadata: `${config.loginUrl}/${config.tenantId}/v2.0/.well-known/openid-configuration`,
      issuers: [
        `https://sts.windows.net/${config.tenantId}/`,
        `https://login.microsoftonline.com/${config.tenantId}/v2.0`,
      ],
    });
  }
  let reason = 'the token is not valid';
  for (const source of sources) {
    let keys: SigningKeys;
    try {
      keys = await directory.keys(source.metadata);
    } catch (err) {
      reason = `the signing keys could not be read (${(err as Error).message})`;
      continue;
    }
    try {
      const { payload, protectedHeader } = await jwtVerify(token, keys.keys, {
        algorithms: ALGORITHMS,
        issuer: source.issuers,
        audience: config.appId,
        clockTolerance: CLOCK_SKEW_S,
        requiredClaims: ['exp'],
      });
      return checkClaims(payload, keys, protectedHeader.kid, activity);
    } catch (err) {
      reason = describe(err);
    }
  }
  return { ok: false, reason };
}

function checkClaims(
  payload: JWTPayload,
  keys: SigningKeys,
  kid: string | undefined,
  activity: { serviceUrl?: unknown; channelId?: unknown },
): VerifyResult {
  const serviceUrl = payload.serviceurl ?? payload.serviceUrl;
  if (typeof serviceUrl === 'string' && serviceUrl !== activity.serviceUrl) {
    return { ok: false, reason: 'the token was issued for another service URL' };
  }
  const key = keys.keys.jwks()?.keys.find((k) => k.kid === kid) as { endorsements?: unknown } | undefined;
  const endorsements = key?.endorsements;
  if (Array.isArray(endorsements) && !endorsements.includes(activity.channelId)) {
    return { ok: false, reason: `the signing key is not endorsed for the ${String(activity.channelId)} channel` };
  }
  return { ok: true };
}

/** A reason safe to log: what failed, never the token. */
function describe(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'the token has expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `the token's ${String((err as { claim?: unknown }).claim)} claim is wrong`;
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'the token is signed by an unknown key';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'the token signature does not match';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return 'the token uses an algorithm that is not allowed';
    default:
      return 'the token is not valid';
  }
}
