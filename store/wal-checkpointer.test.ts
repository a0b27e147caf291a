import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WalCheckpointer } from './wal-checkpointer.js';

/** Writes in batches with pauses (as a gateway does), and returns the size the WAL file reached. */
async function walAfterWrites(withCheckpointer: boolean): Promise<{ wal: number; rows: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'gb-wal-')), 'test.db');
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('create table t (id integer primary key, body text not null)');
  let checkpoints = 0;
  const checkpointer = withCheckpointer
    ? new WalCheckpointer(file, { everyMs: 20, onCheckpoint: () => checkpoints++ })
    : undefined;
  const insert = db.prepare('insert into t (body) values (?)');
  for (let batch = 0; batch < 15; batch++) {
    for (let i = 0; i < 50; i++) insert.run('x'.repeat(2_000));
    // A pause long enough for one checkpoint after the batch, however slow the machine is.
    const seen = checkpoints;
    do await new Promise((r) => setTimeout(r, 20));
    while (checkpointer && checkpoints < seen + 2);
  }
  const wal = statSync(`${file}-wal`).size;
  await checkpointer?.stop();
  await checkpointer?.stop();
  const rows = (db.prepare('select count(*) as n from t').get() as { n: number }).n;
  db.close();
  return { wal, rows };
}

describe('WAL checkpoints on a worker thread', () => {
  it('keeps the WAL from growing without the writer checkpointing, and loses nothing', async () => {
    const unchecked = await walAfterWrites(false);
    const checked = await walAfterWrites(true);
    expect(checked.rows).toBe(750);
    expect(unchecked.rows).toBe(750);
    // Without checkpoints every frame stays in the WAL; with them the WAL is reused from its start.
    expect(checked.wal).toBeLessThan(unchecked.wal / 3);
  });

  it('reports a checkpointer that cannot work', async () => {
    const errors: string[] = [];
    const checkpointer = new WalCheckpointer(join(mkdtempSync(join(tmpdir(), 'gb-wal-')), 'x.db'), {
      driver: '/no/such/sqlite-driver',
      everyMs: 20,
      onError: (message) => errors.push(message),
    });
    await new Promise((r) => setTimeout(r, 300));
    // Stopping a thread that already ended returns at once.
    await checkpointer.stop();
    expect(errors.join('\n')).toMatch(/Cannot find module '\/no\/such\/sqlite-driver'/);
  });
});
