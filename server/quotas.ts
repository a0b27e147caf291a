import { GatewayError, PromiseCache, QuotaExceeded } from '../core/index.js';
import { DEFAULT_CUSTOMER } from './access.js';
import type { Runtime } from './runtime.js';

export type MeteredQuota = 'messages' | 'codes';

/** The period a quota counts in, UTC, and when the next one starts. */
export function periodOf(quota: MeteredQuota, now = Date.now()): { period: string; resetAt: number } {
  const d = new Date(now);
  if (quota === 'messages') {
    return {
      period: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
      resetAt: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1),
    };
  }
  return {
    period: d.toISOString().slice(0, 10),
    resetAt: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1),
  };
}

/** How long a node keeps a customer's quota limits: a change shows on every node within this. */
const LIMITS_TTL_MS = 5_000;

const perRuntime = new WeakMap<Runtime, Quotas>();

/** The process's one quota keeper for a runtime: a change made through the API shows at once here. */
export function quotasOf(runtime: Runtime): Quotas {
  let quotas = perRuntime.get(runtime);
  if (!quotas) {
    quotas = new Quotas(runtime);
    perRuntime.set(runtime, quotas);
  }
  return quotas;
}

/**
 * Customers' quotas: instances (counted as rows), messages answered a month and verification
 * codes a day (counted in the database, one statement each, so every node counts the same).
 * A quota of 0 is none.
 */
class Quotas {
  readonly #limits = new PromiseCache<string, { messages: number; codes: number; instances: number } | undefined>({
    ttlMs: LIMITS_TTL_MS,
  });

  constructor(private readonly runtime: Runtime) {}

  #limitsOf(customerId: string) {
    return this.#limits.get(customerId, async () => {
      const row = await this.runtime.store.access.customer(customerId);
      return row
        ? { messages: row.messages_per_month, codes: row.codes_per_day, instances: row.instance_quota }
        : undefined;
    });
  }

  /** Counts one message or code for the customer; throws QuotaExceeded when its quota is used up. */
  async consume(customerId: string | null | undefined, quota: MeteredQuota, now = Date.now()): Promise<void> {
    const customer = customerId ?? DEFAULT_CUSTOMER;
    const limit = (await this.#limitsOf(customer))?.[quota] ?? 0;
    if (limit <= 0) return;
    const { period, resetAt } = periodOf(quota, now);
    if (!(await this.runtime.store.access.consume(customer, quota, period, limit)))
      throw new QuotaExceeded(`${quota} a ${quota === 'messages' ? 'month' : 'day'}`, limit, resetAt);
  }

  /** Refuses a new instance past the customer's instance quota. */
  async admitInstance(customerId: string): Promise<void> {
    const limit = (await this.#limitsOf(customerId))?.instances ?? 0;
    if (limit > 0 && (await this.runtime.store.access.instanceCount(customerId)) >= limit)
      throw new GatewayError('GB_QUOTA_EXCEEDED', `the instances quota (${limit}) of ${customerId} is reached`);
  }

  /** A customer's quotas and what the current periods have used. */
  async view(customerId: string, now = Date.now()) {
    const limits = await this.runtime.store.access.customer(customerId);
    if (!limits) throw new GatewayError('GB_NOT_FOUND', `no customer ${customerId}`);
    const messages = periodOf('messages', now);
    const codes = periodOf('codes', now);
    const used = await this.runtime.store.access.usage(customerId, [
      { quota: 'messages', period: messages.period },
      { quota: 'codes', period: codes.period },
    ]);
    return {
      id: limits.id,
      name: limits.name,
      quotas: {
        instances: { limit: limits.instance_quota, used: await this.runtime.store.access.instanceCount(customerId) },
        messages_per_month: {
          limit: limits.messages_per_month,
          used: used.messages ?? 0,
          resets_at: new Date(messages.resetAt).toISOString(),
        },
        codes_per_day: {
          limit: limits.codes_per_day,
          used: used.codes ?? 0,
          resets_at: new Date(codes.resetAt).toISOString(),
        },
      },
    };
  }

  forget(customerId: string): void {
    this.#limits.delete(customerId);
  }
}
