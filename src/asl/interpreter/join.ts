import type { CompiledState, Scope } from '../program/types.js';
import { errorDetails, type Execution } from './execution.js';
import { applyInputPath, bindings, scopeFor } from './io.js';
import { completeJoin } from './join-complete.js';
import { resumeReading, type ReadWait } from './map-reader.js';
import { endMapRun } from './map-run.js';
import type { MapLimits } from './map-settings.js';
import { startMap, startMapJsonata } from './map-start.js';
import { resumeWriting, startWriting, type WriteWait } from './map-writer.js';
import { type Outcome } from './outcome.js';
import type { ChildRun, Join, MapRunInfo, Thread } from './types.js';

/**
 * Parallel and Map: the state opens a Join, runs its branches/iterations as child threads
 * (at most `limit` at a time), and resumes when they have all succeeded or one has failed.
 * History chaining follows AWS: each iteration's events chain from the previous one's last
 * event, and the state's closing events chain from the last completion.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html
 */
export function runMapOrParallel(ex: Execution, t: Thread, state: CompiledState): Outcome | Promise<Outcome> {
  const resumed = t.resumeWith;
  if (resumed !== undefined) {
    // A Distributed Map's ItemReader or ResultWriter answered.
    t.resumeWith = undefined;
    const wait = t.scratch as ReadWait | WriteWait;
    return wait.phase === 'read' ? resumeReading(ex, t, state, resumed, wait) : resumeWriting(ex, t, state, resumed, wait);
  }
  const join = t.childJoin;
  if (join !== null) {
    t.childJoin = null;
    const writes = join.runs !== undefined;
    if (join.failed) {
      const error = join.failError ?? 'States.BranchFailed';
      if (writes) return startWriting(ex, t, state, join, { error, cause: join.failCause });
      return ex.stateFailed(t, state, error, join.failCause);
    }
    if (writes) return startWriting(ex, t, state, join);
    return completeJoin(ex, t, state, join, join.results);
  }
  if (state.type === 'Parallel') return startParallel(ex, t, state);
  return state.jsonata ? startMapJsonata(ex, t, state) : startMap(ex, t, state);
}

function startParallel(ex: Execution, t: Thread, state: CompiledState): Outcome | Promise<Outcome> {
  if (state.jsonata) {
    const args = state.arguments;
    if (args === undefined) return openParallel(ex, t, state, t.input);
    return args.evaluate(bindings(ex, t, state)).then((input) => openParallel(ex, t, state, input));
  }
  const effective = applyInputPath(ex, t, state);
  const input = state.parameters ? state.parameters(scopeFor(ex, t, state, effective)) : effective;
  return openParallel(ex, t, state, input);
}

function openParallel(ex: Execution, t: Thread, state: CompiledState, input: unknown): Outcome | Promise<Outcome> {
  const branches = state.branches ?? [];
  ex.emit(t, 'ParallelStateStarted');
  return open(ex, t, state, 'parallel', branches.length, branches.length, () => input, (i) => branches[i] as Scope, { toleratedFailureCount: 0, toleratedFailurePercentage: 0 });
}

/** Inline maps run at most 40 iterations at once, as on AWS; distributed ones up to 10,000. */
export function effectiveLimit(state: CompiledState, max: number): number {
  const cap = state.distributed ? 10_000 : 40;
  return max <= 0 || max > cap ? cap : max;
}

/** Opens the join of a Parallel or Map state and launches its first children. */
export function open(
  ex: Execution,
  t: Thread,
  state: CompiledState,
  kind: Join['kind'],
  total: number,
  limit: number,
  childInput: (i: number) => unknown,
  childScope: (i: number) => Scope,
  tolerance: Omit<MapLimits, 'limit'>,
  mapRun?: MapRunInfo,
): Outcome | Promise<Outcome> {
  const join: Join = {
    kind,
    parent: t,
    state,
    results: new Array<unknown>(total),
    childInput,
    childScope,
    total,
    nextIndex: 0,
    running: 0,
    completed: 0,
    limit: Math.max(1, limit),
    lastCompletionEventId: t.cursor,
    active: new Set(),
    failed: false,
    failError: undefined,
    failCause: undefined,
    toleratedFailureCount: tolerance.toleratedFailureCount,
    toleratedFailurePercentage: tolerance.toleratedFailurePercentage,
    failures: 0,
    vars: t.vars,
    mapRun,
    runs: mapRun !== undefined && state.raw.ResultWriter !== undefined ? [] : undefined,
  };
  t.childJoin = join;
  if (total === 0) return runMapOrParallel(ex, t, state);
  launch(ex, join);
  return ex.block(t, 'children');
}

function launch(ex: Execution, join: Join): void {
  while (join.running < join.limit && join.nextIndex < join.total) {
    const index = join.nextIndex++;
    const scope = join.childScope(index);
    // Distributed Map children are separate executions: they cannot read outer variables.
    const vars = { values: {}, parent: join.state.distributed ? null : join.vars };
    const child = ex.newThread(scope, scope.startAt, join.childInput(index), join.parent.cursor, vars, join, index);
    join.running++;
    join.active.add(child);
    ex.enqueue(child);
  }
}

/** Called when a child thread first runs: Map iterations announce themselves. */
export function beginChild(ex: Execution, child: Thread): void {
  const join = child.join as Join;
  if (join.mapRun !== undefined) {
    // A Distributed Map child is an execution of its own: ExecutionStarted, ids from 1.
    const name = ex.env.uuid();
    const run: ChildRun = {
      arn: `${join.mapRun.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`,
      name,
      mapRunArn: join.mapRun.arn,
      stateMachineArn: join.mapRun.stateMachineArn,
      index: child.index,
      input: child.input,
      startDate: ex.env.now(),
      lastId: 0,
      events: [],
      isNew: true,
    };
    child.childRun = run;
    if (join.runs !== undefined) join.runs[child.index] = run;
    ex.emitChild(run, 'ExecutionStarted', 0, () => ({
      executionStartedEventDetails: { input: JSON.stringify(child.input), inputDetails: { truncated: false }, roleArn: ex.identity.roleArn },
    }));
    child.cursor = 0;
    return;
  }
  if (join.kind === 'map' && !child.silent) {
    const parent = join.parent;
    child.cursor = ex.emitSide(parent, 'MapIterationStarted', parent.cursor, () => ({
      mapIterationStartedEventDetails: { index: child.index, name: join.state.name },
    }));
  }
}

export function childSucceeded(ex: Execution, child: Thread, output: unknown): void {
  const join = child.join as Join;
  join.active.delete(child);
  endChildRun(ex, child, { status: 'SUCCEEDED', output, at: ex.env.now() });
  if (join.failed) return;
  join.results[child.index] = output;
  settle(ex, join, child, 'Succeeded');
}

export function childFailed(ex: Execution, child: Thread, error: string | undefined, cause: string | undefined): void {
  const join = child.join as Join;
  join.active.delete(child);
  endChildRun(ex, child, { status: 'FAILED', ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}), at: ex.env.now() });
  if (join.failed) return;
  if (join.state.distributed && withinTolerance(join)) {
    const out: Record<string, string> = {};
    if (error !== undefined) out.Error = error;
    if (cause !== undefined) out.Cause = cause;
    join.results[child.index] = out;
    settle(ex, join, child, 'Failed');
    return;
  }
  const parent = join.parent;
  if (join.kind === 'map') {
    ex.emitSide(parent, 'MapIterationFailed', child.cursor, () => ({ mapIterationFailedEventDetails: { index: child.index, name: join.state.name } }));
  }
  if (!child.silent) parent.cursor = child.cursor;
  join.failed = true;
  join.failError = error;
  join.failCause = cause;
  if (join.state.distributed) {
    if (join.failures > 0 || join.toleratedFailureCount > 0 || join.toleratedFailurePercentage > 0) {
      join.failError = 'States.ExceedToleratedFailureThreshold';
      join.failCause = 'The specified tolerated failure threshold was exceeded';
    }
    ex.emit(parent, 'MapRunFailed', () => ({ mapRunFailedEventDetails: { error: join.failError, ...(join.failCause ? { cause: join.failCause } : {}) } }));
  }
  for (const sibling of join.active) {
    abortThread(sibling);
    endChildRun(ex, sibling, { status: 'ABORTED', at: ex.env.now() });
  }
  join.active.clear();
  endMapRun(ex, join.mapRun, 'FAILED');
  ex.unblock(parent);
}

/** Closes a Distributed Map child's own history (the child thread itself, not its descendants). */
function endChildRun(ex: Execution, child: Thread, final: NonNullable<ChildRun['final']>): void {
  const run = child.childRun;
  if (run === undefined || (child.join as Join).mapRun === undefined || run.final !== undefined) return;
  run.final = final;
  if (final.status === 'SUCCEEDED') {
    ex.emitChild(run, 'ExecutionSucceeded', child.cursor, () => ({ executionSucceededEventDetails: { output: JSON.stringify(final.output), outputDetails: { truncated: false } } }));
  } else if (final.status === 'FAILED') {
    ex.emitChild(run, 'ExecutionFailed', child.cursor, () => ({ executionFailedEventDetails: errorDetails(final.error, final.cause) }));
  } else {
    ex.emitChild(run, 'ExecutionAborted', child.cursor, () => ({ executionAbortedEventDetails: {} }));
  }
}

function withinTolerance(join: Join): boolean {
  join.failures++;
  if (join.failures <= join.toleratedFailureCount) return true;
  return join.total > 0 && (join.failures / join.total) * 100 <= join.toleratedFailurePercentage;
}

function settle(ex: Execution, join: Join, child: Thread, outcome: 'Succeeded' | 'Failed'): void {
  const parent = join.parent;
  join.running--;
  join.completed++;
  if (join.kind === 'map' && !child.silent) {
    const type = outcome === 'Succeeded' ? 'MapIterationSucceeded' : 'MapIterationFailed';
    const key = outcome === 'Succeeded' ? 'mapIterationSucceededEventDetails' : 'mapIterationFailedEventDetails';
    join.lastCompletionEventId = ex.emitSide(parent, type, child.cursor, () => ({ [key]: { index: child.index, name: join.state.name } }));
    parent.cursor = child.cursor;
  } else if (!child.silent) {
    join.lastCompletionEventId = child.cursor;
  }
  if (join.completed === join.total) {
    ex.unblock(parent);
    return;
  }
  launch(ex, join);
}

function abortThread(t: Thread): void {
  t.aborted = true;
  const inner = t.childJoin;
  if (inner !== null) {
    for (const c of inner.active) abortThread(c);
  }
}
