import { join } from 'node:path';
import type { Env } from '../config/index.js';
import { errorMessage } from '../core/index.js';
import type { Subscription } from '../queues/index.js';
import { buildApp } from './app.js';
import { startDataKeyMaintenance, type DataKeyOptions } from './data-keys.js';
import { deployPackage } from './deploy.js';
import { startInboundSources } from './inbound-sources.js';
import { packageRoot, packageVersion } from './package-root.js';
import { startRouter, startWorkers, type Role } from './roles.js';
import { createRuntime, type Runtime, type RuntimeOptions } from './runtime.js';

export interface ServeOptions {
  role: Role;
  /** Deploy the demo bot when the gateway has no instance yet (what `npm start` does). */
  deployDemo: boolean;
  /** How often data keys are read and values sealed again (tests make it quick). */
  dataKeys?: Partial<DataKeyOptions>;
}

export interface RunningGateway {
  url: string;
  runtime: Runtime;
  stop(): Promise<void>;
}

/** Runs the roles asked for in this process, and the HTTP server (health and metrics in every role). */
export async function serve(
  env: Env,
  options: ServeOptions,
  runtimeOptions: RuntimeOptions = {},
): Promise<RunningGateway> {
  const runtime = await createRuntime(env, { version: packageVersion(), ...runtimeOptions });
  const { logger } = runtime;
  const subscriptions: Subscription[] = [];
  try {
    if (options.deployDemo && (await runtime.store.instances.list()).length === 0) {
      const result = await deployPackage(runtime, join(packageRoot(), 'bots', 'demo.gbai'));
      logger.info({ instance: result.instance.name, questions: result.questions }, 'deployed the demo bot');
    }
    if (options.role === 'all' || options.role === 'router') subscriptions.push(await startRouter(runtime));
    if (options.role === 'all' || options.role === 'worker') subscriptions.push(...(await startWorkers(runtime)));
    if (options.role === 'all' || options.role === 'ingress') subscriptions.push(startInboundSources(runtime));
    subscriptions.push(
      startDataKeyMaintenance(runtime, {
        ...options.dataKeys,
        reseal: options.role === 'all' || options.role === 'router',
      }),
    );
    const app = await buildApp(runtime, {
      ingress: options.role === 'all' || options.role === 'ingress',
      masterKey: runtime.secrets.keys.current,
    });
    const url = await app.listen({ host: env.GB_HOST, port: env.GB_PORT });

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        try {
          // Requests still coming in get half the shutdown time; then their connections are cut.
          const closed = app.close();
          const late = await Promise.race([
            closed.then(() => false),
            new Promise<boolean>((r) => setTimeout(() => r(true), env.GB_SHUTDOWN_TIMEOUT_MS / 2).unref()),
          ]);
          if (late) {
            logger.warn('HTTP connections outlived half the shutdown time; closing them');
            app.server.closeAllConnections();
            await closed;
          }
        } finally {
          // The queue and the store close whatever the HTTP side did.
          await Promise.allSettled(subscriptions.map((s) => s.stop()));
          await runtime.close();
        }
      })());
    logger.info(
      { url, role: options.role, broker: runtime.broker.kind, database: runtime.store.database.dialect },
      'General Bots Gateway is up',
    );
    return { url, runtime, stop };
  } catch (err) {
    await Promise.allSettled(subscriptions.map((s) => s.stop()));
    await runtime.close();
    throw err;
  }
}

/** Stops on SIGTERM or SIGINT: no new work, in-flight work finished or handed back, then exit. */
export function stopOnSignals(gateway: RunningGateway, timeoutMs: number, log: (message: string) => void): void {
  const onSignal = (signal: NodeJS.Signals) => {
    log(`received ${signal}; shutting down`);
    const timer = setTimeout(() => {
      log(`shutdown took longer than ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    gateway.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`shutdown failed: ${errorMessage(err)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
