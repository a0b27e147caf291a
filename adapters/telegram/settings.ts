import { z } from 'zod';
import { defineChannelSettings, httpUrl, nonEmpty, perSecond, secret } from '../../config/index.js';

export const telegramSettings = defineChannelSettings({
  channel: 'telegram',
  provider: 'telegram',
  turnedOnBy: 'Telegram Bot Token',
  schema: z.object({
    'Telegram Bot Token': secret(nonEmpty),
    /** The `secret_token` given to setWebhook, sent back in X-Telegram-Bot-Api-Secret-Token. */
    'Telegram Secret Token': secret(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)"),
    ),
    'Telegram API URL': httpUrl.default('https://api.telegram.org'),
    /** About 30 a second for a bot (Telegram's broadcast guidance). */
    'Telegram Messages Per Second': perSecond.default(30),
  }),
});
