import WebSocket from 'ws';

/** A minimal Direct Line 3.0 client for tests: what a web chat does, over real HTTP. */
export interface Activity {
  type: string;
  id: string;
  timestamp: string;
  text?: string;
  attachments?: Array<{ contentType: string; contentUrl?: string; name?: string }>;
  replyToId?: string;
  from: { id: string; role?: string };
  channelData?: { clientActivityID?: string };
}

export class DirectLineTestClient {
  conversationId = '';
  token = '';
  streamUrl = '';

  constructor(
    readonly baseUrl: string,
    readonly instance: string,
  ) {}

  get root(): string {
    return `${this.baseUrl}/directline/${this.instance}/v3/directline`;
  }

  async start(credential?: string): Promise<this> {
    const response = await fetch(`${this.root}/conversations`, {
      method: 'POST',
      headers: credential ? { authorization: `Bearer ${credential}` } : {},
    });
    if (response.status !== 201)
      throw new Error(`start conversation: HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { conversationId: string; token: string; streamUrl: string };
    Object.assign(this, body);
    return this;
  }

  async post(text: string, clientActivityID?: string): Promise<Response> {
    return fetch(`${this.root}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        from: { id: 'tester' },
        text,
        ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
      }),
    });
  }

  /** Sends a file, as a web chat does after an upload: an attachment with its URL. */
  async postFile(contentType: string, contentUrl: string, name: string): Promise<Response> {
    return fetch(`${this.root}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        from: { id: 'tester' },
        attachments: [{ contentType, contentUrl, name }],
      }),
    });
  }

  async activities(watermark = 0): Promise<{ activities: Activity[]; watermark: string }> {
    const response = await fetch(
      `${this.root}/conversations/${this.conversationId}/activities?watermark=${watermark}`,
      { headers: { authorization: `Bearer ${this.token}` } },
    );
    if (!response.ok) throw new Error(`get activities: HTTP ${response.status}`);
    return (await response.json()) as { activities: Activity[]; watermark: string };
  }

  async bot(): Promise<Activity[]> {
    return (await this.activities()).activities.filter((a) => a.from.role === 'bot');
  }

  /**
   * Waits until the bot has replied to the activity with this id and has said nothing more for
   * `quietMs` (a dialog's replies can arrive over several sends), and returns the replies.
   */
  async settledRepliesTo(activityId: string, quietMs = 400, timeoutMs = 15_000): Promise<Activity[]> {
    let replies = await this.repliesTo(activityId, timeoutMs);
    for (;;) {
      await new Promise((r) => setTimeout(r, quietMs));
      const now = (await this.activities()).activities.filter((a) => a.replyToId === activityId);
      if (now.length === replies.length) return now;
      replies = now;
    }
  }

  /** Waits until the bot has replied to the activity with this id, and returns the replies. */
  async repliesTo(activityId: string, timeoutMs = 15_000): Promise<Activity[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const replies = (await this.activities()).activities.filter((a) => a.replyToId === activityId);
      if (replies.length > 0) return replies;
      if (Date.now() > deadline) throw new Error(`no reply to ${activityId} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** A Direct Line stream: the activities received so far, and a wait for a reply. */
export class DirectLineStream {
  readonly frames: Activity[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      if (data.length > 0) this.frames.push(...(JSON.parse(data.toString()) as { activities: Activity[] }).activities);
    });
  }

  static async open(streamUrl: string): Promise<DirectLineStream> {
    const socket = new WebSocket(streamUrl);
    // Listening before the socket opens: the first frame can come in the same read as the upgrade.
    const stream = new DirectLineStream(socket);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return stream;
  }

  async replyTo(activityId: string, timeoutMs = 15_000): Promise<Activity | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (!this.frames.some((a) => a.replyToId === activityId) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    return this.frames.find((a) => a.replyToId === activityId);
  }

  close(): void {
    this.socket.close();
  }
}
