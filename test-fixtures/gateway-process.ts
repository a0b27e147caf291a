import { MANY_USERS_ONE_ADDRESS } from './gateway.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The gateway as its own process (`gb serve`), for tests that kill it and for benchmarks. It runs
 * the TypeScript sources through tsx, or with `entry` a compiled `server/cli.js` (the `dist/`
 * that `npm start` runs, or another build's, to compare two versions).
 */
export class GatewayProcess {
  #child: ChildProcess | undefined;
  output = '';

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly role: 'all' | 'ingress' | 'router' | 'worker' = 'all',
    private readonly nodeArgs: string[] = [],
    private readonly entry?: string,
  ) {}

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Whether the process has ended (a crash, when nobody killed it). */
  get exited(): boolean {
    return this.#child !== undefined && this.#child.exitCode !== null;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const entry = this.entry ? [this.entry] : ['--import', 'tsx', 'server/cli.ts'];
    this.#child = spawn(process.execPath, [...this.nodeArgs, ...entry, 'serve', '--role', this.role, '--deploy-demo'], {
      cwd: ROOT,
      env: {
        ...process.env,
        GB_HOST: '127.0.0.1',
        GB_PORT: String(this.port),
        GB_LOG_LEVEL: 'warn',
        ...MANY_USERS_ONE_ADDRESS,
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const child = this.#child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    // Generous: on a busy machine compiling and starting through tsx takes many seconds.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}:\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/health`)).status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`gateway did not become healthy:\n${this.output}`);
  }

  /** Kills the process the way a crash would: no shutdown, nothing flushed. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code, ended) => {
        // Ended by a signal (ours or a crash's): say which, for the test that expected a code.
        if (ended !== null) this.output += `\n[the process ended on ${ended}]`;
        resolve(code);
      }),
    );
    child.kill(signal);
    return exited;
  }
}
