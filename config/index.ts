export * from './env.js';
export * from './secrets.js';
export * from './instance-settings.js';
export * from './channels.js';
