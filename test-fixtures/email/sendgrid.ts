import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** A multipart/form-data body as SendGrid's Inbound Parse posts it: fields as bytes, files with a type. */
export function inboundParseBody(parts: {
  fields: Record<string, string | Buffer>;
  files?: Array<{ field: string; filename: string; type: string; content: Buffer }>;
}): { body: Buffer; contentType: string } {
  const boundary = 'xYzZY';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(parts.fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`));
    chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8'), Buffer.from('\r\n'));
  }
  for (const file of parts.files ?? []) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A P-256 key pair like the one SendGrid signs its Event Webhook with; the public half as SendGrid shows it. */
export function eventWebhookKeys(): { privateKey: KeyObject; publicKeyBase64: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    privateKey,
    publicKeyBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** The Event Webhook's headers for a body: ECDSA over the timestamp and the raw bytes, DER in base64. */
export function signEvents(privateKey: KeyObject, body: string | Buffer, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = sign('sha256', Buffer.concat([Buffer.from(String(timestamp)), Buffer.from(body)]), privateKey);
  return {
    'x-twilio-email-event-webhook-signature': signature.toString('base64'),
    'x-twilio-email-event-webhook-timestamp': String(timestamp),
  };
}
