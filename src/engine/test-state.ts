import { errorMatches } from '../asl/errors/error-matching.js';
import type { ObjectStore } from '../integrations/local-s3/object-store.js';
import type { HistoryEvent } from '../asl/history/types.js';
import { InvalidDefinitionError } from '../runner/definition.js';
import { runExecution } from '../runner/run.js';
import type { TaskResolver } from '../runner/types.js';
import { awsError } from './errors.js';

export interface TestStateRequest {
  /** One state's definition, or a whole machine with `stateName` naming the state to test. */
  definition: string;
  input?: string;
  stateName?: string;
  /** JSON object of workflow variables visible to the state. */
  variables?: string;
  inspectionLevel?: 'INFO' | 'DEBUG' | 'TRACE';
}

export interface TestStateResult {
  status: 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';
  output?: string;
  error?: string;
  cause?: string;
  nextState?: string;
  inspectionData?: Record<string, unknown>;
}

const TESTED = 'TestState';
const SEED = 'StepwiseTestStateVariables';

/**
 * TestState: runs one state on its own (no execution is recorded) and reports its output or
 * error and the state it would go to next. The state's targets become stub Succeed states;
 * Retry is not performed: a failure a retrier would catch is reported as RETRIABLE, one a
 * catcher takes as CAUGHT_ERROR, as AWS does.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html
 */
export async function testState(request: TestStateRequest, resolver?: TaskResolver, objects?: ObjectStore): Promise<TestStateResult> {
  const { name, state, queryLanguage } = pickState(request);
  const tested: Record<string, unknown> = { ...state };
  const retry = (tested.Retry ?? []) as { ErrorEquals: string[] }[];
  delete tested.Retry;
  const targets = new Set<string>();
  for (const t of [tested.Next, tested.Default, ...((tested.Choices ?? []) as { Next?: unknown }[]).map((c) => c.Next), ...((tested.Catch ?? []) as { Next?: unknown }[]).map((c) => c.Next)]) {
    if (typeof t === 'string' && t !== TESTED) targets.add(t);
  }
  if (typeof tested.Next === 'string' && tested.Next === name) tested.Next = TESTED;
  const states: Record<string, unknown> = { [TESTED]: tested };
  for (const target of targets) states[target] = { Type: 'Succeed' };
  let startAt = TESTED;
  if (request.variables !== undefined) {
    const variables = JSON.parse(request.variables) as Record<string, unknown>;
    states[SEED] = { Type: 'Pass', QueryLanguage: 'JSONata', Assign: variables, Next: TESTED };
    startAt = SEED;
  }
  const machine = { StartAt: startAt, ...(queryLanguage !== undefined ? { QueryLanguage: queryLanguage } : {}), States: states };
  let run;
  try {
    run = await runExecution(machine, { inputText: request.input ?? '{}', history: true, ...(resolver ? { resolver } : {}), ...(objects ? { objects } : {}) });
  } catch (e) {
    if (e instanceof InvalidDefinitionError) throw awsError('InvalidDefinition', e.message);
    throw e;
  }
  const events = run.history ?? [];
  const testedEntered = events.findIndex((e) => detail(e, 'stateEnteredEventDetails')?.name === TESTED);
  const after = events.slice(testedEntered + 1);
  const exited = after.find((e) => detail(e, 'stateExitedEventDetails')?.name === TESTED);
  const stub = after.find((e) => e.type === 'SucceedStateEntered');
  const nextState = stub ? (detail(stub, 'stateEnteredEventDetails')?.name as string) : undefined;
  const inspection = request.inspectionLevel === 'DEBUG' || request.inspectionLevel === 'TRACE' ? inspectionData(request, events, after, exited) : undefined;
  const base = { ...(inspection ? { inspectionData: inspection } : {}) };
  // The last failure event that carries an error (TaskFailed, EvaluationFailed, ...).
  const failure = [...after].reverse().find((e) => e.type !== 'ExecutionFailed' && errorOf(e).error !== undefined);
  if (exited === undefined && stub !== undefined && failure !== undefined) {
    const { error, cause } = errorOf(failure);
    return { status: 'CAUGHT_ERROR', ...errorFields(error, cause), nextState: nextState as string, output: detail(stub, 'stateEnteredEventDetails')?.input as string, ...base };
  }
  if (run.status !== 'SUCCEEDED' || exited === undefined) {
    const error = run.error;
    const status = error !== undefined && retry.some((r) => errorMatches(r.ErrorEquals, error)) ? 'RETRIABLE' : 'FAILED';
    return { status, ...errorFields(error, run.cause), ...base };
  }
  return { status: 'SUCCEEDED', output: detail(exited, 'stateExitedEventDetails')?.output as string, ...(nextState !== undefined ? { nextState } : {}), ...base };
}

function pickState(request: TestStateRequest): { name: string; state: Record<string, unknown>; queryLanguage: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.definition);
  } catch (e) {
    throw awsError('InvalidDefinition', `Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ${(e as Error).message}'`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw awsError('InvalidDefinition', "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The definition must be a JSON object'");
  }
  const obj = parsed as Record<string, unknown>;
  if (typeof obj.States === 'object' && obj.States !== null) {
    const name = request.stateName ?? (obj.StartAt as string);
    const state = (obj.States as Record<string, unknown>)[name];
    if (typeof state !== 'object' || state === null) throw awsError('ValidationException', `State '${String(name)}' does not exist in the definition.`);
    return { name, state: state as Record<string, unknown>, queryLanguage: obj.QueryLanguage };
  }
  return { name: TESTED, state: obj, queryLanguage: undefined };
}

/** DEBUG data from the history: the state's input, the task result, and its output. */
function inspectionData(request: TestStateRequest, all: HistoryEvent[], after: HistoryEvent[], exited: HistoryEvent | undefined): Record<string, unknown> {
  const entered = all.find((e) => detail(e, 'stateEnteredEventDetails')?.name === TESTED);
  const succeeded = after.find((e) => e.type.endsWith('Succeeded') && e.type !== 'ExecutionSucceeded' && !e.type.startsWith('Map') && !e.type.startsWith('Parallel'));
  const result = succeeded === undefined ? undefined : (Object.values(succeeded).find((v) => typeof v === 'object' && v !== null && 'output' in v) as { output?: string } | undefined)?.output;
  const data: Record<string, unknown> = { input: (detail(entered, 'stateEnteredEventDetails')?.input as string | undefined) ?? request.input ?? '{}' };
  if (result !== undefined) data.result = result;
  const output = detail(exited, 'stateExitedEventDetails')?.output;
  if (output !== undefined) data.afterResultPath = output;
  if (request.variables !== undefined) data.variables = request.variables;
  return data;
}

function detail(event: HistoryEvent | undefined, key: string): Record<string, unknown> | undefined {
  return event?.[key] as Record<string, unknown> | undefined;
}

function errorOf(event: HistoryEvent): { error?: string; cause?: string } {
  const details = Object.values(event).find((v) => typeof v === 'object' && v !== null && 'error' in v) as { error?: string; cause?: string } | undefined;
  return details ?? {};
}

function errorFields(error: string | undefined, cause: string | undefined): { error?: string; cause?: string } {
  return { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
}
