import { withinDeadline } from '../core/index.js';

/**
 * An integration could not do what a dialog asked. The message is for the person in the
 * conversation and the operator's log: it names the service and what went wrong, never a key.
 */
export class IntegrationError extends Error {
  constructor(
    readonly service: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${service}: ${message}`, options);
    this.name = 'IntegrationError';
  }
}

/** Rejects when `work` takes longer than `ms` (for SDKs that have no deadline of their own). */
export function withDeadline<T>(service: string, ms: number, work: Promise<T>): Promise<T> {
  return withinDeadline(work, ms, () => new IntegrationError(service, `no answer within ${ms} ms`));
}
