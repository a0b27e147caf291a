import type { StripeConfig } from '../config/index.js';
import Stripe from 'stripe';
import { IntegrationError } from './errors.js';

export interface PaymentRequest {
  /** In the currency's major unit: 10.5 is ten and a half dollars. */
  amount: number;
  description: string;
  /** Same key, same payment: a dialog that performs PAY again after a crash does not charge twice. */
  idempotencyKey: string;
}

/** Payments dialogs ask for with PAY: a link the person opens to pay. */
export interface Payments {
  createPaymentLink(request: PaymentRequest): Promise<{ id: string; url: string }>;
}

/** Currencies Stripe counts without minor units. */
const ZERO_DECIMAL = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

/** Stripe Checkout through the `stripe` SDK: one session per PAY, answered with its hosted page. */
export class StripePayments implements Payments {
  readonly #stripe: Stripe;

  constructor(private readonly config: StripeConfig) {
    const url = new URL(config.baseUrl);
    this.#stripe = new Stripe(config.secretKey, {
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'http:' ? 80 : 443,
      protocol: url.protocol === 'http:' ? 'http' : 'https',
      timeout: config.timeoutMs,
      maxNetworkRetries: 1,
      telemetry: false,
    });
  }

  async createPaymentLink(request: PaymentRequest): Promise<{ id: string; url: string }> {
    if (!Number.isFinite(request.amount) || request.amount <= 0)
      throw new IntegrationError('Stripe', `PAY needs an amount above zero, not ${request.amount}`);
    const currency = this.config.currency.toLowerCase();
    const unitAmount = Math.round(request.amount * (ZERO_DECIMAL.has(currency) ? 1 : 100));
    try {
      const session = await this.#stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency,
                unit_amount: unitAmount,
                product_data: { name: request.description.slice(0, 250) || 'Payment' },
              },
            },
          ],
          success_url: this.config.successUrl,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!session.url) throw new IntegrationError('Stripe', 'the checkout session has no payment page');
      return { id: session.id, url: session.url };
    } catch (err) {
      if (err instanceof IntegrationError) throw err;
      const failure = err as { statusCode?: number; type?: string; message?: string };
      const why =
        failure.statusCode === 401
          ? 'the secret key was refused (401)'
          : failure.statusCode
            ? `answered ${failure.statusCode}: ${failure.message ?? failure.type}`
            : (failure.message ?? 'the request failed');
      throw new IntegrationError('Stripe', `could not create a payment: ${why}`, { cause: err });
    }
  }
}

export type { StripeConfig };
