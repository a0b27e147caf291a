/**
 * Cloud API webhooks built the way Meta sends them, for tests and benchmarks that need many of them
 * with different senders. The JSON files beside this one are the documented examples, byte for byte.
 */

/** One `messages` change for `phoneNumberId`, in the `whatsapp_business_account` envelope. */
export function cloudWebhook(phoneNumberId: string, value: Record<string, unknown>, displayPhone = '15550783881'): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'waba',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: displayPhone, phone_number_id: phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  });
}

export interface TextWebhook {
  phoneNumberId: string;
  from: string;
  id: string;
  body: string;
  name: string;
  /** Unix seconds, as a string, as Meta sends it. */
  timestamp: string;
}

/** A webhook with one text message. */
export function textWebhook(message: TextWebhook): string {
  const { phoneNumberId, from, id, body, name, timestamp } = message;
  return cloudWebhook(phoneNumberId, {
    contacts: [{ profile: { name }, wa_id: from }],
    messages: [{ from, id, timestamp, type: 'text', text: { body } }],
  });
}
