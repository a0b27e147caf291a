import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { GatewayError, sameSecret } from '../../core/index.js';

export const TOKEN_TTL_S = 1_800;

export interface TokenClaims {
  instanceId: string;
  conversationId: string;
  userId: string;
}

/** Who is calling a Direct Line endpoint. */
export type Caller =
  | { kind: 'token'; claims: TokenClaims }
  /** The instance's Web Chat Secret: a site backend, allowed everything on the instance. */
  | { kind: 'secret' }
  /** No credentials, on an instance without a secret: may start conversations only. */
  | { kind: 'anonymous' };

/** Signs and checks Direct Line tokens, and the instances' Web Chat Secrets. */
export class DirectLineAuth {
  /** A KeyObject: given bytes, jose imports the key anew on every sign and verify (about 100 µs each). */
  readonly #key: KeyObject;

  constructor(masterKey: Buffer) {
    this.#key = createSecretKey(
      new Uint8Array(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gb directline token', 32)),
    );
  }

  async issue(claims: TokenClaims): Promise<string> {
    return new SignJWT({ inst: claims.instanceId, conv: claims.conversationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_TTL_S}s`)
      .sign(this.#key);
  }

  async verifyToken(token: string): Promise<TokenClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.#key, { algorithms: ['HS256'] });
      if (typeof payload.inst !== 'string' || typeof payload.conv !== 'string' || typeof payload.sub !== 'string')
        return undefined;
      return { instanceId: payload.inst, conversationId: payload.conv, userId: payload.sub };
    } catch {
      // An expired, forged or malformed token is simply not a token.
      return undefined;
    }
  }

  /**
   * Identifies the caller from `Authorization: Bearer …` (or a stream's `t`), against the
   * instance's Web Chat Secret when it has one.
   */
  async identify(instanceId: string, secret: string | undefined, credential: string | undefined): Promise<Caller> {
    if (credential) {
      const claims = await this.verifyToken(credential);
      if (claims) {
        if (claims.instanceId !== instanceId)
          throw new GatewayError('GB_UNAUTHORIZED', 'the token belongs to another instance');
        return { kind: 'token', claims };
      }
      if (secret !== undefined && sameSecret(credential, secret)) return { kind: 'secret' };
      throw new GatewayError('GB_UNAUTHORIZED', 'the token or secret is not valid');
    }
    if (secret !== undefined)
      throw new GatewayError('GB_UNAUTHORIZED', 'this web chat needs a token or secret (Authorization: Bearer …)');
    return { kind: 'anonymous' };
  }
}
