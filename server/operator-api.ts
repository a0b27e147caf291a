import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseChannelSettings, settingNames } from '../config/index.js';
import { ChannelName, ConfigError, GatewayError, bearer, errorMessage, isSecretName } from '../core/index.js';
import type { ChannelRecord, InstanceRecord, KeyRole } from '../store/index.js';
import {
  AREAS,
  ApiKeys,
  DEFAULT_CUSTOMER,
  ROLES,
  canSee,
  principalOf,
  refusal,
  type Principal,
  type Resource,
  type RouteAccess,
} from './access.js';
import { sendError } from './http-errors.js';
import { quotasOf } from './quotas.js';
import type { Runtime } from './runtime.js';

const Cursor = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), before: z.string().optional() });

const CreateKey = z.object({
  name: z.string().min(1).max(100),
  role: z.enum(ROLES as [KeyRole, ...KeyRole[]]),
  customer: z.string().min(1).max(100).optional(),
  instance: z.string().min(1).max(100).optional(),
  scopes: z.array(z.enum(AREAS)).max(AREAS.length).optional(),
});
const CreateInstance = z.object({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1-63 of a-z, 0-9 and -, starting with a letter or digit'),
  title: z.string().min(1).max(200).optional(),
  customer: z.string().min(1).max(100).optional(),
});
const UpdateInstance = z.object({
  title: z.string().min(1).max(200).optional(),
  state: z.enum(['active', 'disabled']).optional(),
  customer: z.string().min(1).max(100).optional(),
});
const PutChannel = z.object({
  provider: z.string().min(1).max(50).optional(),
  settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** Ask the provider whether the credentials work before saving (default true). */
  check: z.boolean().optional(),
});
const CreateCustomer = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  name: z.string().min(1).max(200),
});
const UpdateCustomer = z.object({
  name: z.string().min(1).max(200).optional(),
  instance_quota: z.number().int().min(0).optional(),
  messages_per_month: z.number().int().min(0).optional(),
  codes_per_day: z.number().int().min(0).optional(),
});
const MessageQuery = Cursor.extend({
  conversation: z.string().max(512).optional(),
  channel: z.string().max(32).optional(),
  direction: z.enum(['in', 'out']).optional(),
  status: z.string().max(32).optional(),
  text: z.string().max(200).optional(),
});

/**
 * Every route of the operator API and what it needs: the hook refuses a route missing here
 * (so no route is left open by mistake), the isolation test is generated from it, and so is the
 * OpenAPI description at /api/docs.
 */
export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  'GET /api/docs': { area: 'instances', action: 'read', target: 'public', summary: 'This description (OpenAPI 3.1)' },
  'GET /api/customers': { area: 'customers', action: 'read', target: 'gateway', summary: 'List customers' },
  'POST /api/customers': {
    area: 'customers',
    action: 'write',
    target: 'gateway',
    summary: 'Create a customer',
    body: CreateCustomer,
  },
  'GET /api/customers/:customer': {
    area: 'customers',
    action: 'read',
    target: 'customer',
    summary: 'A customer, its quotas and what the current periods have used',
  },
  'PATCH /api/customers/:customer': {
    area: 'customers',
    action: 'write',
    target: 'gateway',
    summary: 'Set a customer’s quotas (0: none): instances, messages a month, codes a day',
    body: UpdateCustomer,
  },
  'GET /api/instances': {
    area: 'instances',
    action: 'read',
    target: 'collection',
    summary: 'List the instances the key sees',
  },
  'POST /api/instances': {
    area: 'instances',
    action: 'write',
    target: 'collection',
    summary: 'Create an instance (of the key’s customer)',
    body: CreateInstance,
  },
  'GET /api/instances/:instance': {
    area: 'instances',
    action: 'read',
    target: 'instance',
    summary: 'Read an instance',
  },
  'PATCH /api/instances/:instance': {
    area: 'instances',
    action: 'write',
    target: 'instance',
    summary: 'Change an instance’s title, state (active, disabled) or customer',
    body: UpdateInstance,
  },
  'DELETE /api/instances/:instance': {
    area: 'instances',
    action: 'write',
    target: 'instance',
    summary: 'Delete an instance and everything of it',
  },
  'GET /api/instances/:instance/channels': {
    area: 'channels',
    action: 'read',
    target: 'instance',
    summary: 'An instance’s channels: settings, secrets as set/unset with a fingerprint, health',
  },
  'PUT /api/instances/:instance/channels/:channel': {
    area: 'channels',
    action: 'write',
    target: 'instance',
    summary: 'Add or replace a channel, validated by the channel’s own schema',
    body: PutChannel,
  },
  'DELETE /api/instances/:instance/channels/:channel': {
    area: 'channels',
    action: 'write',
    target: 'instance',
    summary: 'Remove a channel',
  },
  'GET /api/instances/:instance/conversations': {
    area: 'messages',
    action: 'read',
    target: 'instance',
    summary: 'Conversations, the most recent first (cursor: before)',
    query: Cursor.extend({ channel: z.string().max(32).optional() }),
  },
  'GET /api/instances/:instance/messages': {
    area: 'messages',
    action: 'read',
    target: 'instance',
    summary: 'Messages, newest first, by conversation, channel, direction, status or text (cursor: before)',
    query: MessageQuery,
  },
  'GET /api/messages/:id': {
    area: 'messages',
    action: 'read',
    target: 'instance',
    summary: 'A message and its delivery state',
  },
  'GET /api/instances/:instance/unanswered': {
    area: 'knowledge',
    action: 'read',
    target: 'instance',
    summary: 'Questions answered with the Not Found Message',
  },
  'GET /api/instances/:instance/questions': {
    area: 'knowledge',
    action: 'read',
    target: 'instance',
    summary: 'The knowledge base’s questions and answers',
  },
  'POST /api/instances/:instance/unanswered/:id/link': {
    area: 'knowledge',
    action: 'write',
    target: 'instance',
    summary: 'Teach an unanswered question: link it to a question that answers it',
  },
  'POST /api/instances/:instance/verifications': {
    area: 'verifications',
    action: 'write',
    target: 'instance',
    summary: 'Send a one-time code (WhatsApp, SMS fallback)',
  },
  'GET /api/instances/:instance/verifications/:id': {
    area: 'verifications',
    action: 'read',
    target: 'instance',
    summary: 'A verification’s state and delivery',
  },
  'POST /api/instances/:instance/verifications/:id/check': {
    area: 'verifications',
    action: 'write',
    target: 'instance',
    summary: 'Check a code',
  },
  'POST /api/instances/:instance/verifications/:id/resend': {
    area: 'verifications',
    action: 'write',
    target: 'instance',
    summary: 'Send a new code after the cooldown',
  },
  'POST /api/instances/:instance/debug': {
    area: 'debug',
    action: 'write',
    target: 'instance',
    summary: 'Start a debug session of a dialog',
  },
  'GET /api/debug/:id': { area: 'debug', action: 'read', target: 'instance', summary: 'A debug session' },
  'PUT /api/debug/:id/breakpoints': { area: 'debug', action: 'write', target: 'instance', summary: 'Set breakpoints' },
  'POST /api/debug/:id/step': { area: 'debug', action: 'write', target: 'instance', summary: 'Run one line' },
  'POST /api/debug/:id/resume': { area: 'debug', action: 'write', target: 'instance', summary: 'Run to a breakpoint' },
  'POST /api/debug/:id/messages': { area: 'debug', action: 'write', target: 'instance', summary: 'Say something' },
  'DELETE /api/debug/:id': { area: 'debug', action: 'write', target: 'instance', summary: 'End a debug session' },
  'GET /api/debug/:id/events': {
    area: 'debug',
    action: 'read',
    target: 'instance',
    summary: 'A debug session’s events (WebSocket; the key as the subprotocol after "bearer")',
  },
  'GET /api/dead-letters': { area: 'dead-letters', action: 'read', target: 'gateway', summary: 'Dead letters' },
  'GET /api/keys': { area: 'keys', action: 'read', target: 'collection', summary: 'The keys the caller may see' },
  'POST /api/keys': {
    area: 'keys',
    action: 'write',
    target: 'collection',
    summary: 'Make a key (shown once)',
    body: CreateKey,
  },
  'DELETE /api/keys/:key': { area: 'keys', action: 'write', target: 'customer', summary: 'Revoke a key' },
  'GET /api/audit': {
    area: 'audit',
    action: 'read',
    target: 'collection',
    summary: 'Changes made through the API, newest first (cursor: before)',
    query: Cursor.extend({ instance: z.string().optional() }),
  },
};

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    /** What a change was, before and after, for the audit log (secrets as fingerprints). */
    auditDetail?: Record<string, unknown>;
    auditInstanceId?: string | null;
  }
}

/** A secret's fingerprint: enough to tell two apart, nothing of the value. */
export function fingerprint(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/** One-time codes and the like: too short for a fingerprint to hide them, so never kept at all. */
const NEVER_KEPT = /^(code|otp|pin|password)$/i;

/**
 * A request body as the audit log keeps it: a secret-looking field as its fingerprint (tokens and
 * keys: long enough that it tells nothing), a code not at all.
 */
function redacted(value: unknown, depth = 0): unknown {
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redacted(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      NEVER_KEPT.test(k)
        ? '[redacted]'
        : isSecretName(k) && typeof v === 'string'
          ? { set: true, fingerprint: fingerprint(v) }
          : redacted(v, depth + 1),
    ]),
  );
}

/**
 * The operator API's access control, audit and description, for the routes of ROUTE_ACCESS.
 * `instanceOfSession` finds the instance a debug session belongs to.
 */
export function operatorAccess(
  app: FastifyInstance,
  runtime: Runtime,
  instanceOfSession: (id: string) => string | undefined,
): void {
  const keys = new ApiKeys(runtime);

  const addressed = (name: string, record: InstanceRecord | undefined): Resource & { name: string } =>
    record
      ? { name, instanceId: record.id, customerId: record.customerId ?? DEFAULT_CUSTOMER }
      : { name, instanceId: undefined, customerId: undefined };
  const instanceNamed = async (name: string) => addressed(name, await runtime.store.instances.findByName(name));

  /** What a request addresses, from its parameters. */
  const resourceOf = async (request: FastifyRequest): Promise<Resource & { name?: string }> => {
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    if (params.instance) return instanceNamed(params.instance);
    const url = request.routeOptions.url ?? '';
    if (params.id && url.startsWith('/api/debug/')) {
      const name = instanceOfSession(params.id);
      return name ? instanceNamed(name) : {};
    }
    if (params.id && url === '/api/messages/:id') {
      const message = await runtime.store.messages.findById(params.id);
      const instance = message && (await runtime.store.instances.findById(message.instanceId));
      return instance ? addressed(instance.name, instance) : {};
    }
    if (params.customer) return { customerId: params.customer };
    if (params.key) {
      const key = await runtime.store.access.key(params.key);
      if (!key) return {};
      const instance = key.instanceId ? await runtime.store.instances.findById(key.instanceId) : undefined;
      return {
        customerId: key.customerId ?? instance?.customerId ?? DEFAULT_CUSTOMER,
        instanceId: key.instanceId ?? undefined,
      };
    }
    return {};
  };

  // A route the table does not declare stops the gateway from starting: none is open by mistake.
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || !route.url.startsWith('/api')) continue;
      if (!ROUTE_ACCESS[`${method} ${route.url}`])
        throw new Error(`${method} ${route.url} is not in ROUTE_ACCESS (server/operator-api.ts): say who may call it`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const route = `${request.method === 'HEAD' ? 'GET' : request.method} ${request.routeOptions.url ?? ''}`;
    const access = ROUTE_ACCESS[route];
    if (!access) return sendError(reply, 403, 'GB_FORBIDDEN', `${route} declares no access rule and stays closed`);
    if (access.target === 'public') return undefined;
    const resource = await resourceOf(request);
    const token = bearer(request.headers.authorization) ?? websocketBearer(request);
    const principal = await principalOf(runtime, keys, token, resource.name);
    if (!principal) {
      if (!runtime.env.GB_ADMIN_TOKEN && resource.name === undefined && !token?.startsWith('gbk_'))
        return sendError(
          reply,
          403,
          'GB_UNAUTHORIZED',
          'the operator API is closed: set GB_ADMIN_TOKEN or make an API key',
        );
      return sendError(
        reply,
        401,
        'GB_UNAUTHORIZED',
        `Authorization: Bearer <GB_ADMIN_TOKEN, an API key${resource.name === undefined ? '' : ` or the Operator Token of ${resource.name}`}> is missing or wrong`,
      );
    }
    const why = refusal(principal, access, resource);
    if (why) {
      request.log.warn({ route, who: principal.label, why }, 'refused an operator API call');
      return sendError(reply, 403, 'GB_FORBIDDEN', why);
    }
    request.principal = principal;
    request.auditInstanceId = resource.instanceId ?? null;
    return undefined;
  });

  // Every change through the API is in the audit log: who, which key, what, before and after
  // without secrets, when and from where.
  app.addHook('onResponse', async (request, reply) => {
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    const access = ROUTE_ACCESS[route];
    if (access?.action !== 'write' || !request.principal || reply.statusCode >= 400) return;
    try {
      await runtime.store.access.audit({
        instanceId: request.auditInstanceId ?? null,
        at: Date.now(),
        record: {
          who: request.principal.label,
          key: request.principal.keyId,
          action: route,
          params: request.params,
          body: redacted(request.body),
          ...(request.auditDetail ? { change: request.auditDetail } : {}),
          status: reply.statusCode,
          from: request.ip,
        },
      });
    } catch (err) {
      request.log.error({ route, err: errorMessage(err) }, 'could not write the audit log');
    }
  });
}

/** Browsers cannot set headers on a WebSocket: the key comes as the subprotocol after "bearer". */
function websocketBearer(request: FastifyRequest): string | undefined {
  const protocols = request.headers['sec-websocket-protocol'];
  if (typeof protocols !== 'string') return undefined;
  const parts = protocols.split(',').map((p) => p.trim());
  const at = parts.indexOf('bearer');
  return at >= 0 ? parts[at + 1] : undefined;
}

function parsed<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new GatewayError(
    'GB_BAD_PAYLOAD',
    issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'bad request',
  );
}

/** The operator API's own routes: instances, channels, conversations, keys, customers, audit. */
export function operatorRoutes(app: FastifyInstance, runtime: Runtime): void {
  const keys = new ApiKeys(runtime);
  const quotas = quotasOf(runtime);
  const principal = (request: FastifyRequest) => request.principal!;
  const instance = async (name: string): Promise<InstanceRecord> => {
    const record = await runtime.store.instances.findByName(name);
    if (!record) throw new GatewayError('GB_UNKNOWN_INSTANCE', `no instance named ${name}`);
    return record;
  };
  const instanceView = async (record: InstanceRecord) => ({
    name: record.name,
    title: record.title,
    state: record.state,
    customer: record.customerId ?? DEFAULT_CUSTOMER,
    channels: (await runtime.store.instances.channels(record.id)).map((c) => ({
      channel: c.channel,
      provider: c.provider,
      enabled: c.enabled,
      healthy: c.healthy,
      ...(c.healthReason ? { healthReason: c.healthReason } : {}),
    })),
  });
  /** The customer a new thing goes to: the caller's own, or, for a gateway admin, the one named. */
  const customerFor = async (who: Principal, named: string | undefined): Promise<string> => {
    if (who.role === 'gateway-admin') {
      const id = named ?? DEFAULT_CUSTOMER;
      if (id === DEFAULT_CUSTOMER) await runtime.store.access.ensureCustomer(DEFAULT_CUSTOMER, 'Default');
      else if (!(await runtime.store.access.customer(id))) throw new GatewayError('GB_NOT_FOUND', `no customer ${id}`);
      return id;
    }
    if (who.role !== 'customer-admin' || who.customerId === null)
      throw new GatewayError('GB_FORBIDDEN', 'only a customer admin (or a gateway admin) makes instances and keys');
    if (named !== undefined && named !== who.customerId)
      throw new GatewayError('GB_FORBIDDEN', 'this key is not for that customer');
    return who.customerId;
  };

  app.get('/api/docs', async () => openApi());

  app.get('/api/customers', async () => ({ customers: await runtime.store.access.customers() }));
  app.post('/api/customers', async (request, reply) => {
    const body = parsed(CreateCustomer, request.body);
    await runtime.store.access.ensureCustomer(body.id, body.name);
    return reply.code(201).send(await runtime.store.access.customer(body.id));
  });

  app.get<{ Params: { customer: string } }>('/api/customers/:customer', async (request) =>
    quotas.view(request.params.customer),
  );
  app.patch<{ Params: { customer: string } }>('/api/customers/:customer', async (request) => {
    const body = parsed(UpdateCustomer, request.body);
    const before = await quotas.view(request.params.customer);
    if (body.name !== undefined)
      await runtime.store.db
        .updateTable('customers')
        .set({ name: body.name })
        .where('id', '=', request.params.customer)
        .execute();
    await runtime.store.access.setQuotas(request.params.customer, body);
    quotas.forget(request.params.customer);
    const after = await quotas.view(request.params.customer);
    request.auditDetail = { before: before.quotas, after: after.quotas };
    return after;
  });

  app.get('/api/instances', async (request) => {
    const visible = (await runtime.store.instances.list()).filter((i) => canSee(principal(request), i));
    return { instances: await Promise.all(visible.map(instanceView)) };
  });
  app.post('/api/instances', async (request, reply) => {
    const body = parsed(CreateInstance, request.body);
    const customer = await customerFor(principal(request), body.customer);
    await quotas.admitInstance(customer);
    if (await runtime.store.instances.findByName(body.name))
      throw new GatewayError('GB_BAD_PAYLOAD', `an instance named ${body.name} exists`);
    const record = await runtime.store.instances.upsert({
      name: body.name,
      title: body.title ?? body.name,
      settings: [],
    });
    await runtime.store.instances.setCustomer(record.id, customer);
    request.auditInstanceId = record.id;
    return reply.code(201).send(await instanceView({ ...record, customerId: customer }));
  });
  app.get<{ Params: { instance: string } }>('/api/instances/:instance', async (request) =>
    instanceView(await instance(request.params.instance)),
  );
  app.patch<{ Params: { instance: string } }>('/api/instances/:instance', async (request) => {
    const body = parsed(UpdateInstance, request.body);
    const record = await instance(request.params.instance);
    const before = { title: record.title, state: record.state, customer: record.customerId ?? DEFAULT_CUSTOMER };
    if (body.customer !== undefined) {
      if (principal(request).role !== 'gateway-admin')
        throw new GatewayError('GB_FORBIDDEN', 'only a gateway admin moves an instance to another customer');
      await runtime.store.access.ensureCustomer(body.customer, body.customer);
      await runtime.store.instances.setCustomer(record.id, body.customer);
    }
    if (body.state !== undefined) await runtime.store.instances.setState(record.id, body.state);
    if (body.title !== undefined)
      await runtime.store.db.updateTable('instances').set({ title: body.title }).where('id', '=', record.id).execute();
    const after = await instance(request.params.instance);
    request.auditDetail = {
      before,
      after: { title: after.title, state: after.state, customer: after.customerId ?? DEFAULT_CUSTOMER },
    };
    return instanceView(after);
  });
  app.delete<{ Params: { instance: string } }>('/api/instances/:instance', async (request, reply) => {
    const record = await instance(request.params.instance);
    // The audit entry outlives the instance: it names it rather than pointing at its row.
    request.auditInstanceId = null;
    request.auditDetail = { deleted: { name: record.name, id: record.id } };
    await runtime.store.instances.remove(record.id);
    return reply.code(204).send();
  });

  app.get<{ Params: { instance: string } }>('/api/instances/:instance/channels', async (request) => {
    const record = await instance(request.params.instance);
    const channels = await runtime.store.instances.channels(record.id);
    return { channels: channels.map((c) => channelView(runtime, record.name, c)) };
  });
  app.put<{ Params: { instance: string; channel: string } }>(
    '/api/instances/:instance/channels/:channel',
    async (request) => {
      const body = parsed(PutChannel, request.body);
      const record = await instance(request.params.instance);
      const channel = ChannelName.safeParse(request.params.channel);
      if (!channel.success || !runtime.channels.has(channel.data) || runtime.channels.isImplicit(channel.data))
        throw new GatewayError('GB_UNKNOWN_CHANNEL', `no channel ${request.params.channel} to configure`);
      const providers = runtime.channels.providers.filter((p) => p.channel === channel.data);
      const registration =
        providers.find((p) => p.provider === body.provider) ??
        (body.provider === undefined
          ? (providers.find((p) => p.settings.selectedBy?.isDefault ?? true) ?? providers[0])
          : undefined);
      if (!registration)
        throw new GatewayError(
          'GB_BAD_PAYLOAD',
          `the ${channel.data} channel has the providers ${providers.map((p) => p.provider).join(', ')}`,
        );
      const values = Object.fromEntries(Object.entries(body.settings).map(([k, v]) => [k, String(v)]));
      let typed: Record<string, unknown>;
      try {
        typed = parseChannelSettings(registration.settings, values, `the ${channel.data} channel of ${record.name}`);
      } catch (err) {
        if (err instanceof ConfigError) throw new GatewayError('GB_BAD_PAYLOAD', err.message);
        throw err;
      }
      const publicUrl = runtime.env.GB_PUBLIC_URL?.replace(/\/+$/, '');
      const webhookUrl = publicUrl
        ? `${publicUrl}/webhooks/${encodeURIComponent(record.name)}/${channel.data}`
        : undefined;
      // Nothing is saved with credentials the provider refuses (422 with its words) or cannot be asked about (502).
      const checked =
        body.check === false || !registration.check
          ? undefined
          : await registration.check({
              instance: { id: record.id, name: record.name, title: record.title },
              settings: typed,
              webhookUrl,
              logger: runtime.logger,
              signal: AbortSignal.timeout(15_000),
            });
      const { plain, secrets } = settingNames(registration.settings);
      const pick = (names: string[]) =>
        Object.fromEntries(names.flatMap((n) => (values[n] === undefined ? [] : [[n, values[n]]])));
      const secretValues = pick(secrets) as Record<string, string>;
      const before = await runtime.store.instances.channel(record.id, channel.data);
      await runtime.store.instances.upsertChannel({
        instanceId: record.id,
        channel: channel.data,
        provider: registration.provider,
        settings: pick(plain),
        sealedSecrets:
          Object.keys(secretValues).length > 0 ? runtime.secrets.encrypt(JSON.stringify(secretValues)) : null,
      });
      await runtime.store.instances.setChannelHealth(record.id, channel.data, true, null);
      const saved = (await runtime.store.instances.channel(record.id, channel.data))!;
      request.auditDetail = {
        before: before ? channelView(runtime, record.name, before) : null,
        after: channelView(runtime, record.name, saved),
      };
      const view = channelView(runtime, record.name, saved);
      return {
        ...view,
        check: checked ?? {
          next: `Point the ${channel.data} provider at ${view.webhook} (see docs/channels.md)${body.check === false ? '; the credentials were not checked' : ''}.`,
        },
      };
    },
  );
  app.delete<{ Params: { instance: string; channel: string } }>(
    '/api/instances/:instance/channels/:channel',
    async (request, reply) => {
      const record = await instance(request.params.instance);
      if (!(await runtime.store.instances.removeChannel(record.id, request.params.channel)))
        throw new GatewayError('GB_UNKNOWN_CHANNEL', `${record.name} has no ${request.params.channel} channel`);
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { instance: string } }>('/api/instances/:instance/conversations', async (request) => {
    const query = parsed(Cursor.extend({ channel: z.string().max(32).optional() }), request.query);
    const record = await instance(request.params.instance);
    const before = query.before ? decodeCursor(query.before) : undefined;
    const page = await runtime.store.messages.conversations(record.id, {
      channel: query.channel,
      before,
      limit: query.limit,
    });
    const last = page.at(-1);
    return {
      conversations: page.map((c) => ({ ...c, lastAt: new Date(c.lastAt).toISOString() })),
      next: page.length === query.limit && last ? encodeCursor({ at: last.lastAt, key: last.conversationKey }) : null,
    };
  });
  app.get<{ Params: { instance: string } }>('/api/instances/:instance/messages', async (request) => {
    const query = parsed(MessageQuery, request.query);
    const record = await instance(request.params.instance);
    const page = await runtime.store.messages.search(record.id, {
      conversationKey: query.conversation,
      channel: query.channel,
      direction: query.direction,
      status: query.status,
      text: query.text,
      before: query.before,
      limit: query.limit,
    });
    return {
      messages: page.map((m) => ({
        ...m,
        createdAt: new Date(m.createdAt).toISOString(),
        updatedAt: new Date(m.updatedAt).toISOString(),
      })),
      next: page.length === query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  });

  app.get('/api/keys', async (request) => {
    const who = principal(request);
    const all =
      who.role === 'gateway-admin'
        ? await runtime.store.access.keys({})
        : who.customerId !== null
          ? await runtime.store.access.keys({ customerId: who.customerId })
          : who.instanceId !== null
            ? await runtime.store.access.keys({ instanceId: who.instanceId })
            : [];
    return {
      keys: all.map(({ secretHash: _hash, ...key }) => ({
        ...key,
        createdAt: new Date(key.createdAt).toISOString(),
        revokedAt: key.revokedAt === null ? null : new Date(key.revokedAt).toISOString(),
        lastUsedAt: key.lastUsedAt === null ? null : new Date(key.lastUsedAt).toISOString(),
      })),
    };
  });
  app.post('/api/keys', async (request, reply) => {
    const body = parsed(CreateKey, request.body);
    const who = principal(request);
    if (body.role === 'gateway-admin' && who.role !== 'gateway-admin')
      throw new GatewayError('GB_FORBIDDEN', 'only a gateway admin makes gateway admin keys');
    let customerId: string | null = null;
    let instanceId: string | null = null;
    if (body.instance !== undefined) {
      const record = await instance(body.instance);
      if (!canSee(who, record)) throw new GatewayError('GB_FORBIDDEN', 'this key is not for that instance');
      instanceId = record.id;
    } else if (body.role !== 'gateway-admin') {
      customerId = await customerFor(who, body.customer);
    }
    if ((body.role === 'instance-operator') !== (instanceId !== null) && body.role !== 'read-only')
      throw new GatewayError('GB_BAD_PAYLOAD', 'an instance operator key names its instance, and only it does');
    const { key, record } = await keys.create({
      name: body.name,
      role: body.role,
      customerId,
      instanceId,
      scopes: body.scopes ?? [],
      createdBy: who.label,
    });
    request.auditInstanceId = instanceId;
    request.auditDetail = { key: record.id, role: record.role, customerId, instanceId, scopes: record.scopes };
    return reply.code(201).send({ id: record.id, key, role: record.role, scopes: record.scopes });
  });
  app.delete<{ Params: { key: string } }>('/api/keys/:key', async (request, reply) => {
    if (!(await runtime.store.access.revokeKey(request.params.key)))
      throw new GatewayError('GB_NOT_FOUND', `no key ${request.params.key} to revoke`);
    return reply.code(204).send();
  });

  app.get('/api/audit', async (request) => {
    const query = parsed(Cursor.extend({ instance: z.string().optional() }), request.query);
    const who = principal(request);
    let instanceIds: string[] | undefined;
    if (query.instance !== undefined) {
      const record = await instance(query.instance);
      if (!canSee(who, record)) throw new GatewayError('GB_FORBIDDEN', 'this key is not for that instance');
      instanceIds = [record.id];
    } else if (who.role !== 'gateway-admin') {
      instanceIds = (await runtime.store.instances.list()).filter((i) => canSee(who, i)).map((i) => i.id);
    }
    const entries = await runtime.store.access.auditLog({ instanceIds, before: query.before, limit: query.limit });
    return {
      entries: entries.map((e) => ({ id: e.id, at: new Date(e.at).toISOString(), ...e.record })),
      next: entries.length === query.limit ? (entries.at(-1)?.id ?? null) : null,
    };
  });
}

function channelView(runtime: Runtime, instanceName: string, channel: ChannelRecord) {
  const secrets = channel.sealedSecrets
    ? (JSON.parse(runtime.secrets.decrypt(channel.sealedSecrets)) as Record<string, string>)
    : {};
  const base = runtime.env.GB_PUBLIC_URL ?? '';
  return {
    channel: channel.channel,
    provider: channel.provider,
    enabled: channel.enabled,
    settings: channel.settings,
    secrets: Object.fromEntries(
      Object.entries(secrets).map(([k, v]) => [k, { set: true, fingerprint: fingerprint(v) }]),
    ),
    healthy: channel.healthy,
    ...(channel.healthReason ? { healthReason: channel.healthReason } : {}),
    webhook: `${base}/webhooks/${encodeURIComponent(instanceName)}/${channel.channel}`,
  };
}

function encodeCursor(cursor: { at: number; key: string }): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): { at: number; key: string } {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { at?: unknown; key?: unknown };
    if (typeof value.at === 'number' && typeof value.key === 'string') return { at: value.at, key: value.key };
  } catch {
    // Answered below.
  }
  throw new GatewayError('GB_BAD_PAYLOAD', 'before: not a cursor this API gave');
}

/** The OpenAPI 3.1 description of the operator API, from ROUTE_ACCESS and the routes' schemas. */
export function openApi() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
    const [method, url] = route.split(' ') as [string, string];
    const path = url.replace(/:([a-z]+)/gi, '{$1}');
    const parameters = [...url.matchAll(/:([a-z]+)/gi)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = access.query
      ? Object.entries(
          (z.toJSONSchema(access.query, { io: 'input' }) as { properties?: Record<string, unknown> }).properties ?? {},
        ).map(([name, schema]) => ({ name, in: 'query', required: false, schema }))
      : [];
    paths[path] = {
      ...paths[path],
      [method.toLowerCase()]: {
        summary: access.summary,
        tags: [access.area],
        'x-gb-access': { action: access.action, target: access.target },
        ...(access.target === 'public' ? { security: [] } : {}),
        parameters: [...parameters, ...query],
        ...(access.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: z.toJSONSchema(access.body, { io: 'input' }) } },
              },
            }
          : {}),
        responses: { default: { description: 'The result, or {"error": {"code", "message"}} (see docs/errors.md)' } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'General Bots Gateway operator API', version: '1' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
