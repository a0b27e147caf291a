import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedQuery } from './prepared.js';
import { GroupCommitSqliteDialect } from './sqlite-driver.js';

interface Tables {
  notes: { id: number; owner: string; text: string };
}

describe('prepared queries', () => {
  let db: Kysely<Tables>;

  beforeAll(async () => {
    db = new Kysely<Tables>({ dialect: new GroupCommitSqliteDialect(new SQLite(':memory:')) });
    await sql`create table notes (id integer primary key, owner text not null, text text not null)`.execute(db);
  });

  afterAll(() => db.destroy());

  it('runs the query compiled once with each call’s values, constants kept', async () => {
    const insert = new PreparedQuery<Tables['notes'], unknown>(db, ['id', 'owner', 'text'], (row) =>
      db.insertInto('notes').values(row),
    );
    const mine = new PreparedQuery<{ owner: string }, { id: number; text: string }>(db, ['owner'], (args) =>
      db
        .selectFrom('notes')
        .select(['id', 'text'])
        .where('owner', '=', args.owner)
        .where('text', '!=', 'hidden')
        .orderBy('id')
        .limit(2),
    );
    for (const [id, owner, text] of [
      [1, 'ana', 'one'],
      [2, 'bob', 'two'],
      [3, 'ana', 'hidden'],
      [4, 'ana', 'four'],
      [5, 'ana', 'five'],
    ] as const) {
      await insert.execute({ id, owner, text });
    }
    expect((await mine.execute({ owner: 'ana' })).rows).toEqual([
      { id: 1, text: 'one' },
      { id: 4, text: 'four' },
    ]);
    expect((await mine.execute({ owner: 'bob' })).rows).toEqual([{ id: 2, text: 'two' }]);
  });

  it('puts an argument used twice in both places', async () => {
    const either = new PreparedQuery<{ word: string }, { id: number }>(db, ['word'], (args) =>
      db
        .selectFrom('notes')
        .select('id')
        .where((eb) => eb.or([eb('owner', '=', args.word), eb('text', '=', args.word)]))
        .orderBy('id'),
    );
    expect((await either.execute({ word: 'two' })).rows).toEqual([{ id: 2 }]);
    expect((await either.execute({ word: 'bob' })).rows).toEqual([{ id: 2 }]);
  });

  it('refuses a query that does not take an argument as a parameter', () => {
    expect(
      () =>
        new PreparedQuery<{ owner: string; limit: number }, unknown>(db, ['owner', 'limit'], (args) =>
          db.selectFrom('notes').selectAll().where('owner', '=', args.owner),
        ),
    ).toThrow(/does not use limit/);
  });
});
