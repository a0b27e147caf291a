import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The SQLite driver the thread loads: the one the gateway itself uses. */
const SQLITE_DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
// exec, not pragma(): no statement objects on this thread. better-sqlite3 12 on Node 24 aborts
// when one is collected while a worker thread shuts down.
db.exec('pragma busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.exec('pragma wal_checkpoint(PASSIVE)');
    if (workerData.report) parentPort.postMessage({ checkpointed: true });
  } catch (err) {
    parentPort.postMessage({ error: err && err.message ? err.message : String(err) });
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  process.exit(0);
});
`;

/**
 * Checkpoints a SQLite WAL from a worker thread. SQLite's automatic checkpoint runs inside the
 * write that crosses the threshold, on the event loop, and it fsyncs: under load that write stalls
 * for hundreds of milliseconds. Here the connections that write turn it off and a second
 * connection copies the WAL back on its own thread (PASSIVE: it never blocks readers or writers).
 * A checkpoint that fails is reported (the same failure once, not every tick).
 */
export class WalCheckpointer {
  readonly #worker: Worker;
  readonly #exited: Promise<void>;
  #stopped: Promise<void> | undefined;

  constructor(
    file: string,
    {
      everyMs = 500,
      onError = (message) => process.emitWarning(`SQLite WAL checkpoint of ${file} failed: ${message}`),
      driver = SQLITE_DRIVER,
      onCheckpoint,
    }: {
      everyMs?: number;
      onError?: (message: string) => void;
      driver?: string;
      /** Told after each checkpoint that ran (for tests that wait for one rather than sleep). */
      onCheckpoint?: () => void;
    } = {},
  ) {
    const report = onCheckpoint !== undefined;
    this.#worker = new Worker(WORKER, { eval: true, workerData: { file, driver, everyMs, report } });
    let last: string | undefined;
    this.#worker.on('message', (message: { error?: string; checkpointed?: true }) => {
      if (message.checkpointed) return onCheckpoint?.();
      if (message.error !== undefined && message.error !== last) onError(message.error);
      last = message.error;
    });
    this.#worker.on('error', (err) => onError(err.message));
    this.#exited = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
    this.#worker.unref();
  }

  /** Runs a last checkpoint and ends the thread (once, however often it is called). */
  stop(): Promise<void> {
    if (!this.#stopped) {
      // Unreferenced, the thread would let the process end in the middle of a close that awaits it.
      this.#worker.ref();
      this.#worker.postMessage('stop');
      this.#stopped = this.#exited;
    }
    return this.#stopped;
  }
}
