import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorMessage } from '../core/index.js';
import { sendError } from './http-errors.js';
import type { Runtime } from './runtime.js';
import { VerificationService } from './verifications.js';

/** Zitadel signs with a timestamp; older requests than this are refused as stale. */
const TOLERANCE_S = 5 * 60;

/** What Zitadel's HTTP SMS provider posts: the parts the gateway needs. */
const Notification = z.object({
  contextInfo: z.object({ recipientPhoneNumber: z.string().min(1), eventType: z.string().optional() }),
  templateData: z
    .object({ text: z.string().min(1) })
    .partial()
    .optional(),
  args: z
    .object({ code: z.string().min(1).max(32) })
    .partial()
    .optional(),
});

/**
 * `ZITADEL-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, with the signing
 * key Zitadel returned when the provider was created; refused when stale.
 */
export function verifyZitadelSignature(
  header: string | undefined,
  body: Buffer,
  key: string,
  nowS = Math.floor(Date.now() / 1000),
): { ok: true; timestamp: number; signature: string } | { ok: false; reason: string } {
  if (!header) return { ok: false, reason: 'the ZITADEL-Signature header is missing' };
  const parts = new Map(
    header.split(',').map((p) => {
      const at = p.indexOf('=');
      return [p.slice(0, at).trim(), p.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/i.test(given))
    return { ok: false, reason: 'the ZITADEL-Signature header is malformed' };
  const expected = createHmac('sha256', key).update(`${timestamp}.`).update(body).digest();
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex')))
    return { ok: false, reason: 'the ZITADEL-Signature does not match' };
  if (Math.abs(nowS - timestamp) > TOLERANCE_S) return { ok: false, reason: 'the ZITADEL-Signature is stale' };
  return { ok: true, timestamp, signature: given.toLowerCase() };
}

/**
 * `/zitadel/<instance>/sms`: the gateway as Zitadel's HTTP SMS provider. The message holds the
 * code Zitadel verifies itself; the gateway delivers it over WhatsApp (the authentication
 * template, with the code) and falls back to SMS (Zitadel's own text) like any verification.
 * A request is taken once: a replay of the same signed request is refused.
 */
export async function zitadelRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const service = new VerificationService(runtime);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (_request, body, done) =>
    done(null, body),
  );
  app.post<{ Params: { instance: string } }>('/zitadel/:instance/sms', async (request, reply) => {
    const loaded = await runtime.instances.byName(request.params.instance);
    const key = loaded?.settings.verification.zitadelSigningKey;
    if (!loaded || !key)
      return sendError(
        reply,
        404,
        'GB_UNKNOWN_INSTANCE',
        `no instance ${request.params.instance} takes Zitadel's messages`,
      );
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const verdict = verifyZitadelSignature(request.headers['zitadel-signature'] as string | undefined, body, key);
    if (!verdict.ok) {
      request.log.warn({ instance: loaded.instance.name, reason: verdict.reason }, 'refused a Zitadel notification');
      return sendError(reply, 401, 'GB_UNAUTHORIZED', verdict.reason);
    }
    let notification: z.infer<typeof Notification>;
    try {
      notification = Notification.parse(JSON.parse(body.toString('utf8')));
    } catch (err) {
      return sendError(
        reply,
        400,
        'GB_BAD_PAYLOAD',
        `not a Zitadel SMS notification: ${errorMessage(err).slice(0, 200)}`,
      );
    }
    const code = notification.args?.code ?? /\b(\d{4,10})\b/.exec(notification.templateData?.text ?? '')?.[1];
    if (!code) return sendError(reply, 400, 'GB_BAD_PAYLOAD', 'the notification carries no code (args.code)');
    const view = await service.start(loaded, {
      to: notification.contextInfo.recipientPhoneNumber,
      caller: 'zitadel',
      purpose: notification.contextInfo.eventType ?? 'zitadel',
      code,
      text: notification.templateData?.text,
      // The signature names the request: a replay of it finds its verification and is refused.
      id: `zitadel-${createHash('sha256').update(verdict.signature).digest('hex').slice(0, 32)}`,
    });
    return reply.send({ id: view.id, channel: view.channel });
  });
}
