export { ScriptError, tokenize } from './lexer.js';
export { parseScript, type IncludeResolver } from './parser.js';
export type { Program } from './program.js';
export { DialogError, runDialog, startDialog, type DialogOutput, type DialogState, type RunResult } from './vm.js';
export { checkAnswer } from './hear.js';
export type { Value } from './values.js';
export { isEffect, type Effect } from './effects.js';

import { parseScript, type IncludeResolver } from './parser.js';
import { Cron } from 'croner';
import { compile, type Program } from './program.js';

/** Parses and compiles a `.bas` dialog; a ScriptError says file:line:column what is wrong. */
export function compileDialog(source: string, file: string, include?: IncludeResolver): Program {
  return compile(parseScript(source, file, include));
}

/** When a scheduled dialog is next due after `after`, or undefined when the schedule has ended. */
export function nextScheduledRun(cron: string, after: Date): Date | undefined {
  return new Cron(cron, { paused: true }).nextRun(after) ?? undefined;
}
