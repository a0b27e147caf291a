/**
 * The BASIC VM on a CPU-bound script: steps per second, and the cost of storing the state.
 *
 *   npm run bench:vm -- [--n 200]
 */
import { parseArgs } from 'node:util';
import { compileDialog, runDialog, startDialog } from '../keywords/index.js';
import { formatMs } from './stats.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '200' } } });
const n = Number(values.n);
const program = compileDialog(
  [
    'total = 0',
    'words = ""',
    `FOR i = 1 TO ${n}`,
    `  FOR j = 1 TO ${n}`,
    '    IF (i * j) MOD 3 = 0 THEN',
    '      total = total + i * j',
    '    ELSE',
    '      total = total - 1',
    '    END IF',
    '  NEXT j',
    '  words = LEFT(words & UCASE("x"), 50)',
    'NEXT i',
    'TALK total',
  ].join('\n'),
  'cpu.bas',
);

const limits = { stepsPerRun: 100_000_000, maxString: 65_536, maxList: 10_000, wallMs: 600_000 };
runDialog(program, startDialog(), undefined, { limits }); // warm up
const started = performance.now();
const result = runDialog(program, startDialog(), undefined, { limits });
const ms = performance.now() - started;

const hear = compileDialog('DO WHILE TRUE\n  HEAR x\n  TALK x\nLOOP', 'echo.bas');
let state = runDialog(hear, startDialog(), undefined).state;
const turns = 20_000;
const turnStarted = performance.now();
for (let i = 0; i < turns; i++)
  state = JSON.parse(JSON.stringify(runDialog(hear, state, `message ${i}`).state)) as typeof state;
const turnMs = performance.now() - turnStarted;

console.log(
  `BASIC VM, ${n}×${n} nested loop with IF and arithmetic; ${turns} HEAR turns with the state stored as JSON each turn`,
);
console.table({
  steps: result.state.steps,
  time: formatMs(ms),
  'steps/s': Math.round(result.state.steps / (ms / 1000)),
  'turns/s (run + JSON round trip of the state)': Math.round(turns / (turnMs / 1000)),
  result: result.outputs[0]?.kind === 'talk' ? result.outputs[0].text : '',
});
