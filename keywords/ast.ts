import type { Effect } from './effects.js';
import type { Position } from './lexer.js';

export type Expression =
  | { kind: 'number'; value: number; at: Position }
  | { kind: 'string'; value: string; at: Position }
  | { kind: 'boolean'; value: boolean; at: Position }
  | { kind: 'variable'; name: string; at: Position }
  | { kind: 'unary'; operator: '-' | 'NOT'; operand: Expression; at: Position }
  | { kind: 'binary'; operator: string; left: Expression; right: Expression; at: Position }
  | { kind: 'call'; name: string; args: Expression[]; at: Position }
  /** `value.field`: a field of a record (what GET returns from a JSON API). */
  | { kind: 'member'; object: Expression; field: string; at: Position };

export type Statement =
  | { kind: 'talk'; text: Expression; at: Position }
  | { kind: 'print'; value: Expression; at: Position }
  | { kind: 'hear'; name: string; as: string | undefined; options: Expression[]; prompt?: Expression; at: Position }
  | { kind: 'set'; name: string; value: Expression; at: Position }
  | { kind: 'if'; branches: Array<{ condition: Expression; body: Statement[] }>; otherwise: Statement[]; at: Position }
  | {
      kind: 'for';
      variable: string;
      from: Expression;
      to: Expression;
      step: Expression | undefined;
      body: Statement[];
      at: Position;
    }
  | { kind: 'forEach'; variable: string; list: Expression; body: Statement[]; at: Position }
  | { kind: 'doWhile'; condition: Expression; body: Statement[]; at: Position }
  | { kind: 'exit'; what: 'FOR' | 'DO' | 'FUNCTION' | 'SUB'; at: Position }
  | { kind: 'wait'; seconds: Expression; at: Position }
  | { kind: 'call'; name: string; args: Expression[]; into: string | undefined; at: Position }
  | { kind: 'return'; value: Expression | undefined; at: Position }
  | { kind: 'effect'; effect: Effect; args: Expression[]; into: string | undefined; at: Position }
  | {
      kind: 'select';
      subject: Expression;
      cases: Array<{ values: Expression[]; body: Statement[] }>;
      otherwise: Statement[];
      at: Position;
    };

export interface Procedure {
  name: string;
  params: string[];
  body: Statement[];
  at: Position;
}

export interface Script {
  file: string;
  main: Statement[];
  procedures: Procedure[];
  /** `SET SCHEDULE "cron"`: when the dialog runs by itself. */
  schedule?: { cron: string; at: Position };
}
