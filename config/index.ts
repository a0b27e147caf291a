export * from './env.js';
export * from './secrets.js';
export * from './settings-file.js';
export * from './bot-settings.js';
export * from './channel-settings.js';
