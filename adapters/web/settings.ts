import { z } from 'zod';
import { defineChannelSettings } from '../../config/index.js';

/** The web chat needs no settings: every instance has it (its greeting is the bot's). */
export const webSettings = defineChannelSettings({ channel: 'web', provider: 'directline', schema: z.object({}) });
