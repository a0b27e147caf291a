export { Router } from './router.js';
export { DialogHost, EffectError, type DialogHostSettings } from './dialog-host.js';
