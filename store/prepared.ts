import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

/** Where the query runs: a database, a transaction, or the store's QueryRunner. */
type Executor = Pick<Kysely<never>, 'executeQuery'>;

/**
 * A query built and compiled once, then run with new values. Kysely builds and compiles a query
 * on every call, which for the few statements run for every message costs about as much as
 * SQLite takes to run them. The query is built once with a marker in place of each argument;
 * the markers' positions among the compiled parameters are where later values go. A query whose
 * SQL would change with its values (an optional column, a branch) cannot be prepared this way:
 * keep one prepared query per variant.
 */
export class PreparedQuery<Args extends object, R> {
  readonly #compiled: CompiledQuery<R>;
  readonly #slots: Array<[position: number, name: keyof Args]> = [];

  /** `build` makes the query from its arguments; it runs on `db`. */
  constructor(
    private readonly db: Executor,
    names: ReadonlyArray<keyof Args>,
    build: (args: Args) => Compilable<R>,
  ) {
    const markers = Object.fromEntries(
      names.map((name) => [name, `\u0000arg:${String(name)}\u0000`]),
    ) as unknown as Args;
    this.#compiled = build(markers).compile();
    this.#compiled.parameters.forEach((value, position) => {
      const name = names.find((n) => markers[n] === value);
      if (name !== undefined) this.#slots.push([position, name]);
    });
    const missing = names.filter((name) => !this.#slots.some(([, n]) => n === name));
    if (missing.length > 0)
      throw new Error(
        `A prepared query must use every argument as a parameter; this one does not use ${missing.map(String).join(', ')}: ${this.#compiled.sql}`,
      );
  }

  /** Runs the query with these values. */
  execute(args: Args): Promise<QueryResult<R>> {
    const parameters = this.#compiled.parameters.slice();
    for (const [position, name] of this.#slots) parameters[position] = args[name];
    return this.db.executeQuery<R>({ ...this.#compiled, parameters });
  }
}
