import pg from 'pg';

/**
 * A fresh schema in the test database, so suites run side by side and leave nothing behind.
 * The returned URL selects the schema through the connection's search_path.
 */
export async function freshPostgresSchema(
  url: string,
  label: string,
): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const schema = `gbtest_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    schema,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop schema if exists ${schema} cascade`);
      await dropper.end();
    },
  };
}
