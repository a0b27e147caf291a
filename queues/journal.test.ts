import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from './journal.js';

const opened: Journal[] = [];
afterEach(() => {
  for (const journal of opened.splice(0)) journal.close();
});

function open(
  dir: string,
  options: ConstructorParameters<typeof Journal>[1] = {},
): { journal: Journal; records: Array<[unknown, number]>; warnings: string[] } {
  const warnings: string[] = [];
  const journal = new Journal(dir, { onWarning: (m) => warnings.push(m), ...options });
  opened.push(journal);
  const records: Array<[unknown, number]> = [];
  journal.replay((record, segment) => records.push([record, segment]));
  return { journal, records, warnings };
}

function reopen(journal: Journal, dir: string): ReturnType<typeof open> {
  journal.close();
  opened.splice(opened.indexOf(journal), 1);
  return open(dir);
}

const segments = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort();

describe('journal', () => {
  it('gives back every record written, in order, after a reopen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-journal-'));
    const { journal } = open(dir);
    journal.start();
    journal.write(['{"n":1}', '{"n":2}']);
    journal.write(['{"n":3,"text":"olá\\nmundo"}']);
    const { records } = reopen(journal, dir);
    expect(records.map(([r]) => r)).toEqual([{ n: 1 }, { n: 2 }, { n: 3, text: 'olá\nmundo' }]);
  });

  it('stops at a torn last record and at a line that fails its checksum, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-journal-'));
    const first = open(dir);
    first.journal.start();
    first.journal.write(['{"n":1}', '{"n":2}']);
    first.journal.close();
    opened.splice(opened.indexOf(first.journal), 1);
    const [file] = segments(dir);
    appendFileSync(join(dir, file!), '0badc0de {"n":3}\n');
    const damaged = open(dir);
    expect(damaged.records.map(([r]) => r)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(damaged.warnings[0]).toMatch(/not a whole record/);
    damaged.journal.close();
    opened.splice(opened.indexOf(damaged.journal), 1);

    writeFileSync(join(dir, file!), `${readFileSync(join(dir, file!), 'utf8').replace(/0badc0de.*\n$/, '')}1234`);
    const torn = open(dir);
    expect(torn.records.map(([r]) => r)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(torn.warnings).toHaveLength(1);
  });

  it('starts a new segment once one is full, and never writes to a segment it read back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-journal-'));
    const { journal } = open(dir, { segmentBytes: 100 });
    journal.start();
    expect(journal.current).toBe(1);
    journal.write([`{"pad":"${'x'.repeat(100)}"}`]);
    expect(journal.current).toBe(2);
    journal.write(['{"n":2}']);
    const again = reopen(journal, dir);
    expect(again.records.map(([, segment]) => segment)).toEqual([1, 2]);
    again.journal.start();
    expect(again.journal.current).toBe(3);
  });

  it('deletes segments from the head once nothing in them is live, and not before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-journal-'));
    const { journal } = open(dir, { segmentBytes: 50 });
    journal.start();
    const big = (n: number) => `{"n":${n},"pad":"${'x'.repeat(60)}"}`;
    for (let n = 1; n <= 3; n++) {
      journal.retain(journal.current, 70);
      journal.write([big(n)]);
    }
    expect(segments(dir)).toHaveLength(4);
    // The second segment's record dies first: the first still holds a live one, so nothing goes.
    journal.release(2, 70);
    journal.collect();
    expect(segments(dir)).toHaveLength(4);
    journal.release(1, 70);
    journal.collect();
    expect(segments(dir)).toEqual(['segment-00000003.log', 'segment-00000004.log']);
  });

  it('points out a head that is mostly dead, so its few live records can move', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-journal-'));
    const { journal } = open(dir, { segmentBytes: 1000 });
    journal.start();
    for (let n = 0; n < 10; n++) {
      journal.retain(1, 110);
      journal.write([`{"n":${n},"pad":"${'x'.repeat(90)}"}`]);
    }
    expect(journal.current).toBe(2);
    expect(journal.sparseHead()).toBeUndefined();
    for (let n = 0; n < 8; n++) journal.release(1, 110);
    expect(journal.sparseHead()).toBe(1);
  });

  it('belongs to one process at a time, and takes over from one that died', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-journal-'));
    const { journal } = open(dir);
    expect(() => new Journal(dir)).toThrow(/already open in this process/);
    journal.close();
    opened.splice(opened.indexOf(journal), 1);
    // A pid that cannot be running (above Linux's pid_max).
    writeFileSync(join(dir, 'owner.pid'), '4194305\n');
    const next = open(dir);
    expect(readFileSync(join(dir, 'owner.pid'), 'utf8').trim()).toMatch(
      new RegExp(`^${process.pid} [0-9a-f-]{36} \\d+$`),
    );
    next.journal.close();
    opened.splice(opened.indexOf(next.journal), 1);
    expect(existsSync(join(dir, 'owner.pid'))).toBe(false);
    // Process 1 always runs (and is never the test itself).
    writeFileSync(join(dir, 'owner.pid'), '1\n');
    expect(() => new Journal(dir)).toThrow(/belongs to process 1, which is running/);
    // A running pid that started at another time, or in another boot, is another program that
    // took the pid over: the journal's owner is gone.
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    for (const owner of [`1 ${boot} 999999999999`, '1 00000000-0000-0000-0000-000000000000 1']) {
      writeFileSync(join(dir, 'owner.pid'), `${owner}\n`);
      const taken = open(dir);
      taken.journal.close();
      opened.splice(opened.indexOf(taken.journal), 1);
    }
  });
});
