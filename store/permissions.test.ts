import { TEST_KEYS } from '../test-fixtures/keys.js';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from './index.js';

describe('the data folder', () => {
  it("keeps the database readable by the gateway's user only", async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'gb-perm-')), 'data');
    const file = join(folder, 'gateway.db');
    const store = await Store.open({ kind: 'sqlite', file }, { keys: TEST_KEYS });
    try {
      await store.instances.upsert({ name: 'p', title: 'P', settings: [] });
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    } finally {
      await store.close();
    }
  });

  it('names the file when the database cannot be opened', async () => {
    // A folder where the database file should be: SQLite alone would say "unable to open database file".
    const folder = mkdtempSync(join(tmpdir(), 'gb-perm-'));
    mkdirSync(join(folder, 'gateway.db'));
    await expect(Store.open({ kind: 'sqlite', file: join(folder, 'gateway.db') }, { keys: TEST_KEYS })).rejects.toThrow(
      `cannot open the database ${join(folder, 'gateway.db')}: unable to open database file`,
    );
  });
});
