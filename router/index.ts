export { Router, type Decision, type PublishReply, type RouterDeps } from './router.js';
export { InstanceDirectory, type InstanceContext } from './instance-directory.js';
