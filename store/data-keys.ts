import type { Kysely } from 'kysely';
import type { DataCipher, DataKeyVersion } from '../core/index.js';
import { isUniqueViolation } from './database.js';
import type { Database } from './schema.js';

export interface DataKeyStatus extends DataKeyVersion {
  createdAt: number;
  completedAt: number | null;
}

/** The data key versions (see DataCipher): which exist, which seals, which are done re-sealing. */
export class DataKeyRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: DataCipher,
  ) {}

  async list(): Promise<DataKeyStatus[]> {
    const rows = await this.db.selectFrom('data_keys').selectAll().orderBy('version').execute();
    return rows.map((r) => ({
      version: Number(r.version),
      fingerprint: r.key_fingerprint,
      createdAt: Number(r.created_at),
      completedAt: r.completed_at === null ? null : Number(r.completed_at),
    }));
  }

  /** Reads the versions into the cipher (every node does so now and then, to seal with a new one). */
  async refresh(): Promise<DataKeyStatus[]> {
    const versions = await this.list();
    this.cipher.setVersions(versions);
    return versions;
  }

  /**
   * Makes sure a version derived from the current gateway key exists (the first start, or the
   * first after the gateway key changed), and loads the versions.
   */
  async ensure(): Promise<void> {
    const versions = await this.refresh();
    if (!versions.some((v) => v.fingerprint === this.cipher.fingerprint)) await this.rotate();
  }

  /** Adds a version derived from the current gateway key: new values are sealed with it from now on. */
  async rotate(): Promise<number> {
    for (;;) {
      const versions = await this.list();
      const version = Math.max(0, ...versions.map((v) => v.version)) + 1;
      try {
        await this.db
          .insertInto('data_keys')
          .values({ version, key_fingerprint: this.cipher.fingerprint, created_at: Date.now(), completed_at: null })
          .execute();
        await this.refresh();
        return version;
      } catch (err) {
        // Another node added one at the same moment: that one is the new version if it is ours.
        if (!isUniqueViolation(err)) throw err;
        const now = await this.refresh();
        const theirs = now.find((v) => v.version === version);
        if (theirs?.fingerprint === this.cipher.fingerprint) return version;
      }
    }
  }

  /** Every value is sealed with `version` or a later one: it and the earlier ones are done. */
  async complete(version: number): Promise<void> {
    await this.db
      .updateTable('data_keys')
      .set({ completed_at: Date.now() })
      .where('version', '<=', version)
      .where('completed_at', 'is', null)
      .execute();
  }
}
