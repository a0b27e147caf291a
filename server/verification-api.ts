import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { GatewayError } from '../core/index.js';
import { sendError } from './http-errors.js';
import type { LoadedInstance } from './instance-directory.js';
import type { Runtime } from './runtime.js';
import { CodeRefused, VerificationService } from './verifications.js';

const Start = z.object({
  to: z.string().min(1).max(32),
  channels: z.array(z.string().min(1).max(32)).min(1).max(5).optional(),
  purpose: z.string().max(200).optional(),
  locale: z.string().max(16).optional(),
});
const Check = z.object({ code: z.string().min(1).max(16) });

/**
 * `/api/instances/<name>/verifications`: start, read, check and resend one-time codes. Behind
 * the operator API's authorization (GB_ADMIN_TOKEN or the instance's Operator Token).
 */
export function verificationRoutes(app: FastifyInstance, runtime: Runtime): void {
  const service = new VerificationService(runtime);
  const instance = async (name: string): Promise<LoadedInstance> => {
    const loaded = await runtime.instances.byName(name);
    if (!loaded) throw new GatewayError('GB_UNKNOWN_INSTANCE', `no instance named ${name}`);
    return loaded;
  };
  const badBody = (reply: FastifyReply, error: z.ZodError) => {
    const issue = error.issues[0];
    return sendError(
      reply,
      400,
      'GB_BAD_PAYLOAD',
      issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'bad body',
    );
  };

  app.post<{ Params: { instance: string } }>('/api/instances/:instance/verifications', async (request, reply) => {
    const body = Start.safeParse(request.body ?? {});
    if (!body.success) return badBody(reply, body.error);
    const view = await service.start(await instance(request.params.instance), { ...body.data, caller: 'api' });
    return reply.code(201).send(view);
  });

  app.get<{ Params: { instance: string; id: string } }>('/api/instances/:instance/verifications/:id', async (request) =>
    service.view(await instance(request.params.instance), request.params.id),
  );

  app.post<{ Params: { instance: string; id: string } }>(
    '/api/instances/:instance/verifications/:id/check',
    async (request, reply) => {
      const body = Check.safeParse(request.body ?? {});
      if (!body.success) return badBody(reply, body.error);
      try {
        return await service.check(await instance(request.params.instance), request.params.id, body.data.code);
      } catch (err) {
        if (err instanceof CodeRefused)
          return reply.code(422).send({
            verified: false,
            checks_left: err.checksLeft,
            error: { code: err.code, message: err.message },
          });
        throw err;
      }
    },
  );

  app.post<{ Params: { instance: string; id: string } }>(
    '/api/instances/:instance/verifications/:id/resend',
    async (request) => service.resend(await instance(request.params.instance), request.params.id),
  );
}
