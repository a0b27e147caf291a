import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../core/index.js';

/** A logger whose lines are kept, so tests can check what was (and was not) logged. */
export function capturingLogger(level = 'debug'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level }, sink), lines };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });
