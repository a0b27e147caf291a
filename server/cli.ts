#!/usr/bin/env node
import { ChannelRegistry } from '../adapters/index.js';
import { parseArgs } from 'node:util';
import { SecretBox, loadEnv, resolveGatewayKeys, type Env } from '../config/index.js';
import { createLogger, errorMessage, GatewayError, type GatewayKeys, type Logger } from '../core/index.js';
import { Store, type KeyRole } from '../store/index.js';
import { AREAS, ApiKeys, DEFAULT_CUSTOMER, ROLES as ROLE_NAMES } from './access.js';
import { dataKeyStatus } from './data-keys.js';
import { deployPackage } from './deploy.js';
import { exportPackage } from './export.js';
import { ROLES, type Role } from './roles.js';
import { formatDeadLetters, replayDeadLetter } from './dead-letters.js';
import { databaseTarget, openDeadLetters } from './runtime.js';
import { serve, stopOnSignals } from './serve.js';

const HELP = `General Bots Gateway

Usage:
  gb serve [--role all|ingress|router|worker] [--deploy-demo]
                       run the gateway (default role: all, in one process)
  gb migrate           bring the database schema up to date
  gb deploy <path/to/name.gbai>
                       create or update a bot instance from a bot package
  gb dlq list [--limit N]
  gb dlq replay <id>   put a dead letter back on its queue (a reply is sent again)
  gb dlq drop <id>     delete a dead letter
  gb export <instance> <folder> [--secrets]
                       write an instance back as a bot package (<folder>/<name>.gbai): its
                       settings and channels as they are now, knowledge base, dialogs;
                       secrets only with --secrets
  gb keys create --name <name> --role <role> [--customer <id>] [--instance <name>] [--scopes a,b]
                       make an operator API key (shown once); roles: gateway-admin,
                       customer-admin, instance-operator, read-only
  gb keys list         the keys, without their secrets
  gb keys revoke <id>  revoke a key at once
  gb data-keys rotate  derive a new data key: new values are sealed with it, and the
                       gateway seals the older ones again in the background
                       (also gb keys rotate)
  gb data-keys status  the data key versions, and how many values wait to be sealed again
  gb --help            this text

Configuration comes from the environment: see docs/configuration.md.
Without DATABASE_URL and AMQP_URL the gateway runs embedded (SQLite and a
durable in-process broker under GB_DATA_DIR, ./data by default).
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 1 : 0;
  }
  const env = loadEnv();
  const logger = createLogger({ level: env.GB_LOG_LEVEL });
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({
        args: rest,
        options: { role: { type: 'string', default: 'all' }, 'deploy-demo': { type: 'boolean', default: false } },
      });
      const role = values.role as Role;
      if (!ROLES.includes(role))
        throw new GatewayError('GB_CONFIG_INVALID', `--role must be one of ${ROLES.join(', ')}`);
      const gateway = await serve(env, { role, deployDemo: values['deploy-demo'] === true });
      stopOnSignals(gateway, env.GB_SHUTDOWN_TIMEOUT_MS, (message) => logger.info(message));
      return -1;
    }
    case 'migrate': {
      const store = await openStore(env);
      await store.close();
      logger.info({ database: databaseTarget(env).kind }, 'database schema is up to date');
      return 0;
    }
    case 'deploy': {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      if (positionals.length !== 1) throw new GatewayError('GB_CONFIG_INVALID', 'usage: gb deploy <path/to/name.gbai>');
      // Only the store: a running gateway may own the embedded broker's file.
      const store = await openStore(env);
      try {
        const secrets = secretBox(env);
        const result = await deployPackage(
          { store, secrets, logger, channels: new ChannelRegistry() },
          positionals[0]!,
        );
        process.stdout.write(
          `${result.created ? 'created' : 'updated'} instance ${result.instance.name}: ${result.settings} settings, ${result.questions} questions\n`,
        );
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'dlq':
      return deadLetterCommand(env, logger, rest);
    case 'keys':
      return keysCommand(env, rest);
    case 'data-keys':
      return dataKeysCommand(env, rest);
    case 'export': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { secrets: { type: 'boolean', default: false } },
      });
      if (positionals.length !== 2)
        throw new GatewayError('GB_CONFIG_INVALID', 'usage: gb export <instance> <folder> [--secrets]');
      const store = await openStore(env);
      try {
        const secrets = secretBox(env);
        const result = await exportPackage(
          { store, secrets, channels: new ChannelRegistry() },
          positionals[0]!,
          positionals[1]!,
          { secrets: values.secrets === true },
        );
        process.stdout.write(
          `wrote ${result.folder}: ${result.settings} settings, ${result.questions} questions, ${result.dialogs} dialogs\n`,
        );
        if (result.omitted.length > 0)
          process.stderr.write(`left out (use --secrets to write them): ${result.omitted.join(', ')}\n`);
      } finally {
        await store.close();
      }
      return 0;
    }
    default:
      process.stderr.write(`unknown command "${command}"\n\n${HELP}`);
      return 1;
  }
}

/** The store, with the data keys derived from the gateway key (and the previous ones). */
/** The gateway key and the previous ones, read once for the command (a generated key is written once). */
let keys: GatewayKeys | undefined;
function gatewayKeys(env: Env): GatewayKeys {
  keys ??= resolveGatewayKeys(env);
  return keys;
}

function openStore(env: Env): Promise<Store> {
  return Store.open(databaseTarget(env), { keys: gatewayKeys(env) });
}

function secretBox(env: Env): SecretBox {
  const { current, previous } = gatewayKeys(env);
  return new SecretBox(current, previous);
}

async function dataKeysCommand(env: Env, args: string[]): Promise<number> {
  const [action] = args;
  if (action !== 'rotate' && action !== 'status')
    throw new GatewayError('GB_CONFIG_INVALID', 'usage: gb data-keys rotate | gb data-keys status');
  const store = await openStore(env);
  try {
    if (action === 'rotate') {
      const version = await store.dataKeys.rotate();
      process.stdout.write(
        `data key ${version} seals new values within 15 s on every node; the router role seals the older ones again in the background (see gb data-keys status)\n`,
      );
      return 0;
    }
    process.stdout.write(await dataKeyStatus({ store }));
    return 0;
  } finally {
    await store.close();
  }
}

async function keysCommand(env: Env, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      customer: { type: 'string' },
      instance: { type: 'string' },
      scopes: { type: 'string' },
    },
  });
  const [action, id] = positionals;
  // The data keys are rotated here too: API keys are never rotated, they are made and revoked.
  if (action === 'rotate') return dataKeysCommand(env, ['rotate']);
  const usage =
    'usage: gb keys create --name <name> --role <role> [--customer <id>] [--instance <name>] [--scopes a,b] | gb keys list | gb keys revoke <id> | gb keys rotate';
  if (!action || !['create', 'list', 'revoke'].includes(action) || (action === 'revoke' && !id))
    throw new GatewayError('GB_CONFIG_INVALID', usage);
  const store = await openStore(env);
  try {
    if (action === 'list') {
      for (const key of await store.access.keys({}))
        process.stdout.write(
          `${key.id}\t${key.role}\t${key.customerId ?? key.instanceId ?? '-'}\t${key.revokedAt === null ? 'active' : 'revoked'}\t${key.name}\n`,
        );
      return 0;
    }
    if (action === 'revoke') {
      const done = await store.access.revokeKey(id!);
      process.stdout.write(done ? `revoked ${id}\n` : `no active key ${id}\n`);
      return done ? 0 : 1;
    }
    const role = values.role as KeyRole | undefined;
    if (!values.name || !role || !ROLE_NAMES.includes(role)) throw new GatewayError('GB_CONFIG_INVALID', usage);
    const scopes = (values.scopes ?? '').split(',').filter(Boolean);
    const unknown = scopes.filter((s) => !(AREAS as readonly string[]).includes(s));
    if (unknown.length > 0)
      throw new GatewayError('GB_CONFIG_INVALID', `unknown scopes ${unknown.join(', ')}; they are ${AREAS.join(', ')}`);
    let instanceId: string | null = null;
    if (values.instance) {
      const instance = await store.instances.findByName(values.instance);
      if (!instance) throw new GatewayError('GB_UNKNOWN_INSTANCE', `no instance named ${values.instance}`);
      instanceId = instance.id;
    }
    const customerId = instanceId === null && role !== 'gateway-admin' ? (values.customer ?? DEFAULT_CUSTOMER) : null;
    if (customerId !== null) await store.access.ensureCustomer(customerId, customerId);
    const secrets = secretBox(env);
    const { key, record } = await new ApiKeys({ store, secrets }).create({
      name: values.name,
      role,
      customerId,
      instanceId,
      scopes,
      createdBy: 'gb keys create',
    });
    process.stdout.write(`${key}\n`);
    process.stderr.write(`key ${record.id} (${role}); shown once: keep it in a secret store\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function deadLetterCommand(env: Env, logger: Logger, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: 'string', default: '50' } },
  });
  const [action, id] = positionals;
  if (!action || !['list', 'replay', 'drop'].includes(action) || (action !== 'list' && !id)) {
    throw new GatewayError(
      'GB_CONFIG_INVALID',
      'usage: gb dlq list [--limit N] | gb dlq replay <id> | gb dlq drop <id>',
    );
  }
  const store = await openStore(env);
  const deadLetters = await openDeadLetters(env, logger, store.cipher);
  try {
    if (action === 'list') {
      process.stdout.write(formatDeadLetters(await deadLetters.deadLetters(Number(values.limit) || 50)));
      return 0;
    }
    const done =
      action === 'replay' ? await replayDeadLetter(deadLetters, store, id!) : await deadLetters.dropDeadLetter(id!);
    process.stdout.write(done ? `${action === 'replay' ? 'replayed' : 'dropped'} ${id}\n` : `no dead letter ${id}\n`);
    return done ? 0 : 1;
  } finally {
    await deadLetters.close();
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    const code = err instanceof GatewayError ? ` [${err.code}]` : '';
    process.stderr.write(`gb: ${errorMessage(err)}${code}\n`);
    process.exitCode = 1;
  },
);
