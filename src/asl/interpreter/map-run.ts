import type { CompiledState } from '../program/types.js';
import { endChildRun } from './child-run.js';
import type { Execution } from './execution.js';
import type { MapLimits } from './map-settings.js';
import type { Outcome } from './outcome.js';
import type { MapRunInfo, Thread } from './types.js';

/** MapRunStarted, and the Map Run the child executions belong to. */
export function startMapRun(ex: Execution, t: Thread, state: CompiledState, maxConcurrency: number, tolerance: Omit<MapLimits, 'limit'>, total: number): MapRunInfo {
  const label = typeof state.raw.Label === 'string' ? state.raw.Label : state.name;
  const smArn = ex.identity.stateMachineArn;
  const arn = `${smArn.replace(':stateMachine:', ':mapRun:')}/${label}:${ex.env.uuid()}`;
  ex.emit(t, 'MapRunStarted', () => ({ mapRunStartedEventDetails: { mapRunArn: arn } }));
  const run: MapRunInfo = {
    arn,
    executionArn: ex.identity.executionArn,
    stateMachineArn: `${smArn}/${label}`,
    startDate: ex.env.now(),
    status: 'RUNNING',
    maxConcurrency,
    toleratedFailureCount: tolerance.toleratedFailureCount,
    toleratedFailurePercentage: tolerance.toleratedFailurePercentage,
    total,
    redriveCount: 0,
  };
  ex.trackMapRun(run);
  ex.noteMapRun(run);
  return run;
}

/** Closes a Map Run (once) with its final status. */
export function endMapRun(ex: Execution, run: MapRunInfo | undefined, status: MapRunInfo['status']): void {
  if (run === undefined || run.status !== 'RUNNING') return;
  run.status = status;
  run.stopDate = ex.env.now();
  ex.noteMapRun(run);
  ex.trackMapRunJoin(run, undefined);
}

/**
 * The execution stopped (StopExecution, its timeout, or an error that ends it at once) while
 * Map Runs were in progress: they end with it, and so do their running child executions.
 */
export function stopMapRuns(ex: Execution, status: 'ABORTED' | 'FAILED'): void {
  for (const { run, join } of ex.mapRunsInProgress()) {
    if (join !== undefined) for (const child of join.active) endChildRun(ex, child, { status: 'ABORTED', at: ex.env.now() });
    endMapRun(ex, run, status);
  }
}

/**
 * The Map Run itself failed (its ItemReader or ResultWriter): MapRunFailed with the error, the
 * run closed as FAILED, then the state fails (MapStateFailed, Retry/Catch) with the same error.
 */
export function failMapRun(ex: Execution, t: Thread, state: CompiledState, run: MapRunInfo | undefined, error: string, cause: string): Outcome | Promise<Outcome> {
  ex.emit(t, 'MapRunFailed', () => ({ mapRunFailedEventDetails: { error, cause } }));
  endMapRun(ex, run, 'FAILED');
  return ex.stateFailed(t, state, error, cause);
}
