export { Router, type Decision, type InstanceContext, type InstanceLookup, type PublishReply, type RouterDeps, type RoutingSettings } from './router.js';
export { Menus, choose, type ReplyContent } from './menus.js';
export { HumanHandoff, type AddressedReply, type HandoffSettings, type ReplyTarget } from './handoff.js';
export { DialogHost, EffectError, type DialogHostSettings } from './dialog-host.js';
