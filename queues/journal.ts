import {
  close,
  closeSync,
  fdatasync,
  fdatasyncSync,
  fsync,
  ftruncateSync,
  mkdirSync,
  open,
  openSync,
  readFileSync,
  readdirSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

const SEGMENT_NAME = /^segment-(\d{8})\.log$/;
const DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;
const DEFAULT_SYNC_EVERY_MS = 1_000;
const LOCK_FILE = 'owner.pid';
const NEWLINE = 0x0a;

export interface JournalOptions {
  /** A segment is closed, and the next one started, once it holds this many bytes. */
  segmentBytes?: number;
  /** How often written data is flushed to the disk in the background (fdatasync). */
  syncEveryMs?: number;
  /** Told about records that could not be read back and about failed background syncs. */
  onWarning?: (message: string) => void;
  /** The system call that appends to a segment (tests make it fail as a full disk would). */
  write?: (fd: number, data: Buffer, offset: number, length: number) => number;
}

interface Segment {
  readonly number: number;
  bytes: number;
  /** Records in this segment that are still the latest word on a live message. */
  live: number;
  liveBytes: number;
}

/** Directories locked by this process: a second journal on one of them is a mistake, not a crash. */
const lockedHere = new Set<string>();

/**
 * An append-only log of JSON records in numbered segment files, one line each:
 * `<crc32 as 8 hex digits> <json>\n`. One process owns a journal (a pid file says which).
 *
 * A write is one `write(2)` of every record of a batch, so once it returns the records survive the
 * process being killed; a background fdatasync every second bounds what a power cut can take.
 * Reading back stops at the first line that is torn or fails its checksum, in each segment.
 *
 * Space comes back from the head: the caller says which records are live (`retain`, `release`),
 * and the oldest segments go once none of theirs is. A record that cancels another (an
 * acknowledgement) is never older than what it cancels, so deleting from the head never brings a
 * cancelled record back. A head that is mostly dead but holds a few long-lived records is
 * `sparseHead()`: the caller writes those records again at the end, and the head can go.
 */
export class Journal {
  readonly #dir: string;
  readonly #segmentBytes: number;
  readonly #onWarning: (message: string) => void;
  /** Oldest first. */
  readonly #segments: Segment[] = [];
  #current: Segment | undefined;
  #fd = -1;
  /** Written since the last background sync began. */
  #dirty = false;
  /** Descriptors with an fdatasync on the thread pool. */
  readonly #inFlight = new Set<number>();
  /** Descriptors of segments no longer written: closed once a sync that began after has ended. */
  readonly #toClose = new Set<number>();
  readonly #syncTimer: NodeJS.Timeout;
  #closed = false;
  /** A failed write that could not be undone: the file no longer ends where the journal thinks. */
  #broken: Error | undefined;
  readonly #write: (fd: number, data: Buffer, offset: number, length: number) => number;

  constructor(dir: string, options: JournalOptions = {}) {
    this.#dir = dir;
    this.#segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    this.#onWarning = options.onWarning ?? ((message) => process.emitWarning(message));
    this.#write = options.write ?? writeSync;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    lockDirectory(dir);
    this.#syncTimer = setInterval(() => this.#syncInBackground(), options.syncEveryMs ?? DEFAULT_SYNC_EVERY_MS);
    this.#syncTimer.unref();
  }

  /** Whether a failed write could not be cut back: the journal takes no more writes then. */
  get broken(): boolean {
    return this.#broken !== undefined;
  }

  /** The segment the next write goes to: where a record written now will be. */
  get current(): number {
    return this.#requireCurrent().number;
  }

  /**
   * Reads every segment back, oldest first, giving each whole, intact record with the segment it
   * is in and its size in bytes. Called once, before `start`.
   */
  replay(visit: (record: unknown, segment: number, bytes: number) => void): void {
    const numbers = readdirSync(this.#dir)
      .map((name) => SEGMENT_NAME.exec(name)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    for (const number of numbers) {
      const path = this.#path(number);
      const data = readFileSync(path);
      let offset = 0;
      while (offset < data.length) {
        const end = data.indexOf(NEWLINE, offset);
        const record = end < 0 ? undefined : parseLine(data.toString('utf8', offset, end));
        if (record === undefined) break;
        visit(record, number, end + 1 - offset);
        offset = end + 1;
      }
      if (offset < data.length) {
        this.#onWarning(
          `${path}: the last ${data.length - offset} bytes are not a whole record (an interrupted write, or damage) and were left out`,
        );
      }
      this.#segments.push({ number, bytes: data.length, live: 0, liveBytes: 0 });
    }
  }

  /** After `replay` and the caller's `retain` of what is live: drops dead segments and starts a new one. */
  start(): void {
    const next = (this.#segments.at(-1)?.number ?? 0) + 1;
    this.#dropDeadHead();
    this.#startSegment(next);
  }

  /** The bytes a record takes in a segment (an estimate, for text beyond ASCII). */
  static recordBytes(record: string): number {
    return record.length + 10;
  }

  /**
   * Appends records (JSON texts) in one write. Throws when they could not all be written; what
   * part of them was is cut off again, so the segment still ends with a whole record.
   */
  write(records: readonly string[]): void {
    const segment = this.#requireCurrent();
    if (this.#broken) throw this.#broken;
    let text = '';
    for (const record of records) text += `${checksum(record)} ${record}\n`;
    const data = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < data.length) written += this.#write(this.#fd, data, written, data.length - written);
    } catch (err) {
      try {
        ftruncateSync(this.#fd, segment.bytes);
      } catch (truncateErr) {
        this.#broken = new Error(`the journal in ${this.#dir} could not be cut back after a failed write`, {
          cause: truncateErr,
        });
      }
      throw err;
    }
    segment.bytes += data.length;
    this.#dirty = true;
    if (segment.bytes >= this.#segmentBytes) this.#startSegment(segment.number + 1);
  }

  /** One more live record, of about `bytes`, in a segment. */
  retain(segment: number, bytes: number): void {
    const s = this.#find(segment);
    if (!s) return;
    s.live++;
    s.liveBytes += bytes;
  }

  /** One live record fewer in a segment. Dead segments at the head are dropped by `collect`. */
  release(segment: number, bytes: number): void {
    const s = this.#find(segment);
    if (!s) return;
    s.live--;
    s.liveBytes -= bytes;
  }

  /**
   * Deletes the segments at the head that hold nothing live. Only call it when every record the
   * caller has handed to `write` is written: a record rewritten at the end must be there before
   * the copy in the head goes.
   */
  collect(): void {
    this.#dropDeadHead();
  }

  /** The oldest segment, if it is no longer written and under a quarter of it is live. */
  sparseHead(): number | undefined {
    const head = this.#segments[0];
    if (!head || head === this.#current || head.live === 0) return undefined;
    return head.liveBytes * 4 < head.bytes ? head.number : undefined;
  }

  /** Flushes to the disk and closes; the journal is not usable after. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#syncTimer);
    try {
      for (const fd of [...this.#toClose, ...(this.#fd >= 0 ? [this.#fd] : [])]) {
        fdatasyncSync(fd);
        // One with a background sync in flight is closed when that sync ends.
        if (!this.#inFlight.has(fd)) closeSync(fd);
      }
    } finally {
      this.#toClose.clear();
      this.#fd = -1;
      unlockDirectory(this.#dir);
    }
  }

  #requireCurrent(): Segment {
    if (!this.#current || this.#closed) throw new Error(`the journal in ${this.#dir} is not open`);
    return this.#current;
  }

  #find(number: number): Segment | undefined {
    // Nearly always the current segment or one of the last few.
    for (let i = this.#segments.length - 1; i >= 0; i--)
      if (this.#segments[i]!.number === number) return this.#segments[i];
    return undefined;
  }

  #dropDeadHead(): void {
    while (this.#segments.length > 0) {
      const head = this.#segments[0]!;
      if (head === this.#current || head.live > 0) return;
      try {
        removeIfThere(this.#path(head.number));
      } catch (err) {
        this.#onWarning(
          `deleting ${this.#path(head.number)} failed (${(err as Error).message}); it is tried again later`,
        );
        return;
      }
      this.#segments.shift();
    }
  }

  #startSegment(number: number): void {
    const fd = openSync(this.#path(number), 'ax', 0o600);
    if (this.#fd >= 0) {
      // Its data goes to the disk on the thread pool; the descriptor closes after.
      this.#toClose.add(this.#fd);
      this.#dirty = true;
    }
    this.#fd = fd;
    this.#current = { number, bytes: 0, live: 0, liveBytes: 0 };
    this.#segments.push(this.#current);
    this.#syncDirectory();
  }

  #syncInBackground(): void {
    if (this.#closed || this.#inFlight.size > 0 || !this.#dirty) return;
    this.#dirty = false;
    const closing = [...this.#toClose];
    this.#toClose.clear();
    for (const fd of [...closing, this.#fd]) {
      this.#inFlight.add(fd);
      fdatasync(fd, (err) => {
        this.#inFlight.delete(fd);
        if (err) this.#onWarning(`syncing the journal in ${this.#dir} failed: ${err.message}`);
        if (closing.includes(fd) || this.#closed) closeSync(fd);
      });
    }
  }

  /** A new segment's name reaches the disk too (its directory entry). */
  #syncDirectory(): void {
    open(this.#dir, 'r', (err, fd) => {
      if (err) return this.#onWarning(`syncing the journal directory ${this.#dir} failed: ${err.message}`);
      fsync(fd, () => close(fd, () => undefined));
    });
  }

  #path(number: number): string {
    return join(this.#dir, `segment-${String(number).padStart(8, '0')}.log`);
  }
}

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}

/** The record on one line, or undefined when the line is torn or damaged. */
function parseLine(line: string): unknown {
  if (line.length < 10 || line[8] !== ' ') return undefined;
  const json = line.slice(9);
  if (line.slice(0, 8) !== checksum(json)) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Takes the directory's pid file. It names the process with its pid, and on Linux with the boot
 * and the moment the process started, so that after a reboot a pid reused by another program does
 * not pass for the owner.
 */
function lockDirectory(dir: string): void {
  if (lockedHere.has(dir)) throw new Error(`the journal in ${dir} is already open in this process`);
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${identity(process.pid) ?? process.pid}\n`, { flag: 'wx' });
      lockedHere.add(dir);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = ownerOf(file);
    if (owner !== undefined && ownerRuns(owner)) {
      throw new Error(
        `the journal in ${dir} belongs to process ${owner.split(' ')[0]}, which is running: one gateway per data folder (several nodes need RabbitMQ)`,
      );
    }
    // Left by a process that is gone.
    removeIfThere(file);
  }
  throw new Error(`could not take ${file}: another process keeps creating it`);
}

/** `<pid> <boot id> <start time>` on Linux, else undefined. */
function identity(pid: number): string | undefined {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name, which is in parentheses and may hold spaces.
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return started ? `${pid} ${boot} ${started}` : undefined;
  } catch {
    return undefined;
  }
}

function ownerRuns(owner: string): boolean {
  const pid = Number(owner.split(' ')[0]);
  // A pid file naming this process comes from an earlier life of a restarted container.
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return false;
  if (!owner.includes(' ')) return true;
  const now = identity(pid);
  return now === undefined || now === owner;
}

function ownerOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function removeIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function unlockDirectory(dir: string): void {
  lockedHere.delete(dir);
  removeIfThere(join(dir, LOCK_FILE));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
