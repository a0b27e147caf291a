import type { ChannelAdapter } from '../../core/index.js';
import { type AdapterContext, registerChannel } from '../registration.js';
import { imapSource } from './imap.js';
import { SenderBudget, emailWebhook, eventKey, messagesOfMail } from './inbound.js';
import { readMail } from './mime.js';
import { type Sender, SmtpPools, parseSender, sendGridSender, smtpSender } from './outbound.js';
import { imapEmailSettings, sendGridEmailSettings } from './settings.js';

export { readMail } from './mime.js';

/** SendGrid posts mail of up to 30 MB to Inbound Parse. */
const MAX_INBOUND_BYTES = 30 * 1024 * 1024;

/** What both providers read of the settings they share: how the bot sends. */
interface SendingSettings {
  'Mail From': string;
  'SMTP Host'?: string | undefined;
  'SMTP Port': number;
  'SMTP Security'?: 'tls' | 'starttls' | 'none' | undefined;
  'SMTP User'?: string | undefined;
  'SMTP Password'?: string | undefined;
  'SendGrid Key'?: string | undefined;
  'SendGrid URL': string;
  'SendGrid Event Key'?: string | undefined;
  'DKIM Domain'?: string | undefined;
  'DKIM Selector'?: string | undefined;
  'DKIM Private Key'?: string | undefined;
  'Email Messages Per Second': number;
  'Email Replies Per Sender Per Hour': number;
}

/** What the e-mail channel keeps per gateway: SMTP pools and each instance's sender budgets. */
interface EmailShared {
  pools: SmtpPools;
  budgets: Map<string, SenderBudget>;
}

function shared(): EmailShared {
  return { pools: new SmtpPools(), budgets: new Map() };
}

async function closeShared(state: EmailShared): Promise<void> {
  state.pools.close();
}

function budgetOf(context: AdapterContext<SendingSettings> & { shared: EmailShared }): SenderBudget {
  const perHour = context.settings['Email Replies Per Sender Per Hour'];
  const key = `${context.instance.id}:${perHour}`;
  let budget = context.shared.budgets.get(key);
  if (!budget) {
    budget = new SenderBudget(perHour);
    context.shared.budgets.set(key, budget);
  }
  return budget;
}

/** SendGrid's API when `SendGrid Key` is set, else SMTP. */
function senderOf(
  { instance, settings, logger, shared }: AdapterContext<SendingSettings> & { shared: EmailShared },
  from: Sender,
) {
  const perSecond = settings['Email Messages Per Second'];
  if (settings['SendGrid Key']) {
    return sendGridSender({
      apiKey: settings['SendGrid Key'],
      apiUrl: settings['SendGrid URL'],
      from,
      title: instance.title,
      perSecond,
      logger,
    });
  }
  const port = settings['SMTP Port'];
  const smtp = {
    host: settings['SMTP Host'] ?? 'localhost',
    port,
    security: settings['SMTP Security'] ?? (port === 465 ? 'tls' : 'starttls'),
    user: settings['SMTP User'],
    password: settings['SMTP Password'],
    dkim:
      settings['DKIM Domain'] && settings['DKIM Selector'] && settings['DKIM Private Key']
        ? {
            domainName: settings['DKIM Domain'],
            keySelector: settings['DKIM Selector'],
            privateKey: settings['DKIM Private Key'],
          }
        : undefined,
  } as const;
  return smtpSender({ transport: () => shared.pools.get(instance.id, smtp), from, title: instance.title, perSecond });
}

/** What both providers make of the shared settings: the sender, its budget, and the adapter but for its source. */
function emailAdapter(
  context: AdapterContext<SendingSettings> & { shared: EmailShared },
  inbound: { secret: string; user: string | undefined; password: string | undefined } | undefined,
): { adapter: Omit<ChannelAdapter, 'source'>; from: Sender; budget: SenderBudget } {
  const from = parseSender(context.settings['Mail From']);
  const budget = budgetOf(context);
  const key = context.settings['SendGrid Event Key'];
  return {
    from,
    budget,
    adapter: {
      channel: 'email',
      account: `email:${from.address}`,
      webhook: emailWebhook({
        instanceId: context.instance.id,
        eventKey: key ? eventKey(key) : undefined,
        inbound,
        budget,
        logger: context.logger,
      }),
      ...senderOf(context, from),
    },
  };
}

/** Mail read over IMAP, answered through SMTP or SendGrid. */
export const imapEmail = registerChannel(
  imapEmailSettings,
  (context) => {
    const { settings } = context;
    const port = settings['IMAP Port'];
    const { adapter, from, budget } = emailAdapter(context, undefined);
    const logger = context.logger.child({ instanceId: context.instance.id, channel: 'email' });
    return {
      ...adapter,
      source: imapSource(
        {
          host: settings['IMAP Host'],
          port,
          security: settings['IMAP Security'] ?? (port === 993 ? 'tls' : 'starttls'),
          user: settings['IMAP User'] ?? from.address,
          password: settings['IMAP Password'],
          mailbox: settings['IMAP Mailbox'],
          pollSeconds: settings['IMAP Poll Seconds'],
        },
        async (source) => messagesOfMail(await readMail(source), { instanceId: context.instance.id, budget, logger }),
      ),
    };
  },
  { shared, closeShared },
);

/** Mail posted by SendGrid's Inbound Parse, answered through SendGrid or SMTP. */
export const sendGridEmail = registerChannel(
  sendGridEmailSettings,
  (context) =>
    emailAdapter(context, {
      secret: context.settings['SendGrid Inbound Secret'],
      user: context.settings['SendGrid Inbound User'],
      password: context.settings['SendGrid Inbound Password'],
    }).adapter,
  { shared, closeShared, webhookBodyLimit: MAX_INBOUND_BYTES },
);
