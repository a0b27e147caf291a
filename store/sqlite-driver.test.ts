import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect } from './sqlite-driver.js';

interface Tables {
  notes: { id: number; text: string };
}

describe('group commit on SQLite', () => {
  let file: string;
  let db: Kysely<Tables>;
  /** A second connection to the same file: sees only what is committed. */
  let observer: SQLite.Database;
  const committed = () =>
    observer
      .prepare('select id from notes order by id')
      .all()
      .map((row) => (row as { id: number }).id);

  beforeEach(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'gb-group-commit-')), 'test.db');
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    db = new Kysely<Tables>({ dialect: new GroupCommitSqliteDialect(sqlite) });
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    observer = new SQLite(file, { readonly: true });
  });

  afterEach(async () => {
    observer.close();
    await db.destroy();
  });

  const insert = (id: number) =>
    db
      .insertInto('notes')
      .values({ id, text: `note ${id}` })
      .execute();
  /** Waits, in microtasks only (so no pass of the event loop ends and nothing is committed), until the process sees `count` notes. */
  const untilSeen = async (count: number) => {
    for (;;) {
      const rows = await db.selectFrom('notes').select('id').execute();
      if (rows.length >= count) return;
    }
  };

  it('commits the writes of one pass together, and each awaited write is committed', async () => {
    const writes = [1, 2, 3, 4, 5].map(insert);
    await untilSeen(5);
    expect(committed()).toEqual([]);
    await Promise.all(writes);
    expect(committed()).toEqual([1, 2, 3, 4, 5]);
    await insert(6);
    expect(committed()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lets reads of the process see its writes before they are committed', async () => {
    const write = insert(1);
    await untilSeen(1);
    expect(committed()).toEqual([]);
    expect(await db.selectFrom('notes').select('text').execute()).toEqual([{ text: 'note 1' }]);
    await write;
    expect(committed()).toEqual([1]);
  });

  it('rejects a failing statement alone; the rest of its group is committed', async () => {
    await insert(1);
    const results = await Promise.allSettled([insert(2), insert(1), insert(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(committed()).toEqual([1, 2, 3]);
  });

  it('gives an explicit transaction the connection to itself, and a rollback undoes only it', async () => {
    let outside: Promise<unknown> | undefined;
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('notes').values({ id: 10, text: 'inside' }).execute();
        outside = insert(20);
        await new Promise((resolve) => setTimeout(resolve, 20));
        // The write from outside waits for the transaction to end.
        expect(await trx.selectFrom('notes').select('id').execute()).toEqual([{ id: 10 }]);
        throw new Error('undo');
      })
      .catch((err: unknown) => expect(String(err)).toMatch(/undo/));
    await outside;
    expect(committed()).toEqual([20]);
  });

  it('commits the open group before an explicit transaction begins', async () => {
    const before = insert(1);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 2, text: 'inside' }).execute();
    });
    await before;
    expect(committed()).toEqual([1, 2]);
  });

  it('commits what is pending when it is closed', async () => {
    const write = insert(7);
    await untilSeen(1);
    expect(committed()).toEqual([]);
    await db.destroy();
    await write;
    expect(committed()).toEqual([7]);
    db = new Kysely<Tables>({ dialect: new GroupCommitSqliteDialect(new SQLite(file)) });
  });

  it('streams rows', async () => {
    await Promise.all([1, 2, 3].map(insert));
    const ids: number[] = [];
    for await (const row of db.selectFrom('notes').select('id').orderBy('id').stream()) ids.push(row.id);
    expect(ids).toEqual([1, 2, 3]);
  });

  it('returns rows from writes that return them', async () => {
    const rows = await db.insertInto('notes').values({ id: 8, text: 'eight' }).returning(['id', 'text']).execute();
    expect(rows).toEqual([{ id: 8, text: 'eight' }]);
    expect(committed()).toEqual([8]);
  });
});
