import type { TwitterConfig } from '../config/index.js';
import { type ApiResponse, callApi, errorMessage, parseJson } from '../core/index.js';
import { IntegrationError } from './errors.js';

/** Posts for dialogs (TWEET). */
export interface SocialPoster {
  post(text: string): Promise<{ id: string }>;
}

const MAX_TWEET = 280;

/**
 * X (Twitter) API v2 `POST /2/tweets`. Written over fetch rather than `twitter-api-v2`: that client
 * always speaks HTTPS to fixed hosts, so it can be pointed neither at another base URL nor at the
 * loopback fake the tests use; this is one call.
 */
export class TwitterPoster implements SocialPoster {
  constructor(private readonly config: TwitterConfig) {}

  async post(text: string): Promise<{ id: string }> {
    if (text.trim() === '') throw new IntegrationError('X', 'TWEET needs something to say');
    if ([...text].length > MAX_TWEET)
      throw new IntegrationError('X', `a post is at most ${MAX_TWEET} characters, this one has ${[...text].length}`);
    let response: ApiResponse;
    try {
      response = await callApi(`${this.config.baseUrl.replace(/\/$/, '')}/2/tweets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.config.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(this.config.timeoutMs),
        timeoutMs: this.config.timeoutMs,
      });
    } catch (err) {
      throw new IntegrationError('X', errorMessage(err), { cause: err });
    }
    const body = parseJson(response.text) as { data?: { id?: string }; title?: string; detail?: string } | undefined;
    if (response.status === 201 || response.status === 200) {
      if (body?.data?.id) return { id: body.data.id };
      throw new IntegrationError('X', 'the answer has no post id');
    }
    if (response.status === 401 || response.status === 403)
      throw new IntegrationError(
        'X',
        `the access token was refused (${response.status}${body?.detail ? `: ${body.detail}` : ''})`,
      );
    if (response.status === 429) throw new IntegrationError('X', 'too many posts; try again later');
    throw new IntegrationError('X', `answered ${response.status}${body?.detail ? `: ${body.detail}` : ''}`);
  }
}

export type { TwitterConfig };
