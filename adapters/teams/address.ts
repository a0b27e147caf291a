import { z } from 'zod';
import { parseJson } from '../../core/index.js';

/** What the Connector needs to reach a conversation again: kept with each message as its reply address. */
export interface TeamsAddress {
  serviceUrl: string;
  conversationId: string;
  /** The bot's own account in the conversation (`28:<app id>`). */
  botId: string;
  tenantId?: string;
  /** The user's Entra ID object id. */
  aadObjectId?: string;
  /** personal, groupChat or channel. */
  conversationType?: string;
}

const Address = z.object({
  serviceUrl: z.string().url(),
  conversationId: z.string().min(1),
  botId: z.string().min(1),
  tenantId: z.string().optional(),
  aadObjectId: z.string().optional(),
  conversationType: z.string().optional(),
});

export function encodeAddress(address: TeamsAddress): string {
  return JSON.stringify(address);
}

export function decodeAddress(text: string | undefined): TeamsAddress | undefined {
  if (text === undefined) return undefined;
  const parsed = Address.safeParse(parseJson(text));
  if (!parsed.success) return undefined;
  const { tenantId, aadObjectId, conversationType, ...rest } = parsed.data;
  return {
    ...rest,
    ...(tenantId ? { tenantId } : {}),
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(conversationType ? { conversationType } : {}),
  };
}
