import type { CompiledState } from '../program/types.js';
import type { Execution } from './execution.js';
import { effectiveLimit, openJoin } from './join.js';
import type { Outcome } from './outcome.js';
import type { Join, Thread } from './types.js';

/**
 * RedriveExecution inside Parallel and Map states. AWS reschedules and redrives only the
 * branches and iterations that failed or were aborted; the successful ones keep their results
 * and are not run again, and the state's output is assembled in the original order. A
 * Distributed Map redrives its Map Run (same ARN, MapRunRedriven): only the unsuccessful child
 * executions run again, each continuing where it stopped. The rule applies at every level, so a
 * failed branch that stopped in a nested Parallel or Map reruns only that one's unsuccessful
 * children. https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html
 * https://docs.aws.amazon.com/step-functions/latest/dg/redrive-map-run.html
 */

/**
 * A new thread that continues `stopped` where it stopped: the same state, input and variables;
 * with `reopen`, a Parallel or Map state it stopped in reopens its join instead of starting over.
 */
export function continueThread(ex: Execution, stopped: Thread, join: Join | null, cursor: number, reopen: boolean): Thread {
  if (join !== null && !stopped.begun) {
    // Launched but never run: it starts like any other child.
    const scope = join.childScope(stopped.index);
    return ex.newThread(scope, scope.startAt, join.childInput(stopped.index), cursor, stopped.vars, join, stopped.index);
  }
  const t = ex.newThread(stopped.scope, stopped.stateName, stopped.input, cursor, stopped.vars, join, stopped.index);
  t.redriven = true;
  // A Distributed Map child continues as the same child execution.
  if (join?.mapRun !== undefined) t.childRun = stopped.childRun;
  if (reopen) t.redriveJoin = stoppedJoin(stopped);
  return t;
}

/** The join of the Map or Parallel state the thread stopped in, if it had opened one. */
function stoppedJoin(t: Thread): Join | null {
  const join = t.childJoin ?? t.lastJoin;
  return join !== null && join.state === t.scope.states.get(t.stateName) ? join : null;
}

/**
 * Reopens a stopped join: `<Type>StateStarted` (and MapRunRedriven), then only the children that
 * did not succeed, each continuing where it stopped (never-started ones from the start).
 */
export function reopenJoin(ex: Execution, t: Thread, state: CompiledState, stopped: Join): Outcome | Promise<Outcome> {
  t.redriveJoin = null;
  const leftovers = new Map(stopped.unsuccessful);
  for (const child of stopped.active) leftovers.set(child.index, child);
  const order: number[] = [];
  for (let i = 0; i < stopped.total; i++) if (!stopped.succeeded.has(i)) order.push(i);
  const results = stopped.results.slice();
  for (const i of order) results[i] = undefined;
  announce(ex, t, state, stopped);
  const run = stopped.mapRun;
  const join: Join = {
    ...stopped,
    parent: t,
    results,
    nextIndex: 0,
    order,
    resume: leftovers,
    succeeded: new Set(stopped.succeeded),
    unsuccessful: new Map(),
    running: 0,
    completed: stopped.succeeded.size,
    lastCompletionEventId: t.cursor,
    active: new Set(),
    failed: false,
    failError: undefined,
    failCause: undefined,
    // The rerun children are counted afresh against the (live) tolerated failure threshold.
    failures: 0,
    ...(run !== undefined
      ? { limit: Math.max(1, effectiveLimit(state, run.maxConcurrency)), toleratedFailureCount: run.toleratedFailureCount, toleratedFailurePercentage: run.toleratedFailurePercentage }
      : {}),
    vars: t.vars,
    runs: stopped.runs?.slice(),
  };
  return openJoin(ex, t, state, join);
}

/** The events a reopened state starts with, as when it first ran, plus MapRunRedriven. */
function announce(ex: Execution, t: Thread, state: CompiledState, stopped: Join): void {
  if (state.type === 'Parallel') {
    ex.emit(t, 'ParallelStateStarted');
    return;
  }
  // With an ItemReader AWS reports length 0 (the items are read after the Map starts).
  const length = state.raw.ItemReader !== undefined ? 0 : stopped.total;
  ex.emit(t, 'MapStateStarted', () => ({ mapStateStartedEventDetails: { length } }));
  const run = stopped.mapRun;
  if (run === undefined) return;
  run.status = 'RUNNING';
  delete run.stopDate;
  run.redriveCount++;
  run.redriveDate = ex.env.now();
  ex.noteMapRun(run);
  ex.emit(t, 'MapRunRedriven', () => ({ mapRunRedrivenEventDetails: { mapRunArn: run.arn, redriveCount: run.redriveCount } }));
}
