import { describe, expect, it } from 'vitest';
import {
  DeliveryStatus,
  InboundMessage,
  OutboundMessage,
  deliveryRank,
  newId,
  replyIdempotencyKey,
  shardOf,
} from './index.js';

const base = {
  id: 'g1',
  instanceId: 'i1',
  channel: 'whatsapp',
  conversationKey: '16505551234',
  from: { id: '16505551234' },
  channelMessageId: 'wamid.1',
  receivedAt: 1,
};

describe('canonical messages', () => {
  it('parses each inbound kind and rejects an unknown one', () => {
    expect(InboundMessage.parse({ ...base, kind: 'text', text: 'hi' }).kind).toBe('text');
    expect(InboundMessage.parse({ ...base, kind: 'location', latitude: -22.9, longitude: -43.2 }).kind).toBe(
      'location',
    );
    expect(InboundMessage.parse({ ...base, kind: 'interactive_reply', choiceId: 'b1', title: 'Yes' }).kind).toBe(
      'interactive_reply',
    );
    expect(InboundMessage.parse({ ...base, kind: 'status', providerMessageId: 'wamid.9', status: 'read' }).kind).toBe(
      'status',
    );
    expect(InboundMessage.safeParse({ ...base, kind: 'fax', text: 'hi' }).success).toBe(false);
    expect(InboundMessage.safeParse({ ...base, kind: 'text' }).success).toBe(false);
    expect(InboundMessage.safeParse({ ...base, channel: 'pigeon', kind: 'text', text: 'hi' }).success).toBe(false);
  });

  it('parses outbound kinds, requiring choices for buttons', () => {
    const out = {
      id: 'o1',
      instanceId: 'i1',
      channel: 'web',
      conversationKey: 'c',
      to: { id: 'u' },
      idempotencyKey: 'k',
      createdAt: 1,
    };
    expect(
      OutboundMessage.parse({ ...out, kind: 'buttons', text: 'Pick', choices: [{ id: 'a', title: 'A' }] }).kind,
    ).toBe('buttons');
    expect(OutboundMessage.safeParse({ ...out, kind: 'buttons', text: 'Pick', choices: [] }).success).toBe(false);
    expect(
      DeliveryStatus.parse({
        kind: 'failed',
        outboundId: 'o1',
        instanceId: 'i1',
        channel: 'web',
        at: 1,
        reason: 'blocked',
        permanent: true,
      }).kind,
    ).toBe('failed');
  });

  it('ranks delivery states so that status only moves forward', () => {
    expect(deliveryRank('queued')).toBeLessThan(deliveryRank('sent'));
    expect(deliveryRank('sent')).toBeLessThan(deliveryRank('delivered'));
    expect(deliveryRank('delivered')).toBeLessThan(deliveryRank('read'));
  });

  it('derives the same reply key from a redelivered message', () => {
    const first = InboundMessage.parse({ ...base, kind: 'text', text: 'hi' });
    const redelivered = { ...first, id: 'g2', receivedAt: 99 };
    expect(replyIdempotencyKey(first, 0)).toBe(replyIdempotencyKey(redelivered, 0));
    expect(replyIdempotencyKey(first, 0)).not.toBe(replyIdempotencyKey(first, 1));
  });

  it('makes ids that sort in creation order, and stable shards', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(shardOf('conversation-1', 8)).toBe(shardOf('conversation-1', 8));
    const shards = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`c${i}`, 8)));
    expect(shards.size).toBe(8);
  });
});
