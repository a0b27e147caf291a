/**
 * The keywords that reach outside a dialog, declared once: the parser emits them, the VM stops on
 * them, and the dialog host must handle every one (a `Record<Effect, …>` the compiler checks).
 */
export const EFFECTS = [
  'GET CONFIG',
  'SET PARAM',
  'GET PARAM',
  'GET',
  'POST',
  'PUT',
  'SAVE',
  'FIND',
  'DELETE',
  'TALK TO',
  'SEND SMS TO',
  'SEND TEMPLATE TO',
  'SEND FILE',
  'SEND FILE TO',
  'SEND MAIL',
  'CREATE LEAD',
  'CREATE DEAL',
  'FIND CONTACT',
  'ACTIVE TASKS',
  'PAY',
  'TWEET',
  'TRANSFER',
  'SEND CODE TO',
  'CHECK CODE',
] as const;

export type Effect = (typeof EFFECTS)[number];

export function isEffect(name: string): name is Effect {
  return (EFFECTS as readonly string[]).includes(name);
}
