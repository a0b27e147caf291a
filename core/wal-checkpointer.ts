import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} db.close(); process.exit(0); });
`;

/**
 * Checkpoints a SQLite WAL from a worker thread. SQLite's automatic checkpoint runs inside the
 * write that crosses the threshold, on the event loop, and it fsyncs: under load that write stalls
 * for hundreds of milliseconds. Here the connections that write turn it off and a second
 * connection copies the WAL back on its own thread (PASSIVE: it never blocks readers or writers).
 */
export class WalCheckpointer {
  readonly #worker: Worker;

  constructor(file: string, driverPath: string, everyMs = 500) {
    this.#worker = new Worker(WORKER, { eval: true, workerData: { file, driver: driverPath, everyMs } });
    this.#worker.unref();
  }

  #stopped: Promise<void> | undefined;

  /** Runs a last checkpoint and ends the thread (once, however often it is called). */
  stop(): Promise<void> {
    this.#stopped ??= new Promise<void>((resolve) => {
      this.#worker.once('exit', () => resolve());
      // Unreferenced, the thread would let the process end in the middle of a close that awaits it.
      this.#worker.ref();
      this.#worker.postMessage('stop');
    });
    return this.#stopped;
  }
}
