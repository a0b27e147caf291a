export { IntegrationError } from './errors.js';
export { createBotIntegrations, type BotIntegrations } from './bot-integrations.js';
