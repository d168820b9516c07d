import { fixedEnv } from '../../../src/asl/runtime-env.js';
import { compilePath, NOT_FOUND } from '../../../src/asl/query/path.js';
import { compilePayloadTemplate } from '../../../src/asl/query/payload.js';
import { compileReferencePath } from '../../../src/asl/query/reference-path.js';
import type { EvalScope } from '../../../src/asl/query/scope.js';
import type { Step } from './execution-steps.js';

/** One stage of a state's data flow: the field, what it says, and the value after it. */
export interface FlowStage {
  field: string;
  expression?: string;
  /** JSON text of the value after this stage; absent when it cannot be known here. */
  value?: string;
  note?: string;
}

type Json = Record<string, unknown>;
const UNKNOWN = Symbol('unknown');

/**
 * Replays a JSONPath state's input and output processing on its recorded input with the
 * core's own evaluators (the same code the engine runs): InputPath → Parameters → result →
 * ResultSelector → ResultPath → OutputPath. What the history recorded (the parameters sent
 * to a Task, its result, the state's output) is used as is; a stage that needs the context
 * object or variables is shown with its expression only. JSONata states show Arguments and
 * Output with the recorded values.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html
 */
export function dataFlow(state: Json, step: Step, jsonata: boolean): FlowStage[] {
  const parse = (text: string | undefined): unknown => (text === undefined ? UNKNOWN : safeParse(text));
  const show = (v: unknown): string | undefined => (v === UNKNOWN ? undefined : JSON.stringify(v, null, 2));
  const expr = (v: unknown): string | undefined => (v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v));
  const raw = parse(step.input);
  const sent = parse(step.resourceInput);
  const returned = parse(step.resourceResult);
  const output = parse(step.output);
  const stages: FlowStage[] = [{ field: 'State input', value: show(raw) }];
  if (jsonata) {
    if (state.Arguments !== undefined || sent !== UNKNOWN) stages.push({ field: 'Arguments', expression: expr(state.Arguments), value: show(sent) });
    if (returned !== UNKNOWN) stages.push({ field: 'Result ($states.result)', value: show(returned) });
    stages.push({ field: 'Output', expression: expr(state.Output), value: show(output) });
    return stages;
  }
  const type = String(state.Type ?? '');
  let effective = raw;
  if (state.InputPath !== undefined) {
    effective = state.InputPath === null ? {} : attempt(() => selectPath(String(state.InputPath), raw));
    stages.push({ field: 'InputPath', expression: expr(state.InputPath), value: show(effective), ...note(effective) });
  }
  let parameters = effective;
  const template = type === 'Map' ? (state.ItemSelector ?? state.Parameters) : state.Parameters;
  if (template !== undefined && type !== 'Map') {
    parameters = sent !== UNKNOWN ? sent : attempt(() => compilePayloadTemplate(template)(scopeOf(effective)));
    stages.push({ field: 'Parameters', expression: expr(template), value: show(parameters), ...note(parameters) });
  }
  if (['Choice', 'Wait', 'Succeed', 'Fail'].includes(type)) {
    stages.push({ field: 'State output', value: show(output) });
    return stages;
  }
  let result: unknown = UNKNOWN;
  if (type === 'Task') result = returned;
  if (type === 'Pass') result = state.Result !== undefined ? state.Result : parameters;
  if (result !== UNKNOWN) stages.push({ field: type === 'Task' ? 'Task result' : 'Result', value: show(result) });
  if (state.ResultSelector !== undefined) {
    result = result === UNKNOWN ? UNKNOWN : attempt(() => compilePayloadTemplate(state.ResultSelector)(scopeOf(result)));
    stages.push({ field: 'ResultSelector', expression: expr(state.ResultSelector), value: show(result), ...note(result) });
  }
  let combined: unknown = UNKNOWN;
  if (state.ResultPath === null) combined = raw;
  else if (result !== UNKNOWN && raw !== UNKNOWN) combined = attempt(() => compileReferencePath(String(state.ResultPath ?? '$')).apply(raw, result));
  if (state.ResultPath !== undefined) stages.push({ field: 'ResultPath', expression: expr(state.ResultPath), value: show(combined), ...note(combined) });
  if (state.OutputPath !== undefined) {
    const selected = state.OutputPath === null ? {} : combined === UNKNOWN ? UNKNOWN : attempt(() => selectPath(String(state.OutputPath), combined));
    stages.push({ field: 'OutputPath', expression: expr(state.OutputPath), value: show(selected), ...note(selected) });
  }
  stages.push({ field: 'State output', value: show(output) });
  return stages;
}

function selectPath(path: string, input: unknown): unknown {
  const value = compilePath(path).evaluate(scopeOf(input));
  return value === NOT_FOUND ? UNKNOWN : value;
}

function scopeOf(input: unknown): EvalScope {
  return {
    input,
    context: () => { throw new Error('context'); },
    variable: () => { throw new Error('variable'); },
    env: fixedEnv(),
  };
}

function attempt(compute: () => unknown): unknown {
  try {
    return compute();
  } catch {
    return UNKNOWN;
  }
}

function note(value: unknown): { note?: string } {
  return value === UNKNOWN ? { note: 'Depends on the context object or variables, or was not recorded: see the next recorded value.' } : {};
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
