import { createHash } from 'node:crypto';
import { parseJson } from '../../core/index.js';
import { registerChannel } from '../registration.js';
import { telegramWebhook } from './inbound.js';
import { telegramApi, telegramSender } from './outbound.js';
import { telegramSettings } from './settings.js';

export { parseUpdate } from './inbound.js';
export { buildCalls } from './outbound.js';
export { botApiFailure } from './errors.js';

/** The bot id (before the colon) names the account without exposing the token. */
function botAccount(token: string): string {
  return `telegram:${token.split(':')[0] || createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
}

/** Telegram's Bot API: updates (messages, edits, button presses) in, sendMessage and friends out. */
export const telegram = registerChannel(
  telegramSettings,
  ({ instance, settings, logger }) => ({
    channel: 'telegram',
    account: botAccount(settings['Telegram Bot Token']),
    webhook: telegramWebhook({ instanceId: instance.id, secretToken: settings['Telegram Secret Token'] }),
    ...telegramSender({
      botToken: settings['Telegram Bot Token'],
      apiUrl: settings['Telegram API URL'],
      perSecond: settings['Telegram Messages Per Second'],
      logger,
    }),
  }),
  {
    async check({ settings, webhookUrl, logger, signal }) {
      const api = telegramApi({
        apiUrl: settings['Telegram API URL'],
        botToken: settings['Telegram Bot Token'],
        logger,
      });
      const me = parseJson((await api.call('/getMe', { signal })).text) as
        | { result?: { username?: string } }
        | undefined;
      const account = `@${me?.result?.username ?? 'bot'}`;
      if (!webhookUrl?.startsWith('https://'))
        return {
          account,
          next: `Set GB_PUBLIC_URL to the gateway's https address and save the channel again, or call setWebhook with url=https://<your gateway>/webhooks/<instance>/telegram and this channel's "Telegram Secret Token" as secret_token.`,
        };
      await api.call('/setWebhook', {
        body: JSON.stringify({
          url: webhookUrl,
          secret_token: settings['Telegram Secret Token'],
          allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
        }),
        signal,
      });
      return { account, next: `Nothing: Telegram now posts ${account}'s updates to ${webhookUrl}.` };
    },
  },
);
