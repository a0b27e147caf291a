import { FakeApiServer, type FakeReply, type RecordedRequest } from './fake-server.js';

/** An X (Twitter) API v2 fake for `POST /2/tweets`; like X, it refuses a duplicate of an earlier post. */
export class FakeTwitterApi extends FakeApiServer {
  readonly posts: Array<{ id: string; text: string }> = [];

  constructor(private readonly accessToken: string) {
    super();
  }

  protected handle(request: RecordedRequest): FakeReply {
    if (request.headers.authorization !== `Bearer ${this.accessToken}`)
      return reply(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    if (request.method !== 'POST' || request.path !== '/2/tweets')
      return reply(404, { title: 'Not Found Error', status: 404, detail: `Sorry, that page does not exist.` });
    const { text } = JSON.parse(request.body || '{}') as { text?: string };
    if (!text)
      return reply(400, {
        title: 'Invalid Request',
        status: 400,
        detail: 'One or more parameters to your request was invalid.',
      });
    if (this.posts.some((p) => p.text === text))
      return reply(403, {
        title: 'Forbidden',
        status: 403,
        detail: 'You are not allowed to create a Tweet with duplicate content.',
      });
    const post = { id: String(1_860_000_000_000_000_000n + BigInt(this.posts.length)), text };
    this.posts.push(post);
    return reply(201, { data: { ...post, edit_history_tweet_ids: [post.id] } });
  }
}

function reply(status: number, body: unknown): FakeReply {
  return { status, body: JSON.stringify(body) };
}
