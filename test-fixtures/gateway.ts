import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '../config/index.js';
import type { ChannelRegistration } from '../adapters/index.js';
import type { Logger } from '../core/index.js';
import type { Role } from '../server/roles.js';
import { serve, type RunningGateway, type ServeOptions } from '../server/serve.js';
import { capturingLogger } from './logger.js';

export interface TestGatewayOptions {
  env?: Record<string, string>;
  role?: Role;
  deployDemo?: boolean;
  channelProviders?: readonly ChannelRegistration[];
  logger?: Logger;
  dataKeys?: ServeOptions['dataKeys'];
}

export interface TestGateway extends RunningGateway {
  dataDir: string;
  logLines: string[];
}

/** Tests and benchmarks play many web chat users from one address: the per-address shares are lifted. */
export const MANY_USERS_ONE_ADDRESS = {
  GB_WEBCHAT_CONVERSATIONS_PER_MINUTE: '1000000',
  GB_WEBCHAT_MESSAGES_PER_SECOND: '1000000',
};

/** A whole gateway in this process on a free port, with its data in a temporary folder. */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const dataDir = options.env?.GB_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'gb-gateway-'));
  const env = loadEnv({
    GB_DATA_DIR: dataDir,
    GB_PORT: '0',
    GB_HOST: '127.0.0.1',
    GB_LOG_LEVEL: 'debug',
    ...MANY_USERS_ONE_ADDRESS,
    ...options.env,
  });
  const captured = capturingLogger('debug');
  const gateway = await serve(
    env,
    {
      role: options.role ?? 'all',
      deployDemo: options.deployDemo ?? true,
      ...(options.dataKeys ? { dataKeys: options.dataKeys } : {}),
    },
    {
      logger: options.logger ?? captured.logger,
      ...(options.channelProviders ? { channelProviders: options.channelProviders } : {}),
    },
  );
  return { ...gateway, dataDir, logLines: captured.lines };
}
