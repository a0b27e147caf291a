/**
 * Vitest's global setup: every test run writes its temporary files (databases, journals, bot
 * packages, browser profiles, the processes it starts) under one directory of its own, removed
 * when the run ends, so a run leaves nothing in the machine's temporary folder.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), 'gb-test-run-'));
  // Servers that a test starts under other users (Dovecot's) must reach their folders in it.
  chmodSync(run, 0o711);
  // os.tmpdir() reads TMPDIR when asked: the test workers and what they start inherit it.
  process.env.TMPDIR = run;
  return () => rmSync(run, { recursive: true, force: true });
}
