import type { Effect } from './effects.js';
import { Cron } from 'croner';
import { errorMessage } from '../core/index.js';
import type { Expression, Procedure, Script, Statement } from './ast.js';
import { ScriptError, type Position } from './lexer.js';

/** One step of a compiled dialog. Jumps are indexes into the program's code. */
export type Instruction =
  | { op: 'talk'; text: Expression; at: Position }
  | { op: 'print'; value: Expression; at: Position }
  | { op: 'hear'; name: string; as: string | undefined; options: Expression[]; at: Position }
  | { op: 'set'; name: string; value: Expression; at: Position }
  | { op: 'jump'; to: number; at: Position }
  | { op: 'jumpUnless'; condition: Expression; to: number; at: Position }
  | {
      op: 'forInit';
      variable: string;
      from: Expression;
      to: Expression;
      step: Expression | undefined;
      loop: number;
      exit: number;
      at: Position;
    }
  | { op: 'forNext'; variable: string; loop: number; body: number; at: Position }
  | { op: 'eachInit'; variable: string; list: Expression; loop: number; exit: number; at: Position }
  | { op: 'eachNext'; variable: string; loop: number; body: number; at: Position }
  | { op: 'wait'; seconds: Expression; at: Position }
  | { op: 'call'; name: string; args: Expression[]; into: string | undefined; at: Position }
  | { op: 'return'; value: Expression | undefined; at: Position }
  | { op: 'effect'; effect: Effect; args: Expression[]; into: string | undefined; at: Position }
  | { op: 'end'; at: Position };

/** A dialog compiled to plain data: it can be stored, and the VM runs it step by step. */
export interface Program {
  file: string;
  code: Instruction[];
  procedures: Record<string, { entry: number; params: string[] }>;
  /** A cron expression when the dialog runs on a schedule (SET SCHEDULE). */
  schedule?: string;
}

interface Loop {
  kind: 'FOR' | 'DO';
  exits: Array<{ op: 'jump'; to: number; at: Position }>;
}

/** Compiles a parsed dialog into a flat program; unknown CALL targets fail here, with their position. */
export function compile(script: Script): Program {
  const code: Instruction[] = [];
  const loops: Loop[] = [];
  let loopIds = 0;
  const emit = <T extends Instruction>(instruction: T): T => {
    code.push(instruction);
    return instruction;
  };

  const block = (statements: Statement[], inProcedure: boolean) => {
    for (const statement of statements) one(statement, inProcedure);
  };

  /** IF and SELECT CASE: the first branch whose condition holds runs, else `otherwise`. */
  const branches = (
    list: Array<{ condition: Expression; body: Statement[] }>,
    otherwise: Statement[],
    at: Position,
    inProcedure: boolean,
  ) => {
    const toEnd: Array<{ op: 'jump'; to: number; at: Position }> = [];
    for (const branch of list) {
      const test = emit({ op: 'jumpUnless', condition: branch.condition, to: -1, at });
      block(branch.body, inProcedure);
      toEnd.push(emit({ op: 'jump', to: -1, at }));
      test.to = code.length;
    }
    block(otherwise, inProcedure);
    for (const jump of toEnd) jump.to = code.length;
  };

  /** A FOR or FOR EACH loop: its init (already emitted) skips to the exit, its next jumps back. */
  const counted = (
    body: Statement[],
    inProcedure: boolean,
    init: { exit: number },
    next: (bodyStart: number) => Instruction,
  ) => {
    const loop: Loop = { kind: 'FOR', exits: [] };
    const bodyStart = code.length;
    loops.push(loop);
    block(body, inProcedure);
    loops.pop();
    emit(next(bodyStart));
    init.exit = code.length;
    for (const exit of loop.exits) exit.to = code.length;
  };

  const one = (s: Statement, inProcedure: boolean): void => {
    switch (s.kind) {
      case 'talk':
        emit({ op: 'talk', text: s.text, at: s.at });
        return;
      case 'print':
        emit({ op: 'print', value: s.value, at: s.at });
        return;
      case 'hear':
        if (s.prompt) emit({ op: 'talk', text: s.prompt, at: s.at });
        emit({ op: 'hear', name: s.name, as: s.as, options: s.options, at: s.at });
        return;
      case 'set':
        emit({ op: 'set', name: s.name, value: s.value, at: s.at });
        return;
      case 'wait':
        emit({ op: 'wait', seconds: s.seconds, at: s.at });
        return;
      case 'call':
        emit({ op: 'call', name: s.name, args: s.args, into: s.into, at: s.at });
        return;
      case 'return':
        emit({ op: 'return', value: s.value, at: s.at });
        return;
      case 'exit': {
        if (s.what === 'FUNCTION' || s.what === 'SUB') {
          if (!inProcedure) throw new ScriptError(script.file, s.at, `EXIT ${s.what} outside a ${s.what}`);
          emit({ op: 'return', value: undefined, at: s.at });
          return;
        }
        const loop = [...loops].reverse().find((l) => l.kind === s.what);
        if (!loop) throw new ScriptError(script.file, s.at, `EXIT ${s.what} outside a ${s.what} loop`);
        loop.exits.push(emit({ op: 'jump', to: -1, at: s.at }));
        return;
      }
      case 'if':
        branches(s.branches, s.otherwise, s.at, inProcedure);
        return;
      case 'effect':
        emit({ op: 'effect', effect: s.effect, args: s.args, into: s.into, at: s.at });
        return;
      case 'select':
        // SELECT CASE x: each CASE a, b compares x with a and b, in order; CASE ELSE otherwise.
        branches(
          s.cases.map((c) => ({
            condition: c.values
              .map((value): Expression => ({ kind: 'binary', operator: '=', left: s.subject, right: value, at: s.at }))
              .reduce((left, right): Expression => ({ kind: 'binary', operator: 'OR', left, right, at: s.at })),
            body: c.body,
          })),
          s.otherwise,
          s.at,
          inProcedure,
        );
        return;
      case 'for': {
        const id = loopIds++;
        counted(
          s.body,
          inProcedure,
          emit({
            op: 'forInit',
            variable: s.variable,
            from: s.from,
            to: s.to,
            step: s.step,
            loop: id,
            exit: -1,
            at: s.at,
          }),
          (body) => ({ op: 'forNext', variable: s.variable, loop: id, body, at: s.at }),
        );
        return;
      }
      case 'forEach': {
        const id = loopIds++;
        counted(
          s.body,
          inProcedure,
          emit({ op: 'eachInit', variable: s.variable, list: s.list, loop: id, exit: -1, at: s.at }),
          (body) => ({ op: 'eachNext', variable: s.variable, loop: id, body, at: s.at }),
        );
        return;
      }
      case 'doWhile': {
        const loop: Loop = { kind: 'DO', exits: [] };
        const start = code.length;
        const test = emit({ op: 'jumpUnless', condition: s.condition, to: -1, at: s.at });
        loops.push(loop);
        block(s.body, inProcedure);
        loops.pop();
        emit({ op: 'jump', to: start, at: s.at });
        test.to = code.length;
        for (const exit of loop.exits) exit.to = code.length;
        return;
      }
    }
  };

  block(script.main, false);
  emit({ op: 'end', at: script.main[script.main.length - 1]?.at ?? { line: 1, column: 1 } });
  const procedures: Program['procedures'] = {};
  for (const procedure of script.procedures) {
    if (procedures[procedure.name])
      throw new ScriptError(script.file, procedure.at, `${procedure.name} is defined twice`);
    procedures[procedure.name] = { entry: code.length, params: procedure.params };
    block(procedure.body, true);
    emit({ op: 'return', value: undefined, at: procedure.at });
  }
  checkCalls(script, procedures);
  if (script.schedule) {
    try {
      new Cron(script.schedule.cron, { paused: true });
    } catch (err) {
      throw new ScriptError(
        script.file,
        script.schedule.at,
        `SET SCHEDULE "${script.schedule.cron}": ${errorMessage(err)}`,
      );
    }
  }
  return { file: script.file, code, procedures, ...(script.schedule ? { schedule: script.schedule.cron } : {}) };
}

function checkCalls(script: Script, procedures: Program['procedures']): void {
  const visit = (statements: Statement[]) => {
    for (const s of statements) {
      if (s.kind === 'call') {
        const target = procedures[s.name];
        if (!target) throw new ScriptError(script.file, s.at, `CALL ${s.name}: no FUNCTION or SUB has that name`);
        if (target.params.length !== s.args.length)
          throw new ScriptError(
            script.file,
            s.at,
            `${s.name} takes ${target.params.length} arguments, not ${s.args.length}`,
          );
      }
      if (s.kind === 'if') {
        for (const b of s.branches) visit(b.body);
        visit(s.otherwise);
      }
      if (s.kind === 'for' || s.kind === 'forEach' || s.kind === 'doWhile') visit(s.body);
      if (s.kind === 'select') {
        for (const c of s.cases) visit(c.body);
        visit(s.otherwise);
      }
    }
  };
  visit(script.main);
  for (const p of script.procedures as Procedure[]) visit(p.body);
}
