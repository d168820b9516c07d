import type { CompiledState, Scope } from '../program/types.js';
import type { Execution } from './execution.js';
import { applyInputPath, bindings, scopeFor } from './io.js';
import { completeJoin } from './join-complete.js';
import { resumeReading, type ReadWait } from './map-reader.js';
import { endMapRun } from './map-run.js';
import type { MapLimits } from './map-settings.js';
import { startMap, startMapJsonata } from './map-start.js';
import { resumeWriting, startWriting, type WriteWait } from './map-writer.js';
import { type Outcome } from './outcome.js';
import { endChildRun, redriveChildRun, startChildRun } from './child-run.js';
import { continueThread, reopenJoin } from './join-redrive.js';
import { tolerateFailure } from './map-tolerance.js';
import type { Join, MapRunInfo, Thread } from './types.js';

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
  const stopped = t.redriveJoin;
  if (stopped !== null) return reopenJoin(ex, t, state, stopped);
  // A fresh start (or a retry) runs every branch / iteration again.
  t.lastJoin = null;
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
  // A Distributed Map follows its Map Run's limits, which UpdateMapRun may already have changed
  // (while its ItemReader was reading, say).
  const live = mapRun ?? tolerance;
  const join: Join = {
    kind,
    parent: t,
    state,
    results: new Array<unknown>(total),
    childInput,
    childScope,
    total,
    nextIndex: 0,
    order: undefined,
    resume: undefined,
    succeeded: new Set(),
    unsuccessful: new Map(),
    running: 0,
    completed: 0,
    limit: Math.max(1, mapRun !== undefined ? effectiveLimit(state, mapRun.maxConcurrency) : limit),
    lastCompletionEventId: t.cursor,
    active: new Set(),
    failed: false,
    failError: undefined,
    failCause: undefined,
    toleratedFailureCount: live.toleratedFailureCount,
    toleratedFailurePercentage: live.toleratedFailurePercentage,
    failures: 0,
    vars: t.vars,
    mapRun,
    runs: mapRun !== undefined && state.raw.ResultWriter !== undefined ? [] : undefined,
  };
  return openJoin(ex, t, state, join);
}

/** Makes `join` the state's running join and launches its children (or completes it at once). */
export function openJoin(ex: Execution, t: Thread, state: CompiledState, join: Join): Outcome | Promise<Outcome> {
  t.childJoin = join;
  t.lastJoin = join;
  if (join.mapRun !== undefined) ex.trackMapRunJoin(join.mapRun, join);
  if (join.completed === join.total) return runMapOrParallel(ex, t, state);
  launch(ex, join);
  return ex.block(t, 'children');
}

/** Starts children while the join is under its limit: every index in turn, or those in `order`. */
export function launch(ex: Execution, join: Join): void {
  const order = join.order;
  const end = order?.length ?? join.total;
  while (join.running < join.limit && join.nextIndex < end) {
    const index = order !== undefined ? (order[join.nextIndex++] as number) : join.nextIndex++;
    const stopped = join.resume?.get(index);
    let child: Thread;
    if (stopped !== undefined) {
      child = continueThread(ex, stopped, join, join.parent.cursor, true);
    } else {
      const scope = join.childScope(index);
      // Distributed Map children are separate executions: they cannot read outer variables.
      const vars = { values: {}, parent: join.state.distributed ? null : join.vars };
      child = ex.newThread(scope, scope.startAt, join.childInput(index), join.parent.cursor, vars, join, index);
    }
    join.running++;
    join.active.add(child);
    ex.enqueue(child);
  }
}

/** Called when a child thread first runs: Map iterations announce themselves. */
export function beginChild(ex: Execution, child: Thread): void {
  const join = child.join as Join;
  if (join.mapRun !== undefined) {
    const run = child.redriven ? child.childRun : undefined;
    if (run !== undefined && run.mapRunArn === join.mapRun.arn) redriveChildRun(ex, child, run);
    else startChildRun(ex, child, join, join.mapRun);
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
  join.succeeded.add(child.index);
  settle(ex, join, child, 'Succeeded');
}

export function childFailed(ex: Execution, child: Thread, error: string | undefined, cause: string | undefined): void {
  const join = child.join as Join;
  join.active.delete(child);
  endChildRun(ex, child, { status: 'FAILED', ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}), at: ex.env.now() });
  if (join.failed) return;
  // Kept (even when tolerated) so that a redrive reruns it from where it stopped.
  join.unsuccessful.set(child.index, child);
  if (join.state.distributed && tolerateFailure(join)) {
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
  let failError = error;
  let failCause = cause;
  if (join.state.distributed && (join.failures > 0 || join.toleratedFailureCount > 0 || join.toleratedFailurePercentage > 0)) {
    failError = 'States.ExceedToleratedFailureThreshold';
    failCause = 'The specified tolerated failure threshold was exceeded';
  }
  failJoin(ex, join, failError, failCause);
}

/**
 * The join fails: MapRunFailed for a Distributed Map, the children still running are aborted
 * (kept for a redrive), and the state resumes to fail (Retry / Catch).
 */
export function failJoin(ex: Execution, join: Join, error: string | undefined, cause: string | undefined): void {
  const parent = join.parent;
  join.failed = true;
  join.failError = error;
  join.failCause = cause;
  if (join.state.distributed) {
    ex.emit(parent, 'MapRunFailed', () => ({ mapRunFailedEventDetails: { error: join.failError, ...(join.failCause ? { cause: join.failCause } : {}) } }));
  }
  for (const sibling of join.active) {
    abortThread(sibling);
    endChildRun(ex, sibling, { status: 'ABORTED', at: ex.env.now() });
    join.unsuccessful.set(sibling.index, sibling);
  }
  join.active.clear();
  endMapRun(ex, join.mapRun, 'FAILED');
  ex.unblock(parent);
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
