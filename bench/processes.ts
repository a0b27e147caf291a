import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Compiles the gateway into dist/, so a benchmark measures what `npm start` runs. */
export function buildGateway(): void {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/** CPU time a process has used so far (all its threads), in seconds. */
export interface CpuTime {
  user: number;
  system: number;
}

export async function cpuTime(pid: number): Promise<CpuTime> {
  // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux); the command
  // name (field 2) is in parentheses and may hold spaces, so count from after it.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11] ?? 0) / 100, system: Number(fields[12] ?? 0) / 100 };
}

export function cpuSince(before: CpuTime, after: CpuTime): CpuTime {
  return { user: after.user - before.user, system: after.system - before.system };
}

/** The pid of a local process by its command name (such as RabbitMQ's `beam.smp`), if one runs. */
export async function findProcess(command: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === command) return Number(entry);
  }
  return undefined;
}

/** Peak resident memory of a process, sampled every 100 ms until `stop.done`, in MiB. */
export async function peakRss(pid: number, stop: { done: boolean }): Promise<number> {
  let peak = 0;
  while (!stop.done) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb);
    await new Promise((r) => setTimeout(r, 100));
  }
  return peak / 1024;
}
