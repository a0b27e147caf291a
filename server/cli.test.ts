import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startTestGateway } from '../test-fixtures/gateway.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
/** A test that runs several `gb` processes, each loading the sources through tsx: slow on a busy machine. */
const SEVERAL_COMMANDS_MS = 180_000;

async function gb(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, GB_LOG_LEVEL: 'error', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the gb command', () => {
  it('prints its help', async () => {
    const help = await gb(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/gb serve \[--role all\|ingress\|router\|worker\]/);
    expect(help.stdout).toMatch(/gb dlq list/);
  });

  it(
    'deploys a package, migrates, and lists dead letters',
    async () => {
      const env = { GB_DATA_DIR: mkdtempSync(join(tmpdir(), 'gb-cli-')) };
      const deployed = await gb(['deploy', join(ROOT, 'bots', 'demo.gbai')], env);
      expect(deployed.stdout).toBe('created instance demo: 4 settings, 117 questions\n');
      expect((await gb(['migrate'], env)).code).toBe(0);
      expect((await gb(['dlq', 'list'], env)).stdout).toBe('no dead letters\n');
      expect((await gb(['dlq', 'replay', 'nothing-here'], env)).code).toBe(1);
      const out = mkdtempSync(join(tmpdir(), 'gb-cli-export-'));
      const exported = await gb(['export', 'demo', out], env);
      expect(exported.stdout).toBe(`wrote ${join(out, 'demo.gbai')}: 4 settings, 117 questions, 2 dialogs\n`);
      expect((await gb(['deploy', join(out, 'demo.gbai')], env)).stdout).toBe(
        'updated instance demo: 4 settings, 117 questions\n',
      );
    },
    SEVERAL_COMMANDS_MS,
  );

  it(
    'names the variable that is wrong, and says what a bad command is',
    async () => {
      const env = { GB_DATA_DIR: mkdtempSync(join(tmpdir(), 'gb-cli-')) };
      const bad = await gb(['migrate'], { ...env, GB_PORT: 'eighty' });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/GB_PORT.*\[GB_CONFIG_INVALID\]/);
      expect((await gb(['frobnicate'])).stderr).toMatch(/unknown command "frobnicate"/);
      expect((await gb(['deploy', '/nonexistent/x.gbai'], env)).stderr).toMatch(
        /is not a folder \[GB_PACKAGE_INVALID\]/,
      );
    },
    SEVERAL_COMMANDS_MS,
  );

  it(
    'makes, lists and revokes operator API keys, which the gateway then takes',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'gb-cli-keys-'));
      const made = await gb(['keys', 'create', '--name', 'ops', '--role', 'gateway-admin'], { GB_DATA_DIR: dataDir });
      expect(made.code).toBe(0);
      const key = made.stdout.trim();
      expect(key).toMatch(/^gbk_[0-9a-f]{32}_[A-Za-z0-9_-]{32}$/);
      const id = key.slice(4, 36);
      const listed = await gb(['keys', 'list'], { GB_DATA_DIR: dataDir });
      expect(listed.stdout).toContain(`${id}\tgateway-admin\t-\tactive\tops`);
      expect(listed.stdout).not.toContain(key.slice(37));
      expect((await gb(['keys', 'create', '--name', 'x', '--role', 'king'], { GB_DATA_DIR: dataDir })).code).toBe(1);

      const gateway = await startTestGateway({ deployDemo: false, env: { GB_DATA_DIR: dataDir } });
      try {
        const call = () => fetch(`${gateway.url}/api/instances`, { headers: { authorization: `Bearer ${key}` } });
        expect((await call()).status).toBe(200);
        expect((await gb(['keys', 'revoke', id], { GB_DATA_DIR: dataDir })).stdout).toBe(`revoked ${id}\n`);
        expect((await call()).status).toBe(401);
      } finally {
        await gateway.stop();
      }
    },
    SEVERAL_COMMANDS_MS,
  );

  it(
    'rotates the data keys and says where they stand',
    async () => {
      const env = { GB_DATA_DIR: mkdtempSync(join(tmpdir(), 'gb-cli-data-keys-')) };
      const before = await gb(['data-keys', 'status'], env);
      expect(before.code).toBe(0);
      expect(before.stdout).toMatch(/^1 \(sealing\)\t[0-9a-f]{16} \(current\)/m);
      const rotated = await gb(['keys', 'rotate'], env);
      expect(rotated.stdout).toMatch(/^data key 2 seals new values/);
      const after = await gb(['data-keys', 'status'], env);
      expect(after.stdout).toMatch(/^2 \(sealing\)/m);
      expect(after.stdout).toMatch(/^1\t/m);
      expect(after.stdout).toContain('values still sealed with an older key or kept in clear: 0');
      expect((await gb(['data-keys', 'spin'], env)).stderr).toMatch(/usage: gb data-keys rotate/);
    },
    SEVERAL_COMMANDS_MS,
  );
});
