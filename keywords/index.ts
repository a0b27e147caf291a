export type { Script, Statement, Expression, Procedure } from './ast.js';
export { ScriptError, tokenize, type Position, type Token } from './lexer.js';
export { parseScript, type IncludeResolver } from './parser.js';
export { compile, type Instruction, type Program } from './program.js';
export { DEFAULT_LIMITS, DialogError, runDialog, startDialog, type DialogOutput, type DialogState, type Limits, type RunResult } from './vm.js';
export { checkAnswer } from './hear.js';
export type { Value } from './values.js';
export { EFFECTS, isEffect, type Effect } from './effects.js';

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
