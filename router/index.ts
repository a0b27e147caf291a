export { Router } from './router.js';
export { DialogHost, EffectError, type CodeVerifier, type DialogHostSettings } from './dialog-host.js';
