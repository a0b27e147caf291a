import type { Effect } from './effects.js';
import type { Expression } from './ast.js';
import { BUILTINS } from './builtins.js';
import { checkAnswer } from './hear.js';
import { ScriptError, type Position } from './lexer.js';
import type { Instruction, Program } from './program.js';
import { MAX_TEXT, num, sizeOf, text, truthy, type Value } from './values.js';

/** The whole state of a running dialog: plain data, stored between steps, resumable anywhere. */
export interface DialogState {
  pc: number;
  globals: Record<string, Value>;
  frames: Array<{ returnPc: number; locals: Record<string, Value>; into: string | null }>;
  waiting:
    | { kind: 'hear'; name: string; as: string | null; options: Value[] }
    | { kind: 'wait'; until: number }
    /** A keyword that reaches outside: the runner performs it and resumes with its result. */
    | { kind: 'effect'; effect: Effect; args: Value[]; into: string | null }
    | null;
  done: boolean;
  /** Steps run so far, over the dialog's whole life. */
  steps: number;
}

export type DialogOutput =
  | { kind: 'talk'; text: string }
  | { kind: 'choices'; text: string; options: string[] }
  | { kind: 'print'; text: string };

export interface RunResult {
  state: DialogState;
  outputs: DialogOutput[];
  /** Set when a debugger paused the run before this position (see `pauseBefore`). */
  pausedAt?: Position;
}

export interface Limits {
  /** Steps one run may take before the dialog is stopped (a loop that never waits). */
  stepsPerRun: number;
  /** Characters in one string value. */
  maxString: number;
  /** Items in one list. */
  maxList: number;
  /** Milliseconds one run may take. */
  wallMs: number;
}

export const DEFAULT_LIMITS: Limits = { stepsPerRun: 100_000, maxString: MAX_TEXT, maxList: 10_000, wallMs: 1_000 };

/** A dialog broke a limit or failed; `outputs` is what it said before, which is still delivered. */
export class DialogError extends ScriptError {
  outputs: DialogOutput[] = [];
}

export function startDialog(): DialogState {
  return { pc: 0, globals: {}, frames: [], waiting: null, done: false, steps: 0 };
}

/**
 * Runs a dialog from its state until it waits (HEAR, WAIT), ends, or breaks a limit. `answer` is
 * the user's message for a dialog waiting on HEAR; an answer that does not fit the HEAR's kind
 * re-prompts and keeps waiting. The state passed in is not changed: a new one is returned.
 */
export function runDialog(
  program: Program,
  previous: DialogState,
  /** Text, or for HEAR AS FILE a record describing the file the user sent. */
  answer: Value | undefined,
  options: {
    now?: Date;
    limits?: Limits;
    effectResult?: Value;
    /** For a debugger: pause before running a statement on this line (`first`: the run's first). */
    pauseBefore?: (line: number, first: boolean) => boolean;
  } = {},
): RunResult {
  const state: DialogState = structuredClone(previous);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const now = options.now ?? new Date();
  const outputs: DialogOutput[] = [];
  const started = Date.now();
  const fail = (at: Position, message: string): never => {
    const error = new DialogError(program.file, at, message);
    error.outputs = outputs;
    throw error;
  };

  if (state.done) return { state, outputs };
  if (state.waiting?.kind === 'hear') {
    if (answer === undefined) return { state, outputs };
    const check = checkAnswer(state.waiting.as ?? undefined, state.waiting.options, answer);
    if (check.problem !== undefined) {
      outputs.push({ kind: 'talk', text: `Sorry, ${check.problem}.` });
      if (state.waiting.options.length > 0)
        outputs.push({ kind: 'choices', text: 'Choose one:', options: state.waiting.options.map(text) });
      return { state, outputs };
    }
    assign(state, state.waiting.name, check.value!);
    state.waiting = null;
    state.pc++;
  } else if (state.waiting?.kind === 'effect') {
    if (!('effectResult' in options)) return { state, outputs };
    if (state.waiting.into) assign(state, state.waiting.into, options.effectResult ?? null);
    state.waiting = null;
    state.pc++;
  } else if (state.waiting?.kind === 'wait') {
    if (now.getTime() < state.waiting.until) return { state, outputs };
    state.waiting = null;
    state.pc++;
  }

  const scope = () => state.frames[state.frames.length - 1]?.locals ?? state.globals;
  const lookup = (name: string): Value => {
    const local = state.frames[state.frames.length - 1]?.locals;
    if (local && name in local) return local[name]!;
    return name in state.globals ? state.globals[name]! : null;
  };
  const checked = (value: Value, at: Position): Value => {
    if (typeof value === 'string' && value.length > limits.maxString)
      fail(at, `a text is longer than ${limits.maxString} characters`);
    if (value !== null && typeof value === 'object') {
      // Counted nested: x = ARRAY(x, x) in a loop doubles a value that has two items at its top.
      const size = sizeOf(value, limits.maxList);
      if (size.items > limits.maxList) fail(at, `a list holds more than ${limits.maxList} items, nested ones counted`);
      if (size.chars > limits.maxString * 16)
        fail(at, `a list holds more than ${limits.maxString * 16} characters of text`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) fail(at, 'the result is not a number');
    return value;
  };
  const evaluate = (e: Expression): Value => {
    switch (e.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return e.value;
      case 'variable':
        return lookup(e.name);
      case 'member': {
        const object = evaluate(e.object);
        if (object === null || typeof object !== 'object' || Array.isArray(object)) return null;
        const key = Object.keys(object).find((k) => k.toLowerCase() === e.field.toLowerCase());
        return key === undefined ? null : object[key]!;
      }
      case 'unary':
        return e.operator === '-' ? checked(-num(evaluate(e.operand)), e.at) : !truthy(evaluate(e.operand));
      case 'call': {
        const builtin = BUILTINS[e.name];
        if (!builtin) return fail(e.at, `${e.name} is not a function this gateway knows`);
        try {
          return checked(builtin(e.args.map(evaluate), now), e.at);
        } catch (err) {
          if (err instanceof ScriptError) throw err;
          return fail(e.at, err instanceof Error ? err.message : String(err));
        }
      }
      case 'binary': {
        if (e.operator === 'AND') return truthy(evaluate(e.left)) && truthy(evaluate(e.right));
        if (e.operator === 'OR') return truthy(evaluate(e.left)) || truthy(evaluate(e.right));
        const left = evaluate(e.left);
        const right = evaluate(e.right);
        return checked(binary(e.operator, left, right, e.at, fail), e.at);
      }
    }
  };

  let lastLine = -1;
  while (!state.done) {
    state.steps++;
    if (Date.now() - started > limits.wallMs)
      fail(
        program.code[state.pc]?.at ?? { line: 1, column: 1 },
        `the dialog ran longer than ${limits.wallMs} ms without waiting`,
      );
    if (state.steps - previous.steps > limits.stepsPerRun)
      fail(
        program.code[state.pc]?.at ?? { line: 1, column: 1 },
        `the dialog took more than ${limits.stepsPerRun} steps without waiting`,
      );
    const instruction: Instruction | undefined = program.code[state.pc];
    if (!instruction) {
      state.done = true;
      break;
    }
    if (options.pauseBefore) {
      const line = instruction.at.line;
      const first = state.steps - previous.steps === 1;
      if (line !== lastLine && options.pauseBefore(line, first)) {
        state.steps--;
        return { state, outputs, pausedAt: instruction.at };
      }
      lastLine = line;
    }
    switch (instruction.op) {
      case 'talk':
        outputs.push({ kind: 'talk', text: text(evaluate(instruction.text)) });
        state.pc++;
        break;
      case 'print':
        outputs.push({ kind: 'print', text: text(evaluate(instruction.value)) });
        state.pc++;
        break;
      case 'hear': {
        const choices = instruction.options.map(evaluate);
        state.waiting = { kind: 'hear', name: instruction.name, as: instruction.as ?? null, options: choices };
        if (choices.length > 0) outputs.push({ kind: 'choices', text: 'Choose one:', options: choices.map(text) });
        return { state, outputs };
      }
      case 'wait': {
        const seconds = num(evaluate(instruction.seconds));
        if (!(seconds >= 0) || seconds > 86_400) fail(instruction.at, 'WAIT takes 0 to 86400 seconds');
        state.waiting = { kind: 'wait', until: now.getTime() + seconds * 1000 };
        return { state, outputs };
      }
      case 'effect':
        state.waiting = {
          kind: 'effect',
          effect: instruction.effect,
          args: instruction.args.map(evaluate),
          into: instruction.into ?? null,
        };
        return { state, outputs };
      case 'set':
        assign(state, instruction.name, evaluate(instruction.value));
        state.pc++;
        break;
      case 'jump':
        state.pc = instruction.to;
        break;
      case 'jumpUnless':
        state.pc = truthy(evaluate(instruction.condition)) ? state.pc + 1 : instruction.to;
        break;
      case 'forInit': {
        const from = num(evaluate(instruction.from));
        const to = num(evaluate(instruction.to));
        const step = instruction.step ? num(evaluate(instruction.step)) : 1;
        if ([from, to, step].some((n) => Number.isNaN(n)) || step === 0)
          fail(instruction.at, 'FOR needs numbers, and a STEP other than 0');
        scope()[`#to${instruction.loop}`] = to;
        scope()[`#step${instruction.loop}`] = step;
        assign(state, instruction.variable, from);
        state.pc = (step > 0 ? from <= to : from >= to) ? state.pc + 1 : instruction.exit;
        break;
      }
      case 'forNext': {
        const to = num(lookup(`#to${instruction.loop}`));
        const step = num(lookup(`#step${instruction.loop}`));
        const value = num(lookup(instruction.variable)) + step;
        assign(state, instruction.variable, value);
        state.pc = (step > 0 ? value <= to : value >= to) ? instruction.body : state.pc + 1;
        break;
      }
      case 'eachInit': {
        const listed = evaluate(instruction.list);
        const list = Array.isArray(listed) ? listed : listed === null ? [] : [listed];
        scope()[`#list${instruction.loop}`] = list;
        scope()[`#index${instruction.loop}`] = 0;
        if (list.length === 0) state.pc = instruction.exit;
        else {
          assign(state, instruction.variable, list[0]!);
          state.pc++;
        }
        break;
      }
      case 'eachNext': {
        const list = lookup(`#list${instruction.loop}`) as Value[];
        const index = num(lookup(`#index${instruction.loop}`)) + 1;
        scope()[`#index${instruction.loop}`] = index;
        if (index < list.length) {
          assign(state, instruction.variable, list[index]!);
          state.pc = instruction.body;
        } else state.pc++;
        break;
      }
      case 'call': {
        const target = program.procedures[instruction.name]!;
        const locals: Record<string, Value> = {};
        for (const [i, param] of target.params.entries()) locals[param] = evaluate(instruction.args[i]!);
        if (state.frames.length >= 64) fail(instruction.at, 'calls nest deeper than 64');
        state.frames.push({ returnPc: state.pc + 1, locals, into: instruction.into ?? null });
        state.pc = target.entry;
        break;
      }
      case 'return': {
        const value = instruction.value ? evaluate(instruction.value) : null;
        const frame = state.frames.pop();
        if (!frame) {
          state.done = true;
          break;
        }
        state.pc = frame.returnPc;
        if (frame.into) assign(state, frame.into, value);
        break;
      }
      case 'end':
        state.done = true;
        break;
    }
  }
  return { state, outputs };
}

function assign(state: DialogState, name: string, value: Value): void {
  const frame = state.frames[state.frames.length - 1];
  // Inside a FUNCTION or SUB, its parameters and new names are local; globals stay reachable.
  if (frame && (name in frame.locals || !(name in state.globals))) frame.locals[name] = value;
  else state.globals[name] = value;
}

function binary(
  operator: string,
  left: Value,
  right: Value,
  at: Position,
  fail: (at: Position, message: string) => never,
): Value {
  switch (operator) {
    case '+':
      return typeof left === 'number' && typeof right === 'number'
        ? left + right
        : typeof left === 'string' || typeof right === 'string'
          ? text(left) + text(right)
          : num(left) + num(right);
    case '&':
      return text(left) + text(right);
    case '-':
      return num(left) - num(right);
    case '*':
      return num(left) * num(right);
    case '/':
      return num(right) === 0 ? fail(at, 'division by zero') : num(left) / num(right);
    case 'MOD':
      return num(right) === 0 ? fail(at, 'division by zero') : num(left) % num(right);
    case '^':
      return num(left) ** num(right);
    case '=':
      return compare(left, right) === 0;
    case '<>':
      return compare(left, right) !== 0;
    case '<':
      return compare(left, right) < 0;
    case '>':
      return compare(left, right) > 0;
    case '<=':
      return compare(left, right) <= 0;
    case '>=':
      return compare(left, right) >= 0;
    default:
      return fail(at, `unknown operator ${operator}`);
  }
}

function compare(left: Value, right: Value): number {
  const a = num(left);
  const b = num(right);
  if (!Number.isNaN(a) && !Number.isNaN(b) && left !== '' && right !== '') return a - b;
  return text(left).localeCompare(text(right), undefined, { sensitivity: 'accent' });
}
